# Werkplek: the two commands a new machine needs are `make demo` and `make test`.
# Both install what they need (a virtualenv in .venv, and Debian packages
# through apt-get when missing).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PEOPLE ?= 800
SEED ?= 2026
ENGINE_PORT ?= 9201

.PHONY: demo test lint format bench bench-api messages clean help engine engine-stop

help:
	@echo "make demo   - install, seed the demo organisation and serve on http://$(HOST):$(PORT)"
	@echo "make test   - install and run the whole test suite on real services"
	@echo "make lint   - ruff check and format check"
	@echo "make bench  - page benchmarks (see BENCHMARKS.md)"
	@echo "make bench-api - API list endpoints at 100,000 pages against Wagtail's (BENCHMARKS.md)"
	@echo "make engine - start a local OpenSearch node for the demo's search (make engine-stop ends it)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

messages: $(VENV)/.runtime
	scripts/system-packages gettext
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity=0

demo: $(VENV)/.runtime messages
	$(BIN)/python manage.py migrate --no-input --verbosity=1
	$(BIN)/python manage.py seed_demo --people $(PEOPLE) --seed $(SEED)
	@echo ""
	@echo "Werkplek runs on http://$(HOST):$(PORT)/ - sign in with an account printed above."
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev messages tests/oidc/node_modules/.package-lock.json
	scripts/system-packages chromium
	scripts/with-services $(BIN)/pytest $(PYTEST_ARGS)

# The OpenID Connect provider the sign-on tests run (npm's oidc-provider).
tests/oidc/node_modules/.package-lock.json: tests/oidc/package-lock.json
	npm ci --prefix tests/oidc --no-audit --no-fund
	touch $@

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.dev
	scripts/with-services $(BIN)/python bench/pages.py $(BENCH_ARGS)

# No search engine needed; BENCH_ARGS="--pages 10000 --people 1000" for a quick run.
bench-api: $(VENV)/.dev
	WERKPLEK_SERVICES=postgres scripts/with-services $(BIN)/python bench/api.py $(BENCH_ARGS)

# A local OpenSearch 2.19 node (README, "Search engines"), in the background,
# data and log in var/search-engine/, for `make demo` to search with.
engine:
	@mkdir -p var
	scripts/search-engine start opensearch $(ENGINE_PORT) var/search-engine
	@echo ""
	@echo "Point the demo at it:  SEARCH_URL=http://127.0.0.1:$(ENGINE_PORT) SEARCH_ENGINE=opensearch2 make demo"
	@echo "Stop it with:          make engine-stop"

engine-stop:
	scripts/search-engine stop var/search-engine

clean: engine-stop
	rm -rf var/ .pytest_cache
