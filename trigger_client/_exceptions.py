"""The error tree. Every failure a caller can see is a :class:`TriggerError`.

Example::

    from trigger_client import TriggerClient, NotFoundError

    with TriggerClient() as client:
        try:
            client.runs.retrieve("run_missing")
        except NotFoundError as exc:
            print(exc.status_code, exc.message)
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

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
        client.runs.list().first_page()  # raises ClientClosedError
    """


def _status_code(cls: type, status_code: int | None, status: int | None) -> int:
    """The status code given as ``status_code``, or through the deprecated ``status`` keyword."""
    if status is not None:
        warnings.warn(f"{cls.__name__}(status=...) is deprecated; pass status_code=", DeprecationWarning, stacklevel=3)
        status_code = status if status_code is None else status_code
    if status_code is None:
        raise TypeError(f"{cls.__name__}() needs status_code= (or response=)")
    return status_code


_ANSWER_KEYWORDS = frozenset({"status", "status_code", "response", "headers", "code"})


class APIError(TriggerError):
    """A request to the API failed: the server answered with an error (:class:`APIStatusError`), answered
    something unusable (:class:`APIResponseValidationError`), or did not answer (:class:`APIConnectionError`).

    Attributes: ``message``, ``request`` (the ``httpx.Request`` when known) and ``body`` (what the server sent:
    the parsed JSON body or the text; None without an answer).

    Example::

        try:
            client.runs.list().first_page()
        except APIError as exc:  # any failed request, answered or not
            print(type(exc).__name__, exc.message)
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> APIError:
        if cls is APIError and _ANSWER_KEYWORDS & kwargs.keys():
            # Before 0.2 APIError was the status error: APIError(message, status=404) builds one, for one version.
            warnings.warn(
                "APIError(..., status=...) for an HTTP answer is deprecated; use APIStatusError(..., status_code=...)",
                DeprecationWarning,
                stacklevel=2,
            )
            cls = APIStatusError
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: Any = None) -> None:
        self.message = message
        self.request = request
        self.body = body
        super().__init__(message)


class _DeprecatedStatus:
    """``.status``, the pre-0.2 name of ``.status_code``, kept for one minor version."""

    status_code: int

    @property
    def status(self) -> int:
        warnings.warn(f"{type(self).__name__}.status is deprecated; use .status_code", DeprecationWarning, stacklevel=2)
        return self.status_code


class APIConnectionError(APIError):
    """The request did not get an HTTP response (DNS, refused, reset) after all retries.

    Example::

        try:
            TriggerClient(api_url="http://127.0.0.1:9", max_retries=0).runs.list().first_page()
        except APIConnectionError as exc:
            print("Trigger.dev unreachable:", exc)
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out after all retries.

    Example::

        client.with_options(timeout=0.5).runs.list()  # may raise APITimeoutError
    """

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(_DeprecatedStatus, APIError):
    """A 2xx response whose body could not be parsed into the expected model.

    The message says what the server sent (truncated); ``status_code`` and ``body`` (the text, or ``""`` where it
    is not quoted) keep it, and ``response`` is the ``httpx.Response`` when the whole answer was read.

    Example::

        try:
            page = client.runs.list().first_page()
        except APIResponseValidationError as exc:
            print(exc.status_code, exc.body[:100])
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: str = "",
        response: httpx.Response | None = None,
        status: int | None = None,
    ) -> None:
        self.status_code = (
            response.status_code if response is not None else _status_code(type(self), status_code, status)
        )
        self.response = response
        super().__init__(message, request=request_of(response), body=body)


class ResponseTooLargeError(APIResponseValidationError):
    """A response (or a realtime message or stream line) exceeded its size cap; the rest was not read.

    ``limit`` is the cap in bytes (characters for realtime text). Raise the client's ``max_response_size`` if
    the server legitimately sends more.

    Example::

        try:
            page = client.runs.list(page_size=100).first_page()
        except ResponseTooLargeError as exc:
            print("response larger than", exc.limit)
    """

    def __init__(self, message: str, *, status_code: int | None = None, limit: int, status: int | None = None) -> None:
        self.limit = limit
        super().__init__(message, status_code=_status_code(type(self), status_code, status))


class APIStatusError(_DeprecatedStatus, APIError):
    """The server answered with a non-2xx status.

    Attributes: ``status_code``, ``response`` (the ``httpx.Response``), ``message`` (the server's), ``code``,
    ``param`` and ``type`` (when the body carries them: inside an ``error`` object, else at the top level beside a
    string ``error``), ``request_id`` (from ``x-request-id`` when present), ``headers`` (lower-cased names) and
    ``body`` (the parsed JSON body, or the text). Credentials, and the secret values a call sent, are masked in
    all of them: ``response`` is the answer as received or, when it echoed any, a copy with them masked.

    Example::

        try:
            client.runs.cancel("run_1234")
        except APIStatusError as exc:
            print(exc.status_code, exc.code, exc.message, exc.request_id)
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,  # the body's field, as openai and the SDK name it (so self.__class__ below)
        status: int | None = None,
    ) -> None:
        if response is None:
            # Built by hand (a test's fake error): an answer with just this status and these headers.
            response = httpx.Response(_status_code(self.__class__, status_code, status), headers=headers)
        self.response = response
        self.status_code = response.status_code
        self.headers: dict[str, str] = {
            k.lower(): v for k, v in (response.headers if headers is None else headers).items()
        }
        self.code = code
        self.param = param
        self.type = type
        self.request_id = self.headers.get("x-request-id")
        super().__init__(message, request=request_of(response), body=body)
        self.args = (f"{self.status_code} {message}",)  # str(exc) leads with the status: "404 Run not found"


class PollTimeoutError(TriggerError, TimeoutError):
    """A poll gave up before the run (or batch) finished; ``last`` holds the last state seen.

    Example::

        try:
            run = client.runs.poll("run_1234", timeout=600)
        except PollTimeoutError as exc:
            print("still", exc.last.status)
    """

    def __init__(self, message: str, *, last: Any) -> None:
        self.last = last
        super().__init__(message)


class RunFailedError(TriggerError):
    """A run finished without success; ``run`` is the final run and ``error`` its error, if any.

    Example::

        try:
            client.tasks.trigger_and_wait("resize-image", {"width": -1})
        except RunFailedError as exc:
            print(exc.run.status, exc.error)
    """

    def __init__(self, message: str, *, run: Any, error: Any = None) -> None:
        self.run = run
        self.error = error
        super().__init__(message)


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


def request_of(response: httpx.Response | None) -> httpx.Request | None:
    """The request a response answers, when httpx recorded it (a hand-built response has none)."""
    try:
        return response.request if response is not None else None
    except RuntimeError:
        return None
