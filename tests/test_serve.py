"""`python -m trigger_client.testing serve` as a user runs it: tasks, the quick start, missing extras."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from trigger_client._optional import MissingDependencyError, require
from trigger_client.testing import TriggerEmulator
from trigger_client.testing.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
EXTRA_HINT = "pip install 'trigger-client[emulator]'"


@contextmanager
def served(*args: str) -> Iterator[dict[str, str]]:
    """Run ``serve`` in a subprocess and yield the variables it prints."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "trigger_client.testing", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # "listening on ..."
        yield dict(proc.stdout.readline().strip().split("=", 1) for _ in range(4))  # type: ignore[misc]
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


def test_quick_start_prints_the_task_output_against_serve() -> None:
    block = re.search(r"## Quick start.*?```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    assert block is not None
    with served("--tasks", "trigger_client.testing.demo:register_demo_tasks") as variables:
        env = {**os.environ, **variables}
        proc = subprocess.run(
            [sys.executable, "-c", block.group(1)], env=env, capture_output=True, text=True, timeout=60, check=False
        )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "COMPLETED {'delivered': True, 'to': 'ada@example.com'}"


def finished_runs(variables: dict[str, str], *tasks: str) -> list[dict[str, Any]]:
    """Trigger each task on a served emulator and return the runs once all have finished."""
    headers = {"Authorization": f"Bearer {variables['TRIGGER_SECRET_KEY']}"}
    with httpx.Client(base_url=variables["TRIGGER_API_URL"], headers=headers, timeout=10) as http:
        ids = [
            http.post(f"/api/v1/tasks/{task}/trigger", json={"payload": {"name": "Ada"}}).json()["id"] for task in tasks
        ]
        for _ in range(200):
            runs = [http.get(f"/api/v3/runs/{run_id}").json() for run_id in ids]
            if all(run["status"] in ("COMPLETED", "FAILED") for run in runs):
                return runs
            http.get("/api/v1/timezones")  # a request-paced wait, bounded by the loop count
    raise AssertionError(f"runs did not finish: {runs}")


def test_serve_registers_a_dict_of_tasks_and_fails_unknown_ones() -> None:
    with served("--tasks", "tests.user_app.tasks:TASKS") as variables:
        greet, typo = finished_runs(variables, "greet", "gret")
    assert greet["status"] == "COMPLETED" and greet["output"] == "hello Ada"
    assert typo["status"] == "FAILED" and "Did you mean 'greet'?" in typo["error"]["message"]


def test_serve_can_complete_unregistered_tasks() -> None:
    with served("--unregistered", "complete") as variables:
        (run,) = finished_runs(variables, "anything")
    assert run["status"] == "COMPLETED" and "output" not in run


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no_colon", "expected MODULE:ATTR"),
        ("tests.user_app.tasks:missing", "has no attribute 'missing'"),
        ("tests.user_app.nowhere:TASKS", "No module named 'tests.user_app.nowhere'"),
        ("tests.user_app.tasks:__name__", "is neither a function nor a dict of task functions"),
    ],
)
def test_serve_refuses_a_bad_tasks_argument(spec: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--tasks", spec]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: --tasks {spec!r}: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("missing", "args", "message"),
    [
        ("uvicorn", [], "serve needs uvicorn"),
        ("openapi_core", ["--validate"], "OpenAPI validation (validate=True, serve --validate) needs openapi_core"),
    ],
)
def test_serve_without_its_extra_says_which_to_install(
    missing: str, args: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    assert main(["serve", *args]) == 2
    assert capsys.readouterr().err == f"error: {message}, which is not installed: {EXTRA_HINT}\n"


def test_validation_without_openapi_core_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openapi_core", None)
    with pytest.raises(MissingDependencyError) as caught:
        TriggerEmulator(validate=True)  # what the trigger_emulator fixture and serve --validate build
    assert str(caught.value) == (
        f"OpenAPI validation (validate=True, serve --validate) needs openapi_core, which is not installed: {EXTRA_HINT}"
    )
    assert isinstance(caught.value, ImportError)  # code that guards with `except ImportError` keeps working


def test_require_keeps_errors_from_a_broken_install(monkeypatch: pytest.MonkeyPatch) -> None:
    assert require("json", extra="x", feature="y").__name__ == "json"
    with pytest.raises(ModuleNotFoundError, match=r"No module named 'json\.nope'"):
        require("json.nope", extra="emulator", feature="x")


def test_installing_the_package_registers_no_pytest_plugin() -> None:
    from importlib.metadata import entry_points

    assert [ep for ep in entry_points(group="pytest11") if ep.value.startswith("trigger_client")] == []
