"""BibTeX and biblatex, read with bibtexparser 2; LaTeX in values decoded with pylatexenc.

bibtexparser keeps going after a broken entry and reports it as a failed block with its line,
which is what a per-entry error needs. Names are split here, before LaTeX is decoded, so that a
braced group author such as ``{World Health Organization}`` stays one name.
"""

import re

import bibtexparser
from bibtexparser.middlewares.names import parse_single_name_into_parts
from bibtexparser.model import (
    Entry,
    Field,
    ParsingFailedBlock,
    String,
)
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from references.entries import MAX_ENTRIES, date_of, failed, group, make_entry, person, text
from references.models import Source

Kind = Source.Kind
KINDS = {
    "article": Kind.JOURNAL_ARTICLE,
    "periodical": Kind.JOURNAL_ARTICLE,
    **dict.fromkeys(
        [
            "book",
            "mvbook",
            "booklet",
            "manual",
            "report",
            "techreport",
            "thesis",
            "phdthesis",
            "mastersthesis",
            "proceedings",
            "collection",
            "unpublished",
        ],
        Kind.BOOK,
    ),
    **dict.fromkeys(
        ["inbook", "incollection", "inproceedings", "conference", "bookinbook", "inreference"],
        Kind.BOOK_CHAPTER,
    ),
    **dict.fromkeys(["online", "electronic", "www", "webpage"], Kind.WEB_PAGE),
}
ENTRY_START = re.compile(r"^\s*@", re.MULTILINE)
ENTRY_ANYWHERE = re.compile(r"@\s*\w+\s*[{(]")
# Zotero writes the PMID into the note as a line of its own (its “Extra” field).
PMID_NOTE = re.compile(r"^\s*PMID:\s*(\d{1,9})\s*$", re.IGNORECASE | re.MULTILINE)
HREF = re.compile(r"^\\href\s*\{([^{}]*)\}")
AND = re.compile(r"\\.|[{}]|\s+and\s+", re.IGNORECASE)
# Fields a chapter inherits from the book its crossref names; the book's title is its booktitle.
NOT_INHERITED = {"title", "crossref", "ids", "key", "keywords", "abstract", "file"}


def _decoder():
    context = get_default_latex_context_db()
    context.add_context_category(
        "references",
        prepend=True,
        macros=[
            MacroTextSpec("url", simplify_repl="%s"),  # a URL, not “<URL>”
            MacroTextSpec("textasciicircum", simplify_repl="^"),
            MacroTextSpec("textbraceleft", simplify_repl="{"),
            MacroTextSpec("textbraceright", simplify_repl="}"),
        ],
    )
    return LatexNodes2Text(latex_context=context, math_mode="text")


DECODER = _decoder()


def decode(value):
    """Unicode text from a LaTeX value: {\\"o} → ö, --  → –, $\\gamma$ → γ, braces dropped."""
    value = str(value or "")
    if not re.search(r"[\\{}$%~`'-]", value):
        return text(value)  # most values have no LaTeX; decoding them is the slow part
    return text(DECODER.latex_to_text(value))


def _within_limit(source_text):
    """The text up to the entry after the limit: bibtexparser reads a whole file at once, and
    half a million “@x{” take it half a minute. One entry past the limit tells the caller."""
    for count, match in enumerate(ENTRY_ANYWHERE.finditer(source_text), start=1):
        if count > MAX_ENTRIES + 1:
            return source_text[: match.start()]
    return source_text


def blocks(source_text):
    """(line number, block) for the file's blocks; a file that stops bibtexparser as a whole is
    read again entry by entry, so that one bad entry costs only itself."""
    try:
        return [
            ((block.start_line or 0) + 1, block)
            for block in bibtexparser.parse_string(source_text).blocks
        ]
    except Exception:
        found = []
        starts = [match.start() for match in ENTRY_START.finditer(source_text)]
        for start, end in zip(starts, [*starts[1:], len(source_text)], strict=True):
            line = source_text.count("\n", 0, start) + 1
            try:
                parsed = bibtexparser.parse_string(source_text[start:end]).blocks
            except Exception as error:
                parsed = [ParsingFailedBlock(error=error, raw=source_text[start:end])]
            found += [(line + (block.start_line or 0), block) for block in parsed]
        return found


