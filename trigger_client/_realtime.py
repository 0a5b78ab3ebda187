"""Realtime: the Electric shape long-poll (run, tag and batch subscriptions) and SSE run streams.

Each protocol is a sans-I/O state machine (:class:`ShapeProtocol`, :class:`SseProtocol`): it says which request
to send next and how long to wait first, and turns response bytes into items. :class:`Subscription` and
:class:`AsyncSubscription` are the thin sync and async shells that do the I/O on the client's shared httpx client,
so auth, headers, hooks and metrics apply as for every other call (sdk-wire.md §9, §5.5).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import threading
from collections import OrderedDict, deque
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Generic, Protocol, TypeVar

import httpx

from trigger_client._config import CredentialKind
from trigger_client._exceptions import (
    APIResponseValidationError,
    ClientClosedError,
    ConfigurationError,
    ValidationError,
    make_status_error,
)
from trigger_client._payloads import deserialize_payload
from trigger_client._retry import server_requested_delay
from trigger_client._transport import CALL_OPTIONS, CallOptions

__all__ = ["AsyncSubscription", "RealtimeRun", "RunError", "StreamChunk", "Subscription"]

logger = logging.getLogger("trigger_client")

T = TypeVar("T")

ELECTRIC_VERSION = "1.0.0-beta.1"
# The server holds a live request ~20-30 s; a read timeout above that tells a dead link from a quiet shape.
LONG_POLL_TIMEOUT = httpx.Timeout(30.0, read=60.0)
SSE_CONNECT_TIMEOUT = 30.0
# Read timeout beyond the stream's own inactivity limit: after it, reconnect with Last-Event-ID.
SSE_READ_MARGIN = 30.0
SSE_DEFAULT_INACTIVITY = 60

SKIPPABLE_COLUMNS = frozenset(
    {
        "startedAt",
        "delayUntil",
        "queuedAt",
        "expiredAt",
        "completedAt",
        "number",
        "isTest",
        "usageDurationMs",
        "costInCents",
        "baseCostInCents",
        "ttl",
        "payload",
        "payloadType",
        "metadata",
        "output",
        "outputType",
        "runTags",
        "error",
    }
)

# Internal (database) status → public status (§8); unknown values read as QUEUED like the SDK's mapper.
STATUS_MAP = {
    "DELAYED": "DELAYED",
    "PENDING_VERSION": "PENDING_VERSION",
    "WAITING_FOR_DEPLOY": "PENDING_VERSION",
    "PENDING": "QUEUED",
    "PAUSED": "WAITING",
    "WAITING_TO_RESUME": "WAITING",
    "DEQUEUED": "DEQUEUED",
    "EXECUTING": "EXECUTING",
    "RETRYING_AFTER_FAILURE": "EXECUTING",
    "CANCELED": "CANCELED",
    "COMPLETED_SUCCESSFULLY": "COMPLETED",
    "SYSTEM_FAILURE": "SYSTEM_FAILURE",
    "CRASHED": "CRASHED",
    "INTERRUPTED": "FAILED",
    "COMPLETED_WITH_ERRORS": "FAILED",
    "EXPIRED": "EXPIRED",
    "TIMED_OUT": "TIMED_OUT",
}
_FAILED = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT"})


def public_status(internal: str) -> str:
    """The public status for a realtime row's internal one, e.g. ``COMPLETED_SUCCESSFULLY`` → ``COMPLETED``."""
    return STATUS_MAP.get(internal, "QUEUED")


# --- values of a shape row ------------------------------------------------------------------------


