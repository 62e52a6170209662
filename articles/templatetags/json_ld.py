"""schema.org JSON-LD for article, author and home pages (articles/structured_data.py)."""

from django import template

from articles import structured_data
from sitewide.context_processors import load_sitewide
from sitewide.templatetags.seo import json_ld_scripts

register = template.Library()


@register.simple_tag(takes_context=True)
def article_json_ld(context, article):
    request = context["request"]
    documents = structured_data.article_documents(
        article, load_sitewide().settings, request.build_absolute_uri
    )
    return json_ld_scripts(documents)


@register.simple_tag(takes_context=True)
def author_json_ld(context, author):
    request = context["request"]
    return json_ld_scripts([structured_data.author_page(author, request.build_absolute_uri)])


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    request = context["request"]
    documents = structured_data.home_page(load_sitewide().settings, request.build_absolute_uri)
    return json_ld_scripts(documents)
