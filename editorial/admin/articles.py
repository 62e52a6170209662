"""The article admin: the change page with its workflow panel, revisions, revert and recover."""

import reversion
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet
from django.forms.utils import ErrorDict, ErrorList
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import get_current_timezone, make_aware
from reversion.admin import VersionAdmin
from reversion.models import Version

from articles.changelist import LargeListMixin, RecentTagFilter
from articles.models import Article, ArticleAuthor, ArticleReference, FAQItem
from editorial import presence
from editorial.admin.change_page import error_summary, note_label
from editorial.checks import problems_for, unresolved_citations
from editorial.diff import compare
from editorial.forms import ArticleForm
from editorial.models import CorrectionNote, StashedEdit
from editorial.previews import preview_link
from editorial.reverts import may_recover, may_revert, recover, revert
from editorial.transitions import (
    TransitionError,
    available_actions,
    is_medical_reviewer,
    rereview,
    transition,
)
from evidence.review import evidence_review
from images.renditions import make_renditions
from search.query import title_matches
from sitewide.admin import NonceMediaMixin
from sitewide.context_processors import load_sitewide


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    fields = ["author", "position"]


class ReferenceFormSet(BaseInlineFormSet):
    def clean(self):
        """Every citation in the body must point to a reference kept in this list."""
        super().clean()
        kept = {
            form.cleaned_data["source"].pk
            for form in self.forms
            if form.cleaned_data.get("source") and not form.cleaned_data.get("DELETE")
        }
        # The admin hands inline formsets the article with the submitted body applied.
        problems = unresolved_citations(self.instance.body, kept)
        if problems:
            raise ValidationError([problem.message for problem in problems])


class ArticleReferenceInline(admin.TabularInline):
    model = ArticleReference
    formset = ReferenceFormSet
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "is_further_reading", "preview"]
    readonly_fields = ["preview"]
    verbose_name_plural = "references (cite them in the body with the “Cite” button)"

    @admin.display(description="As printed")
    def preview(self, obj):
        if not obj.pk:
            return "—"
        site_style = load_sitewide().settings.citation_style
        return obj.source.formatted_html(obj.article.reference_style(site_style))


class FAQInline(admin.StackedInline):
    model = FAQItem
    extra = 0
    fields = [("question", "position"), "answer"]


class CorrectionNoteInline(admin.TabularInline):
    model = CorrectionNote
    extra = 0
    fields = ["noted_on", "note", "is_public"]
    verbose_name_plural = "public change log (corrections and updates readers should know about)"

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("articles.publish_article")

    has_change_permission = has_delete_permission = has_add_permission


# A revision holds the article with its authors, references, FAQ and public change log.
reversion.register(ArticleAuthor)
reversion.register(ArticleReference)
reversion.register(FAQItem)
reversion.register(CorrectionNote)
reversion.register(Article, follow=["article_authors", "article_references", "faqs", "corrections"])


