import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import TaggedItem

from articles.citations import backlink_labels
from articles.richtext import BODY_EXTENSIONS, WORDS_PER_MINUTE, render_body, sanitize_body
from images.fields import CheckedImageField
from images.models import ImageAsset
from sitewide.models import STYLE_CHOICES, CachedSitewide, OverdueReviewDisplay


@dataclass(frozen=True)
class NextReview:
    """The “Next review due” line of an article page."""

    due_on: datetime.date
    is_overdue: bool
    show_notice: bool


class Category(CachedSitewide):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, allow_unicode=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Categories are listed in the site navigation in this order."
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("category", kwargs={"slug": self.slug})


class DisclaimerQuerySet(models.QuerySet):
    def default(self):
        return self.filter(is_default=True).first()


class Disclaimer(CachedSitewide):
    """A reusable notice, e.g. “Not a substitute for professional medical advice”."""

    title = models.CharField(max_length=200)
    body = ProseEditorField(
        extensions={"Bold": True, "Italic": True, "Link": True, "HardBreak": True},
        sanitize=True,
        help_text="Link to the editorial standards or other site pages where it helps.",
    )
    is_default = models.BooleanField(
        "site default",
        default=False,
        help_text="Shown on every article that picks no disclaimer of its own. Only one can be.",
    )

    objects = DisclaimerQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_disclaimer",
                violation_error_message="Another disclaimer is already the site default.",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The form sanitises too; this covers the shell, scripts and imports.
        self.body = self._meta.get_field("body").sanitize(self.body)
        super().save(*args, **kwargs)


