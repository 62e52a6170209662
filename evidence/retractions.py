"""The Retraction Watch database (distributed by Crossref as one CSV file), and what it means for
the sources our articles cite.

``manage.py import_retractions FILE.csv`` reads a local copy: nothing is fetched. Sources are
matched live, by DOI (any case) and PMID, so a source added after an import is caught too.
"""

import csv
import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower

from articles.models import Article, ArticleReference
from evidence.models import HandledNotice, Retraction
from references.models import Source

# The columns of the Crossref file we read (it has more: Subject, Institution, Country, …).
COLUMNS = {
    "Record ID": "record_id",
    "Title": "title",
    "Journal": "journal",
    "Publisher": "publisher",
    "Author": "authors",
    "ArticleType": "article_type",
    "RetractionDate": "retraction_date",
    "RetractionDOI": "retraction_doi",
    "RetractionPubMedID": "retraction_pmid",
    "OriginalPaperDate": "original_date",
    "OriginalPaperDOI": "original_doi",
    "OriginalPaperPubMedID": "original_pmid",
    "RetractionNature": "nature",
    "Reason": "reasons",
    "URLS": "urls",
    "Notes": "notes",
}
REQUIRED = ["Record ID", "Title", "RetractionNature", "OriginalPaperDOI", "OriginalPaperPubMedID"]
# The file writes a missing identifier as "unavailable" (DOIs) or 0 (PMIDs).
MISSING = {"", "0", "unavailable", "na", "n/a", "none"}
DATE_FORMATS = ["%m/%d/%Y %H:%M", "%m/%d/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"]
BATCH = 2000


class RetractionFileError(Exception):
    """The file cannot be read as the Retraction Watch CSV; nothing was imported."""


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = None  # (line number, reason)


def _identifier(value):
    value = (value or "").strip()
    return "" if value.lower() in MISSING else value


def _doi(value):
    value = _identifier(value).lower()
    for prefix in ("https://doi.org/", "http://doi.org/", "http://dx.doi.org/", "doi:"):
        value = value.removeprefix(prefix)
    return value if value.startswith("10.") else ""


def _pmid(value):
    value = _identifier(value)
    return value if value.isdigit() and len(value) <= 9 else ""


