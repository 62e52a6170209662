"""A writer on an article's admin page: leaving with unsaved changes asks first; "Save and
submit" keeps what was typed; errors are listed at the top with links that reach the field."""

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from articles.models import Article
from editorial.roles import WRITER, create_roles
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    DisclaimerFactory,
    SourceFactory,
    attach,
    cite,
    make_user,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-1"


@pytest.fixture
def writers_draft(django_user_model):
    create_roles(Group, Permission)  # transactional tests start with an empty database
    user = make_user(django_user_model, "wendy", WRITER)
    DisclaimerFactory(is_default=True)
    source = SourceFactory()
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        published_at=None,
        created_by=user,
        seo_description="",
        body=f"<h2>Intro</h2><p>Interferon helps some people.{cite(source)}</p>",
    )
    return attach(article, authors=[AuthorFactory(user=user)], sources=[source])


def open_as_writer(page, live_server, article):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "wendy")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.wait_for_selector(".ProseMirror[contenteditable=true]")


def test_leaving_with_unsaved_changes_asks_and_submit_saves_them(live_server, page, writers_draft):
    open_as_writer(page, live_server, writers_draft)
    # Typed key by key: browsers ask before leaving only after a real user interaction.
    page.click("#id_seo_description")
    page.keyboard.type("What interferon can and cannot do for eczema.")
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.click("a.historylink")
    page.wait_for_timeout(500)

    assert dialogs == ["beforeunload"]
    assert page.url.endswith(f"/{writers_draft.pk}/change/")

    page.click("button[value=submit]")
    expect(page.locator(".messagelist")).to_contain_text("The article is now In review")
    assert dialogs == ["beforeunload"]  # saving is not leaving
    writers_draft.refresh_from_db()
    assert writers_draft.status == Article.Status.IN_REVIEW
    assert writers_draft.seo_description == "What interferon can and cannot do for eczema."


def test_the_error_list_links_to_each_field(live_server, page, writers_draft):
    open_as_writer(page, live_server, writers_draft)
    page.fill("#id_title", "")
    page.click("input[name=_continue]")

    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Title: This field is required.")
    summary.get_by_role("link", name="Title: This field is required.").click()

    expect(page.locator("#id_title")).to_be_in_viewport()
    assert page.locator("#error-summary").bounding_box()["y"] < 1200


def test_presence_lasts_while_the_page_is_open_and_ends_when_the_writer_leaves(
    live_server, page, writers_draft, django_user_model
):
    from editorial import presence

    someone_else = django_user_model.objects.create_user("eddie")
    open_as_writer(page, live_server, writers_draft)
    assert [name for name, _ in presence.others_editing(writers_draft.pk, someone_else)] == [
        "wendy"
    ]

    page.goto(f"{live_server.url}/admin/")  # the writer leaves the article
    page.wait_for_timeout(500)

    assert presence.others_editing(writers_draft.pk, someone_else) == []
