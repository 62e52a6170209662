"""Editors upload a WordPress export in the admin and read the report there."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pytest_django.asserts import assertContains

from articles.models import Article
from editorial.roles import EDITOR, WRITER
from tests.wordpress.conftest import HEALTH_SITE
from wordpress.models import ImportRun

pytestmark = pytest.mark.django_db
IMPORT_URL = reverse("admin:wordpress_importrun_add")


def staff(django_user_model, name, role):
    user = django_user_model.objects.create_user(name, password="a-long-pass-1", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def upload(data=None, name="export.xml"):
    return SimpleUploadedFile(name, data or HEALTH_SITE.read_bytes(), content_type="text/xml")


def test_an_editor_imports_and_reads_the_report(client, django_user_model):
    client.force_login(staff(django_user_model, "eddie", EDITOR))
    assertContains(client.get(IMPORT_URL), "WordPress export file")
    response = client.post(IMPORT_URL, {"export": upload()}, follow=True)
    run = ImportRun.objects.get()
    assert run.started_by.username == "eddie" and not run.is_dry_run
    assertContains(response, "Imported 2 posts as draft articles")
    assertContains(response, "Citation mark “9” has no readable reference")
    assert Article.objects.count() == 2


def test_a_dry_run_from_the_admin_saves_only_the_report(client, django_user_model):
    client.force_login(staff(django_user_model, "eddie", EDITOR))
    response = client.post(IMPORT_URL, {"export": upload(), "is_dry_run": "on"}, follow=True)
    assertContains(response, "Dry run (nothing saved)")
    assert Article.objects.count() == 0


def test_a_bad_file_is_refused_with_a_message(client, django_user_model):
    client.force_login(staff(django_user_model, "eddie", EDITOR))
    response = client.post(IMPORT_URL, {"export": upload(b"<html>nope</html>")})
    assertContains(response, "This is not a WordPress export")
    assert ImportRun.objects.count() == 0 and Article.objects.count() == 0


def test_only_editors_may_import(client, django_user_model):
    client.force_login(staff(django_user_model, "wendy", WRITER))
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"export": upload()}).status_code == 403
    assert client.get(reverse("admin:wordpress_importrun_changelist")).status_code == 403
    assert Article.objects.count() == 0


def test_the_import_and_report_pages_run_a_fixed_number_of_queries(
    client, django_user_model, django_assert_max_num_queries
):
    client.force_login(staff(django_user_model, "eddie", EDITOR))
    with django_assert_max_num_queries(8):
        assertContains(client.get(IMPORT_URL), "WordPress export file")
    client.post(IMPORT_URL, {"export": upload()})
    url = reverse("admin:wordpress_importrun_change", args=[ImportRun.objects.get().pk])
    with django_assert_max_num_queries(12):
        assertContains(client.get(url), "Report")
