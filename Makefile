# Two commands matter: `make test` and `make demo`. Both build .venv/ from uv.lock first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install test lint typecheck check-generated pytest generate update-spec sdk-drift demo bench soak clean test-py310 test-py313 \
	test-wheel release-check docs system-packages test-httpx-lowest test-httpx-newest

# The oldest and newest supported Pythons, from pyenv; nothing is downloaded (UV_PYTHON_DOWNLOADS=never).
PYTHON_py310 ?= $(shell pyenv prefix 3.10.13 2>/dev/null || echo /root/.pyenv/versions/3.10.13)/bin/python
PYTHON_py313 ?= $(shell pyenv prefix 3.13.0 2>/dev/null || echo /root/.pyenv/versions/3.13.0)/bin/python

install: $(VENV)/.synced

# uv is bootstrapped into the venv by pip, then `uv sync --frozen` installs exactly the lock.
# _version.py too: the editable install's metadata carries the version (defined once there).
$(VENV)/.synced: pyproject.toml uv.lock trigger_client/_version.py
	@test -x $(UV) || { $(PYTHON) -m venv $(VENV) && $(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }
	$(UV) sync --frozen --all-extras --quiet --reinstall-package trigger-client
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

pytest: install system-packages
	$(PY) -m pytest $(PYTEST_ARGS)

# Debian packages the tests and the bench drive for real, as command:package pairs, installed (after one apt-get
# update) only when a command is missing and we can (root with apt-get): Chromium and its driver open the
# documentation site; redis-server backs SharedRateLimit.redis (tests/redis_server.py); tmux is the real terminal
# the command line's tests read (tests/cli/test_terminal.py). Where they cannot be installed, their tests skip, and
# fail when CI is set.
SYSTEM_PACKAGES := chromium:chromium chromedriver:chromium-driver redis-server:redis-server tmux:tmux
system-packages:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			-o DPkg::Lock::Timeout=120 $$missing >/dev/null; \
	else \
		echo "make: missing$$missing and cannot install them here (needs root and apt-get): their tests skip, or fail with CI set" >&2; \
	fi

# The documentation site (mkdocs-material + mkdocstrings), strict: a broken link or reference fails the build.
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet

generate: install
	$(PY) -m codegen generate

# Diff the vendored spec against SPEC, generate from SPEC, and only then copy it over the vendored one.
update-spec: install
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/v3-openapi.yaml" >&2; exit 2; }
	$(PY) -m codegen update-spec $(SPEC)

# Every route the newest official SDK's ApiClient calls, matched to the client (exit 1 on a MISSING one). Needs npm:
# without it this says so and passes. SDK=4.8.3 checks another version of @trigger.dev/core.
SDK ?= latest
sdk-drift: install
	@command -v npm >/dev/null || { echo "sdk-drift: npm not found, so the SDK's routes were not checked"; exit 0; }; \
	dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	tgz=$$(cd "$$dir" && npm pack --silent "@trigger.dev/core@$(SDK)") && tar -xzf "$$dir/$$tgz" -C "$$dir" && \
	echo "routes of $$tgz:" && $(PY) -m codegen sdk-routes "$$dir/package/dist/esm/v3/apiClient/index.js"

demo: install
	$(PY) -m trigger_client.testing demo

bench: install system-packages
	$(PY) -m tests.benchmarks $(if $(QUICK),--quick,) $(if $(ONLY),--only $(ONLY),)

soak: install
	$(PY) -m pytest tests/reliability -m soak --soak $(PYTEST_ARGS)

# The suite on another interpreter: its own venv from the same lock (generation tests skip below 3.11).
test-py310 test-py313: test-%: install system-packages
	UV_PROJECT_ENVIRONMENT=.venv-$* $(UV) sync --frozen --all-extras --quiet --python $(PYTHON_$*)
	.venv-$*/bin/python -m pytest $(PYTEST_ARGS)

# The HTTP layer on the lowest httpx the client allows and on the newest release (the lock holds 0.28.1, as the
# generator, a dev tool, needs httpx<0.29): each in its own venv from the lock with only httpx changed. These are the
# files that exercise what the client takes from httpx (its pool's sockets, the read body's slot, transports, proxies
# and TLS, realtime streams); the whole suite runs on the locked httpx.
HTTPX_lowest := "httpx==0.28.0"
HTTPX_newest := --upgrade "httpx<1"
HTTPX_TESTS := tests/network tests/client/test_body.py tests/client/test_core.py tests/client/test_sdk_headers.py \
	tests/reliability/test_aiohttp_transport.py tests/reliability/test_hostile_delays.py \
	tests/reliability/test_hostile_protocol.py tests/reliability/test_hostile_sizes.py tests/realtime/test_streams.py
test-httpx-lowest test-httpx-newest: test-httpx-%: install
	UV_PROJECT_ENVIRONMENT=.venv-httpx-$* $(UV) sync --frozen --all-extras --quiet
	VIRTUAL_ENV=.venv-httpx-$* $(UV) pip install --quiet $(HTTPX_$*)
	.venv-httpx-$*/bin/python -c "import httpx; print('httpx', httpx.__version__)"
	.venv-httpx-$*/bin/python -m pytest -q $(HTTPX_TESTS) $(PYTEST_ARGS)

# A user's view: build the wheel and install it into a fresh venv on the oldest Python with every declared dependency at
# its declared minimum (uv's lowest-direct resolution of the [project] dependencies and extras), then run a user's test
# file outside the checkout with the plugin opted in. Then the wheel alone, no extras, on the newest Python.
WHEEL_VENV := .venv-wheel
WHEEL_USER := .wheel-user
test-wheel: install
	rm -rf dist $(WHEEL_VENV) $(WHEEL_USER)
	$(UV) build --wheel --out-dir dist --quiet
	$(UV) venv --quiet --python $(PYTHON_py310) $(WHEEL_VENV)
	VIRTUAL_ENV=$(WHEEL_VENV) $(UV) pip install --quiet --resolution lowest-direct -r pyproject.toml --all-extras
	VIRTUAL_ENV=$(WHEEL_VENV) $(UV) pip install --quiet "$$(ls dist/*.whl)[emulator,aiohttp]" "pytest>=8" "pytest-timeout>=2.3"
	VIRTUAL_ENV=$(WHEEL_VENV) $(UV) pip check --quiet
	VIRTUAL_ENV=$(WHEEL_VENV) $(UV) pip list | grep -Ei "^(aiohttp|attrs|croniter|httpx|openapi-core|orjson|pyjwt|python-dateutil|python-dotenv|redis|typing-extensions|uvicorn|werkzeug) "
	mkdir -p $(WHEEL_USER) && cp tests/user_app/test_user_app.py $(WHEEL_USER)/ && printf '[pytest]\ntimeout = 120\n' > $(WHEEL_USER)/pytest.ini
	cd $(WHEEL_USER) && ../$(WHEEL_VENV)/bin/python -c "import trigger_client as t; assert 'site-packages' in t.__file__, t.__file__"
	cd $(WHEEL_USER) && ../$(WHEEL_VENV)/bin/python -m pytest -q -p trigger_client.testing.pytest_plugin test_user_app.py
	rm -rf $(WHEEL_VENV)-plain && $(UV) venv --quiet --python $(PYTHON_py313) $(WHEEL_VENV)-plain
	VIRTUAL_ENV=$(WHEEL_VENV)-plain $(UV) pip install --quiet "$$(ls dist/*.whl)"
	cp tests/user_app/plain_install.py $(WHEEL_USER)/ && cd $(WHEEL_USER) && ../$(WHEEL_VENV)-plain/bin/python plain_install.py

# What a release would upload: sdist and wheel built, twine-checked, their contents checked, each installed and
# imported on the oldest and newest Python, and a CHANGELOG entry for the version (.ci/release_check.py).
release-check: install
	$(PY) .ci/release_check.py $(PYTHON_py310) $(PYTHON_py313)

clean:
	rm -rf $(VENV) .venv-py310 .venv-py313 .venv-httpx-lowest .venv-httpx-newest $(WHEEL_VENV) $(WHEEL_VENV)-plain .wheel-user dist .mypy_cache .ruff_cache
