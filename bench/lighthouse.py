"""Print the Lighthouse mobile scores of the demo article page, served as in production.

    .venv/bin/python bench/lighthouse.py [--path /articles/...] [--port 8772] [--details]

Loads the demo into a throwaway SQLite database, collects static files, serves the site with
gunicorn and DEBUG off (WhiteNoise, compressed static files) and runs Lighthouse's default
mobile profile in Debian's Chromium. Needs `make node` (Lighthouse) and `make browser`.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "bench/node/node_modules/.bin/lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--disable-dev-shm-usage"
)


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The site did not answer at {url}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default="/articles/interferon-therapy-for-eczema/")
    parser.add_argument("--port", type=int, default=8772)
    parser.add_argument("--details", action="store_true", help="list audits that lost points")
    options = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `make node` first.")

    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        env = {
            **os.environ,
            "HEALTH_LIBRARY_LOCAL": "1",  # plain HTTP and the demo loader; DEBUG stays off
            "DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{tmp}/site.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
        }
        env.pop("CACHE_URL", None)
        env.pop("REDIS_URL", None)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo", "--no-login")
        manage(env, "collectstatic", "--noinput")
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "health_library.wsgi",
                "--bind",
                f"127.0.0.1:{options.port}",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{options.port}{options.path}"
            wait_for(url)
            report_path = Path(tmp) / "report.json"
            subprocess.run(
                [
                    str(LIGHTHOUSE),
                    url,
                    "--output=json",
                    f"--output-path={report_path}",
                    f"--only-categories={','.join(CATEGORIES)}",
                    f"--chrome-flags={CHROME_FLAGS}",
                    "--quiet",
                ],
                env={**env, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
                check=True,
            )
            report = json.loads(report_path.read_text())
        finally:
            server.terminate()
            server.wait(timeout=10)

    print(f"Lighthouse {report['lighthouseVersion']}, mobile, {url}")
    for name in CATEGORIES:
        category = report["categories"][name]
        print(f"  {category['title']:<15} {category['score'] * 100:.0f}")
    if options.details:
        for name in CATEGORIES:
            for ref in report["categories"][name]["auditRefs"]:
                audit = report["audits"][ref["id"]]
                if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                    print(f"  - {name}: {audit['title']} ({audit.get('displayValue', '')})")


if __name__ == "__main__":
    main()
