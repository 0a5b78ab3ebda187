"""Reading response bodies inside the transport: a size cap applied after decompression, a per-attempt deadline
checked between chunks, and foreign (aiohttp) exceptions mapped to httpx ones so the retry policy sees them.

The transport reads a whole body within its attempt, so an error while reading is retried like a connection
error and ``timeout`` covers connect to last byte. It decompresses gzip and deflate itself, a bounded step at a
time, so a small compressed body cannot expand past the cap in one go (a "gzip bomb").
"""

from __future__ import annotations

import contextvars
import sys
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import NoReturn

import httpx

from trigger_client._exceptions import APIResponseValidationError, ResponseTooLargeError, TriggerError, redact

DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
# time.monotonic() by which the current sync attempt must be over (None: no bound); read by _deadline's sockets.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("trigger_attempt", default=None)
# Bytes of decompressed output produced per zlib call: memory beyond the cap is bounded by this.
_INFLATE_STEP = 256 * 1024
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def as_transport_error(exc: Exception, request: httpx.Request) -> Exception:
    """``exc`` if it is ours or httpx's; any other transport library's exception (aiohttp's ``ClientError``,
    a ``ValueError`` for a bad status line) as an ``httpx.RemoteProtocolError``, which the policy may retry."""
    if isinstance(exc, httpx.HTTPError | TriggerError):
        return exc
    # asyncio's own TimeoutError (a distinct class before 3.11) can only come from a loaded asyncio: look it up
    # rather than import asyncio with the client (it adds to import time).
    asyncio = sys.modules.get("asyncio")
    if isinstance(exc, TimeoutError) or (asyncio is not None and isinstance(exc, asyncio.TimeoutError)):
        return httpx.ReadTimeout("timed out", request=request)
    return httpx.RemoteProtocolError(redact(f"{type(exc).__name__}: {exc}")[:300], request=request)


def _reraise(exc: Exception, request: httpx.Request) -> NoReturn:
    mapped = as_transport_error(exc, request)
    if mapped is exc:
        raise exc
    raise mapped from exc


class BodyCollector:
    """Collects one response body, decoded, refusing more than ``limit`` bytes of it."""

    __slots__ = ("_deflate", "_inflater", "limit", "operation", "parts", "size", "status")  # one per response

    def __init__(self, response: httpx.Response, limit: int, operation: str, content_encoding: str = "") -> None:
        """``content_encoding``: the response's header of that name ("" when absent)."""
        self.limit = limit
        self.operation = operation
        self.status = response.status_code
        self.size = 0
        self.parts: list[bytes] = []
        encoding = content_encoding.strip().lower()
        self._deflate = encoding == "deflate"
        if encoding in ("", "identity"):
            self._inflater: zlib._Decompress | None = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif self._deflate:
            self._inflater = zlib.decompressobj()
        else:
            raise APIResponseValidationError(
                f"{operation}: the server sent content-encoding {encoding[:40]!r}, which was not asked for",
                status_code=self.status,
                body="",
            )

    @property
    def decoded(self) -> bool:
        """Whether the body came compressed (and was inflated here)."""
        return self._inflater is not None

    def add(self, data: bytes) -> None:
        if self._inflater is None:
            self._keep(data)
            return
        try:
            while data:
                self._keep(self._inflater.decompress(data, _INFLATE_STEP))
                data = self._inflater.unconsumed_tail
        except zlib.error:
            if self._deflate and not self.parts:
                # "deflate" is sometimes sent raw, without the zlib header (httpx accepts both too).
                self._deflate, self._inflater = False, zlib.decompressobj(-zlib.MAX_WBITS)
                self.add(data)
                return
            raise self._corrupt() from None

    def finish(self) -> bytes:
        if self._inflater is not None:
            try:
                self._keep(self._inflater.flush())
            except zlib.error:
                raise self._corrupt() from None
        return b"".join(self.parts)

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ResponseTooLargeError(
                f"{self.operation}: response body larger than max_response_size ({self.limit} bytes); not read further",
                status_code=self.status,
                limit=self.limit,
            )
        if data:
            self.parts.append(data)

    def _corrupt(self) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"{self.operation}: the compressed response body is corrupt", status_code=self.status, body=""
        )


