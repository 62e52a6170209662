"""The dashboard's queue of new error reports (for whoever triages them)."""

from django.urls import reverse

from editorial import dashboard
from feedback.models import ErrorReport


@dashboard.register
def error_reports(user):
    if not user.has_perm("feedback.change_errorreport"):
        return None
    reports = ErrorReport.objects.filter(status=ErrorReport.Status.NEW, is_spam=False)
    return dashboard.panel(
        "error-reports",
        "New error reports from readers",
        reports.select_related("article").order_by("-created_at"),
        reverse("admin:feedback_errorreport_changelist") + "?status__exact=new",
        "No new error reports.",
        title_of=lambda r: f"{r.article.title}: {r.description[:80]}",
        url_of=lambda r: reverse("admin:feedback_errorreport_change", args=[r.pk]),
    )
