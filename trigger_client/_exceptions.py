"""The error tree. Every failure a caller can see is a :class:`TriggerError`.

Example::

    from trigger_client import TriggerClient, NotFoundError

    with TriggerClient() as client:
        try:
            client.runs.retrieve("run_missing")
        except NotFoundError as exc:
            print(exc.status, exc.message)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from trigger_client._retry import header_int, reset_epoch_ms

_MAX_BODY_IN_MESSAGE = 300
# Credentials a server or proxy might echo back in a body: Trigger.dev keys and tokens, any bearer token, and JWTs
# (public access tokens) wherever they appear.
_CREDENTIALS = re.compile(
    r"\b(tr_(?:dev|stg|prod|preview|pat)_)[A-Za-z0-9_\-]+"
    r"|(?i:(bearer\s+))[A-Za-z0-9._~+/\-]+=*"
    r"|\b(eyJ)[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*"
    # The password of a URL's userinfo (a proxy's, as aiohttp quotes its URL in errors).
    r"|(\b[A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@'\"]*:)[^/\s@'\"]+(?=@)"
)


class TriggerError(Exception):
    """Base class of every error raised by trigger_client.

    Example::

        try:
            client.tasks.trigger("send-email", {"to": "a@b.c"})
        except TriggerError as exc:
            log.warning("trigger failed: %s", exc)
    """


class ValidationError(TriggerError, ValueError):
    """An argument is invalid; raised before any request is sent.

    ``field`` names the argument (or item, e.g. ``items[3].payload``), and the message says how to fix it.

    Example::

        try:
            client.runs.retrieve("")
        except ValidationError as exc:
            assert exc.field == "run_id"
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class ConfigurationError(TriggerError):
    """The client cannot be built: a missing or wrong-kind credential, a bad URL or profile.

    Example::

        try:
            TriggerClient(secret_key="")
        except ConfigurationError as exc:
            print(exc)  # names TRIGGER_SECRET_KEY and how to set it
    """


class ClientClosedError(TriggerError, RuntimeError):
    """The client was used after ``close()``; create a new client.

    Example::

        client.close()
        client.runs.list()  # raises ClientClosedError
    """


class APIConnectionError(TriggerError):
    """The request did not get an HTTP response (DNS, refused, reset) after all retries.

    Example::

        except APIConnectionError as exc:
            print("Trigger.dev unreachable:", exc)
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out after all retries.

    Example::

        client.with_options(timeout=0.5).runs.list()  # may raise APITimeoutError
    """

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(TriggerError):
    """A 2xx response whose body could not be parsed into the expected model.

    The message says what the server sent (truncated); ``status`` and ``body`` keep it.

    Example::

        except APIResponseValidationError as exc:
            print(exc.status, exc.body[:100])
    """

    def __init__(self, message: str, *, status: int, body: str) -> None:
        self.status = status
        self.body = body
        super().__init__(message)


class ResponseTooLargeError(APIResponseValidationError):
    """A response (or a realtime message or stream line) exceeded its size cap; the rest was not read.

    ``limit`` is the cap in bytes (characters for realtime text). Raise the client's ``max_response_size`` if
    the server legitimately sends more.

    Example::

        except ResponseTooLargeError as exc:
            print("response larger than", exc.limit)
    """

    def __init__(self, message: str, *, status: int, limit: int) -> None:
        self.limit = limit
        super().__init__(message, status=status, body="")


