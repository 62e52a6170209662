"""Settings for Health Library, driven by environment variables (see .env.example).

Defaults are safe for a laptop: SQLite file, local media folder, DEBUG off unless asked for.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from django.utils.functional import lazy
from django_prose_editor.config import html_tags

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not env_bool("HEALTH_LIBRARY_LOCAL"):
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Development only: `make run` and the tests set HEALTH_LIBRARY_LOCAL=1.
    SECRET_KEY = "django-insecure-local-development-key-never-use-in-production"

# True when this process serves the public: the demo login refuses to exist there.
IS_PRODUCTION = not DEBUG and not env_bool("HEALTH_LIBRARY_LOCAL")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.redirects",  # old addresses (e.g. imported WordPress permalinks) → new ones
    "django_prose_editor",
    "taggit",
    "csp",
    "axes",
    "reversion",
    "articles",
    "authors",
    "references",
    "images",
    "sitewide",
    "search",
    "editorial",
    "django_tasks",
    "django_tasks_db",
    "comments",
    "newsletter",
    "feedback",
    "evidence",
    "wordpress",
    "backups",
    "pagecache",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 Not Modified for every GET, stored pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    # With a read replica: marks anonymous readers' requests, whose reads may go to it.
    "health_library.replica.replica_middleware",
    # Stored pages for anonymous readers, served with the headers of the middleware below
    # (a fresh CSP nonce each time); a hit needs no session, user or database (README).
    "pagecache.middleware.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "sitewide.middleware.csp_nonce_on_every_response",
    "sitewide.middleware.security_headers",
    # MAINTENANCE_MODE=1: every request gets the 503 page, before sessions or the database.
    "sitewide.middleware.MaintenanceModeMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A 404 whose path is a stored redirect (admin › Redirects) answers 301 instead.
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    # Last, as django-axes asks: it turns lockouts raised by the backend into responses.
    "axes.middleware.AxesMiddleware",
]

MAINTENANCE_MODE = env_bool("MAINTENANCE_MODE")

ROOT_URLCONF = "health_library.urls"
WSGI_APPLICATION = "health_library.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sitewide.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several app processes on one SQLite file: readers never wait for a writer (WAL), and a
    # commit does not wait for the disk (safe in WAL mode: a crash loses at most the last ones).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer: give up quickly and show the 503 page, not a hang.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")
    )
# Optional read replica: anonymous readers' pages read from it, everything else from the
# primary (see health_library/replica.py). Tests mirror the primary, as Django advises.
_replica_url = os.environ.get("DATABASE_REPLICA_URL")
if _replica_url:
    DATABASES["replica"] = {
        **dj_database_url.parse(
            _replica_url,
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
            conn_health_checks=True,
        ),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["health_library.replica.PrimaryReplicaRouter"]
# How long a browser that has just posted keeps reading from the primary (replica lag bound).
REPLICA_LAG_SECONDS = int(os.environ.get("REPLICA_LAG_SECONDS", "10"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url and os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw"):
    # Tests on several workers (CI): each its own Redis database, since cache.clear() empties one.
    _worker = int(os.environ["PYTEST_XDIST_WORKER"][2:])
    _cache_url = re.sub(r"/\d+$", "", _cache_url.rstrip("/")) + f"/{_worker + 1}"
if _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "health-library"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Pages, their tags and fragments: the default 300 entries would evict tags often.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

# The full-page cache (pagecache/, README "Caching and serving"). 0 turns it off, and with it
# the public caching headers, so the render path can be measured on its own.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 24 * 60 * 60))
# How long a stale copy is kept: served while one request re-renders it, or if rendering fails.
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", 24 * 60 * 60))
# Parts of pages rendered once for every reader ({% fragment %}): kept this long at most, and
# dropped at once when what they show changes. Also on with PAGE_CACHE_SECONDS=0.
PAGE_FRAGMENT_SECONDS = int(os.environ.get("PAGE_FRAGMENT_SECONDS", 6 * 60 * 60))
PAGE_CACHE_LOCK_SECONDS = 10  # longest a render may hold the right to re-render a page
PAGE_CACHE_WAIT_SECONDS = 2.0  # a cold page: how long others wait for the one rendering it
# Browsers cannot be purged: they keep a page for a minute; shared caches for PAGE_CACHE_SECONDS.
PAGE_BROWSER_SECONDS = int(os.environ.get("PAGE_BROWSER_SECONDS", 60))
PAGE_STALE_WHILE_REVALIDATE_SECONDS = 30
# Purge endpoints of shared caches (Varnish, a CDN), sent the changed tags on every commit.
CACHE_PURGE_URLS = env_list("CACHE_PURGE_URLS")
CACHE_PURGE_TIMEOUT = 2

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out client never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind a proxy the client address comes from X-Forwarded-For; set this to the proxy count.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# MEDIA_STORAGE=s3: uploads and their renditions go to an S3-compatible bucket (AWS, MinIO,
# Ceph, R2, ...) so every app server sees the same files. Addresses are unsigned (pages are
# cached for everyone): make the objects publicly readable or serve them through a CDN.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,  # two uploads of "photo.jpg" keep both
        },
    }
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'filesystem' or 's3'.")


def _media_origin():
    """Where pages load uploaded images from, for the Content-Security-Policy's img-src."""
    if MEDIA_STORAGE != "s3":
        return []
    options = STORAGES["default"]["OPTIONS"]
    if options["custom_domain"]:
        return [f"https://{options['custom_domain']}"]
    if options["endpoint_url"]:
        parts = urlsplit(options["endpoint_url"])
        return [f"{parts.scheme}://{parts.netloc}"]
    return ["https://*.amazonaws.com"]  # AWS itself: the bucket's regional host


