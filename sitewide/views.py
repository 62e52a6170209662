from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from articles.models import Article
from sitewide.models import SitePage

HOME_LATEST = 6


def home(request):
    # Until editors can pick one, the newest article is the featured one (one query for both).
    newest = list(Article.objects.published().for_cards()[: HOME_LATEST + 1])
    context = {"featured": newest[0] if newest else None, "latest_articles": newest[1:]}
    return render(request, "sitewide/home.html", context)


def page_detail(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "sitewide/sitepage_detail.html", {"page": page})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("django.contrib.sitemaps.views.sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain")
