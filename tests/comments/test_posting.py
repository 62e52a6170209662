"""A reader leaves a comment: it is held for moderation, shown once approved, and nothing the
reader typed is lost when the form has a problem."""

import pytest
from django.contrib.sites.models import Site
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from comments.models import Comment
from sitewide.models import SitePage, SiteSettings
from tests.factories import ArticleFactory, CommentFactory
from tests.reader_forms import post

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Priya",
    "email": "priya@example.org",
    "website": "",
    "text": "Does interferon therapy help children with eczema too?",
}


@pytest.fixture
def article():
    return ArticleFactory(title="Interferon therapy for eczema")


def post_comment(client, article, **data):
    return post(client, reverse("comments:post", args=[article.pk]), {**VALID, **data})


def test_a_new_comment_is_held_and_the_reader_is_told_it_awaits_moderation(client, article):
    response = post_comment(client, article)

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.spam_reasons == []
    assert comment.ip_address == "127.0.0.1"
    assert (comment.name, comment.email, comment.text) == (
        "Priya",
        "priya@example.org",
        VALID["text"],
    )
    assert response.status_code == 302
    received = client.get(response["Location"])
    assertContains(received, "your comment awaits moderation")
    assertContains(received, VALID["text"])
    assertNotContains(received, "priya@example.org")

    page = client.get(article.get_absolute_url())
    assertNotContains(page, VALID["text"])


def test_approved_comments_and_their_replies_are_shown_oldest_first(client, article):
    first = CommentFactory(article=article, name="First reader", text="First comment.")
    second = CommentFactory(article=article, name="Second reader", text="Second comment.")
    CommentFactory(article=article, parent=first, name="Replier", text="A reply to the first.")
    CommentFactory(article=article, text="Still pending.", status=Comment.Status.PENDING)
    CommentFactory(article=article, text="Spam spam.", status=Comment.Status.SPAM)
    CommentFactory(article=article, parent=second, text="Rejected reply.", status="rejected")

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert html.index("First comment.") < html.index("A reply to the first.")
    assert html.index("A reply to the first.") < html.index("Second comment.")
    assertContains(response, "Comments (3)")
    assertNotContains(response, "Still pending.")
    assertNotContains(response, "Spam spam.")
    assertNotContains(response, "Rejected reply.")
    assertContains(response, reverse("comments:reply", args=[first.pk]))
    assertContains(response, f'id="comment-{first.pk}"')


def test_a_reply_is_hidden_with_its_parent(client, article):
    parent = CommentFactory(article=article, status=Comment.Status.REJECTED)
    CommentFactory(article=article, parent=parent, text="Orphaned reply.")

    assertNotContains(client.get(article.get_absolute_url()), "Orphaned reply.")


def test_commenters_email_addresses_never_appear_in_the_page_source(client, article):
    CommentFactory(article=article, email="hidden.person@example.org", website="https://x.org")

    response = client.get(article.get_absolute_url())

    assertContains(response, 'href="https://x.org" rel="nofollow ugc"')
    assertNotContains(response, "hidden.person")


def test_the_form_marks_required_fields_and_links_the_privacy_policy(client, article):
    SitePage.objects.create(title="Privacy", slug="privacy", role="privacy")

    response = client.get(article.get_absolute_url())

    assertContains(response, "Leave a Reply")
    assertContains(response, "Your email address will not be published.")
    assertContains(response, "Required fields are marked")
    assertContains(response, '<a href="/privacy/">privacy policy</a>', html=True)
    assertContains(response, 'name="email" autocomplete="email" maxlength="320" required')
    assertContains(response, 'name="website" autocomplete="url"')  # optional: not required


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "  "}, "name", "Enter your name (it is shown with your comment)."),
        ({"email": ""}, "email", "Enter your email address. It is never published."),
        ({"email": "priya@"}, "email", "Enter an email address like name@example.com."),
        ({"website": "javascript:alert(1)"}, "website", "Enter a web address starting with"),
        ({"website": "ftp://files.example.org"}, "website", "Enter a web address starting with"),
        ({"text": ""}, "text", "Write your comment."),
        ({"text": "x" * 3001}, "text", "Keep your comment to 3000 characters (it has 3001)"),
        ({"name": "n" * 81}, "name", "Keep your name to 80 characters."),
    ],
)
def test_validation_errors_are_explained_and_keep_what_the_reader_typed(
    client, article, data, field, message
):
    response = post_comment(client, article, **data)

    assert response.status_code == 400
    assert Comment.objects.count() == 0
    assertContains(response, "There is a problem", status_code=400)
    assertContains(response, message, status_code=400)
    assertContains(response, f'href="#comment-{field}"', status_code=400)
    assertContains(response, 'aria-invalid="true"', status_code=400)
    # Everything else the reader typed is still in the form.
    for name, value in {**VALID, **data}.items():
        if name != field and value:
            assertContains(response, value, status_code=400)


