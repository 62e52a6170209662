import pytest

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    DisclaimerFactory,
    SourceFactory,
    attach,
    cite,
)


@pytest.fixture
def draft(writer):
    """A draft with everything the gate needs except a recorded medical review."""
    DisclaimerFactory(is_default=True)
    sources = [SourceFactory(), SourceFactory()]
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        published_at=None,
        created_by=writer,
        body=f"<h2>Intro</h2><p>Claim{cite(sources[0])} and more{cite(sources[1])}</p>",
    )
    return attach(article, authors=[writer.author_profile], sources=sources)
