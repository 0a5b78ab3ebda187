"""The I/O shells of the realtime protocols: :class:`Subscription` (sync) and :class:`AsyncSubscription`.

They do the requests on the client's shared httpx client, so auth, headers, hooks, metrics, size caps and logging
apply as for every other call (docs/wire.md#realtime, docs/wire.md#realtime-retries); the protocols decide
everything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator, Generator
from typing import Any, Generic, TypeVar

import httpx

from trigger_client._config import CredentialKind
from trigger_client._core import connection_error
from trigger_client._error_answers import make_status_error
from trigger_client._exceptions import (
    APIResponseValidationError,
    ClientClosedError,
    ConfigurationError,
)
from trigger_client._realtime.packets import PacketLoader
from trigger_client._realtime.protocol import RealtimeProtocol
from trigger_client._realtime.requests import PollRequests
from trigger_client._steps import drive, drive_async

T = TypeVar("T")


def check_client(client: Any, operation: str) -> None:
    """Refuse before sending: a closed client, or a credential the realtime API does not accept."""
    if client._closed[0]:
        raise ClientClosedError("this client is closed; create a new TriggerClient")
    kind = client._credential.kind
    if kind not in (CredentialKind.SECRET_KEY, CredentialKind.PUBLIC_TOKEN):
        raise ConfigurationError(
            f"{operation} needs a secret key or a public access token, but this client was built with a "
            f"{kind.value}; create a client with TriggerClient(secret_key=...) or TriggerClient(access_token=jwt)"
        )


def _recoverable(exc: Exception, operation: str) -> Exception:
    """``exc`` when reconnecting may help; a typed error when the same request would fail the same way again."""
    if isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol | httpx.ProxyError):
        raise connection_error(exc, None) from exc
    if isinstance(exc, httpx.DecodingError):
        raise APIResponseValidationError(
            f"{operation}: the response body could not be decoded", status_code=200, body=""
        )
    return exc


class _Session:
    """What a subscription keeps besides its protocol: the token a refresh gave it, and the packets it loaded."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.token: str | None = None
        # A refresh was tried since the last good answer: another 401/403 is final (runStream.js authRefreshed).
        self.refreshed = False
        self.packets = PacketLoader()
        self.requests = PollRequests(client)

    def rejected(self, response: httpx.Response) -> bool:
        """Whether ``response`` is an auth failure the client's refresher may answer, once per good answer."""
        refresher = self.client._refresher
        return response.status_code in (401, 403) and refresher is not None and not self.refreshed

    def rejected_token(self) -> str:
        return self.token or self.client._credential.token


