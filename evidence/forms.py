from django import forms

from evidence.claims import passage_in_body
from evidence.models import Claim


class ClaimForm(forms.ModelForm):
    """Mark a passage of the body as a claim and link it to the references it rests on."""

    class Meta:
        model = Claim
        fields = ["passage", "references", "strength", "note"]
        widgets = {
            "passage": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "note": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "references": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields["references"].queryset = article.article_references.select_related("source")
        self.fields["references"].label_from_instance = lambda link: str(link.source)

    def clean_passage(self):
        passage = " ".join(self.cleaned_data["passage"].split())
        if not passage_in_body(passage, self.article.body):
            raise forms.ValidationError(
                "These words are not in the article's text: copy the claim from the body "
                "exactly (citations left out)."
            )
        return passage

    def save(self, commit=True):
        self.instance.article = self.article
        return super().save(commit)


class HandleNoticeForm(forms.Form):
    retraction = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label="What was done",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text="e.g. “Reference removed; the claim now cites the 2023 guideline.”",
    )
