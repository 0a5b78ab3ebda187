"""The official ApiClient of ``@trigger.dev/core`` 4.8.3 against the emulator's webhook and session handoff routes.

The SDK parses every answer with its own zod schemas (``schemas/webhookApi.js``, ``schemas/api.js``), so this checks
the emulator's shapes against the real client, over real HTTP. The package comes from the same npm cache as
``test_official_sdk.py`` and the test skips the same way when node or the registry is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.emulator.official_sdk import run_sdk_script
from trigger_client import TriggerClient
from trigger_client.testing import TriggerEmulator

SCRIPT = Path(__file__).with_name("sdk_webhooks_script.mjs")
STEPS = [
    "webhooks.endpoints",
    "webhooks.secrets",
    "webhooks.deliveries",
    "sessions.transcript",
    "sessions.endAndContinue",
]


@pytest.mark.timeout(300)
def test_official_api_client_manages_webhooks_and_sessions() -> None:
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
        run_sdk_script(SCRIPT, emulator, STEPS, env={"SEED": json.dumps(seed)})
