"""The retry policy as pure functions: what to retry and how long to wait (sdk-wire.md §5)."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

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
    # Longest server-requested wait we honour; beyond it the error is surfaced instead.
    max_server_delay: float = 120.0

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
        # Only a 429 asks for a wait (sdk-wire.md §5.3): the server sends x-ratelimit-reset on every response,
        # where it means "bucket full again", and a 5xx must back off rather than wait for that.
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


def server_requested_delay(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait the server asked for: ``x-ratelimit-reset`` (epoch ms), ``retry-after-ms`` or ``retry-after``."""
    now = time.time() if now is None else now
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            # A small random spread keeps many waiting clients from returning in the same millisecond.
            return max(0.0, float(reset) / 1000 - now) + random.random() * 0.25
        except ValueError:
            pass
    retry_ms = headers.get("retry-after-ms")
    if retry_ms:
        try:
            return max(0.0, float(retry_ms) / 1000)
        except ValueError:
            pass
    retry_after = headers.get("retry-after")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            try:
                return max(0.0, email.utils.parsedate_to_datetime(retry_after).timestamp() - now)
            except (TypeError, ValueError):
                return None
    return None
