"""Load the demo site: publisher details, site pages, people, references, articles, comments.

Running it again leaves the same rows: each record is found by a stable key (slug, DOI or PMID,
title) and updated in place, and images are drawn only when a record has none. The text lives in
``demo.content``.
"""

import datetime
import random
import re
import secrets
from io import BytesIO
from math import cos, pi, sin

import reversion
from axes.utils import reset as reset_axes_lockouts
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.html import format_html
from PIL import Image, ImageDraw, ImageFont
from reversion.models import Version

from articles.models import Article, ArticleAuthor, ArticleReference, Category, Disclaimer, FAQItem
from authors.models import Author, ProfileLink
from comments.models import Comment
from demo import content as demo
from editorial.models import MedicalReview, Transition
from editorial.roles import EDITOR, REVIEWER, WRITER
from evidence.claims import record_checks, sentences
from evidence.models import Claim
from images.renditions import make_renditions
from references.models import Source
from sitewide.models import SitePage, SiteSettings

# `make run` passes the address it serves (HOST and PORT) as --origin.
DEFAULT_ORIGIN = "http://127.0.0.1:8000"
# (username, editorial role or None for a superuser, author profile linked to the login, what
# the login is for). The superuser stands in for the second demo reviewer, so one login can try
# the whole workflow (approving needs a medical reviewer's profile).
DEMO_LOGINS = [
    ("admin", None, "samuel-okafor", "superuser; approves as the demo GP reviewer"),
    ("writer", WRITER, "eleanor-hartley", "role Writer"),
    ("reviewer", REVIEWER, "catriona-lewis", "role Medical reviewer"),
    ("editor", EDITOR, None, "role Editor"),
]
DEMO_ARTICLE = "interferon-therapy-for-eczema"
# Whitespace before a placeholder goes too, so the superscript sits against the word it cites.
CITATION_PLACEHOLDER = re.compile(r"\s*\{cite:([^}]*)\}")
# Every Source field the data may set; missing ones are reset so the data stays authoritative.
SOURCE_BLANKS = {
    "authors": "",
    "container_title": "",
    "editors": "",
    "edition": "",
    "volume": "",
    "issue": "",
    "pages": "",
    "publisher": "",
    "place": "",
    "url": "",
    "doi": "",
    "pmid": "",
    "cited_on": None,
    "more_authors": False,
}


