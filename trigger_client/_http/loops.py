"""One connection pool per event loop, so an async client works from any loop (a second ``asyncio.run``, a loop
per thread).

Sockets and futures belong to the loop that made them: reusing one from another loop fails ("Event loop is
closed", "attached to a different loop"). So each loop gets its own pool, made on first use there. A pool whose loop
has closed is dropped when the next pool is made; nothing of it can run any more, so it is only released (aiohttp
itself closes nothing on a closed loop, and its sockets are freed with the objects). Closing the transport closes
the pool of the running loop, and asks each other running loop to close its own.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import httpx

from trigger_client._exceptions import ClientClosedError

P = TypeVar("P")


class LoopPools(Generic[P]):
    """Pools made by ``make`` keyed by event loop. ``close`` closes one in its own loop; ``release`` lets go of
    one whose loop has closed."""

    def __init__(
        self,
        make: Callable[[], P],
        close: Callable[[P], Awaitable[None]],
        release: Callable[[P], Awaitable[None]],
    ) -> None:
        self._make, self._close, self._release = make, close, release
        self.pools: dict[asyncio.AbstractEventLoop, P] = {}
        self._lock = threading.Lock()  # loops in several threads may add pools at once
        self.closed = False

    async def add(self, loop: asyncio.AbstractEventLoop) -> P:
        """The pool for ``loop``, made now (the caller looked in ``pools`` first)."""
        if self.closed:
            raise ClientClosedError("this connection pool is closed; create a new client")
        with self._lock:
            stale = [(old, self.pools.pop(old)) for old in list(self.pools) if old.is_closed()]
            pool = self.pools.get(loop)
            if pool is None:
                pool = self.pools[loop] = self._make()
        for _, old_pool in stale:
            await self._release(old_pool)
        return pool

    async def aclose(self) -> None:
        self.closed = True
        with self._lock:
            pools, self.pools = self.pools, {}
        current = asyncio.get_running_loop()
        for loop, pool in pools.items():
            if loop is current:
                await self._close(pool)
            elif loop.is_closed():
                await self._release(pool)
            else:  # another thread's loop: it closes its own pool when it next runs
                asyncio.run_coroutine_threadsafe(_awaited(self._close(pool)), loop)


async def _awaited(awaitable: Awaitable[None]) -> None:
    await awaitable


async def _nothing(pool: object) -> None:
    """httpcore's pools need no release: their objects go when dropped."""


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An async httpx transport made by ``make`` once per event loop (for httpx's own ``AsyncHTTPTransport``).

    Example::

        transport = PerLoopTransport(lambda: httpx.AsyncHTTPTransport(verify=context))
    """

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._pools: LoopPools[httpx.AsyncBaseTransport] = LoopPools(make, _close_transport, _nothing)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        inner = self._pools.pools.get(loop) or await self._pools.add(loop)
        return await inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._pools.aclose()


async def _close_transport(transport: httpx.AsyncBaseTransport) -> None:
    await transport.aclose()


LOOP_ERRORS = ("Event loop is closed", "attached to a different loop", "bound to a different event loop")


def loop_mismatch(exc: BaseException) -> bool:
    """Whether ``exc`` is asyncio refusing an object made in another event loop."""
    return isinstance(exc, RuntimeError) and any(text in str(exc) for text in LOOP_ERRORS)
