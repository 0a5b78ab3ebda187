"""The official ApiClient of ``@trigger.dev/core`` 4.8.3 against the emulator's webhook and session handoff routes.

The SDK parses every answer with its own zod schemas (``schemas/webhookApi.js``, ``schemas/api.js``), so this checks
the emulator's shapes against the real client, over real HTTP. The package comes from the same npm cache as
``test_official_sdk.py`` and the test skips the same way when node or the registry is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.emulator import test_official_sdk as official
from trigger_client import TriggerClient
from trigger_client.testing import TriggerEmulator

SDK_VERSION = "4.8.3"  # the first SDK whose ApiClient calls these routes
SCRIPT = Path(__file__).with_name("sdk_webhooks_script.mjs")
STEPS = [
    "webhooks.endpoints",
    "webhooks.secrets",
    "webhooks.deliveries",
    "sessions.transcript",
    "sessions.endAndContinue",
]


@pytest.mark.timeout(300)
def test_official_api_client_manages_webhooks_and_sessions(monkeypatch: pytest.MonkeyPatch) -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        official._skip("node not installed: official SDK parity not checked")
    assert node is not None and npm is not None
    monkeypatch.setattr(official, "SDK_VERSION", SDK_VERSION)  # _ensure_sdk installs and caches this version
    sdk_dir = official._ensure_sdk(npm)

    with TriggerEmulator(seed=11, unregistered="queue") as emulator:
        endpoint = emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order"], secret="whsec_seed")
        delivery = emulator.webhooks.add_delivery("stripe", {"type": "charge.refunded"})
        unmatched = emulator.webhooks.add_delivery("stripe", {"type": "invoice.paid"}, status="unmatched")
        with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
            chat = client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="chat_sdk")
        emulator.transcripts.save_transcript(
            "chat_sdk", [{"id": f"m{i}", "role": "user", "parts": []} for i in (1, 2, 3)]
        )
        seed = {
            "endpoint": endpoint,
            "delivery": delivery,
            "unmatched": unmatched,
            "session": chat.id,
            "run": chat.run_id,
        }
        with emulator.serve_in_thread() as base_url:
            env = official._node_env(sdk_dir, base_url, emulator)
            env["SEED"] = json.dumps(seed)
            try:
                result = subprocess.run(
                    [node, str(SCRIPT)], cwd=sdk_dir, env=env, capture_output=True, text=True, timeout=90, check=False
                )
            except subprocess.TimeoutExpired as exc:
                pytest.fail(f"SDK script timed out; steps so far:\n{exc.stdout!r}")

    steps = official._parse_steps(result.stdout)
    problems = [
        f"{name}: {steps.get(name, {}).get('error', 'did not run')}"
        for name in STEPS
        if not steps.get(name, {}).get("ok")
    ]
    assert not problems, "\n".join(problems) + f"\nstderr:\n{result.stderr}"