class Command(BaseCommand):
    help = "Load the demo articles, people, references and site pages, plus a local admin login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-login",
            action="store_true",
            help="Load the content only; do not create or reset the local 'admin' login.",
        )
        parser.add_argument(
            "--origin",
            default=DEFAULT_ORIGIN,
            help=(
                "The address the site is served at, e.g. http://127.0.0.1:8101: the demo Site "
                "record (feeds, sitemap, “View on site”) and the printed links use it. "
                f"Default {DEFAULT_ORIGIN}."
            ),
        )

    def handle(self, *args, no_login=False, origin=DEFAULT_ORIGIN, **options):
        if settings.IS_PRODUCTION:
            # The demo overwrites site settings and pages, and its login prints a password.
            raise CommandError(
                "Refusing to load the demo: this is a production configuration (DEBUG is off "
                "and HEALTH_LIBRARY_LOCAL is not set). The demo login prints its password to the "
                "console and the demo content replaces the site settings and pages, so both are "
                "for local use only. Create a real account with `manage.py createsuperuser`. "
                "Nothing was changed."
            )
        self.origin, domain = parse_origin(origin)
        self.counts = {}
        with transaction.atomic():
            self.load_site(domain)
            sources = self.load_sources()
            categories = self.load_categories()
            people = self.load_authors()
            disclaimers = self.load_disclaimers()
            articles = self.load_articles(sources, categories, people, disclaimers)
            self.load_comments(articles)
            password = None if no_login else self.load_login(people)
        self.report(password)

    def upsert(self, model, lookup, values):
        """``update_or_create``, after the checks the admin would make (lengths, formats, HTML)."""
        values = {name: value for name, value in values.items() if name not in lookup}
        probe = model(**lookup, **values)
        probe.full_clean(validate_unique=False, validate_constraints=False)
        # Cleaning may normalise values (sanitised HTML, a DOI without its https:// prefix).
        cleaned = {name: getattr(probe, name) for name in values}
        obj, created = model.objects.update_or_create(**lookup, defaults=cleaned)
        tally = self.counts.setdefault(model._meta.label, [0, 0])
        tally[0 if created else 1] += 1
        return obj

    def load_site(self, domain):
        local = {"domain": domain, "name": "Health Library"}
        site = self.upsert(Site, {"pk": settings.SITE_ID}, local)
        Site.objects.clear_cache()
        self.upsert(SiteSettings, {"site": site}, demo.SITE_SETTINGS)
        for data in demo.SITE_PAGES:
            values = {**data, "show_in_footer": True}
            self.upsert(SitePage, {"slug": data["role"]}, values)

    def load_sources(self):
        sources = {}
        for key, data in demo.SOURCES.items():
            values = {
                **SOURCE_BLANKS,
                **data,
                "authors": "\n".join(data.get("authors", [])),
                "cited_on": parse_date(data["cited_on"]) if data.get("cited_on") else None,
            }
            existing = (
                Source.objects.matching(doi=values["doi"], pmid=values["pmid"]).first()
                or Source.objects.filter(title=values["title"], year=values["year"]).first()
            )
            if existing:
                lookup = {"pk": existing.pk}
            else:
                lookup = {"title": values["title"], "year": values["year"]}
            sources[key] = self.upsert(Source, lookup, values)
        return sources

    def load_categories(self):
        return {
            data["slug"]: self.upsert(Category, {"slug": data["slug"]}, data)
            for data in demo.CATEGORIES
        }

    def load_authors(self):
        people = {}
        for data in demo.AUTHORS:
            data = dict(data)
            slug, links, colour = data.pop("slug"), data.pop("links"), data.pop("colour")
            values = {
                "registration_body": "",
                "registration_number": "",
                "conflicts_of_interest": "",
                **data,
            }
            author = self.upsert(Author, {"slug": slug}, values)
            for position, (label, url) in enumerate(links):
                key = {"author": author, "position": position}
                self.upsert(ProfileLink, key, {"label": label, "url": url})
            author.links.filter(position__gte=len(links)).delete()
            if not author.photo:
                author.photo_renditions = draw_once(
                    author.photo, f"demo-{slug}.png", "PNG", portrait, author.name, colour
                )
                author.save(update_fields=["photo", "photo_renditions"])
            people[slug] = author
        return people

    def load_disclaimers(self):
        ours = [data["title"] for data in demo.DISCLAIMERS]
        # Only one disclaimer may be the site default; an editor's own choice wins.
        other_default = Disclaimer.objects.filter(is_default=True).exclude(title__in=ours).first()
        if other_default:
            self.stdout.write(f"Keeping “{other_default}” as the default disclaimer.")
        disclaimers = {}
        for data in demo.DISCLAIMERS:
            values = {**data, "is_default": data["is_default"] and not other_default}
            disclaimers[data["title"]] = self.upsert(Disclaimer, {"title": data["title"]}, values)
        return disclaimers

    def load_articles(self, sources, categories, people, disclaimers):
        articles = {}
        for data in demo.ARTICLES:
            body, cited = expand_citations(data["body"], sources)
            article = self.upsert(
                Article,
                {"slug": data["slug"]},
                {
                    "title": data["title"],
                    "standfirst": data["standfirst"],
                    "seo_description": data["seo_description"],
                    "body": body,
                    "category": categories[data["category"]],
                    "medical_reviewer": people.get(data.get("reviewer")),
                    "reviewed_on": parse_date(data["reviewed_on"])
                    if "reviewed_on" in data
                    else None,
                    **publication(data),
                    "hero_image_alt": data["hero"]["alt"] if "hero" in data else "",
                    "is_featured": data["slug"] == DEMO_ARTICLE,
                },
            )
            self.attach_people_and_references(article, data, people, cited)
            for position, (question, answer) in enumerate(data["faqs"]):
                self.upsert(
                    FAQItem,
                    {"article": article, "position": position},
                    {"question": question, "answer": answer},
                )
            article.faqs.filter(position__gte=len(data["faqs"])).delete()
            article.tags.set(data["tags"])
            article.disclaimers.set([disclaimers[title] for title in data["disclaimers"]])
            if "hero" in data and not article.hero_image:
                hero, slug = data["hero"], data["slug"]
                article.hero_renditions = draw_once(
                    article.hero_image,
                    f"demo-{slug}.jpg",
                    "JPEG",
                    illustration,
                    hero["style"],
                    hero["palette"],
                    slug,
                )
            # Citations are numbered only against references already attached: render again.
            article.save()
            check_citations(article, cited)
            self.record_history(article, data)
            articles[data["slug"]] = article
        for data in demo.ARTICLES:
            related = [articles[slug] for slug in data["related"]]
            articles[data["slug"]].related_articles.set(related)
        return articles

    def record_history(self, article, data):
        """The review and workflow moves a real article would have, so the admin shows them."""
        if article.medical_reviewer and article.reviewed_on:
            review, created = MedicalReview.objects.get_or_create(
                article=article,
                reviewer=article.medical_reviewer,
                reviewed_on=article.reviewed_on,
                defaults={"notes": "Checked against the cited sources (demo content)."},
            )
            if created:
                self.record_checked_claims(article, review)
        if not Version.objects.get_for_object(article).exists():
            # A first revision, so the admin's history has something to compare later edits with.
            with reversion.create_revision():
                reversion.add_to_revision(article)
                reversion.set_comment("Loaded with the demo content.")
        if not article.transitions.exists():
            moves = data.get("history") or [
                (before, after, "", data["published_at"])
                for before, after in [
                    ("draft", "in_review"),
                    ("in_review", "approved"),
                    ("approved", "published"),
                ]
            ]
            Transition.objects.bulk_create(
                Transition(
                    article=article,
                    from_status=before,
                    to_status=after,
                    note=note or "Loaded with the demo content.",
                    created_at=parse_datetime(moved_at),
                )
                for before, after, note, moved_at in moves
            )

    def load_comments(self, articles):
        for data in demo.COMMENTS:
            article = articles[data["article"]]
            comment = self.upsert(
                Comment,
                {"article": article, "name": data["name"], "email": data["email"]},
                {"text": data["text"], "status": data["status"]},
            )
            # created_at is set on creation (auto_now_add): give it the demo's date afterwards.
            posted = parse_datetime(data["created_at"])
            moderated = (
                posted + datetime.timedelta(hours=3) if data["status"] == "approved" else None
            )
            Comment.objects.filter(pk=comment.pk).update(created_at=posted, moderated_at=moderated)

    def record_checked_claims(self, article, review):
        """The first cited sentences become claims the demo reviewer checked (evidence trail)."""
        links = {link.source_id: link for link in article.article_references.all()}
        strengths = {"web": "guideline", "book": "expert_opinion", "chapter": "expert_opinion"}
        claims = []
        cited = [s for s in sentences(article.body) if s.source_ids and s.text.endswith(".")]
        for sentence in cited[:3]:
            rests_on = [links[pk] for pk in sentence.source_ids if pk in links]
            claim = Claim.objects.create(
                article=article,
                passage=sentence.text,
                strength=strengths.get(rests_on[0].source.kind, "observational"),
                checked_at=review.created_at,
            )
            claim.references.set(rests_on)
            claims.append(claim)
        record_checks(review=review, claims=claims)

    def attach_people_and_references(self, article, data, people, cited):
        byline = [people[slug] for slug in data["authors"]]
        for position, author in enumerate(byline):
            key = {"article": article, "author": author}
            self.upsert(ArticleAuthor, key, {"position": position})
        article.article_authors.exclude(author__in=byline).delete()
        for source in cited:
            self.upsert(ArticleReference, {"article": article, "source": source}, {})
        article.article_references.exclude(source__in=cited).delete()

    def load_login(self, people):
        """A superuser, plus one login per editorial role; all share one fresh password."""
        password = secrets.token_urlsafe(12)
        for username, role, profile, _ in DEMO_LOGINS:
            user = get_user_model().objects.filter(username=username).first()
            created = user is None
            if created:
                user = get_user_model()(username=username, email=f"{username}@example.org")
            user.is_active = user.is_staff = True
            user.is_superuser = role is None
            user.set_password(password)
            user.save()
            user.groups.set(Group.objects.filter(name=role) if role else [])
            if profile:
                Author.objects.filter(user=user).exclude(slug=profile).update(user=None)
                Author.objects.filter(slug=profile).update(user=user)
            # Failed logins from an earlier session would otherwise lock out the fresh password.
            reset_axes_lockouts(username=username)
            tally = self.counts.setdefault(get_user_model()._meta.label, [0, 0])
            tally[0 if created else 1] += 1
        return password

    def report(self, password):
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        for label, (created, updated) in self.counts.items():
            self.stdout.write(f"  {label}: {created} created, {updated} updated")
        if password is None:
            self.stdout.write("No login was created (--no-login).")
            return
        self.stdout.write("")
        self.stdout.write(f"  Admin:    {self.origin}/admin/")
        for position, (username, _, _, purpose) in enumerate(DEMO_LOGINS):
            label = "Username:" if position == 0 else " " * len("Username:")
            self.stdout.write(f"  {label} {username:<9} ({purpose})")
        self.stdout.write(f"  Password: {password}   (the same for all; a new one on every run)")
        self.stdout.write(f"  Article:  {self.origin}/articles/{DEMO_ARTICLE}/")


