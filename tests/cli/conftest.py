"""The command line against the emulator served on 127.0.0.1, configured only through the environment (as a user's
shell would be): ``TRIGGER_API_URL``, ``TRIGGER_SECRET_KEY`` and ``TRIGGER_PROJECT_REF``."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from click.testing import CliRunner, Result

from trigger_client.cli._app import app
from trigger_client.testing import TriggerEmulator
from trigger_client.testing.demo import register_demo_tasks


@dataclass
class Served:
    """An emulator served over HTTP, its URL, and the gate the ``wait-for-gate`` task blocks on."""

    emulator: TriggerEmulator
    url: str
    gate: threading.Event

    @property
    def env(self) -> dict[str, str]:
        return {
            "TRIGGER_API_URL": self.url,
            "TRIGGER_SECRET_KEY": self.emulator.secret_key,
            "TRIGGER_PROJECT_REF": self.emulator.project_ref,
        }

    def runs(self, task: str | None = None) -> list[dict[str, Any]]:
        """Every run the emulator holds in the default dev environment (optionally of one task)."""
        env = self.emulator.default_project.environments["dev"]
        return [vars(run) for run in env.runs.values() if task is None or run.task == task]


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    """A fresh emulator per test (counts of runs are exact), with the demo tasks and one that waits for a gate."""
    gate = threading.Event()
    emulator = TriggerEmulator(seed=7)
    register_demo_tasks(emulator)

    @emulator.task("wait-for-gate")
    def wait_for_gate(payload: Any) -> dict[str, bool]:
        gate.wait(30)  # bounded: a test that forgets to open it still ends
        return {"opened": gate.is_set()}

    for name in ("TRIGGER_ACCESS_TOKEN", "TRIGGER_CONFIG", "TRIGGER_PREVIEW_BRANCH", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    with emulator, emulator.serve_in_thread() as url:
        served = Served(emulator, url, gate)
        for name, value in served.env.items():
            monkeypatch.setenv(name, value)
        try:
            yield served
        finally:
            gate.set()


Invoke = Callable[..., Result]


@pytest.fixture
def cli() -> Invoke:
    """Run ``trigger-client ARGS`` in-process (stdout is not a terminal: piped output); stderr is kept apart."""

    def invoke(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def json_lines(result: Result) -> list[Any]:
    """Each stdout line parsed as JSON (the ``--json`` output of a list)."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
