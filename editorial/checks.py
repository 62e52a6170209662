"""The publishing gate: what must be true before readers see an article.

The same checks are shown to writers on every save (as a checklist) and enforced when an
article enters "published", so there is one definition of "ready".
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup

from articles.citations import cited_source_ids
from evidence.gate import evidence_problems
from references.models import Source, same_work


@dataclass(frozen=True)
class Problem:
    field: str  # the form field or inline (formset prefix) the problem belongs to
    message: str


def unresolved_citations(body, attached_ids):
    """Citations in ``body`` of sources that are not among ``attached_ids``."""
    missing = [pk for pk in cited_source_ids(body) if pk not in attached_ids]
    names = {s.pk: str(s) for s in Source.objects.filter(pk__in=missing)} if missing else {}
    return [
        Problem(
            "article_references",
            f"The text cites “{names[pk]}”, which is not in the reference list. Add it below "
            "or remove the citation."
            if pk in names
            else f"The text cites a source (#{pk}) that no longer exists. Remove that citation.",
        )
        for pk in missing
    ]


def reference_problems(article, links):
    """Problems with an article's reference list. ``links`` are its ArticleReference rows."""
    attached = {link.source_id: link for link in links}
    cited = cited_source_ids(article.body)
    problems = unresolved_citations(article.body, attached)
    seen = []
    for link in links:
        source = link.source
        if source.pk not in cited and not link.is_further_reading:
            problems.append(
                Problem(
                    "article_references",
                    f"“{source}” is never cited in the text. Cite it, or tick “further reading”.",
                )
            )
        twin = next((earlier for earlier in seen if same_work(earlier, source)), None)
        if twin is not None:
            problems.append(
                Problem(
                    "article_references",
                    f"“{source}” looks like a duplicate of “{twin}” (the same work).",
                )
            )
        seen.append(source)
        if source.needs_details:
            problems.append(
                Problem(
                    "article_references",
                    f"“{source}” was imported from an identifier only: fill in its details.",
                )
            )
        elif not source.title.strip() or not source.year:
            what = "title" if not source.title.strip() else "year"
            problems.append(Problem("article_references", f"“{source}” has no {what}."))
        if source.kind == Source.Kind.WEB_PAGE and not source.cited_on:
            problems.append(
                Problem(
                    "article_references",
                    f"The web page “{source}” needs the date it was cited.",
                )
            )
    return problems


def image_problems(article):
    problems = []
    for image in BeautifulSoup(article.body or "", "html.parser").find_all("img"):
        if not (image.get("alt") or "").strip():
            problems.append(
                Problem("body", f"An image in the text has no alt text ({image.get('src', '')}).")
            )
    if article.hero_image and not article.hero_image_alt.strip():
        problems.append(Problem("hero_image_alt", "The hero image needs alt text."))
    return problems


def publishing_problems(article, *, site_settings, default_disclaimer):
    """Everything that stops ``article`` from being published, in plain words."""
    problems = []
    bylines = list(article.article_authors.select_related("author"))
    if not bylines:
        problems.append(Problem("article_authors", "Add at least one author."))
    elif not any(link.author.credentials.strip() for link in bylines):
        problems.append(
            Problem(
                "article_authors",
                "At least one author needs credentials (e.g. “BSc in Biological Sciences”); "
                "add them on the author's page.",
            )
        )
    if site_settings.requires_medical_review and not (
        article.medical_reviewer_id and article.reviewed_on
    ):
        problems.append(
            Problem(
                "medical_reviewer",
                "A medical reviewer must record a review (approve the article) before it is "
                "published.",
            )
        )
    links = list(article.article_references.select_related("source"))
    if not links:
        problems.append(Problem("article_references", "Add at least one reference."))
    problems += reference_problems(article, links)
    if default_disclaimer is None and not article.disclaimers.exists():
        problems.append(Problem("disclaimers", "Choose a disclaimer: the site has no default one."))
    problems += image_problems(article)
    sources = [link.source for link in links]
    problems += [
        Problem(*p)
        for p in evidence_problems(article, sources=sources, site_settings=site_settings)
    ]
    if not article.seo_description.strip():
        problems.append(
            Problem("seo_description", "Write an SEO description (up to 160 characters).")
        )
    return problems


def problems_for(article):
    """``publishing_problems`` with the site's current settings."""
    from sitewide.context_processors import load_sitewide

    sitewide = load_sitewide()
    return publishing_problems(
        article,
        site_settings=sitewide.settings,
        default_disclaimer=sitewide.parts["default_disclaimer"],
    )