def parse_origin(origin):
    """``http://host:port`` -> (the origin without a trailing slash, the Site domain host:port)."""
    origin = origin.strip().rstrip("/")
    scheme, _, domain = origin.partition("://")
    try:
        URLValidator(schemes=["http", "https"])(origin)
    except ValidationError:
        domain = ""
    if not domain or "/" in domain or "?" in domain or "#" in domain or "@" in domain:
        raise CommandError(
            f"--origin must be an address such as http://127.0.0.1:8101 (scheme, host and "
            f"optional port, nothing after it), not {origin!r}. Nothing was changed."
        )
    return origin, domain


def publication(data):
    """Workflow state and dates: published unless the data says otherwise."""
    if "publish_in_days" in data:  # scheduled: live a fixed time after the demo is loaded
        published_at = timezone.now() + datetime.timedelta(days=data["publish_in_days"])
        return {
            "status": Article.Status.PUBLISHED,
            "published_at": published_at,
            "updated_at": None,
        }
    published_at = parse_datetime(data["published_at"]) if "published_at" in data else None
    return {
        "status": data.get("status", Article.Status.PUBLISHED),
        "published_at": published_at,
        "updated_at": parse_datetime(data["updated_at"]) if "updated_at" in data else None,
    }


def expand_citations(body, sources):
    """Swap ``{cite:a,b}`` placeholders for citation spans; return the body and cited sources."""
    cited = []

    def span(match):
        keys = [key.strip() for key in match.group(1).split(",") if key.strip()]
        unknown = [key for key in keys if key not in sources]
        if unknown or not keys:
            raise CommandError(f"A demo article cites unknown sources: {match.group(0).strip()}")
        for key in keys:
            if sources[key] not in cited:
                cited.append(sources[key])
        ids = " ".join(str(sources[key].pk) for key in keys)
        label = "; ".join(sources[key].short_label or "…" for key in keys)
        return format_html('<span class="citation" data-refs="{}">[{}]</span>', ids, label)

    return CITATION_PLACEHOLDER.sub(span, body), cited


