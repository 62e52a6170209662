"""Add many published articles for measuring growth: ``manage.py generate_articles 100000``.

Articles come with authors, a medical reviewer, references to a shared source library (cited in
the body), tags, FAQs and approved comments, written with ``bulk_create`` in batches. The derived
fields are computed by the same code ``Article.save()`` uses (sanitising, ``render_body`` for the
HTML, contents and citation numbering, the review date) and the new articles are added to the
search index with ``search.indexing.index_articles``, so they behave like edited ones.

The pools grow with the count, as on a real site: about one writer per 50 articles, one shared
source per 4 and one tag per 20. Bodies come from a pool of up to 2,000 distinct texts, each
rendered once (parsing HTML is most of the cost: 100,000 distinct bodies would take half an
hour); an article's references are the sources its body cites. Runs are repeatable (``--seed``)
and add to what is there.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleReference,
    Category,
    FAQItem,
    add_months,
    site_review_cadence,
)
from articles.richtext import render_body, sanitize_body
from authors.models import Author
from comments.models import Comment
from references.models import Source
from search.indexing import index_articles, optimize_index

TOPICS = [
    "Skin",
    "Heart",
    "Lungs",
    "Digestion",
    "Mental health",
    "Sleep",
    "Children",
    "Allergies",
    "Bones and joints",
    "Infections",
]
WORDS = (
    "treatment symptoms doctor therapy skin itching inflammation evidence trial dose "
    "infection allergy asthma eczema sleep heart blood pressure vitamin diet exercise "
    "children pregnancy vaccine immune cells cytokine interferon steroid cream tablet "
    "risk benefit study review guideline patient clinic nurse pharmacist pain fever"
).split()
SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "tu", "si", "po", "de", "gan", "vel", "tor", "ix"]
BATCH = 500
BODIES = 2000


def pseudo_word(rng):
    return "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))


class Command(BaseCommand):
    help = "Add COUNT generated published articles, with authors, references, tags and comments."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many articles to add.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("COUNT must be a positive number of articles.")
        self.rng = random.Random(f"{seed}-{Article.objects.count()}")
        self.run = f"g{seed}-{Article.objects.count()}"
        started = time.monotonic()
        self.prepare_pools(count)
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            with transaction.atomic():
                self.create_batch(done, size)
            done += size
            self.progress(done, count, started)
        self.stdout.write("\nIndexing them for search…")
        index_articles(Article.objects.filter(search_document__isnull=True))
        optimize_index()
        # Fresh planner statistics after a bulk load (PostgreSQL's autovacuum would do this
        # soon; SQLite only when asked): without them SQLite walks every published article
        # to find a tag's few.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(
            f"Added {count} articles in {time.monotonic() - started:.0f} s "
            f"({Article.objects.count()} in all)."
        )

    def progress(self, done, total, started):
        width = 30
        filled = width * done // total
        elapsed = time.monotonic() - started
        bar = "#" * filled + "-" * (width - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total} articles, {elapsed:.0f} s", ending="")
        self.stdout.flush()

    def prepare_pools(self, count):
        """Topics, writers, reviewers, shared sources and tags, in proportion to ``count``."""
        rng, run = self.rng, self.run
        for position, name in enumerate(TOPICS):
            Category.objects.get_or_create(
                slug=slugify(name), defaults={"name": name, "position": position}
            )
        self.categories = list(Category.objects.values_list("pk", flat=True))
        writers = [
            Author(
                name=f"Writer {run}-{n}",
                slug=f"writer-{run}-{n}",
                credentials="BSc, MSc in Public Health",
                bio="Writes about everyday health.",
            )
            for n in range(max(5, count // 50))
        ]
        reviewers = [
            Author(
                name=f"Dr Reviewer {run}-{n}",
                slug=f"reviewer-{run}-{n}",
                credentials="MBChB, MRCP",
                is_writer=False,
                is_medical_reviewer=True,
            )
            for n in range(max(2, count // 200))
        ]
        self.writers = [a.pk for a in Author.objects.bulk_create(writers)]
        self.reviewers = [a.pk for a in Author.objects.bulk_create(reviewers)]
        sources = [
            Source(
                kind=Source.Kind.JOURNAL_ARTICLE,
                authors=f"{pseudo_word(rng).title()}, A\n{pseudo_word(rng).title()}, B",
                title=f"A trial of {pseudo_word(rng)} in {rng.choice(WORDS)} ({run}-{n})",
                container_title="J Clin Med",
                year=rng.randint(1995, 2025),
                volume=str(rng.randint(1, 60)),
                pages=f"{rng.randint(1, 900)}–{rng.randint(901, 999)}",
            )
            for n in range(max(20, count // 4))
        ]
        self.sources = [s.pk for s in Source.objects.bulk_create(sources, batch_size=BATCH)]
        names = {f"{pseudo_word(rng)} {rng.choice(WORDS)}" for _ in range(max(20, count // 20))}
        existing = set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
        Tag.objects.bulk_create(
            [Tag(name=name, slug=slugify(name)) for name in sorted(names - existing)],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        self.tags = list(Tag.objects.filter(name__in=names).values_list("pk", flat=True))
        self.content_type = ContentType.objects.get_for_model(Article)
        self.cadence = site_review_cadence()
        self.bodies = []
        for _ in range(min(count, BODIES)):
            cited = rng.sample(self.sources, k=rng.randint(3, 6))
            body = sanitize_body(self.body(cited))
            self.bodies.append((body, render_body(body, set(cited), {}), cited))

    def body(self, cited):
        """A few hundred words under headings, citing ``cited`` (Source ids) as the editor does."""
        rng = self.rng
        parts = []
        for section in range(rng.randint(3, 5)):
            parts.append(f"<h2>{rng.choice(WORDS).title()} {pseudo_word(rng)} {section}</h2>")
            for _ in range(2):
                words = " ".join(rng.choices(WORDS, k=rng.randint(30, 60)))
                refs = " ".join(str(pk) for pk in rng.sample(cited, k=min(2, len(cited))))
                parts.append(
                    f'<p>{words.capitalize()}.<span class="citation" data-refs="{refs}">'
                    "[cite]</span></p>"
                )
        return "".join(parts)

    def create_batch(self, offset, size):
        rng, now = self.rng, timezone.now()
        articles, links = [], []
        for n in range(offset, offset + size):
            body, rendered, cited = rng.choice(self.bodies)
            published = now - datetime.timedelta(minutes=rng.randint(60, 60 * 24 * 365 * 5))
            reviewed = timezone.localdate(published)
            title = f"{rng.choice(WORDS).title()} and {pseudo_word(rng)}: what to know ({n})"
            article = Article(
                title=title,
                slug=f"{slugify(title)}-{self.run}",
                standfirst=f"What {rng.choice(WORDS)} means for {rng.choice(WORDS)}.",
                body=body,
                body_html=rendered.html,
                toc=rendered.toc,
                citation_order=rendered.cited_ids,
                citation_anchors={str(k): v for k, v in rendered.anchors.items()},
                unresolved_citations=rendered.unknown_ids,
                word_count=rendered.word_count,
                category_id=rng.choice(self.categories),
                medical_reviewer_id=rng.choice(self.reviewers),
                reviewed_on=reviewed,
                review_due_on=add_months(reviewed, self.cadence),
                status=Article.Status.PUBLISHED,
                published_at=published,
                updated_at=published + datetime.timedelta(days=30) if n % 5 == 0 else None,
                seo_description="A generated article for measuring the site at scale.",
            )
            articles.append(article)
            links.append(cited)
        Article.objects.bulk_create(articles)
        self.create_related(articles, links)

    def create_related(self, articles, links):
        rng = self.rng
        authors, references, faqs, tagged, comments = [], [], [], [], []
        for article, cited in zip(articles, links, strict=True):
            for position, writer in enumerate(rng.sample(self.writers, k=rng.randint(1, 2))):
                authors.append(ArticleAuthor(article=article, author_id=writer, position=position))
            references += [ArticleReference(article=article, source_id=pk) for pk in cited]
            faqs += [
                FAQItem(
                    article=article,
                    question=f"Is {rng.choice(WORDS)} safe?",
                    answer="Usually, but ask your doctor.",
                    position=position,
                )
                for position in range(rng.randint(0, 2))
            ]
            tagged += [
                TaggedItem(content_type=self.content_type, object_id=article.pk, tag_id=pk)
                for pk in rng.sample(self.tags, k=min(len(self.tags), rng.randint(1, 4)))
            ]
            comments += [
                Comment(
                    article=article,
                    name=f"Reader {pseudo_word(rng)}",
                    email="reader@example.com",
                    text=" ".join(rng.choices(WORDS, k=20)),
                    status=Comment.Status.APPROVED,
                )
                for _ in range(rng.randint(0, 3))
            ]
        ArticleAuthor.objects.bulk_create(authors)
        ArticleReference.objects.bulk_create(references)
        FAQItem.objects.bulk_create(faqs)
        TaggedItem.objects.bulk_create(tagged)
        Comment.objects.bulk_create(comments)
