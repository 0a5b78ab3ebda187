"""Fixtures for realtime tests: an emulator with short long-poll holds, and clients of both modes."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from trigger_client import AsyncSubscription, AsyncTriggerClient, TriggerClient
from trigger_client.testing import TriggerEmulator


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(seed=11) as em:
        em.realtime.hold_seconds = 0.5
        yield em


@pytest.fixture
def gate(emulator: TriggerEmulator) -> threading.Event:
    """The task "gated" runs until the test sets this event, then completes with {"done": True}."""
    release = threading.Event()

    @emulator.task("gated")
    def gated(payload: Any, ctx: Any) -> dict[str, bool]:
        release.wait(10)
        return {"done": True}

    return release


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(emulator: TriggerEmulator, mode: str, **kwargs: Any) -> TriggerClient | AsyncTriggerClient:
    kwargs.setdefault("secret_key", emulator.secret_key)
    if "api_url" not in kwargs:
        kwargs["api_url"] = emulator.base_url
        kwargs["transport"] = emulator.transport if mode == "sync" else emulator.async_transport
    return TriggerClient(**kwargs) if mode == "sync" else AsyncTriggerClient(**kwargs)


async def maybe(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async client calls), else return it."""
    if hasattr(value, "__await__"):
        return await value
    return value


async def drain(sub: Any, until: Callable[[list[Any]], bool] | None = None, timeout: float = 15.0) -> list[Any]:
    """Items of a sync or async subscription until it ends or ``until(items)``; closes it either way."""
    items: list[Any] = []
    deadline = time.monotonic() + timeout
    if isinstance(sub, AsyncSubscription):
        async with sub:
            async for item in sub:
                items.append(item)
                if (until and until(items)) or time.monotonic() > deadline:
                    break
    else:
        with sub:
            for item in sub:
                items.append(item)
                if (until and until(items)) or time.monotonic() > deadline:
                    break
    return items


async def collect_for(sub: Any, seconds: float) -> list[Any]:
    """Items of a subscription that would run for ever, closed after ``seconds`` (from another thread/task)."""
    items: list[Any] = []
    if isinstance(sub, AsyncSubscription):
        closer = asyncio.get_running_loop().call_later(seconds, lambda: asyncio.ensure_future(sub.aclose()))
        async for item in sub:
            items.append(item)
        closer.cancel()
    else:
        timer = threading.Timer(seconds, sub.close)
        timer.start()
        items.extend(sub)
        timer.cancel()
    return items


def on_item(action: Callable[[Any], None]) -> Callable[[list[Any]], bool]:
    """An ``until`` that runs ``action`` on each new item and never stops the loop."""

    def check(items: list[Any]) -> bool:
        action(items[-1])
        return False

    return check


ORDER = ["QUEUED", "EXECUTING", "COMPLETED"]


def assert_progress(runs: list[Any]) -> None:
    """Statuses move forward, snapshots never repeat, and the last one is the final COMPLETED run."""
    statuses = [r.status for r in runs]
    assert [ORDER.index(s) for s in statuses] == sorted(ORDER.index(s) for s in statuses), statuses
    stamps = [r.updated_at for r in runs]
    assert stamps == sorted(stamps), stamps
    snapshots = [repr(r) for r in runs]
    assert len(set(snapshots)) == len(snapshots), "a snapshot was yielded twice"
    assert runs[-1].status == "COMPLETED" and runs[-1].output == {"done": True} and runs[-1].is_success
