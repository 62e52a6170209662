"""gunicorn settings for one app server:

    gunicorn -c deploy/gunicorn.conf.py health_library.wsgi

App servers keep no state of their own (sessions in the database, cache and rate limits in
Redis, media in object storage), so run as many machines with this file as traffic needs.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: pages are short CPU-bound renders; (2 x cores) + 1 is gunicorn's advice.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 30
keepalive = 5  # behind a proxy that reuses connections
# Recycle workers now and then, so a slow leak can never grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Load the app once, before forking: faster worker start, shared memory pages.
preload_app = True
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
