import pytest
from pytest_django.asserts import assertContains
from reversion.models import Version

from editorial.diff import compare, word_diff
from tests.editorial.test_lost_edits import form_data
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited(draft, editor, login):
    """Three admin saves of the same article."""
    url = f"/admin/articles/article/{draft.pk}/change/"
    client = login(editor)
    citations = draft.body.split("</h2>", 1)[1]
    for title, text in [
        ("Version one", "Interferon helps some people."),
        ("Version two", "Interferon-γ helps some people with severe eczema."),
    ]:
        data = form_data(client.get(url)) | {"title": title}
        data["body"] = f"<h2>Intro</h2><p>{text}</p>{citations}"
        assert client.post(url, data).status_code == 302
    return draft


def test_every_admin_save_is_a_revision_with_its_inlines(edited):
    versions = Version.objects.get_for_object(edited)

    assert versions.count() == 2
    newest = versions.first()
    models = {v.content_type.model for v in newest.revision.version_set.all()}
    assert {"article", "articleauthor", "articlereference"} <= models
    assert newest.revision.user.username == "eddie"


def test_compare_lists_fields_and_a_word_diff_of_the_body(edited):
    new, old = Version.objects.get_for_object(edited)[:2]

    comparison = compare(old, new)

    assert ("Title", "Version one", "Version two") in comparison.fields
    assert "<del>Interferon</del>" in comparison.body
    assert "<ins>Interferon-γ</ins>" in comparison.body
    assert "<del>people.</del> <ins>people with severe eczema.</ins>" in comparison.body


def test_word_diff_escapes_markup():
    html = word_diff("a <b>", "a <script>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_history_and_compare_pages(edited, editor, login):
    client = login(editor)
    new, old = Version.objects.get_for_object(edited)[:2]

    history = client.get(f"/admin/articles/article/{edited.pk}/history/")
    assertContains(history, "Compare selected revisions")
    page = client.get(
        f"/admin/articles/article/{edited.pk}/compare/", {"from": old.pk, "to": new.pk}
    )
    assertContains(page, "Version two")
    assertContains(page, "<ins>Interferon-γ</ins>", html=False)


def test_reverting_makes_a_new_revision(edited, editor, login):
    client = login(editor)
    old = Version.objects.get_for_object(edited).last()
    url = f"/admin/articles/article/{edited.pk}/history/{old.pk}/"
    assertContains(client.get(url), "Version one")
    # The revision form shows the old values; pressing save submits them.
    current = form_data(client.get(f"/admin/articles/article/{edited.pk}/change/"))
    data = current | {name: old.field_dict[name] for name in ("title", "standfirst", "body")}
    data["edit_token"] = old.field_dict["modified_at"].isoformat()

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    edited.refresh_from_db()
    assert edited.title == "Version one"
    assert Version.objects.get_for_object(edited).count() == 3
    assert "Reverted" in Version.objects.get_for_object(edited).first().revision.get_comment()


def test_inline_changes_are_listed(draft, editor, login):
    url = f"/admin/articles/article/{draft.pk}/change/"
    client = login(editor)
    assert client.post(url, form_data(client.get(url))).status_code == 302
    extra = SourceFactory(title="A new trial")
    data = form_data(client.get(url))
    n = int(data["article_references-TOTAL_FORMS"])
    data.update(
        {
            "article_references-TOTAL_FORMS": n + 1,
            f"article_references-{n}-source": extra.pk,
            f"article_references-{n}-is_further_reading": "on",
        }
    )
    assert client.post(url, data).status_code == 302

    new, old = Version.objects.get_for_object(draft)[:2]

    assert ("Reference added", str(extra)) in compare(old, new).inlines


def test_comparing_a_revision_with_itself_or_nothing_explains_instead_of_failing(
    edited, editor, login
):
    client = login(editor)
    only = Version.objects.get_for_object(edited).first()
    url = f"/admin/articles/article/{edited.pk}/compare/"

    for query in [{"from": only.pk, "to": only.pk}, {"to": only.pk}, {"from": "x", "to": "y"}]:
        response = client.get(url, query, follow=True)
        assertContains(response, "Pick two different revisions to compare.")
