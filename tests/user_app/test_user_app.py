"""What a user's own test suite looks like; `make test-wheel` also runs this file alone against the built wheel.

It imports only the public package and relies on the opt-in plugin (enabled here by the suite's conftest, and by
``-p trigger_client.testing.pytest_plugin`` when run against the wheel), so it proves the extras declare what the
fixtures need.
"""

from __future__ import annotations

import asyncio

import pytest

from trigger_client import AsyncTriggerClient, RunFailedError, TriggerClient
from trigger_client.testing import TriggerEmulator


def signup(client: TriggerClient, email: str) -> object:
    """The app code under test: send a welcome email and wait for it."""
    return client.tasks.trigger_and_wait("send-email", {"to": email}, timeout=30)


def test_signup_sends_a_welcome_email(trigger_emulator: TriggerEmulator) -> None:
    @trigger_emulator.task("send-email")
    def send_email(payload: dict[str, str]) -> dict[str, str]:
        return {"sent_to": payload["to"]}

    with TriggerClient(secret_key=trigger_emulator.secret_key, transport=trigger_emulator.transport) as client:
        assert signup(client, "ada@example.com") == {"sent_to": "ada@example.com"}
        (run,) = client.runs.list(task_identifier="send-email")
        assert run.status == "COMPLETED"


def test_a_misspelled_task_fails_loudly(trigger_emulator: TriggerEmulator) -> None:
    trigger_emulator.task("send-email")(lambda payload: None)
    client = TriggerClient(secret_key=trigger_emulator.secret_key, transport=trigger_emulator.transport)
    with client, pytest.raises(RunFailedError) as caught:
        client.tasks.trigger_and_wait("sned-email", {}, timeout=30)
    assert "Task 'sned-email' is not registered in the emulator. Did you mean 'send-email'?" in str(caught.value)


def test_async_app_over_real_http(trigger_emulator: TriggerEmulator, trigger_emulator_server: str) -> None:
    trigger_emulator.task("resize-image")(lambda payload: {"width": payload["width"] // 2})

    async def resize() -> object:
        async with AsyncTriggerClient(secret_key=trigger_emulator.secret_key, api_url=trigger_emulator_server) as c:
            return await c.tasks.trigger_and_wait("resize-image", {"width": 800}, timeout=30)

    assert asyncio.run(resize()) == {"width": 400}  # plain asyncio: a user's suite may not use pytest-asyncio
