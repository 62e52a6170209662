"""CSL-JSON, as Zotero, Mendeley and citation.js export it: an array of item objects.

Read item by item with the standard library's ``raw_decode``, so that the items before a break
in a cut-short file are still imported, and the break is reported where it is.
"""

import json

from references.entries import date_of, failed, group, make_entry, person, short, text
from references.models import Source

Kind = Source.Kind
KINDS = {
    **dict.fromkeys(
        ["article-journal", "article", "article-magazine", "article-newspaper", "review"],
        Kind.JOURNAL_ARTICLE,
    ),
    **dict.fromkeys(
        ["book", "report", "thesis", "manuscript", "pamphlet", "standard", "legislation"],
        Kind.BOOK,
    ),
    **dict.fromkeys(
        ["chapter", "paper-conference", "entry", "entry-dictionary", "entry-encyclopedia"],
        Kind.BOOK_CHAPTER,
    ),
    **dict.fromkeys(["webpage", "post", "post-weblog", "software", "dataset"], Kind.WEB_PAGE),
}
decoder = json.JSONDecoder()


def line_of(source_text, index):
    return source_text.count("\n", 0, index) + 1


def skip_space(source_text, index):
    while index < len(source_text) and source_text[index] in " \t\r\n":
        index += 1
    return index


def items(source_text):
    """Yield (line, item, error) for each item of the array (or the one object)."""
    index = skip_space(source_text, 0)
    if source_text.startswith("{", index):
        try:
            item, _ = decoder.raw_decode(source_text, index)
        except (ValueError, RecursionError) as error:
            yield line_of(source_text, index), None, broken(error)
        else:
            yield line_of(source_text, index), item, ""
        return
    index = skip_space(source_text, index + 1)  # past "["
    while index < len(source_text) and source_text[index] != "]":
        line = line_of(source_text, index)
        try:
            item, index = decoder.raw_decode(source_text, index)
        except (ValueError, RecursionError) as error:
            yield line, None, broken(error) + " Entries after it could not be read."
            return
        yield line, item, ""
        index = skip_space(source_text, index)
        if source_text.startswith(",", index):
            index = skip_space(source_text, index + 1)
        elif not source_text.startswith("]", index):
            line = line_of(source_text, index)
            yield line, None, "Expected “,” or “]” between entries: the file may be cut short."
            return
    if index >= len(source_text):
        yield line_of(source_text, index), None, "The list has no closing “]”: cut short?"


def broken(error):
    if isinstance(error, json.JSONDecodeError):
        return f"Not valid JSON ({error.msg}, line {error.lineno} column {error.colno})."
    return "Not valid JSON (nested too deeply)."


def parse(source_text):
    for position, (line, item, error) in enumerate(items(source_text), start=1):
        if error or not isinstance(item, dict):
            error = error or "Not a CSL-JSON item (an object with “type” and “title”)."
            label = short(json.dumps(item)) if item is not None else "(unreadable)"
            yield failed(position=position, line=line, label=label, error=error)
            continue
        try:
            yield entry(item, position=position, line=line)
        except Exception as error:
            message = f"Could not be read as CSL-JSON: {error}"
            label = item.get("title") or item.get("id") or "(no title)"
            yield failed(position=position, line=line, label=label, error=message)


def names(value, warnings):
    found = []
    for name in value if isinstance(value, list) else []:
        if not isinstance(name, dict):
            found.append(group(name))
        elif name.get("literal") or not name.get("family"):
            found.append(group(name.get("literal") or name.get("given")))
        else:
            family = " ".join(
                text(part)
                for part in (
                    name.get("dropping-particle"),
                    name.get("non-dropping-particle"),
                    name.get("family"),
                )
                if part
            )
            found.append(person(family, name.get("given"), warnings, suffix=name.get("suffix")))
    return found


def date_parts(value):
    """[[2016, 4, 12]] from {"date-parts": ...}, or the raw or literal date text."""
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            return parts[0]
        return value.get("raw") or value.get("literal") or ""
    return value


def entry(item, *, position, line):
    warnings = []
    item_type = text(item.get("type"))
    kind = KINDS.get(item_type)
    if kind is None:
        kind = Kind.WEB_PAGE if item.get("URL") and not item.get("publisher") else Kind.BOOK
        warnings.append(
            f"The CSL type “{item_type or 'none'}” was imported as a {kind.label.lower()}."
        )
    container = journal_title = text(item.get("container-title"))
    if kind == Kind.JOURNAL_ARTICLE:
        short_title = item.get("container-title-short") or item.get("journalAbbreviation")
        container = text(short_title) or container
    elif kind == Kind.BOOK:
        container = text(item.get("collection-title"))  # a book's series
    is_report = item_type == "report"
    issued = date_parts(item.get("issued"))
    accessed = date_parts(item.get("accessed"))
    return make_entry(
        position=position,
        line=line,
        kind=kind,
        title=item.get("title"),
        authors=names(item.get("author"), warnings),
        editors=names(item.get("editor"), warnings) if kind == Kind.BOOK_CHAPTER else [],
        container_title=container,
        journal_title=journal_title,
        edition=item.get("edition"),
        year=issued,
        volume=item.get("volume"),
        issue=item.get("issue") or ("" if is_report else item.get("number")),
        report_number=item.get("number") if is_report else "",
        pages=item.get("page"),
        publisher=item.get("publisher"),
        place=item.get("publisher-place"),
        url=item.get("URL"),
        doi=item.get("DOI"),
        pmid=item.get("PMID"),
        cited_on=date_of(accessed) if accessed else None,
        warnings=warnings,
        label=item.get("id"),
    )
