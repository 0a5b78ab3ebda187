"""Two-phase v3 batches end to end against the emulator: the webapp's limits and answers, and no run created twice
when a stream is cut or its answer lost (routes/api.v3.batches.ts, api.v3.batches.$batchId.items.ts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.emulator.conftest import client_for
from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client.testing import TokenBucket, TriggerEmulator

ITEMS_PATH = "/items"


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(seed=11, validate=True) as emu:
        emu.unregistered = "queue"
        yield emu


@pytest.fixture
def fast_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.0)


def runs_per_item(emulator: TriggerEmulator) -> dict[int, int]:
    counts: dict[int, int] = {}
    with emulator.store.lock:
        for env in emulator.default_project.environments.values():
            for run in env.runs.values():
                if isinstance(run.payload, dict) and "i" in run.payload:
                    counts[run.payload["i"]] = counts.get(run.payload["i"], 0) + 1
    return counts


class CutFirstStream(httpx.BaseTransport):
    """The first NDJSON stream reaches the server only up to ``keep`` lines, then the connection drops."""

    def __init__(self, inner: httpx.BaseTransport, keep: int) -> None:
        self.inner = inner
        self.keep = keep
        self.answers: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith(ITEMS_PATH):
            return self.inner.handle_request(request)
        body = request.read()
        if not self.answers and self.keep >= 0:
            lines = body.split(b"\n")[: self.keep]
            partial = httpx.Request(request.method, request.url, headers=request.headers, content=b"\n".join(lines))
            self.answers.append(json.loads(self.inner.handle_request(partial).read()))
            raise httpx.RemoteProtocolError("peer closed connection mid-stream", request=request)
        response = self.inner.handle_request(request)
        self.answers.append(json.loads(response.read()))
        return response


def test_a_stream_cut_midway_is_resent_and_no_item_runs_twice(emulator: TriggerEmulator, fast_retry: None) -> None:
    cut = CutFirstStream(emulator.transport, keep=150)
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=cut) as client:
        result = client.tasks.batch_trigger("resize", [{"payload": {"i": i}} for i in range(300)])
    assert result.ok and len(result.batch_ids) == 1
    assert cut.answers[0]["sealed"] is False and cut.answers[0]["itemsAccepted"] == 150
    assert cut.answers[1] == {
        "id": result.batch_ids[0],
        "itemsAccepted": 150,
        "itemsDeduplicated": 150,
        "sealed": True,
        "runCount": 300,
    }
    assert runs_per_item(emulator) == dict.fromkeys(range(300), 1)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_lost_answers_under_injected_drops_never_duplicate(
    emulator: TriggerEmulator, fast_retry: None, mode: str
) -> None:
    """The emulator drops 30% of connections after committing; every item still runs exactly once."""
    emulator.faults.drop_rate = 0.3
    # 2,500 items outgrow the webapp's batch bucket (1,200, +100 per 10 s); this test is about duplicates, so the
    # bucket is made roomy.
    emulator.limits.batch = TokenBucket(max_tokens=1_000_000, refill_rate=1_000_000, interval=1.0)
    items = [{"payload": {"i": i}} for i in range(2_500)]
    if mode == "sync":
        with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport, max_retries=10) as client:
            result = client.tasks.batch_trigger("resize", items, batch_size=250)
            retries = client.metrics.snapshot()["operations"]["stream_batch_items_v3"]["retries"]
    else:
        async with AsyncTriggerClient(
            secret_key=emulator.secret_key, transport=emulator.async_transport, max_retries=10
        ) as aclient:
            result = await aclient.tasks.batch_trigger("resize", items, batch_size=250)
            retries = aclient.metrics.snapshot()["operations"]["stream_batch_items_v3"]["retries"]
    assert result.ok and len(result.batch_ids) == 10
    assert retries > 0  # some answers were lost and their streams sent again
    assert runs_per_item(emulator) == dict.fromkeys(range(2_500), 1)
    # A create whose answer was lost was retried with its own key: the server answered the batch it had made,
    # so no empty batch was left behind.
    with emulator.store.lock:
        batches = [b for env in emulator.default_project.environments.values() for b in env.batches.values()]
    assert sorted(b.id for b in batches) == sorted(result.batch_ids)


def test_batch_idempotency_key_makes_the_call_repeatable(emulator: TriggerEmulator) -> None:
    items = [{"payload": {"i": i}} for i in range(1_200)]
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
        first = client.tasks.batch_trigger("resize", items, idempotency_key="nightly-2024-01-01")
        again = client.tasks.batch_trigger("resize", items, idempotency_key="nightly-2024-01-01")
    assert len(first.batch_ids) == 2 and first.cached_batch_ids == []
    assert again.batch_ids == [] and again.cached_batch_ids == first.batch_ids
    assert runs_per_item(emulator) == dict.fromkeys(range(1_200), 1)


# --- the webapp's rules on the v3 routes ---------------------------------------------------------


def test_create_limits_and_answers(emulator: TriggerEmulator) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        too_many = http.post("/api/v3/batches", json={"runCount": 1001, "taskIdentifiers": ["a"]})
        assert too_many.status_code == 400
        assert too_many.json()["error"] == "Batch runCount of 1001 exceeds maximum allowed of 1000."
        assert http.post("/api/v3/batches", json={"runCount": 0}).status_code == 400
        huge = http.post("/api/v3/batches", json={"runCount": 1, "taskIdentifiers": ["a" * 131_072]})
        assert (huge.status_code, huge.json()["error"]) == (413, "Request body too large")

        created = http.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "k"})
        assert created.status_code == 202 and created.json()["isCached"] is False
        assert created.headers["x-trigger-jwt"]
        cached = http.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "k"})
        assert cached.status_code == 200
        assert cached.json() == {"id": created.json()["id"], "runCount": 2, "isCached": True}
        clash = http.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["b"], "idempotencyKey": "k"})
        assert clash.status_code == 422
        assert (
            clash.json()["error"] == "Cannot create batch as it has already been created with the same idempotency key."
        )


def test_stream_limits_and_answers(emulator: TriggerEmulator) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        batch = http.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["a"]}).json()["id"]
        url = f"/api/v3/batches/{batch}/items"
        ndjson = {"content-type": "application/x-ndjson"}

        wrong_type = http.post(url, content=b'{"index":0,"task":"a"}\n')
        assert wrong_type.status_code == 415
        assert wrong_type.json()["error"] == "Content-Type must be application/x-ndjson or application/ndjson"
        missing = http.post("/api/v3/batches/batch_nope/items", content=b"", headers=ndjson)
        assert (missing.status_code, missing.json()["error"]) == (422, "Batch batch_nope not found")
        beyond = http.post(url, content=b'{"index":2,"task":"a"}\n', headers=ndjson)
        assert (beyond.status_code, beyond.json()["error"]) == (422, "Item index 2 exceeds batch runCount 2")
        garbled = http.post(url, content=b"{nope\n", headers=ndjson)
        assert garbled.status_code == 400 and garbled.json()["error"].startswith("Invalid JSON at line 1")

        half = http.post(url, content=b'{"index":0,"task":"a"}\n', headers=ndjson).json()
        assert half == {
            "id": batch,
            "itemsAccepted": 1,
            "itemsDeduplicated": 0,
            "sealed": False,
            "enqueuedCount": 1,
            "expectedCount": 2,
            "runCount": 2,
        }
        body = b'{"index":0,"task":"a"}\n{"index":1,"task":"a"}\n'
        whole = http.post(url, content=body, headers={"content-type": "application/ndjson"}).json()
        assert (whole["itemsAccepted"], whole["itemsDeduplicated"], whole["sealed"]) == (1, 1, True)
        # A stream re-sent after the batch was sealed is a success that changes nothing.
        resent = http.post(url, content=body, headers=ndjson).json()
        assert resent == {"id": batch, "itemsAccepted": 0, "itemsDeduplicated": 0, "sealed": True, "runCount": 2}
        assert len(http.get(f"/api/v2/batches/{batch}").json()["runs"]) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_large_items_travel_as_packets(emulator: TriggerEmulator, mode: str) -> None:
    big = {"i": 0, "blob": "z" * 200_000}
    items = [{"payload": big}, {"payload": {"i": 1}}]
    if mode == "sync":
        with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
            result = client.tasks.batch_trigger("resize", items)
    else:
        async with AsyncTriggerClient(secret_key=emulator.secret_key, transport=emulator.async_transport) as aclient:
            result = await aclient.tasks.batch_trigger("resize", items)
    assert result.ok
    env = emulator.default_project.environments["dev"]
    with emulator.store.lock:
        runs = {run.payload["i"]: run for run in env.runs.values()}
        assert len(env.packets) == 1  # the big payload went to the object store
    assert runs[0].payload == big and runs[1].payload == {"i": 1}


def test_a_large_trigger_travels_as_a_packet(emulator: TriggerEmulator) -> None:
    big = {"i": 7, "blob": "q" * 300_000}
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
        handle = client.tasks.trigger("resize", big)
    env = emulator.default_project.environments["dev"]
    with emulator.store.lock:
        assert len(env.packets) == 1 and env.runs[handle.id].payload == big


def sized_line(size: int, head: str = '{"index":0,"task":"a",') -> bytes:
    """An item line of exactly ``size`` bytes: ``head`` then a payload padded to fit."""
    prefix, suffix = f'{head}"payload":{{"blob":"'.encode(), b'"}}'
    return prefix + b"x" * (size - len(prefix) - len(suffix)) + suffix


def test_each_item_is_capped_at_3_mib_not_the_stream(emulator: TriggerEmulator) -> None:
    """STREAMING_BATCH_ITEM_MAXIMUM_SIZE (env.server.ts) caps each NDJSON line; the route has no body cap
    (api.v3.batches.$batchId.items.ts). An oversized item is accepted and becomes a SYSTEM_FAILURE run
    (streamBatchItems.server.ts #processItem, v3/runEngineHandlers.server.ts)."""
    limit = 3_145_728
    with client_for(emulator, emulator.secret_key) as http:
        batch = http.post("/api/v3/batches", json={"runCount": 5, "taskIdentifiers": ["a"]}).json()["id"]
        lines = [sized_line(limit, f'{{"index":{i},"task":"a",') for i in range(3)]  # 9 MiB of items at the cap
        lines.append(sized_line(limit + 1, '{"index":3,"task":"a",'))
        body = b"\n".join(lines) + b"\n" + b'{"index":4,"task":"a","payload":{"i":4}}\n'
        assert len(body) > 12 * 1024 * 1024
        answer = http.post(
            f"/api/v3/batches/{batch}/items", content=body, headers={"content-type": "application/x-ndjson"}
        )
        assert answer.status_code == 200, answer.text
        assert (answer.json()["itemsAccepted"], answer.json()["sealed"]) == (5, True)

        runs = http.get(f"/api/v2/batches/{batch}").json()
        assert runs["processing"]["errors"] == [] and len(runs["runs"]) == 5
        statuses = [http.get(f"/api/v3/runs/{run_id}").json() for run_id in runs["runs"]]
        assert [r["status"] for r in statuses] == ["QUEUED", "QUEUED", "QUEUED", "SYSTEM_FAILURE", "QUEUED"]
        assert statuses[3]["taskIdentifier"] == "a"
        # The API shows an internal error by its code (createJsonErrorObject); the run keeps the full message.
        assert statuses[3]["error"] == {"message": "trigger.dev internal error (PAYLOAD_TOO_LARGE)"}
        with emulator.store.lock:  # the message the server stores with the run (shown on its dashboard)
            stored = emulator.store.keys[emulator.secret_key].runs[runs["runs"][3]].error
        assert stored == {
            "type": "INTERNAL_ERROR",
            "code": "PAYLOAD_TOO_LARGE",
            "message": "Batch item payload is too large (3072.0 KB). Maximum allowed size is 3072.0 KB. "
            "Reduce the payload size or offload large data to external storage.",
        }
        # Without an attempt the run has no execution result (models/taskRun.server.ts executionResultForTaskRun).
        missing = http.get(f"/api/v1/runs/{runs['runs'][3]}/result")
        assert (missing.status_code, missing.json()) == (404, {"error": "Run either doesn't exist or is not finished"})

        # Re-sent, the oversized item is deduplicated by its index like any other.
        again = http.post(
            f"/api/v3/batches/{batch}/items", content=lines[3], headers={"content-type": "application/x-ndjson"}
        )
        assert again.json()["itemsAccepted"] == 0


def test_an_oversized_item_takes_its_index_from_its_first_512_bytes(emulator: TriggerEmulator) -> None:
    limit = 3_145_728
    ndjson = {"content-type": "application/x-ndjson"}
    with client_for(emulator, emulator.secret_key) as http:
        batch = http.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["a"]}).json()["id"]
        url = f"/api/v3/batches/{batch}/items"
        beyond = http.post(url, content=sized_line(limit + 10, '{"index":7,"task":"a",'), headers=ndjson)
        assert (beyond.status_code, beyond.json()) == (422, {"error": "Item index 7 exceeds batch runCount 2"})

        # No index in reach: the marker takes its position in the stream (the second object here), task unknown.
        blind = sized_line(limit + 10, "{").replace(b'"}}', b'"},"index":1,"task":"a"}')
        body = b'{"index":0,"task":"a"}\n' + blind
        assert http.post(url, content=body, headers=ndjson).json()["itemsAccepted"] == 2
        run_ids = http.get(f"/api/v2/batches/{batch}").json()["runs"]
        second = http.get(f"/api/v3/runs/{run_ids[1]}").json()
        assert (second["status"], second["taskIdentifier"]) == ("SYSTEM_FAILURE", "unknown")


def test_invalid_utf8_in_the_stream_is_a_500(emulator: TriggerEmulator) -> None:
    """createNdjsonParserStream throws "Invalid UTF-8 at line N", which the route does not map: 500."""
    with client_for(emulator, emulator.secret_key) as http:
        batch = http.post("/api/v3/batches", json={"runCount": 1, "taskIdentifiers": ["a"]}).json()["id"]
        bad = http.post(
            f"/api/v3/batches/{batch}/items",
            content=b'{"index":0,"task":"\xff"}\n',
            headers={"content-type": "application/x-ndjson"},
        )
        assert (bad.status_code, bad.json()) == (500, {"error": "Something went wrong"})
