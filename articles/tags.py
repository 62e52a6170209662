"""Every tag gets an address: a tag typed as only punctuation (">", "<img src=x>") has no slug
of its own, and an empty slug breaks every page that links to the tag, the sitemap included."""

import hashlib

from django.utils.text import slugify


def has_words(name):
    """Whether a tag name yields a slug: it needs at least one letter or digit."""
    return bool(slugify(name, allow_unicode=True))


def fallback_slug(name):
    """A stable address for a tag whose name yields no slug."""
    return "tag-" + hashlib.sha256(name.encode()).hexdigest()[:10]


def give_every_tag_a_slug(sender, instance, **kwargs):
    """pre_save for taggit's Tag: it saves whatever slugify() returns, even ""."""
    if not instance.slug:
        instance.slug = fallback_slug(instance.name)
