# elexgraph: `make run` builds the graph of seeds/ and shows answers; `make test` runs everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= elexgraph-store

.PHONY: run install test test-deps clean

$(BIN)/elexgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/elexgraph

run: install
	$(BIN)/elexgraph build seeds --store $(STORE)
	$(BIN)/elexgraph stats --store $(STORE)
	$(BIN)/elexgraph query party-switchers --store $(STORE)

# Test needs: Python extras, and the real components the tests start (Chromium, Virtuoso).
test-deps: install
	$(BIN)/pip install --quiet -e '.[test]'
	bash scripts/install-system-deps.sh

test: test-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
