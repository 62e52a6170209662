from django.contrib.sites.models import Site
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django_prose_editor.fields import ProseEditorField

from references.models import STYLE_CHOICES

CACHE_KEY = "sitewide:context:v1"

PAGE_EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": True,
    "HardBreak": True,
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
}


class CachedSitewide(models.Model):
    """Settings, pages and navigation are cached for every page; a change clears the cache."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(CACHE_KEY)
        return result


class SiteSettings(CachedSitewide):
    """The publisher's details and site-wide texts, one record per site."""

    site = models.OneToOneField(Site, on_delete=models.CASCADE, related_name="settings")
    site_name = models.CharField(max_length=100, default="Health Library")
    tagline = models.CharField(max_length=200, blank=True)
    description = models.TextField(
        "site description", blank=True, help_text="Shown in the footer and to search engines."
    )
    company_name = models.CharField(max_length=200, blank=True)
    address = models.TextField(blank=True, help_text="One line per address line.")
    vat_number = models.CharField("VAT number", max_length=50, blank=True)
    company_number = models.CharField(max_length=50, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    email = models.EmailField(blank=True)
    show_advertiser_disclosure = models.BooleanField(
        default=False, help_text="Show the disclosure banner at the top of every page."
    )
    advertiser_disclosure = models.TextField(
        blank=True,
        help_text="e.g. “We are independent and ad-supported. We may earn a commission …”.",
    )
    trust_box_title = models.CharField(max_length=100, default="Our promise to you")
    trust_box_text = models.TextField(
        blank=True, help_text="Shown on every article, with a link to the editorial standards."
    )
    newsletter_blurb = models.TextField(blank=True)
    privacy_line = models.TextField(
        blank=True, help_text="Shown under sign-up forms, e.g. “Your privacy is important to us …”."
    )
    citation_style = models.CharField(
        max_length=20,
        choices=STYLE_CHOICES,
        default="vancouver",
        help_text="How reference lists are printed on every article (an article may choose "
        "its own).",
    )
    requires_medical_review = models.BooleanField(
        default=True,
        help_text="Articles cannot be published without a medical reviewer and review date.",
    )
    review_cadence_months = models.PositiveSmallIntegerField(
        default=12,
        help_text="Months between medical reviews, unless an article sets its own.",
    )
    comments_enabled = models.BooleanField(
        default=True, help_text="Turn off to close comments on every article."
    )

    class Meta:
        verbose_name = "site settings"
        verbose_name_plural = "site settings"

    def __str__(self):
        return f"Settings for {self.site.domain}"

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]


class SitePage(CachedSitewide):
    """An editable page at a stable address, such as /editorial-standards/."""

    class Role(models.TextChoices):
        EDITORIAL_STANDARDS = "editorial-standards", "Editorial standards"
        ABOUT = "about", "About us"
        PRIVACY = "privacy", "Privacy policy"
        TERMS = "terms", "Terms and conditions"
        HOW_WE_MAKE_MONEY = "how-we-make-money", "How we make money"
        ADVERTISER_DISCLOSURE = "advertiser-disclosure", "Advertiser disclosure"
        AFFILIATE_PARTNERS = "affiliate-partners", "Affiliate partners"
        DISCLAIMERS = "disclaimers", "Disclaimers"
        OTHER = "other", "Other page"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="The page's address, as in /this-part/. Keep it stable: links point here.",
    )
    role = models.CharField(
        max_length=30,
        choices=Role.choices,
        default=Role.OTHER,
        help_text="Tells the site where to link this page from (footer, trust box, disclaimer).",
    )
    summary = models.CharField(max_length=300, blank=True)
    body = ProseEditorField(extensions=PAGE_EXTENSIONS, sanitize=True, blank=True)
    show_in_footer = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["role"], condition=~models.Q(role="other"), name="one_page_per_role"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The form sanitises too; this covers the shell, scripts and imports.
        self.body = self._meta.get_field("body").sanitize(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("sitewide:page", kwargs={"slug": self.slug})
