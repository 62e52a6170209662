"""APA 7 references, checked by hand against the APA Publication Manual (7th ed.), ch. 9–10."""

import datetime

import pytest

from references import apa
from references.models import Source
from references.vancouver import parse_names


def source(**fields):
    return Source(**fields)


def test_journal_article_with_doi_and_pmid():
    ref = source(
        kind="journal",
        authors="Brar, K\nLeung, Donald Y M",
        title="Recent considerations in the use of recombinant interferon gamma for biological "
        "therapy of atopic dermatitis",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        issue="4",
        pages="507–14",
        url="https://example.org/brar",
        doi="10.1517/14712598.2016.1135898",
        pmid="26694856",
        cited_on=datetime.date(2024, 2, 27),
    )

    # Two authors take “, &”; the page range is written in full; the DOI replaces the URL and
    # journal articles carry no retrieval date.
    assert ref.formatted("apa") == (
        "Brar, K., & Leung, D. Y. M. (2016). Recent considerations in the use of recombinant "
        "interferon gamma for biological therapy of atopic dermatitis. Expert Opin Biol Ther, "
        "16(4), 507–514. https://doi.org/10.1517/14712598.2016.1135898 PMID: 26694856"
    )


def test_journal_article_html_italicises_journal_and_volume_and_links_doi_and_pmid():
    ref = source(
        kind="journal",
        authors="Brar, K",
        title="T",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        issue="4",
        pages="507-14",
        doi="10.1517/x",
        pmid="26694856",
    )

    assert ref.formatted_html("apa") == (
        "Brar, K. (2016). T. <i>Expert Opin Biol Ther</i>, <i>16</i>(4), 507–514. "
        '<a href="https://doi.org/10.1517/x">https://doi.org/10.1517/x</a> '
        'PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/26694856/">26694856</a>'
    )


def test_seven_authors_are_all_listed_with_an_ampersand():
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
    )

    assert ref.formatted("apa") == (
        "Czarnowicki, T., Gonzalez, J., Shemer, A., Malajian, D., Xu, H., Zheng, X., & "
        "Khattri, S. (2015). Severe atopic dermatitis is characterized by selective expansion of "
        "circulating TH2/TC2 and TH22/TC22, but not TH17/TC17, cells within the skin-homing "
        "T-cell population. J Allergy Clin Immunol, 136(1), 104–115.e7. "
        "https://doi.org/10.1016/j.jaci.2015.01.020"
    )


def test_twenty_one_or_more_authors_list_nineteen_an_ellipsis_and_the_last():
    ref = source(
        kind="journal",
        authors="\n".join(f"Author{n}, A" for n in range(1, 24)),
        title="A large trial",
        container_title="Lancet",
        year=2020,
        volume="395",
        pages="1-9",
    )

    listed = ", ".join(f"Author{n}, A." for n in range(1, 20))
    assert ref.formatted("apa") == (
        f"{listed}, . . . Author23, A. (2020). A large trial. Lancet, 395, 1–9."
    )


def test_more_authors_flag_ends_the_list_with_et_al():
    ref = source(
        kind="journal",
        authors="Czarnowicki, T\nGonzalez, J",
        more_authors=True,
        title="T",
        container_title="J",
        year=2015,
    )
    assert ref.formatted("apa") == "Czarnowicki, T., Gonzalez, J., et al. (2015). T. J."


def test_book_with_group_author_and_edition():
    ref = source(
        kind="book",
        authors="British Association of Dermatologists",
        title="Handbook of skin care",
        edition="2nd",
        place="London",
        publisher="BAD Press",
        year=2020,
    )

    # APA 7 leaves out the place of publication.
    assert ref.formatted("apa") == (
        "British Association of Dermatologists. (2020). Handbook of skin care (2nd ed.). BAD Press."
    )
    assert "<i>Handbook of skin care</i> (2nd ed.)." in ref.formatted_html("apa")


def test_book_published_by_its_group_author_omits_the_publisher():
    ref = source(
        kind="book",
        authors="National Institute for Health and Care Excellence",
        title="Atopic eczema in under 12s",
        publisher="National Institute for Health and Care Excellence",
        year=2023,
    )
    assert ref.formatted("apa") == (
        "National Institute for Health and Care Excellence. (2023). Atopic eczema in under 12s."
    )


def test_book_without_author_starts_with_its_title():
    ref = source(kind="book", title="Handbook of skin care", publisher="BAD Press", year=2020)
    assert ref.formatted("apa") == "Handbook of skin care. (2020). BAD Press."


