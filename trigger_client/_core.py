"""Executing generated operations: one request pipeline, a sync and an async shell around it.

The generated module of an operation builds the request and its success parser (its typed ``build()``);
this module sends it through the shared httpx client and turns every failure into a typed
:class:`~trigger_client.TriggerError`.
"""

from __future__ import annotations

import os
from typing import Any, TypeVar

import httpx

from trigger_api.errors import UnsafePathSegment
from trigger_client._config import Credential, CredentialKind
from trigger_client._error_answers import make_status_error, masked_answer
from trigger_client._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    ValidationError,
    redact,
)
from trigger_client._http.call import ATTEMPTS, CALL_OPTIONS, CallOptions
from trigger_client._http.objects import (
    EncodedHeaders,
    body_request,
    encoded_body,
    header_items,
    request_headers,
    timeout_dict,
    with_length,
)
from trigger_client._http.retry import server_requested_delay
from trigger_client._operation import Auth, Capture, Operation

T = TypeVar("T")

_BODY_EXCERPT = 200
_URL_CACHE_SIZE = 256
# httpx sends Content-Length: 0 for these methods without a body (httpx.Request._prepare).
_SENDS_LENGTH = frozenset({"POST", "PUT", "PATCH"})


# The credentials each kind of operation accepts (docs/wire.md#pat-or-secret-key).
_ALLOWED: dict[Auth, frozenset[CredentialKind]] = {
    Auth.SECRET_KEY: frozenset({CredentialKind.SECRET_KEY}),
    Auth.PERSONAL_ACCESS_TOKEN: frozenset({CredentialKind.PERSONAL_ACCESS_TOKEN}),
    Auth.PROJECT: frozenset({CredentialKind.SECRET_KEY, CredentialKind.PERSONAL_ACCESS_TOKEN}),
    Auth.PUBLIC: frozenset({CredentialKind.SECRET_KEY, CredentialKind.PUBLIC_TOKEN}),
    Auth.NONE: frozenset(CredentialKind),
}


