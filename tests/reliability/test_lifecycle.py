"""Concurrency and lifecycle: shared clients under threads and tasks, 1,000 create/close cycles without leaking
sockets or file descriptors, use after close, and fork safety.

Fork: a client remembers the pid that created it. In a forked child every call raises ``ClientClosedError``
("created in another process; create a new client after fork()") before touching the inherited connections,
so parent and child never share a socket; the child builds its own client.
"""

from __future__ import annotations

import asyncio
import gc
import os
import ssl
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.reliability._support import record
from trigger_client import AsyncTriggerClient, ClientClosedError, TriggerClient
from trigger_client.testing import TriggerEmulator

CYCLES = 1_000


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[TriggerEmulator, str]]:
    emulator = TriggerEmulator(rate_limit=10**9, unregistered="queue")
    try:
        with emulator.serve_in_thread() as url:
            yield emulator, url
    finally:
        emulator.close()


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _settled_fds(target: int, timeout: float = 5.0) -> int:
    """The fd count once the server side has closed its ends (it does so asynchronously)."""
    deadline = time.monotonic() + timeout
    count = _fds()
    while count > target and time.monotonic() < deadline:
        gc.collect()
        time.sleep(0.05)
        count = _fds()
    return count


def test_one_sync_client_shared_by_16_threads(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    per_thread = 25
    with TriggerClient(secret_key=emulator.secret_key, api_url=url) as client:

        def work(t: int) -> list[str]:
            ids = []
            for i in range(per_thread):
                handle = client.tasks.trigger("shared", {"thread": t, "i": i})
                assert client.runs.retrieve(handle.id).id == handle.id
                ids.append(handle.id)
            client.runs.list(page_size=5).first_page()
            return ids

        with ThreadPoolExecutor(max_workers=16) as pool:
            ids = [run_id for batch in pool.map(work, range(16)) for run_id in batch]
        ops = client.metrics.snapshot()["operations"]
    assert len(set(ids)) == 16 * per_thread
    assert ops["trigger_task_v1"]["requests"] == 16 * per_thread  # type: ignore[index]
    assert ops["retrieve_run_v1"]["requests"] == 16 * per_thread  # type: ignore[index]
    assert all(op["errors"] == 0 for op in ops.values())  # type: ignore[attr-defined]


async def test_one_async_client_across_many_tasks(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    async with AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url) as client:

        async def work(i: int) -> str:
            handle = await client.tasks.trigger("shared-async", {"i": i})
            run = await client.runs.retrieve(handle.id)
            return str(run.id)

        ids = await asyncio.gather(*(work(i) for i in range(400)))
        page = await client.runs.list(page_size=10).first_page()
    assert len(set(ids)) == 400 and len(page.data) == 10


# Building a client loads the CA bundle (about 30 ms, most of a cycle): the normal run gives each client a transport
# on one shared SSL context (still the client's own pool and real sockets, closed by client.close()); the soak run
# also does the 1,000 cycles with the default transport.
CYCLE_PARAMS = [
    pytest.param("shared-ssl-context", id="shared-ssl-context"),
    pytest.param("default-transport", id="default-transport", marks=[pytest.mark.soak, pytest.mark.timeout(600)]),
]


@pytest.fixture(scope="module")
def ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


@pytest.mark.parametrize("transport", CYCLE_PARAMS)
def test_sync_clients_created_and_closed_1000_times_leak_nothing(
    transport: str, served: tuple[TriggerEmulator, str], ssl_context: ssl.SSLContext
) -> None:
    emulator, url = served

    def make() -> TriggerClient:
        kwargs: dict[str, Any] = {}
        if transport == "shared-ssl-context":
            kwargs["transport"] = httpx.HTTPTransport(verify=ssl_context)
        return TriggerClient(secret_key=emulator.secret_key, api_url=url, **kwargs)

    with make() as warm:
        warm.schedules.timezones()
    baseline = _settled_fds(0, timeout=0.2)
    started = time.perf_counter()
    for _ in range(CYCLES):
        client = make()
        client.schedules.timezones()  # opens a real socket
        client.close()
    elapsed = time.perf_counter() - started
    after = _settled_fds(baseline)
    record(
        f"lifecycle/sync-create-close/{transport}",
        cycles=CYCLES,
        fds_before=baseline,
        fds_after=after,
        seconds=round(elapsed, 2),
    )
    assert after <= baseline + 2


@pytest.mark.parametrize("transport", CYCLE_PARAMS)
async def test_async_clients_created_and_closed_1000_times_leak_nothing(
    transport: str, served: tuple[TriggerEmulator, str], ssl_context: ssl.SSLContext
) -> None:
    from trigger_client._http.aiohttp import AiohttpTransport

    emulator, url = served

    def make() -> AsyncTriggerClient:
        kwargs: dict[str, Any] = {}
        if transport == "shared-ssl-context":
            kwargs["transport"] = AiohttpTransport(verify=ssl_context)
        return AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url, **kwargs)

    async with make() as warm:
        await warm.schedules.timezones()
    baseline = _settled_fds(0, timeout=0.2)
    started = time.perf_counter()
    for _ in range(CYCLES):
        async with make() as client:
            await client.schedules.timezones()
    elapsed = time.perf_counter() - started
    await asyncio.sleep(0.05)  # aiohttp closes transports on the next loop iterations
    after = _settled_fds(baseline)
    record(
        f"lifecycle/async-create-close/{transport}",
        cycles=CYCLES,
        fds_before=baseline,
        fds_after=after,
        seconds=round(elapsed, 2),
    )
    assert after <= baseline + 2