def test_the_form_shown_again_can_be_sent_as_it_is_once_fixed(client, article):
    response = post_comment(client, article, email="")
    stamp = response.context["form"]["stamp"].value()

    fixed = post(
        client,
        reverse("comments:post", args=[article.pk]),
        {**VALID, "stamp": stamp},
    )

    assert fixed.status_code == 302
    assert Comment.objects.get().status == Comment.Status.PENDING


def test_a_reply_attaches_to_an_approved_comment_one_level_deep(client, article):
    parent = CommentFactory(article=article)
    reply = CommentFactory(article=article, parent=parent)

    post_comment(client, article, parent=reply.pk)

    new = Comment.objects.latest("pk")
    assert new.parent == parent  # a reply to a reply joins the same thread


def test_a_reply_to_a_comment_not_shown_keeps_the_text_and_offers_a_new_comment(client, article):
    pending = CommentFactory(article=article, status=Comment.Status.PENDING)

    response = post_comment(client, article, parent=pending.pk)

    assertContains(response, "no longer shown", status_code=400)
    assertContains(response, VALID["text"], status_code=400)
    assertContains(response, 'name="parent" id="comment-parent"', status_code=400)
    assert Comment.objects.count() == 1


def test_the_reply_page_shows_the_comment_and_a_form_for_the_reply(client, article):
    parent = CommentFactory(article=article, name="Sam", text="My son has eczema.")

    response = client.get(reverse("comments:reply", args=[parent.pk]))

    assertContains(response, "My son has eczema.")
    assertContains(response, "Reply to Sam")
    assertContains(response, f'value="{parent.pk}"')
    assertNotContains(response, parent.email)


def test_pending_comments_and_replies_have_no_reply_page(client, article):
    pending = CommentFactory(article=article, status=Comment.Status.PENDING)
    reply = CommentFactory(article=article, parent=CommentFactory(article=article))

    assert client.get(reverse("comments:reply", args=[pending.pk])).status_code == 404
    assert client.get(reverse("comments:reply", args=[reply.pk])).status_code == 404


def test_closed_comments_keep_approved_ones_and_refuse_new_ones(client):
    article = ArticleFactory(comments_enabled=False)
    CommentFactory(article=article, text="An earlier approved comment.")

    page = client.get(article.get_absolute_url())
    assertContains(page, "An earlier approved comment.")
    assertContains(page, "Comments are closed.")
    assertNotContains(page, "Leave a Reply")
    assertNotContains(page, reverse("comments:post", args=[article.pk]))

    response = post_comment(client, article)
    assert response.status_code == 403
    assertContains(response, VALID["text"], status_code=403)  # the reader can still copy it
    assert Comment.objects.count() == 1


def test_comments_can_be_closed_for_the_whole_site(client, article):
    SiteSettings.objects.create(site=Site.objects.get(pk=1), comments_enabled=False)

    assertContains(client.get(article.get_absolute_url()), "Comments are closed.")
    assert post_comment(client, article).status_code == 403


def test_comments_on_unpublished_articles_are_refused(client):
    draft = ArticleFactory(status="draft")

    assert post_comment(client, draft).status_code == 404


def test_received_page_needs_a_valid_signed_link(client, article):
    CommentFactory(article=article)

    assertRedirects(
        client.get(reverse("comments:received", args=["1:forged"])),
        reverse("home"),
        fetch_redirect_response=False,
    )
