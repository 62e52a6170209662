from django.http import Http404, JsonResponse
from django.shortcuts import render

from evidence.trail import as_json, published_article, trail_for
from sitewide.context_processors import load_sitewide


def _trail(slug):
    article = published_article(slug)
    if article is None:
        raise Http404
    return trail_for(article)


def trail_page(request, slug):
    """“How this article was made”: the public evidence trail of a published article."""
    return render(request, "evidence/trail.html", {"trail": _trail(slug)})


def trail_json(request, slug):
    data = as_json(
        _trail(slug),
        absolute=request.build_absolute_uri,
        editorial_standards_url=load_sitewide().editorial_standards_url,
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
