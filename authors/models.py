from django.conf import settings
from django.db import models
from django.urls import reverse

from images.fields import CheckedImageField

# Honorifics left out of initials.
TITLES = {"Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Miss", "Sir", "Dame"}


class AuthorQuerySet(models.QuerySet):
    def writers(self):
        return self.filter(is_writer=True)

    def reviewers(self):
        return self.filter(is_medical_reviewer=True)


class Author(models.Model):
    """A person credited on articles, as a writer, a medical reviewer, or both."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    credentials = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown by the name, e.g. “BSc in Biological Sciences, University of Warwick”.",
    )
    job_title = models.CharField(max_length=200, blank=True, help_text="e.g. “Medical writer”.")
    bio = models.TextField(
        blank=True, help_text="Plain text; blank lines separate paragraphs. Shown in the bio box."
    )
    photo = CheckedImageField(
        upload_to="authors/",
        blank=True,
        help_text="A square head-and-shoulders photo, at least 400 × 400 pixels.",
    )
    photo_renditions = models.JSONField(default=dict, blank=True, editable=False)
    registration_body = models.CharField(
        max_length=100, blank=True, help_text="Professional register, e.g. “GMC” or “NMC”."
    )
    registration_number = models.CharField(max_length=50, blank=True)
    conflicts_of_interest = models.TextField(
        "conflict-of-interest statement",
        blank=True,
        help_text="Leave blank to show “None declared”.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author_profile",
        help_text="The admin account of this person, so their reviews and articles are theirs.",
    )
    is_writer = models.BooleanField("writer", default=True)
    is_medical_reviewer = models.BooleanField("medical reviewer", default=False)

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("authors:detail", kwargs={"slug": self.slug})

    @property
    def registration(self):
        return " ".join(p for p in (self.registration_body, self.registration_number) if p)

    @property
    def initials(self):
        """“EH” for “Dr Eleanor Hartley”: shown in place of a missing photo."""
        words = [word for word in self.name.split() if word.rstrip(".") not in TITLES]
        words = words or self.name.split()
        if not words:
            return ""
        return (words[0][0] + words[-1][0] if len(words) > 1 else words[0][:1]).upper()

    @property
    def bio_paragraphs(self):
        return [p.strip() for p in self.bio.split("\n\n") if p.strip()]


class ProfileLink(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(
        max_length=100, help_text="e.g. “LinkedIn”, “ORCID”, “University page”."
    )
    url = models.URLField("URL", max_length=500)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.label
