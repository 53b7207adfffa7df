# Two commands matter: `make run` and `make test`. Both set up .venv from requirements.lock first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-lock
RAW ?= raw
CLEAN ?= clean

.PHONY: setup run docs test test-fast test-slow check serve bench bench-quality lock clean-output

setup: $(STAMP)

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	# The lock pins every transitive dependency, so no resolving (--no-deps); pip check proves it whole.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	touch $(STAMP)

run: setup  ## clean raw/ into clean/ on an embedded Prefect API
	$(BIN)/python -m flows.cli clean --raw-dir $(RAW) --clean-dir $(CLEAN)

test: setup  ## the whole suite, as CI runs it: unit, golden, server, browser, S3, Dask and slow (crash, HTML quality)
	$(BIN)/python -m pytest

test-fast: setup  ## unit, property, golden, text quality: no server, browser, S3, Dask or slow test (under a minute)
	$(BIN)/python -m pytest -m "not (server or browser or s3 or dask or slow)" --hypothesis-profile=fast

test-slow: setup  ## only the slow tests: the crash tests (random SIGKILLs of real runs), the HTML quality gate
	$(BIN)/python -m pytest -m slow -s

check: setup  ## lint, format check and types (ruff, mypy)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

serve: setup  ## Prefect server + work pool + deployments + worker in the foreground; Ctrl-C stops all
	$(BIN)/python -m flows.cli serve

bench: setup  ## speed: the flow end to end next to hand-written loops (2k HTML, 20k text pages), pages/s and peak RSS
	$(BIN)/python -m tests.bench.speed --profile

bench-quality: setup  ## this project next to bare trafilatura on ../shared/bench (one table)
	$(BIN)/python -m tests.bench.quality

docs: setup  ## regenerate README's tables of rules and reject reasons, and contract.json, from the code
	$(BIN)/python -m tests.readme_tables

lock:  ## re-resolve requirements.lock from pyproject.toml (needs network to the package index)
	$(PYTHON) -m venv build/uv && build/uv/bin/pip install --quiet uv==0.13.9
	build/uv/bin/uv pip compile pyproject.toml --group dev --generate-hashes --python-version 3.11 --universal -o requirements.lock

clean-output:  ## delete everything under clean/ (the raw pages stay)
	rm -rf $(CLEAN)/pages $(CLEAN)/rejects $(CLEAN)/.staging $(CLEAN)/.writer.lock
