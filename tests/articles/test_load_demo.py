import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from articles.models import Article

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
        assert article.unresolved_citations == []
        assert article.citation_order, article.slug
        assert article.article_authors.exists()
        assert article.medical_reviewer and article.reviewed_on
        assert article.faqs.exists()
        assert client.get(article.get_absolute_url()).status_code == 200
    eczema = Article.objects.get(slug="interferon-therapy-for-eczema")
    assert len(eczema.citation_order) == 10
    assert "IFN-γ" in eczema.body_html


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
