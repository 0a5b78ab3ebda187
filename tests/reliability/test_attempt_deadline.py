"""The async client's per-attempt deadline (one timer per attempt, see ``transport._Cut``): a stalled answer is
cut at ``timeout`` and retried like any timeout, while the caller's own cancellations and timeouts pass through
untouched, and a finished attempt leaves no cancellation behind."""

from __future__ import annotations

import asyncio
import sys
import threading
from typing import Any

import pytest

from tests.client.test_core import RUN
from tests.reliability._hostile import Connection, client_for, serving
from trigger_client import APITimeoutError, AsyncTriggerClient

pytestmark = pytest.mark.timeout(60)


def _stall(released: threading.Event, arrived: threading.Event | None = None) -> Any:
    """Read the request (then set ``arrived``), answer nothing until ``released`` (bounded, so a failing test
    cannot hang the server)."""

    def behave(conn: Connection) -> None:
        if arrived is not None:
            arrived.set()
        released.wait(30)

    return behave


async def test_a_stalled_answer_is_cut_at_the_deadline_and_retried() -> None:
    released = threading.Event()
    with serving(_stall(released)) as srv:
        client = client_for("async", srv, timeout=0.3, max_retries=1)
        assert isinstance(client, AsyncTriggerClient)
        try:
            with pytest.raises(APITimeoutError):
                await client.runs.retrieve("run_1")
        finally:
            released.set()
            await client.close()
        # Both attempts reached the server: the cut attempt counted as a timeout, which is retried.
        assert [seen.path for seen in srv.requests] == ["/api/v3/runs/run_1"] * 2


async def test_the_callers_cancellation_propagates_and_is_not_retried() -> None:
    released, arrived = threading.Event(), threading.Event()
    with serving(_stall(released, arrived)) as srv:
        client = client_for("async", srv, timeout=30.0, max_retries=3)
        assert isinstance(client, AsyncTriggerClient)
        try:
            task = asyncio.create_task(client.runs.retrieve("run_1"))
            assert await asyncio.to_thread(arrived.wait, 30)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert task.cancelled()
        finally:
            released.set()
            await client.close()
        assert len(srv.requests) == 1


@pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.timeout and Task.cancelling are Python 3.11+")
async def test_an_outer_timeout_of_the_caller_stays_the_callers() -> None:
    """The caller's own asyncio.timeout fires inside an attempt: its TimeoutError, not a client error or a retry."""
    released = threading.Event()
    with serving(_stall(released)) as srv:
        client = client_for("async", srv, timeout=30.0, max_retries=3)
        assert isinstance(client, AsyncTriggerClient)
        try:
            with pytest.raises(TimeoutError) as caught:
                async with asyncio.timeout(0.3):
                    await client.runs.retrieve("run_1")
            assert type(caught.value) is TimeoutError
            assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]
        finally:
            released.set()
            await client.close()
        assert len(srv.requests) == 1


async def test_an_attempt_that_finishes_leaves_no_cancellation_behind() -> None:
    """After an answer well within ``timeout``, the task outlives that deadline: its timer went with the attempt."""
    with serving(lambda conn: conn.json(200, RUN)) as srv:
        client = client_for("async", srv, timeout=0.2, max_retries=0)
        assert isinstance(client, AsyncTriggerClient)
        try:
            run = await client.runs.retrieve("run_1")
            await asyncio.sleep(0.4)  # past the attempt's deadline: not cancelled
        finally:
            await client.close()
    assert run.id == RUN["id"]
    assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]
