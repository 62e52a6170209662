from django.shortcuts import get_object_or_404, render

from articles.models import Article
from sitewide.models import SitePage


def home(request):
    latest = Article.objects.published().for_cards()[:9]
    return render(request, "sitewide/home.html", {"latest_articles": latest})


def page_detail(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "sitewide/sitepage_detail.html", {"page": page})