def parse(source_text):
    found = blocks(_within_limit(source_text))
    strings = {
        block.key.lower(): unwrap(str(block.value), {})
        for _, block in found
        if isinstance(block, String)
    }
    recovered = {}  # entries read from a block bibtexparser set aside, and their warnings
    for _, block in found:
        if isinstance(block, ParsingFailedBlock) and isinstance(block.ignore_error_block, Entry):
            recovered[id(block)] = recover(block, strings)
    by_key = {}
    for _, block in found:
        entry_block = recovered[id(block)][0] if id(block) in recovered else block
        if isinstance(entry_block, Entry):
            by_key.setdefault(entry_block.key.lower(), entry_block)
    position = 0
    for line, block in found:
        if not isinstance(block, Entry | ParsingFailedBlock):
            continue  # comments, @string and @preamble
        position += 1
        warnings = []
        if id(block) in recovered:
            block, warnings = recovered[id(block)]
        if isinstance(block, Entry):
            label = f"@{block.entry_type}{{{block.key}"
            try:
                block = with_crossref(block, by_key, warnings)
                yield entry(block, position=position, line=line, warnings=warnings)
            except Exception as error:
                message = f"Could not be read as BibTeX: {reason(error)}"
                yield failed(position=position, line=line, label=label, error=message)
        elif isinstance(block, ParsingFailedBlock):
            label = (block.raw or "").strip().split("\n")[0]
            message = f"Not valid BibTeX: {reason(block.error)}"
            yield failed(position=position, line=line, label=label, error=message)


def unwrap(value, strings):
    """A raw field value as bibtexparser's middlewares give it: outer braces or quotes removed,
    an @string macro replaced by its text."""
    value = value.strip()
    if len(value) >= 2 and value[0] + value[-1] in ("{}", '""'):
        return value[1:-1]
    return strings.get(value.lower(), value)


def recover(block, strings):
    """The entry of a block set aside for a repeated key or field, read as an entry is.

    bibtexparser gives such an entry raw (braces, unresolved macros); of a repeated field it
    keeps every value. As BibTeX does, the first value counts.
    """
    raw = block.ignore_error_block
    fields, warnings, repeated = {}, [], []
    for field in raw.fields:
        key = field.key.lower()
        if key in fields:
            repeated.append(field.key)
            continue
        fields[key] = Field(field.key, unwrap(str(field.value), strings))
    if repeated:
        names = ", ".join(sorted(set(repeated)))
        warnings.append(f"The field {names} appears more than once; the first value was used.")
    return Entry(raw.entry_type, raw.key, list(fields.values())), warnings


def with_crossref(block, by_key, warnings):
    """A chapter with what it inherits from the book its ``crossref`` field names."""
    values = {field.key.lower() for field in block.fields}
    crossref = next((f.value for f in block.fields if f.key.lower() == "crossref"), "")
    if not crossref:
        return block
    parent = by_key.get(str(crossref).strip().lower())
    if parent is None:
        warnings.append(f"The crossref “{crossref}” is not in this file; nothing was inherited.")
        return block
    inherited = []
    for field in parent.fields:
        key = field.key.lower()
        if key == "title":
            key = "booktitle"
        elif key in NOT_INHERITED:
            continue
        if key not in values:
            inherited.append(Field(key, field.value))
            values.add(key)
    return Entry(block.entry_type, block.key, [*block.fields, *inherited])


def reason(error):
    message = getattr(error, "abort_reason", "") or str(error) or type(error).__name__
    return " ".join(message.split()).rstrip(".")


def split_names(value):
    """“A and B and {C and D}” → ["A", "B", "{C and D}"].

    Not bibtexparser's split_multiple_persons_names: in 2.1 it drops the first two characters of
    a name that starts with a LaTeX command (“and \\'Emile” → “Emile”).
    """
    names, depth, start = [], 0, 0
    for match in AND.finditer(value):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(depth - 1, 0)
        elif token[0] != "\\" and depth == 0:
            names.append(value[start : match.start()])
            start = match.end()
    names.append(value[start:])
    return [name.strip() for name in names if name.strip()]


