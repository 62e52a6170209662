"""schema.org descriptions of pages, as dicts for JSON-LD.

Each function takes the object it describes and ``absolute``, a callable turning a path into
an absolute URL (``request.build_absolute_uri``); templates render the result with the
``json_ld`` tag. Only facts shown on the page are described.
"""

from django.urls import reverse

from images.renditions import share_image

CONTEXT = "https://schema.org"
SOURCE_TYPES = {
    "journal": "ScholarlyArticle",
    "book": "Book",
    "chapter": "Chapter",
    "web": "WebPage",
}


def _image(fieldfile, renditions, absolute):
    shared = share_image(fieldfile, renditions)
    if shared is None:
        return None
    url, width, height = shared
    image = {"@type": "ImageObject", "url": absolute(url)}
    if width:
        image.update(width=width, height=height)
    return image


def _compact(data):
    """Drop empty values: schema.org readers treat a missing property better than a blank one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def organization(site_settings, absolute):
    """The publisher, from the site settings (shown in the footer)."""
    address = site_settings.address_lines
    return _compact(
        {
            "@type": "Organization",
            "@id": absolute(reverse("home")) + "#publisher",
            "name": site_settings.company_name or site_settings.site_name,
            "url": absolute(reverse("home")),
            "description": site_settings.description,
            "email": site_settings.email,
            "telephone": site_settings.phone,
            "vatID": site_settings.vat_number,
            "address": (
                {"@type": "PostalAddress", "streetAddress": ", ".join(address)} if address else None
            ),
        }
    )


def website(site_settings, absolute):
    """The site, with the search box search engines may offer (SearchAction)."""
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": site_settings.site_name,
        "url": absolute(reverse("home")),
        "publisher": {"@id": absolute(reverse("home")) + "#publisher"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute(reverse("search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def home_page(site_settings, absolute):
    return [
        {"@context": CONTEXT, **organization(site_settings, absolute)},
        website(site_settings, absolute),
    ]


def person(author, absolute):
    """A writer or reviewer, with the credentials shown in bylines."""
    return _compact(
        {
            "@type": "Person",
            "name": author.name,
            "url": absolute(author.get_absolute_url()),
            "jobTitle": author.job_title,
            "description": author.credentials,
            "hasCredential": (
                {"@type": "EducationalOccupationalCredential", "name": author.credentials}
                if author.credentials
                else None
            ),
            "image": _image(author.photo, author.photo_renditions, absolute),
        }
    )


def author_page(author, absolute):
    """The profile page's Person, with the links the page lists (``links`` prefetched)."""
    return {
        "@context": CONTEXT,
        **person(author, absolute),
        **_compact({"sameAs": [link.url for link in author.links.all()]}),
    }


def citation(source):
    names = [
        name.family if name.is_group else f"{name.given} {name.family}".strip()
        for name in source.author_list
    ]
    return _compact(
        {
            "@type": SOURCE_TYPES.get(source.kind, "CreativeWork"),
            "name": source.title,
            "author": names,
            "isPartOf": source.container_title,
            "datePublished": str(source.year) if source.year else None,
            "url": source.doi_url or source.url or source.pubmed_url,
        }
    )


def article_page(article, site_settings, absolute):
    """MedicalWebPage (Article on sites without medical review) for an article page.

    Expects the article from ``Article.objects.for_page()``: its authors and references are then
    loaded once each (shared with the rest of the page), the rest is prefetched.
    """
    url = absolute(article.get_absolute_url())
    reviewer = article.medical_reviewer
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "MedicalWebPage" if site_settings.requires_medical_review else "Article",
            "@id": url,
            "url": url,
            "headline": article.title,
            "name": article.title,
            "description": article.description,
            "inLanguage": "en-GB",
            "datePublished": article.published_at.isoformat() if article.published_at else None,
            "dateModified": (article.last_updated or article.published_at).isoformat()
            if article.published_at
            else None,
            "lastReviewed": article.reviewed_on.isoformat() if article.reviewed_on else None,
            "reviewedBy": person(reviewer, absolute) if reviewer else None,
            "author": [person(author, absolute) for author in article.ordered_authors()],
            "publisher": organization(site_settings, absolute),
            "image": _image(article.hero_image, article.hero_renditions, absolute),
            "about": article.category.name if article.category else None,
            "keywords": [tag.name for tag in article.tags.all()],
            "citation": [citation(source) for _, source, _ in article.numbered_references()],
            "breadcrumb": {"@id": url + "#breadcrumb"},
        }
    )


def faq_page(article):
    faqs = list(article.faqs.all())
    if not faqs:
        return None
    return {
        "@context": CONTEXT,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": item.question,
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": "\n\n".join(item.answer_paragraphs),
                },
            }
            for item in faqs
        ],
    }


def breadcrumb_list(article, absolute):
    """The trail shown above the title: Home › Topic › Article."""
    trail = [("Home", reverse("home"))]
    if article.category:
        trail.append((article.category.name, article.category.get_absolute_url()))
    trail.append((article.title, article.get_absolute_url()))
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "@id": absolute(article.get_absolute_url()) + "#breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }


def article_documents(article, site_settings, absolute):
    """Everything an article page describes: the page, its FAQ and its breadcrumbs."""
    documents = [
        article_page(article, site_settings, absolute),
        faq_page(article),
        breadcrumb_list(article, absolute),
    ]
    return [document for document in documents if document]
