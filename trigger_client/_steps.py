"""Calls of several requests, written once for both clients: a generator yields steps and a driver runs them.

A step is an :class:`~trigger_client._operation.Operation` to run (the driver sends its result back into the generator,
or throws its :class:`~trigger_client.TriggerError` there) or a float of seconds to wait.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

from trigger_client._exceptions import TriggerError
from trigger_client._operation import Operation

R = TypeVar("R")

Step = Operation[Any] | float


def drive(run: Callable[[Operation[Any]], Any], steps: Generator[Step, Any, R]) -> R:
    """Run ``steps`` on a sync client's ``run``; returns what the generator returns."""
    reply: Any = None
    failure: TriggerError | None = None
    while True:
        try:
            step = steps.send(reply) if failure is None else steps.throw(failure)
        except StopIteration as done:
            result: R = done.value
            return result
        reply = failure = None
        if not isinstance(step, Operation):
            time.sleep(step)
            continue
        try:
            reply = run(step)
        except TriggerError as exc:
            failure = exc


async def drive_async(run: Callable[[Operation[Any]], Awaitable[Any]], steps: Generator[Step, Any, R]) -> R:
    """Run ``steps`` on an async client's ``run``: the loop of :func:`drive`, in locals (it runs on every call)."""
    reply: Any = None
    failure: TriggerError | None = None
    while True:
        try:
            step = steps.send(reply) if failure is None else steps.throw(failure)
        except StopIteration as done:
            result: R = done.value
            return result
        reply = failure = None
        if not isinstance(step, Operation):
            import asyncio  # here, not at the top: the sync client's calls load this module and never need it

            await asyncio.sleep(step)
            continue
        try:
            reply = await run(step)
        except TriggerError as exc:
            failure = exc
