from django import forms
from django.utils.formats import date_format
from django.utils.timezone import localtime
from reversion.models import Version

from articles.models import Article
from articles.tags import has_words
from editorial.diff import compare, compare_with_submission
from images.forms import StoreUploadsFirstMixin


class ArticleForm(StoreUploadsFirstMixin, forms.ModelForm):
    # When the article the editor opened was last saved: a save based on an older state is
    # refused (no lost edits). Every save sets modified_at, even one that reverts a revision.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)
    loaded_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = "__all__"  # noqa: DJ007 -- the admin's fieldsets choose what is shown

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk:
            latest = Version.objects.get_for_object(self.instance).first()
            self.initial.setdefault("edit_token", self.instance.modified_at.isoformat())
            self.initial.setdefault("loaded_revision", latest.pk if latest else None)

    def clean_tags(self):
        tags = self.cleaned_data.get("tags") or []
        wordless = [name for name in tags if not has_words(name)]
        if wordless:
            raise forms.ValidationError(
                "Each tag needs at least one letter or number; remove %(tags)s.",
                params={"tags": ", ".join(f"“{name}”" for name in wordless)},
            )
        return tags

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hero_image") and not cleaned.get("hero_image_alt", "").strip():
            self.add_error(
                "hero_image_alt",
                "Describe the hero image for people who cannot see it (alt text is required).",
            )
        if self.instance.pk:
            self._refuse_stale_save(cleaned)
        return cleaned

    def _refuse_stale_save(self, cleaned):
        loaded = cleaned.get("edit_token")
        # Lock the row until this save commits, so two saves cannot both pass this check.
        current = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("modified_at", flat=True)
            .first()
        )
        if not loaded or current is None or loaded == current.isoformat():
            return
        versions = Version.objects.get_for_object(self.instance).select_related("revision__user")
        latest = versions.first()
        who, when = "Someone else", ""
        if latest:
            user = latest.revision.user
            who = (user.get_full_name() or user.get_username()) if user else who
            when = date_format(localtime(latest.revision.date_created), "j M Y, H:i")
        opened = versions.filter(pk=cleaned.get("loaded_revision") or 0).first()
        if opened and latest:
            comparison, heading = compare(opened, latest), f"What {who} changed"
        else:
            saved = Article.objects.get(pk=self.instance.pk)
            comparison = compare_with_submission(saved, cleaned)
            heading = "Saved version (left) and yours (right)"
        self.conflict = {
            "who": who,
            "when": when,
            "comparison": comparison,
            "heading": heading,
        }
        raise forms.ValidationError(
            f"{who} saved this article{' at ' + when if when else ''} after you opened it, so "
            "your changes were not saved (they are kept below and in “Unsaved edits”). Review "
            "what changed, then reload the article and apply your changes again.",
            code="stale",
        )
