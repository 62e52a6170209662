import logging

from django.contrib.sites.models import Site
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django_prose_editor.fields import ProseEditorField

CACHE_KEY = "sitewide:context:v2"  # v2: parts from other apps (add_part)

# The citation styles a site (and an article) can choose; references.models.STYLES prints them.
STYLE_CHOICES = [
    ("vancouver", "Vancouver (NLM)"),
    ("apa", "APA 7th edition"),
    ("ama", "AMA 11th edition"),
]

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


def forget_sitewide():
    try:
        cache.delete(CACHE_KEY)
    except Exception:  # Redis down: nothing was stored there either
        logging.getLogger(__name__).warning("Cache unavailable: site-wide context not cleared")


class CachedSitewide(models.Model):
    """Settings, pages and navigation are cached for every page; a change clears the cache."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_sitewide()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        forget_sitewide()
        return result


class OverdueReviewDisplay(models.TextChoices):
    """What readers see on an article past its next review date (a site setting)."""

    NOTICE = "notice", "A notice that the review is overdue, with the date it was due"
    DATE = "date", "The “Next review due” date only"
    HIDE = "hide", "Nothing (overdue articles are listed in the admin only)"


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
    overdue_review_display = models.CharField(
        "overdue articles show",
        max_length=10,
        choices=OverdueReviewDisplay.choices,
        default=OverdueReviewDisplay.NOTICE,
        help_text=(
            "Every article shows “Next review due <date>” under its review line. Once that "
            "date has passed, readers see this."
        ),
    )
    comments_enabled = models.BooleanField(
        default=True, help_text="Turn off to close comments on every article."
    )
    # The evidence trail (evidence/): what the publishing gate asks of claims and plain language.
    require_cited_claims = models.BooleanField(
        "require flagged sentences to be cited",
        default=False,
        help_text="Block publishing while a sentence with numbers, doses or causal wording "
        "(“reduces”, “causes” …) cites nothing and no reviewer has accepted it.",
    )
    target_reading_age = models.PositiveSmallIntegerField(
        default=11,
        help_text="The reading age articles should not exceed (the NHS aims for 9 to 11).",
    )
    readability_gate = models.CharField(
        "above the target reading age",
        max_length=5,
        choices=[("off", "Say nothing"), ("warn", "Warn"), ("block", "Block publishing")],
        default="warn",
    )
    reference_max_age_years = models.PositiveSmallIntegerField(
        "reference age threshold (years)",
        default=5,
        help_text="References older than this are flagged in topics where guidance changes "
        "(Evidence trail › Topics where guidance changes). 0 turns the flag off.",
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
