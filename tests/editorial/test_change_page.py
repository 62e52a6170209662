"""The article's admin page as each role meets it: workflow buttons that save first, only the
moves a person can complete, the body as readers see it, presence that fades, errors listed."""

import datetime
import re

import pytest
import time_machine
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from authors.models import Author
from editorial import presence
from editorial.models import Transition
from editorial.roles import EDITOR
from tests.editorial.test_lost_edits import form_data
from tests.factories import ReviewerFactory, make_user

pytestmark = pytest.mark.django_db
S = Article.Status


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def test_submit_saves_the_form_first(draft, writer, login):
    client = login(writer)
    data = form_data(client.get(change_url(draft))) | {
        "seo_description": "Typed just before submitting.",
        "_workflow": "submit",
        "workflow_note": "Section 2 rewritten.",
    }

    response = client.post(change_url(draft), data)

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.seo_description == "Typed just before submitting."
    assert draft.status == S.IN_REVIEW
    move = Transition.objects.get(article=draft)
    assert (move.to_status, move.note) == (S.IN_REVIEW, "Section 2 rewritten.")


def test_a_failed_save_refuses_the_move_and_keeps_the_input(draft, writer, login):
    client = login(writer)
    data = form_data(client.get(change_url(draft))) | {
        "title": "",
        "seo_description": "Keep me",
        "_workflow": "submit",
        "workflow_note": "Please look at the dosing table.",
    }

    response = client.post(change_url(draft), data)

    assertContains(response, "Your changes could not be saved, so the article was not moved.")
    assertContains(response, 'value="Keep me"')
    assertContains(response, "Please look at the dosing table.</textarea>")
    draft.refresh_from_db()
    assert draft.status == S.DRAFT


def test_the_buttons_belong_to_the_change_form_for_people_who_can_edit(draft, writer, login):
    page = login(writer).get(change_url(draft))

    assertContains(page, 'form="article_form" name="_workflow" value="submit"')
    assertContains(page, "Save and submit for review")


def test_an_editor_without_a_reviewer_profile_is_not_offered_approve(draft, writer, editor, login):
    login(writer).post(f"/admin/articles/article/{draft.pk}/workflow/", {"action": "submit"})

    page = login(editor).get(change_url(draft))

    assertNotContains(page, 'value="approve"')
    assertNotContains(page, "Record a medical review")
    assertContains(page, 'value="send_back"')


def test_an_editor_who_is_a_linked_medical_reviewer_is_offered_approve(
    draft, writer, django_user_model, login
):
    login(writer).post(f"/admin/articles/article/{draft.pk}/workflow/", {"action": "submit"})
    doctor = make_user(django_user_model, "dr-editor", EDITOR)
    ReviewerFactory(user=doctor)

    assertContains(login(doctor).get(change_url(draft)), 'value="approve"')


def test_an_editor_links_a_login_to_an_author_profile(editor, django_user_model, login):
    reviewer_login = django_user_model.objects.create_user("newdoc", is_staff=True)
    profile = ReviewerFactory(name="Dr New", slug="dr-new")
    client = login(editor)
    url = f"/admin/authors/author/{profile.pk}/change/"
    page = client.get(url)
    assertContains(page, 'name="user"')
    data = {
        "name": profile.name,
        "slug": profile.slug,
        "is_medical_reviewer": "on",
        "user": reviewer_login.pk,
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
    }

    assert client.post(url, data).status_code == 302
    assert Author.objects.get(pk=profile.pk).user == reviewer_login


def test_the_note_box_says_what_the_note_is_for(draft, writer, reviewer, login):
    writer_page = login(writer).get(change_url(draft))
    assertNotContains(writer_page, "required when sending back")
    assertContains(writer_page, "Note for the medical reviewer (optional)")

    login(writer).post(f"/admin/articles/article/{draft.pk}/workflow/", {"action": "submit"})
    assertContains(login(reviewer).get(change_url(draft)), "required when sending back")


def test_a_read_only_article_shows_its_body_as_readers_see_it(draft, writer, reviewer, login):
    login(writer).post(f"/admin/articles/article/{draft.pk}/workflow/", {"action": "submit"})

    page = login(reviewer).get(change_url(draft))

    assertNotContains(page, "&lt;span class=&quot;citation&quot;")
    assertNotContains(page, 'data-refs="')
    assertContains(page, '<div class="prose article-body-preview">')
    assert re.search(r'<a href="#ref-[\w-]+"', page.content.decode())  # a numbered citation


def test_presence_fades_without_a_heartbeat_and_clears_on_leaving(draft, writer, editor):
    start = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        presence.note_here(draft.pk, writer)
        assert [name for name, _ in presence.others_editing(draft.pk, editor)] == ["wendy"]

        clock.shift(presence.HEARTBEAT_SECONDS)
        presence.note_here(draft.pk, writer)  # heartbeat
        clock.shift(presence.GONE_AFTER_SECONDS - 1)
        assert presence.others_editing(draft.pk, editor) == [("wendy", 3)]

        clock.shift(2)  # the heartbeat stopped: the tab was closed without a goodbye
        assert presence.others_editing(draft.pk, editor) == []

        presence.note_here(draft.pk, writer)
        presence.note_left(draft.pk, writer)
        assert presence.others_editing(draft.pk, editor) == []


def test_the_heartbeat_endpoint_and_the_informational_notice(draft, writer, editor, client):
    client.force_login(writer)
    url = f"/admin/articles/article/{draft.pk}/presence/"
    assert client.post(url, {"state": "here"}).status_code == 204

    client.force_login(editor)
    page = client.get(change_url(draft))
    assertContains(page, "wendy also has this article open")
    assertContains(page, 'class="editorial-panel__info" role="status"')

    client.force_login(writer)
    client.post(url, {"state": "left"})
    client.force_login(editor)
    assertNotContains(client.get(change_url(draft)), "also has this article open")


def test_errors_are_listed_at_the_top_with_links_to_their_fields(draft, writer, login):
    client = login(writer)
    data = form_data(client.get(change_url(draft))) | {"title": ""}
    data["article_references-0-DELETE"] = "on"  # the body still cites it

    response = client.post(change_url(draft), data)

    summary = response.content.decode().split('id="error-summary"')[1].split("</div>")[0]
    assert '<a href="#id_title">Title: This field is required.</a>' in summary
    assert 'href="#article_references-group">References' in summary
