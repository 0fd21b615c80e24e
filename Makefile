# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make demo   -> venv, install, migrate, seed, serve on http://127.0.0.1:8000/
#   make test   -> venv, install, run the whole suite on SQLite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint schema migrate seed serve ci clean bench prod bench-scale-data bench-scale client

# The venv's own pip is recent enough for wheels: no `pip install --upgrade pip` download.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Every pin has a wheel: --only-binary never falls back to building a source package; the
# pip version check is a network round trip we do not need; --no-compile leaves bytecode to
# the first import, which compiles only the modules the demo uses (docs/decisions/0017-first-hour.md).
PIP_INSTALL := PIP_DISABLE_PIP_VERSION_CHECK=1 $(BIN)/python -m pip install --quiet --only-binary=:all: --no-compile

# Stamp files re-run pip only when a requirements file changes. The dev set installs only
# what the runtime set lacks: after `make demo`, `make test` adds the test tools, and after
# `make test`, `make demo` installs nothing.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

migrate: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py load_seed
	$(BIN)/python manage.py resolve_references

# `make demo` migrates and seeds only when something they read changed since the last run
# against this database: a migration, the seed files, the loader or the resolver. The stamp is
# per DATABASE_URL, and forgotten when the default SQLite file is gone.
SEED_INPUTS := $(wildcard */migrations/*.py seed/*.yaml seed/*.py seed/corpus/* treaties/resolver/*.py)
SEED_STAMP := .stamps/seeded-$(shell printf '%s' "$(DATABASE_URL)" | cksum | cut -d' ' -f1)
ifeq ($(DATABASE_URL)$(wildcard db.sqlite3),)
$(shell rm -f $(SEED_STAMP))
endif

$(SEED_STAMP): $(SEED_INPUTS) | $(VENV)/.runtime
	$(MAKE) --no-print-directory seed
	@mkdir -p .stamps && touch $@

# The task worker (webhook deliveries) runs in the background beside runserver and stops with it.
serve: $(VENV)/.runtime
	@echo "Serving http://$(HOST):$(PORT)/  (API: /api/v1/, docs: /api/v1/docs/, admin: /admin/); task worker in the background"
	$(BIN)/python manage.py db_worker & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(BIN)/python manage.py runserver $(RUNSERVER_FLAGS) $(HOST):$(PORT)

# The demo serves without the auto-reloader: it starts Django twice (a watcher and the
# server), doubling start-up for a session that edits no code. `make serve` reloads.
demo: $(SEED_STAMP)
	$(MAKE) --no-print-directory serve RUNSERVER_FLAGS=--noreload

test: $(VENV)/.dev
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

schema: $(VENV)/.runtime
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

bench: $(VENV)/.dev migrate
	$(BIN)/python bench/run.py

# Issue 14 scale runs (PostgreSQL on 127.0.0.1:5432, Redis db 12): bench-scale-data creates,
# migrates and fills pactum_scale_10k and pactum_scale_200k (minutes); bench-scale measures.
SCALE_PG := postgres://postgres@127.0.0.1:5432
bench-scale-data: | $(BIN)/python
	for s in 10k 200k; do \
		psql -h 127.0.0.1 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'pactum_scale_$$s'" | grep -q 1 \
			|| psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE pactum_scale_$$s"; \
		DATABASE_URL=$(SCALE_PG)/pactum_scale_$$s $(BIN)/python manage.py migrate --noinput && \
		$(BIN)/python bench/scale/generate.py --scale $$s || exit 1; \
	done

bench-scale: | $(BIN)/python
	$(BIN)/python bench/scale/run.py

# The typed Python client (clients/python/), regenerated from the schema by
# openapi-python-client (pinned in requirements-dev.txt); tests/clients/ runs it against a live server.
client: $(VENV)/.dev
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py spectacular --format openapi-json \
		--validate --fail-on-warn --file clients/openapi.json
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/openapi-python-client generate --path clients/openapi.json \
		--output-path clients/python --overwrite --meta setup --config clients/openapi-python-client.yaml

# Production start (settings from the environment: README "Production", docs/deployment.md).
prod: $(VENV)/.runtime
	bin/start-production

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache .stamps
