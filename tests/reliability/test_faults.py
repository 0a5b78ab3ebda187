"""Faults: with 5xx, dropped-after-commit connections, 429 bursts and latency injected, every call ends in exactly
one run or one reported error, and the server never holds a duplicate run."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.reliability._support import (
    AsyncCountingTransport,
    CountingTransport,
    WireCounts,
    all_runs,
    record,
    runs_by_index,
    scale,
)
from trigger_client import AsyncTriggerClient, TriggerClient, TriggerError
from trigger_client.testing import TokenBucket, TriggerEmulator

ERROR_RATE = 0.05
DROP_RATE = 0.02
LATENCY = 0.0005
BURST_EVERY = 250  # calls between two 429 bursts
BURST = 8  # 429 answers per burst


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    em = TriggerEmulator(rate_limit=10**9, seed=20250716, unregistered="queue")
    em.faults.error_rate = ERROR_RATE
    em.faults.drop_rate = DROP_RATE
    em.faults.latency = LATENCY
    try:
        yield em
    finally:
        em.close()


def account(
    name: str,
    emulator: TriggerEmulator,
    outcomes: list[Any],
    counts: WireCounts,
    metrics: dict[str, Any],
    retry_events: int,
    elapsed: float,
) -> dict[str, Any]:
    """Check that nothing was lost or duplicated and record the figures."""
    runs = runs_by_index(emulator)
    ok = {i: o for i, o in enumerate(outcomes) if not isinstance(o, BaseException)}
    failed = {i: o for i, o in enumerate(outcomes) if isinstance(o, BaseException)}
    # Every failure is a typed, reported error, never a stray exception.
    assert all(isinstance(e, TriggerError) for e in failed.values()), {type(e) for e in failed.values()}
    lost = [i for i, handle in ok.items() if runs.get(i) != [handle.id]]
    duplicated = [i for i, ids in runs.items() if len(ids) > 1]
    # A call that failed for good may still have committed on its last attempt (reply dropped): that run is known
    # to the caller through the error, never duplicated, and retrying with the same request key would find it.
    unacknowledged = [i for i in failed if i in runs]
    op = metrics["operations"]["trigger_task_v1"]
    figures = record(
        name,
        calls=len(outcomes),
        succeeded=len(ok),
        errors=len(failed),
        attempts=counts.attempts,
        retries=op["retries"],
        faults_5xx=sum(n for s, n in counts.statuses.items() if s >= 500),
        faults_429=counts.statuses[429],
        faults_dropped=counts.drops,
        runs=len(all_runs(emulator)),
        lost=len(lost),
        duplicated=len(duplicated),
        committed_but_errored=len(unacknowledged),
        seconds=round(elapsed, 2),
        p99_ms=op["p99_ms"],
    )
    assert lost == [] and duplicated == []
    assert len(all_runs(emulator)) == len(ok) + len(unacknowledged)
    # Each fault was either retried or reported: the client's count agrees with the wire.
    assert counts.faults == op["retries"] + op["errors"] == retry_events + len(failed)
    assert op["requests"] == sum(counts.statuses.values())
    assert counts.drops > 0 and counts.statuses[500] > 0 and counts.statuses[429] > 0, "faults were not exercised"
    return figures


@pytest.mark.parametrize("n", scale(1_000, 10_000))
async def test_async_triggers_under_faults(n: int, emulator: TriggerEmulator, fast_backoff: None) -> None:
    counts = WireCounts()
    retries: list[Any] = []
    client = AsyncTriggerClient(
        secret_key=emulator.secret_key,
        api_url=emulator.base_url,
        transport=AsyncCountingTransport(emulator.async_transport, counts),
        on_retry=retries.append,
    )
    gate = asyncio.Semaphore(32)

    async def one(i: int) -> Any:
        async with gate:
            if i % BURST_EVERY == 0:
                emulator.faults.rate_limit_burst(BURST)
            return await client.tasks.trigger("fault-tolerant", {"i": i})

    started = time.perf_counter()
    async with client:
        outcomes = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    elapsed = time.perf_counter() - started
    account(f"faults/async/{n}", emulator, list(outcomes), counts, client.metrics.snapshot(), len(retries), elapsed)


@pytest.mark.parametrize("n", scale(1_000, 10_000))
def test_sync_triggers_from_8_threads_under_faults(n: int, emulator: TriggerEmulator, fast_backoff: None) -> None:
    counts = WireCounts()
    retries: list[Any] = []
    client = TriggerClient(
        secret_key=emulator.secret_key,
        api_url=emulator.base_url,
        transport=CountingTransport(emulator.transport, counts),
        on_retry=retries.append,
    )

    def one(i: int) -> Any:
        if i % BURST_EVERY == 0:
            emulator.faults.rate_limit_burst(BURST)
        try:
            return client.tasks.trigger("fault-tolerant", {"i": i})
        except Exception as exc:  # kept, and checked to be a TriggerError
            return exc

    started = time.perf_counter()
    with client, ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(one, range(n)))
    elapsed = time.perf_counter() - started
    account(f"faults/sync-8-threads/{n}", emulator, outcomes, counts, client.metrics.snapshot(), len(retries), elapsed)


@pytest.mark.parametrize("n", scale(1_000, 10_000))
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_batch_trigger_reports_every_item_under_faults(
    n: int, mode: str, emulator: TriggerEmulator, fast_backoff: None
) -> None:
    """Two-phase batches under faults: a create or a stream is retried like any POST, and a re-sent NDJSON stream
    is deduplicated by item index, so no item runs twice although items carry no idempotency key. Invalid items
    are reported item by item while the others run."""
    counts = WireCounts()
    bad = set(range(7, n, 97))  # items refused before sending: 11 tags
    items: list[Any] = [
        {"payload": {"i": i}, **({"options": {"tags": ["t"] * 11}} if i in bad else {})} for i in range(n)
    ]
    emulator.faults.rate_limit_burst(BURST)
    # The webapp's batch bucket (1,200 items, 100 more every 10 s) would make 10,000 items a 15-minute wait for
    # refills that the client honours; this test is about faults, so the bucket holds the whole run.
    emulator.limits.batch = TokenBucket(max_tokens=n, refill_rate=n, interval=10.0)
    started = time.perf_counter()
    if mode == "sync":
        with TriggerClient(
            secret_key=emulator.secret_key,
            api_url=emulator.base_url,
            transport=CountingTransport(emulator.transport, counts),
        ) as client:
            result = client.tasks.batch_trigger("fault-tolerant", items, batch_size=50)
            metrics = client.metrics.snapshot()
    else:
        async with AsyncTriggerClient(
            secret_key=emulator.secret_key,
            api_url=emulator.base_url,
            transport=AsyncCountingTransport(emulator.async_transport, counts),
        ) as aclient:
            result = await aclient.tasks.batch_trigger("fault-tolerant", items, batch_size=50)
            metrics = aclient.metrics.snapshot()
    elapsed = time.perf_counter() - started

    assert [item.index for item in result.items] == list(range(n)), "every item is reported, in order"
    runs = runs_by_index(emulator)
    duplicated = [i for i, ids in runs.items() if len(ids) > 1]
    lost = [item.index for item in result.items if item.ok and len(runs.get(item.index, [])) != 1]
    refused = [item.index for item in result.items if not item.ok]
    assert set(refused) >= bad
    assert all(isinstance(item.error, TriggerError) for item in result.items if not item.ok)
    assert all(item.index not in runs for item in result.items if item.index in bad)
    create, stream = metrics["operations"]["create_batch_v3"], metrics["operations"]["stream_batch_items_v3"]
    record(
        f"faults/batch-{mode}/{n}",
        items=n,
        batches=len(result.batch_ids),
        runs=len(all_runs(emulator)),
        refused=len(refused),
        attempts=counts.attempts,
        retries=create["retries"] + stream["retries"],
        faults_5xx=sum(v for s, v in counts.statuses.items() if s >= 500),
        faults_429=counts.statuses[429],
        faults_dropped=counts.drops,
        lost=len(lost),
        duplicated=len(duplicated),
        seconds=round(elapsed, 2),
    )
    assert lost == [] and duplicated == []
    assert len(result.batch_ids) == len(range(0, n - len(bad), 50)) and refused == sorted(bad)
    assert len(all_runs(emulator)) == n - len(refused)
