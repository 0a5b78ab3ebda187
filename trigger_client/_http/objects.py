"""httpx headers and requests built from values already in the form httpx keeps them, without normalizing them again.

``httpx.Headers`` type-checks, encodes and lower-cases every header on each construction, ``httpx.Request`` copies
its headers and URL once more, and each header lookup encodes and scans: on an async trigger that was about a fifth
of the client's own CPU (profiled at 32 concurrent calls). These functions build the very objects httpx's
constructors build by filling httpx's private layout (``Headers._list``, ``Request._content``) directly. That layout is
probed once, at import (:data:`LAYOUT_KNOWN`), against httpx's own constructors; on an httpx laid out otherwise the
public constructors and methods are used. tests/client/test_http_objects.py holds both ways to the same objects.
Request bodies are encoded and per-phase timeouts laid out here as httpx would, with what is constant made once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from trigger_client._compact_json import compact_encoder

# Headers as httpx keeps them (raw name, lower-case name, value), by (name, value): see request_headers.
EncodedHeaders = dict[tuple[str, str], tuple[bytes, bytes, bytes]]
_ENCODED_KEPT = 64


def request_headers(headers: Mapping[str, str], encoded: EncodedHeaders) -> httpx.Headers:
    """``httpx.Headers(headers)``, for str names and values (the client's own): ASCII, as httpx requires of str.

    ``encoded`` (one per client) keeps the first few headers encoded: a client sends the same credential, user
    agent and SDK headers on every request, and encoding each three times per request was a hundredth of an async
    trigger's CPU."""
    items = header_items(headers, encoded)
    return httpx.Headers(headers) if items is None else _new_headers(items)


def header_items(headers: Mapping[str, str], encoded: EncodedHeaders) -> list[tuple[bytes, bytes, bytes]] | None:
    """What :func:`request_headers` fills ``httpx.Headers`` with, or None where it uses httpx's constructor: an
    httpx whose layout is not known, a header that is bytes or not ASCII."""
    if not LAYOUT_KNOWN:
        return None
    items = []
    for pair in headers.items():
        item = encoded.get(pair)
        if item is None:
            try:
                name = pair[0].encode("ascii")
                item = (name, name.lower(), pair[1].encode("ascii"))
            except (AttributeError, UnicodeEncodeError):  # bytes or non-ASCII: httpx takes one, refuses the other
                return None
            if len(encoded) < _ENCODED_KEPT:
                encoded[pair] = item
        items.append(item)
    return items


def with_length(items: list[tuple[bytes, bytes, bytes]], length: str) -> httpx.Headers:
    """``request_headers`` of the headers ``items`` came from (:func:`header_items`) with ``Content-Length:
    length`` after them; ``items`` is left as it is."""
    return _new_headers([*items, (b"Content-Length", b"content-length", length.encode("ascii"))])


def raw_headers(pairs: Iterable[tuple[bytes, bytes]]) -> httpx.Headers:
    """``httpx.Headers(pairs)`` for the (name, value) bytes pairs a connection pool read off the wire."""
    if LAYOUT_KNOWN:
        return _new_headers([(key, key.lower(), value) for key, value in pairs])
    return httpx.Headers(list(pairs))


def _new_headers(items: list[tuple[bytes, bytes, bytes]]) -> httpx.Headers:
    """The headers holding ``items`` (raw name, lower-case name, value), as httpx.Headers' constructor leaves them."""
    built = httpx.Headers.__new__(httpx.Headers)
    built._list = items
    built._encoding = None
    return built


# Headers as another HTTP library takes them, by the (raw name, lower-case name, value) httpx keeps: see latin1_items.
DecodedHeaders = dict[tuple[bytes, bytes, bytes], tuple[str, str]]


def latin1_items(headers: httpx.Headers, decoded: DecodedHeaders) -> list[tuple[str, str]]:
    """Every header as sent, names in their case, each byte one character (what another HTTP library takes).

    ``decoded`` (one per connection pool) keeps the first few headers decoded: the client's own headers are the
    same objects on every request (see request_headers), and decoding each again cost as much as encoding them."""
    if LAYOUT_KNOWN:
        items = []
        for item in headers._list:
            pair = decoded.get(item)
            if pair is None:
                pair = (item[0].decode("latin-1"), item[2].decode("latin-1"))
                if len(decoded) < _ENCODED_KEPT:
                    decoded[item] = pair
            items.append(pair)
        return items
    return [(key.decode("latin-1"), value.decode("latin-1")) for key, value in headers.raw]


def has_header(headers: httpx.Headers, name: str) -> bool:
    """``name in headers``, for a lower-case ASCII ``name``."""
    if LAYOUT_KNOWN:
        key = name.encode("ascii")
        for _, present, _ in headers._list:  # noqa: SIM110 (a loop: any() over a generator resumes it per header)
            if present == key:
                return True
        return False
    return name in headers


def append_header(headers: httpx.Headers, name: str, value: str) -> None:
    """``headers[name] = value`` for a header not there yet, ``name`` lower case and both ASCII."""
    if LAYOUT_KNOWN:
        key = name.encode("ascii")
        headers._list.append((key, key, value.encode("ascii")))
    else:
        headers[name] = value


def header_values(headers: httpx.Headers) -> dict[str, str]:
    """Every header by its lower-case name, repeated ones joined as ``headers.get`` joins them: read once, so the
    pacer, the metrics and the retry policy each look theirs up in a dict rather than scan the headers again."""
    if not LAYOUT_KNOWN:
        return dict(headers.items())
    values: dict[str, str] = {}
    try:  # ASCII, as answers' headers are: then httpx's encoding is ASCII too, found without a pass of its own
        for _, key, value in headers._list:
            name, text = key.decode("ascii"), value.decode("ascii")
            values[name] = f"{values[name]}, {text}" if name in values else text
        return values
    except UnicodeDecodeError:
        values.clear()
    encoding = headers.encoding
    for _, key, value in headers._list:
        name = key.decode(encoding)
        values[name] = f"{values[name]}, {value.decode(encoding)}" if name in values else value.decode(encoding)
    return values


def stream_response(
    status: int,
    headers: httpx.Headers,
    stream: httpx.AsyncByteStream,
    request: httpx.Request,
    extensions: dict[str, object],
) -> httpx.Response:
    """``httpx.Response(status, headers=headers, stream=stream, request=request, extensions=extensions)``, taking
    ``headers`` and ``extensions`` as they are rather than copies: the caller made them for this response."""
    if not LAYOUT_KNOWN:
        return httpx.Response(status, headers=headers, stream=stream, request=request, extensions=extensions)
    return _new_response(status, headers, stream, request, extensions)


def _new_response(
    status: int,
    headers: httpx.Headers,
    stream: httpx.AsyncByteStream | httpx.SyncByteStream,
    request: httpx.Request,
    extensions: dict[str, object],
) -> httpx.Response:
    response = httpx.Response.__new__(httpx.Response)
    response.status_code = status
    response.headers = headers
    response._request = request
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = False
    response.is_stream_consumed = False
    response.default_encoding = "utf-8"
    response.stream = stream
    response._num_bytes_downloaded = 0
    return response


def body_request(
    method: str, url: httpx.URL, headers: httpx.Headers, content: bytes, extensions: dict[str, object]
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, stream=httpx.ByteStream(content), extensions=extensions)``,
    read (``request.content`` set), taking ``headers`` and ``extensions`` as they are rather than copies: the
    caller made them for this request. ``method`` is upper case."""
    if LAYOUT_KNOWN:
        request = httpx.Request.__new__(httpx.Request)
        request.method = method
        request.url = url
        request.headers = headers
        request.extensions = extensions
        request.stream = httpx.ByteStream(content)
        request._content = content
        return request
    request = httpx.Request(method, url, headers=headers, stream=httpx.ByteStream(content), extensions=extensions)
    request.read()
    return request


# httpx's JSON body encoder (httpx/_content.py encode_json), made once rather than by json.dumps on every call.
_JSON = compact_encoder(check_circular=True, allow_nan=False)
# httpx.Timeout(seconds).as_dict() by seconds (a float or None, what clients are mostly given), made once.
_TIMEOUTS: dict[float | None, dict[str, float | None]] = {}
_TIMEOUT_CACHE_SIZE = 256


def timeout_dict(value: float | httpx.Timeout | None) -> dict[str, float | None]:
    """The per-phase timeouts of ``value`` as httpx's request extension holds them; a fresh dict per request."""
    if value is not None and type(value) is not float:
        return httpx.Timeout(value).as_dict()
    known = _TIMEOUTS.get(value)
    if known is None:
        if len(_TIMEOUTS) >= _TIMEOUT_CACHE_SIZE:  # with_options(timeout=) per call could make many: keep few
            _TIMEOUTS.clear()
        known = _TIMEOUTS[value] = httpx.Timeout(value).as_dict()
    return dict(known)


def encoded_body(request: dict[str, Any]) -> bytes | None:
    """The request body as httpx would encode it (httpx/_content.py ``encode_json``, ``encode_content``), or None
    for a streamed body."""
    content = request.get("content")
    if content is None:
        payload = request.get("json")
        if payload is None:
            return b""
        return _JSON(payload).encode()
    if isinstance(content, str):
        return content.encode()
    return content if isinstance(content, bytes) else None


def _layout_known() -> bool:
    """Whether this httpx keeps headers in ``Headers._list`` and a request as 0.28 does (checked once)."""
    try:
        names = {"Content-Type": "application/json", "X-Two": "b"}
        slow = httpx.Headers(names)
        fast = _new_headers([(k.encode(), k.lower().encode(), v.encode()) for k, v in names.items()])
        if fast._list != slow._list or vars(fast) != vars(slow):
            return False
        raw = [(b"Content-Type", b"text/plain"), (b"x-one", b"1")]
        slow_raw = httpx.Headers(raw)
        fast_raw = _new_headers([(k, k.lower(), v) for k, v in raw])
        if vars(fast_raw) != vars(slow_raw) or fast_raw.raw != raw:
            return False
        url = httpx.URL("http://probe.invalid/path")
        public = httpx.Request("POST", url, headers=slow, stream=httpx.ByteStream(b"{}"), extensions={"a": 1})
        public.read()
        made = httpx.Request.__new__(httpx.Request)
        made.method, made.url, made.headers, made.extensions = "POST", url, fast, {"a": 1}
        made.stream, made._content = httpx.ByteStream(b"{}"), b"{}"
        if sorted(vars(made)) != sorted(vars(public)) or made.content != public.content:
            return False
        body = httpx.ByteStream(b"{}")
        answer = httpx.Response(200, headers=slow_raw, stream=body, request=public, extensions={"a": 1})
        ours = _new_response(200, fast_raw, body, public, {"a": 1})
        return vars(ours) == vars(answer)
    except Exception:
        return False


# Whether the functions above may fill httpx's private layout (checked once, at import).
LAYOUT_KNOWN = _layout_known()
