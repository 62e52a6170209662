"""Tags typed as punctuation or markup never break the pages that show them."""

import importlib

import pytest
from django.apps import apps
from pytest_django.asserts import assertContains
from taggit.models import Tag

from tests.editorial.test_lost_edits import form_data
from tests.factories import ArticleFactory, attach

pytestmark = pytest.mark.django_db
ODD_NAMES = [">", "<img src=x>", "???", "–"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_tag_with_no_letters_still_has_an_address(name, client, site_settings):
    article = attach(ArticleFactory(), tags=[name])

    tag = Tag.objects.get(name=name)
    assert tag.slug
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(f"/tags/{tag.slug}/").status_code == 200
    assert client.get("/sitemap.xml", follow=True).status_code == 200


def test_the_article_form_asks_for_a_letter_or_number_in_each_tag(draft, writer, login):
    client = login(writer)
    url = f"/admin/articles/article/{draft.pk}/change/"
    data = form_data(client.get(url)) | {"tags": '>, "<img src=x>", eczema'}

    response = client.post(url, data)

    assertContains(response, "Each tag needs at least one letter or number; remove “&gt;”")
    assert not Tag.objects.exists()


def test_tags_stored_with_an_empty_slug_are_mended_by_the_migration():
    Tag.objects.create(name="ok", slug="ok")
    Tag.objects.bulk_create([Tag(name=">", slug="")])  # as taggit saved them before the fix
    migration = importlib.import_module("articles.migrations.0006_tags_without_slugs")

    migration.mend_empty_slugs(apps, None)

    assert Tag.objects.get(name=">").slug.startswith("tag-")
    assert Tag.objects.get(name="ok").slug == "ok"
