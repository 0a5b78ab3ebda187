"""Running measurements: the server process, one worker process per measurement, results as plain dicts."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.benchmarks import sdk, workloads
from tests.benchmarks.plan import IMPORT, NODE, PYTHON, Measurement

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 30
# Generous per process: a measurement's own time is capped by its ``seconds``; this only catches a hang.
MEASUREMENT_TIMEOUT = 120
# Times the import in a pristine interpreter: nothing of the bench is loaded before it.
IMPORT_SNIPPET = "import sys, time; t = time.perf_counter(); __import__(sys.argv[1]); print(time.perf_counter() - t)"


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
def bench_server(pages: int) -> Iterator[str]:
    """Start the canned server in its own process; yield its base URL; stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.server", "--pages", str(pages)],
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


def run_import(module: str, samples: int) -> dict[str, Any]:
    """The median import time of ``module`` over ``samples`` fresh interpreters (after one that fills caches)."""
    _last_line([sys.executable, "-c", IMPORT_SNIPPET, module])
    times = [float(_last_line([sys.executable, "-c", IMPORT_SNIPPET, module])) for _ in range(samples)]
    return {"unit": "ms", "value": statistics.median(times) * 1000, "samples": samples}


def _last_line(command: list[str]) -> str:
    done = subprocess.run(
        command, cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=MEASUREMENT_TIMEOUT, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def run(measurement: Measurement, base_url: str, node_modules: Path | None) -> dict[str, Any]:
    """One measurement's result; raises :class:`MeasurementFailed` when its process fails."""
    if measurement.engine == PYTHON:
        return run_python(measurement.params, base_url)
    if measurement.engine == NODE:
        assert node_modules is not None
        return run_node(measurement.params, base_url, node_modules)
    if measurement.engine == IMPORT:
        return run_import(measurement.params["module"], measurement.params["samples"])
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
