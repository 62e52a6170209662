"""“My notifications”: each person's choice of workflow emails (editorial/notifications.py)."""

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from editorial.models import NotificationPreference


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    """“My notifications”: every staff member edits their own row, and nobody else's.

    The list page (linked from the user tools) opens the person's own row, created with every
    kind on; other rows are outside the queryset, so their pages answer “does not exist”.
    """

    fields = [
        "submitted",
        "sent_back",
        "approved",
        "ready_to_publish",
        "published",
        "error_reported",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(user=request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request) and (
            obj is None or obj.user_id == request.user.pk
        )

    has_change_permission = has_view_permission

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        preference, _ = NotificationPreference.objects.get_or_create(user=request.user)
        return redirect("admin:editorial_notificationpreference_change", preference.pk)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "title": "Email me when…",
            "subtitle": None,
            "show_save_and_continue": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        self.message_user(request, "Your notification settings are saved.")
        return redirect(reverse("admin:editorial_notificationpreference_change", args=[obj.pk]))