def parse_pg_array(text: str, element: Callable[[str | None], Any] = lambda s: s) -> list[Any]:
    """A Postgres array literal as a (nested) list; unquoted ``NULL`` is ``None``.

    Example::

        parse_pg_array('{"a","b c",NULL,d}')  # ['a', 'b c', None, 'd']
    """
    pos = 0

    def parse() -> list[Any]:
        nonlocal pos
        if text[pos] != "{":
            raise ValueError(f"expected '{{' at {pos} in {text!r}")
        pos += 1
        items: list[Any] = []
        while pos < len(text):
            char = text[pos]
            if char == "}":
                pos += 1
                return items
            if char == ",":
                pos += 1
            elif char == "{":
                items.append(parse())
            elif char == '"':
                pos += 1
                chars: list[str] = []
                while text[pos] != '"':
                    if text[pos] == "\\":
                        pos += 1
                    chars.append(text[pos])
                    pos += 1
                pos += 1
                items.append(element("".join(chars)))
            else:
                end = pos
                while text[end] not in ",}":
                    end += 1
                raw = text[pos:end].strip()
                items.append(None if raw == "NULL" else element(raw))
                pos = end
        raise ValueError(f"unterminated array literal {text!r}")

    return parse()


def _scalar(kind: str) -> Callable[[str | None], Any]:
    def convert(value: str | None) -> Any:
        if value is None:
            return None
        if kind in ("int2", "int4", "int8"):
            return int(value)
        if kind in ("float4", "float8", "numeric"):
            return float(value)
        if kind == "bool":
            return value in ("true", "t")
        if kind in ("json", "jsonb"):
            return json.loads(value)
        return value

    return convert


def decode_value(value: Any, column: Mapping[str, Any] | None) -> Any:
    """One column value of a shape row, decoded by its ``electric-schema`` entry (``{type, dims?}``)."""
    if value is None or not isinstance(value, str) or column is None:
        return value
    convert = _scalar(str(column.get("type", "text")))
    if column.get("dims"):
        return parse_pg_array(value, convert)
    return convert(value)


