"""What the article change page shows around the form: the note label, the error summary."""

from django.utils.text import capfirst


def note_label(actions):
    if "send_back" in actions:
        return "Note (required when sending back; kept in the workflow history)"
    if "submit" in actions:
        return "Note for the medical reviewer (optional)"
    return "Note (optional; kept in the workflow history)"


def error_summary(context):
    """[(label, message, anchor)] of every error on the page, for a list at the top of the form
    that links to each field (the fields themselves can be thousands of pixels further down)."""
    adminform = context.get("adminform")
    if adminform is None:
        return []
    form = adminform.form
    summary = []
    for name, errors in form.errors.items():
        if name == "__all__":
            summary += [("", message, "") for message in errors]
            continue
        label = form.fields[name].label if name in form.fields else name
        summary += [(capfirst(label or name), message, f"id_{name}") for message in errors]
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        label = capfirst(formset.model._meta.verbose_name_plural)
        anchor = f"{formset.prefix}-group"
        summary += [(label, message, anchor) for message in formset.non_form_errors()]
        for subform in formset.forms:
            for errors in subform.errors.values():
                summary += [(label, message, anchor) for message in errors]
    return summary
