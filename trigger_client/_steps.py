"""Calls of several requests, written once for both clients: a generator yields steps and a driver runs them.

A step is an :class:`~trigger_client._operation.Operation` to run (the driver sends its result back into the generator,
or throws its :class:`~trigger_client.TriggerError` there) or a float of seconds to wait.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from trigger_client._exceptions import TriggerError
from trigger_client._operation import Operation

R = TypeVar("R")

Step = Operation[Any] | float


class _Exchange(Generic[R]):
    """A generator of steps, fed the outcome of each step it asked for; ``result`` once it has returned."""

    def __init__(self, steps: Generator[Step, Any, R]) -> None:
        self._steps = steps
        self.reply: Any = None
        self.failure: TriggerError | None = None
        self.result: R | None = None

    def next(self) -> Step | None:
        """The next step, or None when the generator has returned (its value is then in ``result``)."""
        try:
            step = self._steps.send(self.reply) if self.failure is None else self._steps.throw(self.failure)
        except StopIteration as done:
            self.result = done.value
            return None
        self.reply, self.failure = None, None
        return step


def drive(run: Callable[[Operation[Any]], Any], steps: Generator[Step, Any, R]) -> R:
    """Run ``steps`` on a sync client's ``run``; returns what the generator returns."""
    exchange = _Exchange(steps)
    while (step := exchange.next()) is not None:
        if not isinstance(step, Operation):
            time.sleep(step)
            continue
        try:
            exchange.reply = run(step)
        except TriggerError as exc:
            exchange.failure = exc
    return exchange.result  # type: ignore[return-value]  # set by the StopIteration that ended the loop


async def drive_async(run: Callable[[Operation[Any]], Awaitable[Any]], steps: Generator[Step, Any, R]) -> R:
    """Run ``steps`` on an async client's ``run``."""
    import asyncio  # here, not at the top: the sync client's calls load this module and never need it

    exchange = _Exchange(steps)
    while (step := exchange.next()) is not None:
        if not isinstance(step, Operation):
            await asyncio.sleep(step)
            continue
        try:
            exchange.reply = await run(step)
        except TriggerError as exc:
            exchange.failure = exc
    return exchange.result  # type: ignore[return-value]
