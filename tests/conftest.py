import email
import email.policy
import os
import socket

import pytest
from aiosmtpd.controller import Controller

from articles.models import Article
from editorial.roles import EDITOR, REVIEWER, WRITER
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    DisclaimerFactory,
    ReviewerFactory,
    SourceFactory,
    attach,
    cite,
    make_user,
)

# Sync Playwright drives the browser while the live server thread uses the ORM.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps trying to reach the internet, which is closed here.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_configure(config):
    """A second database alias, ``replica``, for the read-replica tests (tests/scaleout/).

    A separate test database rather than a mirror of the primary, so a test can put different
    rows in each and see which one a page was read from. Only tests that ask for it create it;
    without DATABASE_ROUTERS nothing reads from it.
    """
    from django.conf import settings

    if "replica" not in settings.DATABASES:
        primary = settings.DATABASES["default"]
        test_name = None  # SQLite: its own in-memory database
        if "sqlite" not in primary["ENGINE"]:
            test_name = f"test_{primary['NAME']}_replica"
        settings.DATABASES["replica"] = {
            **primary,
            "TEST": {**primary.get("TEST", {}), "NAME": test_name, "MIRROR": None, "MIGRATE": True},
        }


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(autouse=True)
def _isolate(settings, tmp_path):
    """Uploads go to a temporary folder; caches start empty; static files need no collectstatic."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(db):
    """Publisher details, disclosure and trust box, as a real site would have them."""
    from django.contrib.sites.models import Site

    from sitewide.models import SiteSettings

    return SiteSettings.objects.create(
        site=Site.objects.get(pk=1),
        site_name="Health Library",
        description="Evidence-based health articles.",
        company_name="Managed Self Ltd",
        address="Alum House\n5 Alum Chine Road",
        vat_number="362 5758 74",
        company_number="10696687",
        phone="+44 20 3239 9818",
        show_advertiser_disclosure=True,
        advertiser_disclosure="We are independent and ad-supported.",
        trust_box_text="We check every fact against the evidence.",
    )


@pytest.fixture
def demo_site():
    """The demo content (articles, people, references, site pages), without a login."""
    from django.core.management import call_command

    call_command("load_demo", "--no-login", verbosity=0)


@pytest.fixture
def page_cache_off(settings):
    """Every request renders in full: for tests that count what building a page costs."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_FRAGMENT_SECONDS = 0


# Staff logins in each editorial role.


@pytest.fixture
def writer(django_user_model):
    user = make_user(django_user_model, "wendy", WRITER)
    AuthorFactory(name="Wendy Writer", user=user)
    return user


@pytest.fixture
def reviewer(django_user_model):
    user = make_user(django_user_model, "rita", REVIEWER)
    ReviewerFactory(name="Dr Rita Reviewer", user=user)
    return user


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "eddie", EDITOR)


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user


@pytest.fixture
def draft(writer):
    """A draft with everything the gate needs except a recorded medical review."""
    DisclaimerFactory(is_default=True)
    sources = [SourceFactory(), SourceFactory()]
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        published_at=None,
        created_by=writer,
        body=f"<h2>Intro</h2><p>Claim{cite(sources[0])} and more{cite(sources[1])}</p>",
    )
    return attach(article, authors=[writer.author_profile], sources=sources)


# A real SMTP server, for the emails of the newsletter and the newsroom.


class Inbox:
    """An aiosmtpd handler that keeps every message it receives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on 127.0.0.1, and Django's SMTP backend pointed at it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()
