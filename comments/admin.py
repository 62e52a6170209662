from django.contrib import admin, messages
from django.template.defaultfilters import truncatechars
from django.utils import timezone
from django.utils.html import format_html

from comments.models import Comment
from comments.moderation import moderate


class KindFilter(admin.SimpleListFilter):
    title = "kind"
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("comment", "Comments"), ("reply", "Replies")]

    def queryset(self, request, queryset):
        if self.value() == "comment":
            return queryset.filter(parent=None)
        if self.value() == "reply":
            return queryset.exclude(parent=None)
        return queryset


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["preview", "name", "article_link", "status", "created_at", "held_because"]
    list_display_links = ["preview"]
    list_filter = [
        "status",
        KindFilter,
        "created_at",
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "email", "text", "article__title"]
    list_select_related = ["article"]
    date_hierarchy = "created_at"
    actions = ["approve", "reject", "mark_spam"]
    fieldsets = [
        (None, {"fields": ["article", "parent", "status", "as_readers_see_it"]}),
        ("What the reader sent", {"fields": ["name", "email", "website", "text"]}),
        (
            "Checks and moderation",
            {
                "fields": [
                    "spam_reasons",
                    "created_at",
                    "ip_address",
                    "user_agent",
                    "moderated_at",
                    "moderated_by",
                ]
            },
        ),
    ]
    readonly_fields = [
        "article",
        "parent",
        "as_readers_see_it",
        "spam_reasons",
        "created_at",
        "ip_address",
        "user_agent",
        "moderated_at",
        "moderated_by",
    ]

    def has_add_permission(self, request):
        return False  # comments come from readers

    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_moderate_permission(request):
            readonly.append("status")
        return readonly

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.moderated_at = timezone.now()
            obj.moderated_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Comment")
    def preview(self, obj):
        return truncatechars(" ".join(obj.text.split()), 90)

    @admin.display(description="Article", ordering="article__title")
    def article_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.article.get_absolute_url(), obj.article)

    @admin.display(description="Held because")
    def held_because(self, obj):
        return "; ".join(obj.spam_reasons) or "—"

    @admin.display(description="As readers see it")
    def as_readers_see_it(self, obj):
        return format_html('<div class="comment__text">{}</div>', obj.text_html)

    def _moderate(self, request, queryset, status, verb):
        changed = moderate(comments=queryset, status=status, moderator=request.user)
        self.message_user(request, f"{changed} comment(s) {verb}.", messages.SUCCESS)

    @admin.action(description="Approve selected comments", permissions=["moderate"])
    def approve(self, request, queryset):
        self._moderate(request, queryset, Comment.Status.APPROVED, "approved")

    @admin.action(description="Reject selected comments", permissions=["moderate"])
    def reject(self, request, queryset):
        self._moderate(request, queryset, Comment.Status.REJECTED, "rejected")

    @admin.action(description="Mark selected comments as spam", permissions=["moderate"])
    def mark_spam(self, request, queryset):
        self._moderate(request, queryset, Comment.Status.SPAM, "marked as spam")