def check_citations(article, cited):
    expected = [source.pk for source in cited]
    if article.unresolved_citations or article.citation_order != expected:
        raise CommandError(
            f"Citations in “{article}” did not resolve: order {article.citation_order}, "
            f"expected {expected}, unresolved {article.unresolved_citations}."
        )


# Drawing and encoding the pictures is most of the command's time, and the tests load the demo
# many times in one process: the files written the first time are kept and written again.
DRAWN = {}


def draw_once(fieldfile, filename, image_format, draw, *args):
    """Store ``draw(*args)`` and its renditions; return the renditions' description."""
    key = (fieldfile.field.model._meta.label, filename)
    if key in DRAWN:
        name, files, renditions = DRAWN[key]
        for stored_name, content in files.items():
            if default_storage.exists(stored_name):
                default_storage.delete(stored_name)
            default_storage.save(stored_name, ContentFile(content))
        fieldfile.name = name
        return renditions
    store_image(fieldfile, filename, draw(*args), image_format)
    renditions = make_renditions(fieldfile)
    names = [fieldfile.name] + [name for _, name in renditions["webp"] + renditions["fallback"]]
    files = {}
    for name in names:
        with default_storage.open(name, "rb") as stored:
            files[name] = stored.read()
    DRAWN[key] = (fieldfile.name, files, renditions)
    return renditions


