"""Every admin URL the project registers, as every role: who may open it, and that everyone
else is refused, for reading (GET) and for changing (POST), with nothing changed.

The URLs come from the URL resolver, not from a hand list: a new admin view (ours or a
third-party integration's) fails this test until ``POLICY`` or ``VIEWS`` says who may use it.
Object URLs point at content the role does not own (another writer's published article and
its revisions, a deleted article), where the object-level rule matters most.
"""

import re

import pytest
import reversion
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver
from reversion.models import Version

from articles.models import Article
from comments.models import Comment
from editorial.models import MedicalReview, NotificationPreference, StashedEdit, Transition
from editorial.roles import EDITOR, REVIEWER, WRITER
from feedback.models import ErrorReport, PageFeedback
from images.models import ImageAsset
from tests.factories import (
    ArticleFactory,
    CommentFactory,
    ErrorReportFactory,
    SourceFactory,
    SubscriberFactory,
    make_user,
)
from tests.security.test_image_uploads import png

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no role", "writer", "reviewer", "editor"]
STAFF = ROLES[1:]
W, R, E = "writer", "reviewer", "editor"

# What each role may do with each registered model, as the product decides it:
# view (list, change page read-only, history), add, change, delete.
EVERYTHING = {"view": {E}, "add": {E}, "change": {E}, "delete": {E}}
SUPERUSER_ONLY = {"view": set(), "add": set(), "change": set(), "delete": set()}
READ_ONLY_FOR_EDITORS = {"view": {E}, "add": set(), "change": set(), "delete": set()}
POLICY = {
    # Articles: writers list and add theirs; the target here is another writer's published
    # article, which only editors change and reviewers read.
    "articles.article": {"view": {R, E}, "list": {W, R, E}, "add": {W, E}, "change": {E},
                         "delete": {E}},
    "articles.category": {"view": {W, R, E}, "add": {E}, "change": {E}, "delete": {E}},
    "articles.disclaimer": {"view": {W, R, E}, "add": {E}, "change": {E}, "delete": {E}},
    "authors.author": {"view": {W, R, E}, "add": {E}, "change": {E}, "delete": {E}},
    # The target source is cited by a published article: writers read it, editors change it.
    "references.source": {"view": {W, R, E}, "add": {W, E}, "change": {E}, "delete": {E}},
    "images.imageasset": {"view": {W, R, E}, "add": {W, E}, "change": {E}, "delete": {E}},
    "taggit.tag": {"view": {W, E}, "add": {W, E}, "change": {E}, "delete": {E}},
    "sitewide.sitesettings": EVERYTHING,
    "sitewide.sitepage": EVERYTHING,
    "comments.comment": {"view": {E}, "add": set(), "change": {E}, "delete": {E}},
    "newsletter.subscriber": {"view": {E}, "add": set(), "change": set(), "delete": {E}},
    "feedback.errorreport": {"view": {E}, "add": set(), "change": {E}, "delete": {E}},
    "feedback.pagefeedback": {"view": {E}, "add": set(), "change": set(), "delete": {E}},
    "feedback.articlefeedback": READ_ONLY_FOR_EDITORS,
    "editorial.dueforreview": READ_ONLY_FOR_EDITORS,
    "editorial.transition": {"view": {E}, "add": set(), "change": set(), "delete": {E}},
    "editorial.medicalreview": {"view": {R, E}, "add": set(), "change": set(), "delete": {E}},
    "editorial.stashededit": {"view": {E}, "add": set(), "change": set(), "delete": {E}},
    # The evidence trail: claims are added and checked on the review page (VIEWS); the target
    # claim is on someone else's published article. Commands write retractions and link checks.
    "evidence.claim": {"view": {R, E}, "list": {W, R, E}, "add": {E}, "change": {E},
                       "delete": {E}},
    "evidence.retraction": {"view": {R, E}, "add": set(), "change": set(), "delete": set()},
    "evidence.linkcheck": {"view": {R, E}, "add": set(), "change": set(), "delete": set()},
    "evidence.handlednotice": {"view": {E}, "add": set(), "change": {E}, "delete": {E}},
    "evidence.glossaryterm": {"view": {W, R, E}, "add": {E}, "change": {E}, "delete": {E}},
    "evidence.fastmovingtopic": EVERYTHING,
    "evidence.articleneedingattention": READ_ONLY_FOR_EDITORS,
    # "My notifications": the list opens one's own row; the target is someone else's row.
    "editorial.notificationpreference": {"view": set(), "list": set(STAFF), "add": set(),
                                        "change": set(), "delete": set()},
    # WordPress imports change the whole site: editors upload and read them; a report is
    # never edited.
    "wordpress.importrun": {"view": {E}, "add": {E}, "change": set(), "delete": {E}},
    # Redirects (old WordPress addresses among them): superusers, until a role needs them.
    "redirects.redirect": SUPERUSER_ONLY,
    # People, logins, sites, lockouts and the task queue: superusers only.
    "auth.user": SUPERUSER_ONLY,
    "auth.group": SUPERUSER_ONLY,
    "sites.site": SUPERUSER_ONLY,
    "axes.accessattempt": SUPERUSER_ONLY,
    "axes.accesslog": SUPERUSER_ONLY,
    "axes.accessfailurelog": SUPERUSER_ONLY,
    "django_tasks_database.dbtaskresult": SUPERUSER_ONLY,
}  # fmt: skip