def parse_timestamp(value: Any) -> datetime | None:
    """A shape timestamp; the server sends none with a zone (``2024-01-01T00:00:00.000``), which is UTC."""
    if not value:
        return None
    parsed = datetime.fromisoformat(str(value).replace(" ", "T").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class RunError:
    """Why a run failed, as the SDK presents a ``TaskRunError``."""

    message: str
    name: str | None = None
    stack_trace: str | None = None


def _run_error(raw: Any) -> RunError | None:
    if not isinstance(raw, Mapping):
        return None if raw is None else RunError(str(raw))
    kind = raw.get("type")
    if kind in ("STRING_ERROR", "CUSTOM_ERROR"):
        return RunError(str(raw.get("raw", "")))
    if kind == "INTERNAL_ERROR":
        return RunError(f"trigger.dev internal error ({raw.get('code')})")
    return RunError(str(raw.get("message", "")), raw.get("name"), raw.get("stackTrace"))


def _packet(data: Any, data_type: Any) -> Any:
    if data_type is None:
        return None
    if data_type == "application/store":
        return data  # offloaded (> 128 KiB): the storage path; runs.retrieve() downloads the value
    return deserialize_payload(data, data_type)


@dataclass(frozen=True)
class RealtimeRun:
    """A snapshot of a run from a realtime subscription (the SDK's realtime run object, §9.4).

    ``status`` is the public status; the ``is_*`` flags follow the realtime definitions (``is_completed`` is
    false for CANCELED, ``is_failed`` includes EXPIRED and TIMED_OUT). Timestamps are aware UTC datetimes.

    Example::

        for run in client.runs.subscribe("run_1234"):
            print(run.status, run.updated_at, run.metadata)
    """

    id: str
    status: str
    task_identifier: str
    created_at: datetime
    updated_at: datetime
    payload: Any = None
    output: Any = None
    metadata: Any = None
    tags: tuple[str, ...] = ()
    error: RunError | None = None
    duration_ms: int = 0
    cost_in_cents: float = 0
    base_cost_in_cents: float = 0
    idempotency_key: str | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    delayed_until: datetime | None = None
    queued_at: datetime | None = None
    expired_at: datetime | None = None
    is_test: bool = False
    realtime_streams: tuple[str, ...] = ()
    is_queued: bool = False
    is_waiting: bool = False
    is_executing: bool = False
    is_completed: bool = False
    is_failed: bool = False
    is_success: bool = False
    is_cancelled: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RealtimeRun:
        """A snapshot from a merged, decoded shape row (internal status, zone-less timestamps)."""
        status = public_status(str(row["status"]))
        return cls(
            id=str(row["friendlyId"]),
            status=status,
            task_identifier=str(row["taskIdentifier"]),
            created_at=_required_time(row, "createdAt"),
            updated_at=_required_time(row, "updatedAt"),
            payload=_packet(row.get("payload"), row.get("payloadType")),
            output=_packet(row.get("output"), row.get("outputType")),
            metadata=_packet(row.get("metadata"), row.get("metadataType")) if row.get("metadata") else None,
            tags=tuple(row.get("runTags") or ()),
            error=_run_error(row.get("error")),
            duration_ms=int(row.get("usageDurationMs") or 0),
            cost_in_cents=row.get("costInCents") or 0,
            base_cost_in_cents=row.get("baseCostInCents") or 0,
            idempotency_key=row.get("idempotencyKey"),
            started_at=parse_timestamp(row.get("startedAt")),
            finished_at=parse_timestamp(row.get("completedAt")),
            delayed_until=parse_timestamp(row.get("delayUntil")),
            queued_at=parse_timestamp(row.get("queuedAt")),
            expired_at=parse_timestamp(row.get("expiredAt")),
            is_test=bool(row.get("isTest") or False),
            realtime_streams=tuple(row.get("realtimeStreams") or ()),
            is_queued=status in ("PENDING_VERSION", "QUEUED", "DELAYED"),
            is_waiting=status == "WAITING",
            is_executing=status in ("DEQUEUED", "EXECUTING"),
            is_completed=status == "COMPLETED" or status in _FAILED,
            is_failed=status in _FAILED,
            is_success=status == "COMPLETED",
            is_cancelled=status == "CANCELED",
        )


def _required_time(row: Mapping[str, Any], column: str) -> datetime:
    value = parse_timestamp(row.get(column))
    if value is None:
        raise ValueError(f"realtime row without {column}")
    return value


def run_is_finished(run: RealtimeRun) -> bool:
    """The SDK's completion test (``finishedAt`` set): unlike ``is_completed`` it includes CANCELED."""
    return run.finished_at is not None or run.is_completed or run.is_cancelled


@dataclass(frozen=True)
class StreamChunk:
    """One chunk of a run's realtime stream: ``data`` (parsed JSON or text) and the ``id`` to resume after.

    Example::

        for chunk in client.runs.stream("run_1234", "openai"):
            print(chunk.id, chunk.data)
    """

    id: str
    data: Any
    timestamp: datetime | None = None


# --- the protocols, free of I/O -------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """The next request of a protocol: where, with what, and how long to wait before sending it."""

    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]
    timeout: httpx.Timeout
    wait: float = 0.0


class RealtimeProtocol(Protocol[T]):
    """What the I/O shells drive: requests out, bytes in, items out."""

    operation: str

    def next_step(self) -> Step | None:
        """The next request, or None when the feed is over."""

    def on_open(self, response: httpx.Response) -> None:
        """A 2xx response's headers arrived."""

    def feed(self, text: str) -> list[T]:
        """Part of the body arrived."""

    def on_end(self) -> list[T]:
        """The body ended cleanly."""

    def on_failure(self, response: httpx.Response) -> None:
        """A non-2xx response (body read): schedule a retry or raise."""

    def on_error(self, error: Exception) -> None:
        """The connection failed: schedule a retry."""