class Settings:
    """Per-client-view settings that ``with_options`` changes (a plain class: a dataclass costs import time)."""

    __slots__ = ("deadline", "max_retries", "timeout")

    def __init__(
        self, timeout: float | httpx.Timeout | None, max_retries: int | None = None, deadline: float | None = None
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.deadline = deadline

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (``timeout``, ``max_retries``, ``deadline``) applied."""
        fields = {"timeout": self.timeout, "max_retries": self.max_retries, "deadline": self.deadline}
        return Settings(**(fields | changes))


class Core:
    """What sync and async clients share: credential checks, request preparation, response handling."""

    _credential: Credential
    _settings: Settings
    _closed: list[bool]  # shared by with_options() views of one client
    _pid: int
    _capture: Capture | None = None
    _headers: dict[str, str]  # the client's headers (credential, user agent, SDK headers), lower-case names
    _user_headers: dict[str, str]  # default_headers=, among _headers
    _view_headers: dict[str, str]  # with_options(headers=) of this view, among _headers
    _store_headers: dict[str, str]  # what requests to other hosts (presigned object-store URLs) start from
    _url_prefix: str  # the API URL with one trailing slash, which every generated path goes under
    _urls: dict[str, tuple[httpx.URL, str]]  # parsed URLs and their Host headers, by URL (see _url)
    _encoded: EncodedHeaders  # the headers this client sends, encoded as httpx keeps them (see request_headers)
    # Requests' headers, merged and encoded, by what decides them (see _merged_headers).
    _merged: dict[tuple[Any, ...], tuple[dict[str, str], list[tuple[bytes, bytes, bytes]] | None]]
    raw: Any

    def _prepare(self, op: Operation[Any]) -> dict[str, Any]:
        if self._closed[0]:
            raise ClientClosedError("this client is closed; create a new TriggerClient")
        self._check_fork()
        kind = self._credential.kind
        if kind not in _ALLOWED[op.auth]:
            raise ConfigurationError(
                f"{op.name} needs {op.auth.value}, but this client was built with a {kind.value}; "
                "create a client with the right credential (e.g. TriggerClient(secret_key=...))"
            )
        try:
            request = op.prepare()
        except UnsafePathSegment as exc:  # the generated layer's own guard, for callers that skipped _validate
            raise ValidationError(exc.name, "must be exactly one path segment (not empty, '.' or '..')") from None
        settings = self._settings
        options = CallOptions(op.name, settings.max_retries, settings.deadline, template=op.template)
        request["extensions"] = {CALL_OPTIONS: options}
        request["timeout"] = self._settings.timeout  # None means no timeout (httpx), as with_options documents
        return request

    def _remember_defaults(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """What every request starts from, computed once per client rather than on each call."""
        self._headers = dict(http.headers)
        # The user's headers are for the API and the gateways in front of it, and may hold their secrets: requests
        # to other hosts (presigned object-store URLs) do not carry them.
        self._store_headers = {name: value for name, value in self._headers.items() if name not in self._user_headers}
        self._view_headers = {}
        self._url_prefix = str(http.base_url).rstrip("/") + "/"
        self._urls = {}
        self._encoded = {}
        self._merged = {}

    def _add_headers(self, extra: dict[str, str]) -> None:
        """Make this view (a copy from ``with_options``) send ``extra`` too: in its calls, realtime feeds and raw
        calls."""
        self._headers = self._headers | extra
        self._view_headers = self._view_headers | extra
        self._merged = {}  # kept for the previous headers
        self.raw = self.raw.with_headers(extra)

    def _url(self, url: str) -> tuple[httpx.URL, str]:
        """``url`` parsed, with its Host header; remembered, since a client calls few distinct URLs over and over
        and httpx's parser checks every character (profiled: a tenth of an async trigger's CPU)."""
        known = self._urls.get(url)
        if known is None:
            if len(self._urls) >= _URL_CACHE_SIZE:  # run ids make new URLs: keep the memo bounded
                self._urls.clear()
            parsed = httpx.URL(url)
            known = self._urls[url] = (parsed, parsed.netloc.decode("ascii"))
        return known

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, op: Operation[Any], request: dict[str, Any]
    ) -> httpx.Request:
        """``http.build_request(**request)`` without what these calls never use: client cookies and query
        parameters, and a base-URL merge that parses the URL three times (profiled: a quarter of a trigger's CPU).
        The client's headers (credential, user agent, SDK headers) come first; the operation's override them.

        A JSON, text or bytes body is encoded here as httpx encodes it, and the request built around it with the
        Host and Content-Length headers httpx would add: httpx.Request would otherwise normalize every header twice
        (profiled, async at 32 concurrent calls). Streamed bodies (batch items) are left to httpx."""
        url = request["url"]
        base = self._store_headers
        if not url.startswith(("https://", "http://")):  # the generated paths, relative to the API URL
            url = self._url_prefix + url.lstrip("/")
            base = self._headers
        target, host = self._url(url)
        params = request.get("params")
        if params and target.query == b"":
            # The query encoded as httpx encodes it and the URL parsed once: given params, httpx.Request parses the
            # URL again to merge them in (profiled: most of a listing page's request building).
            query = str(httpx.QueryParams(params))
            target, params = (httpx.URL(f"{target}?{query}") if query else target), None
        headers, items = self._merged_headers(base, host, request.get("headers"), op.auth is Auth.NONE)
        extensions = request["extensions"]
        extensions["timeout"] = timeout_dict(request["timeout"])
        method = request["method"].upper()
        body = encoded_body(request)
        if body is None:
            return httpx.Request(
                method,
                target,
                params=params,
                headers={name: value for name, value in headers.items() if name != "Host"},
                content=request["content"],
                extensions=extensions,
            )
        length = None
        if "content-length" not in headers:
            if body:
                length = str(len(body))
            elif method in _SENDS_LENGTH:  # where httpx puts it for an empty body: right after Host
                headers = {"Host": host, "Content-Length": "0", **headers}
                items = None
        if params is not None:
            target = httpx.URL(target, params=params)  # as httpx.Request merges them
        if items is None or length is None:
            if length is not None:
                headers = {**headers, "Content-Length": length}
            encoded = request_headers(headers, self._encoded)
        else:
            encoded = with_length(items, length)
        # Read (request.content set), as transports and tests read it.
        return body_request(method, target, encoded, body, extensions)

    def _merged_headers(
        self, base: dict[str, str], host: str, extra: dict[str, str] | None, public: bool
    ) -> tuple[dict[str, str], list[tuple[bytes, bytes, bytes]] | None]:
        """The headers of a request to ``host`` (Host first, then the client's ``base``, then the operation's
        ``extra`` by lower-case name; no credential on ``public`` routes), and the same encoded as httpx keeps them
        (None where httpx's layout is not known). Not to be changed: kept by what decides them, since an operation
        sends the same ones on every call (profiled: merging and encoding them was a hundredth of an async trigger).
        """
        try:
            key = (base is self._headers, host, tuple(extra.items()) if extra else (), public)
            known = self._merged.get(key)
        except TypeError:  # a value that is not hashable (httpx refuses it anyway): nothing kept
            key, known = None, None
        if known is not None:
            return known
        headers = {"Host": host, **base}
        if extra:
            headers.update({name.lower(): value for name, value in extra.items()})
        if public:  # public routes (timezones, waitpoint callbacks): the SDK sends no credential
            headers.pop("authorization", None)
        merged = (headers, header_items(headers, self._encoded))
        if key is not None:
            if len(self._merged) >= _URL_CACHE_SIZE:  # per-call header values would make new keys: keep few
                self._merged.clear()
            self._merged[key] = merged
        return merged

    def _check_fork(self) -> None:
        # Sockets (and, for the async client, an event loop's connector) inherited across fork() would be shared
        # with the parent: refuse instead of corrupting both.
        if self._pid != os.getpid():
            raise ClientClosedError("this client was created in another process; create a new client after fork()")

    def _finish(self, op: Operation[T], response: httpx.Response) -> T:
        if not response.is_success:
            retry_after = server_requested_delay(response.headers) if response.status_code == 429 else None
            raise make_status_error(response, retry_after=retry_after, secrets=op.secrets, context=op.context)
        try:
            parsed = op.parse(response)
            if not op.checked:
                _check_parsed(parsed)
            result = op.convert(parsed)
        except Exception as exc:  # the generated parser raises KeyError/TypeError/ValueError on odd bodies
            raise _validation_error(op, response, exc) from exc
        if self._capture is not None:
            self._capture.response = response
        return result


def _check_parsed(parsed: Any) -> None:
    """``check_parsed``, imported with the first answer, not at ``import trigger_client`` (import time): it imports
    attrs, which the generated models bring along anyway. Then this name is rebound to it, so later calls go
    straight there."""
    global _check_parsed
    from trigger_client._typecheck import check_parsed

    _check_parsed = check_parsed
    check_parsed(parsed)


def _validation_error(op: Operation[Any], response: httpx.Response, exc: Exception) -> APIResponseValidationError:
    content_type = response.headers.get("content-type", "no content type")
    if op.sensitive:
        # The body may hold env var values (of this or other variables): say what failed, quote nothing.
        return APIResponseValidationError(
            f"{op.name}: could not parse the {response.status_code} response ({content_type}): "
            f"{type(exc).__name__} (body not quoted: it may hold secret values)",
            status_code=response.status_code,  # not the response either
            body="",
        )
    text, _headers, answer = masked_answer(response, op.secrets)
    excerpt = text if len(text) <= _BODY_EXCERPT else text[:_BODY_EXCERPT] + "…"
    return APIResponseValidationError(
        redact(
            f"{op.name}: could not parse the {response.status_code} response ({content_type}): "
            f"{type(exc).__name__}: {exc}; body: {excerpt!r}",
            op.secrets,
        ),
        response=answer,
        body=text,
    )


def connection_error(exc: httpx.HTTPError, request: httpx.Request | None) -> APIConnectionError:
    """The typed error for a request that got no usable response, saying how many attempts were made and where."""
    attempts = request.extensions.get(ATTEMPTS, 1) if request is not None else 1
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    # The URL tried (without its query) tells a wrong TRIGGER_API_URL from a network problem.
    where = f" ({request.method} {request.url.copy_with(query=None)})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out {tries}{where}: {type(exc).__name__}", request=request)
    return APIConnectionError(redact(f"connection error {tries}{where}: {type(exc).__name__}: {exc}"), request=request)


class SyncCore(Core):
    """Sync execution of operations over a shared ``httpx.Client``."""

    _http: httpx.Client
    _sender: httpx.BaseTransport  # the transport _http was built with

    def _run(self, op: Operation[T]) -> T:
        built = self._build(self._http, op, self._prepare(op))
        # Straight to the client's transport, which holds every cross-cutting behaviour: httpx.Client.send would
        # only add cookie extraction, auth and redirect machinery that these calls never use.
        try:
            response = self._sender.handle_request(built)
            response.read()
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        return self._finish(op, response)


class AsyncCore(Core):
    """Async execution of operations over a shared ``httpx.AsyncClient``."""

    _http: httpx.AsyncClient
    _sender: httpx.AsyncBaseTransport

    async def _run(self, op: Operation[T]) -> T:
        built = self._build(self._http, op, self._prepare(op))
        try:
            response = await self._sender.handle_async_request(built)
            if not response.is_closed:  # the transport reads whole bodies itself: no coroutine to return them again
                await response.aread()
        except httpx.HTTPError as exc:
            raise connection_error(exc, built) from exc
        return self._finish(op, response)


def with_settings(settings: Settings, **changes: Any) -> Settings:
    return settings.replace(**{k: v for k, v in changes.items() if v is not None})
