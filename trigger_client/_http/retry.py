"""The retry policy as pure functions: what to retry and how long to wait (docs/wire.md#retries)."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from trigger_client._http.headers import MAX_NUMBER_TEXT, reset_epoch_seconds

RETRYABLE_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with the SDK's defaults: 1 s, 1.6 s, 2.56 s, 4.1 s … capped at 30 s, plus jitter.

    ``max_retries`` counts retries after the first attempt (the SDK's 5 attempts = 4 retries).

    Example::

        policy = RetryPolicy(max_retries=2)
        policy.backoff(1)  # about 1.0 s before the second attempt
    """

    max_retries: int = 4
    factor: float = 1.6
    min_delay: float = 1.0
    max_delay: float = 30.0
    jitter: float = 0.25
    # Longest server-requested waiting per call; beyond it the error is surfaced instead.
    max_server_delay: float = 120.0
    # 429s with a server-given wait have their own budget (a burst beyond the rate limit must complete, and many
    # callers may lose the race for each refilled token), bounded in count as well as in waiting.
    max_rate_limit_retries: int = 100

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait after ``attempt`` (1-based) failed."""
        base = min(self.max_delay, self.min_delay * self.factor ** (attempt - 1))
        return base * (1 + self.jitter * rand())

    def delay_after_response(self, response: httpx.Response, attempt: int, now: float | None = None) -> float | None:
        """Seconds to wait before retrying this response, or None when it must not be retried."""
        if attempt > self.max_retries:
            return None
        should = response.headers.get("x-should-retry", "").lower()
        if should == "false":
            return None
        status = response.status_code
        if should != "true" and status not in RETRYABLE_STATUSES and status < 500:
            return None
        # Only a 429 asks for a wait (docs/wire.md#what-is-retried): the server sends x-ratelimit-reset on every
        # response, where it means "bucket full again", and a 5xx must back off rather than wait for that.
        server = server_requested_delay(response.headers, now) if status == 429 else None
        if server is not None:
            return server if server <= self.max_server_delay else None
        return self.backoff(attempt)

    def delay_after_error(self, error: Exception, attempt: int) -> float | None:
        """Seconds to wait after a transport error (no response), or None to give up."""
        if attempt > self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, httpx.UnsupportedProtocol | httpx.LocalProtocolError | httpx.ProxyError):
            return None
        return self.backoff(attempt)


# Every server-given wait is clamped: a zero, negative, NaN or past value would make retries come at
# once, and an enormous or infinite one would block the caller for ever or overflow.
MIN_SERVER_DELAY = 0.1
MAX_SERVER_DELAY = 24 * 3600.0


def clamp_delay(seconds: float, high: float = MAX_SERVER_DELAY) -> float:
    """``seconds`` within ``[MIN_SERVER_DELAY, high]``; NaN reads as the floor, infinities as the bounds.

    Example::

        clamp_delay(float("nan"))  # 0.1
        clamp_delay(1e300, high=60)  # 60.0
    """
    if math.isnan(seconds):
        return MIN_SERVER_DELAY
    return min(high, max(MIN_SERVER_DELAY, seconds))


def server_requested_delay(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait the server asked for: ``x-ratelimit-reset`` (epoch ms or s), ``retry-after-ms`` or ``retry-after``.

    The result is always clamped by :func:`clamp_delay`; a present but absurd value (``inf``, ``1e400``) reads as
    the cap, so it is surfaced rather than slept.
    """
    found = _server_delay(headers, time.time() if now is None else now)
    if found is None:
        return None
    seconds, from_reset = found
    # A small random spread keeps many clients waiting for one reset from returning in the same millisecond.
    return clamp_delay(seconds + (random.random() * 0.25 if from_reset else 0.0))


def _server_delay(headers: Mapping[str, str], now: float) -> tuple[float, bool] | None:
    """Seconds as the server put them (unclamped: may be negative, NaN or infinite), and whether they come from
    ``x-ratelimit-reset``."""
    reset = _number(headers.get("x-ratelimit-reset", ""))
    if reset is not None:
        at = reset_epoch_seconds(reset)
        if at == reset:
            # Not converted, so whole epoch seconds, which api.v3.batches.ts floors: the refill comes within the
            # second after.
            at += 1
        return at - now, True
    retry_ms = _number(headers.get("retry-after-ms", ""))
    if retry_ms is not None:
        return retry_ms / 1000, False
    retry_after = headers.get("retry-after", "")
    if not retry_after:
        return None
    seconds = _number(retry_after)
    if seconds is None:
        try:
            seconds = email.utils.parsedate_to_datetime(retry_after).timestamp() - now
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return seconds, False


def _number(text: str) -> float | None:
    """A number from a header, or None when it is not one; overflow reads as infinity (then the cap)."""
    text = text.strip()
    if not text:
        return None
    if len(text) > MAX_NUMBER_TEXT:
        return math.inf if text.isdigit() else None
    try:
        return float(text)
    except ValueError:
        return None
