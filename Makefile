# onrecord: `make demo` runs the demo end to end, `make test` runs lint, types and tests.
# Each target creates the virtual environment and installs the pinned dependencies first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.DEFAULT_GOAL := test
.PHONY: demo test lint types unit bench clean

# PyICU (needed by followthemoney, for the FtM export) builds from source against ICU: install
# Debian's headers when they are missing (as root, or through sudo).
.PHONY: system-deps
system-deps:
	@pkg-config --exists icu-i18n 2>/dev/null || { \
	  echo "installing ICU headers (libicu-dev, pkg-config) for PyICU" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libicu-dev pkg-config >&2; }

$(STAMP): pyproject.toml requirements/lock.txt | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/onrecord demo

test: lint types unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) demo-case .pytest_cache .mypy_cache .ruff_cache
