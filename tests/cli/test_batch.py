"""``batch trigger``: items from JSON lines, refusals by index, and a re-run after Ctrl-C that creates no run twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Invoke, Served
from trigger_client import _batching
from trigger_client._idempotency import batch_item_key


def _items(path: Path, count: int, *, task: str | None = None) -> Path:
    lines = []
    for i in range(count):
        item: dict[str, Any] = {"payload": {"to": f"user{i}@example.com"}, "options": {"tags": ["newsletter"]}}
        if task is not None:
            item["task"] = task
        lines.append(json.dumps(item))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_batch_of_one_task_reports_refused_items_by_line(cli: Invoke, served: Served, tmp_path: Path) -> None:
    source = _items(tmp_path / "items.jsonl", 5)
    with source.open("a") as handle:
        handle.write("not json\n")
        handle.write('{"payload": {"to": "x"}, "options": {"machine": "huge"}}\n')
        handle.write("\n")  # a blank line is skipped
        handle.write("[1, 2]\n")
    result = cli("--json", "batch", "trigger", "send-email", "--from", str(source), "--chunk-size", "2")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["accepted"] == 5 and summary["refused"] == 3 and len(summary["batch_ids"]) == 3
    errors = {error["line"]: error["error"] for error in summary["errors"]}
    assert sorted(errors) == [6, 7, 9]
    assert errors[6].startswith("not JSON")
    assert errors[7].startswith("machine: must be one of micro")
    assert "must be a JSON object" in errors[9]
    assert len(served.runs("send-email")) == 5

    plain = cli("batch", "trigger", "send-email", "--from", str(source))
    assert plain.exit_code == 1
    assert plain.stdout.startswith("5 accepted, 3 refused; batches: batch_")
    assert "items[6] (line 7): machine: must be one of" in plain.stderr


def test_batch_by_task_takes_the_task_from_each_line(cli: Invoke, served: Served, tmp_path: Path) -> None:
    source = _items(tmp_path / "items.jsonl", 3, task="send-email")
    result = cli("--json", "batch", "trigger", "--from", str(source))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["accepted"] == 3
    assert len(served.runs("send-email")) == 3


def _interrupt_on_stream(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """Ctrl-C while the ``number``-th batch's items are being sent: the batch exists, its items do not."""
    original = _batching.stream_operation
    calls = []

    def stream(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == number:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    monkeypatch.setattr(_batching, "stream_operation", stream)


def test_an_interrupted_batch_resumes_without_duplicates(
    cli: Invoke, served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _items(tmp_path / "items.jsonl", 7)
    args = ("batch", "trigger", "send-email", "--from", str(source), "--chunk-size", "3", "--idempotency-key", "nl-1")
    with monkeypatch.context() as patch:
        _interrupt_on_stream(patch, 2)
        interrupted = cli(*args)
    assert interrupted.exit_code == 130
    assert "Interrupted after 3 of 7 items. Run the same command again to resume" in interrupted.stderr
    assert "Traceback" not in interrupted.stderr
    assert len(served.runs("send-email")) == 3  # the first chunk; the second's batch exists without items

    resumed = cli("--json", *args)
    assert resumed.exit_code == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["accepted"] == 7 and summary["refused"] == 0
    assert len(summary["resumed_batch_ids"]) == 1  # the first chunk: nothing of it was sent again
    assert "resuming the unfinished batch of items 3-5" in resumed.stderr
    runs = served.runs("send-email")
    assert len(runs) == 7
    # Each line's run carries the key the library derives for that index of one call over the whole file.
    assert sorted(run["idempotency_key"] for run in runs) == sorted(batch_item_key("nl-1", i) for i in range(7))

    again = cli("--json", *args)  # a third run: every chunk is found sent, no run is added
    assert json.loads(again.stdout)["resumed_batch_ids"] and len(served.runs("send-email")) == 7


def test_without_a_key_an_interrupt_says_a_re_run_sends_again(
    cli: Invoke, served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _items(tmp_path / "items.jsonl", 4)
    _interrupt_on_stream(monkeypatch, 1)
    result = cli("batch", "trigger", "send-email", "--from", str(source))
    assert result.exit_code == 130
    assert "Without --idempotency-key, a re-run sends every item again." in result.stderr
