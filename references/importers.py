"""Read pasted or uploaded references: find the format, hand the text to its reader.

Parsing only, nothing is saved (``imports.py`` saves). Nothing here raises for bad input: a
problem with the whole text is ``ImportResult.error``, a problem with one reference is that
entry's ``error``, and the other entries are read as usual.
"""

import codecs
import itertools
import logging
import re
from dataclasses import dataclass, field

from references.entries import MAX_ENTRIES
from references.formats import bibtex, csljson, identifiers, medline, ris

logger = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 5 * 1024 * 1024  # a PubMed export of ~2,000 records with abstracts
MANY_ERRORS = 20  # more failed entries than this and none valid: the text as a whole is wrong
FORMATS = {
    "ris": ("RIS", ris),
    "medline": ("PubMed (MEDLINE/.nbib)", medline),
    "bibtex": ("BibTeX", bibtex),
    "csl-json": ("CSL-JSON", csljson),
    "identifiers": ("DOI and PMID lines", identifiers),
}
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
TOO_LARGE = (
    f"This is more than {MAX_IMPORT_BYTES // 1024 // 1024} MB. Import the references in smaller "
    "batches (export a few hundred at a time)."
)
NOT_TEXT = (
    "This file is not text in UTF-8 (is it a PDF or Word file, or saved in another encoding?). "
    "Export the references again as RIS, BibTeX, CSL-JSON or PubMed format in UTF-8."
)
NOT_RECOGNISED = (
    "No references were recognised. Paste PubMed (MEDLINE/.nbib), RIS, BibTeX or CSL-JSON "
    "exports, or one DOI or PMID per line."
)


@dataclass
class ImportResult:
    entries: list = field(default_factory=list)
    format: str = ""  # a key of FORMATS
    error: str = ""  # why nothing at all could be read
    notices: list = field(default_factory=list)  # about the whole text, when entries were read
    text: str = ""  # the text as read (decoded, line endings made "\n"), to confirm it later

    @property
    def format_name(self):
        return FORMATS[self.format][0] if self.format else ""

    @property
    def valid(self):
        return [entry for entry in self.entries if entry.is_valid]

    @property
    def failed(self):
        return [entry for entry in self.entries if not entry.is_valid]


def decode(data):
    """Text from uploaded bytes: UTF-8 (or UTF-16/32 with a byte order mark).

    Bytes that are not UTF-8 become “\ufffd”, which marks the entries containing them as errors
    while the rest of the file still imports. Returns (text, error).
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark) :].decode(encoding, errors="replace"), ""
    if b"\x00" in data:
        return "", NOT_TEXT
    text = data.decode("utf-8", errors="replace")
    # A few bad bytes are accented letters in a Windows-1252 export; many mean it is not text.
    if text.count("\ufffd") > max(20, len(text) // 20):
        return "", NOT_TEXT
    return text, ""


def detect(text):
    """The key of the format the text is in, judged from its first significant lines."""
    start = text.lstrip()[:1]
    if start in ("[", "{"):
        return "csl-json"
    if re.search(r"^TY {1,2}- ", text, re.MULTILINE):
        return "ris"
    if re.search(r"^PMID- ?\d", text, re.MULTILINE):
        return "medline"
    if re.search(r"^\s*@[A-Za-z]+\s*[{(]", text, re.MULTILINE):
        return "bibtex"
    if identifiers.looks_like_identifiers(text):
        return "identifiers"
    return ""


def parse_references(data):
    """Read references from pasted text (str) or an uploaded file (bytes)."""
    if isinstance(data, bytes):
        if len(data) > MAX_IMPORT_BYTES:
            return ImportResult(error=TOO_LARGE)
        text, error = decode(data)
        if error:
            return ImportResult(error=error)
    else:
        text = data or ""
        if len(text) > MAX_IMPORT_BYTES or len(text.encode("utf-8", "replace")) > MAX_IMPORT_BYTES:
            return ImportResult(error=TOO_LARGE)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ImportResult(error="Nothing to import: paste references or choose a file.")
    key = detect(text)
    if not key:
        return ImportResult(error=NOT_RECOGNISED, text=text)
    name, reader = FORMATS[key]
    try:
        entries = list(itertools.islice(reader.parse(text), MAX_ENTRIES + 1))
    except Exception:
        # The readers report bad entries themselves; reaching this is a bug, not bad input.
        logger.exception("Reading references as %s failed", name)
        return ImportResult(format=key, error=f"The text could not be read as {name}.", text=text)
    if not entries:
        error = f"No references were found in this {name} text."
        return ImportResult(format=key, error=error, text=text)
    if len(entries) > MANY_ERRORS and not any(entry.is_valid for entry in entries):
        # Thousands of red rows say less than one line: this is not what it looked like.
        first = entries[0]
        error = (
            f"Nothing could be read as {name}: all {len(entries):,} entries have errors. "
            f"The first, {first}: {first.error}"
        )
        return ImportResult(format=key, error=error, text=text)
    result = ImportResult(entries=entries[:MAX_ENTRIES], format=key, text=text)
    if len(entries) > MAX_ENTRIES:
        result.notices.append(
            f"Only the first {MAX_ENTRIES:,} references were read: import the rest separately."
        )
    return result
