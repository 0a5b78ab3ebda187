"""Run a ``.mjs`` script that drives the official TypeScript SDK (``@trigger.dev/sdk``, pinned) against an emulator.

The SDK is installed from npm once into a cache directory outside the repo and reused. A run skips only when
``node``/``npm`` are missing or the npm registry cannot be reached; anything else that goes wrong fails the test.

A script prints one JSON line per step, ``{"step": name, "ok": true}`` or ``{"step": name, "ok": false, "error":
...}``, and a last ``{"step": "done", "ok": ...}`` line (see ``sdk_script.mjs``). It finds the SDK through the
``TRIGGER_SDK_DIR`` variable and the emulator through ``TRIGGER_API_URL``, ``TRIGGER_SECRET_KEY``,
``TRIGGER_ACCESS_TOKEN`` (a PAT) and ``TRIGGER_PROJECT_REF``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

from trigger_client.testing import TriggerEmulator

# The SDK the client's wire format, vectors and bench baseline are checked against.
SDK_VERSION = "4.8.3"
NPM_TIMEOUT_S = 180
SCRIPT_TIMEOUT_S = 90
# npm error codes meaning "the registry could not be reached" (as opposed to a broken install).
_UNREACHABLE = (
    "ENOTFOUND",
    "EAI_AGAIN",
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "ERR_SOCKET_TIMEOUT",
    "network request",
)


@dataclass(frozen=True)
class SdkRun:
    """What a script reported: its steps by name, and the process's output."""

    steps: dict[str, dict[str, Any]]
    stdout: str
    stderr: str
    returncode: int


def _skip(reason: str) -> NoReturn:
    print(reason, file=sys.stderr)
    pytest.skip(reason)


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trigger-client-tests"


def _installed_version(sdk_dir: Path) -> str | None:
    manifest = sdk_dir / "node_modules" / "@trigger.dev" / "sdk" / "package.json"
    try:
        return str(json.loads(manifest.read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_sdk(npm: str) -> Path:
    """The cache directory holding ``@trigger.dev/sdk@SDK_VERSION``, installing it on first use."""
    sdk_dir = _cache_root() / f"sdk-{SDK_VERSION}"
    if _installed_version(sdk_dir) == SDK_VERSION:
        return sdk_dir
    sdk_dir.parent.mkdir(parents=True, exist_ok=True)
    # Install into a private directory and rename it into place, so an interrupted or concurrent
    # install never leaves a half-populated cache behind.
    staging = sdk_dir.parent / f".sdk-{SDK_VERSION}.{os.getpid()}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    manifest = {"name": "trigger-client-sdk-parity", "private": True, "dependencies": {"@trigger.dev/sdk": SDK_VERSION}}
    (staging / "package.json").write_text(json.dumps(manifest, indent=2))
    command = [npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--fetch-retries=1"]
    try:
        result = subprocess.run(
            command, cwd=staging, capture_output=True, text=True, timeout=NPM_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        _skip(f"npm registry unreachable (install timed out after {NPM_TIMEOUT_S}s): official SDK parity not checked")
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        output = result.stdout + result.stderr
        code = next((code for code in _UNREACHABLE if code in output), None)
        if code is not None:
            _skip(f"npm registry unreachable ({code}): official SDK parity not checked")
        pytest.fail(f"npm install @trigger.dev/sdk@{SDK_VERSION} failed:\n{output}")
    if _installed_version(staging) != SDK_VERSION:
        pytest.fail(f"npm install did not produce @trigger.dev/sdk@{SDK_VERSION} in {staging}")
    try:
        staging.rename(sdk_dir)
    except OSError:
        # Another process won the race (or a stale directory is in the way).
        if _installed_version(sdk_dir) != SDK_VERSION:
            shutil.rmtree(sdk_dir, ignore_errors=True)
            staging.rename(sdk_dir)
    shutil.rmtree(staging, ignore_errors=True)
    return sdk_dir


def _node_env(sdk_dir: Path, base_url: str, emulator: TriggerEmulator, extra: Mapping[str, str]) -> dict[str, str]:
    # A clean environment: stray TRIGGER_*/VERCEL_* variables would change what the SDK sends.
    keep = ("PATH", "HOME", "LANG", "TMPDIR", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        TRIGGER_API_URL=base_url,
        TRIGGER_SECRET_KEY=emulator.secret_key,
        TRIGGER_ACCESS_TOKEN=emulator.pat,
        TRIGGER_PROJECT_REF=emulator.project_ref,
        TRIGGER_SDK_DIR=str(sdk_dir),
        NODE_PATH=str(sdk_dir / "node_modules"),
    )
    env.update(extra)
    return env


def _parse_steps(stdout: str) -> dict[str, dict[str, Any]]:
    steps: dict[str, dict[str, Any]] = {}
    for line in stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "step" in record:
            steps[str(record["step"])] = record
    return steps


def run_sdk_script(
    script: Path,
    emulator: TriggerEmulator,
    expected_steps: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    timeout_s: float = SCRIPT_TIMEOUT_S,
) -> SdkRun:
    """Serve ``emulator`` over real HTTP, run ``script`` with the official SDK, and fail unless every step passed.

    Every name in ``expected_steps`` must report ok, any other step reported must be ok too, and the script must end
    with an ok ``done`` line and exit 0. ``env`` adds variables for the script. Skips when node/npm are absent or
    npm cannot reach its registry.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        _skip("node not installed: official SDK parity not checked")
    sdk_dir = ensure_sdk(npm)
    with emulator.serve_in_thread() as base_url:
        try:
            result = subprocess.run(
                [node, str(script.resolve())],
                cwd=sdk_dir,
                env=_node_env(sdk_dir, base_url, emulator, env or {}),
                capture_output=True,
                text=True,
                timeout=timeout_s,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
            pytest.fail(f"{script.name} timed out after {timeout_s}s; steps so far:\n{out}")
    run = SdkRun(_parse_steps(result.stdout), result.stdout, result.stderr, result.returncode)
    problems = []
    for name in expected_steps:
        record = run.steps.get(name)
        if record is None:
            problems.append(f"step {name!r} did not run")
        elif record.get("ok") is not True:
            problems.append(f"step {name!r} failed: {record.get('error')}")
    problems += [
        f"step {name!r} failed: {record.get('error')}"
        for name, record in run.steps.items()
        if name not in expected_steps and name != "done" and record.get("ok") is not True
    ]
    if problems or run.returncode != 0 or not run.steps.get("done", {}).get("ok"):
        details = "\n\n".join(problems) or "(no failing step reported)"
        pytest.fail(
            f"official SDK {SDK_VERSION} ({script.name}) against the emulator: {len(problems)} step(s) failed\n"
            f"{details}\n\nexit code {run.returncode}\nstderr:\n{run.stderr[-4000:]}"
        )
    return run
