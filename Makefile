# Two commands matter: `make test` and `make demo`. Both build .venv/ from uv.lock first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install test lint typecheck check-generated pytest generate update-spec demo bench soak clean

install: $(VENV)/.synced

# uv is bootstrapped into the venv by pip, then `uv sync --frozen` installs exactly the lock.
$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(UV) || { $(PYTHON) -m venv $(VENV) && $(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(UV) sync --frozen --quiet
	@touch $@

test: lint typecheck check-generated pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --config-file codegen/mypy-generated.ini generated/trigger_api

check-generated: install
	$(PY) -m codegen check

pytest: install
	$(PY) -m pytest $(PYTEST_ARGS)

generate: install
	$(PY) -m codegen generate

# Diff the vendored spec against SPEC, generate from SPEC, and only then copy it over the vendored one.
update-spec: install
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/v3-openapi.yaml" >&2; exit 2; }
	$(PY) -m codegen update-spec $(SPEC)

demo: install
	$(PY) -m trigger_client.testing demo

bench: install
	$(PY) -m tests.benchmarks $(if $(QUICK),--quick,)

soak: install
	$(PY) -m pytest tests/reliability -m soak --soak $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
