"""The official SDK 4.8.3 drives dashboards, prompts and reports against the emulator over real HTTP.

Installed, cached and run by the shared runner of ``tests/emulator/official_sdk.py``;
skipped only when node/npm are missing or the registry cannot be reached.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.emulator.official_sdk import run_sdk_script
from trigger_client.testing import TriggerEmulator

SCRIPT = Path(__file__).with_name("sdk_insights_script.mjs")
STEPS = [
    "dashboards.create",
    "dashboards.list and retrieve",
    "dashboards.widgets",
    "dashboards stale revision",
    "dashboards.replace and del",
    "prompts.list and versions",
    "prompts.resolve",
    "prompts overrides",
    "reports",
]


@pytest.mark.timeout(300)
def test_official_sdk_drives_dashboards_prompts_and_reports() -> None:
    with TriggerEmulator(validate=True) as emulator:
        emulator.add_prompt("greet", "Hello {{name}}!", model="gpt-4o")
        run_sdk_script(SCRIPT, emulator, STEPS)
    assert emulator.validation_errors == []
