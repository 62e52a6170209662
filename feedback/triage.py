"""Reader feedback in, editors' decisions out. Feedback is tied to the revision of the article
the reader saw (Article.version), so a report about an old revision can be checked against it."""

from functools import partial

from django.db import transaction
from django_tasks import task

from editorial import notifications
from feedback.models import ErrorReport, PageFeedback


def seen_version(article, version):
    """The revision the page showed: as posted by the form, unless it cannot be one."""
    return version if version and 1 <= version <= article.version else article.version


@transaction.atomic
def record_answer(*, article, version, is_helpful, spam_reasons=()):
    return PageFeedback.objects.create(
        article=article,
        article_version=seen_version(article, version),
        is_helpful=is_helpful,
        is_spam=bool(spam_reasons),
        spam_reasons=list(spam_reasons),
    )


@transaction.atomic
def add_comment(*, feedback, comment, spam_reasons=()):
    """Add “what was wrong?” to an answer, once."""
    feedback = PageFeedback.objects.select_for_update().get(pk=feedback.pk)
    if feedback.comment:
        return feedback
    feedback.comment = comment
    if spam_reasons:
        feedback.is_spam = True
        feedback.spam_reasons = [*feedback.spam_reasons, *spam_reasons]
    feedback.save(update_fields=["comment", "is_spam", "spam_reasons"])
    return feedback


@transaction.atomic
def report_error(*, article, version, description, email="", spam_reasons=(), ip_address=None):
    report = ErrorReport.objects.create(
        article=article,
        article_version=seen_version(article, version),
        description=description,
        email=email,
        is_spam=bool(spam_reasons),
        spam_reasons=list(spam_reasons),
        ip_address=ip_address,
    )
    if not report.is_spam:
        # The article's writers hear of it once the report is committed.
        transaction.on_commit(partial(send_error_report_emails.enqueue, report.pk))
    return report


@task()
def send_error_report_emails(report_id):
    """Email the writers of the article a reader reported an error in; return how many."""
    report = (
        ErrorReport.objects.select_related("article").filter(pk=report_id, is_spam=False).first()
    )
    if report is None:  # spam, or deleted since
        return 0
    article, kind = report.article, notifications.ERROR_REPORTED
    people = notifications.recipients(
        notifications.audience(notifications.WRITERS, article), kind=kind
    )
    return notifications.send(
        [
            notifications.build_message(kind=kind, person=person, article=article, report=report)
            for person in people
        ]
    )


@transaction.atomic
def set_status(*, reports, status, editor):
    """Move every report in the ``reports`` queryset to ``status``; return how many changed."""
    if status not in ErrorReport.Status.values:
        raise ValueError(f"Unknown report status {status!r}")
    return reports.exclude(status=status).update(status=status, handled_by=editor)
