# Two commands for a newcomer: `make run` and `make test`. Everything else is their plumbing.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium

.PHONY: run test lint format install e2e chromium clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,postgres]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The suite measures coverage of the product apps and fails under the floor in
# pyproject.toml ([tool.coverage.report] fail_under).
test: lint
	$(BIN)/pytest --cov
	$(MAKE) e2e

# Debian's Chromium for the browser journeys (Playwright's own browser download is not used).
chromium:
	@if [ ! -x $(CHROMIUM) ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing Chromium for the browser journeys..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
			|| echo "Could not install Chromium with apt-get."; \
	fi

e2e: $(STAMP) chromium
	@if [ -x $(CHROMIUM) ]; then \
		$(BIN)/pytest -m e2e tests/e2e; \
	else \
		echo "SKIPPED: the browser journeys need Chromium at $(CHROMIUM), which is not installed and could not be installed here."; \
	fi

# Optional: the pages at council scale against the plainest Wagtail page (README, "Benchmark").
# Needs DATABASE_URL naming a PostgreSQL database; BENCH_ARGS passes flags (python -m bench -h).
bench: $(STAMP)
	$(BIN)/pip install --quiet -e ".[bench]"
	@if ! command -v wrk >/dev/null 2>&1; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "Installing wrk, the load tool..."; \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null; \
		else \
			echo "make bench needs wrk (apt-get install wrk, or your system's package)."; exit 1; \
		fi; \
	fi
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .coverage
