"""The official TypeScript SDK (``@trigger.dev/sdk``, pinned in ``official_sdk.py``) works against the emulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks import sdk as bench_sdk
from tests.emulator import official_sdk
from tests.emulator.official_sdk import run_sdk_script
from trigger_client.testing import TriggerEmulator

SCRIPT = Path(__file__).with_name("sdk_script.mjs")
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


@pytest.mark.timeout(300)
def test_official_sdk_against_emulator() -> None:
    # validate=True: every request the SDK sends and every answer it gets is checked against the patched spec.
    with TriggerEmulator(validate=True) as emulator:
        # Scheduled, so the SDK's schedules step may target it (checkSchedule.server.ts).
        @emulator.task("hello", scheduled=True)
        def hello(payload: dict[str, str]) -> dict[str, str]:
            return {"greeting": f"hello {payload['name']}"}

        run_sdk_script(SCRIPT, emulator, EXPECTED_STEPS)
    assert emulator.validation_errors == []


def test_the_bench_compares_with_the_same_sdk() -> None:
    assert bench_sdk.SDK_VERSION == official_sdk.SDK_VERSION
