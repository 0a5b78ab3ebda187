"""An AsyncTriggerClient used from more than one event loop: a second ``asyncio.run`` and a loop per thread get a
pool of their own (aiohttp's and httpx's transports alike), the closed loop's pool is let go without errors, and a
transport of the caller's own that cannot do this raises ConfigurationError saying how to fix it."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from typing import Any

import httpx
import pytest

from tests.network.conftest import PROXY_ENV
from trigger_client import AsyncTriggerClient, ClientClosedError, ConfigurationError
from trigger_client.testing import TriggerEmulator

pytestmark = pytest.mark.timeout(60)
ASYNC_MODES = ["aiohttp", "httpx-async"]


def _pools(client: AsyncTriggerClient) -> dict[Any, Any]:
    inner = client._http._transport.inner  # type: ignore[attr-defined]
    return inner._sessions.pools if hasattr(inner, "_sessions") else inner._pools.pools  # type: ignore[no-any-return]


@pytest.mark.parametrize("mode", ASYNC_MODES)
def test_a_client_works_from_a_second_asyncio_run_and_drops_the_old_pool(
    served: tuple[TriggerEmulator, int], make: Any, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    emulator, port = served
    client: AsyncTriggerClient = make(mode, secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}")

    async def trigger(n: int) -> str:
        handle = await client.tasks.trigger("quick", {"n": n})
        return (await client.runs.retrieve(handle.id)).id  # a second request on the kept-alive connection

    first = asyncio.run(trigger(1))
    (old_loop, old_pool), *_ = _pools(client).items()
    second = asyncio.run(trigger(2))  # the first loop is closed now; its connections cannot be used here
    assert first != second
    assert old_loop.is_closed() and old_loop not in _pools(client)
    assert len(_pools(client)) == 1
    if mode == "aiohttp":
        assert old_pool.closed  # marked closed, so aiohttp does not report it as leaked
    del old_pool
    gc.collect()
    asyncio.run(client.close())
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.records
    with pytest.raises(ClientClosedError):
        asyncio.run(client.runs.retrieve(first))


@pytest.mark.parametrize("mode", ASYNC_MODES)
def test_loops_in_two_threads_share_one_client_at_once(
    served: tuple[TriggerEmulator, int], make: Any, mode: str
) -> None:
    emulator, port = served
    client: AsyncTriggerClient = make(mode, secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}")
    started = threading.Barrier(2, timeout=20)
    results: dict[int, list[str]] = {}

    def worker(index: int) -> None:
        async def calls() -> list[str]:
            started.wait()  # both loops are running before either sends
            handles = await asyncio.gather(*(client.tasks.trigger("quick", {"w": index, "i": i}) for i in range(5)))
            return [h.id for h in handles]

        results[index] = asyncio.run(calls())

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    asyncio.run(client.close())
    assert sorted(results) == [0, 1]
    assert len({*results[0], *results[1]}) == 10


def test_a_transport_of_your_own_used_from_another_loop_is_a_configuration_error(
    served: tuple[TriggerEmulator, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
    emulator, port = served
    client = AsyncTriggerClient(
        secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", transport=httpx.AsyncHTTPTransport()
    )
    asyncio.run(client.tasks.trigger("quick", None))
    with pytest.raises(ConfigurationError) as caught:
        asyncio.run(client.tasks.trigger("quick", None))
    message = str(caught.value)
    assert "one AsyncTriggerClient per event loop" in message
    assert "asyncio.run" in message and "AiohttpTransport" in message
    assert emulator.secret_key not in message
