"""Error answers: the readable message of an error body, and the typed :class:`APIStatusError` for a response,
with credentials and the secret values a call sent masked in everything it carries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import httpx

from trigger_client._exceptions import APIStatusError, redact, request_of
from trigger_client._status_errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

_MAX_BODY_IN_MESSAGE = 300
# Headers describing the bytes on the wire, wrong for a copy of an answer that holds its decoded text.
_FRAMING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _truncate(text: str) -> str:
    text = redact(" ".join(text.split()))
    return text if len(text) <= _MAX_BODY_IN_MESSAGE else text[:_MAX_BODY_IN_MESSAGE] + "…"


_FIELDS = ("code", "param", "type")


def _error_fields(body: Any, error: Any) -> dict[str, str]:
    """``code``, ``param`` and ``type`` of an error body: from an ``error`` object, else from the body's top level
    (@trigger.dev/core 4.8.3 apiClient/errors.js ``ApiError``: ``fields = error`` if an object, else ``body``)."""
    source = error if isinstance(error, dict) else body if isinstance(body, dict) else {}
    return {name: str(source[name]) for name in _FIELDS if source.get(name) is not None}


def error_message(status: int, body_text: str) -> tuple[str, Any, dict[str, str]]:
    """The readable message, parsed body and its ``code``/``param``/``type`` fields of an error response (same rules
    as the SDK, §6)."""
    try:
        body: Any = json.loads(body_text) if body_text else None
    except ValueError:
        return _truncate(f"{body_text}") or f"{status} status code (no body)", body_text, {}
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        message = error.get("message")
        text = message if isinstance(message, str) else json.dumps(message if message is not None else error)
    elif isinstance(error, str):
        text = error
    elif isinstance(body, dict) and isinstance(body.get("message"), str):
        text = body["message"]
    elif body is None or isinstance(body, dict):
        text = "status code (no body)"
    else:
        text = _truncate(body_text)
    if isinstance(body, dict) and isinstance(body.get("details"), list):
        details = "; ".join(str(d.get("message", d)) for d in body["details"] if isinstance(d, dict))
        if details:
            text = f"{text}: {details}"
    return _truncate(text), body, _error_fields(body, error)


def masked_answer(response: httpx.Response, secrets: Iterable[str] = ()) -> tuple[str, dict[str, str], httpx.Response]:
    """The body text and headers of ``response`` with credentials and ``secrets`` (values the call sent) masked,
    and the response itself, or a copy holding the masked text and headers when anything was masked."""
    try:
        raw = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        raw = ""
    text = redact(raw, secrets)
    headers = {name: redact(value, secrets) for name, value in response.headers.items()}
    if text != raw or headers != dict(response.headers.items()):
        kept = {k: v for k, v in headers.items() if k.lower() not in _FRAMING_HEADERS}
        response = httpx.Response(
            response.status_code, headers=kept, content=text.encode(), request=request_of(response)
        )
    return text, headers, response


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, secrets: Iterable[str] = (), context: str = ""
) -> APIStatusError:
    """The typed exception for a non-2xx response; credentials and ``secrets`` (values the call sent) are masked in
    its message, body, headers and response, and ``context`` (who answered, when not the API) leads its message."""
    body_text, headers, response = masked_answer(response, secrets)
    message, body, fields = error_message(response.status_code, body_text)
    if context:
        message = f"{context}: {message}"
    kwargs: dict[str, Any] = {"response": response, "headers": headers, "body": body, **fields}
    if response.status_code == 429:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, **kwargs)
