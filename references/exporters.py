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
LATEX_SPECIAL = re.compile(r"--+|[\\{}~^–—&%$#_]")


class RisWriter(rispy.RisWriter):
    NEWLINE = "\r\n"  # what the RIS specification asks for; every reader accepts it

    def set_header(self, count):
        return ""  # rispy numbers records ("1."); reference managers do not need it


def ris_record(source):
    record = {"type_of_reference": RIS_TYPES.get(source.kind, "GEN")}
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
        "volume": source.volume,
        "number": source.issue,
        # The whole range in SP: splitting “507-14” would lose how the record writes it.
        "start_page": source.pages,
        "publisher": source.publisher,
        "place_published": source.place,
        "doi": source.doi,
        "access_date": source.cited_on.strftime("%Y/%m/%d") if source.cited_on else "",
    }
    record.update({key: value for key, value in values.items() if value})
    if source.url:
        record["urls"] = [source.url]
    if source.pmid:
        # As EndNote stores PubMed records: the PMID as accession number of the PubMed database.
        record["accession_number"] = source.pmid
        record["name_of_database"] = "PubMed"
    return record


def _ris_name(name):
    return name.family if name.is_group else f"{name.family}, {name.given}".rstrip()


def to_ris(sources):
    """The sources as an RIS file (text)."""
    writer = RisWriter(delimiter_tags_mapping={})
    return writer.formats([ris_record(source) for source in sources])


def latex(value):
    """Escape the characters BibTeX and LaTeX treat specially; other Unicode stays as it is."""
    return LATEX_SPECIAL.sub(
        # A run of hyphens in the text itself must not come back as an en or em dash.
        lambda match: (
            "{}".join(match.group(0))
            if match.group(0)[0] == "-"
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
    values = {
        "author": _bibtex_names(source.author_list, source.more_authors),
        # Extra braces keep the title's capitals: BibTeX styles otherwise lower-case them.
        "title": "{" + latex(source.title) + "}",
        container_field.get(kind, "series"): latex(source.container_title),
        "editor": _bibtex_names(source.editor_list) if kind == "chapter" else "",
        "edition": latex(source.edition),
        "year": str(source.year or ""),
        "volume": latex(source.volume),
        "number": latex(source.issue),
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
    return Entry(BIBTEX_TYPES.get(kind, "misc"), key, fields)


def to_bibtex(sources):
    """The sources as a BibTeX file (text), UTF-8 as biblatex and modern BibTeX read it."""
    library = bibtexparser.Library()
    taken = set()
    for source in sources:
        library.add(bibtex_entry(source, bibtex_key(source, taken)))
    return bibtexparser.write_string(library)
