# provenance developer workflow. Every target creates and uses its own virtual environment.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   ?= ../shared/seed/000_ec877a3d0b7e51c8.txt

.PHONY: help install demo test lint eval bench clean

help:  ## list targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install provenance with its dev extras (quick when done)

demo: $(STAMP)  ## check the bundled example article offline, from recorded fixtures
	$(BIN)/provenance check fixtures/articles/example_ar.txt --offline \
		--fixtures fixtures/http/example.har --fail-on none

test: $(STAMP)  ## run the test suite (offline), including the evaluation floors
	$(BIN)/pytest -q

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check provenance tests
	$(BIN)/mypy

eval: $(STAMP)  ## precision and recall of each detector on fixtures/eval
	$(BIN)/python -m provenance.evaluation

bench: $(STAMP)  ## speed and memory of detection on large and adversarial inputs
	$(BIN)/python scripts/bench.py

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
