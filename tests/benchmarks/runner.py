"""Running measurements: the server process, one worker process per measurement, results as plain dicts."""

from __future__ import annotations

import hashlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.benchmarks import cold_start, sdk, worker, workloads
from tests.benchmarks.plan import COLD, IMPORT, NODE, PYTHON, Measurement
from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 30
# Generous per process: a measurement's own time is capped by its ``seconds``; this only catches a hang.
MEASUREMENT_TIMEOUT = 120
# Seconds between the last fleet process saying it is ready and their common start.
FLEET_START_DELAY = 0.5
INSTALL_TIMEOUT = 300
# Times the import in a pristine interpreter: nothing of the bench is loaded before it. CPU time, not wall time: on
# a shared machine the wall clock also counts the time other processes held the CPU.
IMPORT_SNIPPET = "import sys, time; t = time.process_time(); __import__(sys.argv[1]); print(time.process_time() - t)"


class MeasurementFailed(Exception):
    """A measurement process failed; the message holds the end of its stderr."""


def clean_env() -> dict[str, str]:
    """The environment of every bench process.

    TRIGGER_* settings of the person running the bench (a branch, another API URL) must not leak into it.
    Bytecode is cached, as in any installed package, but under the bench's cache directory rather than in
    the work tree: with ``PYTHONDONTWRITEBYTECODE`` every process would compile the client from source and
    the import and start-up figures would measure the compiler.
    """
    env = {name: value for name, value in os.environ.items() if not name.startswith("TRIGGER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(sdk.cache_dir().parent / "pycache")
    return env


@contextmanager
def server_process(module: str, *args: str) -> Iterator[str]:
    """Start the bench server ``module`` (``python -m module args``, which prints its port once it listens) in its own
    process; yield its URL; stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args], cwd=ROOT, env=clean_env(), stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        port = process.stdout.readline().strip()
        if not port.isdigit():
            raise MeasurementFailed(f"{module} did not start (exit code {process.poll()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bench_server(
    pages: int, limit: str | None = None, batch_limit: str | None = None, delay_ms: float = 0
) -> AbstractContextManager[str]:
    """The canned server (behind rate limiters with ``limit`` and ``batch_limit``, answering ``delay_ms`` late), as a
    context manager yielding its URL."""
    return server_process(
        "tests.benchmarks.server",
        "--pages",
        str(pages),
        *(["--limit", limit] if limit else []),
        *(["--batch-limit", batch_limit] if batch_limit else []),
        *(["--delay-ms", str(delay_ms)] if delay_ms else []),
    )


# --- batch.100k: a group that names a ``server`` (bench_server's flags) runs against a server of its own ---
@contextmanager
def group_server(group: list[Measurement], base_url: str) -> Iterator[str]:
    """The URL ``group`` runs against: a fresh server with the flags its first member's ``server`` names, or
    ``base_url``, the run's shared one."""
    flags = group[0].params.get("server")
    if flags is None:
        yield base_url
        return
    with bench_server(1, **flags) as url:
        yield url


def _last_json_line(command: list[str], what: str) -> dict[str, Any]:
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=MEASUREMENT_TIMEOUT
        )
    except subprocess.TimeoutExpired as exc:
        raise MeasurementFailed(f"{what}: no result within {MEASUREMENT_TIMEOUT} s") from exc
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        # Keep it short: a failing SDK schema check prints every item of the page it rejected.
        tail = " | ".join(line.strip()[:200] for line in done.stderr.strip().splitlines()[-3:])
        raise MeasurementFailed(f"{what} exited with {done.returncode}: {tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def run_python(params: dict[str, Any], base_url: str) -> dict[str, Any]:
    """One worker process running its rounds by itself (a profile's)."""
    spec = json.dumps({**params, "base_url": base_url})
    return _last_json_line([sys.executable, "-m", "tests.benchmarks.worker", spec], params["workload"])


class ProcessTurns:
    """A worker process (Python, or the Node driver) taking its rounds in turns (the worker's ``turns`` protocol).

    Started at once, so that the processes of a group warm up side by side; :meth:`ready` waits for its warm-up.
    """

    def __init__(self, command: list[str], what: str) -> None:
        self.what = what
        # A file, not a pipe: a chatty stderr cannot block the process; closed in close().
        self.errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=clean_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )

    def ready(self) -> None:
        while self._line() != "ready":
            pass  # anything the process printed while starting

    def round(self) -> dict[str, Any]:
        self._send("round")
        return self._json()

    def finish(self) -> dict[str, Any]:
        self._send("done")
        return self._json()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream:
                stream.close()
        self.errors.close()

    def _send(self, command: str) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            raise self._failure() from None

    def _json(self) -> dict[str, Any]:
        while not (line := self._line()).startswith("{"):
            pass
        result: dict[str, Any] = json.loads(line)
        return result

    def _line(self) -> str:
        """The next line of output; the process is killed if it says nothing for :data:`MEASUREMENT_TIMEOUT` s."""
        assert self.process.stdout is not None
        watchdog = threading.Timer(MEASUREMENT_TIMEOUT, self.process.kill)
        watchdog.start()
        try:
            line = self.process.stdout.readline()
        finally:
            watchdog.cancel()
        if not line:
            raise self._failure()
        return line.strip()

    def _failure(self) -> MeasurementFailed:
        code = self.process.wait()
        self.errors.seek(0)
        # Keep it short: a failing SDK schema check prints every item of the page it rejected.
        tail = " | ".join(line.strip()[:200] for line in self.errors.read().strip().splitlines()[-3:])
        return MeasurementFailed(f"{self.what} exited with {code}: {tail}")


class ImportTurns:
    """Timing an import: each round a fresh interpreter importing the module, its CPU time the round's cost.

    CPU time, not wall time: on a shared machine the wall clock also counts the time other processes held the CPU.
    ``command`` gives another program for each round instead (cold.start's), which prints its CPU seconds and its
    wall seconds: the wall time is kept beside the CPU time.
    """

    def __init__(self, module: str, python: str, command: Callable[[], list[str]] | None = None) -> None:
        self.command = command or (lambda: [python, "-c", IMPORT_SNIPPET, module])
        self.rounds: list[float] = []
        self.walls: list[float] = []

    def ready(self) -> None:
        _last_line(self.command())  # the first after a change writes the bytecode cache

    def round(self) -> dict[str, Any]:
        cpu, *wall = (float(figure) for figure in _last_line(self.command()).split())
        self.rounds.append(cpu)
        self.walls += wall
        return {"ops": 1, "cpu_seconds": cpu, "seconds": wall[0] if wall else cpu}

    def finish(self) -> dict[str, Any]:
        result = {"unit": "ms", "value": statistics.median(self.rounds) * 1000, "samples": len(self.rounds)}
        if self.walls:
            result["wall_ms"] = statistics.median(self.walls) * 1000
        return result

    def close(self) -> None:
        pass


Turns = ProcessTurns | ImportTurns


def start_turns(measurement: Measurement, base_url: str, node_modules: Path | None, python: str) -> Turns:
    """The measurement's process (or, for an import, its series of interpreters), ready to take turns."""
    params = {**measurement.params, "base_url": base_url, "turns": True}
    if measurement.engine == PYTHON:
        return ProcessTurns([sys.executable, "-m", "tests.benchmarks.worker", json.dumps(params)], measurement.key)
    if measurement.engine == NODE:
        assert node_modules is not None
        spec = {
            **params,
            "node_modules": str(node_modules),
            "secret_key": workloads.SECRET_KEY,
            "page_size": workloads.PAGE_SIZE,
        }
        return ProcessTurns(["node", str(sdk.DRIVER), json.dumps(spec)], measurement.key)
    if measurement.engine == IMPORT:
        return ImportTurns(measurement.params["module"], python)
    # --- cold.start ---
    if measurement.engine == COLD:
        return ImportTurns(measurement.key, python, cold_start.command(measurement.params["kind"], python, base_url))
    raise ValueError(f"engine {measurement.engine!r} does not take turns")


@dataclass
class GroupRun:
    """What a group of measurements taking turns gave: each one's rounds (round ``i`` of each ran in the same
    cycle), its summary, and the measurements that failed and were dropped (the SDK's only: ours failing raises)."""

    rounds: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    cycles: int = 0


def run_group(
    group: list[Measurement],
    cycles: int,
    base_url: str,
    node_modules: Path | None,
    python: str = sys.executable,
    more: Callable[[GroupRun], bool] | None = None,
    max_cycles: int = 0,
) -> GroupRun:
    """Run ``group`` side by side: every member in a process of its own, warmed up, then ``cycles`` cycles in which
    each member runs one round while the others wait, so the rounds of a cycle share the load of their moment; then
    more cycles, up to ``max_cycles`` in all, for as long as ``more`` says the figures are not yet known well enough.

    The order within a cycle rotates (AB, BA, …) so that neither side always runs right after the other.
    """
    out = GroupRun()
    members: dict[str, Turns] = {}
    try:
        for measurement in group:
            members[measurement.key] = start_turns(measurement, base_url, node_modules, python)
        for key in list(members):
            _guard(out, group, members, key, lambda turns: turns.ready())
        cycle = 0
        while cycle < cycles or (more is not None and cycle < max_cycles and more(out)):
            keys = list(members)
            shift = cycle % len(keys) if keys else 0
            for key in keys[shift:] + keys[:shift]:
                record = _guard(out, group, members, key, lambda turns: turns.round())
                if record is not None:
                    out.rounds.setdefault(key, []).append(record)
            cycle += 1
        out.cycles = cycle
        for key in list(members):
            summary = _guard(out, group, members, key, lambda turns: turns.finish())
            if summary is not None:
                out.summaries[key] = summary
    finally:
        for turns in members.values():
            turns.close()
    return out


def _guard(
    out: GroupRun,
    group: list[Measurement],
    members: dict[str, Turns],
    key: str,
    step: Callable[[Turns], dict[str, Any] | None],
) -> dict[str, Any] | None:
    """``step`` of a member; when the SDK's fails, it is dropped with the reason (ours failing is a broken bench)."""
    try:
        return step(members[key])
    except MeasurementFailed as exc:
        engine = next(measurement.engine for measurement in group if measurement.key == key)
        if engine != NODE:
            raise
        members.pop(key).close()
        out.rounds.pop(key, None)
        out.skipped[key] = str(exc)
        return None


def plain_install(build: bool) -> tuple[str, str]:
    """An interpreter with the built wheel installed as a user would (``pip install``), and where it came from.

    The dev venv also holds the test and codegen tools, and httpx there imports its CLI's extras, so import
    times measured in it are not a user's. With ``build``, the wheel is built (``uv build``) and installed into a
    plain venv under the bench cache, reinstalled when it changed; without, an existing plain venv is used as it
    is, or else the dev venv, and the answer says so.
    """
    # One per checkout: worktrees of the repository share the cache, and one's wheel must not time another's import.
    venv = sdk.cache_dir().parent / f"plain-venv-{hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]}"
    python = venv / "bin" / "python"
    if not build:
        if python.exists():
            return str(python), f"plain venv {venv} (not rebuilt in a quick run)"
        return sys.executable, "the dev venv (no plain venv yet; a full run builds one)"
    with tempfile.TemporaryDirectory() as out:
        uv = Path(sys.executable).with_name("uv")
        subprocess.run(
            [str(uv), "build", "--wheel", "--out-dir", out, "--quiet"], cwd=ROOT, check=True, timeout=INSTALL_TIMEOUT
        )
        wheel = next(Path(out).glob("*.whl"))
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        marker = venv / "installed-wheel.sha256"
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=INSTALL_TIMEOUT)
        if not marker.exists() or marker.read_text() != digest:
            pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--force-reinstall"]
            subprocess.run([*pip, "--no-deps", str(wheel)], check=True, timeout=INSTALL_TIMEOUT)
            subprocess.run([*pip[:-1], str(wheel)], check=True, timeout=INSTALL_TIMEOUT)  # its dependencies
            marker.write_text(digest)
    return str(python), f"plain venv {venv} with the wheel built from this tree"


