# Every target installs what it needs into .venv first (a fresh machine needs only python3).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# BigCommerce's published OpenAPI documents (the `reference/` folder of bigcommerce/docs).
OPENAPI_DIR ?= ../shared/bigcommerce-openapi

.PHONY: venv demo import generate check-generated coverage test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Start the fake store with the demo catalog and walk through the client against it.
demo: venv
	$(PY) examples/walkthrough.py

## Re-import spec/imported/ from the OpenAPI documents and write spec/IMPORT_REPORT.md (what changed,
## where the documents contradict themselves); then `make generate`.
import: venv
	$(PY) -m codegen import-openapi $(OPENAPI_DIR)

## Regenerate generated/bigcommerce from spec/ (wipes and re-emits it).
generate: venv
	$(PY) -m codegen generate

## Fail when generated/ differs from a fresh generation.
check-generated: venv
	$(PY) -m codegen check

## How many documented operations the client covers, from the operation index.
coverage: venv
	$(PY) -m bigcommerce.operation_index --coverage

## The whole test suite (includes the drift check, ruff and mypy --strict on the output).
test: venv
	$(PY) -m pytest

lint: venv
	$(PY) -m ruff check runtime codegen tests examples generated
	$(PY) -m ruff format --check runtime codegen tests examples

typecheck: venv
	$(PY) -m mypy --strict generated/bigcommerce tests/typed_usage.py

## Benchmarks: a table of ratios against baselines measured in the same run (~3 min; the first
## run also installs the old client into .bench/). `make bench BENCH_ARGS=--quick`: a smoke run.
bench: venv
	$(PY) -m tests.bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
