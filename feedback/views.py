from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from articles.models import Article
from comments import spam
from comments.csrf import same_origin_post
from feedback import triage
from feedback.forms import ErrorReportForm, HelpfulForm, WhatWasWrongForm
from feedback.models import PageFeedback

ANSWER_SALT = "feedback.answer"


def _published(pk):
    return get_object_or_404(Article.objects.published(), pk=pk)


@same_origin_post
@require_http_methods(["GET", "POST"])
def helpful(request, article_pk):
    article = _published(article_pk)
    if request.method == "GET":
        return redirect(f"{article.get_absolute_url()}#page-feedback")
    form = HelpfulForm(request.POST, request=request, auto_id="helpful-%s")
    if not form.is_valid():
        context = {"form": form, "article": article}
        return render(request, "feedback/helpful_page.html", context, status=form.status_code)
    answer = triage.record_answer(
        article=article,
        version=form.cleaned_data["version"],
        is_helpful=form.cleaned_data["helpful"] == "yes",
        spam_reasons=form.spam_reasons,
    )
    return redirect("feedback:thanks", token=signing.dumps(answer.pk, salt=ANSWER_SALT))


@same_origin_post
@require_http_methods(["GET", "POST"])
def thanks(request, token):
    """Thanks for an answer; after a “No”, a box for what was wrong."""
    try:
        pk = signing.loads(token, salt=ANSWER_SALT, max_age=24 * 60 * 60)
    except signing.BadSignature:
        return redirect("home")
    answer = get_object_or_404(PageFeedback.objects.select_related("article"), pk=pk)
    form = None
    if not answer.is_helpful and not answer.comment:
        if request.method == "POST":
            form = WhatWasWrongForm(request.POST, request=request, auto_id="wrong-%s")
            if form.is_valid():
                answer = triage.add_comment(
                    feedback=answer,
                    comment=form.cleaned_data["comment"],
                    spam_reasons=form.spam_reasons,
                )
                form = None
        else:
            form = WhatWasWrongForm(auto_id="wrong-%s")
    status = form.status_code if form is not None and form.is_bound else 200
    return render(request, "feedback/thanks.html", {"answer": answer, "form": form}, status=status)


@same_origin_post
@require_http_methods(["GET", "POST"])
def report(request, article_pk):
    article = _published(article_pk)
    if request.method == "GET":
        form = ErrorReportForm(initial={"version": article.version}, auto_id="report-%s")
        return render(request, "feedback/report_page.html", {"form": form, "article": article})
    form = ErrorReportForm(request.POST, request=request, auto_id="report-%s")
    if not form.is_valid():
        context = {"form": form, "article": article}
        return render(request, "feedback/report_page.html", context, status=form.status_code)
    triage.report_error(
        article=article,
        version=form.cleaned_data["version"],
        description=form.cleaned_data["description"],
        email=form.cleaned_data["email"],
        spam_reasons=form.spam_reasons,
        ip_address=spam.client_ip(request),
    )
    return redirect("feedback:report_received", article_pk=article.pk)


@require_GET
def report_received(request, article_pk):
    article = _published(article_pk)
    return render(request, "feedback/report_received.html", {"article": article})
