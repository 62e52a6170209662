"""A readable comparison of two saved revisions of an article (django-reversion versions)."""

import difflib
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.utils.html import format_html, format_html_join

from articles.models import Article, ArticleAuthor, ArticleReference, Category, FAQItem
from authors.models import Author
from references.models import Source

COMPARED_FIELDS = [
    "title",
    "slug",
    "standfirst",
    "status",
    "category",
    "medical_reviewer",
    "reviewed_on",
    "published_at",
    "unpublish_at",
    "updated_at",
    "seo_description",
    "hero_image_alt",
    "hero_image_caption",
    "disclaimers",
    "related_articles",
]


@dataclass
class Snapshot:
    """An article as one revision saved it, with its inlines, in readable words."""

    fields: dict
    body_text: str
    authors: list = field(default_factory=list)
    references: list = field(default_factory=list)
    faqs: dict = field(default_factory=dict)  # question -> answer


def _inline_rows(version, model):
    article_pk = int(version.object_id)
    rows = []
    for other in version.revision.version_set.all():
        if other.content_type.model_class() is model:
            data = other.field_dict
            if data.get("article_id") == article_pk:
                rows.append(data)
    return rows


def snapshot(version):
    data = version.field_dict
    bylines = sorted(_inline_rows(version, ArticleAuthor), key=lambda row: row["position"])
    authors = Author.objects.in_bulk([row["author_id"] for row in bylines])
    sources = Source.objects.in_bulk(
        [row["source_id"] for row in _inline_rows(version, ArticleReference)]
    )
    faqs = sorted(_inline_rows(version, FAQItem), key=lambda row: row["position"])
    return Snapshot(
        fields=data,
        body_text=BeautifulSoup(data.get("body") or "", "html.parser").get_text(" "),
        authors=[str(authors.get(row["author_id"], f"#{row['author_id']}")) for row in bylines],
        references=sorted(str(source) for source in sources.values()),
        faqs={row["question"]: row["answer"] for row in faqs},
    )


def _display(name, value):
    if value in (None, "", []):
        return "—"
    if name == "status":
        return Article.Status(value).label
    if name == "category":
        return str(Category.objects.filter(pk=value).first() or value)
    if name == "medical_reviewer":
        return str(Author.objects.filter(pk=value).first() or value)
    if name in ("disclaimers", "related_articles"):
        model = Article if name == "related_articles" else Article.disclaimers.field.related_model
        return ", ".join(str(obj) for obj in model.objects.filter(pk__in=value)) or "—"
    return str(value)


def word_diff(old_text, new_text):
    """HTML with removed words in <del> and added words in <ins>."""
    old_words, new_words = old_text.split(), new_text.split()
    pieces = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(format_html("{}", " ".join(old_words[a1:a2])))
        if op in ("delete", "replace"):
            pieces.append(format_html("<del>{}</del>", " ".join(old_words[a1:a2])))
        if op in ("insert", "replace"):
            pieces.append(format_html("<ins>{}</ins>", " ".join(new_words[b1:b2])))
    return format_html_join(" ", "{}", ((piece,) for piece in pieces))


@dataclass
class Comparison:
    fields: list  # (label, old, new)
    body: str  # HTML word diff, or "" when the text is unchanged
    inlines: list  # (what, change description)

    @property
    def has_changes(self):
        return bool(self.fields or self.body or self.inlines)


def compare(old_version, new_version):
    old, new = snapshot(old_version), snapshot(new_version)
    changed = []
    for name in COMPARED_FIELDS:
        attname = Article._meta.get_field(name).attname
        before, after = old.fields.get(attname), new.fields.get(attname)
        if before != after:
            label = Article._meta.get_field(name).verbose_name.capitalize()
            changed.append((label, _display(name, before), _display(name, after)))
    body = (
        ""
        if old.body_text.split() == new.body_text.split()
        else word_diff(old.body_text, new.body_text)
    )
    inlines = []
    if old.authors != new.authors:
        inlines.append(
            ("Authors", f"{', '.join(old.authors) or '—'} → {', '.join(new.authors) or '—'}")
        )
    for added in sorted(set(new.references) - set(old.references)):
        inlines.append(("Reference added", added))
    for removed in sorted(set(old.references) - set(new.references)):
        inlines.append(("Reference removed", removed))
    for question in new.faqs.keys() - old.faqs.keys():
        inlines.append(("FAQ added", question))
    for question in old.faqs.keys() - new.faqs.keys():
        inlines.append(("FAQ removed", question))
    for question in old.faqs.keys() & new.faqs.keys():
        if old.faqs[question] != new.faqs[question]:
            inlines.append(("FAQ answer changed", question))
    return Comparison(fields=changed, body=body, inlines=inlines)


def compare_with_submission(saved, cleaned_data):
    """How a refused submission differs from the saved article (when no older revision exists)."""
    changed = []
    for name in ["title", "slug", "standfirst", "seo_description", "hero_image_alt"]:
        if name in cleaned_data and cleaned_data[name] != getattr(saved, name):
            label = Article._meta.get_field(name).verbose_name.capitalize()
            changed.append((label, getattr(saved, name) or "—", cleaned_data[name] or "—"))
    saved_text = BeautifulSoup(saved.body or "", "html.parser").get_text(" ")
    yours = BeautifulSoup(cleaned_data.get("body") or "", "html.parser").get_text(" ")
    body = "" if saved_text.split() == yours.split() else word_diff(saved_text, yours)
    return Comparison(fields=changed, body=body, inlines=[])
