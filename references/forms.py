from django import forms
from django.core.exceptions import ValidationError

from articles.models import Article
from references.importers import MAX_IMPORT_BYTES, TOO_LARGE, parse_references


class PositionsField(forms.Field):
    """Entry numbers from checkboxes sharing one name; anything else is ignored."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return {int(item) for item in value or [] if str(item).isdigit()}


NOT_YOURS = (
    "You may not add references to that article: writers add them to their own drafts, "
    "editors to any article."
)


class ArticleChoiceMixin:
    """The optional article whose reference list receives the imported sources: only one the
    user may change now (the same rule as the article's own change page)."""

    def limit_articles(self, user):
        self.user = user
        field = self.fields["article"]
        field.queryset = Article.objects.changeable_by(user)
        field.error_messages["invalid_choice"] = NOT_YOURS


class ImportForm(ArticleChoiceMixin, forms.Form):
    """Step 1: the pasted text or the exported file."""

    text = forms.CharField(
        label="References",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100, "spellcheck": "false"}),
        help_text=(
            "Paste an export from PubMed (“Send to → Citation manager”, the MEDLINE/.nbib "
            "format), Zotero, EndNote or Mendeley (RIS, BibTeX or CSL-JSON), or one DOI or PMID "
            "per line. Many references at once are fine."
        ),
    )
    file = forms.FileField(
        label="Or a file",
        required=False,
        help_text="An exported .nbib, .ris, .bib, .json or .txt file, up to 5 MB, in UTF-8.",
    )
    article = forms.ModelChoiceField(
        queryset=Article.objects.all(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_articles(user)

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text", ""), cleaned.get("file")
        if text.strip() and upload:
            raise ValidationError("Paste the references or choose a file, not both.")
        if not text.strip() and not upload:
            raise ValidationError("Paste references or choose a file.")
        if upload and upload.size > MAX_IMPORT_BYTES:
            raise ValidationError(TOO_LARGE)
        return cleaned

    def parse(self):
        upload = self.cleaned_data["file"]
        return parse_references(upload.read() if upload else self.cleaned_data["text"])


class ConfirmImportForm(ArticleChoiceMixin, forms.Form):
    """Step 2: the same text again, read again on the server, and the entries to leave out.

    The text is read a second time rather than trusting parsed values sent back by the browser.
    Leaving out is what is ticked (not importing): a 2,000-entry import then sends only a few
    fields, well under Django's DATA_UPLOAD_MAX_NUMBER_FIELDS.
    """

    text = forms.CharField(strip=False, widget=forms.Textarea(attrs={"hidden": True}))
    article = forms.ModelChoiceField(
        queryset=Article.objects.all(), required=False, widget=forms.HiddenInput
    )
    skip = PositionsField(required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_articles(user)

    def parse(self):
        return parse_references(self.cleaned_data["text"])

    def chosen(self, result):
        return [entry for entry in result.valid if entry.position not in self.cleaned_data["skip"]]
