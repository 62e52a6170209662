"""The workflow's rows in the page cache: a correction note is in its article's change log."""

from articles.cache_tags import inline_tags
from editorial.models import CorrectionNote
from pagecache import invalidation

invalidation.watch(CorrectionNote, inline_tags)
