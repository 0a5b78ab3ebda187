"""The events hooks receive. Loaded when a hook first fires: a client without hooks never builds one, and four
dataclasses cost a measurable share of ``import trigger_client``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestEvent:
    """What hooks see of a request: no headers, no body, so no secret can leak through a hook."""

    operation: str
    method: str
    url: str
    attempt: int
    idempotency_key: str


@dataclass(frozen=True)
class ResponseEvent:
    """What hooks see of a response."""

    request: RequestEvent
    status: int
    elapsed: float
    request_id: str | None


@dataclass(frozen=True)
class RetryEvent:
    """A retry about to happen: after ``status`` (or ``error``), waiting ``delay`` seconds."""

    request: RequestEvent
    delay: float
    status: int | None
    error: str | None


@dataclass(frozen=True)
class ErrorEvent:
    """A request that failed for good (after retries), with a one-line reason."""

    request: RequestEvent
    status: int | None
    error: str