# Tests run without collectstatic; whitenoise then finds files through the finders.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)
WHITENOISE_MANIFEST_STRICT = False

# Uploads: Django refuses request bodies over this size; images have their own limits below.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
IMAGE_MAX_UPLOAD_BYTES = int(os.environ.get("IMAGE_MAX_UPLOAD_BYTES", 8 * 1024 * 1024))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", 40_000_000))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Health Library <noreply@localhost>")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 30
# Links in the newsroom's emails start with this (e.g. https://health.example.com); without it,
# with the Site record's domain. Emails are sent outside any request, so there is no host to ask.
SITE_URL = os.environ.get("SITE_URL", "")

# Email goes out through this task queue, never inside a reader's request. Production stores
# tasks in the database for `manage.py db_worker`; `make run` and the tests send at once.
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[os.environ.get("TASKS_BACKEND", "database" if IS_PRODUCTION else "immediate")]
    }
}

# Security headers. HTTPS-only settings follow DEBUG so `make run` works over plain HTTP.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
_https = env_bool("HTTPS", not DEBUG and not env_bool("HEALTH_LIBRARY_LOCAL"))
SECURE_SSL_REDIRECT = _https
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
if env_bool("BEHIND_PROXY"):
    # Only behind a proxy that sets this header; otherwise clients could forge HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # The admin adds 'unsafe-inline' (sitewide.middleware.security_headers): its templates
        # and the editor set style attributes. Reader pages have no inline styles.
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_media_origin(), *env_list("CSP_IMG_SOURCES")],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The tags field shows names as typed, quoting only those with a comma (articles/tags.py).
TAGGIT_STRING_FROM_TAGS = "articles.tags.edit_string"

# The editor: custom Tiptap extensions for citations and callout boxes.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [lazy(static, str)("articles/editor_extensions.js")],
        "extensions": {
            "Citation": html_tags(["span"], {"span": ["class", "data-refs"]}),
            "Callout": html_tags(["aside"], {"aside": ["class", "data-kind"]}),
            "Fullscreen": html_tags([]),  # ships with the editor but has no sanitiser rule
            "PasteCleanup": html_tags([]),  # changes pasted HTML only; adds no markup
        },
    }
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        # Logs every broken BibTeX entry; the import page reports them to the writer instead.
        "bibtexparser": {"level": "ERROR"},
    },
}