# The other admin views, by URL name: the roles that may open them. POST-only views count as
# opened when they do not refuse.
ANY_STAFF = set(STAFF)
VIEWS = {
    "index": ANY_STAFF,
    "login": set(ROLES),
    "password_change": ANY_STAFF,
    "password_change_done": ANY_STAFF,
    "jsi18n": ANY_STAFF,
    "app_list": {W, R, E},  # /admin/articles/: any role with an articles permission
    "autocomplete": {W, R, E},  # categories, for the article form
    "view_on_site": ANY_STAFF,  # a redirect to the public address only
    "articles_article_workflow": {R, E},  # each action is checked again (test_admin_workflow)
    "articles_article_compare": {R, E},
    "articles_article_presence": {R, E},  # a heartbeat from an open form (POST only)
    "articles_article_revision": {E},
    "articles_article_recoverlist": {E},
    "articles_article_recover": {E},
    "references_source_import": {W, E},
    "images_imageasset_picker": {W, R, E},
    "newsletter_subscriber_export": {E},
    "auth_user_password_change": set(),
    "taggit_tag_merge_tags": {E},
    # Another writer's published article: reviewers and editors; each action is checked again.
    "evidence_claim_review": {R, E},
}
NOT_WALKED = {"logout"}  # POST only; walking it would end the session under test
# Allowed GETs answered with a redirect: logged-in staff go from the login page to the index,
# "view on site" leads to the public page, the workflow endpoint takes POSTs only.
REDIRECTS = {
    "login",
    "view_on_site",
    "articles_article_workflow",
    "editorial_notificationpreference_changelist",  # to the person's own row
}
POST_ONLY = {"articles_article_presence"}  # a GET is answered 405

STANDARD = {
    "changelist": "list",
    "add": "add",
    "change": "view",
    "history": "view",
    "delete": "delete",
}


