"""Previews of unpublished work, exactly as readers will see it.

Staff preview through their login (editors, reviewers, and the article's own writers); anyone
else needs a signed link that names one article and expires.
"""

from django.core import signing
from django.urls import reverse

PREVIEW_SALT = "editorial.preview"
PREVIEW_MAX_AGE = 7 * 24 * 60 * 60  # seconds


def preview_link(article):
    token = signing.dumps({"article": article.pk}, salt=PREVIEW_SALT, compress=True)
    return reverse("editorial:shared_preview", kwargs={"token": token})


def article_id_from_token(token):
    """The article a link was made for; raises signing.BadSignature if forged or expired."""
    return signing.loads(token, salt=PREVIEW_SALT, max_age=PREVIEW_MAX_AGE)["article"]


def can_preview(user, article):
    if not user.is_authenticated or not user.is_staff:
        return False
    if user.has_perm("articles.publish_article") or user.has_perm("articles.review_article"):
        return True
    return article.created_by_id == user.pk or article.authors.filter(user=user).exists()
