from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path

from evidence.links import broken_by_article
from evidence.models import (
    ArticleNeedingAttention,
    FastMovingTopic,
    GlossaryTerm,
    HandledNotice,
    LinkCheck,
    Retraction,
)
from evidence.retractions import needing_attention
from evidence.standing import source_standing_html
from references.admin import SourceAdmin
from references.models import Source

# The source's page also says whether it still stands: the evidence trail builds on the
# reference library, so it extends that admin rather than being imported by it.
admin.site.unregister(Source)


@admin.register(Source)
class SourceWithStandingAdmin(SourceAdmin):
    readonly_fields = [*SourceAdmin.readonly_fields, "standing"]
    fieldsets = [
        *SourceAdmin.fieldsets,
        ("Still standing? (evidence trail)", {"fields": ["standing"]}),
    ]

    @admin.display(description="Retraction notices and link checks")
    def standing(self, obj):
        return source_standing_html(obj) if obj.pk else "—"


@admin.register(ArticleNeedingAttention)
class ArticleNeedingAttentionAdmin(admin.ModelAdmin):
    """The editors' list: published articles citing retracted or corrected sources, and articles
    whose references' links are broken."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        # One page, the list: the articles themselves are edited on their own admin pages.
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name="evidence_articleneedingattention_changelist",
            )
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Articles needing attention",
            "notices": needing_attention(),
            "broken": sorted(broken_by_article().items(), key=lambda item: item[0].title),
        }
        return render(request, "admin/evidence/attention.html", context)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the management commands: read here, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Retraction)
class RetractionAdmin(ReadOnlyAdmin):
    list_display = [
        "record_id",
        "nature",
        "retraction_date",
        "title",
        "original_doi",
        "original_pmid",
    ]
    list_filter = ["nature"]
    search_fields = ["title", "journal", "=original_doi", "=original_pmid", "=record_id"]
    date_hierarchy = "retraction_date"


@admin.register(HandledNotice)
class HandledNoticeAdmin(admin.ModelAdmin):
    list_display = ["article", "retraction", "handled_by", "handled_at"]
    list_select_related = ["article", "retraction", "handled_by"]
    readonly_fields = ["article", "retraction", "handled_by", "handled_at"]
    search_fields = ["article__title", "note"]

    def has_add_permission(self, request):
        return False  # recorded from the article's evidence review page


@admin.register(LinkCheck)
class LinkCheckAdmin(ReadOnlyAdmin):
    list_display = ["source", "link", "state", "status_code", "final_url", "error", "checked_at"]
    list_filter = ["state", "link"]
    list_select_related = ["source"]
    search_fields = ["source__title", "url", "final_url"]


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "plain"]
    list_editable = ["plain"]
    search_fields = ["term", "plain"]


@admin.register(FastMovingTopic)
class FastMovingTopicAdmin(admin.ModelAdmin):
    list_display = ["category", "max_age_years"]
    list_editable = ["max_age_years"]