def _date(value):
    value = (value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_row(row):
    """One CSV row as Retraction fields; raises ValueError with the reason for a bad row."""
    record_id = (row.get("Record ID") or "").strip()
    if not record_id.isdigit():
        raise ValueError(f"the Record ID “{record_id}” is not a number")
    nature = " ".join((row.get("RetractionNature") or "").split())
    if not nature:
        raise ValueError("RetractionNature is empty")
    fields = {
        "record_id": int(record_id),
        "title": (row.get("Title") or "").strip(),
        "nature": nature[:30],
        "retraction_date": _date(row.get("RetractionDate")),
        "original_date": _date(row.get("OriginalPaperDate")),
        "retraction_doi": _doi(row.get("RetractionDOI")),
        "retraction_pmid": _pmid(row.get("RetractionPubMedID")),
        "original_doi": _doi(row.get("OriginalPaperDOI")),
        "original_pmid": _pmid(row.get("OriginalPaperPubMedID")),
    }
    for column in ("Journal", "Publisher", "Author", "ArticleType", "Reason", "URLS", "Notes"):
        fields[COLUMNS[column]] = (row.get(column) or "").strip()
    for name, limit in (("journal", 500), ("publisher", 500), ("article_type", 200)):
        fields[name] = fields[name][:limit]
    return fields


def read_file(path):
    """Parse the whole file first: a file that is not the expected CSV changes nothing."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [name.strip() for name in (reader.fieldnames or [])]
            missing = [name for name in REQUIRED if name not in header]
            if missing:
                raise RetractionFileError(
                    "This is not the Retraction Watch CSV: the header lacks "
                    + ", ".join(f"“{name}”" for name in missing)
                    + "."
                )
            reader.fieldnames = header
            rows, skipped = {}, []
            for row in reader:
                try:
                    fields = parse_row(row)
                except ValueError as error:
                    skipped.append((reader.line_num, str(error)))
                    continue
                rows[fields["record_id"]] = fields  # a repeated record: the later line wins
    except FileNotFoundError as error:
        raise RetractionFileError(f"No such file: {path}") from error
    except UnicodeDecodeError as error:
        raise RetractionFileError(f"The file is not UTF-8 text ({error.reason}).") from error
    except csv.Error as error:
        raise RetractionFileError(f"The file is not valid CSV: {error}") from error
    return rows, skipped


def import_file(path):
    """Create or update one Retraction per record of the file, in one transaction.

    Only records that differ from what is stored are written: a monthly file changes a few
    hundred of its ~60,000 records, and bulk updates of unchanged rows are slow.
    """
    rows, skipped = read_file(path)
    result = ImportResult(skipped=skipped)
    names = [name for name in COLUMNS.values() if name != "record_id"]
    with transaction.atomic():
        stored = {
            values[0]: values[1:]
            for values in Retraction.objects.values_list("record_id", "pk", *names).iterator()
        }
        new, changed = [], []
        for record_id, fields in rows.items():
            if record_id not in stored:
                new.append(Retraction(**fields))
            elif tuple(fields[name] for name in names) != stored[record_id][1:]:
                changed.append(Retraction(pk=stored[record_id][0], **fields))
        Retraction.objects.bulk_create(new, batch_size=BATCH)
        Retraction.objects.bulk_update(changed, names, batch_size=200)
    result.created, result.updated = len(new), len(changed)
    result.unchanged = len(rows) - len(new) - len(changed)
    return result


# Matching.


def notices_by_source(sources):
    """{source id: [notices]} for ``sources``, only notices that need attention. One query."""
    found = {}
    notices = list(Retraction.objects.needing_attention().for_sources(sources))
    for source in sources:
        doi, pmid = source.doi.lower(), source.pmid
        for notice in notices:
            if (doi and notice.original_doi == doi) or (pmid and notice.original_pmid == pmid):
                found.setdefault(source.pk, []).append(notice)
    return found


@dataclass
class Notice:
    article: Article
    source: Source
    retraction: Retraction
    handled: HandledNotice | None = None


def notices_for_article(article, sources):
    """Notices about the article's ``sources``, each with the editor's decision if any."""
    by_source = notices_by_source(sources)
    if not by_source:
        return []
    handled = {h.retraction_id: h for h in article.handled_notices.select_related("handled_by")}
    return [
        Notice(article, source, notice, handled.get(notice.pk))
        for source in sources
        for notice in by_source.get(source.pk, [])
    ]


def unhandled_for_article(article, sources):
    return [notice for notice in notices_for_article(article, sources) if not notice.handled]


def needing_attention():
    """Unhandled notices on sources cited by published articles: the editors' list. 3 queries."""
    notices = Retraction.objects.needing_attention()
    dois = notices.exclude(original_doi="").values("original_doi")
    pmids = notices.exclude(original_pmid="").values("original_pmid")
    matched = Source.objects.alias(doi_lower=Lower("doi")).filter(
        Q(doi_lower__in=dois) | Q(pmid__in=pmids)
    )
    links = list(
        ArticleReference.objects.filter(
            source__in=matched, article__status=Article.Status.PUBLISHED
        )
        .select_related("article", "source")
        .order_by("article__title", "pk")
    )
    by_source = notices_by_source(list({link.source_id: link.source for link in links}.values()))
    handled = set(
        HandledNotice.objects.filter(article__in={link.article_id for link in links}).values_list(
            "article_id", "retraction_id"
        )
    )
    return [
        Notice(link.article, link.source, notice)
        for link in links
        for notice in by_source.get(link.source_id, [])
        if (link.article_id, notice.pk) not in handled
    ]


def handle_notice(*, article, retraction, user, note):
    """Record how an editor dealt with a notice; publishing is no longer blocked by it."""
    if not note.strip():
        raise ValueError("Say what was done about the notice.")
    handled, _ = HandledNotice.objects.update_or_create(
        article=article,
        retraction=retraction,
        defaults={"note": note.strip(), "handled_by": user},
    )
    return handled