def rebuilt(response: httpx.Response, content: bytes, request: httpx.Request, decoded: bool) -> httpx.Response:
    """A read response holding ``content``; when it was ``decoded`` (it came compressed), without the headers that
    described the encoded body, so httpx does not decode it again.

    It is left as ``Response.read()`` leaves a response (httpx/_models.py: the body in ``_content``, the stream
    consumed and closed) rather than read again through httpx's decoders, which cost as much as the rest of the
    response handling (profiled). That is httpx's private layout, so it is probed once (:data:`CONTENT_SETTABLE`);
    on an httpx without it the response is read the public way. tests/client/test_body.py holds both to httpx's own
    behaviour.
    """
    if CONTENT_SETTABLE and not decoded:
        # Its headers still describe the body: the response itself is left as read (one object less per call).
        response.request = request
        if type(response.stream) is not httpx.ByteStream:  # one already holds this very body (read whole)
            response.stream = httpx.ByteStream(content)
        response._content = content
        response.is_stream_consumed = response.is_closed = True
        return response
    headers: httpx.Headers | list[tuple[str, str]] = response.headers
    if decoded:
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(content))))
    result = httpx.Response(
        response.status_code,
        headers=headers,
        stream=httpx.ByteStream(content),
        extensions=response.extensions,
        request=request,
    )
    if CONTENT_SETTABLE:
        result._content = content
        result.is_stream_consumed = result.is_closed = True
    else:
        result.read()
    return result


def _content_settable() -> bool:
    """Whether this httpx keeps a read body in ``Response._content``, as 0.28 and 0.29 do."""
    probe = httpx.Response(200, stream=httpx.ByteStream(b""))
    try:
        probe._content = b"ok"
        probe.is_stream_consumed = probe.is_closed = True
        return probe.content == b"ok" and list(probe.iter_bytes()) == [b"ok"]
    except Exception:
        return False


# Whether rebuilt() may set the body directly (checked once, at import).
CONTENT_SETTABLE = _content_settable()


def check_deadline(deadline: float | None, request: httpx.Request) -> None:
    """Raise a read timeout once the attempt's deadline (``time.monotonic()``) has passed."""
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("the attempt exceeded its timeout while reading the response", request=request)


def read_sync(
    response: httpx.Response, request: httpx.Request, collector: BodyCollector, deadline: float | None
) -> httpx.Response:
    """Read the whole body of ``response`` within ``deadline`` and return it rebuilt."""
    stream = response.stream
    assert isinstance(stream, httpx.SyncByteStream)
    try:
        for data in stream:
            collector.add(data)
            check_deadline(deadline, request)
        content = collector.finish()
    except Exception as exc:
        _reraise(exc, request)
    finally:
        stream.close()  # as in read_async
    return rebuilt(response, content, request, collector.decoded)


async def read_async(response: httpx.Response, request: httpx.Request, collector: BodyCollector) -> httpx.Response:
    """Async twin of :func:`read_sync`; the caller bounds the time (the async transport cuts each attempt)."""
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    try:
        async for data in stream:
            collector.add(data)
        content = collector.finish()
    except Exception as exc:
        _reraise(exc, request)
    finally:
        # The stream itself, not response.aclose(): this response is not handed on (rebuilt() replaces it), and
        # httpx's close adds a context manager per call.
        await stream.aclose()
    return rebuilt(response, content, request, collector.decoded)


class MappedStream(httpx.SyncByteStream):
    """A streamed (realtime) body whose foreign exceptions surface as httpx ones."""

    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self.inner, self.request = inner, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.inner
        except Exception as exc:
            _reraise(exc, self.request)

    def close(self) -> None:
        self.inner.close()


class AsyncMappedStream(httpx.AsyncByteStream):
    """Async twin of :class:`MappedStream`."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self.inner, self.request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for data in self.inner:
                yield data
        except Exception as exc:
            _reraise(exc, self.request)

    async def aclose(self) -> None:
        await self.inner.aclose()
