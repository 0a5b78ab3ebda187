"""The official SDK 4.8.3 drives dashboards, prompts and reports against the emulator over real HTTP.

Installed and cached as ``test_official_sdk.py`` does (its helpers, pinned here to 4.8.3, where these APIs are);
skipped only when node/npm are missing or the registry cannot be reached.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.emulator import test_official_sdk as official
from trigger_client.testing import TriggerEmulator

SDK_VERSION = "4.8.3"
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
def test_official_sdk_drives_dashboards_prompts_and_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node not installed: official SDK parity not checked")
    monkeypatch.setattr(official, "SDK_VERSION", SDK_VERSION)  # _ensure_sdk installs the module's version
    sdk_dir = official._ensure_sdk(npm)

    with TriggerEmulator(validate=True) as emulator:
        emulator.add_prompt("greet", "Hello {{name}}!", model="gpt-4o")
        with emulator.serve_in_thread() as base_url:
            result = subprocess.run(
                [node, str(SCRIPT)],
                cwd=sdk_dir,
                env=official._node_env(sdk_dir, base_url, emulator),
                capture_output=True,
                text=True,
                timeout=official.SCRIPT_TIMEOUT_S,
                check=False,
            )
    steps = official._parse_steps(result.stdout)
    problems = [
        f"{name}: {steps.get(name, {}).get('error', 'did not run')}"
        for name in STEPS
        if not steps.get(name, {}).get("ok")
    ]
    assert not problems and result.returncode == 0, "\n".join(problems) + result.stderr[-2000:]
    assert emulator.validation_errors == []
