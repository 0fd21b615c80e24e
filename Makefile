# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make demo   -> venv, install, migrate, seed, serve on http://127.0.0.1:8000/
#   make test   -> venv, install, run the whole suite on SQLite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint schema migrate seed serve ci clean bench prod bench-scale-data bench-scale

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files re-run pip only when a requirements file changes.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

migrate: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py load_seed
	$(BIN)/python manage.py resolve_references

serve: $(VENV)/.runtime
	@echo "Serving http://$(HOST):$(PORT)/api/v1/  (docs: /api/v1/docs/, admin: /admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

demo: seed serve

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

# Production start (settings from the environment: README "Production", docs/deployment.md).
prod: $(VENV)/.runtime
	bin/start-production

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
