"""Plain DOI or PMID lines: stored as identifiers, the details left for a writer to fill in.

Nothing is looked up online (the site may run offline), so each becomes a Source whose title
says that its details are still to come.
"""

import re

from references.entries import failed, identifier_entry

DOI = re.compile(
    r"^(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+?)[.,;]?$", re.IGNORECASE
)
PMID = re.compile(
    r"^(?:pmid:?\s*|https?://pubmed\.ncbi\.nlm\.nih\.gov/)?0*(\d{1,9})/?$", re.IGNORECASE
)


def looks_like_identifiers(text):
    """True when at least one line is a DOI or a PMID (otherwise the paste is not references)."""
    return any(DOI.match(line.strip()) or PMID.match(line.strip()) for line in text.split("\n"))


def parse(text):
    position = 0
    for line, row in enumerate(text.split("\n"), start=1):
        row = row.strip()
        if not row:
            continue
        position += 1
        if match := DOI.match(row):
            yield identifier_entry(position=position, line=line, doi=match.group(1))
        elif match := PMID.match(row):
            yield identifier_entry(position=position, line=line, pmid=match.group(1))
        else:
            error = "Not a DOI (such as 10.1016/j.jaci.2015.01.020) or a PMID (such as 25748064)."
            yield failed(position=position, line=line, label=row, error=error)
