"""AMA Manual of Style, 11th edition (§3.6–3.15): the third citation style (issue 13, item 13)."""

import datetime

import pytest
from pytest_django.asserts import assertContains

from references.models import STYLES, Source
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, SourceFactory, attach, cite


def test_journal_article_with_doi():
    source = Source(
        kind="journal",
        authors="Brar, Kanwaljit\nLeung, Donald Y M",
        title="Recent considerations in the use of recombinant interferon gamma",
        container_title="Expert Opin Biol Ther",
        journal_title="Expert opinion on biological therapy",
        year=2016,
        month=4,
        volume="16",
        issue="4",
        pages="507-14",
        doi="10.1517/14712598.2016.1135898",
    )

    assert source.formatted("ama") == (
        "Brar K, Leung DYM. Recent considerations in the use of recombinant interferon gamma. "
        "Expert Opin Biol Ther. 2016;16(4):507-514. doi:10.1517/14712598.2016.1135898"
    )
    assert "<i>Expert Opin Biol Ther</i>" in source.formatted_html("ama")


def test_more_than_six_authors_lists_three_then_et_al():
    source = Source(
        kind="journal",
        authors="\n".join(f"Author{n}, A" for n in range(1, 8)),
        title="Title",
        container_title="BMJ",
        year=2020,
        volume="1",
        pages="1",
    )

    assert source.formatted("ama").startswith("Author1 A, Author2 A, Author3 A, et al. Title.")


def test_book_chapter_with_one_editor():
    source = Source(
        kind="chapter",
        authors="Leung, Donald",
        editors="Kang, Sewon",
        title="Atopic dermatitis",
        container_title="Fitzpatrick's Dermatology",
        edition="9th",
        place="New York",
        publisher="McGraw-Hill",
        year=2019,
        pages="363–84",
    )

    assert source.formatted("ama") == (
        "Leung D. Atopic dermatitis. In: Kang S, ed. Fitzpatrick's Dermatology. 9th ed. "
        "McGraw-Hill; 2019:363-384."
    )


def test_book_with_volume_and_group_author():
    source = Source(
        kind="book",
        authors="British Association of Dermatologists",
        title="Handbook of skin care",
        edition="2nd",
        volume="2",
        publisher="BAD Press",
        year=2020,
    )

    assert source.formatted("ama") == (
        "British Association of Dermatologists. Handbook of Skin Care. 2nd ed. Vol 2. "
        "BAD Press; 2020."
    )


def test_web_page_with_dates_and_no_author():
    source = Source(
        kind="web",
        title="Scenario: severe eczema",
        container_title="NICE",
        year=2023,
        month=3,
        day=1,
        cited_on=datetime.date(2024, 2, 27),
        url="https://cks.nice.org.uk/eczema",
    )

    assert source.formatted("ama") == (
        "Scenario: severe eczema. NICE. Published March 1, 2023. Accessed February 27, 2024. "
        "https://cks.nice.org.uk/eczema"
    )


def test_ama_is_one_of_the_styles():
    assert set(STYLES) == {"vancouver", "apa", "ama"}
    choices = dict(SiteSettings._meta.get_field("citation_style").choices)
    assert choices["ama"] == "AMA 11th edition"


@pytest.mark.django_db
def test_site_set_to_ama_prints_article_references_in_ama(client, site_settings):
    site_settings.citation_style = "ama"
    site_settings.save()
    source = SourceFactory(
        kind="journal",
        authors="Brar, K",
        title="Interferon gamma",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        pages="507-14",
    )
    article = ArticleFactory(body=f"<p>Text {cite(source)}</p>")
    attach(article, sources=[source])

    response = client.get(article.get_absolute_url())

    assertContains(response, "<i>Expert Opin Biol Ther</i>. 2016;16(4):507-514.")


@pytest.mark.django_db
def test_an_article_can_choose_its_own_style(client, site_settings):
    source = SourceFactory(
        kind="journal",
        authors="Brar, K",
        title="Interferon gamma",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        pages="507-14",
    )
    article = ArticleFactory(body=f"<p>Text {cite(source)}</p>", citation_style="ama")
    attach(article, sources=[source])

    response = client.get(article.get_absolute_url())

    assertContains(response, "<i>Expert Opin Biol Ther</i>. 2016;16(4):507-514.")


def test_missing_parts_leave_no_stray_punctuation():
    source = Source(kind="journal", title="A title ending in a question?", container_title="BMJ")

    assert source.formatted("ama") == "A title ending in a question? BMJ."
    assert Source(kind="journal", title="T", year=2001).formatted("ama") == "T. 2001."


def test_six_names_and_more_not_listed_are_more_than_six():
    source = Source(
        kind="journal",
        authors="\n".join(f"Author{n}, A" for n in range(1, 7)),
        more_authors=True,
        title="Title",
        container_title="BMJ",
        year=2020,
    )

    assert source.formatted("ama").startswith("Author1 A, Author2 A, Author3 A, et al. Title.")
