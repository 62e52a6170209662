from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from articles.models import Article
from sitewide.models import SitePage

HOME_LATEST = 6


def home(request):
    # The newest article an editor featured (or else the newest), then the latest: each read
    # from an index in order (sorting on is_featured would sort every article).
    newest = list(Article.objects.published().for_cards()[:HOME_LATEST])
    featured = Article.objects.published().for_cards().filter(is_featured=True).first()
    featured = featured or (newest[0] if newest else None)
    context = {
        "featured": featured,
        "latest_articles": [a for a in newest if a != featured][: HOME_LATEST - 1],
    }
    return render(request, "sitewide/home.html", context)


def page_detail(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "sitewide/sitepage_detail.html", {"page": page})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap-index"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain")
