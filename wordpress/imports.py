"""Import a WordPress export: posts as draft articles, pages as site pages, with their people,
references, FAQ, images and comments. One transaction: all or nothing, and a dry run is the same
import rolled back.
"""

import time
from urllib.parse import urlparse

import reversion
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.redirects.models import Redirect
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from tqdm import tqdm

from articles.models import Article, ArticleAuthor, Category, Disclaimer, FAQItem
from authors.models import Author
from comments.models import Comment
from sitewide.models import SitePage
from wordpress import markup, people, reference_lists, sections, shortcodes
from wordpress.media import MediaLibrary
from wordpress.models import ImportedItem
from wordpress.recovery import recover_references
from wordpress.reports import ItemReport, Report

SEO_KEYS = ("_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description")
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}
UNCATEGORISED = {"uncategorized", "uncategorised"}
Kind = ImportedItem.Kind
DELETED = object()
DELETED_NOTE = "skipped: deleted here after an earlier import"


def import_wordpress(*, export, file_name="", media_dir=None, is_dry_run=False, progress=False):
    """Import ``export`` (a wxr.Export). Returns a Report; raises only on a bug."""
    started = time.monotonic()
    report = Report(site_url=export.site_url, file_name=file_name, is_dry_run=is_dry_run)
    written = []
    try:
        with transaction.atomic():
            Run(export=export, report=report, media_dir=media_dir, written=written).run(progress)
            if is_dry_run:
                transaction.set_rollback(True)
    except BaseException:
        for name in written:  # files of a rolled-back import would be orphans
            default_storage.delete(name)
        raise
    report.seconds = time.monotonic() - started
    return report