class Subscription(Generic[T]):
    """A realtime feed: iterate it; it ends by itself when the feed is over, or when you break or close it.

    Use it as a context manager (or call :meth:`close`) to end the underlying request at once; :meth:`close`
    may also be called from another thread.

    Example::

        with client.runs.subscribe(run_id) as runs:
            for run in runs:
                print(run.status)
    """

    def __init__(self, client: Any, protocol: RealtimeProtocol[T]) -> None:
        check_client(client, protocol.operation)
        self._client = client
        self._protocol = protocol
        self._session = _Session(client)
        self._closed = threading.Event()
        self._response: httpx.Response | None = None
        self._items = self._drive()

    def _refresh(self, response: httpx.Response) -> bool:
        session = self._session
        if not session.rejected(response):
            return False
        session.refreshed = True
        try:
            session.token = self._client._refresher.refresh(session.rejected_token())
        except Exception as exc:  # the user's function failed: the auth error stays final, as in the SDK
            raise make_status_error(response) from exc
        return True

    def _ready(self, item: T) -> T:
        session = self._session
        if not session.packets.pending(item):
            return item
        loaded: T = drive(self._client._run, session.packets.load(item, session.token))
        return loaded

    def _drive(self) -> Generator[T, None, None]:
        protocol, sender, session = self._protocol, self._client._sender, self._session
        while not self._closed.is_set() and (step := protocol.next_step()) is not None:
            if step.wait and self._closed.wait(step.wait):
                return
            self._client._check_fork()
            items: list[T] = []
            try:
                # Straight to the client's transport, as calls go (Core._run): httpx.Client.send would only add
                # its cookie jar, auth and redirect machinery, which the client never uses.
                response = sender.handle_request(session.requests.build(protocol, step, session.token))
                self._response = response
                try:
                    if not response.is_success:
                        response.read()
                        if not self._refresh(response):
                            protocol.on_failure(response)
                        continue
                    protocol.on_open(response)
                    for text in response.iter_text():
                        for item in protocol.feed(text):
                            session.refreshed = False
                            yield self._ready(item)
                    items = protocol.on_end()
                    session.refreshed = False
                finally:
                    self._response = None
                    response.close()
                    del response  # not kept while the next poll is held (see AsyncSubscription._drive)
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._closed.is_set():
                    return
                protocol.on_error(_recoverable(exc, protocol.operation))
            for item in items:
                yield self._ready(item)

    def __iter__(self) -> Subscription[T]:
        return self

    def __next__(self) -> T:
        return next(self._items)

    def close(self) -> None:
        """End the feed now, closing the request in flight."""
        self._closed.set()
        response = self._response
        if response is not None:
            response.close()
        # Iterating in another thread (ValueError): it stops at the closed response or the flag.
        with contextlib.suppress(ValueError):
            self._items.close()

    def __enter__(self) -> Subscription[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncSubscription(Generic[T]):
    """Async twin of :class:`Subscription`: ``async for``, ``async with`` and :meth:`aclose`.

    Every wait on the network runs as a task that :meth:`aclose` cancels, so closing ends a held long poll at once.

    Example::

        async with client.runs.subscribe(run_id) as runs:
            async for run in runs:
                print(run.status)
    """

    def __init__(self, client: Any, protocol: RealtimeProtocol[T]) -> None:
        check_client(client, protocol.operation)
        self._client = client
        self._protocol = protocol
        self._session = _Session(client)
        self._closed = False
        self._task: asyncio.Future[Any] | None = None
        self._items = self._drive()

    async def _refresh(self, response: httpx.Response) -> bool:
        session = self._session
        if not session.rejected(response):
            return False
        session.refreshed = True
        try:
            session.token = await self._io(self._client._refresher.refresh_async(session.rejected_token()))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the user's function failed: the auth error stays final, as in the SDK
            raise make_status_error(response) from exc
        return True

    async def _ready(self, item: T) -> T:
        session = self._session
        if not session.packets.pending(item):
            return item
        loaded: T = await self._io(drive_async(self._client._run, session.packets.load(item, session.token)))
        return loaded

    def _io(self, awaitable: Any) -> asyncio.Future[Any]:
        """``awaitable`` as the task :meth:`aclose` cancels, for the caller to await itself: no coroutine of ours
        waits in between, one frame fewer that each held poll keeps (and the garbage collector walks). The task
        stays ``_task`` until the next one replaces it; cancelling a finished task does nothing."""
        task: asyncio.Future[Any] = asyncio.ensure_future(awaitable)
        self._task = task
        return task

    async def _drive(self) -> AsyncGenerator[T, None]:
        protocol, sender, session = self._protocol, self._client._sender, self._session
        try:
            while not self._closed and (step := protocol.next_step()) is not None:
                if step.wait:
                    await self._io(asyncio.sleep(step.wait))
                items: list[T] = []
                try:
                    request = session.requests.build(protocol, step, session.token)
                    del step  # not kept while the poll is held
                    whole = protocol.items_at_end
                    # Nothing to yield before a shape answer's body ends: one task sends the request and reads the
                    # answer whole, not one for the request and one per chunk (a task per await is what lets
                    # aclose() cancel it).
                    exchange = _exchange(sender, request, protocol) if whole else sender.handle_async_request(request)
                    response = await self._io(exchange)
                    try:
                        if not response.is_success:
                            if not whole:
                                await self._io(response.aread())
                            if not await self._refresh(response):
                                protocol.on_failure(response)
                            continue
                        if not whole:
                            protocol.on_open(response)
                            chunks = response.aiter_text()
                            while True:
                                try:
                                    text = await self._io(chunks.__anext__())
                                except StopAsyncIteration:
                                    break
                                for item in protocol.feed(text):
                                    session.refreshed = False
                                    yield await self._ready(item)
                        items = protocol.on_end()
                        session.refreshed = False
                    finally:
                        await response.aclose()
                        # Not kept while the next poll is held: an answer keeps its request, aiohttp's response and
                        # their headers, which would double what each waiting subscription holds (and the garbage
                        # collector walks).
                        del response
                except (httpx.HTTPError, httpx.StreamError) as exc:
                    if self._closed:
                        return
                    protocol.on_error(_recoverable(exc, protocol.operation))
                for item in items:
                    yield await self._ready(item)
        except asyncio.CancelledError:
            # Our own aclose() cancelled the I/O task: end quietly. A cancelled consumer still sees the cancel.
            if self._closed and not _current_task_cancelling():
                return
            raise
        finally:
            self._task = None  # the last answer is not kept by a finished subscription

    def __aiter__(self) -> AsyncSubscription[T]:
        return self

    async def __anext__(self) -> T:
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """End the feed now, cancelling the request in flight."""
        self._closed = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
        # Iterating in another task (RuntimeError): it ends at the cancelled request.
        with contextlib.suppress(RuntimeError):
            await self._items.aclose()

    async def __aenter__(self) -> AsyncSubscription[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


async def _exchange(
    sender: httpx.AsyncBaseTransport, request: httpx.Request, protocol: RealtimeProtocol[Any]
) -> httpx.Response:
    """The answer to ``request``, its body read: into the protocol for a 2xx (whose ``feed`` returns nothing: its
    items come from ``on_end``), into the response otherwise. Closed if anything fails on the way."""
    response = await sender.handle_async_request(request)
    try:
        if response.is_success:
            protocol.on_open(response)
            _plain_encoding(response)
            async for text in response.aiter_text():
                protocol.feed(text)
        else:
            await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return response


def _plain_encoding(response: httpx.Response) -> None:
    """Tell ``response`` the encoding httpx would find for a content type naming no charset (its default), sparing it
    the parse it does through the email package to find that out (about 10 µs an answer)."""
    content_type = response.headers.get("content-type")
    if (content_type is None or "charset" not in content_type.lower()) and isinstance(response.default_encoding, str):
        response.encoding = response.default_encoding or "utf-8"


def _current_task_cancelling() -> bool:
    task = asyncio.current_task()
    cancelling = getattr(task, "cancelling", None)  # Python 3.11+
    return bool(cancelling()) if cancelling is not None else False
