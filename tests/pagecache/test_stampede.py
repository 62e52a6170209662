"""No stampede: when a hot page goes stale, one request renders it and the others are served
the previous copy meanwhile."""

import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.test.signals import template_rendered

from tests.factories import ArticleFactory, AuthorFactory, attach

READERS = 12


def count_renders(template_name, hold_until=None):
    """Count renders of ``template_name``; each waits for ``hold_until`` (an Event) first, so
    that the other readers arrive while it renders however the machine schedules threads."""
    renders = []
    lock = threading.Lock()

    def receiver(sender, template, **kwargs):
        if template.name == template_name:
            with lock:
                renders.append(template.name)
            if hold_until is not None:
                hold_until.wait(timeout=10)

    template_rendered.connect(receiver, weak=False)
    return renders, receiver


@pytest.mark.django_db(transaction=True)
def test_concurrent_readers_of_a_stale_page_cause_a_single_render(live_server):
    article = attach(ArticleFactory(title="A viral article"), authors=[AuthorFactory()], faqs=3)
    url = live_server.url + article.get_absolute_url()
    urllib.request.urlopen(url).read()  # stored
    article.title = "A viral article, corrected"
    article.save()  # the stored copy is now stale
    others_served = threading.Event()
    renders, receiver = count_renders("articles/article_detail.html", hold_until=others_served)
    start = threading.Barrier(READERS)
    served = []
    lock = threading.Lock()

    def read(_):
        start.wait()
        with urllib.request.urlopen(url) as response:
            result = response.status, response.headers["X-Page-Cache"], response.read()
        with lock:
            served.append(result[1])
            if served.count("stale") == READERS - 1:
                others_served.set()  # everyone else was answered: let the render finish
        return result

    try:
        with ThreadPoolExecutor(READERS) as pool:
            results = list(pool.map(read, range(READERS)))
    finally:
        template_rendered.disconnect(receiver)

    assert len(renders) == 1
    assert all(status == 200 for status, _, _ in results)
    states = sorted(state for _, state, _ in results)
    # One rendered; all the others were served the previous copy meanwhile, not made to wait.
    assert states == ["miss"] + ["stale"] * (READERS - 1)
    after = urllib.request.urlopen(url)
    assert after.headers["X-Page-Cache"] == "hit"
    assert b"A viral article, corrected" in after.read()
