"""Authors in the page cache: an author's page and the pages of the articles showing them."""

from articles.cache_tags import articles_showing
from authors.models import Author, ProfileLink
from pagecache import invalidation, tags


def author_tags(author_id):
    names = {tags.author(author_id), tags.AUTHORS}
    return (
        names | articles_showing(authors=author_id) | articles_showing(medical_reviewer=author_id)
    )


invalidation.watch(Author, lambda author, old: author_tags(author.pk))
invalidation.watch(ProfileLink, lambda link, old: author_tags(link.author_id))
tags.name_model(Author, lambda author: tags.author(author.pk))
