from django.contrib import admin, messages
from django.db.models import Count, Q
from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.html import format_html

from feedback import triage
from feedback.models import ArticleFeedback, ErrorReport, PageFeedback


def _article_link(article):
    return format_html('<a href="{}">{}</a>', article.get_absolute_url(), article)


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = [
        "preview",
        "article_link",
        "revision",
        "status",
        "created_at",
        "is_spam",
    ]
    list_filter = [
        "status",
        "is_spam",
        "created_at",
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["description", "email", "article__title"]
    list_select_related = ["article"]
    date_hierarchy = "created_at"
    actions = ["mark_in_progress", "mark_fixed", "mark_declined", "mark_spam", "mark_not_spam"]
    fields = [
        "article",
        "revision",
        "description",
        "email",
        "status",
        "editor_notes",
        "is_spam",
        "spam_reasons",
        "ip_address",
        "created_at",
        "updated_at",
        "handled_by",
    ]
    readonly_fields = [
        "article",
        "revision",
        "description",
        "email",
        "spam_reasons",
        "ip_address",
        "created_at",
        "updated_at",
        "handled_by",
    ]

    def has_add_permission(self, request):
        return False  # reports come from readers

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Report")
    def preview(self, obj):
        return truncatechars(" ".join(obj.description.split()), 90)

    @admin.display(description="Article", ordering="article__title")
    def article_link(self, obj):
        return _article_link(obj.article)

    @admin.display(description="Revision seen", ordering="article_version")
    def revision(self, obj):
        if obj.is_about_an_older_revision:
            return f"{obj.article_version} (now {obj.article.version})"
        return f"{obj.article_version} (current)"

    def _set_status(self, request, queryset, status):
        changed = triage.set_status(reports=queryset, status=status, editor=request.user)
        label = ErrorReport.Status(status).label.lower()
        self.message_user(request, f"{changed} report(s) marked {label}.", messages.SUCCESS)

    @admin.action(description="Mark selected reports in progress", permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._set_status(request, queryset, ErrorReport.Status.IN_PROGRESS)

    @admin.action(description="Mark selected reports fixed", permissions=["change"])
    def mark_fixed(self, request, queryset):
        self._set_status(request, queryset, ErrorReport.Status.FIXED)

    @admin.action(description="Mark selected reports declined", permissions=["change"])
    def mark_declined(self, request, queryset):
        self._set_status(request, queryset, ErrorReport.Status.DECLINED)

    @admin.action(description="Mark selected reports as spam", permissions=["change"])
    def mark_spam(self, request, queryset):
        queryset.update(is_spam=True)

    @admin.action(description="Not spam: put back in the queue", permissions=["change"])
    def mark_not_spam(self, request, queryset):
        queryset.update(is_spam=False)


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    list_display = ["article", "is_helpful", "comment_preview", "article_version", "created_at"]
    list_filter = [
        "is_helpful",
        "is_spam",
        "created_at",
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["comment", "article__title"]
    list_select_related = ["article"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "article",
        "article_version",
        "is_helpful",
        "comment",
        "spam_reasons",
        "created_at",
    ]
    fields = [*readonly_fields, "is_spam"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="What was wrong")
    def comment_preview(self, obj):
        return truncatechars(" ".join(obj.comment.split()), 90) or "—"


@admin.register(ArticleFeedback)
class ArticleFeedbackAdmin(admin.ModelAdmin):
    """How readers rate each article, and how many of their error reports are still open."""

    list_display = ["title", "helpful_yes", "helpful_no", "open_reports", "all_reports"]
    search_fields = ["title"]
    list_per_page = 50

    def get_queryset(self, request):
        genuine = Q(page_feedback__is_spam=False)
        reports = Q(error_reports__is_spam=False)
        open_statuses = [ErrorReport.Status.NEW, ErrorReport.Status.IN_PROGRESS]
        return (
            super()
            .get_queryset(request)
            .only("pk", "title")
            .annotate(
                yes=Count(
                    "page_feedback",
                    filter=genuine & Q(page_feedback__is_helpful=True),
                    distinct=True,
                ),
                no=Count(
                    "page_feedback",
                    filter=genuine & Q(page_feedback__is_helpful=False),
                    distinct=True,
                ),
                open=Count(
                    "error_reports",
                    filter=reports & Q(error_reports__status__in=open_statuses),
                    distinct=True,
                ),
                reports=Count("error_reports", filter=reports, distinct=True),
            )
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Counts, not texts: whoever may read the answers and reports may read their totals.
        return request.user.has_perm("feedback.view_pagefeedback") or request.user.has_perm(
            "feedback.view_errorreport"
        )

    def _reports_link(self, obj, count, **filters):
        url = reverse("admin:feedback_errorreport_changelist")
        query = "&".join(f"{k}={v}" for k, v in {"article__id__exact": obj.pk, **filters}.items())
        return format_html('<a href="{}?{}">{}</a>', url, query, count)

    @admin.display(description="Helpful: yes", ordering="yes")
    def helpful_yes(self, obj):
        return obj.yes

    @admin.display(description="Helpful: no", ordering="no")
    def helpful_no(self, obj):
        return obj.no

    @admin.display(description="Open reports", ordering="open")
    def open_reports(self, obj):
        return self._reports_link(obj, obj.open, is_spam__exact=0) if obj.open else 0

    @admin.display(description="All reports", ordering="reports")
    def all_reports(self, obj):
        return self._reports_link(obj, obj.reports, is_spam__exact=0) if obj.reports else 0
