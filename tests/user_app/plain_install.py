"""Run by `make test-wheel` in a venv holding only the wheel (no extras): what a sync-only user gets.

No aiohttp, uvicorn, openapi-core or orjson is installed; the clients and the in-process emulator still work, the
async client falls back to httpx's transport, responses are decoded by the stdlib, and the HTTP server names the
extra it needs.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys

from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client._optional import MissingDependencyError
from trigger_client.testing import TriggerEmulator

for missing in ("aiohttp", "httpx_aiohttp", "uvicorn", "openapi_core", "orjson"):
    assert importlib.util.find_spec(missing) is None, f"{missing} was installed without its extra"

with TriggerEmulator() as emulator:
    emulator.task("double")(lambda payload: payload * 2)
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
        assert client.tasks.trigger_and_wait("double", 21, timeout=30) == 42
        assert [run.id for run in client.runs.list(page_size=10)] != []  # a page parsed by the stdlib path

    from trigger_api import types

    assert types._fast_loads is None

    async def main() -> None:
        async with AsyncTriggerClient(secret_key=emulator.secret_key) as fallback:
            # Without the aiohttp extra: httpx's own transport, one per event loop (trigger_client/_loops.py).
            pool = fallback._http._transport.inner  # type: ignore[attr-defined]
            assert type(pool).__name__ == "PerLoopTransport" and "aiohttp" not in sys.modules, type(pool)
        async with AsyncTriggerClient(secret_key=emulator.secret_key, transport=emulator.async_transport) as client:
            assert await client.tasks.trigger_and_wait("double", 2, timeout=30) == 4

    asyncio.run(main())
    try:
        with emulator.serve_in_thread():
            raise AssertionError("served without uvicorn")
    except MissingDependencyError as exc:
        assert str(exc).endswith("pip install 'trigger-client[emulator]'"), exc
print("plain install: ok")
