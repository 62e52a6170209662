from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from reversion.models import Version

from articles.models import Article
from articles.views import article_context
from editorial.previews import article_id_from_token, can_preview
from editorial.revisions import article_as_of


def preview(request, pk, version_id=None):
    """Staff preview of the current text, or of one saved revision."""
    article = get_object_or_404(Article.objects.for_page(), pk=pk)
    if not can_preview(request.user, article):
        raise Http404  # no hint to outsiders that the article exists
    if version_id is not None:
        version = get_object_or_404(Version.objects.get_for_object(article), pk=version_id)
        article = article_as_of(version)
    return _render(request, article)


def shared_preview(request, token):
    try:
        pk = article_id_from_token(token)
    except signing.BadSignature as error:
        raise Http404("This preview link is invalid or has expired.") from error
    return _render(request, get_object_or_404(Article.objects.for_page(), pk=pk))


def _render(request, article):
    response = render(
        request, "articles/article_detail.html", {**article_context(article), "is_preview": True}
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response
