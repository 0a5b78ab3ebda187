"""The official SDK 4.8.3 drives the emulator through concurrency limits, the ``concurrency`` trigger option,
replay overrides and a V2 queue's refusal (``sdk_concurrency.mjs``), installed and run the way
``test_official_sdk.py`` runs ``sdk_script.mjs`` (its helpers, pinned to 4.8.3: concurrency limits came in 4.7.7).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.emulator import test_official_sdk as official
from trigger_client.testing import TriggerEmulator

SDK_VERSION = "4.8.3"
SCRIPT = Path(__file__).with_name("sdk_concurrency.mjs")
EXPECTED_STEPS = [
    "concurrencyLimits.list",
    "concurrencyLimits.retrieve",
    "concurrencyLimits.override and reset",
    "concurrencyLimits per key",
    "concurrencyLimits.pause and resume",
    "concurrencyLimits errors",
    "trigger with concurrency names",
    "runs.replay with overrides",
    "V2 queue refuses queue-level overrides",
    "done",
]


@pytest.mark.timeout(300)
def test_official_sdk_drives_concurrency_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        official._skip("node not installed: official SDK concurrency flows not checked")
    assert node is not None and npm is not None
    monkeypatch.setattr(official, "SDK_VERSION", SDK_VERSION)
    sdk_dir = official._ensure_sdk(npm)

    with TriggerEmulator() as emulator:
        emulator.concurrency_limit("openai", total=1)
        emulator.task("report", concurrency=[{"per_key": 1, "total": 2}, "openai"])(lambda payload: payload)
        emulator.task("legacy")(lambda payload: payload)
        with emulator.serve_in_thread() as base_url:
            try:
                result = subprocess.run(
                    [node, str(SCRIPT)],
                    cwd=sdk_dir,
                    env=official._node_env(sdk_dir, base_url, emulator),
                    capture_output=True,
                    text=True,
                    timeout=official.SCRIPT_TIMEOUT_S,
                    check=False,
                )
            except subprocess.TimeoutExpired as exc:
                pytest.fail(f"SDK script timed out; steps so far:\n{exc.stdout!r}")

    steps = official._parse_steps(result.stdout)
    problems = [
        f"step {name!r}: {steps[name].get('error') if name in steps else 'did not run'}"
        for name in EXPECTED_STEPS
        if steps.get(name, {}).get("ok") is not True
    ]
    assert not problems and result.returncode == 0, "\n\n".join(problems) + f"\nstderr:\n{result.stderr[-4000:]}"
