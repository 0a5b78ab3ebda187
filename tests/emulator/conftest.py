"""Shared helpers for the emulator tests (plain httpx, in-process transport)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import httpx
import pytest

from trigger_client.testing import ManualClock, TriggerEmulator

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
API_HEADERS = {"x-trigger-api-version": "2025-07-16"}


def client_for(emulator: TriggerEmulator, token: str | None) -> httpx.Client:
    headers = dict(API_HEADERS)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(transport=emulator.transport, base_url=emulator.base_url, headers=headers)


@pytest.fixture
def manual() -> Iterator[TriggerEmulator]:
    """Deterministic emulator (manual clock, seeded), validating against the spec.

    These tests trigger task ids without functions to exercise the API, so they opt in to completing such runs.
    """
    with TriggerEmulator(clock=ManualClock(start=START), seed=7, validate=True, unregistered="complete") as emulator:
        yield emulator
    accepted_bad = [m for m in emulator.validation_errors if m.kind == "request"]
    assert not accepted_bad, accepted_bad


@pytest.fixture
def client(manual: TriggerEmulator) -> Iterator[httpx.Client]:
    with client_for(manual, manual.secret_key) as c:
        yield c


def trigger(client: httpx.Client, task: str, payload: object = None, **options: object) -> str:
    body: dict[str, object] = {"payload": payload, "options": options}
    response = client.post(f"/api/v1/tasks/{task}/trigger", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])
