"""The data migration re-reads stored sources the way an import now reads them."""

import importlib

import pytest
from django.apps import apps

from references.models import Source

pytestmark = pytest.mark.django_db
reparse = importlib.import_module(
    "references.migrations.0005_reparse_stored_names_and_landing_pages"
).reparse


def test_stored_embase_names_become_people_and_landing_pages_go():
    embase = Source.objects.create(
        kind="journal",
        title="Congenital cholesteatoma",
        container_title="Otolaryngol Clin North Am",
        authors="Quintanilla-Dieck L.\nPenn E.B.\nWorld Health Organization",
        doi="10.1016/j.otc.2018.07.001",
        url="https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&md5=9a8b",
    )
    kept = Source.objects.create(
        kind="web", title="Eczema", url="https://www.lens.org/about", authors="NICE"
    )

    reparse(apps, None)

    embase.refresh_from_db()
    kept.refresh_from_db()
    assert embase.authors == "Quintanilla-Dieck, L.\nPenn, E.B.\nWorld Health Organization"
    assert embase.url == ""
    assert kept.url == "https://www.lens.org/about"  # no DOI: the page is all there is
    assert kept.authors == "NICE"
