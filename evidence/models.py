"""The evidence trail: claims and the sources they rest on, sources no longer standing (retractions,
broken links), and the plain-language glossary."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, ArticleReference, Category
from references.models import Source


class Claim(models.Model):
    """A passage of an article's body marked as a claim, linked to the references it rests on.

    Stored as data beside the body, never as markup: readers see the text unchanged.
    """

    class Strength(models.TextChoices):
        SYSTEMATIC_REVIEW = "systematic_review", "Systematic review or meta-analysis"
        RCT = "rct", "Randomised controlled trial"
        GUIDELINE = "guideline", "Clinical guideline"
        OBSERVATIONAL = "observational", "Observational study"
        EXPERT_OPINION = "expert_opinion", "Expert opinion or consensus"
        OTHER = "other", "Other"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    passage = models.TextField(
        help_text="The words of the claim, copied from the body (a sentence or part of one)."
    )
    references = models.ManyToManyField(
        ArticleReference,
        related_name="claims",
        help_text="The article's references this claim rests on.",
    )
    strength = models.CharField(
        "strength of evidence", max_length=20, choices=Strength.choices, default=Strength.OTHER
    )
    note = models.TextField(blank=True, help_text="What the sources show, for the reviewer.")
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checked_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["article", "pk"]

    def __str__(self):
        return self.passage if len(self.passage) <= 80 else self.passage[:79] + "…"

    @property
    def is_checked(self):
        return self.checked_at is not None


class ClaimCheck(models.Model):
    """A claim a medical reviewer checked, recorded with the review that approved the article.

    The passage, strength and sources are copied: the record stays true after later edits.
    """

    review = models.ForeignKey(
        "editorial.MedicalReview", on_delete=models.CASCADE, related_name="claim_checks"
    )
    claim = models.ForeignKey(Claim, on_delete=models.SET_NULL, null=True, related_name="checks")
    passage = models.TextField()
    strength = models.CharField(max_length=20, choices=Claim.Strength.choices)
    sources = models.JSONField(
        default=list, help_text="The sources as checked: [{id, label, kind, year, doi, pmid}]."
    )

    class Meta:
        ordering = ["review", "pk"]

    def __str__(self):
        return f"{self.review}: {self.passage[:60]}"


class AcceptedSentence(models.Model):
    """A flagged sentence (numbers, doses, causal wording) a reviewer accepted without a citation.

    Keyed by the sentence's normalised text: if the sentence is edited, it is flagged again.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="accepted_sentences"
    )
    key = models.CharField(max_length=64, help_text="SHA-256 of the normalised sentence.")
    sentence = models.TextField()
    reason = models.CharField(
        max_length=300, blank=True, help_text="e.g. “Common knowledge” or “Defined in the text”."
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="unique_accepted_sentence")
        ]

    def __str__(self):
        return self.sentence[:80]


class RetractionQuerySet(models.QuerySet):
    def needing_attention(self):
        """Notices that change whether a source can be relied on."""
        return self.filter(nature__in=Retraction.ATTENTION_NATURES)

    def for_sources(self, sources):
        """Notices about any of ``sources``, matched by DOI (any case) or PMID. One query."""
        dois = {source.doi.lower() for source in sources if source.doi}
        pmids = {source.pmid for source in sources if source.pmid}
        if not dois and not pmids:
            return self.none()
        return self.filter(Q(original_doi__in=dois) | Q(original_pmid__in=pmids))