class Run:
    """The state of one import: what each WordPress id became so far."""

    def __init__(self, *, export, report, media_dir, written):
        self.export = export
        self.report = report
        self.media = MediaLibrary(
            media_dir=media_dir, is_dry_run=report.is_dry_run, written=written
        )
        self.authors = {}  # login → Author
        self.disclaimers = list(Disclaimer.objects.all())

    # The key of every imported record ---------------------------------------------------
    def existing(self, kind, wp_id):
        """What the record became in an earlier import: None if never, DELETED if deleted here
        since (an editor's decision that a re-run respects)."""
        record = ImportedItem.objects.filter(
            site_url=self.export.site_url, kind=kind, wp_id=str(wp_id)
        ).first()
        if record is None:
            return None
        return record.target or DELETED

    def remember(self, kind, wp_id, target, **details):
        ImportedItem.objects.update_or_create(
            site_url=self.export.site_url,
            kind=kind,
            wp_id=str(wp_id),
            defaults={
                "content_type": ContentType.objects.get_for_model(target),
                "object_id": target.pk,
                "details": details,
            },
        )

    # The import, in dependency order ------------------------------------------------------
    def run(self, progress):
        for wp_author in self.export.authors.values():
            self.author(wp_author)
        items = [i for i in self.export.items if i.post_type in ("attachment", "post", "page")]
        # Attachments first: posts point at them.
        items.sort(key=lambda item: item.post_type != "attachment")
        skipped = len(self.export.items) - len(items)
        if skipped:
            others = sorted(
                {i.post_type for i in self.export.items} - {"attachment", "post", "page"}
            )
            self.report.notes.append(
                f"{skipped} records of other types were not imported ({', '.join(others)}): "
                "menus and theme settings belong to the WordPress theme."
            )
        for item in tqdm(items, desc="Importing", unit="item", disable=not progress):
            if item.post_type == "attachment":
                self.attachment(item)
            elif item.post_type == "post":
                self.post(item)
            else:
                self.page(item)

    def author(self, wp_author):
        author = self.existing(Kind.AUTHOR, wp_author.login)
        if author is None or author is DELETED:
            values = people.author_values(wp_author)
            author = Author.objects.create(
                slug=people.unique_author_slug(values["name"], wp_author.login),
                is_writer=True,
                **values,
            )
            self.report.counts["authors"] += 1
        # The email address has no place on a public profile; it is kept with the import key.
        self.remember(Kind.AUTHOR, wp_author.login, author, email=wp_author.email)
        self.authors[wp_author.login] = author

    def attachment(self, item):
        line = self.report.add(ItemReport("attachment", item.wp_id, item.title))
        existing = self.existing(Kind.ATTACHMENT, item.wp_id)
        if existing is DELETED:
            line.outcome = DELETED_NOTE
            return
        asset = self.media.read(item, existing, line)
        if asset is not None:
            self.media.remember(item, asset)
            self.remember(Kind.ATTACHMENT, item.wp_id, asset)
            self.report.counts["images"] += line.outcome == "created"
        self.report.counts["attachments in file"] += 1

    # Posts and pages ------------------------------------------------------------------------
    def body(self, item, line):
        """The post's content as editor HTML in a soup, shortcodes handled."""
        html, uses = shortcodes.expand(
            item.content, gallery=lambda ids, attrs: self.media.figures(ids, item.wp_id)
        )
        line.shortcodes += uses
        if not markup.is_block_content(item.content):
            html = markup.autop(html)
        notes = []
        raw = BeautifulSoup(html, "html.parser")
        faq = sections.take_faq_blocks(raw)
        soup = BeautifulSoup(markup.tidy(str(raw), notes), "html.parser")
        line.needs_editor += notes
        self.media.place_images(soup, line)
        return soup, faq

    def skip(self, item, line, existing=None):
        if existing is DELETED:
            line.outcome = DELETED_NOTE
            return True
        if item.status in SKIPPED_STATUSES:
            line.outcome = f"skipped (WordPress status “{item.status}”)"
            return True
        return False

    def post(self, item):
        line = self.report.add(ItemReport("post", item.wp_id, item.title))
        article = self.existing(Kind.POST, item.wp_id)
        if self.skip(item, line, article):
            return
        soup, faq = self.body(item, line)
        typed = reference_lists.find_reference_list(soup)
        # Before the FAQ: a disclaimer after the last answer is not part of that answer.
        matched, unmatched = sections.take_disclaimers(soup, self.disclaimers)
        faq += sections.take_faq(soup)
        line.outcome = "updated" if article else "created as a draft"
        article = article or Article(status=Article.Status.DRAFT, created_by=None)
        self.fill_article(article, item, line)
        if typed and article.pk is None:
            article.body = ""
            article.save()  # sources are attached to a saved article, then cited from the body
        if typed:
            recover_references(
                article=article, soup=soup, typed=typed, line=line, counts=self.report.counts
            )
        article.body = str(soup)
        with reversion.create_revision():
            article.save()
            self.relations(article, item, faq, matched, unmatched, line)
            reversion.set_comment(
                f"Imported from WordPress ({self.export.site_url}, post {item.wp_id})"
            )
        self.remember(Kind.POST, item.wp_id, article)
        self.redirect(item.link, article.get_absolute_url(), line)
        self.comments(article, item, line)
        line.address = article.get_absolute_url()
        self.report.counts["posts"] += 1
        if line.shortcodes:
            self.report.counts["posts with shortcodes"] += 1

    def fill_article(self, article, item, line):
        article.title = item.title[:200] or f"Untitled post {item.wp_id}"
        if not article.slug:
            article.slug = unique_slug(Article, item.slug or article.title, max_length=200)
        article.standfirst = Truncator(" ".join(strip_tags(item.excerpt).split())).chars(600)
        if not article.standfirst:
            line.needs_editor.append("No excerpt in WordPress: write a standfirst.")
        description = next((item.meta[key] for key in SEO_KEYS if item.meta.get(key)), "")
        article.seo_description = Truncator(" ".join(description.split())).chars(160)
        if description:
            line.done.append("SEO description from the SEO plugin's meta description.")
        else:
            line.needs_editor.append("No SEO meta description: write one.")
        # WordPress's dates are kept, so publishing later shows when it was really written.
        article.published_at = item.date if item.status in ("publish", "future") else None
        article.updated_at = (
            item.modified
            if item.modified and item.date and (item.modified.date() > item.date.date())
            else None
        )
        article.comments_enabled = item.comment_status != "closed"
        article.category = self.category(item, line)
        self.hero_image(article, item, line)
        if item.status not in ("publish", "draft"):
            line.done.append(f"WordPress status was “{item.status}”; here it is a draft.")
        if item.password:
            line.needs_editor.append("Password-protected in WordPress: check before publishing.")

    def category(self, item, line):
        named = [
            (name, slug) for name, slug in item.categories if slug.lower() not in UNCATEGORISED
        ]
        if not named:
            return None
        name, slug = named[0]
        if len(named) > 1:
            line.done.append(
                "Topic “{}”; other categories became tags: {}.".format(
                    name, ", ".join(n for n, _ in named[1:])
                )
            )
        category = Category.objects.filter(name=name[:100]).first()
        if category is None:
            category = Category.objects.create(
                name=name[:100], slug=unique_slug(Category, slug or name, max_length=100)
            )
        return category

    def hero_image(self, article, item, line):
        thumbnail = item.meta.get("_thumbnail_id", "")
        if not thumbnail.isdigit():
            return
        asset = self.media.by_id.get(int(thumbnail))
        if asset is None:
            line.needs_editor.append(f"Featured image (attachment {thumbnail}) was not imported.")
            return
        article.hero_image.name = asset.file.name
        article.hero_renditions = asset.renditions
        article.hero_image_alt = asset.alt_text
        article.hero_image_caption = asset.caption
        line.done.append("Featured image is the hero image.")

    def relations(self, article, item, faq, matched, unmatched, line):
        author = self.authors.get(item.creator)
        if author and not article.article_authors.filter(author=author).exists():
            ArticleAuthor.objects.create(article=article, author=author)
        if author is None:
            line.needs_editor.append(f"Author “{item.creator}” is not in the export's author list.")
        tags = [name for name, _ in item.tags] + [name for name, _ in item.categories[1:]]
        if tags:
            article.tags.add(*{name[:100] for name in tags if name.strip()})
        if faq:
            article.faqs.all().delete()
            FAQItem.objects.bulk_create(
                FAQItem(article=article, question=q.question, answer=q.answer, position=n)
                for n, q in enumerate(faq)
            )
            line.done.append(f"{len(faq)} FAQ items.")
        if matched:
            article.disclaimers.add(*matched)
            line.done.append("Disclaimer matched: " + ", ".join(str(d) for d in matched) + ".")
        for text in unmatched:
            line.needs_editor.append(
                f"Disclaimer paragraph taken out of the body; no stored disclaimer has this text, "
                f"so pick one (or the site default covers it): “{Truncator(text).chars(120)}”"
            )

    # Pages, comments, redirects ---------------------------------------------------------------
    def page(self, item):
        line = self.report.add(ItemReport("page", item.wp_id, item.title))
        page = self.existing(Kind.PAGE, item.wp_id)
        if self.skip(item, line, page):
            return
        if item.status != "publish":
            # Site pages are public at once: an unpublished page must not appear by importing it.
            line.outcome = f"skipped (WordPress status “{item.status}”: site pages are public)"
            return
        soup, _ = self.body(item, line)
        images = len(soup.find_all("img"))
        if images:
            line.needs_editor.append(f"{images} images left out: site pages show text only.")
        line.outcome = "updated" if page else "created"
        if page is None:
            page = SitePage(
                show_in_footer=False, slug=unique_slug(SitePage, item.slug or item.title)
            )
        page.title = item.title[:200] or f"Untitled page {item.wp_id}"
        page.summary = Truncator(" ".join(strip_tags(item.excerpt).split())).chars(300)
        page.body = str(soup)
        page.save()
        self.remember(Kind.PAGE, item.wp_id, page)
        self.redirect(item.link, page.get_absolute_url(), line)
        if item.comments:
            line.done.append(f"{len(item.comments)} comments not imported: site pages have none.")
            self.report.counts["comments skipped"] += len(item.comments)
        line.address = page.get_absolute_url()
        self.report.counts["pages"] += 1

    def redirect(self, old_url, new_path, line):
        parsed = urlparse(old_url or "")
        old_path = parsed.path or "/"
        if parsed.query or old_path in ("/", new_path):
            return
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old_path[:200], defaults={"new_path": new_path}
        )
        line.done.append(f"The old address {old_path} redirects here.")
        self.report.counts["redirects"] += 1

    def comments(self, article, item, line):
        kept = [c for c in item.comments if c.approved in people.COMMENT_STATUS]
        pings = [c for c in kept if c.type in ("pingback", "trackback")]
        kept = [c for c in kept if c not in pings]
        dropped = len(item.comments) - len(kept) - len(pings)
        ordered, roots = people.thread_order(kept)
        imported = {}
        for wp_comment in ordered:
            comment = self.existing(Kind.COMMENT, wp_comment.wp_id)
            if comment is DELETED:
                continue  # rejected or removed by an editor: not brought back
            if comment is None:
                parent = imported.get(roots[wp_comment.wp_id])
                comment = Comment.objects.create(
                    article=article, parent=parent, **people.comment_values(wp_comment)
                )
                # created_at is set on creation; keep WordPress's date instead.
                date = wp_comment.date or item.date
                if date:
                    Comment.objects.filter(pk=comment.pk).update(
                        created_at=date,
                        moderated_at=date if comment.status == Comment.Status.APPROVED else None,
                    )
                self.remember(Kind.COMMENT, wp_comment.wp_id, comment)
                self.report.counts["comments"] += 1
                self.report.counts["comments held"] += comment.status == Comment.Status.PENDING
            imported[wp_comment.wp_id] = comment
        if kept:
            line.done.append(f"{len(kept)} comments (approved ones shown, pending ones held).")
        if dropped or pings:
            line.done.append(f"Not imported: {dropped} spam or trash, {len(pings)} pingbacks.")
            self.report.counts["comments skipped"] += dropped + len(pings)


def unique_slug(model, value, max_length=100):
    allow_unicode = model._meta.get_field("slug").allow_unicode
    base = slugify(value, allow_unicode=allow_unicode)[: max_length - 6] or "imported"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
