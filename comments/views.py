from django.core import signing
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from articles.models import Article
from comments import spam
from comments.csrf import same_origin_post
from comments.forms import CommentForm
from comments.models import Comment
from comments.moderation import comments_open, submit_comment
from sitewide.context_processors import load_sitewide

RECEIVED_SALT = "comments.received"


@same_origin_post
@require_http_methods(["GET", "POST"])
def post_comment(request, article_pk):
    article = get_object_or_404(Article.objects.published(), pk=article_pk)
    if request.method == "GET":  # e.g. reloading the page that showed an error
        return redirect(f"{article.get_absolute_url()}#leave-a-reply")
    form = CommentForm(request.POST, request=request, article=article, auto_id="comment-%s")
    is_open = comments_open(article, load_sitewide().settings)
    if form.is_valid() and is_open:
        comment = submit_comment(
            article=article,
            parent=form.cleaned_data["parent"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            website=form.cleaned_data["website"],
            text=form.cleaned_data["text"],
            spam_reasons=form.spam_reasons,
            ip_address=spam.client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
        )
        token = signing.dumps(comment.pk, salt=RECEIVED_SALT)
        return redirect("comments:received", token=token)
    context = {"form": form, "article": article, "comments_open": is_open}
    return render(
        request,
        "comments/comment_form_page.html",
        context,
        status=form.status_code if is_open else 403,
    )


@require_GET
def reply(request, pk):
    """A page to reply to one approved comment (the article page itself carries no reply forms)."""
    parent = get_object_or_404(
        Comment.objects.approved().filter(parent=None).select_related("article"), pk=pk
    )
    article = parent.article
    if not article.is_published():
        raise Http404
    form = CommentForm(initial={"parent": parent.pk}, auto_id="comment-%s")
    context = {
        "form": form,
        "article": article,
        "parent": parent,
        "comments_open": comments_open(article, load_sitewide().settings),
    }
    return render(request, "comments/comment_form_page.html", context)


@require_GET
def received(request, token):
    """After posting: the reader's comment, and that it awaits moderation."""
    try:
        pk = signing.loads(token, salt=RECEIVED_SALT, max_age=24 * 60 * 60)
    except signing.BadSignature:
        return redirect("home")
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=pk)
    # Whatever the checks decided, the reader is told the same: spam is not to learn it was.
    return render(request, "comments/comment_received.html", {"comment": comment})


@never_cache
@require_GET
def stamp(request):
    """A fresh form stamp for forms on a cached page (static/js/reader_forms.js asks for it)."""
    return JsonResponse({"stamp": spam.make_stamp()})
