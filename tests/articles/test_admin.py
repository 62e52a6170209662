import pytest
from django.contrib.auth.models import Permission
from pytest_django.asserts import assertContains

from articles.models import Article
from tests.factories import (
    AuthorFactory,
    CategoryFactory,
    DisclaimerFactory,
    ReviewerFactory,
    SourceFactory,
    cite,
)

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/articles/article/add/"


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        "editor", password="pw-long-enough-1", is_staff=True
    )
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["articles", "references", "authors", "editorial"]
        )
    )
    client.force_login(user)
    return client


def inline(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for n, row in enumerate(rows):
        data.update({f"{prefix}-{n}-{key}": value for key, value in row.items()})
    return data


def article_post(*, body, authors, sources, faqs=(), disclaimers=(), **extra):
    data = {
        "title": "Eczema and IFN-γ",
        "slug": "eczema-and-ifn-gamma",
        "standfirst": "How interferon-gamma is used for severe eczema.",
        "body": body,
        "status": "published",
        "category": CategoryFactory().pk,
        "seo_description": "Interferon-gamma for severe eczema.",
        "disclaimers": [d.pk for d in disclaimers],
        "medical_reviewer": ReviewerFactory().pk,
        "reviewed_on": "2024-03-01",
        "tags": "eczema, interferon",
        **inline(
            "article_authors",
            [{"author": a.pk, "position": str(i)} for i, a in enumerate(authors)],
        ),
        **inline("article_references", [{"source": s.pk} for s in sources]),
        **inline("corrections", []),
        **inline(
            "faqs",
            [{"question": q, "answer": a, "position": str(i)} for i, (q, a) in enumerate(faqs)],
        ),
    }
    data.update(extra)
    return data


def test_staff_creates_and_publishes_an_article_with_inlines(staff_client, client):
    sources = [SourceFactory() for _ in range(3)]
    authors = [AuthorFactory(), AuthorFactory()]
    disclaimer = DisclaimerFactory()
    body = f"<h2>Why</h2><p>One{cite(sources[1])} two{cite(sources[0], sources[2])}</p>"

    response = staff_client.post(
        ADD_URL,
        article_post(
            body=body,
            authors=authors,
            sources=sources,
            faqs=[("Is it available in the UK?", "Not at present.")],
            disclaimers=[disclaimer],
        ),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="eczema-and-ifn-gamma")
    assert article.ordered_authors() == authors
    assert article.faqs.get().question == "Is it available in the UK?"
    assert sorted(article.tags.names()) == ["eczema", "interferon"]
    assert article.citation_order == [sources[1].pk, sources[0].pk, sources[2].pk]
    assert article.unresolved_citations == []
    # New articles start as drafts, whatever the form says; publishing is the workflow's job.
    assert article.status == Article.Status.DRAFT
    assert client.get(article.get_absolute_url()).status_code == 404

    user = response.wsgi_request.user
    ReviewerFactory(user=user)
    workflow = f"/admin/articles/article/{article.pk}/workflow/"
    for action in ["submit", "approve", "publish"]:
        staff_client.post(workflow, {"action": action})
    article.refresh_from_db()
    assert article.is_published()
    page = staff_client.get(article.get_absolute_url())
    assertContains(page, f'<a href="#ref-{sources[1].pk}">1</a>', html=True)
    assertContains(page, disclaimer.title)


def test_citing_a_reference_not_in_the_list_is_a_validation_error(staff_client):
    attached, stray = SourceFactory(), SourceFactory(title="The stray source")
    body = f"<p>One{cite(attached)} two{cite(stray)}</p>"

    response = staff_client.post(
        ADD_URL, article_post(body=body, authors=[AuthorFactory()], sources=[attached])
    )

    assert response.status_code == 200
    assertContains(response, "The stray source")
    assertContains(response, "which is not in the reference list")
    assert not Article.objects.exists()


def test_removing_a_cited_reference_is_refused(staff_client):
    source = SourceFactory(title="Still cited")
    data = article_post(body=f"<p>x{cite(source)}</p>", authors=[AuthorFactory()], sources=[source])
    data["article_references-0-DELETE"] = "on"

    response = staff_client.post(ADD_URL, data)

    assertContains(response, "Still cited")
    assert not Article.objects.exists()


def test_hero_image_requires_alt_text(staff_client):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 20), "teal").save(buffer, "PNG")
    upload = SimpleUploadedFile("hero.png", buffer.getvalue(), content_type="image/png")
    data = article_post(body="<p>x</p>", authors=[AuthorFactory()], sources=[])
    data["hero_image"] = upload

    response = staff_client.post(ADD_URL, data)

    assertContains(response, "alt text is required")


def test_admin_pages_load_for_staff(staff_client):
    for url in [
        ADD_URL,
        "/admin/articles/article/",
        "/admin/references/source/add/",
        "/admin/authors/author/add/",
    ]:
        assert staff_client.get(url).status_code == 200, url


def test_change_form_gives_the_editor_import_map_the_csp_nonce(staff_client):
    response = staff_client.get(ADD_URL)
    nonce = response.wsgi_request.csp_nonce

    assertContains(response, f'<script type="importmap" nonce="{nonce}">', html=False)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
