# Two entry points: `make run` (demo site on SQLite) and `make test` (the whole suite).
# Both create the virtualenv and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Local use only: lets settings fall back to a development SECRET_KEY and plain HTTP.
export HEALTH_LIBRARY_LOCAL := 1

.PHONY: run test lint format install browser clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

# Headless Chromium for the browser tests, from Debian (Playwright's own download cannot work here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: install
	$(BIN)/python manage.py collectstatic --noinput -v 0
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install browser lint
	$(BIN)/python manage.py makemigrations --check --dry-run -v 1
	$(BIN)/pytest

clean:
	rm -rf $(VENV) staticfiles
