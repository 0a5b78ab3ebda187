"""Offloaded payloads and outputs of realtime snapshots are loaded as SDK 4.8.3's realtime loads them
(@trigger.dev/core 4.8.3 apiClient/runStream.js transformRunShape, index.js getRunPacketUrl): the run packet route,
the packet path route when that answers 404, then the presigned download; values are kept per run and field."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from trigger_client import NotFoundError
from trigger_client.testing import TriggerEmulator

from .conftest import drain, make_client, maybe
from .test_token_refresh import NEW, OLD, Script, _row, client, refresher, shape, status

STORE = "https://store.example"


def stored(data: Any, content_type: str = "application/json") -> Any:
    body = data if content_type == "text/plain" else json.dumps(data)
    return lambda request: httpx.Response(200, content=body.encode(), headers={"content-type": content_type})


def presigned(name: str) -> Any:
    return lambda request: httpx.Response(200, json={"presignedUrl": f"{STORE}/{name}?sig=1"})


def _offloaded(updated: str, **extra: str) -> dict[str, Any]:
    row = _row("EXECUTING", updated, payload="run_1/payload.json", payloadType="application/store")
    return {**row, **extra}


def _paths(script: Script) -> list[str]:
    return [r.url.raw_path.decode().split("?")[0] for r in script.requests]


async def test_payload_and_output_come_through_the_run_packet_route(mode: str) -> None:
    done = _offloaded(
        "2025-01-01T00:00:02.000",
        status="COMPLETED_SUCCESSFULLY",
        completedAt="2025-01-01T00:00:02.000",
        output="run_1-1/output.json",
        outputType="application/store",
    )
    script = Script(
        shape("1_0", _offloaded("2025-01-01T00:00:01.000")),
        presigned("payload"),
        stored({"big": "payload"}),
        shape("2_0", done),
        presigned("output"),
        stored({"json": "2025-01-02T03:04:05.000Z", "meta": {"values": ["Date"]}}, "application/super+json"),
    )
    c = client(mode, script, access_token=None, secret_key="tr_dev_9f8e7d6c5b4a3210fedcba98")
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert [r.payload for r in runs] == [{"big": "payload"}, {"big": "payload"}]
    assert runs[-1].output.isoformat() == "2025-01-02T03:04:05+00:00"
    # The payload's path did not change between the snapshots: it was downloaded once.
    assert _paths(script) == [
        "/realtime/v1/runs/run_1",
        "/api/v1/runs/run_1/packets/payload",
        "/payload",
        "/realtime/v1/runs/run_1",
        "/api/v1/runs/run_1/packets/output",
        "/output",
    ]
    downloads = [r for r in script.requests if r.url.host == "store.example"]
    assert all("authorization" not in r.headers for r in downloads)


async def test_a_server_without_the_run_packet_route_is_asked_by_path(mode: str) -> None:
    script = Script(
        shape("1_0", _offloaded("2025-01-01T00:00:01.000", status="COMPLETED_SUCCESSFULLY")),
        lambda request: httpx.Response(404, json={"error": "Not found"}),
        presigned("payload"),
        stored("plain text", "text/plain"),
    )
    c = client(mode, script, access_token=None, secret_key="tr_dev_9f8e7d6c5b4a3210fedcba98")
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert runs[-1].payload == "plain text"
    # getPayloadUrl encodes the whole path into one segment.
    assert _paths(script)[1:3] == ["/api/v1/runs/run_1/packets/payload", "/api/v1/packets/run_1%2Fpayload.json"]


async def test_a_refreshed_token_also_fetches_the_packet_url(mode: str) -> None:
    script = Script(
        status(401),
        shape("1_0", _offloaded("2025-01-01T00:00:01.000", status="COMPLETED_SUCCESSFULLY")),
        presigned("payload"),
        stored([1, 2]),
    )
    c = client(mode, script, refresher(script, NEW))
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert runs[-1].payload == [1, 2]
    assert [r.headers.get("authorization") for r in script.requests[:3]] == [f"Bearer {t}" for t in (OLD, NEW, NEW)]


async def test_a_missing_packet_raises(mode: str) -> None:
    missing = lambda request: httpx.Response(404, json={"error": "Not found"})  # noqa: E731
    script = Script(shape("1_0", _offloaded("2025-01-01T00:00:01.000")), missing, missing)
    c = client(mode, script, access_token=None, secret_key="tr_dev_9f8e7d6c5b4a3210fedcba98")
    with pytest.raises(NotFoundError):
        await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())


async def test_the_emulator_serves_an_offloaded_output_to_a_subscription(emulator: TriggerEmulator, mode: str) -> None:
    big = {"blob": "x" * 200_000}

    @emulator.task("big-output")
    def big_output(payload: Any, ctx: Any) -> dict[str, str]:
        return big

    c = make_client(emulator, mode)
    handle = await maybe(c.tasks.trigger("big-output", {}))
    runs = await drain(c.runs.subscribe(handle.id))
    await maybe(c.close())
    assert runs[-1].status == "COMPLETED" and runs[-1].output == big
