from django.contrib import admin
from js_asset import Media

from sitewide.models import SitePage, SiteSettings


class NonceMediaMixin:
    """Give the editor's import map the request's CSP nonce (no other inline script may run)."""

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    list_display = ["__str__", "site_name", "company_name"]
    fieldsets = [
        (None, {"fields": ["site", "site_name", "tagline", "description"]}),
        (
            "Publisher (footer)",
            {
                "fields": [
                    "company_name",
                    "address",
                    "vat_number",
                    "company_number",
                    "phone",
                    "email",
                ]
            },
        ),
        (
            "Advertiser disclosure",
            {"fields": ["show_advertiser_disclosure", "advertiser_disclosure"]},
        ),
        ("Trust box", {"fields": ["trust_box_title", "trust_box_text"]}),
        ("Editorial policy", {"fields": ["requires_medical_review", "review_cadence_months"]}),
        ("References", {"fields": ["citation_style"]}),
        ("Reader engagement", {"fields": ["comments_enabled", "newsletter_blurb", "privacy_line"]}),
    ]


@admin.register(SitePage)
class SitePageAdmin(NonceMediaMixin, admin.ModelAdmin):
    list_display = ["title", "slug", "role", "show_in_footer", "position"]
    list_editable = ["show_in_footer", "position"]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title"]
