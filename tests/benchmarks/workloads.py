"""What each Python benchmark calls: our client and the baselines it is held against, with identical requests.

Every factory is a context manager yielding a zero-argument call (one request) or an item iterator (a whole
listing), so the drivers in :mod:`tests.benchmarks.worker` time them all the same way. Imports happen inside
the factories so a baseline's process never loads ``trigger_client`` and its peak RSS stays its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

TASK = "my-task"
PAYLOAD = {"n": 1}
SECRET_KEY = "tr_dev_benchmark0000000000000"
WARMUP_KEY = "tr_dev_benchmarkwarmup0000000"
PAGE_SIZE = 100
IDEMPOTENCY_HEADER = "x-trigger-request-idempotency-key"

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def captured_trigger(base_url: str) -> tuple[dict[str, str], bytes]:
    """The headers and body our client sends for ``tasks.trigger(TASK, PAYLOAD)``, caught before the network.

    The raw baselines replay exactly these, so a ratio compares the same bytes on the wire. Headers httpx adds
    per request (host, content-length) and the per-call idempotency key are left out: each call adds its own.
    """
    from trigger_client import TriggerClient

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "run_1", "isCached": False})

    with TriggerClient(secret_key=SECRET_KEY, api_url=base_url, transport=httpx.MockTransport(answer)) as client:
        client.tasks.trigger(TASK, PAYLOAD)
    request = seen[0]
    skip = {"host", "content-length", IDEMPOTENCY_HEADER}
    headers = {name: value for name, value in request.headers.items() if name not in skip}
    return headers, request.content


def _trigger_path() -> str:
    return f"/api/v1/tasks/{TASK}/trigger"


def _with_key(headers: dict[str, str]) -> dict[str, str]:
    # Our client sends a fresh idempotency key per call; the baseline pays for one too.
    return {**headers, IDEMPOTENCY_HEADER: str(uuid.uuid4())}


@contextmanager
def sync_trigger(kind: str, base_url: str) -> Iterator[SyncCall]:
    """One trigger per call: ``client`` (high level), ``generated`` (raw layer) or ``httpx`` (plain httpx)."""
    if kind == "httpx":
        headers, body = captured_trigger(base_url)
        with httpx.Client(base_url=base_url) as http:
            yield lambda: http.post(_trigger_path(), content=body, headers=_with_key(headers)).json()
        return
    from trigger_client import TriggerClient

    with TriggerClient(secret_key=SECRET_KEY, api_url=base_url) as client:
        if kind == "client":
            yield lambda: client.tasks.trigger(TASK, PAYLOAD)
        elif kind == "generated":
            from trigger_api.api.tasks import trigger_task_v1
            from trigger_api.models import TriggerTaskRequestBody

            # The raw layer takes the wire body as is; a caller of it has to build that body per call too.
            wire_body = json.loads(captured_trigger(base_url)[1])
            yield lambda: trigger_task_v1.sync(
                task_identifier=TASK, client=client.raw, body=TriggerTaskRequestBody.from_dict(wire_body)
            )
        else:
            raise ValueError(f"unknown sync trigger kind {kind!r}")


@asynccontextmanager
async def async_trigger(kind: str, base_url: str) -> AsyncIterator[AsyncCall]:
    """One awaited trigger per call: ``client``, ``httpx`` (httpx.AsyncClient on the same aiohttp transport), or
    ``aiohttp`` (a bare aiohttp session)."""
    if kind == "httpx":
        from httpx_aiohttp import AiohttpTransport

        headers, body = captured_trigger(base_url)
        async with httpx.AsyncClient(base_url=base_url, transport=AiohttpTransport()) as http:

            async def post() -> object:
                response = await http.post(_trigger_path(), content=body, headers=_with_key(headers))
                return response.json()

            yield post
        return
    if kind == "aiohttp":
        # aiohttp alone, no httpx on top: what the async path would gain by leaving httpx entirely.
        import aiohttp

        headers, body = captured_trigger(base_url)
        async with aiohttp.ClientSession(base_url=base_url) as session:

            async def post_aiohttp() -> object:
                async with session.post(_trigger_path(), data=body, headers=_with_key(headers)) as response:
                    return await response.json()

            yield post_aiohttp
        return
    if kind != "client":
        raise ValueError(f"unknown async trigger kind {kind!r}")
    from trigger_client import AsyncTriggerClient

    async with AsyncTriggerClient(secret_key=SECRET_KEY, api_url=base_url) as client:
        yield lambda: client.tasks.trigger(TASK, PAYLOAD)


@contextmanager
def run_listing(kind: str, base_url: str) -> Iterator[Callable[[], Iterator[Any]]]:
    """A fresh iterator over every run per call: ``client`` (``runs.list``) or ``httpx`` (a cursor loop)."""
    if kind == "httpx":
        headers, _ = captured_trigger(base_url)
        with httpx.Client(base_url=base_url) as http:

            def walk() -> Iterator[Any]:
                params = {"page[size]": str(PAGE_SIZE)}
                while True:
                    page = http.get("/api/v1/runs", params=params, headers=_with_key(headers)).json()
                    yield from page["data"]
                    cursor = page.get("pagination", {}).get("next")
                    if not cursor:
                        return
                    params = {"page[size]": str(PAGE_SIZE), "page[after]": cursor}

            yield walk
        return
    if kind != "client":
        raise ValueError(f"unknown listing kind {kind!r}")
    from trigger_client import TriggerClient

    with TriggerClient(secret_key=SECRET_KEY, api_url=base_url) as client:
        yield lambda: iter(client.runs.list(page_size=PAGE_SIZE))


def construct(kind: str, base_url: str) -> None:
    """Build and close one client: ``client`` (TriggerClient) or ``httpx`` (httpx.Client with the same base URL)."""
    if kind == "httpx":
        httpx.Client(base_url=base_url).close()
        return
    if kind != "client":
        raise ValueError(f"unknown construction kind {kind!r}")
    from trigger_client import TriggerClient

    TriggerClient(secret_key=SECRET_KEY, api_url=base_url).close()


def fleet_member(
    workload: str,
    base_url: str,
    seconds: float,
    items: int,
    limit: list[float] | None = None,
    redis_url: str | None = None,
) -> dict[str, Any]:
    """One process of a fleet sharing one key: warm up, say ``ready``, read the common start time (epoch seconds)
    from stdin, then trigger back to back for ``seconds`` (``fleet_trigger``) or batch-trigger ``items`` items
    (``fleet_batch``); returns what it got done.

    The warm-up requests (they load the lazily imported models) use another key, so they spend nothing of the
    fleet's buckets; the server counts them: a trigger and a batch's two phases per process.

    A batch fleet opts into what a user running batch workers would: ``SharedRateLimit`` with the server's batch
    bucket (``limit``: max, refill, interval), one file for the fleet, named after the server's port (a fresh
    server per measurement; the file keys each bucket by URL and key, so a reused port only means a resync), or,
    given ``redis_url``, the Redis server there and nothing else (``SharedRateLimit.redis``), as workers on many
    machines would.
    """
    import sys
    import tempfile
    import time
    from pathlib import Path
    from urllib.parse import urlsplit

    from trigger_client import SharedRateLimit, TriggerClient, TriggerError

    with TriggerClient(secret_key=WARMUP_KEY, api_url=base_url) as warmup:
        warmup.tasks.trigger(TASK, PAYLOAD)
        warmup.tasks.batch_trigger(TASK, [{"payload": PAYLOAD}])
    done = errors = 0
    shared = None
    if workload == "fleet_batch" and limit is not None:
        path = Path(tempfile.gettempdir(), f"trigger-bench-fleet-{urlsplit(base_url).port}.json")
        most, refill, interval = limit
        settings = {"batch_max": int(most), "batch_refill": int(refill), "batch_interval": interval}
        shared = SharedRateLimit.redis(redis_url, **settings) if redis_url else SharedRateLimit(path, **settings)
    with TriggerClient(secret_key=SECRET_KEY, api_url=base_url, shared_rate_limit=shared) as client:
        print("ready", flush=True)
        start_at = float(sys.stdin.readline())
        time.sleep(max(0.0, start_at - time.time()))
        if workload == "fleet_trigger":
            while time.time() < start_at + seconds:
                try:
                    client.tasks.trigger(TASK, PAYLOAD)
                    done += 1
                except TriggerError:
                    errors += 1
        elif workload == "fleet_batch":
            result = client.tasks.batch_trigger(TASK, [{"payload": {"i": i}} for i in range(items)])
            errors = len(result.errors)
            done = len(result.items) - errors
        else:
            raise ValueError(f"unknown fleet workload {workload!r}")
        finished = time.time()
        waits = client._http._transport.pacer.waits  # type: ignore[attr-defined]
    return {"done": done, "errors": errors, "finished": finished, "pacer_waits": waits, "warmup_requests": 3}
