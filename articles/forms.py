from django import forms

from articles.models import Article


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = "__all__"  # noqa: DJ007 -- the admin's fieldsets choose what is shown

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("hero_image") and not cleaned.get("hero_image_alt", "").strip():
            self.add_error(
                "hero_image_alt",
                "Describe the hero image for people who cannot see it (alt text is required).",
            )
        return cleaned
