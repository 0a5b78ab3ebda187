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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.benchmarks import sdk, worker, workloads
from tests.benchmarks.plan import FLEET, IMPORT, NODE, PYTHON, Measurement

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
def bench_server(pages: int, limit: str | None = None, batch_limit: str | None = None) -> Iterator[str]:
    """Start the canned server in its own process (behind rate limiters with ``limit`` and ``batch_limit``); yield
    its URL; stop it."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.server",
            "--pages",
            str(pages),
            *(["--limit", limit] if limit else []),
            *(["--batch-limit", batch_limit] if batch_limit else []),
        ],
        cwd=ROOT,
        env=clean_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = process.stdout.readline().strip()
        if not port.isdigit():
            raise MeasurementFailed(f"the bench server did not start (exit code {process.poll()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
    spec = json.dumps({**params, "base_url": base_url})
    return _last_json_line([sys.executable, "-m", "tests.benchmarks.worker", spec], params["workload"])


def run_node(params: dict[str, Any], base_url: str, node_modules: Path) -> dict[str, Any]:
    spec = {
        **params,
        "base_url": base_url,
        "node_modules": str(node_modules),
        "secret_key": workloads.SECRET_KEY,
        "page_size": workloads.PAGE_SIZE,
    }
    return _last_json_line(["node", str(sdk.DRIVER), json.dumps(spec)], f"SDK {params['workload']}")


def plain_install(build: bool) -> tuple[str, str]:
    """An interpreter with the built wheel installed as a user would (``pip install``), and where it came from.

    The dev venv also holds the test and codegen tools, and httpx there imports its CLI's extras, so import
    times measured in it are not a user's. With ``build``, the wheel is built (``uv build``) and installed into a
    plain venv under the bench cache, reinstalled when it changed; without, an existing plain venv is used as it
    is, or else the dev venv, and the answer says so.
    """
    venv = sdk.cache_dir().parent / "plain-venv"
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


def run_import(module: str, samples: int, python: str = sys.executable) -> dict[str, Any]:
    """The median import CPU time of ``module`` over ``samples`` fresh interpreters (after one that fills caches)."""
    _last_line([python, "-c", IMPORT_SNIPPET, module])
    times = [float(_last_line([python, "-c", IMPORT_SNIPPET, module])) for _ in range(samples)]
    return {"unit": "ms", "value": statistics.median(times) * 1000, "samples": samples}


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
    """
    most, refill, interval = params["limit"]
    limit = f"{most}/{refill}/{interval}"
    batch = params["workload"] == "fleet_batch"
    with bench_server(1, None if batch else limit, limit if batch else None) as base_url:
        spec = {**params, "base_url": base_url}
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


def run(
    measurement: Measurement, base_url: str, node_modules: Path | None, python: str = sys.executable
) -> dict[str, Any]:
    """One measurement's result; raises :class:`MeasurementFailed` when its process fails."""
    if measurement.engine == PYTHON:
        return run_python(measurement.params, base_url)
    if measurement.engine == NODE:
        assert node_modules is not None
        return run_node(measurement.params, base_url, node_modules)
    if measurement.engine == IMPORT:
        return run_import(measurement.params["module"], measurement.params["samples"], python)
    if measurement.engine == FLEET:
        return run_fleet(measurement.params)
    raise ValueError(f"unknown engine {measurement.engine!r}")


def import_profile(module: str, top: int, max_depth: int = 3) -> list[tuple[int, int, str]]:
    """The imports costing most while importing ``module`` (``python -X importtime``): cumulative and own µs.

    Only the top ``max_depth`` levels of the import tree: deeper entries are inside those and would repeat them.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
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
