"""Stored sources read before issue 13's fixes: re-read the fields those fixes change.

- Authors and editors that Embase and Scopus wrote without a comma (“Penn E.B.”) were stored as
  group authors; they become people (“Penn, E.B.”), as an import now reads them.
- A database's landing page (Scopus, Embase, Lens, Dimensions, …) stored as the URL of a source
  that has a DOI is dropped, as an import now drops it.

Other fixes change how sources print, not what is stored; what cannot be told from the stored
fields (a ProQuest number taken for a PMID, a report number in the issue) is listed in README.
"""

import re

from django.db import migrations

TRAILING_INITIALS = re.compile(r"^(.*\S)\s+((?:[A-Z]\.[\s-]?){1,4}|[A-Z]{1,3})$")
ET_AL = re.compile(r"^(et\.?\s*al\.?|and others|others)$", re.IGNORECASE)
LANDING_PAGES = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:scopus\.com|embase\.com|lens\.org|dimensions\.ai|"
    r"webofscience\.com|webofknowledge\.com|proquest\.com|ovid\.com|ebscohost\.com)/",
    re.IGNORECASE,
)


def names(text):
    lines = []
    for line in (text or "").splitlines():
        stripped = line.strip()
        match = TRAILING_INITIALS.match(stripped)
        if (
            stripped
            and "," not in stripped
            and match
            and len(match.group(1).split()) <= 3
            and not ET_AL.match(stripped)
        ):
            line = f"{match.group(1)}, {match.group(2).strip()}"
        lines.append(line)
    return "\n".join(lines)


def reparse(apps, schema_editor):
    Source = apps.get_model("references", "Source")
    changed = []
    for source in Source.objects.only("authors", "editors", "url", "doi").iterator(chunk_size=500):
        authors, editors = names(source.authors), names(source.editors)
        url = "" if source.doi and LANDING_PAGES.match(source.url) else source.url
        if (authors, editors, url) != (source.authors, source.editors, source.url):
            source.authors, source.editors, source.url = authors, editors, url
            changed.append(source)
    Source.objects.bulk_update(changed, ["authors", "editors", "url"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("references", "0004_source_dates_journal_title_report_number")]

    operations = [migrations.RunPython(reparse, migrations.RunPython.noop)]