class ShapeProtocol(Generic[T]):
    """Electric's shape long-poll as the SDK uses it (§9.2, §9.3, §5.5), yielding ``convert(row)`` per changed row.

    Rows are merged per key and emitted once per ``up-to-date`` batch; the offset, handle and cursor advance only
    after a body was read whole, so a retried request neither loses nor repeats updates. ``stop(item)`` ends the
    feed after that item.
    """

    def __init__(
        self,
        operation: str,
        path: str,
        params: Mapping[str, str],
        convert: Callable[[Mapping[str, Any]], T],
        stop: Callable[[T], bool] = lambda item: False,
    ) -> None:
        self.operation = operation
        self.path = path
        self.params = dict(params)
        self.convert = convert
        self.stop = stop
        self.handle: str | None = None
        self.expired_handle: str | None = None
        self.attempt = 0
        self.wait = 0.0
        self.done = False
        self._reset()
        self._pending: dict[str, str | None] = {}
        self._body: list[str] = []
        # Last row yielded per key, kept across refetches so a re-sent snapshot is not yielded twice.
        self.emitted: dict[str, dict[str, Any]] = {}

    def _reset(self) -> None:
        self.offset = "-1"
        self.cursor: str | None = None
        self.up_to_date = False
        self.schema: dict[str, Any] | None = None
        self.rows: dict[str, dict[str, Any]] = {}
        self.touched: OrderedDict[str, None] = OrderedDict()

    def next_step(self) -> Step | None:
        if self.done:
            return None
        params = {**self.params, "log": "full", "offset": self.offset}
        if self.handle is not None:
            params["handle"] = self.handle
        if self.up_to_date:
            params["live"] = "true"
            params["cursor"] = self.cursor or ""
        if self.expired_handle is not None:
            params["expired_handle"] = self.expired_handle
        wait, self.wait = self.wait, 0.0
        self._pending, self._body = {}, []
        headers = {"x-trigger-electric-version": ELECTRIC_VERSION}
        return Step(self.path, sorted(params.items()), headers, LONG_POLL_TIMEOUT, wait)

    def on_open(self, response: httpx.Response) -> None:
        headers = response.headers
        # Older self-hosted servers use Electric's previous header names (§14.3).
        self._pending = {
            "handle": headers.get("electric-handle") or headers.get("electric-shape-id"),
            "offset": headers.get("electric-offset") or headers.get("electric-chunk-last-offset"),
            "cursor": headers.get("electric-cursor") or headers.get("electric-next-cursor"),
            "schema": headers.get("electric-schema"),
        }
        if not self._pending["handle"] or not self._pending["offset"]:
            raise APIResponseValidationError(
                f"{self.operation}: the realtime response lacks the electric-handle/electric-offset headers; "
                "is api_url a Trigger.dev server?",
                status=response.status_code,
                body="",
            )

    def feed(self, text: str) -> list[T]:
        self._body.append(text)
        return []

    def on_end(self) -> list[T]:
        text = "".join(self._body)
        try:
            messages = json.loads(text) if text.strip() else []
            if self.schema is None and self._pending.get("schema"):
                self.schema = json.loads(self._pending["schema"] or "{}")
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{self.operation}: malformed realtime body: {exc}", status=200, body=text[:200]
            ) from None
        self.attempt = 0
        if self._apply(messages):
            return []  # must-refetch: the state was reset and starts over from offset -1
        self.handle = self._pending["handle"]
        self.offset = self._pending["offset"] or self.offset
        self.cursor = self._pending["cursor"] or self.cursor
        if not self.up_to_date:
            return []
        items: list[T] = []
        for key in self.touched:
            if self.emitted.get(key) == self.rows[key]:
                continue
            self.emitted[key] = self.rows[key]
            item = self.convert(self.rows[key])
            items.append(item)
            if self.stop(item):
                self.done = True
                break
        self.touched.clear()
        return items

    def _apply(self, messages: Any) -> bool:
        """Apply a batch of messages; True when it asked for a refetch."""
        if not isinstance(messages, list):
            raise APIResponseValidationError(
                f"{self.operation}: realtime body is not a message array", status=200, body=str(messages)[:200]
            )
        for message in messages:
            headers = message.get("headers") or {}
            control = headers.get("control")
            if control == "up-to-date":
                self.up_to_date = True
            elif control == "must-refetch":
                self._refetch(self._pending.get("handle"))
                return True
            elif "key" in message:
                self._change(str(message["key"]), headers.get("operation"), message.get("value") or {})
        return False

    def _change(self, key: str, operation: str | None, value: Mapping[str, Any]) -> None:
        if operation == "delete":
            return  # the SDK ignores deletes; runs are not deleted from a feed
        columns = self.schema or {}
        decoded = {name: decode_value(raw, columns.get(name)) for name, raw in value.items()}
        if operation == "update" and key in self.rows:
            self.rows[key] = {**self.rows[key], **decoded}
        else:
            self.rows[key] = decoded
        self.touched[key] = None

    def _refetch(self, new_handle: str | None) -> None:
        old = self.handle
        self._reset()
        self.expired_handle = old
        self.handle = new_handle or (f"{old}-next" if old else None)
        logger.info("%s: shape must be refetched (handle %s → %s)", self.operation, old, self.handle)

    def on_failure(self, response: httpx.Response) -> None:
        status = response.status_code
        if status == 409:
            self._refetch(response.headers.get("electric-handle"))
            return
        if status == 429 or status >= 500:
            self.wait = _server_delay(response) or self._backoff()
            logger.warning("%s: HTTP %d, retrying in %.2f s", self.operation, status, self.wait)
            return
        raise make_status_error(response)

    def on_error(self, error: Exception) -> None:
        self.wait = self._backoff()
        logger.warning("%s: %s, reconnecting in %.2f s", self.operation, type(error).__name__, self.wait)

    def _backoff(self) -> float:
        # Electric's schedule: 100 ms ×1.3 per failure, capped at 10 s, retried for as long as the feed is open.
        delay = min(10.0, 0.1 * 1.3**self.attempt)
        self.attempt += 1
        return delay


