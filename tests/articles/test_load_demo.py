import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Category
from comments.models import Comment
from editorial.roles import REVIEWER

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
COUNTED = [
    "articles.Article",
    "articles.ArticleAuthor",
    "articles.ArticleReference",
    "articles.FAQItem",
    "articles.Category",
    "articles.Disclaimer",
    "authors.Author",
    "references.Source",
    "sitewide.SitePage",
    "sitewide.SiteSettings",
    "taggit.TaggedItem",
    "comments.Comment",
    "editorial.Transition",
    "editorial.MedicalReview",
    "auth.User",
]


def counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def test_load_demo_is_idempotent_and_prints_a_login(capsys):
    call_command("load_demo")
    first = counts()
    call_command("load_demo")

    assert counts() == first
    assert first["articles.Article"] >= 2
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/admin/" in out
    assert "admin" in out


def test_demo_articles_are_complete_and_their_citations_resolve(client):
    call_command("load_demo", "--no-login")

    for article in Article.objects.all():
        assert article.unresolved_citations == [], article.slug
        assert article.citation_order, article.slug
        assert article.article_authors.exists(), article.slug
        assert article.faqs.exists(), article.slug
    live = Article.objects.published()
    assert live.count() >= 8
    for article in live:
        assert article.medical_reviewer and article.reviewed_on, article.slug
        assert client.get(article.get_absolute_url()).status_code == 200
    for article in Article.objects.exclude(pk__in=live.values("pk")):
        assert client.get(article.get_absolute_url()).status_code == 404, article.slug
    eczema = Article.objects.get(slug="interferon-therapy-for-eczema")
    assert len(eczema.citation_order) == 10
    assert "IFN-γ" in eczema.body_html


def test_demo_has_an_article_in_every_workflow_state_with_its_history():
    """So each role's admin home has something in it on the first run."""
    call_command("load_demo", "--no-login")

    articles = list(Article.objects.all())
    states = {article.status for article in articles}
    assert states == set(Article.Status.values)
    assert [a.slug for a in articles if a.is_scheduled()] == ["baby-eczema"]
    sent_back = Article.objects.get(slug="impetigo")
    assert sent_back.status == Article.Status.DRAFT
    assert sent_back.transitions.first().to_status == Article.Status.DRAFT
    assert "off school" in sent_back.transitions.first().note
    for article in articles:
        moves = list(article.transitions.order_by("created_at"))
        if article.status != Article.Status.DRAFT:
            assert moves and moves[-1].to_status == article.status, article.slug
        for before, after in zip(moves, moves[1:], strict=False):
            assert before.to_status == after.from_status, article.slug
    approved = Article.objects.get(status=Article.Status.APPROVED)
    assert approved.reviews.exists()


def test_demo_topics_each_have_several_live_articles_and_related_ones(client):
    call_command("load_demo", "--no-login")

    for category in Category.objects.all():
        assert Article.objects.published().filter(category=category).count() >= 2, category
    for article in Article.objects.published():
        assert article.related(), article.slug


def test_demo_comments_are_shown_once_approved(client):
    call_command("load_demo", "--no-login")

    assert Comment.objects.filter(status=Comment.Status.APPROVED).count() >= 3
    pending = Comment.objects.get(status=Comment.Status.PENDING)
    approved = Comment.objects.filter(
        article__slug="interferon-therapy-for-eczema", status=Comment.Status.APPROVED
    )
    page = client.get("/articles/interferon-therapy-for-eczema/").content.decode()
    assert all(comment.text in page for comment in approved)
    assert approved.count() == 2
    assert approved.first().created_at.year == 2025  # the demo's date, not the load date
    assert pending.text not in client.get(pending.article.get_absolute_url()).content.decode()


def test_demo_login_for_each_role_including_a_medical_reviewer(client, capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    password = re.search(r"Password: (\S+)", out).group(1)

    for username in ["admin", "writer", "reviewer", "editor"]:
        assert re.search(rf"^\s+(Username:)?\s+{username}\s", out, re.M), username
    reviewer = User.objects.get(username="reviewer")
    assert list(reviewer.groups.values_list("name", flat=True)) == [REVIEWER]
    assert reviewer.author_profile.slug == "catriona-lewis"
    assert reviewer.author_profile.is_medical_reviewer
    assert reviewer.has_perm("articles.review_article")
    assert not reviewer.has_perm("articles.publish_article")
    # The superuser keeps a reviewer profile of its own, so it can still approve.
    assert User.objects.get(username="admin").author_profile.is_medical_reviewer
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "reviewer", "password": password}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_load_demo_uses_the_address_it_is_given_for_the_site_and_its_links(client, capsys):
    call_command("load_demo", "--origin", "http://127.0.0.1:8101/")
    out = capsys.readouterr().out

    assert Site.objects.get_current().domain == "127.0.0.1:8101"
    assert "http://127.0.0.1:8101/admin/" in out
    assert "http://127.0.0.1:8101/articles/interferon-therapy-for-eczema/" in out
    assert ":8000" not in out
    feed = client.get("/feed/").content.decode()
    assert "http://127.0.0.1:8101/articles/" in feed
    assert ":8000" not in feed
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "127.0.0.1:8101" in sitemap and ":8000" not in sitemap


@pytest.mark.parametrize(
    "origin", ["127.0.0.1:8101", "ftp://127.0.0.1", "http://127.0.0.1:8101/admin/", "http://"]
)
def test_load_demo_refuses_a_malformed_origin_and_changes_nothing(origin):
    before = counts()
    domain = Site.objects.get_current().domain

    with pytest.raises(CommandError, match="--origin must be an address"):
        call_command("load_demo", "--origin", origin)

    assert counts() == before
    assert Site.objects.get_current().domain == domain


def test_make_run_passes_its_host_and_port_to_load_demo():
    """`make run PORT=8101` loads the demo for the address runserver will serve."""
    result = subprocess.run(
        ["make", "-n", "run", "PORT=8101", "HOST=localhost"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "load_demo --origin http://localhost:8101" in result.stdout
    assert "runserver localhost:8101" in result.stdout


def test_load_demo_refuses_under_production_settings(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"HEALTH_LIBRARY_LOCAL", "DEBUG"}}
    env.update(
        SECRET_KEY="a-production-secret-key-that-is-long-enough-0123456789",
        ALLOWED_HOSTS="health.example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "Refusing to load the demo" in result.stderr
    assert not (tmp_path / "prod.sqlite3").exists() or "admin" not in result.stdout
