# Varnish 7 in front of Health Library (Debian: apt install varnish varnish-modules).
#
#   varnishd -a :80 -f /etc/varnish/health-library.vcl -s malloc,1G
#
# Caches what the app marks public (anonymous readers' pages, for the app's s-maxage), passes
# everything else, and drops pages by tag when the app sends a purge: the app lists each page's
# tags in an `xkey` header and, after every commit that changes content, sends
# `PURGE /` with `xkey-purge: <tags>` to each CACHE_PURGE_URLS entry (e.g. http://127.0.0.1/).
vcl 4.1;

import std;
import xkey;

# The app servers (gunicorn). Add more backends and a directors.round_robin() for several.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers. Nobody else can empty the cache.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header required"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # reader forms, the admin's saves
    }
    # Editors and previews: never from the cache. Editors are the ones with a session.
    if (req.url ~ "^/(admin|preview)/" || req.url ~ "^/healthz" ||
        req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Readers' pages are the same for everyone: other cookies (analytics) do not matter.
    unset req.http.Cookie;
    # Only ?page=, ?reviewed_page= and ?q= (search) change a page (as in
    # pagecache/middleware.py): drop the rest (utm_source, fbclid, ...) so a shared link is
    # still a hit.
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "([?&])(?!(page|reviewed_page|q|p)=)[^&#]*", "\1");
        set req.url = regsuball(req.url, "&+", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    return (hash);
}

sub vcl_backend_response {
    # Only what the app marked public is stored; a Set-Cookie response never is.
    # s-maxage=0: a previous copy served while the app re-renders, or a page rendered while a
    # change committed; neither may be kept.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public" ||
        beresp.http.Cache-Control ~ "(private|no-store)" || beresp.ttl <= 0s) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # The TTL comes from s-maxage (never past the next scheduled publication). Grace is the
    # app's stale-while-revalidate: after the TTL one request refreshes in the background.
    # Purges are hard (xkey.purge): a changed page is never served from grace.
    set beresp.grace = 30s;
    set beresp.keep = 0s;
    return (deliver);
}

sub vcl_deliver {
    # Show what happened, for people and for the tests; the tags stay private.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
        set resp.http.X-Cache-Hits = obj.hits;
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
