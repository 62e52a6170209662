"""Reference lists as files for reference managers: RIS (written with rispy) and BibTeX
(written with bibtexparser). What these write, references/formats reads back unchanged.
"""

import re
import unicodedata

import bibtexparser
import rispy
from bibtexparser.model import Entry, Field

RIS_TYPES = {"journal": "JOUR", "book": "BOOK", "chapter": "CHAP", "web": "ELEC"}
BIBTEX_TYPES = {"journal": "article", "book": "book", "chapter": "incollection", "web": "misc"}
LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "–": "--",
    "—": "---",
    **{char: "\\" + char for char in "&%$#_"},
}
# Letters that Unicode does not decompose into a plain letter and an accent.
ASCII_LETTERS = str.maketrans(
    {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ł": "L", "ł": "l"}
    | {"Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "ı": "i"}
)
LATEX_SPECIAL = re.compile(r"--+|''+|``+|[?!]`|[\\{}~^–—&%$#_]")


class RisWriter(rispy.RisWriter):
    NEWLINE = "\r\n"  # what the RIS specification asks for; every reader accepts it

    def set_header(self, count):
        return ""  # rispy numbers records ("1."); reference managers do not need it


def ris_record(source):
    record = {"type_of_reference": RIS_TYPES.get(source.kind, "GEN")}
    if source.kind == "book" and source.report_number:
        record["type_of_reference"] = "RPRT"
    authors = [_ris_name(name) for name in source.author_list]
    if source.more_authors:
        authors.append("et al.")
    if authors:
        record["authors"] = authors
    if source.kind == "chapter" and source.editor_list:
        record["secondary_authors"] = [_ris_name(name) for name in source.editor_list]
    values = {
        "title": source.title,
        "secondary_title": source.container_title,
        "edition": source.edition,
        "year": str(source.year or ""),
        "date": _ris_date(source),
        "volume": source.volume,
        "number": source.issue,
        # The whole range in SP: splitting “507-14” would lose how the record writes it.
        "start_page": source.pages,
        "publisher": source.publisher,
        "place_published": source.place,
        "doi": source.doi,
        "access_date": source.cited_on.strftime("%Y/%m/%d") if source.cited_on else "",
    }
    if source.kind == "journal" and source.journal_title:
        # T2 the full name, J2 the abbreviation, as Zotero writes them.
        values["secondary_title"] = source.journal_title
        values["alternate_title1"] = source.container_title
    if source.report_number:
        values["number"] = source.report_number
    record.update({key: value for key, value in values.items() if value})
    if source.url:
        record["urls"] = [source.url]
    if source.pmid:
        # As EndNote stores PubMed records: the PMID as accession number of the PubMed database.
        record["accession_number"] = source.pmid
        record["name_of_database"] = "PubMed"
    return record


def _ris_date(source):
    """DA as “2019/11/05/”, “2019/11//”: the parts of the date the record has."""
    if not source.month:
        return ""
    day = f"{source.day:02d}" if source.day else ""
    return f"{source.year}/{source.month:02d}/{day}/"


def _ris_name(name):
    return name.family if name.is_group else f"{name.family}, {name.given}".rstrip()


def to_ris(sources):
    """The sources as an RIS file (text)."""
    writer = RisWriter(delimiter_tags_mapping={})
    return writer.formats([ris_record(source) for source in sources])


def latex(value):
    """Escape the characters BibTeX and LaTeX treat specially; other Unicode stays as it is."""
    return LATEX_SPECIAL.sub(
        # A run of hyphens or quotes in the text itself must not come back as a dash or a
        # curly quote (“--” → “–”, “''” → “”” in LaTeX), nor “?`” as “¿”.
        lambda match: (
            "{}".join(match.group(0))
            if match.group(0)[0] in "-'`?!"
            else LATEX_SPECIALS[match.group(0)]
        ),
        value,
    )


def _name_part(text):
    """A name part; braced when it holds the word “and”, which would otherwise split names."""
    text = latex(text)
    return f"{{{text}}}" if re.search(r"(^|\s)and(\s|$)", text) else text


def _bibtex_names(names, more=False):
    written = [
        f"{{{latex(name.family)}}}"
        if name.is_group
        else ", ".join(part for part in (_name_part(name.family), _name_part(name.given)) if part)
        for name in names
    ]
    if more:
        written.append("others")
    return " and ".join(written)


def bibtex_key(source, taken):
    """“brar2016”, then “brar2016a”, … : ASCII, unique within the file."""
    first = source.author_list[0].family if source.author_list else source.title
    ascii_name = unicodedata.normalize("NFKD", first.translate(ASCII_LETTERS))
    ascii_name = ascii_name.encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]", "", ascii_name.lower().split(" ")[0])[:30] or "ref"
    stem += str(source.year or "")
    key, n = stem, 0
    while key in taken:
        n += 1
        key = stem + ("abcdefghijklmnopqrstuvwxyz"[n - 1] if n <= 26 else f"-{n}")
    taken.add(key)
    return key


def bibtex_entry(source, key):
    kind = source.kind
    container_field = {"journal": "journal", "chapter": "booktitle", "web": "organization"}
    full_journal = kind == "journal" and source.journal_title
    values = {
        "author": _bibtex_names(source.author_list, source.more_authors),
        # Extra braces keep the title's capitals: BibTeX styles otherwise lower-case them.
        "title": "{" + latex(source.title) + "}",
        container_field.get(kind, "series"): latex(source.container_title),
        **(
            {"journal": latex(source.journal_title), "shortjournal": latex(source.container_title)}
            if full_journal
            else {}
        ),
        "editor": _bibtex_names(source.editor_list) if kind == "chapter" else "",
        "edition": latex(source.edition),
        "year": str(source.year or ""),
        # biblatex's date, when the record has more than the year: “2019-11-05”.
        "date": "-".join(
            f"{part:02d}" if index else str(part)
            for index, part in enumerate((source.year, source.month, source.day))
            if part
        )
        if source.month
        else "",
        "volume": latex(source.volume),
        "number": latex(source.issue or source.report_number),
        "pages": latex(source.pages),
        "publisher": latex(source.publisher),
        "address": latex(source.place),
        # Identifiers and addresses are read verbatim (\url, biblatex), never as LaTeX.
        "doi": source.doi,
        "url": source.url,
        "urldate": source.cited_on.isoformat() if source.cited_on else "",
        "pmid": source.pmid,
    }
    fields = [Field(name, value) for name, value in values.items() if value]
    entry_type = BIBTEX_TYPES.get(kind, "misc")
    if kind == "book" and source.report_number:
        entry_type = "techreport"
    return Entry(entry_type, key, fields)


def to_bibtex(sources):
    """The sources as a BibTeX file (text), UTF-8 as biblatex and modern BibTeX read it."""
    library = bibtexparser.Library()
    taken = set()
    for source in sources:
        library.add(bibtex_entry(source, bibtex_key(source, taken)))
    return bibtexparser.write_string(library)
