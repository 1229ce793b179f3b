# Every target installs what it needs into .venv first (a fresh machine needs only python3).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: venv demo generate check-generated test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Start the fake store with the demo catalog and walk through the client against it.
demo: venv
	$(PY) examples/walkthrough.py

## Regenerate generated/bigcommerce from spec/ (wipes and re-emits it).
generate: venv
	$(PY) -m codegen generate

## Fail when generated/ differs from a fresh generation.
check-generated: venv
	$(PY) -m codegen check

## The whole test suite (includes the drift check, ruff and mypy --strict on the output).
test: venv
	$(PY) -m pytest

lint: venv
	$(PY) -m ruff check runtime codegen tests generated
	$(PY) -m ruff format --check runtime codegen tests

typecheck: venv
	$(PY) -m mypy --strict generated/bigcommerce tests/typed_usage.py

## Benchmarks, printed as ratios against a baseline measured in the same run.
bench: venv
	$(PY) -m tests.bench.import_time

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
