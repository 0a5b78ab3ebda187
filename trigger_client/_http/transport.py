"""The HTTP layer both the high-level client and raw generated calls go through.

Retries, the per-call request idempotency key, hooks, metrics and logging live here once, as an httpx
transport wrapped around the real one, so ``trigger_api`` functions called with ``client.raw`` behave
exactly like ``client.runs.retrieve``. What a call decides between attempts is in :mod:`call`; these transports
do its I/O, sync and async.
"""

from __future__ import annotations

import inspect
import sys
import time
from typing import TYPE_CHECKING, Any

import httpx

from trigger_client._exceptions import ConfigurationError, TriggerError
from trigger_client._http.body import (
    ATTEMPT_DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    AsyncMappedStream,
    MappedStream,
    as_transport_error,
    read_async,
    read_sync,
)
from trigger_client._http.call import ATTEMPT_ENDS, Call, Hooks
from trigger_client._http.metrics import Metrics
from trigger_client._http.objects import header_values
from trigger_client._http.pacing import Pacer, pace, pace_async
from trigger_client._http.retry import RetryPolicy

if TYPE_CHECKING:
    from trigger_client._http.shared_limit import SharedBucket

_HAS_TIMEOUT = sys.version_info >= (3, 11)  # Task.cancelling() and uncancel(), for _Cut


