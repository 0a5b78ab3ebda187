"""The README's Realtime example, run verbatim against the emulator served on 127.0.0.1."""

from __future__ import annotations

import time
from typing import Any

import pytest

from trigger_client.testing import TriggerEmulator

README_EXAMPLE = """
from trigger_client import TriggerClient

with TriggerClient() as client:  # TRIGGER_SECRET_KEY (and TRIGGER_API_URL) from the environment
    handle = client.tasks.trigger("resize-image", {"url": "https://example.com/cat.png"})
    for run in client.runs.subscribe(handle.id):  # ends by itself when the run finishes
        print(f"{run.updated_at:%H:%M:%S} {run.status:<10} {run.metadata or ''}")
    print("output:", run.output)
"""


def test_readme_realtime_example(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with TriggerEmulator() as emulator:
        emulator.realtime.hold_seconds = 1

        @emulator.task("resize-image")
        def resize(payload: Any) -> dict[str, str]:
            time.sleep(0.3)
            return {"thumbnail": payload["url"].replace(".png", "-small.png")}

        with emulator.serve_in_thread() as url:
            monkeypatch.setenv("TRIGGER_SECRET_KEY", emulator.secret_key)
            monkeypatch.setenv("TRIGGER_API_URL", url)
            exec(compile(README_EXAMPLE, "README.md", "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    statuses = [line.split()[1] for line in lines[:-1]]
    assert statuses[-1] == "COMPLETED" and set(statuses) <= {"QUEUED", "EXECUTING", "COMPLETED"}
    assert lines[-1] == "output: {'thumbnail': 'https://example.com/cat-small.png'}"
