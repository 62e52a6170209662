import pytest
from django.contrib.auth.models import Group

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
)


def make_user(django_user_model, username, role):
    user = django_user_model.objects.create_user(
        username, password="a-long-test-password-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    return user


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
