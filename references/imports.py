"""Save parsed references: link duplicates to the stored source, create the rest, attach to an
article. Existing sources are never changed; the writer edits them in the admin if needed.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from articles.models import ArticleReference
from references.models import Source, duplicate_keys, same_work

BATCH = 500  # entries per duplicate look-up query, well under every database's parameter limit


@dataclass
class Outcome:
    """What importing (or, in a preview, what would happen to) one entry."""

    entry: object  # ParsedEntry
    source: Source | None = None  # the stored source it is, or will be linked to
    is_new: bool = False
    repeats: object = None  # an earlier entry of the same import that it duplicates
    is_attached: bool = False  # added to the article's reference list by this import
    was_attached: bool = False  # already in the article's reference list

    @property
    def is_duplicate(self):
        return not self.is_new and (self.source is not None or self.repeats is not None)


class Duplicates:
    """The stored sources an import may duplicate, looked up together rather than per entry."""

    def __init__(self, entries):
        self.sources = {}  # duplicate key → stored sources filed under it
        self.entries = {}  # duplicate key → earlier entries of this import
        records = [entry.fields for entry in entries if entry.is_valid]
        for start in range(0, len(records), BATCH):
            for source in Source.objects.matching_any(records[start : start + BATCH]).order_by(
                "pk"
            ):
                self.add(source)

    def add(self, source):
        for key in source.duplicate_keys():
            self.sources.setdefault(key, []).append(source)

    def source_for(self, fields):
        """The stored source that is the same work: same DOI, else same PMID, else one whose
        title, year, first author and journal agree without a conflicting identifier."""
        return _same(fields, self.sources, key=lambda source: source)

    def earlier_entry(self, entry):
        """An earlier entry of this import that ``entry`` repeats (remembering this one)."""
        earlier = _same(entry.fields, self.entries, key=lambda entry: entry.fields)
        for key in duplicate_keys(**entry.fields):
            self.entries.setdefault(key, []).append(entry)
        return earlier


def _same(fields, filed, *, key):
    for duplicate_key in duplicate_keys(**fields):
        for candidate in filed.get(duplicate_key, []):
            if same_work(key(candidate), fields):
                return candidate
    return None


def attached_ids(article):
    if article is None:
        return set()
    return set(article.article_references.values_list("source_id", flat=True))


def preview_references(*, entries, article=None):
    """What importing ``entries`` would do, for the confirmation page. Saves nothing."""
    attached = attached_ids(article)
    duplicates = Duplicates(entries)
    outcomes = []
    for entry in entries:
        if not entry.is_valid:
            outcomes.append(Outcome(entry=entry))
            continue
        source = duplicates.source_for(entry.fields)
        earlier = duplicates.earlier_entry(entry)
        outcomes.append(
            Outcome(
                entry=entry,
                source=source,
                is_new=source is None and earlier is None,
                repeats=earlier if source is None else None,
                was_attached=source is not None and source.pk in attached,
            )
        )
    return outcomes


@transaction.atomic
def import_references(*, entries, article=None):
    """Create a Source for each new valid entry, link duplicates, attach all to ``article``.

    Returns an Outcome per valid entry, in order. Entries with errors are skipped: the
    confirmation page shows them and offers no way to select them.
    """
    attached = attached_ids(article)
    duplicates = Duplicates(entries)
    outcomes = []
    for entry in entries:
        if not entry.is_valid:
            continue
        source = duplicates.source_for(entry.fields)
        is_new = source is None
        if is_new:
            try:
                with transaction.atomic():  # a savepoint: a rival import may have just added it
                    source = Source.objects.create(**entry.fields)
            except IntegrityError:
                candidates = Source.objects.matching(**_identifiers(entry.fields))
                source = next((s for s in candidates if same_work(s, entry.fields)), None)
                is_new = False
                if source is None:
                    raise
            duplicates.add(source)
        outcome = Outcome(entry=entry, source=source, is_new=is_new)
        if article is not None:
            if source.pk in attached:
                outcome.was_attached = True
            else:
                ArticleReference.objects.create(article=article, source=source)
                attached.add(source.pk)
                outcome.is_attached = True
        outcomes.append(outcome)
    if article is not None and any(outcome.is_attached for outcome in outcomes):
        # Citation numbering and unresolved citations depend on the reference list (as after
        # saving the article's inlines in the admin).
        article.save(update_fields=[])
    return outcomes


def _identifiers(fields):
    return {"doi": fields.get("doi", ""), "pmid": fields.get("pmid", "")}