class Retraction(models.Model):
    """One record of the Retraction Watch database (``manage.py import_retractions``)."""

    class Nature(models.TextChoices):
        RETRACTION = "Retraction", "Retraction"
        CORRECTION = "Correction", "Correction"
        EXPRESSION_OF_CONCERN = "Expression of concern", "Expression of concern"
        REINSTATEMENT = "Reinstatement", "Reinstatement"

    # A reinstated paper is standing again; the other notices need an editor's judgement.
    ATTENTION_NATURES = [Nature.RETRACTION, Nature.CORRECTION, Nature.EXPRESSION_OF_CONCERN]

    record_id = models.PositiveIntegerField("Retraction Watch record ID", unique=True)
    title = models.TextField()
    journal = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=500, blank=True)
    authors = models.TextField(blank=True)
    article_type = models.CharField(max_length=200, blank=True)
    retraction_date = models.DateField(null=True, blank=True)
    retraction_doi = models.CharField("notice DOI", max_length=255, blank=True)
    retraction_pmid = models.CharField("notice PMID", max_length=12, blank=True)
    original_date = models.DateField("original paper date", null=True, blank=True)
    # Stored lower-case: DOIs ignore case, and matching is an indexed equality.
    original_doi = models.CharField("original paper DOI", max_length=255, blank=True)
    original_pmid = models.CharField("original paper PMID", max_length=12, blank=True)
    nature = models.CharField(max_length=30)
    reasons = models.TextField(blank=True)
    urls = models.TextField("URLs", blank=True)
    notes = models.TextField(blank=True)
    imported_at = models.DateTimeField(default=timezone.now)

    objects = RetractionQuerySet.as_manager()

    class Meta:
        ordering = ["-retraction_date", "-record_id"]
        indexes = [
            models.Index(fields=["original_doi"], name="retraction_original_doi"),
            models.Index(fields=["original_pmid"], name="retraction_original_pmid"),
        ]

    def __str__(self):
        when = f" ({self.retraction_date:%d %b %Y})" if self.retraction_date else ""
        return f"{self.nature}{when}: {self.title[:80]}"

    @property
    def notice_url(self):
        if self.retraction_doi:
            return f"https://doi.org/{self.retraction_doi}"
        if self.retraction_pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.retraction_pmid}/"
        return ""

    @property
    def reason_list(self):
        return [r.strip().lstrip("+") for r in self.reasons.split(";") if r.strip().lstrip("+")]


class HandledNotice(models.Model):
    """An editor's decision about a retraction notice on one article's source."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="handled_notices")
    retraction = models.ForeignKey(Retraction, on_delete=models.CASCADE, related_name="handled")
    note = models.TextField(
        help_text="What was done, e.g. “The correction does not affect the finding we cite”."
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    handled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-handled_at"]
        constraints = [
            models.UniqueConstraint(fields=["article", "retraction"], name="unique_handled_notice")
        ]
        verbose_name = "handled retraction notice"

    def __str__(self):
        return f"{self.article}: {self.retraction.nature} handled"


class LinkCheck(models.Model):
    """The last check of one of a source's links (its URL or its DOI link)."""

    class Link(models.TextChoices):
        URL = "url", "URL"
        DOI = "doi", "DOI link"

    class State(models.TextChoices):
        OK = "ok", "Working"
        MOVED = "moved", "Moved permanently (update the reference)"
        REFUSED = "refused", "Refused automated checks (check by hand)"
        BROKEN = "broken", "Broken"
        UNREACHABLE = "unreachable", "Unreachable (timeout, TLS or connection error)"

    BROKEN_STATES = [State.BROKEN, State.UNREACHABLE]

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="link_checks")
    link = models.CharField(max_length=3, choices=Link.choices)
    url = models.URLField("checked URL", max_length=1000)
    state = models.CharField(max_length=12, choices=State.choices, db_index=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=1000, blank=True)
    redirects = models.JSONField(
        default=list, blank=True, help_text="Each hop: [status, Location], in order."
    )
    error = models.CharField(max_length=300, blank=True)
    checked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["source", "link"]
        constraints = [models.UniqueConstraint(fields=["source", "link"], name="unique_link_check")]

    def __str__(self):
        return f"{self.url}: {self.get_state_display()}"

    @property
    def is_broken(self):
        return self.state in self.BROKEN_STATES


class GlossaryTerm(models.Model):
    """Medical jargon and a plain alternative, for the readability panel."""

    term = models.CharField(max_length=100, unique=True, help_text="e.g. “myocardial infarction”.")
    plain = models.CharField("plain alternative", max_length=200, help_text="e.g. “heart attack”.")

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return f"{self.term} → {self.plain}"


class FastMovingTopic(models.Model):
    """A topic where guidance changes often: references older than the site's threshold
    (Site settings › Reference age) are flagged in its articles."""

    category = models.OneToOneField(
        Category, on_delete=models.CASCADE, related_name="fast_moving", verbose_name="topic"
    )
    max_age_years = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Leave blank to use the site's threshold (Site settings).",
    )

    class Meta:
        verbose_name = "topic where guidance changes"
        verbose_name_plural = "topics where guidance changes"

    def __str__(self):
        return str(self.category)


class ArticleNeedingAttention(Article):
    """Published articles citing sources that are no longer standing, for the editors' list."""

    class Meta:
        proxy = True
        verbose_name = "article needing attention"
        verbose_name_plural = "articles needing attention"
