# elexgraph: `make run` builds the graph of seeds/ and shows answers; `make test` runs everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= elexgraph-store

.PHONY: run install test test-fast test-deps bench clean docs-images

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
	@echo
	@echo "Next: . $(BIN)/activate   (puts elexgraph on your PATH; or call $(BIN)/elexgraph)"
	@echo "      elexgraph queries   (the questions you can ask; the README's first section has more)"

# Test needs: Python extras, and the real components the tests start (Chromium, Virtuoso). Installed once per
# change of pyproject.toml (a stamp in the venv): two `make test` at once must not reinstall into one venv.
TEST_DEPS := $(VENV)/.test-deps
test-deps: $(TEST_DEPS)

$(TEST_DEPS): pyproject.toml $(BIN)/elexgraph
	$(BIN)/pip install --quiet -e '.[test]'
	bash scripts/install-system-deps.sh
	touch $@

test: test-deps
	$(BIN)/python -m pytest -q

# The edit-test loop: everything but the tests that start servers or a browser, or take long.
test-fast: install
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m pytest -q -m "not server and not browser and not slow"

# The README's pictures: the interactive page and a person's page in headless Chromium, and one figure.
# Only the seeds: the dev articles' text stays out of anything published.
DOCS_ARTICLES ?= seeds
DOCS_PERSON ?= lee-anderson
DOCS_SEAT ?= ashfield-2024
DOCS_ELECTION ?= 2024-general-election
docs-images: test-deps
	rm -rf build/docs && mkdir -p build/docs docs/img
	$(BIN)/elexgraph build $(DOCS_ARTICLES) --store build/docs/store
	$(BIN)/elexgraph viz --store build/docs/store -o build/docs/graph.html
	$(BIN)/python -m scripts.screenshot build/docs/graph.html docs/img/viz-overview.png
	$(BIN)/python -m scripts.screenshot build/docs/graph.html docs/img/viz.png --search "Lee Anderson"
	$(BIN)/elexgraph publish build/docs/site --store build/docs/store
	$(BIN)/python -m scripts.screenshot build/docs/site/doc/person/$(DOCS_PERSON).html docs/img/person.png --plain
	$(BIN)/python -m scripts.screenshot build/docs/site/doc/constituency/$(DOCS_SEAT).html docs/img/seat.png --plain
	$(BIN)/python -m scripts.screenshot build/docs/site/doc/election/$(DOCS_ELECTION).html docs/img/election.png --plain
	$(BIN)/elexgraph plot --store build/docs/store -o build/docs/figures
	cp build/docs/figures/seat-changes.png docs/img/seat-changes.png

# Scale benchmark (not a test): writes benchmarks/RESULTS.md; takes about 20 minutes.
bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