# The date readers see as an article's last change: its “Updated” date when later than publication.
READER_DATE = Greatest("published_at", Coalesce("updated_at", "published_at"))


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Visible to readers now: published, its publish time reached, its unpublish time not.

        Scheduling needs no worker: visibility is this query on the clock.
        """
        now = timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now).filter(
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
        )

    def featured(self):
        """Articles an editor featured on the home page, newest first.

        ``is_featured = true`` is written as a comparison (Django writes a bare column for
        ``=True``), which SQLite can match to the leading column of ``article_featured_newest``.
        """
        return self.filter(is_featured=models.Value(True)).order_by("-published_at", "-pk")

    def with_reader_date(self):
        """Annotate ``reader_date``: the date readers see as the article's last change (its
        “Updated” date when that is later than publication)."""
        return self.annotate(reader_date=READER_DATE)

    def latest_reader_date(self):
        """The newest ``reader_date`` among these articles, from two index-ordered lookups
        (not a scan of every article)."""
        dates = [
            self.order_by("-published_at").values_list("published_at", flat=True).first(),
            self.filter(updated_at__isnull=False)
            .order_by("-updated_at")
            .values_list("updated_at", flat=True)
            .first(),
        ]
        return max((date for date in dates if date is not None), default=None)

    def scheduled(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def due_for_review(self, *, within_days=30):
        """Published articles whose next medical review is overdue or due within ``within_days``."""
        horizon = timezone.localdate() + datetime.timedelta(days=within_days)
        return self.filter(status=Article.Status.PUBLISHED).filter(
            Q(review_due_on__lte=horizon) | Q(review_due_on__isnull=True)
        )

    def editable_by(self, user):
        """The articles a user may see in the admin: editors all, others their own or in review."""
        if user.is_superuser or user.has_perm("articles.publish_article"):
            return self
        mine = Q(created_by=user) | Q(authors__user=user)
        if user.has_perm("articles.review_article"):
            mine |= ~Q(status=Article.Status.DRAFT)
        return self.filter(mine).distinct()

    def changeable_by(self, user):
        """The articles whose content a user may change now: editors any, writers their drafts.

        The same rule as the article change view, for every other path that changes an
        article (reference import, revert, ...).
        """
        if user.is_superuser or user.has_perm("articles.publish_article"):
            return self
        if not user.has_perm("articles.change_article"):
            return self.none()
        return self.editable_by(user).filter(status=Article.Status.DRAFT)

    def for_cards(self):
        """What an article card shows, without the heavy body columns."""
        return self.select_related("category").defer(
            "body", "body_html", "toc", "citation_order", "citation_anchors"
        )

    def for_page(self):
        """Everything the article page shows, in a fixed number of queries.

        Not the authors and references: the page shows them from stored fragments (byline,
        about the authors, JSON-LD, the reference list), so they are loaded only when one is
        rendered (``Article.ordered_authors``, ``Article.reference_links``).
        """
        return self.select_related("category", "medical_reviewer").prefetch_related(
            "faqs",
            "disclaimers",
            "tags",
            "corrections",
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        UNPUBLISHED = "unpublished", "Unpublished"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        allow_unicode=True,
        help_text="The last part of the article's address, as in /articles/this-part/.",
    )
    standfirst = models.TextField(
        max_length=600, help_text="One or two sentences under the title saying what readers learn."
    )
    body = ProseEditorField(
        extensions=BODY_EXTENSIONS,
        sanitize=True,
        blank=True,
        help_text=(
            "Use “Cite” in the toolbar to cite the references listed below; numbers are "
            "assigned on the page in order of first citation."
        ),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", null=True, blank=True
    )
    tags = TaggableManager(blank=True)
    authors = models.ManyToManyField(
        "authors.Author", through="ArticleAuthor", related_name="articles", blank=True
    )
    medical_reviewer = models.ForeignKey(
        "authors.Author",
        on_delete=models.PROTECT,
        related_name="reviewed_articles",
        null=True,
        blank=True,
        limit_choices_to={"is_medical_reviewer": True},
    )
    reviewed_on = models.DateField("review date", null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When readers first see it. A future time schedules publication.",
    )
    unpublish_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Optional: the article disappears from the site at this time.",
    )
    review_cadence_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Months between medical reviews for this article; blank uses the site default.",
    )
    review_due_on = models.DateField(
        "next review due",
        null=True,
        blank=True,
        editable=False,
        help_text="Computed from the last recorded review and the review cadence.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_at = models.DateTimeField(
        "last updated",
        null=True,
        blank=True,
        help_text="Shown to readers as “Updated”; set it when the content changes meaningfully.",
    )
    related_articles = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        help_text="Hand-picked; shown first, then articles sharing tags or the category.",
    )
    disclaimers = models.ManyToManyField(
        Disclaimer,
        blank=True,
        related_name="articles",
        help_text="Leave empty to show the site default disclaimer.",
    )
    hero_image = CheckedImageField(upload_to="articles/", blank=True)
    hero_image_alt = models.CharField(
        "hero image alt text",
        max_length=300,
        blank=True,
        help_text="Describe the image for people who cannot see it. Required with an image.",
    )
    hero_image_caption = models.CharField(max_length=300, blank=True)
    hero_renditions = models.JSONField(default=dict, blank=True, editable=False)
    is_featured = models.BooleanField(
        "featured",
        default=False,
        help_text="Show on the home page as the featured article (the newest featured one wins).",
    )
    comments_enabled = models.BooleanField(
        default=True, help_text="Readers may comment (when comments are on for the whole site)."
    )
    citation_style = models.CharField(
        max_length=20,
        choices=STYLE_CHOICES,
        blank=True,
        help_text="How this article's references are printed; empty: the site's style.",
    )
    seo_description = models.CharField(
        "SEO description",
        max_length=160,
        blank=True,
        help_text="Shown by search engines under the title; up to 160 characters.",
    )

    # Derived from the body on save.
    body_html = models.TextField(blank=True, editable=False)
    toc = models.JSONField(default=list, blank=True, editable=False)
    citation_order = models.JSONField(default=list, blank=True, editable=False)
    citation_anchors = models.JSONField(default=dict, blank=True, editable=False)
    unresolved_citations = models.JSONField(default=list, blank=True, editable=False)
    word_count = models.PositiveIntegerField(default=0, editable=False)

    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    # Bumped by every save: the revision a reader saw, and the guard against lost edits.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ArticleQuerySet.as_manager()

    # Computed by save() from the body; always written with it.
    DERIVED_FIELDS = (
        "body",
        "body_html",
        "toc",
        "citation_order",
        "citation_anchors",
        "unresolved_citations",
        "word_count",
        "review_due_on",
        "version",
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(fields=["status", "review_due_on"]),
            # Listings at 100,000 articles: newest first, overall (admin list), per topic, and
            # the newest “Updated” date (sitemaps); each read in index order, never sorted.
            models.Index(fields=["-published_at", "-id"], name="article_newest"),
            # A topic's page and its count: unpublish_at makes the count read the index only.
            models.Index(
                fields=["category", "status", "-published_at", "-id", "unpublish_at"],
                name="article_topic_newest_visible",
            ),
            # The newest "Updated" date among published articles (sitemaps), read from the index
            # alone; with fewer columns SQLite preferred the (status, published_at) index and
            # sorted every published article.
            models.Index(
                fields=["status", "updated_at", "published_at", "unpublish_at"],
                name="article_updated_visible",
            ),
            # The home page's featured article (``featured()``): an equality on is_featured, so
            # SQLite can use it (a partial index was passed over for the status index).
            models.Index(
                fields=["is_featured", "status", "-published_at", "-id"],
                name="article_featured_newest",
            ),
        ]
        permissions = [
            ("submit_article", "Can submit an article for medical review"),
            ("review_article", "Can approve an article or send it back"),
            ("publish_article", "Can publish, schedule, unpublish and archive articles"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = sanitize_body(self.body)
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
        self.render_body()
        self.review_due_on = self.compute_review_due_on()
        if self.pk and kwargs.get("update_fields") is None:
            self.version += 1
            self._remember_old_slug()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.DERIVED_FIELDS}
        super().save(*args, **kwargs)  # search/apps.py indexes every saved article

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def reference_style(self, site_style):
        """The citation style of this article's reference list: its own, else the site's."""
        return self.citation_style or site_style

    def render_body(self):
        """Compute the page HTML, contents and citation numbering from the body."""
        known = None
        if self.pk:
            known = set(self.article_references.values_list("source_id", flat=True))
        library = {str(img.pk): img.renditions for img in ImageAsset.objects.in_html(self.body)}
        rendered = render_body(self.body, known, library)
        self.body_html = rendered.html
        self.toc = rendered.toc
        self.citation_order = rendered.cited_ids
        self.citation_anchors = {str(k): v for k, v in rendered.anchors.items()}
        self.unresolved_citations = rendered.unknown_ids
        self.word_count = rendered.word_count

    def is_published(self):
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and (self.unpublish_at is None or self.unpublish_at > now)
        )

    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and bool(
            self.published_at and self.published_at > timezone.now()
        )

    @property
    def cadence_months(self):
        return self.review_cadence_months or site_review_cadence()

    def compute_review_due_on(self):
        """The next review is due a cadence after the last recorded one; edits never move it."""
        if not self.reviewed_on:
            return None
        return add_months(self.reviewed_on, self.cadence_months)

    def is_review_overdue(self):
        return bool(self.review_due_on and self.review_due_on < timezone.localdate())

    def review_overdue_from(self):
        """The moment the page starts to say the review is overdue (the day after it was due,
        local time), or None if that is not ahead."""
        if not self.review_due_on or self.is_review_overdue():
            return None
        day_after = self.review_due_on + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))

    def next_review(self, overdue_display=OverdueReviewDisplay.NOTICE):
        """The next-review line readers see, or None; ``overdue_display`` is the site's choice."""
        if not self.review_due_on:
            return None
        overdue = self.is_review_overdue()
        if overdue and overdue_display == OverdueReviewDisplay.HIDE:
            return None
        show_notice = overdue and overdue_display == OverdueReviewDisplay.NOTICE
        return NextReview(self.review_due_on, overdue, show_notice)

    def _remember_old_slug(self):
        """Keep a published article's old address working after its slug changes."""
        old = Article.objects.filter(pk=self.pk).values_list("slug", "published_at").first()
        if old and old[0] != self.slug and old[1]:
            OldSlug.objects.update_or_create(slug=old[0], defaults={"article": self})
            OldSlug.objects.filter(slug=self.slug).delete()

    @property
    def reading_minutes(self):
        return max(1, -(-self.word_count // WORDS_PER_MINUTE))  # ceiling division

    @property
    def last_updated(self):
        """The “Updated” date: the later of the edited date and the newest public correction,
        shown only when it is after publication."""
        dates = [timezone.localdate(self.updated_at)] if self.updated_at else []
        dates += [note.noted_on for note in self.corrections.all() if note.is_public]
        if not dates or not self.published_at:
            return None
        latest = max(dates)
        return latest if latest > timezone.localdate(self.published_at) else None

    @property
    def description(self):
        return self.seo_description or self.standfirst

    def ordered_authors(self):
        """Authors in byline order (uses the prefetch of ``for_page``)."""
        links = self._loaded("article_authors", ArticleAuthor.objects.select_related("author"))
        return [link.author for link in links]

    def _loaded(self, lookup, queryset):
        """The related rows of ``lookup``: prefetched ones, or loaded now, once (one query)."""
        if lookup not in getattr(self, "_prefetched_objects_cache", {}):
            models.prefetch_related_objects([self], models.Prefetch(lookup, queryset=queryset))
        return getattr(self, lookup).all()

    def reference_links(self):
        """The article's references with their sources."""
        return self._loaded("article_references", ArticleReference.objects.select_related("source"))

    def numbered_references(self):
        """The reference list: cited sources in order of first citation, then the uncited ones.

        Returns (number, source, back links) tuples; back links are (label, anchor) pairs, one
        per citation of the source in the body (labelled a, b, c … when there are several).
        """
        sources = {link.source_id: link.source for link in self.reference_links()}
        cited = [pk for pk in self.citation_order if pk in sources]
        uncited = [pk for pk in sources if pk not in cited]
        return [
            (number, sources[pk], backlink_labels(self.citation_anchors_of(pk)))
            for number, pk in enumerate(cited + uncited, start=1)
        ]

    def citation_anchors_of(self, source_id):
        """Ids of the places in the body that cite a source, in reading order."""
        anchors = self.citation_anchors.get(str(source_id), [])
        # Saved before each citation had its own back link: the first one only, until re-saved.
        return [anchors] if isinstance(anchors, str) else anchors

    def related(self, limit=3):
        """Hand-picked related articles first, then those sharing the most tags or the category.

        One query, over candidates only: the hand-picked, those sharing a tag and the newest
        ``limit`` of the category (the rest of the category shares no tag, so it ranks below
        them by date), never the whole category at 100,000 articles.
        """
        tag_ids = [tag.pk for tag in self.tags.all()]
        links = Article.related_articles.through.objects.filter(from_article_id=self.pk)
        sources = [links.order_by().values("to_article_id")]
        if tag_ids:
            sources.append(Article.objects.filter(tags__in=tag_ids).order_by().values("pk"))
        if self.category_id:  # "no category" is not something two articles share
            newest = Article.objects.published().filter(category_id=self.category_id)
            sources.append(newest.exclude(pk=self.pk).values("pk")[:limit])
        # One IN over a UNION of the candidate ids: an OR of three IN subqueries made
        # PostgreSQL test every published article against all three.
        sqls, params = zip(*(source.query.sql_with_params() for source in sources), strict=True)
        union = " UNION ".join(f"SELECT * FROM ({sql}) AS c{n}" for n, sql in enumerate(sqls))
        candidates = Q(pk__in=RawSQL(union, [p for group in params for p in group]))
        # Counted per candidate through the (content type, object id) index: taggit's object id
        # is an integer, so the article id is cast, not the column (a join casts the column and
        # PostgreSQL reads every tagged item).
        shared_tags = (
            TaggedItem.objects.filter(
                content_type__app_label="articles",
                content_type__model="article",
                object_id=Cast(models.OuterRef("pk"), models.IntegerField()),
                tag_id__in=tag_ids,
            )
            .order_by()
            .values("object_id")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return list(
            Article.objects.published()
            .exclude(pk=self.pk)
            .filter(candidates)
            .annotate(is_picked=models.Exists(links.filter(to_article_id=models.OuterRef("pk"))))
            .annotate(shared_tags=Coalesce(models.Subquery(shared_tags), 0))
            .for_cards()
            .order_by("-is_picked", "-shared_tags", "-published_at", "-pk")[:limit]
        )

    def shown_disclaimers(self, default=None):
        chosen = list(self.disclaimers.all())
        return chosen or ([default] if default else [])


def site_review_cadence():
    from sitewide.context_processors import load_sitewide

    return load_sitewide().settings.review_cadence_months or 12


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


class OldSlug(models.Model):
    """A former address of a published article; requests for it redirect permanently."""

    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.slug


class ArticleAuthor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        "authors.Author", on_delete=models.PROTECT, limit_choices_to={"is_writer": True}
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]
        verbose_name = "byline author"

    def __str__(self):
        return str(self.author)


class ArticleReference(models.Model):
    """A Source attached to an article's reference list."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="article_references"
    )
    source = models.ForeignKey(
        "references.Source", on_delete=models.PROTECT, related_name="citing_articles"
    )
    is_further_reading = models.BooleanField(
        "further reading",
        default=False,
        help_text="Listed for readers without being cited in the text.",
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "source"], name="unique_article_source")
        ]
        verbose_name = "reference"

    def __str__(self):
        return str(self.source)


class FAQItem(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="faqs")
    question = models.CharField(max_length=300)
    answer = models.TextField(help_text="Plain text; blank lines separate paragraphs.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self):
        return self.question

    @property
    def answer_paragraphs(self):
        return [p.strip() for p in self.answer.split("\n\n") if p.strip()]
