"""An export like the seed sites': Yoast metadata, an opt-in shortcode, typed reference lists."""

import datetime

import pytest
from django.contrib.redirects.models import Redirect
from django.core.files.storage import default_storage

from articles.models import Article, Category
from authors.models import Author
from comments.models import Comment
from references.models import Source
from sitewide.models import SitePage
from tests.factories import DisclaimerFactory, SourceFactory
from wordpress.models import ImportedItem

pytestmark = pytest.mark.django_db

KLARITY = "interferon-therapy-for-eczema"
GEEK = "what-is-an-interferon-response"
DISCLAIMER = (
    "This content is purely informational and is not medical advice. Always ask your doctor "
    "about the risks and benefits of a treatment."
)


@pytest.fixture
def imported(import_wordpress, media_dir):
    DisclaimerFactory(title="Medical", body=f"<p>{DISCLAIMER}</p>")
    return import_wordpress(
        "tests/wordpress/fixtures/health-site.xml", "--media-dir", str(media_dir)
    )


def test_typed_reference_list_becomes_structured_sources_cited_in_order(imported):
    article = Article.objects.get(slug=KLARITY)
    numbered = [(number, source) for number, source, _ in article.numbered_references()]
    assert [source.short_label for _, source in numbered] == [
        "Nemeth 2024",
        "Brar 2016",
        "Chang 2002",
        "Khanna 2024",
        "Cremer 1995",
        "Czarnowicki 2015",
        "Hanifin 1993",
        "Boguniewicz 1990",
        "Azizan 2020",
        "NICE 2023",
    ]
    sources = {source.short_label: source for _, source in numbered}
    brar = sources["Brar 2016"]
    assert (brar.kind, brar.container_title, brar.volume, brar.issue, brar.pages) == (
        Source.Kind.JOURNAL_ARTICLE,
        "Expert Opin Biol Ther",
        "16",
        "4",
        "507–14",
    )
    assert brar.doi == "10.1517/14712598.2016.1135898"
    assert brar.cited_on == datetime.date(2024, 2, 27)
    assert brar.authors == "Brar, K\nLeung, DYM"
    chapter = sources["Nemeth 2024"]
    assert (chapter.kind, chapter.container_title, chapter.place, chapter.publisher) == (
        Source.Kind.BOOK_CHAPTER,
        "StatPearls",
        "Treasure Island (FL)",
        "StatPearls Publishing",
    )
    nice = sources["NICE 2023"]
    assert (nice.kind, nice.title, nice.url) == (
        Source.Kind.WEB_PAGE,
        "Scenario: Severe eczema",
        "https://cks.nice.org.uk/topics/eczema-atopic/management/severe-eczema/",
    )
    assert sources["Czarnowicki 2015"].more_authors
    assert sources["Czarnowicki 2015"].pmid == "25748064"
    assert sources["Boguniewicz 1990"].pmid == "2109515"
    assert article.unresolved_citations == []


def test_citation_marks_become_the_editors_citations_and_the_list_leaves_the_body(imported):
    article = Article.objects.get(slug=KLARITY)
    assert 'class="citation" data-refs=' in article.body
    assert "<sup>" not in article.body and "Available from" not in article.body
    # “itch<sup>2,7</sup>” is one citation of two sources, printed as the page numbers them.
    assert (
        '<a href="#ref-{}">2</a>,<a href="#ref-{}">7</a>'.format(
            *[s.pk for n, s, _ in article.numbered_references() if n in (2, 7)]
        )
        in article.body_html
    )
    assert "[optin-monster" not in article.body_html


def test_citations_are_numbered_by_first_use_and_duplicates_join_the_library(imported):
    article = Article.objects.get(slug=GEEK)
    # The text cites 3, then 1, then 1 and 2, then 2–4: the page numbers them by first use.
    assert [source.short_label for _, source, _ in article.numbered_references()] == [
        "Brar 2016",
        "Khanna 2024",
        "Schoggins 2019",
        "Platanias 2005",
    ]
    klarity = Article.objects.get(slug=KLARITY)
    shared = {ref.source_id for ref in klarity.article_references.all()} & {
        ref.source_id for ref in article.article_references.all()
    }
    assert len(shared) == 2  # Brar (same DOI) and Khanna (same title and year)
    assert Source.objects.count() == 12


def test_what_cannot_be_matched_is_reported_and_kept(imported):
    article = Article.objects.get(slug=GEEK)
    assert "5. https://www.example.org/" in article.body  # an unreadable reference stays
    assert "[9]" in article.body  # a citation of a number with no reference stays visible
    assert "Reference 5 could not be read" in imported
    assert "Citation mark “9” has no readable reference" in imported


def test_existing_sources_are_reused_not_duplicated(import_wordpress):
    stored = SourceFactory(doi="10.1517/14712598.2016.1135898", title="Brar stored")
    import_wordpress("tests/wordpress/fixtures/health-site.xml")
    article = Article.objects.get(slug=KLARITY)
    assert article.article_references.filter(source=stored).exists()
    stored.refresh_from_db()
    assert stored.title == "Brar stored"  # stored sources are never changed by an import


