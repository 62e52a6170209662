"""Post content piece by piece: paragraphs, shortcodes, typed references, citation marks."""

import datetime

import pytest
from bs4 import BeautifulSoup

from references.models import Source
from wordpress import markup, people, reference_lists, reference_text, shortcodes


def test_classic_content_gets_paragraphs_and_line_breaks_as_wordpress_shows_it():
    html = markup.autop("First line\nsame paragraph\n\nSecond\n<ul>\n<li>item</li>\n</ul>\nAfter")
    assert html == (
        "<p>First line<br>\nsame paragraph</p>\n<p>Second</p>\n<ul>\n<li>item</li>\n</ul>\n"
        "<p>After</p>"
    )


def test_block_markup_is_brought_within_the_editor():
    notes = []
    html = markup.tidy(
        '<!-- wp:group --><div class="wp-block-group"><h1>Title</h1><h6>Small</h6>'
        "<pre>a\nb</pre><script>x()</script></div><!-- /wp:group -->"
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        "https://www.youtube.com/watch?v=abc</div></figure>",
        notes,
    )
    assert html == (
        "<h2>Title</h2><h4>Small</h4><p>a<br/>b</p>"
        '<p><a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>'
    )
    assert any("youtube" in note for note in notes) and any("<script>" in n for n in notes)


@pytest.mark.parametrize(
    ("text", "expected", "names"),
    [
        (
            '<p>Hi</p>\n[optin-monster-inline slug="x1"]\n<p>Bye</p>',
            "<p>Hi</p>\n\n<p>Bye</p>",
            ["optin-monster-inline"],
        ),
        ("[su_note]Keep this[/su_note]", "Keep this", ["su_note"]),
        ("[toc]", "", ["toc"]),
        ("coracles [simple boat] and [sic] inline", "coracles [simple boat] and [sic] inline", []),
        ("[[gallery]]", "[gallery]", ["gallery"]),
        (
            "[embed]https://v.example/1[/embed]",
            '<p><a href="https://v.example/1">https://v.example/1</a></p>',
            ["embed"],
        ),
        (
            '[video mp4="https://v.example/a.mp4"]',
            '<p><a href="https://v.example/a.mp4">https://v.example/a.mp4</a></p>',
            ["video"],
        ),
        ('[gallery ids="1,2"]', "", ["gallery"]),
    ],
)
def test_shortcodes_are_handled_and_listed(text, expected, names):
    html, uses = shortcodes.expand(text)
    assert html == expected
    assert [use.name for use in uses] == names


def test_a_caption_becomes_a_figure():
    html, (use,) = shortcodes.expand(
        '[caption id="a" width="300"]<a href="/x"><img src="/a.jpg" alt="A"></a> '
        "The <em>caption</em>[/caption]"
    )
    assert html == '<figure><img src="/a.jpg" alt="A"><figcaption>The caption</figcaption></figure>'
    assert use.action == "converted to a figure with its caption"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1, 3–5", [1, 3, 4, 5]), ("2-4", [2, 3, 4]), ("7", [7]), ("1-200", [])],
)
def test_citation_numbers_and_ranges(text, expected):
    assert reference_lists.numbers_in(text) == expected


def test_marks_become_citations_of_the_numbered_sources_but_powers_of_units_stay():
    soup = BeautifulSoup(
        "<p>A<sup>1,3</sup> B [2] C (1, 2) D<sup>9</sup> m<sup>2</sup> (2019)</p>", "html.parser"
    )
    marks = reference_lists.cite(soup, {1: 11, 2: 12, 3: 13}, lambda pk: f"S{pk}")
    assert str(soup) == (
        '<p>A<span class="citation" data-refs="11 13">[S11; S13]</span> '
        'B <span class="citation" data-refs="12">[S12]</span> '
        'C<span class="citation" data-refs="11 12">[S11; S12]</span> D[9] '
        "m² (2019)</p>"
    )
    assert marks.cited == [1, 3, 2] and marks.unmatched == ["9"]


def test_the_reference_list_is_found_under_its_heading_and_removed():
    soup = BeautifulSoup(
        "<p>Body</p><p><strong>Sources:</strong></p><p>1. One. J A. 2020;1:1.</p>"
        "<p>2. Two. J B. 2021;2:2.</p><p>Prose after.</p>",
        "html.parser",
    )
    typed = reference_lists.find_reference_list(soup)
    assert [(ref.number, ref.text[:6]) for ref in typed] == [(1, "1. One"), (2, "2. Two")]
    assert str(soup) == "<p>Body</p><p>Prose after.</p>"


def test_a_classic_list_typed_with_single_line_breaks_is_found():
    html = markup.autop(
        "Text.<sup>1</sup>\n\nReferences:\n1. One A. Title one. J A. 2020;1:1.\n"
        "2. Two B. Title two. J B. 2021;2:2."
    )
    soup = BeautifulSoup(html, "html.parser")
    typed = reference_lists.find_reference_list(soup)
    assert [ref.number for ref in typed] == [1, 2]
    assert str(soup) == "<p>Text.<sup>1</sup></p>\n"


@pytest.mark.django_db
def test_a_vancouver_web_page_from_an_organisation():
    entry = reference_text.parse(
        "National Institute for Health and Care Excellence. Atopic eczema in under 12s "
        "[Internet]. London: NICE; 2023 [cited 2024 Mar 1]. Available from: "
        "https://www.nice.org.uk/guidance/cg57"
    )
    assert entry.is_valid
    assert entry.fields["kind"] == Source.Kind.WEB_PAGE
    assert entry.fields["authors"] == "National Institute for Health and Care Excellence"
    assert entry.fields["title"] == "Atopic eczema in under 12s"
    assert entry.fields["cited_on"] == datetime.date(2024, 3, 1)


@pytest.mark.django_db
def test_a_journal_article_with_doi_and_pmid_and_a_question_for_a_title():
    entry = reference_text.parse(
        "2. Schoggins JW. Interferon-Stimulated Genes: What Do They All Do? Annu Rev Virol. "
        "2019;6(1):567-584. doi:10.1146/annurev-virology-092818-015756. PMID: 31283436."
    )
    fields = entry.fields
    assert fields["title"] == "Interferon-Stimulated Genes: What Do They All Do?"
    assert (fields["container_title"], fields["year"], fields["volume"], fields["pages"]) == (
        "Annu Rev Virol",
        2019,
        "6",
        "567-584",
    )
    assert (fields["doi"], fields["pmid"]) == ("10.1146/annurev-virology-092818-015756", "31283436")


@pytest.mark.parametrize(
    ("display", "name", "credentials"),
    [
        ("Dr Maya Hollis, MBBS", "Dr Maya Hollis", "MBBS"),
        (
            "Pranjal Yeole BSc in Biological Sciences, University of Warwick",
            "Pranjal Yeole",
            "BSc in Biological Sciences, University of Warwick",
        ),
        ("Theme Buster", "Theme Buster", ""),
        ("MD Anderson", "MD Anderson", ""),
    ],
)
def test_credentials_are_split_off_display_names(display, name, credentials):
    assert people.split_credentials(display) == (name, credentials)
