import pytest

from articles.richtext import render_body, sanitize_body
from tests.factories import ArticleFactory


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<p onclick="alert(1)">text</p>',
        '<a href="javascript:alert(1)">link</a>',
        '<a href="JaVaScRiPt:alert(1)">link</a>',
        '<iframe src="https://evil.example"></iframe>',
        "<svg><script>alert(1)</script></svg>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        '<object data="x.swf"></object>',
    ],
)
def test_sanitiser_removes_scripts_handlers_and_javascript_urls(payload):
    clean = sanitize_body(payload).lower()

    assert "<script" not in clean
    assert "onerror" not in clean
    assert "onclick" not in clean
    assert "javascript:" not in clean
    assert "<iframe" not in clean
    assert "<object" not in clean
    assert "style=" not in clean


def test_sanitiser_keeps_what_the_editor_makes():
    html = (
        '<h2>Title</h2><p><strong>b</strong> <em>i</em> <a href="https://nhs.uk">l</a>'
        '<span class="citation" data-refs="3 4">[A 2020]</span></p>'
        '<aside class="callout" data-kind="warning"><p>Careful</p></aside>'
        "<ul><li>one</li></ul><ol><li>two</li></ol>"
        '<figure><img src="/media/x.jpg" alt="An arm"><figcaption>Caption</figcaption></figure>'
        "<table><tbody><tr><th>a</th><td>b</td></tr></tbody></table>"
    )

    clean = sanitize_body(html)

    for fragment in [
        "<h2>Title</h2>",
        'data-refs="3 4"',
        'class="citation"',
        'data-kind="warning"',
        "<figcaption>Caption</figcaption>",
        '<img src="/media/x.jpg" alt="An arm">',
        "<th>a</th>",
    ]:
        assert fragment in clean


def test_h1_in_the_body_is_not_allowed():
    assert "<h1>" not in sanitize_body("<h1>Second title</h1>")


@pytest.mark.django_db
def test_article_save_sanitises_whatever_was_assigned():
    article = ArticleFactory(body='<p onclick="x()">Hi<script>alert(1)</script></p>')

    article.refresh_from_db()
    assert article.body == "<p>Hi</p>"
    assert "script" not in article.body_html


def test_unicode_survives_rendering():
    text = "IFN-𝛾, β-interferon, Czarnetzki, café, 💉"
    assert text in render_body(sanitize_body(f"<p>{text}</p>")).html


def test_headings_get_unique_ids_and_a_nested_table_of_contents():
    rendered = render_body("<h2>Causes</h2><h3>Genes</h3><h3>Genes</h3><h2>Β-blockers</h2>")

    assert rendered.toc == [
        {
            "id": "causes",
            "text": "Causes",
            "children": [
                {"id": "genes", "text": "Genes", "children": []},
                {"id": "genes-2", "text": "Genes", "children": []},
            ],
        },
        {"id": "β-blockers", "text": "Β-blockers", "children": []},
    ]
    assert '<h3 id="genes-2">' in rendered.html


def test_callouts_become_labelled_notes():
    html = render_body('<aside class="callout" data-kind="urgent"><p>Call 999</p></aside>').html

    assert '<div class="callout callout--urgent" role="note">' in html
    assert "When to get urgent help" in html


def test_unknown_callout_kind_falls_back_to_information():
    html = render_body('<aside class="callout" data-kind="bogus"><p>x</p></aside>').html
    assert "callout--info" in html


def test_body_images_load_lazily_and_tables_scroll():
    html = render_body('<img src="/a.jpg" alt="A"><table><tr><td>1</td></tr></table>').html

    assert 'loading="lazy"' in html
    assert '<div aria-label="Table" class="table-scroll" role="region" tabindex="0">' in html


@pytest.mark.django_db
def test_reading_time_rounds_up_at_200_words_a_minute():
    article = ArticleFactory(body="<p>" + "word " * 401 + "</p>")
    assert article.word_count == 401
    assert article.reading_minutes == 3


def test_a_citation_in_a_heading_stays_out_of_the_table_of_contents():
    html = '<h2>Treatment <span class="citation" data-refs="4">[Brar 2016]</span></h2>'

    rendered = render_body(html)

    assert rendered.toc[0]["text"] == "Treatment"
    assert rendered.toc[0]["id"] == "treatment"
