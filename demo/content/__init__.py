"""Content for ``manage.py load_demo``: plain data, no Django imports, one module per topic.

Everything here is our own writing about fictional people and a fictional publisher. The
bibliographic records are real: their facts come from the Klarity seed page, the journals' own
records and NICE's guidance pages, and identifiers (DOI, PMID, URL) are given only where they
were checked.

Article bodies cite sources by key, as ``{cite:brar2016}`` or ``{cite:brar2016,hanifin1993}``;
the command replaces each placeholder with the citation span the editor stores,
``<span class="citation" data-refs="…">``, using the sources' database ids.

An article is published unless it says otherwise: ``status`` (a workflow state),
``publish_in_days`` (scheduled that many days after loading) and ``history`` (its workflow
moves: from, to, note, when) let the demo show every state on the admin's first run.
"""

from demo.content import eczema, immune_system, skin_care, skin_conditions
from demo.content.comments import COMMENTS
from demo.content.people import AUTHORS
from demo.content.site import CATEGORIES, DISCLAIMERS, SITE_PAGES, SITE_SETTINGS
from demo.content.sources import SOURCES

ARTICLES = [
    *eczema.ARTICLES,
    *skin_conditions.ARTICLES,
    *immune_system.ARTICLES,
    *skin_care.ARTICLES,
]

__all__ = [
    "ARTICLES",
    "AUTHORS",
    "CATEGORIES",
    "COMMENTS",
    "DISCLAIMERS",
    "SITE_PAGES",
    "SITE_SETTINGS",
    "SOURCES",
]
