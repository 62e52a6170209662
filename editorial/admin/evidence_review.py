"""The evidence review page (on the Claim admin): a medical reviewer checks an article's claims
against its sources and approves it from there, through the workflow (editorial/transitions.py).
The evidence trail's data is evidence/; this screen is the newsroom's, so it lives here.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse

from articles.models import Article
from editorial.transitions import TransitionError, available_actions, transition
from evidence.claims import accept_sentences, body_text, mark_checked, normalise
from evidence.forms import ClaimForm, HandleNoticeForm
from evidence.models import Claim, Retraction
from evidence.retractions import handle_notice
from evidence.review import evidence_review
from sitewide.context_processors import load_sitewide


def _ids(values):
    return [int(v) for v in values if v.isdigit()]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "strength", "checked_at", "checked_by"]
    list_filter = ["strength", ("checked_at", admin.EmptyFieldListFilter)]
    list_select_related = ["article", "checked_by"]
    search_fields = ["passage", "article__title"]
    raw_id_fields = ["article"]
    filter_horizontal = ["references"]
    readonly_fields = ["checked_by", "checked_at", "created_by", "created_at"]

    # Claims are added and checked on the evidence review page; here editors tidy them up and
    # others read the claims of the articles they may see.
    def get_queryset(self, request):
        articles = Article.objects.editable_by(request.user)
        return super().get_queryset(request).filter(article__in=articles.values("pk"))

    def has_add_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.has_add_permission(request)

    def get_urls(self):
        return [
            path(
                "review/<int:article_id>/",
                self.admin_site.admin_view(self.review_view),
                name="evidence_claim_review",
            ),
            *super().get_urls(),
        ]

    def review_view(self, request, article_id):
        """The evidence review page: sentences and claims beside their sources, for one article."""
        user = request.user
        if not user.has_perm("evidence.view_claim"):
            raise PermissionDenied
        article = get_object_or_404(Article.objects.editable_by(user), pk=article_id)
        here = reverse("admin:evidence_claim_review", args=[article.pk])
        can_check = user.has_perm("articles.review_article")
        can_handle = user.has_perm("articles.publish_article")
        # Writers add and remove claims while the text is theirs to change (their draft);
        # reviewers and editors on any article they may see.
        can_add = user.has_perm("evidence.add_claim") and (
            can_check or Article.objects.changeable_by(user).filter(pk=article.pk).exists()
        )
        claim_form = ClaimForm(article=article)
        handle_form = HandleNoticeForm()
        if request.method == "POST":
            action = request.POST.get("action", "")
            if action == "add_claim" and can_add:
                claim_form = ClaimForm(request.POST, article=article)
                if claim_form.is_valid():
                    claim = claim_form.save(commit=False)
                    claim.created_by = user
                    claim.save()
                    claim_form.save_m2m()
                    messages.success(request, "The claim was added.")
                    return redirect(here + "#claims")
            elif action == "delete_claim" and can_add and user.has_perm("evidence.delete_claim"):
                Claim.objects.filter(article=article, pk=_int(request.POST.get("claim"))).delete()
                messages.success(request, "The claim was removed.")
                return redirect(here + "#claims")
            elif action in ("save_checks", "approve") and can_check:
                return self._save_checks(request, article, action, here)
            elif action == "handle" and can_handle:
                handle_form = HandleNoticeForm(request.POST)
                if handle_form.is_valid():
                    # Only a notice about one of this article's own sources.
                    links = article.article_references.select_related("source")
                    sources = [link.source for link in links]
                    notices = Retraction.objects.needing_attention().for_sources(sources)
                    retraction = get_object_or_404(
                        notices, pk=handle_form.cleaned_data["retraction"]
                    )
                    handle_notice(
                        article=article,
                        retraction=retraction,
                        user=user,
                        note=handle_form.cleaned_data["note"],
                    )
                    messages.success(request, "The notice is recorded as handled.")
                    return redirect(here + "#sources")
            else:
                raise PermissionDenied
        return render(
            request,
            "admin/evidence/review.html",
            self._context(
                request, article, can_check, can_handle, can_add, claim_form, handle_form
            ),
        )

    def _save_checks(self, request, article, action, here):
        user = request.user
        mark_checked(article=article, claim_ids=_ids(request.POST.getlist("checked")), user=user)
        accepted = accept_sentences(
            article=article,
            keys=request.POST.getlist("accept"),
            user=user,
            reason=request.POST.get("accept_reason", "")[:300],
        )
        if action == "approve":
            try:
                transition(article, action="approve", user=user, note=request.POST.get("note", ""))
            except (TransitionError, PermissionDenied) as error:
                messages.error(request, str(error))
                return redirect(here)
            messages.success(
                request, "Approved: your review and the claims you checked are recorded."
            )
            return redirect("admin:articles_article_change", article.pk)
        messages.success(
            request,
            "Your checks were saved"
            + (
                f"; {accepted} sentence{'s' if accepted != 1 else ''} accepted."
                if accepted
                else "."
            ),
        )
        return redirect(here)

    def _context(self, request, article, can_check, can_handle, can_add, claim_form, handle_form):
        review = evidence_review(article, site_settings=load_sitewide().settings)
        text = body_text(article.body).casefold()
        return {
            **self.admin_site.each_context(request),
            "opts": Article._meta,
            "original": article,
            "title": f"Evidence review: {article}",
            "review": review,
            "sentence_rows": [(s, review.rows_for(s.source_ids)) for s in review.sentences],
            "claim_rows": [
                (
                    claim,
                    normalise(claim.passage).casefold() in text,
                    [review.references.get(link.source_id) for link in claim.references.all()],
                )
                for claim in review.claims
            ],
            "can_check": can_check,
            "can_handle": can_handle,
            "can_add": can_add,
            "can_approve": "approve" in available_actions(article, request.user),
            "claim_form": claim_form,
            "handle_form": handle_form,
            "style": load_sitewide().settings.citation_style,
        }


def _int(value):
    return int(value) if value and value.isdigit() else None
