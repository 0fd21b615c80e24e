# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make demo   -> venv, install, migrate, seed, serve on http://127.0.0.1:8000/
#   make test   -> venv, install, run the whole suite on SQLite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint schema migrate seed serve ci clean bench

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

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
