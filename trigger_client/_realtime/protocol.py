"""What the realtime protocols share: the :class:`Step` they ask for, their interface, reconnect delays, and how a
malformed server answer becomes a typed error."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, TypeVar

import httpx

from trigger_client._error_answers import make_status_error
from trigger_client._exceptions import APIResponseValidationError, redact
from trigger_client._http.retry import RetryPolicy, clamp_delay, server_requested_delay

T = TypeVar("T")

# A reconnect waits at most this long, whatever the server asks: the feed stays alive without sleeping for ever.
MAX_RECONNECT_DELAY = 60.0
# A 429 asking for a longer wait than a call would sit out (RetryPolicy.max_server_delay) is raised, as by a call.
MAX_RATE_LIMIT_WAIT = RetryPolicy.max_server_delay
# What a parser of server data may raise on input it does not expect; RecursionError for absurdly nested JSON.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError, OverflowError)


@dataclass(frozen=True)
class Step:
    """The next request of a protocol: where, with what, and how long to wait before sending it."""

    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]
    timeout: httpx.Timeout
    wait: float = 0.0


class RealtimeProtocol(Protocol[T]):
    """What the I/O shells drive: requests out, bytes in, items out."""

    operation: str
    template: str | None  # the path with its ids unfilled, for tracing
    items_at_end: bool  # feed() never returns items: they all come from on_end()

    def next_step(self) -> Step | None:
        """The next request, or None when the feed is over."""

    def on_open(self, response: httpx.Response) -> None:
        """A 2xx response's headers arrived."""

    def feed(self, text: str) -> list[T]:
        """Part of the body arrived."""

    def on_end(self) -> list[T]:
        """The body ended cleanly."""

    def on_failure(self, response: httpx.Response) -> None:
        """A non-2xx response (body read): schedule a retry or raise."""

    def on_error(self, error: Exception) -> None:
        """The connection failed: schedule a retry."""


def reconnect_delay(response: httpx.Response, backoff: float) -> float:
    """The wait before reconnecting after ``response``: the server's (429 only), clamped, else ``backoff``.

    A 429 whose wait is beyond :data:`MAX_RATE_LIMIT_WAIT` (``retry-after: 1e9``, ``inf``) raises
    :class:`RateLimitError` at once, with that wait as ``retry_after``.
    """
    server = server_requested_delay(response.headers) if response.status_code == 429 else None
    if server is None:
        return backoff
    if server > MAX_RATE_LIMIT_WAIT:
        raise make_status_error(response, retry_after=server)
    return clamp_delay(server, MAX_RECONNECT_DELAY)


class malformed:
    """Turn a parser's failure on server data into :class:`APIResponseValidationError` naming ``what``.

    A class rather than a generator-based context manager: it guards every realtime answer, and a class costs a
    fraction of one (profiled)."""

    __slots__ = ("operation", "sample", "what")

    def __init__(self, operation: str, what: str, sample: str = "") -> None:
        self.operation, self.what, self.sample = operation, what, sample

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None or not isinstance(exc, PARSE_ERRORS):
            return
        detail = redact(f"{type(exc).__name__}: {exc}")[:200]
        raise APIResponseValidationError(
            f"{self.operation}: malformed {self.what}: {detail}", status_code=200, body=redact(self.sample[:200])
        ) from None
