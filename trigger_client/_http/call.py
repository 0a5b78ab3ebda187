"""One logical call across its attempts, free of I/O: its settings, the decisions between attempts, the hooks,
events, metrics, logging and tracing. The sync and async transports in :mod:`transport` drive it.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.body import BodyCollector
from trigger_client._http.metrics import Metrics
from trigger_client._http.objects import append_header, has_header
from trigger_client._http.pacing import batch_run_count
from trigger_client._http.redaction import install_log_redaction
from trigger_client._http.retry import RetryPolicy, server_requested_delay

if TYPE_CHECKING:
    from trigger_client._http.events import ErrorEvent, RequestEvent, ResponseEvent, RetryEvent
    from trigger_client._http.tracing import CallSpan

logger = logging.getLogger("trigger_client")
install_log_redaction()

IDEMPOTENCY_HEADER = "x-trigger-request-idempotency-key"
# Request extension carrying per-call settings from the high-level layer.
CALL_OPTIONS = "trigger_client.call"


def uuid4_text() -> str:
    """A random (version 4) UUID in its text form, as ``str(uuid.uuid4())`` makes it.

    Built here because ``import uuid`` also imports ``platform`` and ``subprocess``, a tenth of the client's own
    import time, and this is all the client needs of it. Made a batch at a time from one ``os.urandom`` read (one
    system call and one hex conversion for many keys); a forked child drops the parent's unused ones.
    """
    try:
        return _uuids.pop()
    except IndexError:
        _uuids.extend(_uuid_batch())
        return _uuids.pop()


_UUID_BATCH = 64
_uuids: list[str] = []
# Byte tables setting a UUID's version (in its 7th byte) and variant (in its 9th) bits.
_VERSION_4 = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_RFC_4122_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))


def _uuid_batch() -> list[str]:
    raw = bytearray(os.urandom(16 * _UUID_BATCH))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_RFC_4122_VARIANT)
    text = raw.hex()
    return [
        f"{text[at : at + 8]}-{text[at + 8 : at + 12]}-{text[at + 12 : at + 16]}-{text[at + 16 : at + 20]}-"
        f"{text[at + 20 : at + 32]}"
        for at in range(0, len(text), 32)
    ]


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_uuids.clear)


class CallOptions:
    """Per-call settings that travel with the request: the operation name, the retry budget, the overall
    ``deadline`` in seconds (retries and waits included), ``stream`` for bodies the caller reads itself, and the
    operation's path ``template`` (``/api/v3/runs/{run_id}``) for tracing.

    A plain class, not a dataclass: one is made per call, and a dataclass costs a millisecond of import time.
    """

    __slots__ = ("deadline", "max_retries", "operation", "stream", "template")

    def __init__(
        self,
        operation: str | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        stream: bool = False,
        template: str | None = None,
    ) -> None:
        self.operation = operation
        self.max_retries = max_retries
        self.deadline = deadline
        self.stream = stream
        self.template = template


# Request extension the transport sets: how many attempts the call made (for error messages).
ATTEMPTS = "trigger_client.attempts"
# Request extension the async transport sets while it bounds an attempt: when (time.monotonic()) it ends it. A pool
# may leave out timers that could only fire later (see AiohttpTransport).
ATTEMPT_ENDS = "trigger_client.attempt_ends"


Hook = Callable[[Any], Any]


class Hooks:
    """Callables run around every request: ``on_request``, ``on_response``, ``on_retry``, ``on_error``.

    Each receives one event object (:class:`RequestEvent`, :class:`ResponseEvent`, :class:`RetryEvent`,
    :class:`ErrorEvent`). The async client also accepts coroutine functions.

    Example::

        client = TriggerClient(on_retry=lambda e: print("retrying", e.request.operation, "in", e.delay))
    """

    __slots__ = ("on_error", "on_request", "on_response", "on_retry")

    def __init__(
        self,
        on_request: list[Hook] | None = None,
        on_response: list[Hook] | None = None,
        on_retry: list[Hook] | None = None,
        on_error: list[Hook] | None = None,
    ) -> None:
        self.on_request: list[Hook] = [] if on_request is None else on_request
        self.on_response: list[Hook] = [] if on_response is None else on_response
        self.on_retry: list[Hook] = [] if on_retry is None else on_retry
        self.on_error: list[Hook] = [] if on_error is None else on_error


def _operation_name(request: httpx.Request, options: CallOptions) -> str:
    return options.operation or f"{request.method} {request.url.path}"


# How calls are traced: None until the first call looks for OpenTelemetry, then False when it is not installed (so
# each later call pays one comparison), else the function opening a call's span (see _tracing).
_tracing: Any = None


def _call_span(request: httpx.Request, options: CallOptions) -> CallSpan | None:
    global _tracing
    if _tracing is False:
        return None
    if _tracing is None:
        try:
            from trigger_client._http.tracing import start
        except ImportError:  # no opentelemetry-api: the `otel` extra is not installed
            _tracing = False
            return None
        _tracing = start
    span: CallSpan | None = _tracing(request, options.operation, options.template)
    return span


@functools.lru_cache(maxsize=32)
def _with_budget(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    # Calls that set their own budget (every realtime poll does) share one policy per budget instead of a copy each.
    return dataclasses.replace(policy, max_retries=max_retries)


class Call:
    """One logical call across its attempts: the decisions, events and metrics, free of I/O."""

    # One is made per request: slots, so it brings no attribute dict for the collector to count and walk.
    __slots__ = (
        "attempt",
        "attempt_budget",
        "batch_items",
        "deadline_at",
        "hooks",
        "metrics",
        "operation",
        "pacing_limit",
        "policy",
        "rate_limit_retries",
        "rate_limit_waited",
        "request",
        "request_hooks",
        "span",
        "started",
        "stream",
        "timeouts",
        "url",
    )

    def __init__(self, request: httpx.Request, policy: RetryPolicy, hooks: Hooks, metrics: Metrics) -> None:
        options = request.extensions.get(CALL_OPTIONS) or CallOptions()
        self.request = request
        self.url: str | None = None
        self.hooks = hooks
        self.metrics = metrics
        budget = options.max_retries
        self.policy = policy if budget is None or budget == policy.max_retries else _with_budget(policy, budget)
        self.operation = _operation_name(request, options)
        # Charged to the batch bucket as well as the API one (api.v3.batches.ts): the pacer holds it after a refusal.
        batch_create = request.method == "POST" and request.url.path.endswith("/api/v3/batches")
        self.batch_items = batch_run_count(request.content) if batch_create else 0
        # One key for all attempts: the server deduplicates a retried POST instead of running it twice.
        if not has_header(request.headers, IDEMPOTENCY_HEADER):
            append_header(request.headers, IDEMPOTENCY_HEADER, uuid4_text())
        self.attempt = 0
        self.started = 0.0
        self.stream = options.stream
        self.deadline_at = None if options.deadline is None else time.monotonic() + options.deadline
        # Per-read timeouts as configured: they set each attempt's budget, and are cut to the call's deadline. Read
        # only (begin_attempt gives the request a new dict): not copied.
        self.timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
        # How long one attempt may take (the longest per-phase timeout), None for unbounded.
        budget = None
        if not self.stream:
            for value in self.timeouts.values():
                if value is not None and (budget is None or value > budget):
                    budget = value
        self.attempt_budget = budget
        self.request_hooks: list[Any] = _NO_RESULTS
        self.span = _call_span(request, options)
        # Two finite budgets: faults use max_retries; 429s with a server-given wait (each at least the 0.1 s floor)
        # use at most policy.max_rate_limit_retries retries and policy.max_server_delay seconds of waiting, so a
        # burst beyond the rate limit completes while no answer can make a call retry for ever.
        self.rate_limit_retries = 0
        self.rate_limit_waited = 0.0
        # Pacing waits as long as a 429 would have been waited out; without retries the caller handles limits.
        self.pacing_limit = self.policy.max_server_delay if self.policy.max_retries else 0.0

    def _url(self) -> str:
        """The URL the events report: the request's, without its query (made once, with the first event)."""
        if self.url is None:
            self.url = str(self.request.url.copy_with(query=None))
        return self.url

    # Events are built only when a hook is there to see them; their module loads with the first one.
    def _event(self) -> RequestEvent:
        from trigger_client._http.events import RequestEvent

        key = self.request.headers[IDEMPOTENCY_HEADER]
        return RequestEvent(self.operation, self.request.method, self._url(), self.attempt, key)

    def _response_event(self, status: int, elapsed: float, request_id: str | None) -> ResponseEvent:
        from trigger_client._http.events import ResponseEvent

        return ResponseEvent(self._event(), status, elapsed, request_id)

    def _error_event(self, status: int | None, reason: str) -> ErrorEvent:
        from trigger_client._http.events import ErrorEvent

        return ErrorEvent(self._event(), status, reason)

    def _retry_event(self, delay: float, status: int | None, error: str | None) -> RetryEvent:
        from trigger_client._http.events import RetryEvent

        return RetryEvent(self._event(), delay, status, error)

    def attempt_deadline(self) -> float | None:
        """When (``time.monotonic()``) this attempt must have read its last byte: ``timeout`` from now, or the
        call's deadline if sooner. Streamed (realtime) bodies are bounded by their read timeouts instead."""
        per_attempt = None if self.attempt_budget is None else time.monotonic() + self.attempt_budget
        if self.deadline_at is None:
            return per_attempt
        return self.deadline_at if per_attempt is None else min(per_attempt, self.deadline_at)

    def begin_attempt(self) -> float | None:
        """Start an attempt; returns its deadline. When the call's deadline is nearer than ``timeout``, the
        per-read timeouts are cut to it too, so no single read outlives the call."""
        self.attempt += 1
        self.request.extensions[ATTEMPTS] = self.attempt
        self.started = time.perf_counter()
        deadline = self.attempt_deadline()
        if self.deadline_at is not None and deadline == self.deadline_at:
            left = max(0.001, self.deadline_at - time.monotonic())
            self.request.extensions["timeout"] = {
                name: left if value is None else min(value, left) for name, value in self.timeouts.items()
            }
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("→ %s %s (attempt %d)", self.request.method, self.request.url.path, self.attempt)
        if self.span is not None:
            self.span.begin_attempt(self.request, self.attempt)
        self.request_hooks = _fire(self.hooks.on_request, self._event)
        return deadline

    def pacing_wait(self) -> float:
        """The longest pacing pause before the next attempt: the pacing limit, within the call's deadline."""
        if self.deadline_at is None:
            return self.pacing_limit
        return max(0.0, min(self.pacing_limit, self.deadline_at - time.monotonic()))

    def _within_deadline(self, delay: float | None) -> float | None:
        # A wait that would end past the call's deadline is not taken: the last failure is final.
        if delay is not None and self.deadline_at is not None and time.monotonic() + delay >= self.deadline_at:
            return None
        return delay

    def after_response(self, response: httpx.Response, headers: Mapping[str, str]) -> tuple[float | None, list[Any]]:
        """What follows an answer (``headers``: its headers read once, see :func:`header_values`): the delay
        before a retry, or None when the call is over; and what its hooks returned."""
        elapsed = time.perf_counter() - self.started
        status = response.status_code
        self.metrics.record_response(self.operation, status, elapsed, headers)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "← %s %s %d in %.1f ms (%s, attempt %d)",
                self.request.method,
                self.request.url.path,
                status,
                elapsed * 1000,
                self.operation,
                self.attempt,
            )
        if self.span is not None:
            self.span.end_attempt(status)
        request_id = headers.get("x-request-id")
        results = _fire(self.hooks.on_response, self._response_event, status, elapsed, request_id)
        if response.is_success:
            if self.span is not None:
                self.span.end(status, self.attempt)
            return None, results
        delay = self.policy.delay_after_response(response, self.attempt - self.rate_limit_retries)
        if delay is not None and response.status_code == 429 and server_requested_delay(response.headers) is not None:
            if (
                self.rate_limit_retries >= self.policy.max_rate_limit_retries
                or self.rate_limit_waited + delay > self.policy.max_server_delay
            ):
                delay = None
            else:
                self.rate_limit_retries += 1
                self.rate_limit_waited += delay
        delay = self._within_deadline(delay)
        if delay is None:
            self.metrics.record_error(self.operation)
            if self.span is not None:
                self.span.end(status, self.attempt)
            return None, results + _fire(self.hooks.on_error, self._error_event, status, f"HTTP {status}")
        return delay, results + self._retry(delay, status, None)

    def after_error(self, error: Exception) -> tuple[float | None, list[Any]]:
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        delay = self._within_deadline(self.policy.delay_after_error(error, self.attempt - self.rate_limit_retries))
        if self.span is not None:
            self.span.failed(error, self.attempt, final=delay is None)
        if delay is None:
            self.metrics.record_error(self.operation)
            return None, _fire(self.hooks.on_error, self._error_event, None, reason)
        return delay, self._retry(delay, None, reason)

    def collector(self, response: httpx.Response, headers: Mapping[str, str], limit: int) -> BodyCollector:
        """What reads this attempt's body (``headers``: the response's, read once), under the ``limit`` size cap."""
        return BodyCollector(response, limit, self.operation, headers.get("content-encoding", ""))

    def failed(self, error: BaseException) -> None:
        """``error`` escaped the call (a size cap, a cancellation, a hook): close its spans."""
        if self.span is not None:
            self.span.failed(error, self.attempt)

    def _retry(self, delay: float, status: int | None, error: str | None) -> list[Any]:
        self.metrics.record_retry(self.operation)
        cause = f"HTTP {status}" if status is not None else error
        logger.warning(
            "retrying %s after %s in %.2f s (attempt %d of %d)",
            self.operation,
            cause,
            delay,
            self.attempt + 1,
            self.policy.max_retries + 1,
        )
        return _fire(self.hooks.on_retry, self._retry_event, delay, status, error)


# What hooks returned when there are none: one shared list (read, never changed), not a new one per request.
_NO_RESULTS: list[Any] = []


def _fire(hooks: list[Hook], make_event: Callable[..., object], *args: Any) -> list[Any]:
    """Call each hook with the event ``make_event(*args)``, built only when there is a hook to see it (this runs on
    every request)."""
    if not hooks:
        return _NO_RESULTS
    event = make_event(*args)
    return [hook(event) for hook in hooks]


def check_sync_hooks(hooks: Hooks) -> None:
    """The sync client cannot await: refuse coroutine hooks up front rather than drop them silently."""
    for name in ("on_request", "on_response", "on_retry", "on_error"):
        for hook in getattr(hooks, name):
            if inspect.iscoroutinefunction(hook):
                raise ConfigurationError(
                    f"{name}: the sync TriggerClient cannot run coroutine hooks; "
                    "use AsyncTriggerClient or a plain function"
                )
