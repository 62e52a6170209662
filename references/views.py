from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header

from articles.models import Article, ArticleReference
from references.exporters import to_bibtex, to_ris


def _reference_file(slug, *, write, extension, content_type):
    """A published article's reference list, in page order, as a file to download."""
    article = get_object_or_404(
        Article.objects.published().prefetch_related(
            Prefetch(
                "article_references", queryset=ArticleReference.objects.select_related("source")
            )
        ),
        slug=slug,
    )
    sources = [source for _, source, _ in article.numbered_references()]
    response = HttpResponse(write(sources), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{slug}-references.{extension}"
    )
    response["X-Robots-Tag"] = "noindex"  # the article page is what search engines should show
    return response


def article_ris(request, slug):
    return _reference_file(
        slug, write=to_ris, extension="ris", content_type="application/x-research-info-systems"
    )


def article_bibtex(request, slug):
    return _reference_file(
        slug, write=to_bibtex, extension="bib", content_type="application/x-bibtex"
    )
