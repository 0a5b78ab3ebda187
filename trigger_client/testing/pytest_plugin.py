"""pytest fixtures for the emulator. Opt-in, so installing trigger-client changes no one's pytest runs.

Enable it in a ``conftest.py`` (``pytest_plugins = ["trigger_client.testing.pytest_plugin"]``) or on the command
line (``pytest -p trigger_client.testing.pytest_plugin``). The fixtures validate traffic against the OpenAPI spec, so
they need the ``emulator`` extra: ``pip install 'trigger-client[emulator]'``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import TriggerEmulator


@pytest.fixture
def trigger_emulator() -> Iterator[TriggerEmulator]:
    """A fresh in-process emulator with spec validation on.

    Fails the test at teardown if the emulator accepted (2xx) a request the spec rejects.

    Example:
        def test_trigger(trigger_emulator):
            client = httpx.Client(transport=trigger_emulator.transport, base_url=trigger_emulator.base_url)
    """
    emulator = TriggerEmulator(validate=True)
    try:
        yield emulator
    finally:
        emulator.close()
    accepted_bad = [m for m in emulator.validation_errors if m.kind == "request"]
    if accepted_bad:
        pytest.fail("requests broke the OpenAPI spec:\n" + "\n".join(map(str, accepted_bad)))


@pytest.fixture
def trigger_emulator_server(trigger_emulator: TriggerEmulator) -> Iterator[str]:
    """Base URL of ``trigger_emulator`` served over HTTP on 127.0.0.1 (random port).

    Example:
        def test_http(trigger_emulator_server, trigger_emulator):
            httpx.get(f"{trigger_emulator_server}/api/v1/timezones")
    """
    with trigger_emulator.serve_in_thread() as url:
        yield url
