"""The demo site's page types, one address each, for the browser and HTML-validity checks."""

DEMO_ARTICLE = "/articles/interferon-therapy-for-eczema/"

PAGE_TYPES = {
    "home": "/",
    "article": DEMO_ARTICLE,
    "how this article was made": DEMO_ARTICLE + "how-this-article-was-made/",
    "all articles": "/articles/",
    "category": "/topics/skin-conditions/",
    "tag": "/tags/eczema/",
    "author": "/authors/eleanor-hartley/",
    "reviewer": "/authors/catriona-lewis/",
    "search with results": "/search/?q=eczema+itch",
    "search without results": "/search/?q=zzzzqqq",
    "search, empty": "/search/",
    "site page": "/editorial-standards/",
    "404": "/no/such/page/",
}