def _last_line(command: list[str]) -> str:
    # Outside the work tree: from there, ``import trigger_client`` would find the source, not the installed package.
    done = subprocess.run(
        command,
        cwd=sdk.cache_dir().parent,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=MEASUREMENT_TIMEOUT,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def run_fleet(params: dict[str, Any]) -> dict[str, Any]:
    """``processes`` workers on one key against a fresh rate-limited server, all starting at the same moment.

    ``allowed`` is what the bucket could grant over the run (its burst plus every refill that came), so
    ``achieved / allowed`` is the share of the budget the fleet used; the server counts requests and 429s. A trigger
    fleet's bucket is the API limiter's (a token a request), a batch fleet's the batch limiter's (a token an item).
    With ``redis`` the fleet shares the batch bucket through a redis-server started for the run.
    """
    most, refill, interval = params["limit"]
    limit = f"{most}/{refill}/{interval}"
    batch = params["workload"] == "fleet_batch"
    with ExitStack() as stack:
        base_url = stack.enter_context(bench_server(1, None if batch else limit, limit if batch else None))
        spec = {**params, "base_url": base_url}
        if params.get("redis"):
            directory = stack.enter_context(tempfile.TemporaryDirectory(prefix="trigger-bench-redis-"))
            try:
                spec["redis_url"] = stack.enter_context(RedisServer(Path(directory))).url
            except RuntimeError as exc:
                raise MeasurementFailed(str(exc)) from None
        if batch:
            spec["items"] = params["items"] // params["processes"]
        command = [sys.executable, "-m", "tests.benchmarks.worker", json.dumps(spec)]
        workers = [
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=clean_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(params["processes"])
        ]
        try:
            # Every process has imported the client and warmed up before the common start.
            for process in workers:
                assert process.stdout is not None
                if process.stdout.readline().strip() != "ready":
                    raise MeasurementFailed(f"a fleet worker failed to start: {_stderr_tail(process)}")
            start_at = time.time() + FLEET_START_DELAY
            members = []
            for process in workers:
                out, err = process.communicate(f"{start_at}\n", timeout=MEASUREMENT_TIMEOUT)
                if process.returncode != 0:
                    raise MeasurementFailed(f"fleet worker exited with {process.returncode}: {err.strip()[-300:]}")
                members.append(json.loads(out.strip().splitlines()[-1]))
        finally:
            for process in workers:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        stats = worker.server_stats(base_url)
    requests = stats["requests"] - sum(member["warmup_requests"] for member in members)
    # The window: from the common start to the end of sending (a trigger fleet's deadline, a batch's last grant);
    # the budget in it is the burst plus the refills the bucket (started by the fleet's first request) made in it.
    grants = stats["grants"]
    end = max(at for at, _ in grants) if batch else start_at + params["seconds"]
    granted = sum(tokens for at, tokens in grants if at <= end)
    elapsed = end - start_at
    allowed = most + refill * math.floor((end - stats["first_limited"]) / interval)
    result = {
        "unit": "items" if batch else "req",
        "throughput": granted / elapsed,
        "seconds": elapsed,
        "processes": params["processes"],
        "allowed_per_s": allowed / elapsed,
        "achieved_per_s": granted / elapsed,
        "achieved_share": granted / allowed,
        "requests": requests,
        "responses_429": stats["responses_429"],
        "share_429": stats["responses_429"] / requests if requests else 0.0,
        "errors": sum(member["errors"] for member in members),
        "pacer_waits": sum(member["pacer_waits"] for member in members),
    }
    if batch:
        result["items"] = sum(member["done"] for member in members)
        result["items_per_s"] = result["items"] / elapsed
    return result


def _stderr_tail(process: subprocess.Popen[str]) -> str:
    process.kill()
    _, err = process.communicate()
    return err.strip()[-300:]


def import_profile(
    module: str, top: int, max_depth: int = 3, code: list[str] | None = None
) -> list[tuple[int, int, str]]:
    """The imports costing most while importing ``module`` (``python -X importtime``): cumulative and own µs.

    Only the top ``max_depth`` levels of the import tree: deeper entries are inside those and would repeat them.
    ``code`` (a ``-c`` program and its arguments) runs instead of the import: what it imports along the way.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", *(code or [f"import {module}"])],
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=MEASUREMENT_TIMEOUT,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        # "import time:       self [us] |  cumulative | imported package", nested two spaces per level
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= max_depth:
            rows.append((int(parts[1]), int(parts[0]), name))
    return sorted(rows, reverse=True)[:top]
