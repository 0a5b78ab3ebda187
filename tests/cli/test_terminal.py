"""The command in a real terminal: tmux runs it against the served emulator and the test reads the screen with
``capture-pane``, polling up to a deadline (never a sleep that asserts timing). Every distinct screen is kept in
``tests/cli/_artefacts/<test>.txt`` (gitignored), the transcript of what a person would have seen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Served
from trigger_client import TriggerClient

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = Path(__file__).resolve().parent / "_artefacts"
SCRIPT = Path(sys.executable).parent / "trigger-client"
DEADLINE = 60.0  # seconds a screen may take to show what is awaited, on a loaded machine

if shutil.which("tmux") is None:
    if os.environ.get("CI"):
        pytest.fail("tmux is missing: `make system-packages` installs it", pytrace=False)
    pytest.skip("tmux is not installed (make system-packages installs it)", allow_module_level=True)


class Terminal:
    """One command in a detached tmux session of its own server (``-L``), 120x30."""

    def __init__(self, name: str, command: str, env: dict[str, str]) -> None:
        self.name = name
        self.socket = f"trigger-cli-{os.getpid()}-{name}"
        self.frames: list[str] = []
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        # The exit status is printed after the command, and the shell stays so the last screen can be read.
        script = f'cd {shlex.quote(str(ROOT))} && env {exports} {command}; echo "exit=$?"; sleep 600'
        self._tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "30", script)

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def screen(self, *, escapes: bool = False) -> str:
        text = self._tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.name)
        if not escapes and (not self.frames or self.frames[-1] != text):
            self.frames.append(text)
        return text

    def wait_for(self, ready: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + DEADLINE
        while True:
            text = self.screen()
            if ready(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never showed what was awaited; last screen:\n{text}")
            time.sleep(0.05)  # the polling period, not an assertion about time

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", self.name, *keys)

    def close(self) -> None:
        ARTEFACTS.mkdir(exist_ok=True)
        frames = [f"--- screen {i} ---\n{frame.rstrip()}\n" for i, frame in enumerate(self.frames, 1)]
        (ARTEFACTS / f"{self.name}.txt").write_text("".join(frames), encoding="utf-8")
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


@pytest.fixture
def terminal(served: Served) -> Iterator[Callable[[str, str], Terminal]]:
    opened: list[Terminal] = []

    def open_(name: str, arguments: str) -> Terminal:
        opened.append(Terminal(name, f"{SCRIPT} {arguments}", served.env))
        return opened[-1]

    yield open_
    for term in opened:
        term.close()
        for frame in term.frames:  # the transcripts are kept: they must not hold the key
            assert served.emulator.secret_key not in frame


def test_runs_watch_updates_in_place_and_exits_0_when_the_run_completes(
    served: Served, terminal: Callable[[str, str], Terminal]
) -> None:
    with TriggerClient() as client:
        run_id = client.tasks.trigger("wait-for-gate", {"job": 1}, tags=["cli"]).id
        term = terminal("runs-watch", f"runs watch {run_id}")
        term.wait_for(lambda s: "EXECUTING" in s and "attempt   1" in s)
        client.runs.update_metadata(run_id, {"progress": 0.5})
        client.runs.add_tags(run_id, ["halfway"])
        screen = term.wait_for(lambda s: '"progress": 0.5' in s and "cli, halfway" in s)
        assert screen.count("status") == 1  # redrawn in place, not appended
        served.gate.set()
        screen = term.wait_for(lambda s: "exit=" in s)
    assert "COMPLETED" in screen and '"opened": true' in screen and "exit=0" in screen
    assert screen.count("status") == 1


def test_ctrl_c_stops_runs_watch_cleanly_with_status_130(
    served: Served, terminal: Callable[[str, str], Terminal]
) -> None:
    with TriggerClient() as client:
        run_id = client.tasks.trigger("wait-for-gate", {"job": 2}).id
    term = terminal("runs-watch-ctrl-c", f"runs watch {run_id}")
    term.wait_for(lambda s: "EXECUTING" in s)
    term.keys("C-c")
    screen = term.wait_for(lambda s: "exit=" in s)
    assert "interrupted" in screen and "exit=130" in screen and "Traceback" not in screen


def test_batch_progress_bar_counts_accepted_and_refused_items(
    served: Served, terminal: Callable[[str, str], Terminal], tmp_path: Path
) -> None:
    source = tmp_path / "emails.jsonl"
    lines = [f'{{"payload": {{"to": "user{i}@example.com"}}}}' for i in range(11)] + ["oops"]
    source.write_text("\n".join(lines) + "\n")
    term = terminal("batch-progress", f"batch trigger send-email --from {source} --chunk-size 4 --idempotency-key b1")
    screen = term.wait_for(lambda s: "exit=" in s)
    assert "items" in screen and "12/12" in screen and "━" in screen and "11 accepted, 1 refused" in screen
    assert "items[11] (line 12): not JSON" in screen and "exit=1" in screen
    assert len(served.runs("send-email")) == 11


def test_runs_list_is_a_table_with_coloured_statuses(served: Served, terminal: Callable[[str, str], Terminal]) -> None:
    with TriggerClient() as client:
        ok = client.tasks.trigger("send-email", {"to": "a"}).id
        client.runs.poll(ok, interval=0.05)
    term = terminal("runs-list", "runs list")
    screen = term.wait_for(lambda s: "exit=0" in s)
    header = screen.splitlines()[0].split()
    assert header == ["ID", "TASK", "STATUS", "VERSION", "CREATED", "DURATION"]
    assert ok in screen and "ago)" in screen
    assert "\x1b[32mCOMPLETED" in term.screen(escapes=True)  # green


def test_runs_bulk_cancel_asks_on_the_terminal_then_shows_progress(
    served: Served, terminal: Callable[[str, str], Terminal]
) -> None:
    with TriggerClient() as client:
        for i in range(3):
            client.tasks.trigger("send-email", {"to": str(i)}, delay="1h", tags=["drain"])
    term = terminal("runs-bulk-cancel", "runs bulk cancel --tag drain")
    term.wait_for(lambda s: "Cancel 3 run(s)? [y/N]" in s)
    term.keys("y", "Enter")
    screen = term.wait_for(lambda s: "exit=" in s)
    assert "3/3" in screen and "3 succeeded, 0 failed of 3" in screen and "exit=0" in screen
    assert sorted(run["status"] for run in served.runs("send-email")) == ["CANCELED"] * 3


def test_no_color_draws_the_table_without_colours(served: Served, terminal: Callable[[str, str], Terminal]) -> None:
    with TriggerClient() as client:
        client.runs.poll(client.tasks.trigger("send-email", {"to": "a"}).id, interval=0.05)
    term = terminal("runs-list-no-color", "--no-color runs list")
    term.wait_for(lambda s: "exit=0" in s)
    coloured = term.screen(escapes=True)
    assert "COMPLETED" in coloured and "\x1b[32m" not in coloured
