"""No stampede: when a hot page goes stale, one request renders it and the others are served
the previous copy meanwhile."""

import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.test.signals import template_rendered

from tests.factories import ArticleFactory, AuthorFactory, attach

READERS = 12


def count_renders(template_name):
    renders = []
    lock = threading.Lock()

    def receiver(sender, template, **kwargs):
        if template.name == template_name:
            with lock:
                renders.append(template.name)

    template_rendered.connect(receiver, weak=False)
    return renders, receiver


@pytest.mark.django_db(transaction=True)
def test_concurrent_readers_of_a_stale_page_cause_a_single_render(live_server):
    article = attach(ArticleFactory(title="A viral article"), authors=[AuthorFactory()], faqs=3)
    url = live_server.url + article.get_absolute_url()
    urllib.request.urlopen(url).read()  # stored
    article.title = "A viral article, corrected"
    article.save()  # the stored copy is now stale
    renders, receiver = count_renders("articles/article_detail.html")
    start = threading.Barrier(READERS)

    def read(_):
        start.wait()
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers["X-Page-Cache"], response.read()

    try:
        with ThreadPoolExecutor(READERS) as pool:
            results = list(pool.map(read, range(READERS)))
    finally:
        template_rendered.disconnect(receiver)

    assert len(renders) == 1
    assert all(status == 200 for status, _, _ in results)
    states = sorted(state for _, state, _ in results)
    assert states.count("miss") == 1
    assert set(states) <= {"miss", "stale", "hit"}
    assert "stale" in states  # others were served the previous copy, not made to render
    after = urllib.request.urlopen(url)
    assert after.headers["X-Page-Cache"] == "hit"
    assert b"A viral article, corrected" in after.read()