def _server_delay(response: httpx.Response) -> float | None:
    return server_requested_delay(response.headers) if response.status_code == 429 else None


_SSE_FATAL = frozenset({400, 401, 403, 404, 409, 410, 422})


class SseProtocol:
    """A run's realtime stream over SSE (§9.6): v1 (``id``/``data`` events) and v2 (S2 ``batch`` events).

    Reconnects with ``Last-Event-ID`` after errors; a clean end of the body ends the stream.
    """

    def __init__(
        self,
        operation: str,
        path: str,
        *,
        as_json: bool,
        timeout_seconds: int | None,
        last_event_id: str | None,
    ) -> None:
        self.operation = operation
        self.path = path
        self.as_json = as_json
        self.timeout_seconds = timeout_seconds
        self.last_event_id = last_event_id
        self.version = "v1"
        self.attempt = 0
        self.wait = 0.0
        self.done = False
        self.seen_parts: deque[str] = deque(maxlen=5000)
        self._new_event()
        self._partial = ""

    def _new_event(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None

    def next_step(self) -> Step | None:
        if self.done:
            return None
        headers = {"accept": "text/event-stream", "x-trigger-realtime-streams-version": "v2"}
        if self.last_event_id is not None:
            headers["last-event-id"] = self.last_event_id
        if self.timeout_seconds is not None:
            headers["timeout-seconds"] = str(self.timeout_seconds)
        read = (self.timeout_seconds or SSE_DEFAULT_INACTIVITY) + SSE_READ_MARGIN
        wait, self.wait = self.wait, 0.0
        self._new_event()
        self._partial = ""
        return Step(self.path, [], headers, httpx.Timeout(SSE_CONNECT_TIMEOUT, read=read), wait)

    def on_open(self, response: httpx.Response) -> None:
        self.version = response.headers.get("x-stream-version") or "v1"
        self.attempt = 0

    def feed(self, text: str) -> list[StreamChunk]:
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        chunks: list[StreamChunk] = []
        for line in lines:
            chunks.extend(self._line(line.removesuffix("\r")))
        return chunks

    def _line(self, line: str) -> list[StreamChunk]:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return []  # keep-alive comment
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        return []

    def _dispatch(self) -> list[StreamChunk]:
        event, data, event_id = self._event, "\n".join(self._data), self._id
        self._new_event()
        if not data:
            return []
        if self.version == "v2":
            return self._v2(event, data)
        if event_id is not None:
            self.last_event_id = event_id
        prefix = (event_id or "").split("-", 1)[0]
        stamp = datetime.fromtimestamp(int(prefix) / 1000, timezone.utc) if prefix.isdigit() else None
        return [StreamChunk(event_id or "", self._decode(data), stamp)]

    def _v2(self, event: str, data: str) -> list[StreamChunk]:
        if event != "batch":
            return []
        chunks: list[StreamChunk] = []
        for record in json.loads(data).get("records", []):
            seq = str(record.get("seq_num"))
            self.last_event_id = seq
            headers = record.get("headers") or []
            if headers and headers[0] and headers[0][0] == "":
                continue  # an S2 command record, not a chunk
            body = json.loads(record.get("body") or "{}")
            part = body.get("id")
            if part is not None:
                if part in self.seen_parts:
                    continue  # re-sent after a reconnect
                self.seen_parts.append(part)
            value = body.get("data")
            if not self.as_json and not isinstance(value, str):
                value = json.dumps(value, separators=(",", ":"))
            stamp = record.get("timestamp")
            when = datetime.fromtimestamp(stamp / 1000, timezone.utc) if isinstance(stamp, (int, float)) else None
            chunks.append(StreamChunk(seq, value, when))
        return chunks

    def _decode(self, data: str) -> Any:
        if not self.as_json:
            return data
        try:
            return json.loads(data)
        except ValueError:
            return data

    def on_end(self) -> list[StreamChunk]:
        self.done = True
        return []

    def on_failure(self, response: httpx.Response) -> None:
        if response.status_code in _SSE_FATAL:
            raise make_status_error(response)
        self.wait = _server_delay(response) or self._backoff()
        logger.warning("%s: HTTP %d, retrying in %.2f s", self.operation, response.status_code, self.wait)

    def on_error(self, error: Exception) -> None:
        self.wait = self._backoff()
        logger.warning("%s: %s, reconnecting in %.2f s", self.operation, type(error).__name__, self.wait)

    def _backoff(self) -> float:
        self.attempt += 1
        return min(0.1 * 2.0 ** (self.attempt - 1), 5.0) * (1 - 0.5 * random.random())


# --- the I/O shells -------------------------------------------------------------------------------


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


def _build(http: httpx.Client | httpx.AsyncClient, protocol: RealtimeProtocol[Any], step: Step) -> httpx.Request:
    # Retries belong to the protocol (forever, resuming from its offset), not to the transport's budget.
    options = CallOptions(protocol.operation, max_retries=0)
    return http.build_request(
        "GET",
        step.path,
        params=tuple(step.params),
        headers=step.headers,
        timeout=step.timeout,
        extensions={CALL_OPTIONS: options},
    )


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
        self._closed = threading.Event()
        self._response: httpx.Response | None = None
        self._items = self._drive()

    def _drive(self) -> Generator[T, None, None]:
        protocol, http = self._protocol, self._client._http
        while not self._closed.is_set() and (step := protocol.next_step()) is not None:
            if step.wait and self._closed.wait(step.wait):
                return
            self._client._check_fork()
            items: list[T] = []
            try:
                response = http.send(_build(http, protocol, step), stream=True)
                self._response = response
                try:
                    if not response.is_success:
                        response.read()
                        protocol.on_failure(response)
                        continue
                    protocol.on_open(response)
                    for text in response.iter_text():
                        yield from protocol.feed(text)
                    items = protocol.on_end()
                finally:
                    self._response = None
                    response.close()
            except (httpx.TransportError, httpx.StreamError) as exc:
                if self._closed.is_set():
                    return
                protocol.on_error(exc)
            yield from items

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
        self._closed = False
        self._task: asyncio.Future[Any] | None = None
        self._items = self._drive()

    async def _io(self, awaitable: Any) -> Any:
        task = asyncio.ensure_future(awaitable)
        self._task = task
        try:
            return await task
        finally:
            self._task = None

    async def _drive(self) -> AsyncGenerator[T, None]:
        protocol, http = self._protocol, self._client._http
        try:
            while not self._closed and (step := protocol.next_step()) is not None:
                if step.wait:
                    await self._io(asyncio.sleep(step.wait))
                items: list[T] = []
                try:
                    response = await self._io(http.send(_build(http, protocol, step), stream=True))
                    try:
                        if not response.is_success:
                            await self._io(response.aread())
                            protocol.on_failure(response)
                            continue
                        protocol.on_open(response)
                        chunks = response.aiter_text()
                        while True:
                            try:
                                text = await self._io(chunks.__anext__())
                            except StopAsyncIteration:
                                break
                            for item in protocol.feed(text):
                                yield item
                        items = protocol.on_end()
                    finally:
                        await response.aclose()
                except (httpx.TransportError, httpx.StreamError) as exc:
                    if self._closed:
                        return
                    protocol.on_error(exc)
                for item in items:
                    yield item
        except asyncio.CancelledError:
            # Our own aclose() cancelled the I/O task: end quietly. A cancelled consumer still sees the cancel.
            if self._closed and not _current_task_cancelling():
                return
            raise

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


def _current_task_cancelling() -> bool:
    task = asyncio.current_task()
    cancelling = getattr(task, "cancelling", None)  # Python 3.11+
    return bool(cancelling()) if cancelling is not None else False


# --- feeds the resources open ---------------------------------------------------------------------


def skip_columns_param(skip_columns: Sequence[str] | None) -> dict[str, str]:
    """The ``skipColumns`` parameter, checked against the columns the server lets you skip."""
    if skip_columns is None:
        return {}
    if isinstance(skip_columns, str) or not all(isinstance(c, str) for c in skip_columns):
        raise ValidationError("skip_columns", f"must be a list of column names, got {skip_columns!r}")
    for column in skip_columns:
        if column not in SKIPPABLE_COLUMNS:
            raise ValidationError(
                "skip_columns", f"{column!r} cannot be skipped; use some of {', '.join(sorted(SKIPPABLE_COLUMNS))}"
            )
    return {"skipColumns": ",".join(skip_columns)} if skip_columns else {}


def run_feed(run_id: str, *, stop_on_completion: bool, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``runs.subscribe``."""
    stop = run_is_finished if stop_on_completion else (lambda run: False)
    params = skip_columns_param(skip_columns)
    return ShapeProtocol("runs.subscribe", f"/realtime/v1/runs/{run_id}", params, RealtimeRun.from_row, stop)


def tag_feed(tags: Sequence[str], *, created_after: str, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``runs.subscribe_to_tag``."""
    if not tags:
        raise ValidationError("tags", "give at least one tag")
    if not isinstance(created_after, str) or not created_after:
        raise ValidationError("created_after", f'must be a duration such as "1h", "24h" or "2d", got {created_after!r}')
    params = {"tags": ",".join(tags), "createdAt": created_after, **skip_columns_param(skip_columns)}
    return ShapeProtocol("runs.subscribe_to_tag", "/realtime/v1/runs", params, RealtimeRun.from_row)


def batch_feed(batch_id: str, *, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``batches.subscribe``."""
    params = skip_columns_param(skip_columns)
    return ShapeProtocol("batches.subscribe", f"/realtime/v1/batches/{batch_id}", params, RealtimeRun.from_row)


def stream_feed(
    run_id: str, key: str, *, as_json: bool, timeout_seconds: int | None, last_event_id: str | None
) -> SseProtocol:
    """The protocol of ``runs.stream``."""
    if not isinstance(key, str) or not key:
        raise ValidationError("key", f"must be a stream key such as 'default', got {key!r}")
    if timeout_seconds is not None and (
        isinstance(timeout_seconds, bool) or not isinstance(timeout_seconds, int) or not 1 <= timeout_seconds <= 600
    ):
        raise ValidationError("timeout_seconds", f"must be an integer from 1 to 600, got {timeout_seconds!r}")
    return SseProtocol(
        "runs.stream",
        f"/realtime/v1/streams/{run_id}/{key}",
        as_json=as_json,
        timeout_seconds=timeout_seconds,
        last_event_id=last_event_id,
    )