class APIError(TriggerError):
    """The server answered with a non-2xx status.

    Attributes: ``status``, ``code``, ``param`` and ``type`` (when the body carries them: inside an ``error``
    object, else at the top level beside a string ``error``), ``message`` (the server's), ``request_id`` (from
    ``x-request-id`` when present), ``headers``, and ``body`` (the parsed JSON body, or the text).

    Example::

        except APIError as exc:
            print(exc.status, exc.code, exc.message, exc.request_id)
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.headers: dict[str, str] = {k.lower(): v for k, v in (headers or {}).items()}
        self.body = body
        self.code = code
        self.param = param
        self.type = type
        self.request_id = self.headers.get("x-request-id")
        super().__init__(f"{status} {message}")


class BadRequestError(APIError):
    """HTTP 400: the server rejected the request's parameters or body.

    Example::

        except BadRequestError as exc:
            print(exc.body)  # may list the invalid fields
    """


class AuthenticationError(APIError):
    """HTTP 401: the key or token is missing, wrong or revoked.

    Example::

        except AuthenticationError:
            print("check TRIGGER_SECRET_KEY")
    """


class PermissionDeniedError(APIError):
    """HTTP 403: the credential is valid but not allowed to do this.

    Example::

        except PermissionDeniedError:
            print("a public token cannot call management endpoints")
    """


class NotFoundError(APIError):
    """HTTP 404: the run, schedule, queue... does not exist (in this environment).

    Example::

        except NotFoundError:
            run = None
    """


class ConflictError(APIError):
    """HTTP 409: the request conflicts with the resource's state.

    Example::

        except ConflictError as exc:
            print(exc.message)
    """


class UnprocessableEntityError(APIError):
    """HTTP 422: the request was understood but cannot be processed.

    Example::

        except UnprocessableEntityError as exc:
            print(exc.message)
    """


class RateLimitError(APIError):
    """HTTP 429: the environment's rate limit is exhausted.

    ``retry_after`` is the number of seconds to wait (from ``x-ratelimit-reset`` or ``retry-after``);
    ``limit``, ``remaining`` and ``reset`` (epoch milliseconds, converted where a refused v3 batch sends seconds) come
    from the ``x-ratelimit-*`` headers.

    Example::

        except RateLimitError as exc:
            time.sleep(exc.retry_after or 1)
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, headers=headers, body=body, code=code, param=param, type=type)
        self.retry_after = retry_after
        self.limit = header_int(self.headers, "x-ratelimit-limit")
        self.remaining = header_int(self.headers, "x-ratelimit-remaining")
        self.reset = reset_epoch_ms(self.headers)


class InternalServerError(APIError):
    """HTTP 5xx after all retries.

    Example::

        except InternalServerError as exc:
            print("Trigger.dev is having trouble:", exc.status)
    """


class PollTimeoutError(TriggerError, TimeoutError):
    """A poll gave up before the run (or batch) finished; ``last`` holds the last state seen.

    Example::

        except PollTimeoutError as exc:
            print("still", exc.last.status)
    """

    def __init__(self, message: str, *, last: Any) -> None:
        self.last = last
        super().__init__(message)


class RunFailedError(TriggerError):
    """A run finished without success; ``run`` is the final run and ``error`` its error, if any.

    Example::

        except RunFailedError as exc:
            print(exc.run.status, exc.error)
    """

    def __init__(self, message: str, *, run: Any, error: Any = None) -> None:
        self.run = run
        self.error = error
        super().__init__(message)


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with credentials masked (``tr_dev_***``, ``Bearer ***``, ``eyJ***``) and each of ``secrets`` (the
    env var values a call sent), raw or JSON-escaped, replaced by ``***``.

    Example::

        redact("bad key tr_dev_abc123, value hunter2", secrets=["hunter2"])  # 'bad key tr_dev_***, value ***'
    """
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
        escaped = json.dumps(secret)[1:-1]
        if escaped != secret:
            text = text.replace(escaped, "***")
    return _CREDENTIALS.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3) or m.group(4)}***", text)


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


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, secrets: Iterable[str] = (), context: str = ""
) -> APIError:
    """The typed exception for a non-2xx response; ``secrets`` (values the call sent) are masked in its body, and
    ``context`` (who answered, when not the API) leads its message."""
    try:
        body_text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        body_text = ""
    secrets = tuple(secrets)
    if secrets:
        body_text = redact(body_text, secrets)
    message, body, fields = error_message(response.status_code, body_text)
    if context:
        message = f"{context}: {message}"
    kwargs: dict[str, Any] = {"status": response.status_code, "headers": response.headers, "body": body, **fields}
    if response.status_code == 429:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIError
    return cls(message, **kwargs)
