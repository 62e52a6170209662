import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_every_response_has_a_strict_content_security_policy(client):
    response = client.get("/", secure=True)
    policy = response["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert re.fullmatch(r"'self' 'nonce-[A-Za-z0-9+/=]{20,}'", directives["script-src"])
    assert "unsafe-inline" not in directives["script-src"]
    assert "unsafe-eval" not in policy
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"


def test_security_headers(client):
    response = client.get("/", secure=True)

    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_a_404_also_carries_the_policy(client):
    response = client.get("/articles/no-such-article/")
    assert response.status_code == 404
    assert "Content-Security-Policy" in response


def production_env(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"HEALTH_LIBRARY_LOCAL", "DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        SECRET_KEY="x" * 20 + "-production-secret-key-with-enough-entropy-0123456789",
        ALLOWED_HOSTS="health.example.com",
        DATABASE_URL="sqlite:////tmp/health-library-deploy-check.sqlite3",
        **extra,
    )
    return env


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_are_secure_httponly_and_samesite():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.CSRF_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = run_manage("shell", "--no-imports", "-c", code, env=production_env())

    assert result.stdout.split() == ["True", "True", "True", "True", "Lax", "True", "False"]


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_reader_pages_allow_no_inline_styles_and_the_admin_does(admin_client, client):
    def styles(response):
        policy = response["Content-Security-Policy"]
        return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())[
            "style-src"
        ]

    assert styles(client.get("/")) == "'self'"
    assert styles(admin_client.get("/admin/")) == "'self' 'unsafe-inline'"


def test_powerful_features_are_switched_off(client):
    for response in (client.get("/"), client.get("/admin/login/")):
        assert response["Permissions-Policy"] == (
            "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