def store_image(fieldfile, filename, image, image_format):
    buffer = BytesIO()
    image.save(buffer, image_format, **({"quality": 88} if image_format == "JPEG" else {}))
    name = fieldfile.field.generate_filename(fieldfile.instance, filename)
    # A file left by an earlier database would make storage pick a new name on every fresh load.
    if fieldfile.storage.exists(name):
        fieldfile.storage.delete(name)
    fieldfile.save(filename, ContentFile(buffer.getvalue()), save=False)


def portrait(name, colour, size=600):
    """A placeholder head shot: the person's initials on a plain background."""
    words = [word for word in name.split() if word not in {"Dr", "Prof", "Mr", "Mrs", "Ms"}]
    initials = (words[0][0] + words[-1][0]).upper()
    image = Image.new("RGB", (size, size), colour)
    font = ImageFont.load_default(size=size // 3)
    ImageDraw.Draw(image).text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    return image


def illustration(style, palette, seed, size=(1600, 900)):
    """An abstract hero picture: a vertical gradient with circles, rings of dots or waves."""
    width, height = size
    top, bottom, accent, highlight = palette
    mask = Image.linear_gradient("L").resize(size)
    image = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    rng = random.Random(seed)  # the same picture for the same article
    if style == "circles":
        for index in range(16):
            radius = rng.randint(60, 260)
            x, y = rng.randint(0, width), rng.randint(0, height)
            colour = (*(accent if index % 2 else highlight), rng.randint(60, 120))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    elif style == "rings":
        cx, cy = width * 0.32, height * 0.5
        for glow in range(8, 0, -1):
            radius = 70 + glow * 14
            draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(*accent, 22))
        draw.ellipse((cx - 70, cy - 70, cx + 70, cy + 70), fill=(*accent, 255))
        for ring in range(1, 9):
            radius, dots = 70 + ring * 95, 10 + ring * 9
            dot = max(4, 16 - ring)
            for step in range(dots):
                angle = 2 * pi * step / dots + ring * 0.3
                x = cx + radius * cos(angle)
                y = cy + radius * sin(angle)
                fill = (*highlight, max(50, 255 - ring * 24))
                draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=fill)
    else:
        for band in range(6):
            base = height * (0.25 + band * 0.13)
            amplitude, phase = rng.randint(30, 80), rng.uniform(0, 2 * pi)
            wave = [
                (x, base + amplitude * sin(2 * pi * x / (width * 0.8) + phase))
                for x in range(0, width + 40, 40)
            ]
            colour = (*(accent if band % 2 else highlight), 110)
            draw.polygon([*wave, (width, height), (0, height)], fill=colour)
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
