"""The official TypeScript SDK (``@trigger.dev/sdk``, pinned) works against the emulator over real HTTP.

The SDK is installed from npm once into a cache directory outside the repo and reused. The test
skips only when ``node``/``npm`` are missing or the npm registry cannot be reached; anything else
that goes wrong fails it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from trigger_client.testing import TriggerEmulator

SDK_VERSION = "4.5.12"  # the version the SDK wire reference (sdk-wire.md) was captured from
SCRIPT = Path(__file__).with_name("sdk_script.mjs")
NPM_TIMEOUT_S = 180
SCRIPT_TIMEOUT_S = 90
EXPECTED_STEPS = [
    "tasks.trigger",
    "runs.poll",
    "runs.retrieve",
    "runs.cancel",
    "runs.replay",
    "tasks.batchTrigger",
    "batch.retrieve",
    "runs.list",
    "runs.list(projectRef) with PAT",
    "idempotencyKeys",
    "idempotencyKeys.reset",
    "v3 batch of 250 items",
    "schedules",
    "envvars",
    "queues",
    "wait tokens",
    "cursor pages",
    "batch.trigger and batch.triggerByTask",
    "runs.reschedule",
    "queue concurrency",
    "deployments",
    "runs.bulk",
    "deployments.list filters",
    "query.execute",
    "api errors",
    "large payload offload",
]
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


def _skip(reason: str) -> None:
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


def _ensure_sdk(npm: str) -> Path:
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


def _node_env(sdk_dir: Path, base_url: str, emulator: TriggerEmulator) -> dict[str, str]:
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


@pytest.mark.timeout(300)
def test_official_sdk_against_emulator() -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        _skip("node not installed: official SDK parity not checked")
    assert node is not None and npm is not None
    started = time.monotonic()
    sdk_dir = _ensure_sdk(npm)
    installed = time.monotonic()

    with TriggerEmulator() as emulator:
        # Scheduled, so the SDK's schedules step may target it (checkSchedule.server.ts).
        @emulator.task("hello", scheduled=True)
        def hello(payload: dict[str, str]) -> dict[str, str]:
            return {"greeting": f"hello {payload['name']}"}

        with emulator.serve_in_thread() as base_url:
            assert base_url.startswith("http://127.0.0.1:")
            try:
                result = subprocess.run(
                    [node, str(SCRIPT)],
                    cwd=sdk_dir,
                    env=_node_env(sdk_dir, base_url, emulator),
                    capture_output=True,
                    text=True,
                    timeout=SCRIPT_TIMEOUT_S,
                    check=False,
                )
            except subprocess.TimeoutExpired as exc:
                out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
                pytest.fail(f"SDK script timed out after {SCRIPT_TIMEOUT_S}s; steps so far:\n{out}")

    print(f"SDK install/check {installed - started:.1f}s, script {time.monotonic() - installed:.1f}s")
    steps = _parse_steps(result.stdout)
    problems = []
    for name in EXPECTED_STEPS:
        record = steps.get(name)
        if record is None:
            problems.append(f"step {name!r} did not run")
        elif record.get("ok") is not True:
            problems.append(f"step {name!r} failed: {record.get('error')}")
    problems += [
        f"step {name!r} failed: {record.get('error')}"
        for name, record in steps.items()
        if name not in EXPECTED_STEPS and name != "done" and record.get("ok") is not True
    ]
    if problems or result.returncode != 0 or not steps.get("done", {}).get("ok"):
        details = "\n\n".join(problems) or "(no failing step reported)"
        pytest.fail(
            f"official SDK against the emulator: {len(problems)} step(s) failed\n{details}\n\n"
            f"exit code {result.returncode}\nstderr:\n{result.stderr[-4000:]}"
        )
