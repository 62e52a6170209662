"""Two people open the same article; the second save is refused and nothing is lost."""

import pytest
from django.db.models.fields.files import FieldFile
from django.test import Client
from pytest_django.asserts import assertContains

from editorial.models import StashedEdit

pytestmark = pytest.mark.django_db


def form_data(page):
    """The change form as the browser would submit it, from the admin's own forms."""
    data = {}
    form = page.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if value is None or isinstance(value, FieldFile):
            continue  # an unchanged upload is simply not sent again
        if isinstance(value, list):
            data[name] = [str(v) for v in value]
        else:
            data[name] = value
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(formset.management_form.initial)
        prefix = formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        for i, subform in enumerate(formset.forms):
            for name in subform.fields:
                value = subform[name].value()
                if value is not None and name != "DELETE":
                    data[f"{prefix}-{i}-{name}"] = value
    data["tags"] = ""
    return {k: v for k, v in data.items() if v is not None}


def test_the_second_of_two_concurrent_saves_is_refused(draft, editor, django_user_model):
    from django.contrib.auth.models import Group

    other = django_user_model.objects.create_user("olga", password="x-long-pass-1", is_staff=True)
    other.groups.add(Group.objects.get(name="Editor"))
    url = f"/admin/articles/article/{draft.pk}/change/"
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(other)
    page_1, page_2 = first.get(url), second.get(url)

    assertContains(page_2, "eddie also has this article open")

    data_1 = form_data(page_1) | {"title": "Title from Eddie"}
    assert first.post(url, data_1).status_code == 302

    data_2 = form_data(page_2) | {"title": "Title from Olga", "standfirst": "Olga's summary"}
    response = second.post(url, data_2)

    assert response.status_code == 200
    assertContains(response, "eddie saved this article")
    assertContains(response, "Title from Eddie")  # what changed, shown in the comparison
    assert response.context["adminform"].form["title"].value() == "Title from Olga"
    draft.refresh_from_db()
    assert draft.title == "Title from Eddie"
    stashed = StashedEdit.objects.get()
    assert stashed.user == other
    assert stashed.data["title"] == "Title from Olga"
    assert stashed.data["standfirst"] == "Olga's summary"


def test_a_save_based_on_the_latest_version_goes_through(draft, editor, login):
    url = f"/admin/articles/article/{draft.pk}/change/"
    client = login(editor)
    data = form_data(client.get(url)) | {"title": "First"}
    assert client.post(url, data).status_code == 302
    data = form_data(client.get(url)) | {"title": "Second"}
    assert client.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Second"
