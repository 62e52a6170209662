"""Comments in the page cache: an approved comment is on its article's page."""

from comments.models import Comment
from pagecache import invalidation, tags


def comment_tags(comment, old=None):
    approved = Comment.Status.APPROVED
    if comment.status == approved or (old and old["status"] == approved):
        return {tags.article(comment.article_id)}
    return set()  # held, rejected and spam comments are on no page: a flood re-renders nothing


invalidation.watch(Comment, comment_tags, fields=("status",))
