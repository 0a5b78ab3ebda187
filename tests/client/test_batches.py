"""Two-phase batches on the wire: create, NDJSON items, results per item (docs/wire.md#batches,
docs/wire.md#ndjson-item-stream, docs/wire.md#batch-limits)."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import tracemalloc
from typing import Any

import httpx
import pytest

from tests.client.conftest import Harness, json_response
from trigger_client import AsyncTriggerClient, PermissionDeniedError, TriggerClient, TriggerError, ValidationError
from trigger_client._batching import BatchNotSealedError


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class FakeServer:
    """Answers phase 1 with ``batch_<n>`` and phase 2 with sealed, recording bodies."""

    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []
        self.streams: list[tuple[str, list[dict[str, Any]]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v3/batches":
            body = json.loads(request.content)
            self.created.append(body)
            batch = f"batch_{len(self.created) - 1}"
            return json_response(202, {"id": batch, "runCount": body["runCount"], "isCached": False})
        batch = request.url.path.split("/")[4]
        lines = request.content.decode().split("\n")
        assert lines[-1] == ""  # every line ends with a newline, the last one too
        self.streams.append((batch, [json.loads(line) for line in lines[:-1]]))
        count = len(lines) - 1
        return json_response(200, {"id": batch, "itemsAccepted": count, "itemsDeduplicated": 0, "sealed": True})


async def test_items_go_to_v3_batches_of_at_most_1000_as_ndjson(api: Harness) -> None:
    server = FakeServer()
    api.default = server
    items: list[Any] = [{"payload": f"p{n}"} for n in range(1500)]
    items[3] = {"payload": 1, "options": {"machine": "huge"}}  # refused before sending
    result = await api.call(lambda c: c.tasks.batch_trigger("my-task", items, concurrency=1))

    assert [(r.method, r.url.path) for r in api.requests] == [
        ("POST", "/api/v3/batches"),
        ("POST", "/api/v3/batches/batch_0/items"),
        ("POST", "/api/v3/batches"),
        ("POST", "/api/v3/batches/batch_1/items"),
    ]
    create, stream = api.requests[0], api.requests[1]
    # Without a caller's key each create carries one of its own, so only a retry of it is deduplicated.
    assert re.fullmatch(
        rb'\{"runCount":1000,"taskIdentifiers":\["my-task"\],"idempotencyKey":"auto-[0-9a-f-]{36}"\}', create.content
    )
    assert server.created[0]["idempotencyKey"] != server.created[1]["idempotencyKey"]
    assert create.headers["content-type"] == "application/json"
    assert stream.headers["content-type"] == "application/x-ndjson"
    for request in api.requests:
        assert request.headers["x-trigger-realtime-streams-version"] == "v2"
    assert server.created[1]["runCount"] == 499
    first_line = stream.content.split(b"\n", 1)[0]
    assert first_line == (
        b'{"index":0,"task":"my-task","payload":"p0","options":{"payloadType":"text/plain","payloadSize":2}}'
    )
    # Indices restart in each batch; items follow in order, the refused one skipped.
    sent = [item["payload"] for _batch, lines in server.streams for item in lines]
    assert sent == [f"p{n}" for n in range(1500) if n != 3]
    assert [line["index"] for line in server.streams[1][1]][:2] == [0, 1]

    assert len(result.items) == 1500 and result.batch_ids == ["batch_0", "batch_1"]
    assert [item.batch_id for item in result.items[:5]] == ["batch_0", "batch_0", "batch_0", None, "batch_0"]
    assert result.items[1000].batch_id == "batch_0" and result.items[1001].batch_id == "batch_1"
    assert [(e.index, e.error.field) for e in result.errors] == [(3, "items[3].machine")]  # type: ignore[union-attr]


async def test_batch_idempotency_key_is_hashed_like_the_sdk(api: Harness) -> None:
    server = FakeServer()
    api.default = server
    items: list[Any] = [{"payload": n} for n in range(3)]
    items[1] = {"payload": 1, "options": {"idempotency_key": "own", "idempotency_key_ttl": "5m"}}
    await api.call(
        lambda c: c.tasks.batch_trigger(
            "t", items, idempotency_key="nightly", idempotency_key_ttl="1h", batch_size=2, concurrency=1
        )
    )
    assert (
        api.requests[0].content
        == json.dumps(
            {
                "runCount": 2,
                "taskIdentifiers": ["t"],
                "idempotencyKey": sha("nightly"),
                "idempotencyKeyOptions": {"key": "nightly", "scope": "run"},
            },
            separators=(",", ":"),
        ).encode()
    )
    # The second batch of the call gets a key of its own, stable across calls.
    assert server.created[1]["idempotencyKey"] == sha("nightly-batch-1")
    options = [item["options"] for _batch, lines in server.streams for item in lines]
    assert options[0]["idempotencyKey"] == sha("nightly-0") and options[0]["idempotencyKeyTTL"] == "1h"
    assert "idempotencyKeyOptions" not in options[0]
    assert options[1]["idempotencyKey"] == sha("own") and options[1]["idempotencyKeyTTL"] == "5m"
    # Items are keyed by their index in the call, not in their batch.
    assert options[2]["idempotencyKey"] == sha("nightly-2")
    assert list(options[0]) == ["payloadType", "idempotencyKey", "idempotencyKeyTTL", "payloadSize"]


async def test_by_task_sends_no_batch_key_options(api: Harness) -> None:
    api.default = FakeServer()
    items = [{"task": "b", "payload": 1}, {"task": "a", "payload": 2}, {"task": "b", "payload": 3}]
    await api.call(lambda c: c.tasks.batch_trigger_by_task(items, idempotency_key=["k", "1"]))
    assert json.loads(api.requests[0].content) == {
        "runCount": 3,
        "taskIdentifiers": ["a", "b"],
        "idempotencyKey": sha("k-1"),
    }
    tasks = [json.loads(line)["task"] for line in api.requests[1].content.splitlines()]
    assert tasks == ["b", "a", "b"]


async def test_a_cached_batch_is_not_streamed_again(api: Harness) -> None:
    api.answer(json_response(200, {"id": "batch_old", "runCount": 2, "isCached": True}))
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": 1}, {"payload": 2}], idempotency_key="k"))
    assert len(api.requests) == 1
    assert result.ok and result.batch_ids == [] and result.cached_batch_ids == ["batch_old"]
    assert [item.batch_id for item in result.items] == ["batch_old", "batch_old"]


async def test_a_create_retried_after_a_lost_answer_streams_into_the_batch_it_made(api: Harness) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset after the server created the batch", request=request)

    api.answer(
        lost,
        json_response(200, {"id": "batch_1", "runCount": 2, "isCached": True}),  # the server found its key
        json_response(200, {"id": "batch_1", "itemsAccepted": 2, "itemsDeduplicated": 0, "sealed": True}),
    )
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": 1}, {"payload": 2}]))
    first, retry, stream = api.requests
    assert json.loads(first.content)["idempotencyKey"] == json.loads(retry.content)["idempotencyKey"]
    assert stream.url.path == "/api/v3/batches/batch_1/items"
    assert result.ok and result.batch_ids == ["batch_1"] and result.cached_batch_ids == []


async def test_unsealed_stream_is_sent_again_whole(api: Harness) -> None:
    api.answer(
        json_response(202, {"id": "batch_1", "runCount": 2, "isCached": False}),
        json_response(200, {"id": "batch_1", "itemsAccepted": 1, "itemsDeduplicated": 0, "sealed": False}),
        json_response(200, {"id": "batch_1", "itemsAccepted": 1, "itemsDeduplicated": 1, "sealed": True}),
    )
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": 1}, {"payload": 2}]))
    assert result.ok
    assert [r.url.path for r in api.requests][1:] == ["/api/v3/batches/batch_1/items"] * 2
    assert api.requests[1].content == api.requests[2].content


async def test_never_sealed_reports_every_item(api: Harness) -> None:
    unsealed = {"id": "batch_1", "itemsAccepted": 0, "itemsDeduplicated": 1, "sealed": False}
    api.answer(json_response(202, {"id": "batch_1", "runCount": 2, "isCached": False}))
    api.default = lambda request: json_response(200, {**unsealed, "enqueuedCount": 1, "expectedCount": 2})
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": 1}, {"payload": 2}]))
    assert len(api.requests) == 6  # create + 5 streams
    assert [type(item.error) for item in result.items] == [BatchNotSealedError] * 2
    assert result.items[0].batch_id == "batch_1"
    assert "holds 1 of 2 items" in str(result.items[0].error)


async def test_refused_create_or_stream_fails_its_items_only(api: Harness) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v3/batches":
            body = json.loads(request.content)
            if body["runCount"] == 1:
                return json_response(400, {"error": "Batch runCount of 1 exceeds nothing"})
            return json_response(202, {"id": "batch_a", "runCount": body["runCount"], "isCached": False})
        return json_response(422, {"error": "Item index 2 exceeds batch runCount 2"})

    api.default = answer
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": n} for n in range(3)], batch_size=2))
    assert [(i.index, i.batch_id, type(i.error).__name__) for i in result.items] == [
        (0, "batch_a", "UnprocessableEntityError"),
        (1, "batch_a", "UnprocessableEntityError"),
        (2, None, "BadRequestError"),
    ]
    with pytest.raises(TriggerError, match=r"3 of 3 batch items failed; first, items\[0\]"):
        result.raise_for_errors()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"idempotency_key_ttl": "1h"}, "idempotency_key_ttl"),
        ({"idempotency_key": "k", "idempotency_key_ttl": "1h30m"}, "idempotency_key_ttl"),
        ({"idempotency_key": ""}, "idempotency_key"),
        ({"batch_size": 1001}, "batch_size"),
        ({"concurrency": 0}, "concurrency"),
    ],
)
async def test_bad_batch_arguments_are_refused_before_sending(api: Harness, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": 1}], **kwargs))
    assert info.value.field == field and api.requests == []


class CountingServer:
    """Counts bytes and lines without keeping them, reading each stream as it arrives."""

    def __init__(self) -> None:
        self.lines = 0
        self.bytes = 0
        self.batches = 0
        self.lock = threading.Lock()  # the sync client sends from several threads

    def answer(self, path: str, body: bytes) -> httpx.Response:
        with self.lock:
            if path == "/api/v3/batches":
                self.batches += 1
                run_count = json.loads(body)["runCount"]
                return json_response(202, {"id": f"batch_{self.batches}", "runCount": run_count, "isCached": False})
            self.bytes += len(body)
            self.lines += body.count(b"\n")
        return json_response(200, {"id": "b", "itemsAccepted": 1, "itemsDeduplicated": 0, "sealed": True})


@pytest.mark.timeout(400)
@pytest.mark.parametrize(("mode", "n"), [("sync", 100_000), ("async", 20_000)])
async def test_memory_stays_flat_for_100000_items(mode: str, n: int) -> None:
    """The wire form of 100,000 items is about 100 MB; the client holds a couple of batches of it at a time.
    (The async client shares the planning and differs only in the stream object: 20,000 items keep it quick.)"""
    server = CountingServer()
    items = [{"payload": f"{i:08d}" + "x" * 992} for i in range(n)]

    def handler(request: httpx.Request) -> httpx.Response:
        return server.answer(request.url.path, request.content)

    tracemalloc.start()
    try:
        if mode == "sync":
            with TriggerClient(secret_key="tr_dev_x", transport=httpx.MockTransport(handler)) as client:
                result = client.tasks.batch_trigger("t", items, concurrency=2)
        else:
            async with AsyncTriggerClient(secret_key="tr_dev_x", transport=httpx.MockTransport(handler)) as aclient:
                result = await aclient.tasks.batch_trigger("t", items, concurrency=2)
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.ok and len(result.items) == n and server.batches == n // 1000
    assert server.lines == n and server.bytes > n * 1000
    # Beyond the per-item results kept in `result`, the peak is a few batches' worth (two in flight, each held as
    # its items and as the body the fake server reads), whatever the number of items: for 100,000 that is a tenth
    # of the stream.
    per_batch = server.bytes / server.batches
    assert peak - retained < 10 * per_batch, (peak, retained, per_batch)


async def test_payloads_from_128_kib_are_uploaded_first_like_the_sdk(api: Harness) -> None:
    big, small = "b" * 131_072, "s" * 131_071  # OFFLOAD_IO_PACKET_LENGTH_LIMIT is 128 KiB, inclusive
    server = FakeServer()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/v2/packets/"):
            return json_response(200, {"presignedUrl": "https://store.example/up?sig=1", "storagePath": "packets/p1"})
        if request.url.host == "store.example":
            return httpx.Response(200)
        return server(request)

    api.default = answer
    result = await api.call(lambda c: c.tasks.batch_trigger("my task", [{"payload": big}, {"payload": small}]))
    assert result.ok
    presign, upload = api.requests[0], api.requests[1]
    assert presign.method == "PUT"
    assert presign.url.raw_path.decode().startswith("/api/v2/packets/trigger%2Fmy%2520task%2F")
    assert presign.url.raw_path.decode().endswith("%2Fpayload.txt")
    assert (upload.method, str(upload.url)) == ("PUT", "https://store.example/up?sig=1")
    assert upload.content == big.encode() and upload.headers["content-type"] == "text/plain"
    assert "authorization" not in upload.headers  # the key never goes to the object store
    lines = server.streams[0][1]
    assert lines[0]["payload"] == "packets/p1"
    assert lines[0]["options"] == {"payloadType": "application/store", "payloadSize": 131_072}
    assert lines[1]["payload"] == small and lines[1]["options"]["payloadType"] == "text/plain"


async def test_a_failed_upload_fails_its_batch_before_creating_it(api: Harness) -> None:
    api.default = lambda request: (
        json_response(200, {"presignedUrl": "https://store.example/up"})  # no storagePath: an old server
        if request.url.path.startswith("/api/v2/packets/")
        else json_response(500, {})
    )
    result = await api.call(lambda c: c.tasks.batch_trigger("t", [{"payload": "x" * 200_000}, {"payload": 1}]))
    assert [str(item.error) for item in result.items] == [
        "the packet upload answer has no storagePath; the server needs /api/v2/packets"
    ] * 2
    assert len(api.requests) == 1 and api.requests[0].url.path.startswith("/api/v2/packets/")  # no batch created


async def test_a_refused_upload_says_the_object_store_refused_it(api: Harness) -> None:
    api.answer(
        json_response(200, {"presignedUrl": "https://store.example/up?sig=3", "storagePath": "packets/p3"}),
        httpx.Response(403, content=b"<Error><Code>SignatureDoesNotMatch</Code></Error>"),
    )
    with pytest.raises(PermissionDeniedError) as info:
        await api.call(lambda c: c.tasks.trigger("t", {"blob": "z" * 140_000}))
    assert (
        str(info.value) == "403 object store (uploading the payload): <Error><Code>SignatureDoesNotMatch</Code></Error>"
    )
    assert [r.url.host for r in api.requests] == ["api.trigger.dev", "store.example"]  # no trigger after it


async def test_a_large_trigger_payload_is_uploaded_first_too(api: Harness) -> None:
    big = {"blob": "y" * 140_000}
    api.answer(
        json_response(200, {"presignedUrl": "https://store.example/up?sig=2", "storagePath": "packets/p2"}),
        httpx.Response(200),
        json_response(200, {"id": "run_1"}),
    )
    handle = await api.call(lambda c: c.tasks.trigger("t", big))
    assert handle.id == "run_1"
    presign, upload, trigger = api.requests
    assert presign.url.raw_path.decode().endswith("%2Fpayload.json") and upload.headers["content-type"] == (
        "application/super+json"
    )
    assert json.loads(upload.content) == {"json": big}
    body = json.loads(trigger.content)
    assert body["payload"] == "packets/p2"
    assert body["options"] == {"payloadType": "application/store", "payloadSize": len(upload.content)}
