from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from articles.models import Article
from references.forms import NOT_YOURS, ConfirmImportForm, ImportForm
from references.imports import import_references, preview_references
from references.models import Source
from sitewide.context_processors import load_sitewide


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "container_title", "year", "doi", "pmid"]
    list_filter = ["kind"]
    search_fields = ["title", "authors", "container_title", "doi", "pmid"]
    readonly_fields = ["as_printed"]
    fieldsets = [
        (None, {"fields": ["kind", "authors", "more_authors", "title", "container_title", "year"]}),
        (
            "Where in the publication",
            {
                "fields": [
                    "journal_title",
                    ("month", "day"),
                    "volume",
                    "issue",
                    "pages",
                    "edition",
                    "editors",
                    "report_number",
                ]
            },
        ),
        ("Publisher", {"fields": ["publisher", "place"]}),
        ("Online", {"fields": ["url", "cited_on", "doi", "pmid"]}),
        ("Preview", {"fields": ["as_printed"]}),
    ]

    def has_change_permission(self, request, obj=None):
        """A source cited beyond the user's own drafts changes live or reviewed articles:
        that is an editor's change, never a writer's."""
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or not self.cited_beyond_reach(request.user, obj)

    def cited_beyond_reach(self, user, source):
        """The first article citing ``source`` that ``user`` may not change, or None."""
        if user.has_perm("articles.publish_article"):
            return None
        reachable = Article.objects.changeable_by(user)
        return (
            Article.objects.filter(article_references__source=source)
            .exclude(pk__in=reachable.values("pk"))
            .only("title", "status", "published_at", "unpublish_at")
            .first()
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        source = self.get_object(request, object_id)
        if source is not None and request.method == "GET":
            if (article := self.cited_beyond_reach(request.user, source)) is not None:
                # Name the article only when readers can see it anyway.
                which = (
                    f"“{article}”, which is published"
                    if article.is_published()
                    else ("an article that is not your draft")
                )
                self.message_user(
                    request,
                    f"Only editors can change this source: it is cited by {which}. "
                    "Ask an editor to make the change.",
                    level="warning",
                )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="As printed (in the site's citation style)")
    def as_printed(self, obj):
        if not obj.pk:
            return "Save to see the formatted reference."
        return obj.formatted_html(load_sitewide().settings.citation_style)

    def get_urls(self):
        # Before the default URLs, whose "<object_id>/" would otherwise take "import/".
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="references_source_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Paste or upload references, check them, then save: three steps, one address.

        ``?article=<pk>`` adds the imported sources to that article's reference list.
        """
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import references",
            "style": load_sitewide().settings.citation_style,
        }
        if "confirm" in request.POST:
            confirm = ConfirmImportForm(request.POST, user=request.user)
            if confirm.is_valid():
                result = confirm.parse()
                article = confirm.cleaned_data["article"]
                outcomes = import_references(entries=confirm.chosen(result), article=article)
                self._report(request, outcomes, article)
                if article:
                    return redirect("admin:articles_article_change", article.pk)
                return redirect("admin:references_source_changelist")
            # Only a tampered or expired form gets here: start again, saying why.
            context["errors"] = confirm.errors
            form = ImportForm(user=request.user)
        elif request.method == "POST":
            form = ImportForm(request.POST, request.FILES, user=request.user)
            if form.is_valid():
                result = form.parse()
                article = form.cleaned_data["article"]
                if not result.error:
                    context["confirm_form"] = ConfirmImportForm(
                        initial={"text": result.text, "article": article}, user=request.user
                    )
                    context["outcomes"] = preview_references(
                        entries=result.entries, article=article
                    )
                context.update(result=result, article=article)
        else:
            article_id = request.GET.get("article", "")
            article = None
            if article_id:
                article = (
                    Article.objects.changeable_by(request.user)
                    .filter(pk=article_id if article_id.isdigit() else None)
                    .first()
                )
                if article is None:
                    # Says nothing of the article: not even whether it exists.
                    self.message_user(request, NOT_YOURS, level="error")
            form = ImportForm(initial={"article": article}, user=request.user)
            context["article"] = article
        context["form"] = form
        return TemplateResponse(request, "admin/references/source/import.html", context)

    def _report(self, request, outcomes, article):
        new = sum(outcome.is_new for outcome in outcomes)
        linked = len(outcomes) - new
        summary = f"Imported {len(outcomes)} reference{pluralize(len(outcomes))}: {new} new"
        if linked:
            summary += f", {linked} already in the library (linked to it, left unchanged)"
        if article:
            attached = sum(outcome.is_attached for outcome in outcomes)
            summary += f". {attached} added to the reference list of “{article}”"
            if attached < len(outcomes):
                summary += f" ({len(outcomes) - attached} already in it)"
        self.message_user(request, summary + ".")
        unfinished = [outcome.source for outcome in outcomes if outcome.source.needs_details]
        if unfinished:
            links = format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (
                        reverse("admin:references_source_change", args=[source.pk]),
                        Truncator(source.title).chars(60),
                    )
                    for source in unfinished
                ),
            )
            self.message_user(
                request,
                format_html(
                    "{} source{} known only by DOI or PMID, to be filled in: {}",
                    len(unfinished),
                    pluralize(len(unfinished)),
                    links,
                ),
                level="warning",
            )
