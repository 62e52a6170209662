"""Two editors in two browsers open the same article; the second save is refused, nothing lost."""

import pytest
from django.contrib.auth.models import Group, Permission

from editorial.models import StashedEdit
from editorial.roles import create_roles
from tests.factories import ArticleFactory, AuthorFactory, SourceFactory, attach, cite

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-browser-password-1"


@pytest.fixture
def article(db):
    source = SourceFactory()
    return attach(
        ArticleFactory(body=f"<h2>Intro</h2><p>Interferons are cytokines.{cite(source)}</p>"),
        authors=[AuthorFactory()],
        sources=[source],
    )


@pytest.fixture
def editors(django_user_model):
    # Transactional tests empty the database, groups from the roles migration included.
    create_roles(Group, Permission)
    group = Group.objects.get(name="Editor")
    users = []
    for name in ("ada", "ben"):
        user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
        user.groups.add(group)
        users.append(user)
    return users


def open_as(browser, live_server, username, url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.goto(live_server.url + url)
    page.wait_for_selector(".ProseMirror[contenteditable=true]")
    return page


def test_second_editor_is_warned_and_their_stale_save_is_refused(
    browser, live_server, article, editors
):
    url = f"/admin/articles/article/{article.pk}/change/"
    ada = open_as(browser, live_server, "ada", url)
    ben = open_as(browser, live_server, "ben", url)

    assert "ada also has this article open" in ben.locator("#workflow").inner_text()

    ada.fill("#id_title", "Ada's title")
    ada.click("input[name=_continue]")
    ada.wait_for_selector(".messagelist .success")

    ben.fill("#id_title", "Ben's title")
    ben.locator(".ProseMirror[contenteditable=true]").click()
    ben.keyboard.press("End")
    ben.keyboard.type(" Ben adds a sentence.")
    ben.click("input[name=_continue]")

    notice = ben.locator(".errornote", has_text="saved this article").inner_text()
    assert "ada saved this article" in notice
    assert ben.input_value("#id_title") == "Ben's title"  # Ben's work is still in his form
    article.refresh_from_db()
    assert article.title == "Ada's title"
    stashed = StashedEdit.objects.get()
    assert stashed.data["title"] == "Ben's title"
    assert "Ben adds a sentence." in stashed.data["body"]