def test_post_fields_authors_categories_and_seo(imported):
    article = Article.objects.get(slug=KLARITY)
    assert article.status == Article.Status.DRAFT
    assert article.standfirst.startswith("What interferons are")
    assert article.seo_description.startswith("Interferon therapy for severe eczema")
    assert article.published_at == datetime.datetime(2024, 2, 27, 10, tzinfo=datetime.UTC)
    assert article.updated_at == datetime.datetime(2024, 5, 17, 7, 30, tzinfo=datetime.UTC)
    assert article.category == Category.objects.get(name="Skin & Allergy")
    assert sorted(tag.name for tag in article.tags.all()) == ["Eczema", "Immunology"]
    (author,) = article.ordered_authors()
    assert (author.name, author.credentials) == ("Taylor Ward", "BMedSc Clinical Sciences")
    hollis = Author.objects.get(name="Dr Maya Hollis")
    assert hollis.credentials == "MBBS"
    key = ImportedItem.objects.get(kind="author", wp_id="mhollis")
    assert key.details == {"email": "maya@clearskin.example"}
    geek = Article.objects.get(slug=GEEK)
    assert geek.published_at is None and geek.category is None  # a WordPress draft, uncategorised
    assert geek.seo_description == "How cells use interferons to warn each other about viruses."


def test_faq_sections_and_blocks_become_faq_items(imported):
    klarity = Article.objects.get(slug=KLARITY)
    assert [(faq.question, faq.answer) for faq in klarity.faqs.all()] == [
        (
            "What is the latest treatment for eczema?",
            "Dupilumab, a monoclonal antibody, is a newer option for severe eczema.",
        ),
        (
            "Does eczema get worse with age?",
            "It often improves as children grow up.\n\nIt can also start in adulthood.",
        ),
    ]
    assert "FAQs" not in klarity.body
    geek = Article.objects.get(slug=GEEK)
    assert [faq.question for faq in geek.faqs.all()] == [
        "Is an interferon response the same as a fever?"
    ]


def test_disclaimers_are_matched_or_reported(imported):
    klarity = Article.objects.get(slug=KLARITY)
    assert [d.title for d in klarity.disclaimers.all()] == ["Medical"]
    assert "purely informational" not in klarity.body
    geek = Article.objects.get(slug=GEEK)
    assert geek.disclaimers.count() == 0
    assert "Disclaimer paragraph taken out of the body" in imported


def test_comments_keep_threads_hold_pending_and_drop_spam(imported):
    article = Article.objects.get(slug=KLARITY)
    comments = {c.name: c for c in Comment.objects.filter(article=article)}
    assert sorted(comments) == ["Alex", "Priya", "Sam", "Taylor Ward"]
    assert comments["Priya"].status == Comment.Status.APPROVED
    assert comments["Alex"].status == Comment.Status.PENDING
    assert comments["Taylor Ward"].parent == comments["Priya"]
    assert comments["Sam"].parent == comments["Priya"]  # a reply to a reply joins the thread
    assert comments["Priya"].text == "Is interferon gamma ever given to babies?"
    assert comments["Priya"].created_at == datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)
    assert comments["Sam"].ip_address is None  # “not an address” is not stored


def test_featured_and_body_images_come_through_the_media_library(imported):
    article = Article.objects.get(slug=KLARITY)
    assert article.hero_image_alt.startswith("A fingertip of white emollient")
    assert default_storage.exists(article.hero_image.name)
    assert article.hero_renditions["width"] == 800
    assert "<figcaption>Emollients are the first treatment.</figcaption>" in article.body
    assert "<picture>" in article.body_html  # the caption's image is the library image
    assert "library.clearskin.example/wp-content" not in article.body_html


def test_pages_become_site_pages_and_old_addresses_redirect(imported, client):
    page = SitePage.objects.get(slug="editorial-standards")
    assert "written by a qualified writer" in page.body
    assert "newsletter_signup" not in page.body
    assert not SitePage.objects.filter(title="Private notes").exists()
    assert not Article.objects.filter(title="Old draft").exists()
    redirect = Redirect.objects.get(old_path="/about/editorial-standards/")
    assert redirect.new_path == "/editorial-standards/"
    response = client.get("/2024/05/17/what-is-an-interferon-response/")
    assert response.status_code == 301
    assert response["Location"] == f"/articles/{GEEK}/"


def test_running_the_import_again_updates_instead_of_duplicating(imported, import_wordpress):
    counts = [m.objects.count() for m in (Article, Source, Comment, Author, SitePage, Redirect)]
    Article.objects.filter(slug=KLARITY).update(title="Changed here")
    import_wordpress("tests/wordpress/fixtures/health-site.xml")
    assert [
        m.objects.count() for m in (Article, Source, Comment, Author, SitePage, Redirect)
    ] == counts
    assert Article.objects.get(slug=KLARITY).title == "Interferon Therapy For Eczema"


def test_a_rerun_does_not_bring_back_what_editors_deleted(imported, import_wordpress):
    Comment.objects.filter(name="Alex").delete()
    Article.objects.get(slug=GEEK).delete()
    report = import_wordpress("tests/wordpress/fixtures/health-site.xml")
    assert not Comment.objects.filter(name="Alex").exists()
    assert not Article.objects.filter(slug=GEEK).exists()
    assert "Post 102 “What is an Interferon Response?”: skipped: deleted here" in report


def test_a_dry_run_changes_nothing(import_wordpress, media_dir, settings):
    report = import_wordpress(
        "tests/wordpress/fixtures/health-site.xml", "--dry-run", "--media-dir", str(media_dir)
    )
    assert "Dry run (nothing saved): would import 2 posts" in report
    assert "would be imported" in report
    for model in (Article, Source, Comment, Author, SitePage, Redirect, ImportedItem, Category):
        assert model.objects.count() == 0
    assert not [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]


def test_the_page_never_shows_comment_emails_or_shortcodes(imported, client):
    article = Article.objects.get(slug=KLARITY)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Is interferon gamma ever given to babies?" in html
    assert "priya@mail.example" not in html
    assert "Waiting for an answer" not in html  # held for moderation
    assert "[optin" not in html and "[caption" not in html
