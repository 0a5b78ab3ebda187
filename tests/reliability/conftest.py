"""The ``--soak`` switch and ``soak`` marker, fast retries, and a summary of the figures each test recorded.

Soak tests (marked ``soak``) are skipped unless pytest runs with ``--soak``::

    .venv/bin/python -m pytest tests/reliability -m soak --soak
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.reliability._support import FIGURES


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--soak", action="store_true", default=False, help="run the long reliability soak tests")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: long reliability run (10,000 calls); needs --soak")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # getoption with a default: this conftest is not an initial one when pytest runs from the repo root.
    if config.getoption("--soak", default=False):
        return
    skip = pytest.mark.skip(reason="soak test: run with --soak")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, figures in FIGURES:
        terminalreporter.write_line(f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff of 0-2 ms instead of seconds; server-requested (429) waits are left as the server says."""
    monkeypatch.setattr(
        "trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.001 * attempt
    )


@pytest.fixture(autouse=True)
def _no_credentials_from_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("TRIGGER_SECRET_KEY", "TRIGGER_ACCESS_TOKEN", "TRIGGER_API_URL", "TRIGGER_PREVIEW_BRANCH"):
        monkeypatch.delenv(name, raising=False)
    yield
