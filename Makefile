# One command each: `make run` sets up and cleans seeds/; `make test` sets up and runs the checks.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

$(BIN)/clean-article: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,ray]'
	touch $@

.PHONY: setup run test lint evaluate bench
setup: $(BIN)/clean-article

run: setup
	$(BIN)/clean-article seeds/

lint: setup
	$(BIN)/ruff check cleaner scripts tests

test: lint
	$(BIN)/pytest -n auto --dist loadgroup

evaluate: setup
	$(BIN)/python scripts/evaluate.py

bench: setup
	$(BIN)/python scripts/bench_extraction.py
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_dedup.py --docs 200000
	$(BIN)/python scripts/bench_stream.py --records 200000
