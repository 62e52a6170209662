import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower

from references import ama, apa, vancouver

doi_validator = RegexValidator(
    r"^10\.\d{4,9}/\S+$",
    "Enter a DOI such as 10.1517/14712598.2016.1135898 (without https://doi.org/).",
)
pmid_validator = RegexValidator(r"^\d{1,9}$", "A PMID is a number of up to nine digits.")

# Reference lists print in the style chosen in the site settings (SiteSettings.citation_style)
# or for one article (Article.citation_style), one of sitewide.models.STYLE_CHOICES.
STYLES = {"vancouver": vancouver, "apa": apa, "ama": ama}
# Words an abbreviated journal name leaves out (“Journal of Allergy and …” → “J Allergy …”).
JOURNAL_STOP_WORDS = {"the", "of", "and", "for", "in", "on", "a", "an", "&", "de", "la", "der"}

# Ends the title of a source imported from a bare DOI or PMID, until a writer replaces it.
NEEDS_DETAILS = "— details to be filled in"


def normalise_title(title):
    """The title reduced for duplicate checks: case, accents, punctuation and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", title or "")
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.casefold().split())[:255]


def duplicate_keys(*, doi="", pmid="", title="", **other_fields):
    """The values under which a record may have a stored twin: its DOI, its PMID, its title.

    These only find candidates; ``same_work`` decides. A title is a candidate in any year and
    even without one (web pages and books are often undated), because the decision compares
    year, first author, journal and address as well.
    """
    keys = []
    if doi:
        keys.append(("doi", doi.lower()))  # DOIs ignore case
    if pmid:
        keys.append(("pmid", pmid))
    if title and (title_key := normalise_title(title)):
        keys.append(("title", title_key))
    return keys


def _value(record, name):
    value = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
    return value if value is not None else ""


def _first_author(record):
    names = vancouver.parse_names(_value(record, "authors"))
    return normalise_title(names[0].family) if names else ""


def _journal_words(name):
    return [word for word in normalise_title(name).split() if word not in JOURNAL_STOP_WORDS]


def abbreviates(short, full):
    """Whether ``short`` is ``full`` or an abbreviation of it, as NLM abbreviates journal names:
    each word of the abbreviation begins a word of the full name, in order (“J Allergy Clin
    Immunol” and “The Journal of Allergy and Clinical Immunology”)."""
    short_words, full_words = _journal_words(short), _journal_words(full)
    if not short_words or len(short_words) != len(full_words):
        return False
    return all(long.startswith(word) for word, long in zip(short_words, full_words, strict=True))


def _containers(record):
    names = [_value(record, "container_title"), _value(record, "journal_title")]
    return [name for name in names if normalise_title(name)]


def _same_container(one, other):
    mine, theirs = _containers(one), _containers(other)
    if not mine or not theirs:
        return True  # one record does not say: no conflict
    return any(abbreviates(a, b) or abbreviates(b, a) for a in mine for b in theirs)


def _normalised(record, name):
    return normalise_title(str(_value(record, name)))


def _first_page(record):
    """“507” of “507–14” or “e1234”: where the work starts."""
    return re.split(r"\s*[-–—]", str(_value(record, "pages")).strip(), maxsplit=1)[0].lower()


def _address(record):
    url = str(_value(record, "url")).strip().lower()
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def same_work(one, other):
    """Whether two records (Sources or dicts of Source fields) describe the same work.

    An identifier decides: the same DOI or PMID is the same work (one source per identifier),
    a different DOI or PMID a different one (a correction, erratum, preprint or abstract shares
    its title with other works). Without a conflicting identifier, the title, year, first
    author, journal, volume, issue, first page and web address must all agree where both
    records give them.
    """
    for name in ("doi", "pmid"):
        mine, theirs = str(_value(one, name)).lower(), str(_value(other, name)).lower()
        if mine and mine == theirs:
            return True
    for name in ("doi", "pmid"):
        mine, theirs = str(_value(one, name)).lower(), str(_value(other, name)).lower()
        if mine and theirs and mine != theirs:
            return False
    title = normalise_title(_value(one, "title"))
    if not title or title != normalise_title(_value(other, "title")):
        return False
    if (_value(one, "year") or None) != (_value(other, "year") or None):
        return False
    first, other_first = _first_author(one), _first_author(other)
    if first and other_first and first != other_first:
        return False
    if not _same_container(one, other):
        return False
    for name in ("volume", "issue"):
        mine, theirs = _normalised(one, name), _normalised(other, name)
        if mine and theirs and mine != theirs:
            return False  # a supplement's abstract, a reprint in another issue
    if (pages := _first_page(one)) and (other_pages := _first_page(other)):
        if pages != other_pages:
            return False
    address, other_address = _address(one), _address(other)
    if address and other_address and address != other_address:
        return False
    if not _value(one, "year") and not (first and other_first) and not (address and other_address):
        # Undated and nothing else to go on but the title: only an exact repeat is the same.
        return all(
            str(_value(one, name)) == str(_value(other, name))
            for name in ("kind", "container_title", "publisher", "authors")
        )
    return True


class SourceQuerySet(models.QuerySet):
    def matching(self, *, doi="", pmid="", title="", year=None, **other_fields):
        """Sources stored under the same DOI, the same PMID, or the same title and year (or
        both undated): candidates, for ``same_work`` to decide."""
        query = Q()
        for kind, value in duplicate_keys(doi=doi, pmid=pmid, title=title):
            if kind == "doi":
                query |= Q(doi_lower=value)  # as the index on LOWER(doi) holds them
            elif kind == "pmid":
                query |= Q(pmid=value)
            else:
                query |= (
                    Q(title_key=value, year=year) if year else Q(title_key=value, year__isnull=True)
                )
        return self.alias(doi_lower=Lower("doi")).filter(query) if query else self.none()

    def matching_any(self, records):
        """Sources that may duplicate any of ``records`` (dicts of Source fields).

        One query for a whole import; ``same_work`` tells which record a source duplicates.
        """
        dois, pmids, title_keys = set(), set(), set()
        for record in records:
            for kind, value in duplicate_keys(**record):
                {"doi": dois, "pmid": pmids, "title": title_keys}[kind].add(value)
        query = Q()
        if dois:
            query |= Q(doi_lower__in=dois)
        if pmids:
            query |= Q(pmid__in=pmids)
        if title_keys:
            query |= Q(title_key__in=title_keys)
        if not query:
            return self.none()
        return self.alias(doi_lower=Lower("doi")).filter(query)


class Source(models.Model):
    """A bibliographic record, stored once and cited by any number of articles."""

    class Kind(models.TextChoices):
        JOURNAL_ARTICLE = "journal", "Journal article"
        BOOK = "book", "Book"
        BOOK_CHAPTER = "chapter", "Book chapter"
        WEB_PAGE = "web", "Web page"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.JOURNAL_ARTICLE)
    authors = models.TextField(
        blank=True,
        help_text=(
            "One author per line, as “Family, Given names” (e.g. “Leung, Donald Y M” or "
            "“Leung, DYM”). A line without a comma is a group author, such as “National "
            "Institute for Health and Care Excellence”."
        ),
    )
    more_authors = models.BooleanField(
        "more authors not listed",
        default=False,
        help_text="Tick when only the first authors are entered; the list then ends “et al.”.",
    )
    title = models.TextField(help_text="Title of the article, chapter, book or web page.")
    container_title = models.CharField(
        "journal / book / website",
        max_length=500,
        blank=True,
        help_text=(
            "Journal abbreviation for articles (e.g. “Expert Opin Biol Ther”), the book for "
            "chapters (e.g. “StatPearls”), the series for books, or the website's name for web "
            "pages (e.g. “NICE”)."
        ),
    )
    journal_title = models.CharField(
        "journal's full title",
        max_length=500,
        blank=True,
        help_text=(
            "Articles only: the journal's full name (e.g. “Expert Opinion on Biological "
            "Therapy”), which APA prints; Vancouver and AMA print the abbreviation above."
        ),
    )
    editors = models.TextField(
        blank=True, help_text="Chapters only: the book's editors, one per line, like authors."
    )
    edition = models.CharField(max_length=50, blank=True, help_text="e.g. “3rd”.")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    month = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="1–12, when the record gives it (Vancouver prints “2019 Nov 5”).",
    )
    day = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(31)]
    )
    volume = models.CharField(max_length=50, blank=True)
    issue = models.CharField(max_length=50, blank=True)
    report_number = models.CharField(
        max_length=100, blank=True, help_text="Reports only, e.g. “WHO/TRS/1021”."
    )
    pages = models.CharField(max_length=50, blank=True, help_text="e.g. “507–14” or “e1234”.")
    publisher = models.CharField(max_length=255, blank=True)
    place = models.CharField(
        "place of publication", max_length=255, blank=True, help_text="e.g. “Treasure Island (FL)”."
    )
    url = models.URLField("URL", max_length=1000, blank=True)
    doi = models.CharField("DOI", max_length=255, blank=True, validators=[doi_validator])
    pmid = models.CharField("PMID", max_length=12, blank=True, validators=[pmid_validator])
    # Derived from the title on save, for the duplicate check on import.
    title_key = models.CharField(max_length=255, blank=True, editable=False)
    cited_on = models.DateField(
        "date cited",
        null=True,
        blank=True,
        help_text="When the online version was consulted; shown as “[cited 2024 Feb 27]”.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        # For the duplicate check on import (SourceQuerySet.matching_any, matching).
        indexes = [
            models.Index(Lower("doi"), name="source_doi_lower"),
            models.Index(fields=["pmid"], name="source_pmid"),
            models.Index(fields=["title_key", "year"], name="source_title_key_year"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["doi"], condition=~Q(doi=""), name="source_unique_doi"),
            models.UniqueConstraint(
                fields=["pmid"], condition=~Q(pmid=""), name="source_unique_pmid"
            ),
        ]

    def __str__(self):
        # The editor's Cite dialog shows this and labels citations with the part before ": ".
        return f"{self.short_label}: {self.title}" if self.short_label else self.title

    def save(self, *args, **kwargs):
        self.title_key = normalise_title(self.title)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "title_key"}
        super().save(*args, **kwargs)

    def clean(self):
        self.doi = self.doi.strip().removeprefix("https://doi.org/").removeprefix("doi:")
        self.pmid = self.pmid.strip()
        if self.kind == self.Kind.WEB_PAGE and not self.url:
            raise ValidationError({"url": "A web page needs its URL."})
        if self.kind == self.Kind.JOURNAL_ARTICLE and not (
            self.container_title or self.journal_title
        ):
            raise ValidationError({"container_title": "A journal article needs its journal."})
        if self.day and not self.month:
            raise ValidationError({"day": "A day needs its month."})
        if self.month and not self.year:
            raise ValidationError({"month": "A month needs its year."})

    @property
    def short_label(self):
        """“Brar 2016”: how a citation of this source looks in the editor."""
        # Without authors, the publisher or website names it (“NICE 2023”), as readers cite it.
        first = self.author_list[0].family if self.author_list else self.container_title
        return f"{first} {self.year or ''}".strip()

    @property
    def author_list(self):
        return vancouver.parse_names(self.authors)

    @property
    def editor_list(self):
        return vancouver.parse_names(self.editors)

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self):
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""

    def duplicate_keys(self):
        return duplicate_keys(doi=self.doi, pmid=self.pmid, title=self.title)

    @property
    def journal_abbreviation(self):
        """The journal as NLM abbreviates it, without periods (“Nat. Mater.” → “Nat Mater”)."""
        return vancouver.without_periods(self.container_title or self.journal_title)

    @property
    def journal_full_title(self):
        return self.journal_title or self.container_title

    @property
    def needs_details(self):
        """Imported from a bare DOI or PMID: only the identifier is known so far."""
        return self.title.endswith(NEEDS_DETAILS)

    def formatted(self, style="vancouver"):
        """The reference as plain text in a citation style ("vancouver", "apa" or "ama")."""
        return STYLES.get(style, vancouver).format_source(self)

    def formatted_html(self, style="vancouver"):
        """The reference as HTML in a citation style, with DOI, PMID and URL as links."""
        return STYLES.get(style, vancouver).format_html(self)

    def vancouver(self):
        """The reference as plain text in the NLM/Vancouver style."""
        return vancouver.format_source(self)

    def vancouver_html(self):
        """The reference in Vancouver style with its URL, DOI and PMID as links."""
        return vancouver.format_html(self)
