from django import forms

from wordpress.wxr import MAX_BYTES, WXRError, read_bytes


class WordPressImportForm(forms.Form):
    export = forms.FileField(
        label="WordPress export file",
        help_text="In WordPress: Tools → Export → All content. Images are imported by the "
        "import_wordpress command with --media-dir (a copy of wp-content/uploads); here "
        "they are listed in the report.",
    )
    is_dry_run = forms.BooleanField(
        label="Dry run", required=False, help_text="Show the report without saving anything."
    )

    def clean_export(self):
        upload = self.cleaned_data["export"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_BYTES // 1024 // 1024} MB.")
        try:
            self.parsed = read_bytes(upload.read())
        except WXRError as error:
            raise forms.ValidationError(f"{error} Nothing was imported.") from None
        return upload
