from django import forms

from comments.forms import ReaderForm
from feedback.models import COMMENT_MAX_LENGTH, REPORT_MAX_LENGTH


class HelpfulForm(ReaderForm):
    spam_scope = "feedback"

    helpful = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        error_messages={"required": "Choose Yes or No."},
        widget=forms.HiddenInput,  # the Yes and No buttons send it
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)


class WhatWasWrongForm(ReaderForm):
    spam_scope = "feedback"
    link_fields = ("comment",)

    comment = forms.CharField(
        label="What was wrong?",
        max_length=COMMENT_MAX_LENGTH,
        help_text="Do not include personal or medical details. We cannot reply to this.",
        error_messages={
            "required": "Tell us what was wrong, or go back to the article.",
            "max_length": f"Keep it to {COMMENT_MAX_LENGTH} characters (it has %(show_value)d).",
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ErrorReportForm(ReaderForm):
    spam_scope = "report"
    link_fields = ("description",)

    description = forms.CharField(
        label="What is wrong in this article?",
        max_length=REPORT_MAX_LENGTH,
        help_text="Quote the sentence if you can, and tell us your source.",
        error_messages={
            "required": "Tell us what is wrong in the article.",
            "max_length": f"Keep your report to {REPORT_MAX_LENGTH} characters "
            "(it has %(show_value)d).",
        },
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    email = forms.EmailField(
        label="Your email address (optional)",
        required=False,
        help_text="Only if you would like to hear back. Never published.",
        error_messages={
            "invalid": "Enter an email address like name@example.com, or leave it out."
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
