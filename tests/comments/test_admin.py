"""Editors moderate in the admin: approve, reject, spam, in bulk; only those allowed to."""

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from comments.models import Comment
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:comments_comment_changelist")


def staff(*codenames):
    user = User.objects.create_user("staffer", password="password", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def pending():
    article = ArticleFactory(title="Eczema and sleep")
    return [
        CommentFactory(article=article, status="pending", text=f"Pending comment {n}")
        for n in range(3)
    ]


def run_action(client, action, comments):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [c.pk for c in comments]},
        follow=True,
    )


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("reject", "rejected"), ("mark_spam", "spam")],
)
def test_editors_moderate_comments_in_bulk(admin_client, admin_user, pending, action, status):
    response = run_action(admin_client, action, pending[:2])

    assertContains(response, "2 comment(s)")
    first, second, third = (Comment.objects.get(pk=c.pk) for c in pending)
    assert first.status == second.status == status
    assert first.moderated_by == admin_user and first.moderated_at is not None
    assert third.status == "pending"


def test_the_list_shows_the_article_a_preview_and_why_a_comment_was_held(admin_client):
    article = ArticleFactory(title="Eczema and sleep")
    CommentFactory(
        article=article,
        status="spam",
        text="A very long comment " * 20,
        spam_reasons=["filled in the hidden field"],
    )

    response = admin_client.get(CHANGELIST)

    assertContains(response, "Eczema and sleep")
    assertContains(response, "A very long comment A very long")
    assertContains(response, "…")
    assertContains(response, "filled in the hidden field")


def test_filters_by_status_kind_and_article(admin_client, pending):
    other = CommentFactory(text="Approved elsewhere", status="approved")
    reply = CommentFactory(article=other.article, parent=other, text="A reply here")

    by_status = admin_client.get(CHANGELIST, {"status__exact": "pending"})
    assertContains(by_status, "Pending comment 0")
    assertNotContains(by_status, "Approved elsewhere")

    by_article = admin_client.get(CHANGELIST, {"article__id__exact": other.article.pk})
    assertContains(by_article, "Approved elsewhere")
    assertNotContains(by_article, "Pending comment 0")

    replies = admin_client.get(CHANGELIST, {"kind": "reply"})
    assertContains(replies, reply.text)
    assertNotContains(replies, "Approved elsewhere")


def test_staff_without_the_moderate_permission_cannot_approve(client, pending):
    client.force_login(staff("view_comment", "change_comment"))

    listing = client.get(CHANGELIST)
    assert listing.status_code == 200
    assertNotContains(listing, 'value="approve"')
    run_action(client, "approve", pending)
    change = client.get(reverse("admin:comments_comment_change", args=[pending[0].pk]))
    assertNotContains(change, 'name="status"')

    assert set(Comment.objects.values_list("status", flat=True)) == {"pending"}


def test_moderators_can_also_use_the_change_form(client, pending):
    user = staff("view_comment", "change_comment", "moderate_comment")
    client.force_login(user)
    comment = pending[0]
    url = reverse("admin:comments_comment_change", args=[comment.pk])

    client.post(
        url,
        {
            "status": "approved",
            "name": comment.name,
            "email": comment.email,
            "website": "",
            "text": "Edited to remove a phone number.",
        },
    )

    comment.refresh_from_db()
    assert comment.status == "approved"
    assert comment.moderated_by == user
    assert comment.text == "Edited to remove a phone number."


def test_readers_comments_cannot_be_added_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:comments_comment_add")).status_code == 403


def test_anonymous_visitors_cannot_reach_moderation(client, pending):
    response = client.post(CHANGELIST, {"action": "approve", "_selected_action": [pending[0].pk]})

    assert response.status_code == 302
    assert Comment.objects.get(pk=pending[0].pk).status == "pending"