def names(value, warnings):
    found = []
    for raw in split_names(str(value or "")):
        raw = raw.strip()
        if raw.lower() == "others":
            found.append(group("et al."))
        elif raw.startswith("{") and raw.endswith("}") and raw.count("{") == 1:
            found.append(group(decode(raw)))  # {World Health Organization}
        else:
            try:
                parts = parse_single_name_into_parts(raw, strict=False)
            except Exception:
                found.append(group(decode(raw)))
                continue
            found.append(
                person(
                    decode(" ".join([*parts.von, *parts.last])),
                    decode(" ".join(parts.first)),
                    warnings,
                    suffix=decode(" ".join(parts.jr)),
                )
            )
    return found


def entry(block, *, position, line, warnings):
    values = {field.key.lower(): field.value for field in block.fields}

    def get(*keys):
        for key in keys:
            if value := decode(values.get(key)):
                return value
        return ""

    def verbatim(*keys):
        """Addresses and identifiers: “%” and “_” in them are not LaTeX."""
        for key in keys:
            value = str(values.get(key) or "").strip()
            if match := re.fullmatch(r"\\url\{(.*)\}", value):
                value = match.group(1)
            elif match := HREF.match(value):
                value = match.group(1)  # \href{address}{text}
            if value := text(value.strip("{}")):
                return value
        return ""

    entry_type = block.entry_type.lower()
    kind = KINDS.get(entry_type)
    title, container = get("title"), get("booktitle")
    if entry_type == "inbook" and not container:
        # Classic BibTeX: the title is the book's, the chapter field the chapter's.
        chapter = get("chapter")
        if chapter and not chapter.isdigit():
            title, container = chapter, title
        else:
            kind = Kind.BOOK
    url = verbatim("url", "howpublished")
    if kind is None:
        kind = Kind.WEB_PAGE if url and entry_type == "misc" else Kind.BOOK
        if entry_type != "misc":
            warnings.append(f"The BibTeX type @{entry_type} was imported as a book.")
    journal_title = ""
    if kind == Kind.JOURNAL_ARTICLE:
        journal_title = get("journaltitle", "journal")
        # Scopus and Web of Science name the abbreviation in fields of their own.
        container = get("shortjournal", "journal-iso", "abbrev_source_title") or journal_title
    elif kind == Kind.WEB_PAGE:
        container = get("organization", "journaltitle", "journal")
    elif kind == Kind.BOOK:
        container = get("series")
    eprint_type = (get("eprinttype") or get("archiveprefix")).lower()
    pmid = verbatim("pmid")
    if not pmid and eprint_type == "pubmed":
        pmid = verbatim("eprint")
    if not pmid and (match := PMID_NOTE.search(str(values.get("note") or ""))):
        pmid = match.group(1)
    if not url and eprint_type == "arxiv" and (eprint := verbatim("eprint")):
        url = f"https://arxiv.org/abs/{eprint.removeprefix('arXiv:')}"
        if kind == Kind.BOOK and entry_type == "misc":
            kind = Kind.WEB_PAGE
    is_report = entry_type in ("report", "techreport")
    number = get("number")
    return make_entry(
        position=position,
        line=line,
        label=f"@{entry_type}{{{block.key}",
        kind=kind,
        title=title,
        authors=names(values.get("author"), warnings),
        editors=names(values.get("editor"), warnings) if kind == Kind.BOOK_CHAPTER else [],
        container_title=container,
        journal_title=journal_title,
        edition=get("edition"),
        year=get("year") or get("date"),
        date=get("date") or " ".join(part for part in (get("year"), get("month"), get("day"))),
        volume=get("volume"),
        issue=get("issue") or (number if kind == Kind.JOURNAL_ARTICLE else ""),
        report_number=number if is_report else "",
        pages=get("pages") or get("article-number", "art_number"),
        publisher=get("publisher", "institution", "school")
        or (get("organization") if kind != Kind.WEB_PAGE else ""),
        place=get("address", "location"),
        url=url,
        doi=verbatim("doi"),
        pmid=pmid,
        cited_on=date_of(verbatim("urldate")),
        warnings=warnings,
    )
