from django import forms
from django.core.validators import URLValidator

from comments import spam
from comments.models import NAME_MAX_LENGTH, TEXT_MAX_LENGTH, Comment


class ReaderForm(forms.Form):
    """A public form: field validation plus the anti-spam checks of comments/spam.py.

    After ``is_valid()``, ``spam_reasons`` lists the checks the post failed (store it as spam);
    a refusal is a form error, and the form shown again keeps everything the reader typed.
    """

    spam_scope = ""  # rate-limit bucket, a key of spam.DEFAULT_RATE_LIMITS
    link_fields = ()  # free-text fields whose links are counted

    # The honeypot: hidden by the stylesheet, so people leave it empty and scripts fill it in.
    subject = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.spam_reasons = []
        self.status_code = 400
        if not self.is_bound:
            self.initial.setdefault("stamp", spam.make_stamp())

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        inspection = spam.inspect(
            self.request,
            scope=self.spam_scope,
            honeypot=self.data.get("subject", ""),
            stamp=self.data.get("stamp", ""),
            texts=[cleaned.get(name, "") for name in self.link_fields],
        )
        if inspection.stale_stamp:
            # The form shown again (or stored as spam) must not carry the expired stamp on.
            self.data = self.data.copy()
            self.data["stamp"] = spam.make_stamp()
        self.spam_reasons = inspection.reasons
        if inspection.refusal:
            self.status_code = inspection.status_code
            raise forms.ValidationError(inspection.refusal, code="refused")
        return cleaned


class WebAddressField(forms.URLField):
    """A web page address: http or https only (no ftp:, no javascript:)."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class CommentForm(ReaderForm):
    spam_scope = "comment"
    link_fields = ("text", "website")

    name = forms.CharField(
        max_length=NAME_MAX_LENGTH,
        error_messages={"required": "Enter your name (it is shown with your comment)."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        help_text="Never published.",
        error_messages={
            "required": "Enter your email address. It is never published.",
            "invalid": "Enter an email address like name@example.com.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = WebAddressField(
        required=False,
        max_length=200,
        assume_scheme="https",
        error_messages={"invalid": "Enter a web address starting with https://, or leave it out."},
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    text = forms.CharField(
        label="Comment",
        max_length=TEXT_MAX_LENGTH,
        help_text=f"Plain text, up to {TEXT_MAX_LENGTH} characters. Comments are moderated.",
        error_messages={"required": "Write your comment."},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    field_order = ["name", "email", "website", "text"]

    def __init__(self, *args, article=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields["text"].error_messages["max_length"] = (
            f"Keep your comment to {TEXT_MAX_LENGTH} characters "
            "(it has %(show_value)d). Split it into two if you need to."
        )
        self.fields["name"].error_messages["max_length"] = (
            f"Keep your name to {NAME_MAX_LENGTH} characters."
        )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter your name (it is shown with your comment).")
        return name

    def clean_parent(self):
        """Replies go one level deep, to an approved comment on the same article."""
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = (
            Comment.objects.approved()
            .filter(article=self.article, pk=parent_id)
            .select_related("parent")
            .first()
        )
        if parent is None:
            self.data = self.data.copy()
            self.data["parent"] = ""  # shown again as a new comment
            raise forms.ValidationError(
                "The comment you are replying to is no longer shown. "
                "Your text is below: post it as a new comment instead."
            )
        return parent.parent or parent
