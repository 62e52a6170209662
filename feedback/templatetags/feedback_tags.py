from django import template

from feedback.forms import ErrorReportForm, HelpfulForm

register = template.Library()


@register.inclusion_tag("feedback/feedback_section.html")
def feedback_for(article):
    """“Was this page helpful?” and “Report an error”, stamped with the revision shown."""
    return {
        "article": article,
        "helpful_form": HelpfulForm(initial={"version": article.version}, auto_id="helpful-%s"),
        "report_form": ErrorReportForm(initial={"version": article.version}, auto_id="report-%s"),
    }
