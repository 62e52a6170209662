"""Whether one source is still standing, for the source's admin page: retraction notices and the
last link checks."""

from django.utils.html import format_html, format_html_join

from evidence.models import Retraction


def source_standing_html(source):
    notices = list(Retraction.objects.for_sources([source]))
    checks = list(source.link_checks.all())
    parts = []
    if notices:
        parts.append(
            format_html_join(
                "",
                '<p class="errornote">{}: {} <a href="{}">notice</a>{}</p>',
                (
                    (
                        notice.nature,
                        notice.retraction_date.strftime("%d %b %Y")
                        if notice.retraction_date
                        else "date unknown",
                        notice.notice_url or "#",
                        f" — {'; '.join(notice.reason_list[:3])}" if notice.reason_list else "",
                    )
                    for notice in notices
                ),
            )
        )
    else:
        parts.append(format_html("<p>{}</p>", "No retraction or correction notice is recorded."))
    if checks:
        parts.append(
            format_html_join(
                "",
                "<p>{}: {}{} (checked {})</p>",
                (
                    (
                        check.get_link_display(),
                        check.get_state_display(),
                        f" — HTTP {check.status_code}"
                        if check.status_code
                        else f" — {check.error}",
                        check.checked_at.strftime("%d %b %Y"),
                    )
                    for check in checks
                ),
            )
        )
    return format_html("{}", format_html_join("", "{}", ((part,) for part in parts)))