def admin_urls():
    """(name, route, pattern) of every URL under the admin, from the resolver."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield pattern.name, prefix + str(pattern.pattern), pattern

    return list(walk(admin.site.urls[0], ""))


def allowed_roles(name):
    """Who may open the admin URL called ``name``; a URL nobody decided on fails the test."""
    if name in VIEWS:
        return VIEWS[name]
    for label, policy in POLICY.items():
        app_label, model = label.split(".")
        prefix = f"{app_label}_{model}_"
        if name.startswith(prefix) and name[len(prefix) :] in STANDARD:
            kind = STANDARD[name[len(prefix) :]]
            roles = set(policy.get(kind, set()))
            if kind == "list":
                roles = policy.get("list", policy["view"] | policy["change"])
            if kind == "view":
                roles = policy["view"] | policy["change"]
            return roles
    raise AssertionError(f"Decide who may use the admin URL “{name}” (add it to POLICY/VIEWS).")


@pytest.fixture
def site(demo_site, django_user_model):
    """One object of every registered model, none of them belonging to the roles under test."""
    author = make_user(django_user_model, "someone", WRITER)
    article = ArticleFactory(title="Someone's published article", created_by=author)
    article.article_references.create(source=SourceFactory())
    with reversion.create_revision():
        article.save()
    with reversion.create_revision():
        article.title = "Someone's published article, edited"
        article.save()
    deleted = ArticleFactory(title="Deleted article")
    with reversion.create_revision():
        deleted.save()
    with reversion.create_revision():
        deleted.delete()
    CommentFactory(article=article)
    ErrorReportFactory(article=article)
    PageFeedback.objects.create(article=article, is_helpful=True, article_version=article.version)
    SubscriberFactory()
    Transition.objects.create(article=article, from_status="draft", to_status="in_review")
    StashedEdit.objects.create(article=article, based_on_version=1, data={"title": "x"})
    ImageAsset.objects.create(title="Library image", alt_text="A picture", file=_png_file())
    NotificationPreference.objects.create(user=author)
    return {"article": article, "deleted": deleted}


def _png_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("library.png", png(64, 64), content_type="image/png")


def concrete_url(name, route, site):
    """Fill in the route's parameters with the test site's objects."""
    article = site["article"]
    model = _model_of(name)
    url = route
    if name == "articles_article_recover":
        version = Version.objects.get_deleted(Article).first()
        return f"/admin/articles/article/recover/{version.pk}/"
    if name == "articles_article_recoverlist":
        return "/admin/articles/article/recover/"
    if name == "articles_article_revision":
        version = Version.objects.get_for_object(article).last()
        return f"/admin/articles/article/{article.pk}/history/{version.pk}/"
    if name == "view_on_site":
        ct = ContentType.objects.get_for_model(Article)
        return f"/admin/r/{ct.pk}/{article.pk}/"
    if name == "app_list":
        return "/admin/articles/"
    if name == "autocomplete":
        return "/admin/autocomplete/?app_label=articles&model_name=article&field_name=category"
    if name == "articles_article_compare":
        old, new = Version.objects.get_for_object(article)[:2]
        return f"/admin/articles/article/{article.pk}/compare/?from={old.pk}&to={new.pk}"
    if name == "evidence_claim_review":
        return f"/admin/evidence/claim/review/{article.pk}/"
    if name == "references_source_import":
        return f"/admin/references/source/import/?article={article.pk}"
    if "<path:object_id>" in url or "<id>" in url:
        obj = _target_object(model, article)
        url = url.replace("<path:object_id>", str(obj.pk)).replace("<id>", str(obj.pk))
    assert "<" not in url and "(" not in url, f"fill in the parameters of {name}: {route}"
    return "/admin/" + url


def _model_of(name):
    for label in POLICY:
        app_label, model = label.split(".")
        if name.startswith(f"{app_label}_{model}_"):
            return apps.get_model(app_label, model)
    return None


def _target_object(model, article):
    if model is None:
        return None
    if model._meta.proxy and issubclass(model, Article):
        return article
    if model is Article:
        return article
    if model._meta.label == "references.Source":
        return article.article_references.first().source
    if model._meta.label == "auth.User":
        return model.objects.get(username="someone")
    if model._meta.label == "editorial.MedicalReview":
        return MedicalReview.objects.first()
    obj = model.objects.first()
    if obj is None:
        obj = _make(model)
    return obj


def _make(model):
    label = model._meta.label
    if label == "axes.AccessAttempt":
        return model.objects.create(username="x", ip_address="127.0.0.1", failures_since_start=1)
    if label == "axes.AccessLog":
        return model.objects.create(username="x", ip_address="127.0.0.1")
    if label == "axes.AccessFailureLog":
        return model.objects.create(username="x", ip_address="127.0.0.1")
    if label == "django_tasks_database.DBTaskResult":
        return model.objects.create(
            task_path="newsletter.tasks.send_confirmation_email",
            args_kwargs={"args": [1, "http://testserver"], "kwargs": {}},
        )
    if label == "evidence.Retraction":
        return model.objects.create(record_id=1, title="A retracted trial", nature="Retraction")
    if label == "evidence.LinkCheck":
        source = apps.get_model("references", "Source").objects.first()
        return model.objects.create(
            source=source, link="url", url="https://example.org/", state="ok"
        )
    if label == "evidence.HandledNotice":
        retraction = _target_object(apps.get_model("evidence", "Retraction"), None)
        return model.objects.create(
            article=Article.objects.first(), retraction=retraction, note="Replaced."
        )
    if label == "evidence.FastMovingTopic":
        return model.objects.create(category=apps.get_model("articles", "Category").objects.first())
    if label == "wordpress.ImportRun":
        return model.objects.create(file_name="export.xml", report="Imported 0 posts")
    if label == "redirects.Redirect":
        return model.objects.create(site_id=1, old_path="/old/", new_path="/new/")
    raise AssertionError(f"the test site has no {label}")


def fingerprint():
    """What a refused request must leave exactly as it was."""
    counts = {m._meta.label: m._default_manager.count() for m in apps.get_models()}
    articles = list(Article.objects.values_list("pk", "status", "title", "version").order_by("pk"))
    sources = list(apps.get_model("references", "Source").objects.values_list("pk", "url", "title"))
    comments = list(Comment.objects.values_list("pk", "status"))
    reports = list(ErrorReport.objects.values_list("pk", "status"))
    return counts, articles, sources, comments, reports


def login_as(client, django_user_model, role):
    if role == "anonymous":
        return
    group = {"writer": WRITER, "reviewer": REVIEWER, "editor": EDITOR}.get(role)
    if group:
        user = make_user(django_user_model, f"test-{role}", group)
    else:
        user = django_user_model.objects.create_user(
            "test-no-role", password="a-long-test-password-1", is_staff=True
        )
    client.force_login(user)


def refused(response, role):
    if role == "anonymous":
        return response.status_code == 302 and "/admin/login/" in response["Location"]
    if response.status_code == 302:
        # The admin answers "no such object" for objects outside the user's queryset with a
        # redirect to the index or the list; never to the object itself.
        return not re.search(r"/change/|/history/", response["Location"])
    return response.status_code in (403, 404, 405)


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_answers_each_role_as_decided(role, site, client, django_user_model):
    login_as(client, django_user_model, role)
    mistakes = []
    for name, route, _pattern in admin_urls():
        if name is None:
            continue  # the admin's own redirects from "<id>/" to "<id>/change/"
        if name in NOT_WALKED:
            continue
        url = concrete_url(name, route, site)
        may = role in allowed_roles(name)
        response = client.get(url)
        expected = (200, 302) if name in REDIRECTS else (405,) if name in POST_ONLY else (200,)
        if may and response.status_code not in expected:
            mistakes.append(f"GET {url}: {response.status_code}, expected to be allowed")
        if not may:
            if not refused(response, role):
                mistakes.append(f"GET {url}: {response.status_code}, expected a refusal")
            before = fingerprint()
            response = client.post(url, {"post": "yes", "action": "publish", "title": "Hacked"})
            if not refused(response, role):
                mistakes.append(f"POST {url}: {response.status_code}, expected a refusal")
            if fingerprint() != before:
                mistakes.append(f"POST {url}: refused but something changed")

    assert mistakes == [], "\n".join(mistakes)


def test_the_unnamed_admin_urls_are_only_the_admins_own_redirects():
    """ "<id>/" redirects to "<id>/change/"; the last pattern answers unknown admin addresses."""
    for name, route, pattern in admin_urls():
        if name is None and route.endswith("<path:object_id>/"):
            assert pattern.callback.view_class.__name__ == "RedirectView"
        elif name is None:
            assert route == "(?P<url>.*)$"
            assert pattern.callback.__name__ == "catch_all_view"
