"""Email is sent by the task queue (django-tasks), never during a reader's request: a slow or
unreachable mail server must not hold up the page. See TASKS in settings."""

from django_tasks import task

from newsletter import emails
from newsletter.models import Subscriber


@task()
def send_confirmation_email(subscriber_id, base_url):
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, status=Subscriber.Status.PENDING
    ).first()
    if subscriber is None:  # confirmed, unsubscribed or deleted since it was queued
        return False
    emails.confirmation_message(subscriber=subscriber, base_url=base_url).send()
    return True
