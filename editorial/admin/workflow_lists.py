from django.contrib import admin
from django.utils.html import format_html

from articles.models import Article
from editorial.models import MedicalReview, StashedEdit, Transition


class DueForReview(Article):
    """Published articles whose medical review is overdue or due within 30 days."""

    class Meta:
        proxy = True
        verbose_name = "article due for review"
        verbose_name_plural = "articles due for review"


@admin.register(DueForReview)
class DueForReviewAdmin(admin.ModelAdmin):
    list_display = ["title_link", "medical_reviewer", "reviewed_on", "review_due_on", "urgency"]
    list_select_related = ["medical_reviewer"]
    ordering = ["review_due_on"]
    search_fields = ["title"]

    def get_queryset(self, request):
        return Article.objects.due_for_review().editable_by(request.user)

    @admin.display(description="Article", ordering="title")
    def title_link(self, obj):
        return format_html('<a href="/admin/articles/article/{}/change/">{}</a>', obj.pk, obj.title)

    @admin.display(description="Status")
    def urgency(self, obj):
        from django.utils import timezone

        if obj.review_due_on is None:
            return "Never reviewed"
        days = (obj.review_due_on - timezone.localdate()).days
        return f"Overdue by {-days} days" if days < 0 else f"Due in {days} days"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Transition)
class TransitionAdmin(ReadOnlyAdmin):
    list_display = ["article", "from_status", "to_status", "user", "created_at", "note"]
    list_filter = ["to_status"]
    list_select_related = ["article", "user"]
    search_fields = ["article__title", "note"]


@admin.register(MedicalReview)
class MedicalReviewAdmin(ReadOnlyAdmin):
    list_display = ["article", "reviewer", "reviewed_on", "recorded_by"]
    list_select_related = ["article", "reviewer", "recorded_by"]
    search_fields = ["article__title", "notes"]


@admin.register(StashedEdit)
class StashedEditAdmin(ReadOnlyAdmin):
    list_display = ["article", "user", "based_on_version", "created_at"]
    list_select_related = ["article", "user"]
    readonly_fields = ["article", "user", "based_on_version", "created_at", "data"]
