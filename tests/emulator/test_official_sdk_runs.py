"""The official ApiClient of ``@trigger.dev/core`` 4.8.3 inspects runs on the emulator over real HTTP.

Traces (whole, paged and reassembled by the SDK's ``assembleRunTracePages``), span details, input streams, presigned
URLs of offloaded packets and run metadata, each answer parsed by the SDK's zod schemas. The script runs twice on a
manual clock: it sends to an input stream, the test runs the task, and the second run reads the task's output back.
Installed, cached and skipped as in ``tests/emulator/official_sdk.py``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.emulator.official_sdk import run_sdk_script
from trigger_client import TriggerClient
from trigger_client.testing import ManualClock, TriggerEmulator

SCRIPT = Path(__file__).with_name("sdk_runs_script.mjs")
INSPECT = [
    "retrieveRunTrace",
    "retrieveRunTracePage and assembleRunTracePages",
    "retrieveSpan",
    "sendInputStream",
    "getRunPacketUrl payload and output",
    "getRunPacketUrl falls back to getPayloadUrl",
    "getRunMetadata (expected mismatch)",
]
READ_BACK = ["the task read the input stream"]
# Above the 128 KiB the client (as the SDK) offloads a payload from, and the SDK's task executor an output.
BIG_SIZE = 200_000
BIG = {"blob": "x" * BIG_SIZE}


def _seed(emulator: TriggerEmulator) -> dict[str, Any]:
    @emulator.task("flaky", max_attempts=2)
    def flaky(payload: Any, ctx: Any) -> str:
        if ctx.attempt == 1:
            raise RuntimeError("first attempt fails")
        return "ok"

    @emulator.task("bulky")
    def bulky(payload: Any, ctx: Any) -> dict[str, Any]:
        return {"echo": payload}

    @emulator.task("approve")
    def approve(payload: Any, ctx: Any) -> list[Any]:
        return ctx.inputs("approval")

    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
        seed = {"flaky": client.tasks.trigger("flaky", {}).id, "bulky": client.tasks.trigger("bulky", BIG).id}
        emulator.run_pending()
        # Triggered after the others ran, so it waits for the script's input.
        seed["approve"] = client.tasks.trigger("approve", {}).id
        client.runs.update_metadata(seed["approve"], {"progress": 0.5})
    bulky_run = emulator.store.projects[emulator.project_ref].environments["dev"].runs[seed["bulky"]]
    return {**seed, "payloadPath": bulky_run.raw_payload, "outputPath": bulky_run.output_path, "bigSize": BIG_SIZE}


@pytest.mark.timeout(300)
def test_official_api_client_inspects_runs() -> None:
    clock = ManualClock(start=datetime(2024, 1, 1, tzinfo=timezone.utc))
    with TriggerEmulator(clock=clock, seed=3, validate=True) as emulator:
        seed = _seed(emulator)
        assert isinstance(seed["payloadPath"], str) and isinstance(seed["outputPath"], str)  # both offloaded
        env = {"SEED": json.dumps(seed)}
        run_sdk_script(SCRIPT, emulator, INSPECT, env={**env, "PHASE": "inspect"})
        assert emulator.run_pending() == 1  # the approve run, with the script's two inputs
        run_sdk_script(SCRIPT, emulator, READ_BACK, env={**env, "PHASE": "read back"})
    assert emulator.validation_errors == []
