# onrecord: `make demo` runs the demo end to end, `make test` runs lint, types and tests.
# Each target creates the virtual environment and installs the pinned dependencies it needs
# first: `make demo` only the runtime, the others development and Ray tools too. `make lock`
# regenerates the hashed lock files in requirements/ from pyproject.toml (scripts/lock).

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-stamp
DEV     := $(VENV)/.dev-stamp

.DEFAULT_GOAL := test
.PHONY: demo test lint types unit properties bench lock clean

# PyICU (needed by followthemoney, for the FtM export) builds from source against ICU: install
# Debian's headers when they are missing (as root, or through sudo).
.PHONY: system-deps
system-deps:
	@pkg-config --exists icu-i18n 2>/dev/null || { \
	  echo "installing ICU headers (libicu-dev, pkg-config) for PyICU" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libicu-dev pkg-config >&2; }

# Two layers, each with its own stamp: the runtime (requirements/runtime.txt, all `make demo`
# needs, after a pinned pip: requirements/pip.txt), then development and Ray on top (dev.txt,
# ray.txt: lint, types, tests, benchmarks). A changed lock file reinstalls its layer; `make
# demo` then `make test` extends the same venv. Every package is pinned with its hashes
# (scripts/lock regenerates the files from pyproject.toml).
$(RUNTIME): pyproject.toml requirements/pip.txt requirements/runtime.txt | system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/pip.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/runtime.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(DEV): $(RUNTIME) requirements/dev.txt requirements/ray.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt -r requirements/ray.txt
	touch $@

demo: $(RUNTIME)
	$(BIN)/onrecord demo

test: lint types unit

lint: $(DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(DEV)
	$(BIN)/mypy

unit: $(DEV)
	HYPOTHESIS_PROFILE=replay $(BIN)/pytest

# Property tests with fresh random examples, many of them (the suite replays a fixed set).
properties: $(DEV)
	HYPOTHESIS_PROFILE=explore $(BIN)/pytest -m "not browser" $$(grep -rl "from hypothesis" tests)

bench: $(DEV)
	$(BIN)/python -m bench

lock:
	scripts/lock

clean:
	rm -rf $(VENV) demo-case .pytest_cache .mypy_cache .ruff_cache
