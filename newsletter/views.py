from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from comments import spam
from comments.csrf import same_origin_post
from newsletter import subscriptions, tokens
from newsletter.forms import SubscribeForm
from newsletter.models import Subscriber


@same_origin_post
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        form = SubscribeForm(
            initial={"page": request.path, "placement": Subscriber.Placement.PAGE},
            auto_id="newsletter-page-%s",
        )
        return render(request, "newsletter/subscribe.html", {"form": form})
    form = SubscribeForm(request.POST, request=request, auto_id="newsletter-page-%s")
    if not form.is_valid():
        return render(request, "newsletter/subscribe.html", {"form": form}, status=form.status_code)
    subscriptions.subscribe(
        email=form.cleaned_data["email"],
        consent_text=form.cleaned_data["consent_text"],
        consent_page=form.cleaned_data["page"],
        consent_form=form.cleaned_data["placement"],
        base_url=request.build_absolute_uri("/").rstrip("/"),
        held_reasons=form.spam_reasons,
        ip_address=spam.client_ip(request),
    )
    return redirect("newsletter:check_inbox")


@require_GET
def check_inbox(request):
    return render(request, "newsletter/check_inbox.html")


def _token_problem(request, template, error):
    expired = isinstance(error, tokens.ExpiredToken)
    form = SubscribeForm(
        initial={"page": request.path[:300], "placement": Subscriber.Placement.PAGE},
        auto_id="newsletter-page-%s",
    )
    context = {"state": "expired" if expired else "invalid", "form": form}
    return render(request, template, context, status=410 if expired else 400)


# No CSRF token: the signed token in the address is what authorises the change, and a page on
# another site cannot know it.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET asks (link scanners in mail systems follow links); the button POSTs and confirms."""
    try:
        if request.method == "POST":
            subscriber, newly = subscriptions.confirm(token=token)
            state = "confirmed" if newly else "already"
        else:
            subscriber = tokens.subscriber_for(token, tokens.CONFIRM)
            if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
                raise tokens.InvalidToken("unsubscribed since the link was sent")
            confirmed = subscriber.status == Subscriber.Status.CONFIRMED
            state = "already" if confirmed else "ask"
    except tokens.InvalidToken as error:
        return _token_problem(request, "newsletter/confirm.html", error)
    return render(request, "newsletter/confirm.html", {"state": state})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks; POST unsubscribes: the page's button, or a mail client's one-click POST
    (RFC 8058, body ``List-Unsubscribe=One-Click``), which sends no Origin and no cookies."""
    try:
        if request.method == "POST":
            subscriptions.unsubscribe(token=token)
            state = "done"
        else:
            subscriber = tokens.subscriber_for(token, tokens.UNSUBSCRIBE)
            state = "done" if subscriber.status == Subscriber.Status.UNSUBSCRIBED else "ask"
    except tokens.InvalidToken as error:
        return _token_problem(request, "newsletter/unsubscribe.html", error)
    return render(request, "newsletter/unsubscribe.html", {"state": state})
