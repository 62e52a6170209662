"""Save parsed references: link duplicates to the stored source, create the rest, attach to an
article. Existing sources are never changed; the writer edits them in the admin if needed.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from articles.models import ArticleReference
from references.models import Source, normalise_title


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


def find_duplicate(fields):
    """The stored source an entry duplicates: same DOI, else same PMID, else title and year."""
    candidates = list(
        Source.objects.matching(
            doi=fields.get("doi", ""),
            pmid=fields.get("pmid", ""),
            title=fields.get("title", ""),
            year=fields.get("year"),
        )[:10]
    )
    doi = fields.get("doi", "").lower()
    for matches in (
        lambda source: doi and source.doi.lower() == doi,
        lambda source: fields.get("pmid") and source.pmid == fields["pmid"],
        lambda source: True,
    ):
        for source in candidates:
            if matches(source):
                return source
    return None


def attached_ids(article):
    if article is None:
        return set()
    return set(article.article_references.values_list("source_id", flat=True))


def _keys(fields):
    """What makes two entries of one import the same reference (as in Source.matching)."""
    keys = set()
    if fields.get("doi"):
        keys.add(("doi", fields["doi"].lower()))
    if fields.get("pmid"):
        keys.add(("pmid", fields["pmid"]))
    if fields.get("year") and fields.get("title"):
        keys.add(("title", normalise_title(fields["title"]), fields["year"]))
    return keys


def preview_references(*, entries, article=None):
    """What importing ``entries`` would do, for the confirmation page. Saves nothing."""
    attached = attached_ids(article)
    seen = {}
    outcomes = []
    for entry in entries:
        if not entry.is_valid:
            outcomes.append(Outcome(entry=entry))
            continue
        source = find_duplicate(entry.fields)
        keys = _keys(entry.fields)
        earlier = next((seen[key] for key in keys if key in seen), None)
        for key in keys:
            seen.setdefault(key, entry)
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
    outcomes = []
    for entry in entries:
        if not entry.is_valid:
            continue
        source = find_duplicate(entry.fields)
        is_new = source is None
        if is_new:
            try:
                with transaction.atomic():  # a savepoint: a rival import may have just added it
                    source = Source.objects.create(**entry.fields)
            except IntegrityError:
                source = find_duplicate(entry.fields)
                is_new = False
                if source is None:
                    raise
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
