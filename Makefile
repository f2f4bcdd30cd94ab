# Two entry points for a fresh clone: `make run` (the app) and `make test` (everything CI runs).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "DeskCRM needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/deskcrm

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks packaging tools
	$(BIN)/ruff format --check src tests benchmarks packaging tools
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --keep /tmp/deskcrm-bench --readme

# Refresh the Qt Linguist source after changing user-visible strings.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/deskcrm -name '*.py' -not -path '*/migrations/*' | sort) \
		-ts resources/translations/deskcrm_en.ts -source-language en -target-language en -no-obsolete

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