def _calls(client: Any) -> list[tuple[str, Any]]:
    return [
        ("tasks.trigger", lambda: client.tasks.trigger("t", {})),
        ("runs.retrieve", lambda: client.runs.retrieve("run_1")),
        ("runs.list", lambda: client.runs.list().first_page()),
        ("with_options view", lambda: client.with_options(max_retries=0).runs.retrieve("run_1")),
        ("raw response view", lambda: client.with_raw_response.runs.retrieve("run_1")),
    ]


def test_sync_use_after_close_raises_client_closed(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    client = TriggerClient(secret_key=emulator.secret_key, api_url=url)
    client.close()
    for name, fn in _calls(client):
        with pytest.raises(ClientClosedError, match="closed"):
            fn()
        assert name


async def test_async_use_after_close_raises_client_closed(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    client = AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url)
    await client.close()
    for _, fn in _calls(client):
        with pytest.raises(ClientClosedError, match="closed"):
            await fn()


def _in_child(body: Any) -> int:
    """Run ``body()`` in a forked child; its return value is the child's exit status."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 99
        try:
            code = body()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sync_client_refuses_to_run_in_a_forked_child(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    with TriggerClient(secret_key=emulator.secret_key, api_url=url) as client:
        client.schedules.timezones()  # a pooled connection the child inherits

        def child() -> int:
            try:
                client.schedules.timezones()
            except ClientClosedError as exc:
                return 0 if "fork()" in str(exc) else 2
            except BaseException:
                return 3
            return 1  # the call went through: parent and child would share a socket

        assert _in_child(child) == 0
        # The parent's client is untouched by the child's attempt.
        assert client.schedules.timezones()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
async def test_async_client_refuses_to_run_in_a_forked_child(served: tuple[TriggerEmulator, str]) -> None:
    emulator, url = served
    async with AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url) as client:
        await client.schedules.timezones()

        def child() -> int:
            async def attempt() -> int:
                try:
                    await client.schedules.timezones()
                except ClientClosedError as exc:
                    return 0 if "fork()" in str(exc) else 2
                except BaseException:
                    return 3
                return 1

            return asyncio.new_event_loop().run_until_complete(attempt())

        assert _in_child(child) == 0
        assert await client.schedules.timezones()
