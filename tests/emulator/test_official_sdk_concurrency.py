"""The official SDK 4.8.3 drives the emulator through concurrency limits, the ``concurrency`` trigger option,
replay overrides and a V2 queue's refusal (``sdk_concurrency.mjs``), installed and run by the shared
runner of ``tests/emulator/official_sdk.py`` (concurrency limits came in 4.7.7).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.emulator.official_sdk import run_sdk_script
from trigger_client.testing import TriggerEmulator

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
]


@pytest.mark.timeout(300)
def test_official_sdk_drives_concurrency_limits() -> None:
    with TriggerEmulator() as emulator:
        emulator.concurrency_limit("openai", total=1)
        emulator.task("report", concurrency=[{"per_key": 1, "total": 2}, "openai"])(lambda payload: payload)
        emulator.task("legacy")(lambda payload: payload)
        run_sdk_script(SCRIPT, emulator, EXPECTED_STEPS)
