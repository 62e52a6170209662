"""Tags as writers type and read them, and an address for every tag.

Every tag gets an address: a tag typed as only punctuation (">", "<img src=x>") has no slug
of its own, and an empty slug breaks every page that links to the tag, the sitemap included.
"""

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


def edit_string(tags):
    """The tags field's text for ``tags``: ``adults, atopic dermatitis``, read back unchanged.

    taggit's own version quotes every name with a space (``"atopic dermatitis", adults``), so a
    writer sees quotes they never typed. Only a name with a comma needs them. taggit's parser
    splits text without commas or quotes at spaces, so a single name with a space keeps a
    trailing comma to stay one tag. (TAGGIT_STRING_FROM_TAGS in settings.)
    """
    names = sorted(f'"{tag.name}"' if "," in tag.name else tag.name for tag in tags)
    text = ", ".join(names)
    if len(names) == 1 and " " in text and '"' not in text:
        text += ","
    return text
