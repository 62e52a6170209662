from django import template

from comments.forms import CommentForm
from comments.models import approved_thread
from comments.moderation import comments_open
from sitewide.context_processors import load_sitewide

register = template.Library()


@register.inclusion_tag("comments/comment_section.html")
def comments_for(article):
    """Approved comments with their replies (one query), then the form or “comments are closed”.

    Nothing here depends on the visitor, so the article page can be cached whole.
    """
    sitewide = load_sitewide()
    thread = approved_thread(article)
    return {
        "article": article,
        "thread": thread,
        "count": sum(1 + len(comment.approved_replies) for comment in thread),
        "comments_open": comments_open(article, sitewide.settings),
        "privacy_url": sitewide.privacy_url,
        "form": CommentForm(auto_id="comment-%s"),
    }
