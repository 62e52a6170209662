from django import forms
from django.core import signing

from comments.forms import ReaderForm
from newsletter.models import Subscriber
from sitewide.context_processors import load_sitewide

CONSENT_LABEL = "Yes, email me the newsletter. I can unsubscribe at any time."
CONSENT_SALT = "newsletter.consent-text"


def current_consent_text():
    """The wording next to the tick box, as it will be recorded with the sign-up."""
    sitewide = load_sitewide()
    parts = [CONSENT_LABEL, sitewide.settings.privacy_line.strip()]
    if sitewide.privacy_url:
        parts.append(f"Privacy policy: {sitewide.privacy_url}")
    return "\n".join(part for part in parts if part)


class SubscribeForm(ReaderForm):
    spam_scope = "newsletter"

    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.com.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=CONSENT_LABEL,
        error_messages={"required": "Tick the box to say you want the newsletter."},
    )
    # The consent wording as this copy of the form showed it, signed: a cached page may show an
    # older privacy line than the one in the settings now, and the record must be what was seen.
    consent_text = forms.CharField(required=False, widget=forms.HiddenInput)
    page = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)
    placement = forms.ChoiceField(
        required=False, choices=Subscriber.Placement.choices, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["consent_text"] = signing.dumps(
                current_consent_text(), salt=CONSENT_SALT, compress=True
            )

    def clean_consent_text(self):
        try:
            return signing.loads(self.cleaned_data["consent_text"], salt=CONSENT_SALT)
        except signing.BadSignature:
            # Altered or missing: show the form again with today's wording to agree to.
            self.data = self.data.copy()
            self.data["consent_text"] = signing.dumps(
                current_consent_text(), salt=CONSENT_SALT, compress=True
            )
            self.data.pop("consent", None)
            raise forms.ValidationError(
                "Please read the consent wording below and tick the box again."
            ) from None

    def clean_page(self):
        page = self.cleaned_data["page"]
        # Only a path on this site is a meaningful record of where the form was.
        return page if page.startswith("/") and not page.startswith("//") else ""
