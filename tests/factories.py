import datetime

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleReference,
    Category,
    Disclaimer,
    FAQItem,
)
from authors.models import Author
from references.models import Source


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Writer {n}")
    slug = factory.Sequence(lambda n: f"writer-{n}")
    credentials = "BSc in Biological Sciences, University of Warwick"
    bio = "Writes about immunology.\n\nLikes clear evidence."


class ReviewerFactory(AuthorFactory):
    name = factory.Sequence(lambda n: f"Dr Reviewer {n}")
    slug = factory.Sequence(lambda n: f"reviewer-{n}")
    credentials = "MBChB, MRCP"
    is_writer = False
    is_medical_reviewer = True


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    kind = Source.Kind.JOURNAL_ARTICLE
    authors = "Brar, K\nLeung, DYM"
    title = factory.Sequence(lambda n: f"Study number {n} of recombinant interferon gamma")
    container_title = "Expert Opin Biol Ther"
    year = 2016
    volume = "16"
    issue = "4"
    pages = "507–14"


class DisclaimerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Disclaimer

    title = factory.Sequence(lambda n: f"Disclaimer {n}")
    body = "<p>This content is for information only.</p>"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Interferon article {n}")
    slug = factory.Sequence(lambda n: f"interferon-article-{n}")
    standfirst = "What interferons are and how they are used."
    body = "<h2>Overview</h2><p>Interferons are cytokines.</p>"
    category = factory.SubFactory(CategoryFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))
    seo_description = "A short description for search engines."


def attach(article, *, authors=(), sources=(), faqs=0, tags=(), disclaimers=()):
    """Attach related rows, then re-save so citations are numbered against the references."""
    for position, author in enumerate(authors):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    for source in sources:
        ArticleReference.objects.create(article=article, source=source)
    for n in range(faqs):
        FAQItem.objects.create(
            article=article, question=f"Question {n}?", answer=f"Answer {n}.", position=n
        )
    if tags:
        article.tags.set(list(tags))
    if disclaimers:
        article.disclaimers.set(disclaimers)
    article.save()
    return article


def cite(*sources):
    """The editor's markup for a citation of ``sources``."""
    ids = " ".join(str(source.pk) for source in sources)
    return f'<span class="citation" data-refs="{ids}">[cite]</span>'


# Reader engagement: comments, newsletter, page feedback.


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "comments.Comment"

    article = factory.SubFactory(ArticleFactory)
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    text = "Thank you, this helped me understand my treatment."
    status = "approved"


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.Subscriber"

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    status = "confirmed"
    consent_text = "Yes, email me the newsletter. I can unsubscribe at any time."
    consented_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    consent_page = "/articles/interferon-article-1/"
    consent_form = "article"


class ErrorReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.ErrorReport"

    article = factory.SubFactory(ArticleFactory)
    article_version = factory.LazyAttribute(lambda report: report.article.version)
    description = "The second paragraph says IFN-γ is a type I interferon; it is type II."


def make_user(django_user_model, username, role):
    user = django_user_model.objects.create_user(
        username, password="a-long-test-password-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    return user
