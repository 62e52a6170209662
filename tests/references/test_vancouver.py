import datetime

import pytest

from references.models import Source
from references.vancouver import Name, parse_names


def source(**fields):
    return Source(**fields)


def test_journal_article_online_matches_the_seed():
    ref = source(
        kind="journal",
        authors="Brar, K\nLeung, Donald Y M",
        title="Recent Considerations in the Use of Recombinant Interferon Gamma for "
        "Biological Therapy of Atopic Dermatitis",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        issue="4",
        pages="507–14",
        cited_on=datetime.date(2024, 2, 27),
        url="https://example.org/brar",
    )

    assert ref.vancouver() == (
        "Brar K, Leung DYM. Recent Considerations in the Use of Recombinant Interferon Gamma "
        "for Biological Therapy of Atopic Dermatitis. Expert Opin Biol Ther [Internet]. "
        "2016 [cited 2024 Feb 27];16(4):507-14. Available from: https://example.org/brar"
    )


def test_journal_article_in_print_with_more_than_six_authors():
    ref = source(
        kind="journal",
        authors="Czarnowicki, T\nGonzalez, J\nShemer, A\nMalajian, D\nXu, H\nZheng, X\nKhattri, S",
        title="Severe atopic dermatitis is characterized by selective expansion of circulating "
        "TH2/TC2 and TH22/TC22, but not TH17/TC17, cells within the skin-homing T-cell population",
        container_title="J Allergy Clin Immunol",
        year=2015,
        volume="136",
        issue="1",
        pages="104-115.e7",
        doi="10.1016/j.jaci.2015.01.020",
        pmid="25748064",
    )

    assert ref.vancouver() == (
        "Czarnowicki T, Gonzalez J, Shemer A, Malajian D, Xu H, Zheng X, et al. Severe atopic "
        "dermatitis is characterized by selective expansion of circulating TH2/TC2 and "
        "TH22/TC22, but not TH17/TC17, cells within the skin-homing T-cell population. "
        "J Allergy Clin Immunol. 2015;136(1):104-115.e7. doi:10.1016/j.jaci.2015.01.020 "
        "PMID: 25748064"
    )


def test_book_chapter_in_an_online_book_matches_the_seed():
    ref = source(
        kind="chapter",
        authors="Nemeth, V\nEvans, J",
        title="Eczema",
        container_title="StatPearls",
        place="Treasure Island (FL)",
        publisher="StatPearls Publishing",
        year=2024,
        cited_on=datetime.date(2024, 2, 24),
    )

    assert ref.vancouver() == (
        "Nemeth V, Evans J. Eczema. In: StatPearls [Internet]. Treasure Island (FL): "
        "StatPearls Publishing; 2024 [cited 2024 Feb 24]."
    )


def test_book_chapter_with_editors_edition_and_pages():
    ref = source(
        kind="chapter",
        authors="Leung, Donald",
        editors="Kang, Sewon\nAmagai, Masayuki",
        title="Atopic dermatitis",
        container_title="Fitzpatrick's Dermatology",
        edition="9th",
        place="New York",
        publisher="McGraw-Hill",
        year=2019,
        pages="363–84",
    )

    assert ref.vancouver() == (
        "Leung D. Atopic dermatitis. In: Kang S, Amagai M, editors. Fitzpatrick's Dermatology. "
        "9th ed. New York: McGraw-Hill; 2019. p. 363-84."
    )


def test_book_with_group_author():
    ref = source(
        kind="book",
        authors="British Association of Dermatologists",
        title="Handbook of skin care",
        edition="2nd",
        place="London",
        publisher="BAD Press",
        year=2020,
    )

    assert ref.vancouver() == (
        "British Association of Dermatologists. Handbook of skin care. 2nd ed. "
        "London: BAD Press; 2020."
    )


def test_web_page_without_authors_matches_the_seed():
    ref = source(
        kind="web",
        title="Scenario: Severe eczema",
        container_title="NICE",
        year=2023,
        cited_on=datetime.date(2024, 2, 27),
        url="https://cks.nice.org.uk/topics/eczema-atopic/",
    )

    assert ref.vancouver() == (
        "NICE [Internet]. 2023 [cited 2024 Feb 27]. Scenario: Severe eczema. "
        "Available from: https://cks.nice.org.uk/topics/eczema-atopic/"
    )


def test_missing_fields_are_skipped_without_stray_punctuation():
    ref = source(kind="journal", title="A title ending in a question?", container_title="BMJ")

    assert ref.vancouver() == "A title ending in a question? BMJ."


def test_journal_with_pages_but_no_volume():
    ref = source(kind="journal", title="T", container_title="J", year=2001, pages="e12")
    assert ref.vancouver() == "T. J. 2001:e12."


def test_unicode_names_and_initials():
    names = parse_names("Czarnetzki, Beate M\nØstergaard, Åse\nJean-Pierre, Émile-Louis\nWHO")

    assert [n.vancouver() for n in names] == [
        "Czarnetzki BM",
        "Østergaard Å",
        "Jean-Pierre ÉL",
        "WHO",
    ]
    assert names[3] == Name(family="WHO", is_group=True)


def test_html_version_links_url_doi_and_pmid():
    ref = source(
        kind="journal",
        title="T",
        container_title="J",
        url="https://example.org/a?b=1&c=2",
        doi="10.1000/xyz",
        pmid="123",
    )

    html = ref.vancouver_html()

    assert '<a href="https://example.org/a?b=1&amp;c=2">' in html
    assert '<a href="https://doi.org/10.1000/xyz">10.1000/xyz</a>' in html
    assert '<a href="https://pubmed.ncbi.nlm.nih.gov/123/">123</a>' in html


def test_html_version_escapes_markup_in_titles():
    html = source(kind="journal", title="<script>x</script>", container_title="J").vancouver_html()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_the_same_doi_cannot_be_stored_twice():
    from django.db import IntegrityError

    Source.objects.create(kind="journal", title="A", container_title="J", doi="10.1/a")
    with pytest.raises(IntegrityError):
        Source.objects.create(kind="journal", title="B", container_title="J", doi="10.1/a")


@pytest.mark.django_db
def test_many_sources_may_have_no_doi():
    Source.objects.create(kind="journal", title="A", container_title="J")
    Source.objects.create(kind="journal", title="B", container_title="J")
    assert Source.objects.count() == 2


def test_clean_normalises_doi_and_requires_url_for_web_pages():
    from django.core.exceptions import ValidationError

    ref = source(kind="journal", title="T", container_title="J", doi=" https://doi.org/10.1/x ")
    ref.clean()
    assert ref.doi == "10.1/x"
    with pytest.raises(ValidationError, match="URL"):
        source(kind="web", title="T").clean()


def test_more_authors_flag_ends_the_list_with_et_al():
    ref = source(
        kind="journal",
        authors="Czarnowicki, T\nGonzalez, J",
        more_authors=True,
        title="T",
        container_title="J",
    )
    assert ref.vancouver().startswith("Czarnowicki T, Gonzalez J, et al. T.")
