"""A post's typed reference list, recovered: stored as sources, cited from the text, and what
could not be matched reported and kept."""

from django.utils.text import Truncator

from references.imports import import_references
from references.models import Source
from wordpress import reference_lists, reference_text


def recover_references(*, article, soup, typed, line, counts):
    """Attach ``typed`` (TypedReference) to ``article`` as sources and cite them in ``soup``."""
    numbering = store(article=article, typed=typed, line=line, counts=counts)
    marks = reference_lists.cite(soup, numbering, label_of)
    report_citations(typed=typed, numbering=numbering, marks=marks, line=line)
    keep_unread(soup=soup, typed=typed, numbering=numbering)


def store(*, article, typed, line, counts):
    """Store the typed references as sources; return number → Source id."""
    if not typed:
        return {}
    entries = [
        reference_text.parse(ref.text, ref.links, position=index, line=ref.number)
        for index, ref in enumerate(typed, start=1)
    ]
    counts["sources"] += sum(entry.is_valid for entry in entries)
    outcomes = import_references(entries=entries, article=article)
    by_entry = {id(outcome.entry): outcome for outcome in outcomes}
    numbering, new = {}, 0
    for ref, entry in zip(typed, entries, strict=True):
        outcome = by_entry.get(id(entry))
        if outcome is None:
            line.needs_editor.append(
                f"Reference {ref.number} could not be read ({entry.error}); kept at the end "
                f"of the text: “{Truncator(ref.text).chars(120)}”"
            )
            continue
        numbering[ref.number] = outcome.source.pk
        new += outcome.is_new
        line.needs_editor += [f"Reference {ref.number}: {w}" for w in entry.warnings]
    counts["new sources"] += new
    line.done.append(
        f"{len(numbering)} of {len(typed)} references stored as sources ({new} new, "
        f"{len(numbering) - new} already in the library)."
    )
    return numbering


def label_of(source_id):
    source = Source.objects.only("authors", "container_title", "year").get(pk=source_id)
    return source.short_label or "?"


def report_citations(*, typed, numbering, marks, line):
    line.done.append(f"{len(marks.cited)} references cited from the text.")
    for mark in marks.unmatched:
        line.needs_editor.append(
            f"Citation mark “{mark}” has no readable reference with that number: a number "
            "with none is left in the text as [n]."
        )
    uncited = [ref.number for ref in typed if ref.number in numbering]
    uncited = [number for number in uncited if number not in marks.cited]
    if uncited:
        listed = ", ".join(map(str, uncited))
        line.needs_editor.append(
            f"References never cited in the text: {listed} (cite them or mark them "
            "further reading)."
        )


def keep_unread(*, soup, typed, numbering):
    """References that could not be read stay in the text, so nothing is lost."""
    unread = [ref for ref in typed if ref.number not in numbering]
    if not unread:
        return
    heading = soup.new_tag("h2")
    heading.string = "References to check"
    soup.append(heading)
    for ref in unread:
        paragraph = soup.new_tag("p")
        paragraph.string = f"{ref.number}. {reference_text.LEADING_NUMBER.sub('', ref.text)}"
        soup.append(paragraph)