@admin.register(Article)
class ArticleAdmin(LargeListMixin, NonceMediaMixin, VersionAdmin):
    form = ArticleForm
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"
    object_history_template = "admin/articles/article/history.html"
    list_display = ["title", "status", "category", "published_at", "review_due_on", "view_link"]
    # A date filter rather than date_hierarchy, which scans every article's date on each load.
    list_filter = ["status", "category", "published_at", RecentTagFilter]
    search_fields = ["title", "standfirst", "slug"]  # the fallback of get_search_results
    search_help_text = (
        "Words from the title, standfirst or tags; the start of a word is enough "
        "(“ecz derm” finds “Atopic eczema and dermatitis”)."
    )
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "related_articles"]
    filter_horizontal = ["disclaimers"]
    inlines = [ArticleAuthorInline, ArticleReferenceInline, FAQInline, CorrectionNoteInline]
    list_select_related = ["category"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        (
            "Medical review",
            {
                "fields": [
                    "medical_reviewer",
                    "reviewed_on",
                    "review_cadence_months",
                    "review_due",
                ],
                "description": "Reviews are recorded with the workflow buttons above; editing "
                "the text never changes the review date.",
            },
        ),
        (
            "Publishing",
            {
                "fields": [
                    "status",
                    "published_at",
                    "unpublish_at",
                    "updated_at",
                    "category",
                    "tags",
                ]
            },
        ),
        ("Hero image", {"fields": ["hero_image", "hero_image_alt", "hero_image_caption"]}),
        (
            "Trust and discovery",
            {
                "fields": [
                    "disclaimers",
                    "related_articles",
                    "seo_description",
                    "citation_style",
                    "is_featured",
                    "comments_enabled",
                ]
            },
        ),
        ("Derived from the body", {"fields": ["reading_time", "table_of_contents"]}),
        (None, {"fields": ["edit_token", "loaded_revision"], "classes": ["hidden"]}),
    ]

    class Media:
        css = {"all": ["articles/editor.css"]}  # callouts and citations in the body editor
        js = ["articles/change_form.js"]  # unsaved-changes warning, presence heartbeat

    def get_search_results(self, request, queryset, search_term):
        # Through the full-text index (search.query.title_matches), also for the related-articles
        # autocomplete; a substring search would read every article. Only stop words typed
        # ("the"): Django's own search over search_fields.
        matches = title_matches(queryset, search_term)
        if matches is None:
            return super().get_search_results(request, queryset, search_term)
        return matches, False

    # Who may do what. The workflow buttons are checked again in editorial.transitions.

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or request.user.has_perm("articles.publish_article"):
            return True
        # Writers edit drafts; once submitted, the text is frozen until it is sent back.
        return obj.status == Article.Status.DRAFT

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only: the body as readers will see it, not its stored markup.
        return [
            (name, {**options, "fields": [
                "body_as_readers_see" if field == "body" else field for field in options["fields"]
            ]})
            for name, options in fieldsets
        ]  # fmt: skip

    @admin.display(description="Body")
    def body_as_readers_see(self, obj):
        # body_html is derived on save from the sanitised body (articles/richtext.py).
        return format_html(
            '<div class="prose article-body-preview">{}</div>', mark_safe(obj.body_html)
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = ["status", "medical_reviewer", "reviewed_on", "review_due"]
        readonly += ["reading_time", "table_of_contents"]
        if not request.user.has_perm("articles.publish_article"):
            readonly += ["published_at", "unpublish_at", "updated_at"]
        return readonly

    @admin.display(description="Page")
    def view_link(self, obj):
        if obj.is_published():
            return format_html('<a href="{}">View</a>', obj.get_absolute_url())
        return "Scheduled" if obj.is_scheduled() else "—"

    @admin.display(description="Next review due")
    def review_due(self, obj):
        return obj.review_due_on or "No review recorded yet"

    @admin.display(description="Reading time")
    def reading_time(self, obj):
        return f"{obj.reading_minutes} min ({obj.word_count} words)"

    @admin.display(description="Table of contents")
    def table_of_contents(self, obj):
        if not obj.toc:
            return "Add headings (Heading 2 and 3) to the body to build one."
        return format_html(
            "<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((e["text"],) for e in obj.toc))
        )

    # Saving.

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.current_user = request.user
        return form

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        if "hero_image" in form.changed_data:
            obj.hero_renditions = {}
        super().save_model(request, obj, form, change)
        if obj.hero_image and not obj.hero_renditions:
            obj.hero_renditions = make_renditions(obj.hero_image)
            obj.save(update_fields=["hero_renditions"])

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Citation numbers depend on the references just saved with the inlines.
        form.instance.save(update_fields=[])
        presence.note_left(form.instance.pk, request.user)

    # The change page: workflow panel, publishing checklist, lost-edit warnings.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        if article is not None and request.method == "GET":
            presence.note_here(article.pk, request.user)
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            problems = problems_for(obj)
            form = context["adminform"].form
            if getattr(form, "conflict", None):
                self._stash_refused_edit(request, obj, form)
            elif request.GET.get("check") == "publish":
                self._show_problems_on_fields(context, problems)
            actions = available_actions(obj, request.user)
            context.update(
                workflow_actions=actions,
                note_label=note_label(actions),
                # Buttons of people who can edit belong to the change form: saved, then moved.
                workflow_saves_form=self.has_change_permission(request, obj),
                workflow_refused=request.method == "POST" and "_workflow" in request.POST,
                publishing_problems=problems,
                transitions=obj.transitions.select_related("user")[:20],
                reviews=obj.reviews.select_related("reviewer")[:10],
                others_editing=presence.others_editing(obj.pk, request.user),
                stashed_edits=obj.stashed_edits.select_related("user")[:5],
                can_review=request.user.has_perm("articles.review_article")
                and is_medical_reviewer(request.user),
                can_share_preview=request.user.has_perm("articles.publish_article"),
                heartbeat_seconds=presence.HEARTBEAT_SECONDS,
                evidence=evidence_review(obj, site_settings=load_sitewide().settings),
            )
        context["error_summary"] = error_summary(context)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _show_problems_on_fields(self, context, problems):
        """Put each gate problem next to its field or inline, as the admin shows errors."""
        form = context["adminform"].form
        form._errors = ErrorDict()
        formsets = {f.formset.prefix: f.formset for f in context["inline_admin_formsets"]}
        for problem in problems:
            if problem.field in formsets:
                formset = formsets[problem.field]
                if formset._non_form_errors is None:
                    formset._non_form_errors = formset.error_class(error_class="nonform")
                formset._non_form_errors.append(problem.message)
            else:
                form._errors.setdefault(problem.field, ErrorList()).append(problem.message)
        context["errors"] = ErrorList([p.message for p in problems])

    def _stash_refused_edit(self, request, article, form):
        data = {
            key: request.POST.getlist(key) if len(request.POST.getlist(key)) > 1 else value
            for key, value in request.POST.items()
            if key != "csrfmiddlewaretoken"
        }
        StashedEdit.objects.create(
            article=article,
            user=request.user,
            based_on_version=article.version,
            data=data,
        )

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/workflow/", view(self.workflow_view), name=f"{prefix}_workflow"),
            path("<path:object_id>/compare/", view(self.compare_view), name=f"{prefix}_compare"),
            path("<path:object_id>/presence/", view(self.presence_view), name=f"{prefix}_presence"),
            *super().get_urls(),
        ]

    def workflow_view(self, request, object_id):
        """Run one workflow action posted by someone who cannot edit the form (reviewers)."""
        article = get_object_or_404(self.get_queryset(request), pk=object_id)
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        return self._run_workflow_action(
            request,
            article,
            action=request.POST.get("action", ""),
            note=request.POST.get("note", ""),
            publish_at=request.POST.get("publish_at"),
            unpublish_at=request.POST.get("unpublish_at"),
        )

    def response_change(self, request, obj):
        """A workflow button pressed in the change form: the form was saved first, then move."""
        if "_workflow" in request.POST:
            return self._run_workflow_action(
                request,
                obj,
                action=request.POST["_workflow"],
                note=request.POST.get("workflow_note", ""),
                publish_at=request.POST.get("workflow_publish_at"),
                unpublish_at=request.POST.get("workflow_unpublish_at"),
                saved=True,
            )
        return super().response_change(request, obj)

    def _run_workflow_action(
        self, request, article, *, action, note, publish_at, unpublish_at, saved=False
    ):
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        done = "Your changes were saved. " if saved else ""
        try:
            if action == "rereview":
                rereview(article, user=request.user, notes=note)
                messages.success(request, done + "Your medical review was recorded.")
            elif action == "share_preview":
                if not request.user.has_perm("articles.publish_article"):
                    raise PermissionDenied
                link = request.build_absolute_uri(preview_link(article))
                messages.success(request, f"{done}Preview link (valid for 7 days): {link}")
            else:
                transition(
                    article,
                    action=action,
                    user=request.user,
                    note=note,
                    publish_at=_parse_local(publish_at),
                    unpublish_at=_parse_local(unpublish_at),
                )
                article.refresh_from_db()
                messages.success(
                    request, f"{done}The article is now {article.get_status_display()}."
                )
        except PermissionDenied as error:
            messages.error(request, done + (str(error) or "You may not do that."))
        except TransitionError as error:
            problems = getattr(error, "problems", None)
            if problems:
                messages.error(
                    request,
                    f"{done}Not published: {len(problems)} thing(s) must be fixed first. "
                    "They are marked next to each field below.",
                )
                return HttpResponseRedirect(change_url + "?check=publish")
            messages.error(request, done + str(error))
        return HttpResponseRedirect(change_url)

    def presence_view(self, request, object_id):
        """Heartbeat from an open change form ("here"), and its goodbye when it closes."""
        article = get_object_or_404(self.get_queryset(request), pk=object_id)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if request.POST.get("state") == "left":
            presence.note_left(article.pk, request.user)
        else:
            presence.note_here(article.pk, request.user)
        return HttpResponse(status=204)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_recover": may_recover(request.user)}
        return super().changelist_view(request, extra_context)

    # Revert and recover. django-reversion's own views restore the workflow state with the
    # content and decide permissions after reverting; these go through editorial.reverts.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Confirm, then revert to an older revision (content only; the state is kept)."""
        article = get_object_or_404(self.get_queryset(request), pk=_int(object_id))
        if not may_revert(request.user, article):
            raise PermissionDenied
        versions = Version.objects.get_for_object(article).select_related("revision__user")
        version = get_object_or_404(versions, pk=_int(version_id))
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if request.method == "POST":
            try:
                revert(article, version=version, user=request.user)
            except TransitionError as error:
                messages.error(request, f"Not reverted. {error}")
                return HttpResponseRedirect(request.path)
            messages.success(request, "The article was reverted; the change is a new revision.")
            return HttpResponseRedirect(change_url)
        latest = versions.first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": article,
            "title": f"Revert “{article}”",
            "version": version,
            "comparison": compare(latest, version) if latest != version else None,
            "is_live": article.status == Article.Status.PUBLISHED,
        }
        return render(request, "admin/articles/article/revert_confirm.html", context)

    def recoverlist_view(self, request, extra_context=None):
        if not may_recover(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        """Confirm, then bring a deleted article back, off the site."""
        if not may_recover(request.user):
            raise PermissionDenied
        version = get_object_or_404(
            Version.objects.get_deleted(Article).select_related("revision__user"),
            pk=_int(version_id),
        )
        if request.method == "POST":
            try:
                article = recover(version, user=request.user)
            except TransitionError as error:
                messages.error(request, f"Not recovered. {error}")
                return HttpResponseRedirect(reverse("admin:articles_article_recoverlist"))
            messages.success(
                request, f"“{article}” was recovered and is now {article.get_status_display()}."
            )
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Recover “{version.object_repr}”",
            "version": version,
            "recover": True,
        }
        return render(request, "admin/articles/article/revert_confirm.html", context)

    def history_view(self, request, object_id, extra_context=None):
        article = get_object_or_404(self.get_queryset(request), pk=object_id)
        versions = Version.objects.get_for_object(article).select_related("revision__user")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "module_name": capfirst(self.opts.verbose_name_plural),
            "object": article,
            "title": f"History: {article}",
            "versions": versions,
            "can_revert": may_revert(request.user, article),
        }
        return render(request, self.object_history_template, context)

    def compare_view(self, request, object_id):
        article = get_object_or_404(self.get_queryset(request), pk=object_id)
        versions = Version.objects.get_for_object(article)
        old = versions.filter(pk=_int(request.GET.get("from"))).first()
        new = versions.filter(pk=_int(request.GET.get("to"))).first()
        if old is None or new is None or old == new:
            messages.error(request, "Pick two different revisions to compare.")
            return HttpResponseRedirect(
                reverse("admin:articles_article_history", args=[article.pk])
            )
        if old.revision.date_created > new.revision.date_created:
            old, new = new, old
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": article,
            "title": f"Compare revisions: {article}",
            "old": old,
            "new": new,
            "comparison": compare(old, new),
        }
        return render(request, "admin/articles/article/compare.html", context)


def _int(value):
    return int(value) if value and value.isdigit() else None


def _parse_local(value):
    """A datetime-local input's value, in the site's time zone."""
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise TransitionError(f"“{value}” is not a date and time.")
    return parsed if parsed.tzinfo else make_aware(parsed, get_current_timezone())
