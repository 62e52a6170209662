"""What the evidence trail adds to the publishing gate (editorial/checks.py).

Returns (field, message) pairs; the gate wraps them in its own Problem type.
"""

from evidence.claims import unaccepted_flags
from evidence.readability import article_readability
from evidence.retractions import unhandled_for_article


def evidence_problems(article, *, sources, site_settings):
    problems = []
    for notice in unhandled_for_article(article, sources):
        retraction = notice.retraction
        when = f" on {retraction.retraction_date:%d %b %Y}" if retraction.retraction_date else ""
        problems.append(
            (
                "article_references",
                f"“{notice.source}” has a {retraction.nature.lower()} notice{when} (Retraction "
                "Watch). Remove the reference, or record how it was handled on the evidence "
                "review page.",
            )
        )
    if site_settings.require_cited_claims:
        for sentence in unaccepted_flags(article):
            problems.append(
                (
                    "body",
                    f"“{sentence.text}” states {' and '.join(sentence.reasons)} but cites "
                    "nothing: cite a source, or have a reviewer accept it on the evidence review "
                    "page.",
                )
            )
    if site_settings.readability_gate == "block":
        body = article_readability(article)["body"]
        if body.above(site_settings.target_reading_age):
            problems.append(
                (
                    "body",
                    f"The text has a reading age of {body.reading_age}, above the site's target "
                    f"of {site_settings.target_reading_age}: use shorter sentences and plainer "
                    "words.",
                )
            )
    return problems
