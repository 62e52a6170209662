"""The styles to the letter of their rule books (issue 13, items 10–12).

Vancouver: NLM “Citing Medicine”, 2nd ed. (chapter 1, journals; 2, books; 25, web sites).
APA: Publication Manual, 7th ed. (§9.25, 10.1, 10.2, 10.3). Each test is a minimal record.
"""

import datetime

import pytest

from references.models import Source


def journal(**fields):
    return Source(
        **{
            "kind": "journal",
            "authors": "Brar, K\nLeung, Donald Y M",
            "title": "Interferon gamma in atopic dermatitis",
            "container_title": "Expert Opin Biol Ther",
            "year": 2012,
            "volume": "484",
            "issue": "7393",
            "pages": "155-158",
            **fields,
        }
    )


# Item 10: Vancouver


def test_vancouver_has_no_space_after_the_date_semicolon_and_abbreviates_the_range():
    assert journal().vancouver() == (
        "Brar K, Leung DYM. Interferon gamma in atopic dermatitis. Expert Opin Biol Ther. "
        "2012;484(7393):155-8."
    )


@pytest.mark.parametrize(
    ("pages", "printed"),
    [
        ("155-158", "155-8"),
        ("1759–1764", "1759-64"),
        ("507–14", "507-14"),
        ("123-124", "123-4"),
        ("105-113", "105-13"),
        ("100-199", "100-99"),
        ("99-101", "99-101"),
        ("e1234", "e1234"),
        ("104-115.e7", "104-115.e7"),
        ("S12-S15", "S12-5"),
    ],
)
def test_vancouver_page_ranges_are_abbreviated_with_a_hyphen(pages, printed):
    assert journal(pages=pages).vancouver().endswith(f":{printed}.")


def test_vancouver_journal_abbreviation_has_no_periods():
    assert " Nat Mater. 2012;" in journal(container_title="Nat. Mater.").vancouver()


def test_vancouver_prints_month_and_day_when_known():
    assert " 2019 Nov 5;484(7393)" in journal(year=2019, month=11, day=5).vancouver()
    assert " 2019 Nov;484(7393)" in journal(year=2019, month=11).vancouver()


def test_vancouver_web_page_is_internet_even_without_a_cited_date():
    page = Source(kind="web", title="Eczema", container_title="NHS", url="https://nhs.uk/eczema")

    assert page.vancouver() == "NHS [Internet]. Eczema. Available from: https://nhs.uk/eczema"


def test_vancouver_journal_article_with_url_is_internet_with_its_cited_date():
    printed = journal(url="https://example.org/a", cited_on=datetime.date(2024, 2, 7)).vancouver()

    assert "Expert Opin Biol Ther [Internet]. 2012 [cited 2024 Feb 7];484(7393):155-8." in printed


def test_vancouver_group_author_after_people_follows_a_semicolon():
    printed = journal(authors="Brar, K\nLeung, D\nGBD 2019 Eczema Collaborators").vancouver()

    assert printed.startswith("Brar K, Leung D; GBD 2019 Eczema Collaborators. Interferon")


# Item 11: APA


def test_apa_prints_the_full_journal_name_in_title_case():
    printed = journal(journal_title="Expert opinion on biological therapy").formatted("apa")

    assert "Expert Opinion on Biological Therapy, 484(7393), 155–158." in printed
    assert "Expert Opin Biol Ther" not in printed


def test_apa_article_number_is_printed_as_article():
    printed = journal(pages="e0212345", journal_title="PLoS ONE").formatted("apa")

    assert printed.endswith("PLoS ONE, 484(7393), Article e0212345.")


@pytest.mark.parametrize(
    ("given", "printed"),
    [("Wen-Rong", "W.-R."), ("W.-R.", "W.-R."), ("W-R", "W.-R."), ("Jean-Pierre A", "J.-P. A.")],
)
def test_apa_hyphenated_initials(given, printed):
    assert journal(authors=f"Wang, {given}").formatted("apa").startswith(f"Wang, {printed} (2012)")


def test_apa_book_volume_is_printed():
    book = Source(
        kind="book",
        title="Dermatology",
        edition="4th",
        volume="2",
        publisher="Elsevier",
        year=2017,
    )

    assert book.formatted("apa") == "Dermatology (4th ed., Vol. 2). (2017). Elsevier."


# Item 12: books and chapters


def chapter(**fields):
    return Source(
        **{
            "kind": "chapter",
            "authors": "Leung, Donald",
            "title": "Atopic dermatitis",
            "publisher": "McGraw-Hill",
            "place": "New York",
            "year": 2019,
            "pages": "227-232",
            **fields,
        }
    )


def test_chapter_without_its_book_title_prints_no_empty_in():
    assert chapter().vancouver() == (
        "Leung D. Atopic dermatitis. New York: McGraw-Hill; 2019. p. 227-32."
    )
    assert chapter().formatted("apa") == (
        "Leung, D. (2019). Atopic dermatitis (pp. 227–232). McGraw-Hill."
    )


def test_one_editor_is_an_editor():
    printed = chapter(container_title="Dermatology", editors="Kang, Sewon").vancouver()

    assert "In: Kang S, editor. Dermatology." in printed
    assert "(Ed.)" in chapter(container_title="Dermatology", editors="Kang, Sewon").formatted("apa")


def test_edition_that_already_says_ed_is_not_doubled():
    book = Source(kind="book", title="Dermatology", edition="3rd ed.", publisher="X", year=2010)

    assert " 3rd ed. X; 2010." in book.vancouver()
    assert "ed. ed." not in book.vancouver()
    assert "(3rd ed.)" in book.formatted("apa")


def test_book_and_chapter_volumes_are_printed():
    book = Source(
        kind="book", title="Dermatology", volume="2", place="London", publisher="X", year=2010
    )
    in_book = chapter(container_title="Dermatology", volume="2")

    assert book.vancouver() == "Dermatology. Vol. 2. London: X; 2010."
    assert "In: Dermatology. Vol. 2. New York: McGraw-Hill; 2019. p. 227-32." in (
        in_book.vancouver()
    )
    assert "(Vol. 2, pp. 227–232)" in in_book.formatted("apa")