def test_chapter_in_edited_book_with_edition_and_pages():
    ref = source(
        kind="chapter",
        authors="Leung, Donald",
        editors="Kang, Sewon\nAmagai, Masayuki",
        title="Atopic dermatitis",
        container_title="Fitzpatrick's dermatology",
        edition="9th",
        place="New York",
        publisher="McGraw-Hill",
        year=2019,
        pages="363–84",
    )

    assert ref.formatted("apa") == (
        "Leung, D. (2019). Atopic dermatitis. In S. Kang & M. Amagai (Eds.), Fitzpatrick's "
        "dermatology (9th ed., pp. 363–384). McGraw-Hill."
    )


def test_chapter_with_three_editors_and_a_single_page():
    ref = source(
        kind="chapter",
        authors="Leung, Donald",
        editors="Kang, Sewon\nAmagai, Masayuki\nBruckner, Anna L",
        title="Atopic dermatitis",
        container_title="Fitzpatrick's dermatology",
        publisher="McGraw-Hill",
        year=2019,
        pages="363",
    )
    assert ref.formatted("apa") == (
        "Leung, D. (2019). Atopic dermatitis. In S. Kang, M. Amagai, & A. L. Bruckner (Eds.), "
        "Fitzpatrick's dermatology (p. 363). McGraw-Hill."
    )


def test_chapter_of_online_book_without_editors():
    ref = source(
        kind="chapter",
        authors="Nemeth, V\nEvans, J",
        title="Eczema",
        container_title="StatPearls",
        place="Treasure Island (FL)",
        publisher="StatPearls Publishing",
        year=2024,
        url="https://www.ncbi.nlm.nih.gov/books/NBK538209/",
        cited_on=datetime.date(2024, 2, 24),
    )
    assert ref.formatted("apa") == (
        "Nemeth, V., & Evans, J. (2024). Eczema. In StatPearls. StatPearls Publishing. "
        "https://www.ncbi.nlm.nih.gov/books/NBK538209/"
    )


def test_web_page_without_author_has_italic_title_first_and_a_retrieval_date():
    ref = source(
        kind="web",
        title="Scenario: Severe eczema",
        container_title="NICE",
        year=2023,
        cited_on=datetime.date(2024, 2, 27),
        url="https://cks.nice.org.uk/topics/eczema-atopic/",
    )

    assert ref.formatted("apa") == (
        "Scenario: Severe eczema. (2023). NICE. Retrieved February 27, 2024, from "
        "https://cks.nice.org.uk/topics/eczema-atopic/"
    )
    assert ref.formatted_html("apa").startswith("<i>Scenario: Severe eczema</i>. (2023). NICE.")


def test_web_page_by_the_site_itself_names_it_once_and_has_no_date():
    ref = source(
        kind="web",
        authors="World Health Organization",
        title="Eczema fact sheet",
        container_title="World Health Organization",
        url="https://www.who.int/eczema",
    )
    assert ref.formatted("apa") == (
        "World Health Organization. (n.d.). Eczema fact sheet. https://www.who.int/eczema"
    )


def test_missing_fields_leave_no_stray_punctuation():
    ref = source(kind="journal", title="A title ending in a question?", container_title="BMJ")
    assert ref.formatted("apa") == "A title ending in a question? (n.d.). BMJ."


def test_article_number_instead_of_pages():
    ref = source(
        kind="journal",
        authors="Núñez, José María",
        title="T",
        container_title="Acta Derm Venereol",
        year=2021,
        volume="101",
        pages="adv00412",
    )
    assert ref.formatted("apa") == (
        "Núñez, J. M. (2021). T. Acta Derm Venereol, 101, Article adv00412."
    )


def test_unicode_and_hyphenated_names_become_initials():
    names = parse_names(
        "Østergaard, Åse\nJean-Pierre, Émile-Louis\nvan der Berg, J. P.\nLeung, DYM\nWHO"
    )
    assert [apa.inverted(name) for name in names] == [
        "Østergaard, Å.",
        "Jean-Pierre, É.-L.",
        "van der Berg, J. P.",
        "Leung, D. Y. M.",
        "WHO",
    ]


@pytest.mark.parametrize(
    ("pages", "printed"),
    [
        ("507-14", "507–514"),
        ("1145-1158", "1145–1158"),
        ("S12-5", "S12–S15"),
        ("e1234", "Article e1234"),
    ],
)
def test_page_ranges_are_written_in_full(pages, printed):
    assert apa.page_range(pages) == printed


def test_html_escapes_markup_in_titles():
    html = source(kind="book", title="<script>x</script>").formatted_html("apa")
    assert "<script>" not in html
    assert "<i>&lt;script&gt;x&lt;/script&gt;</i>" in html


def test_unknown_style_falls_back_to_vancouver():
    ref = source(kind="journal", title="T", container_title="J", year=2001)
    assert ref.formatted("chicago") == ref.vancouver() == "T. J. 2001."
