import csv

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone

from newsletter import subscriptions
from newsletter.models import Subscriber

CSV_COLUMNS = [
    ("email", "Email"),
    ("confirmed_at", "Confirmed at"),
    ("consented_at", "Consented at"),
    ("consent_page", "Signed up on page"),
    ("consent_form", "Form"),
    ("consent_text", "Consent wording"),
]


def csv_cell(value):
    """A value a spreadsheet shows as text: a leading =, +, - or @ would run as a formula."""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def confirmed_csv(queryset):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"subscribers-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow([title for _, title in CSV_COLUMNS])
    for subscriber in queryset.confirmed().order_by("confirmed_at", "pk"):
        writer.writerow([csv_cell(getattr(subscriber, name) or "") for name, _ in CSV_COLUMNS])
    return response


class HeldFilter(admin.SimpleListFilter):
    title = "spam checks"
    parameter_name = "held"

    def lookups(self, request, model_admin):
        return [("yes", "Held: no email sent")]

    def queryset(self, request, queryset):
        return queryset.held() if self.value() == "yes" else queryset


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    change_list_template = "admin/newsletter/subscriber/change_list.html"
    list_display = ["email", "status", "consented_at", "confirmed_at", "consent_form", "held"]
    list_filter = ["status", HeldFilter, "consent_form", "consented_at"]
    search_fields = ["email"]
    date_hierarchy = "consented_at"
    actions = ["export_csv", "send_confirmation"]
    fields = [
        "email",
        "status",
        "consent_text",
        "consented_at",
        "consent_page",
        "consent_form",
        "ip_address",
        "held_reasons",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "created_at",
    ]
    # The record is evidence of consent: editors read it, export it or delete it, never edit it.
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # addresses come with the reader's own consent only

    def has_change_permission(self, request, obj=None):
        return False

    def has_resend_permission(self, request):
        # Sending email is more than reading the list: it takes the model's change permission.
        return request.user.has_perm("newsletter.change_subscriber")

    @admin.display(description="Held", boolean=True)
    def held(self, obj):
        return bool(obj.held_reasons)

    def get_urls(self):
        export = path(
            "export/",
            self.admin_site.admin_view(self.export_view),
            name="newsletter_subscriber_export",
        )
        return [export, *super().get_urls()]

    def export_view(self, request):
        """Every confirmed subscriber as CSV, for the mailing tool."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return confirmed_csv(Subscriber.objects.all())

    @admin.action(description="Export selected confirmed subscribers as CSV")
    def export_csv(self, request, queryset):
        return confirmed_csv(queryset)

    @admin.action(
        description="Send the confirmation email again (awaiting confirmation only)",
        permissions=["resend"],
    )
    def send_confirmation(self, request, queryset):
        base_url = request.build_absolute_uri("/").rstrip("/")
        pending = list(queryset.filter(status=Subscriber.Status.PENDING))
        for subscriber in pending:
            subscriptions.send_confirmation(subscriber=subscriber, base_url=base_url)
        self.message_user(
            request, f"Confirmation email queued for {len(pending)} address(es).", messages.SUCCESS
        )
