"""An editor moves a WordPress site in from the admin and reads what needs doing."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

from articles.models import Article
from editorial.roles import EDITOR, create_roles
from tests.wordpress.conftest import HEALTH_SITE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_uploads_an_export_and_reads_the_report(page, live_server, django_user_model):
    create_roles(Group, Permission)
    editor = django_user_model.objects.create_user("eddie", password="a-long-pass-1", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "eddie")
    page.fill("#id_password", "a-long-pass-1")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/wordpress/importrun/add/")
    page.set_input_files("#id_export", str(HEALTH_SITE))
    page.get_by_role("button", name="Import").click()
    report = page.locator("pre.wordpress-report")
    report.wait_for()
    assert "Imported 2 posts as draft articles" in report.inner_text()
    assert "[optin-monster-inline] ×1: removed" in report.inner_text()
    page.screenshot(path=SCREENSHOTS / "admin-wordpress-report.png")
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 2
