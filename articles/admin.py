from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html, format_html_join
from js_asset import Media

from articles.citations import cited_source_ids
from articles.forms import ArticleForm
from articles.models import Article, ArticleAuthor, ArticleReference, Category, Disclaimer, FAQItem
from images.renditions import make_renditions


class NonceMediaMixin:
    """Give the editor's import map the request's CSP nonce (no other inline script may run)."""

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)


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
        missing = [pk for pk in cited_source_ids(self.instance.body) if pk not in kept]
        if missing:
            from references.models import Source

            names = {s.pk: str(s) for s in Source.objects.filter(pk__in=missing)}
            raise ValidationError(
                [
                    f"The body cites “{names[pk]}”, which is not in this reference list. "
                    "Add it below or remove the citation."
                    if pk in names
                    else f"The body cites a source (#{pk}) that no longer exists. "
                    "Remove that citation."
                    for pk in missing
                ]
            )


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
        return obj.source.vancouver() if obj.pk else "—"


class FAQInline(admin.StackedInline):
    model = FAQItem
    extra = 0
    fields = [("question", "position"), "answer"]


@admin.register(Article)
class ArticleAdmin(NonceMediaMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = ["title", "status", "category", "published_at", "updated_at", "view_link"]
    list_filter = ["status", "category", "tags"]
    search_fields = ["title", "standfirst", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"
    autocomplete_fields = ["category", "medical_reviewer", "related_articles"]
    filter_horizontal = ["disclaimers"]
    inlines = [ArticleAuthorInline, ArticleReferenceInline, FAQInline]
    list_select_related = ["category"]
    readonly_fields = ["reading_time", "table_of_contents"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        ("Medical review", {"fields": ["medical_reviewer", "reviewed_on"]}),
        (
            "Publishing",
            {"fields": ["status", "published_at", "updated_at", "category", "tags"]},
        ),
        ("Hero image", {"fields": ["hero_image", "hero_image_alt", "hero_image_caption"]}),
        (
            "Trust and discovery",
            {"fields": ["disclaimers", "related_articles", "seo_description", "comments_enabled"]},
        ),
        ("Derived from the body", {"fields": ["reading_time", "table_of_contents"]}),
    ]

    class Media:
        css = {"all": ["articles/editor.css"]}  # callouts and citations in the body editor

    @admin.display(description="Page")
    def view_link(self, obj):
        if obj.is_published():
            return format_html('<a href="{}">View</a>', obj.get_absolute_url())
        return "—"

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

    def save_model(self, request, obj, form, change):
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


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Disclaimer)
class DisclaimerAdmin(NonceMediaMixin, admin.ModelAdmin):
    list_display = ["title", "is_default"]
    search_fields = ["title"]