class RetryingTransport(httpx.BaseTransport):
    """Sync transport: retries, idempotency key, deadlines, size cap, hooks, metrics and logging around ``inner``.

    It reads each body itself (unless the call streams it), so body errors are retried and ``timeout`` bounds
    an attempt from connect to last byte: checked between chunks, and, with the default pool, at every socket
    operation.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        hooks: Hooks,
        metrics: Metrics,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        shared: SharedBucket | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.hooks = hooks
        self.metrics = metrics
        self.max_response_size = max_response_size
        self.pacer = Pacer(shared)

    def _attempt(self, call: Call, deadline: float | None) -> tuple[httpx.Response, dict[str, str]]:
        """The response, its body read unless the call streams it, and its headers as received."""
        request = call.request
        # The default pool's sockets cut each read and write to this deadline (see _deadline).
        token = ATTEMPT_DEADLINE.set(deadline)
        try:
            try:
                response = self.inner.handle_request(request)
            except Exception as exc:
                raise as_transport_error(exc, request) from exc
            headers = header_values(response.headers)
            if call.stream:
                response.stream = MappedStream(response.stream, request)  # type: ignore[arg-type]
                return response, headers
            collector = call.collector(response, headers, self.max_response_size)
            return read_sync(response, request, collector, deadline), headers
        finally:
            ATTEMPT_DEADLINE.reset(token)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = Call(request, self.policy, self.hooks, self.metrics)
        try:
            return self._send(call)
        except BaseException as exc:
            call.failed(exc)
            raise

    def _send(self, call: Call) -> httpx.Response:
        while True:
            pace(self.pacer, call.pacing_wait(), call.batch_items)
            deadline = call.begin_attempt()
            try:
                response, headers = self._attempt(call, deadline)
            except TriggerError:
                self.pacer.settle(None)
                raise
            except Exception as exc:
                self.pacer.settle(None)
                delay, _ = call.after_error(exc)
                if delay is None:
                    raise
                time.sleep(delay)
                continue
            self.pacer.settle(headers)
            delay, _ = call.after_response(response, headers)
            if delay is None:
                return response
            response.close()
            time.sleep(delay)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryingTransport`; awaits coroutine hooks, and bounds each attempt exactly."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        hooks: Hooks,
        metrics: Metrics,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        shared: SharedBucket | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.hooks = hooks
        self.metrics = metrics
        self.max_response_size = max_response_size
        self.pacer = Pacer(shared)

    async def _attempt(self, call: Call) -> tuple[httpx.Response, dict[str, str]]:
        """The response, its body read unless the call streams it, and its headers as received."""
        request = call.request
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            if isinstance(exc, RuntimeError):
                _refuse_other_loop(exc)
            raise as_transport_error(exc, request) from exc
        headers = header_values(response.headers)
        if call.stream:
            response.stream = AsyncMappedStream(response.stream, request)  # type: ignore[arg-type]
            return response, headers
        collector = call.collector(response, headers, self.max_response_size)
        if type(response.stream) is httpx.ByteStream:  # in memory already (see AiohttpTransport): nothing to await
            return read_sync(response, request, collector, None), headers
        return await read_async(response, request, collector), headers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here, not at the top: the sync client never needs it, and it costs import time

        call = Call(request, self.policy, self.hooks, self.metrics)
        extensions = request.extensions
        # The attempts loop in this coroutine, not one of its own: every coroutine in the chain is resumed at each
        # step of every request.
        try:
            while True:
                # Awaited only when there is something to wait for: most requests may go at once, with no hooks.
                pacing = pace_async(self.pacer, call.pacing_wait(), call.batch_items)
                if pacing is not None:
                    await pacing
                deadline = call.begin_attempt()
                if call.request_hooks:
                    await _settle(call.request_hooks)
                extensions[ATTEMPT_ENDS] = deadline
                try:
                    if deadline is None:
                        response, headers = await self._attempt(call)
                    elif _HAS_TIMEOUT:
                        cut = _Cut(deadline)
                        try:
                            response, headers = await self._attempt(call)
                        except BaseException as exc:
                            cut.failed(exc)
                            raise
                        cut.done()
                    else:
                        response, headers = await asyncio.wait_for(
                            self._attempt(call), max(0.001, deadline - time.monotonic())
                        )
                except (TriggerError, asyncio.CancelledError):
                    self.pacer.settle(None)  # no longer in flight
                    raise
                except Exception as exc:
                    self.pacer.settle(None)
                    error = as_transport_error(exc, request)
                    delay, results = call.after_error(error)
                    if results:
                        await _settle(results)
                    if delay is None:
                        if error is exc:
                            raise
                        raise error from exc
                    await asyncio.sleep(delay)
                    continue
                refusal = self.pacer.asettle(headers)
                if refusal is not None:
                    await refusal
                delay, results = call.after_response(response, headers)
                if results:
                    await _settle(results)
                if delay is None:
                    return response
                await response.aclose()
                await asyncio.sleep(delay)
        except BaseException as exc:
            call.failed(exc)
            raise

    async def aclose(self) -> None:
        await self.inner.aclose()


class _Cut:
    """An attempt cut at ``deadline`` (``time.monotonic()``) with a TimeoutError: what ``async with
    asyncio.timeout(...)`` (3.11+) does around the awaited attempt, with one timer handle and no context object or
    coroutine of its own (profiled: the context manager was a fiftieth of an async trigger's CPU). wait_for would
    start a task per request.

    As in asyncio.timeout, a cancellation that is not the deadline's (the caller's own, or an outer timeout's) is
    passed on as it came, also when it arrives with the deadline's. Once the deadline has cancelled the task, that
    request is taken back however the attempt ends."""

    __slots__ = ("cancelling", "expired", "handle", "task")

    def __init__(self, deadline: float) -> None:
        import asyncio

        task = asyncio.current_task()
        assert task is not None  # awaited by httpx inside a task
        self.task = task
        self.expired = False
        self.cancelling = task.cancelling()
        self.handle = asyncio.get_running_loop().call_later(max(0.001, deadline - time.monotonic()), self._expire)

    def _expire(self) -> None:
        self.expired = True
        self.task.cancel()

    def failed(self, exc: BaseException) -> None:
        """The attempt raised ``exc``: raises the TimeoutError standing for it when the deadline cut it."""
        import asyncio

        self.handle.cancel()
        if self.expired and self.task.uncancel() <= self.cancelling and isinstance(exc, asyncio.CancelledError):
            raise TimeoutError from exc

    def done(self) -> None:
        """The attempt completed."""
        self.handle.cancel()
        if self.expired:
            self.task.uncancel()


def _refuse_other_loop(exc: RuntimeError) -> None:
    """A transport of the caller's own whose connections belong to another event loop: not a network fault to
    retry, but a setup to fix."""
    from trigger_client._http.loops import loop_mismatch

    if loop_mismatch(exc):
        raise ConfigurationError(
            "one AsyncTriggerClient per event loop: this client's transport= holds connections made in another "
            f"event loop ({exc}). Create the client in the loop that uses it (inside the coroutine asyncio.run "
            "runs, e.g. `async with AsyncTriggerClient() as client:`), or leave transport= unset or use "
            "trigger_client.AiohttpTransport, which keep one pool per event loop"
        ) from exc


async def _settle(results: list[Any]) -> None:
    for result in results:
        if inspect.isawaitable(result):
            await result
