from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from articles.models import Article
from evidence.standing import source_standing_html
from references.forms import ConfirmImportForm, ImportForm
from references.imports import import_references, preview_references
from references.models import Source
from sitewide.context_processors import load_sitewide


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "container_title", "year", "doi", "pmid"]
    list_filter = ["kind"]
    search_fields = ["title", "authors", "container_title", "doi", "pmid"]
    readonly_fields = ["as_printed", "standing"]
    fieldsets = [
        (None, {"fields": ["kind", "authors", "more_authors", "title", "container_title", "year"]}),
        (
            "Where in the publication",
            {"fields": ["volume", "issue", "pages", "edition", "editors"]},
        ),
        ("Publisher", {"fields": ["publisher", "place"]}),
        ("Online", {"fields": ["url", "cited_on", "doi", "pmid"]}),
        ("Preview", {"fields": ["as_printed"]}),
        ("Still standing? (evidence trail)", {"fields": ["standing"]}),
    ]

    @admin.display(description="Retraction notices and link checks")
    def standing(self, obj):
        return source_standing_html(obj) if obj.pk else "—"

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
            if article_id.isdigit():
                article = Article.objects.filter(pk=article_id).first()
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
