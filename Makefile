# Two entry points: `make run` (demo site on SQLite) and `make test` (the whole suite).
# Both create the virtualenv and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Local use only: lets settings fall back to a development SECRET_KEY and plain HTTP.
export HEALTH_LIBRARY_LOCAL := 1

.PHONY: run test lint format install browser node varnish bench-tools services clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

# Headless Chromium for the browser tests, from Debian (Playwright's own download cannot work here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Varnish 7 with the xkey module (tag purges): the page-cache tests run a real varnishd.
varnish:
	@command -v varnishd >/dev/null && [ -n "$$(find /usr/lib -name libvmod_xkey.so -print -quit 2>/dev/null)" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null; }

# bench/serving.py also needs wrk and nginx (and Varnish).
bench-tools: varnish
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; }
# PostgreSQL 15 and Redis 7 from Debian: the two-app-server test starts a throwaway cluster and a
# redis-server of its own, whatever database the suite itself runs on.
services:
	@[ -x /usr/lib/postgresql/15/bin/initdb ] && command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null; }

# Java and the npm tools the tests and bench/ use: the Nu HTML Checker (vnu-jar) and Lighthouse.
# --ignore-scripts: vnu-jar ships vnu.jar; its install script would only fetch a Java we have.
NODE_TOOLS := bench/node/node_modules
node:
	@command -v java >/dev/null && command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless nodejs npm >/dev/null; }
	@[ -f $(NODE_TOOLS)/vnu-jar/build/dist/vnu.jar ] && [ -x $(NODE_TOOLS)/.bin/lighthouse ] || npm install --prefix bench/node --ignore-scripts --no-audit --no-fund --silent "vnu-jar@^26.9" "lighthouse@^12.8"

run: install
	$(BIN)/python manage.py collectstatic --noinput -v 0
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo --origin http://$(HOST):$(PORT)
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install browser node varnish services lint
	$(BIN)/python manage.py makemigrations --check --dry-run -v 1
	$(BIN)/pytest

clean:
	rm -rf $(VENV) staticfiles
