"""A run's realtime stream over Server-Sent Events, as a sans-I/O state machine."""

from __future__ import annotations

import json
import logging
import random
import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import httpx

from trigger_client._error_answers import make_status_error
from trigger_client._exceptions import ResponseTooLargeError
from trigger_client._realtime.protocol import Step, malformed, reconnect_delay

logger = logging.getLogger("trigger_client")

SSE_CONNECT_TIMEOUT = 30.0
# Read timeout beyond the stream's own inactivity limit: after it, reconnect with Last-Event-ID.
SSE_READ_MARGIN = 30.0
SSE_DEFAULT_INACTIVITY = 60
# One SSE line (and one event's data) is a chunk of a stream, or a batch of them; an endless line stops here.
MAX_SSE_LINE = 16 * 1024 * 1024
_SSE_FATAL = frozenset({400, 401, 403, 404, 409, 410, 422})
# An event id goes back to the server in the Last-Event-ID header: one with control characters is ignored.
_BAD_EVENT_ID = re.compile(r"[\x00-\x1f\x7f]")
# @trigger.dev/core 4.8.3 sessionStreams/wireProtocol.js TRIGGER_CONTROL_HEADER: marks a session control record.
_CONTROL_HEADER = "trigger-control"


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


def _time_from_ms(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value / 1000, timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None  # out of datetime's range: the chunk is still good, its time is unknown


class SseProtocol:
    """A run's realtime stream over SSE (§9.6): v1 (``id``/``data`` events) and v2 (S2 ``batch`` events).

    Reconnects with ``Last-Event-ID`` after errors; a clean end of the body ends the stream. Lines are split in
    linear time; a line or an event over ``max_line`` characters raises :class:`ResponseTooLargeError`, and a
    malformed v2 record raises :class:`APIResponseValidationError`.
    """

    items_at_end = False

    def __init__(
        self,
        operation: str,
        path: str,
        *,
        as_json: bool,
        timeout_seconds: int | None,
        last_event_id: str | None,
        start: str = "beginning",
        max_line: int = MAX_SSE_LINE,
        template: str | None = None,
    ) -> None:
        self.operation = operation
        self.start = start
        self.path = path
        self.template = template
        self.as_json = as_json
        self.timeout_seconds = timeout_seconds
        self.last_event_id = last_event_id
        self.max_line = max_line
        self.version = "v1"
        self.attempt = 0
        self.wait = 0.0
        self.done = False
        self.seen_parts: deque[str] = deque(maxlen=5000)
        self._new_event()
        self._partial: list[str] = []
        self._partial_size = 0

    def _new_event(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._data_size = 0
        self._id: str | None = None

    def next_step(self) -> Step | None:
        if self.done:
            return None
        headers = {"accept": "text/event-stream", "x-trigger-realtime-streams-version": "v2"}
        if self.last_event_id is not None:
            headers["last-event-id"] = self.last_event_id
        elif self.start == "latest":
            # Only records appended after connecting; never beside Last-Event-ID (runStream.js STREAM_START_HEADER).
            headers["x-trigger-stream-start"] = "latest"
        if self.timeout_seconds is not None:
            headers["timeout-seconds"] = str(self.timeout_seconds)
        read = (self.timeout_seconds or SSE_DEFAULT_INACTIVITY) + SSE_READ_MARGIN
        wait, self.wait = self.wait, 0.0
        self._new_event()
        self._partial, self._partial_size = [], 0
        return Step(self.path, [], headers, httpx.Timeout(SSE_CONNECT_TIMEOUT, read=read), wait)

    def on_open(self, response: httpx.Response) -> None:
        self.version = response.headers.get("x-stream-version") or "v1"
        self.attempt = 0

    def _too_large(self, what: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{self.operation}: stream {what} longer than {self.max_line} characters; not read further",
            status_code=200,
            limit=self.max_line,
        )

    def feed(self, text: str) -> list[StreamChunk]:
        # Each character is looked at once: the pending part of a line is kept as pieces, joined when it ends.
        chunks: list[StreamChunk] = []
        start = 0
        while (newline := text.find("\n", start)) != -1:
            piece = text[start:newline]
            if self._partial:
                self._partial.append(piece)
                piece = "".join(self._partial)
                self._partial, self._partial_size = [], 0
            if len(piece) > self.max_line:
                raise self._too_large("line")
            chunks.extend(self._line(piece.removesuffix("\r")))
            start = newline + 1
        if start < len(text):
            self._partial_size += len(text) - start
            if self._partial_size > self.max_line:
                raise self._too_large("line")
            self._partial.append(text[start:])
        return chunks

    def _line(self, line: str) -> list[StreamChunk]:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return []  # keep-alive comment
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data_size += len(value) + 1
            if self._data_size > self.max_line:
                raise self._too_large("event")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and not _BAD_EVENT_ID.search(value):
            self._id = value
        return []

    def _dispatch(self) -> list[StreamChunk]:
        event, data, event_id = self._event, "\n".join(self._data), self._id
        self._new_event()
        if not data:
            return []
        if self.version == "v2":
            with malformed(self.operation, "stream batch", data):
                return self._v2(event, data)
        if event_id is not None:
            self.last_event_id = event_id
        prefix = (event_id or "").split("-", 1)[0]
        # isdigit() also accepts digits such as "²" that int() refuses, so only ASCII digits count.
        stamp = _time_from_ms(int(prefix)) if prefix.isascii() and prefix.isdigit() and len(prefix) < 20 else None
        return [StreamChunk(event_id or "", self._decode(data), stamp)]

    def _v2(self, event: str, data: str) -> list[StreamChunk]:
        if event != "batch":
            return []
        batch = json.loads(data)
        records = batch.get("records", []) if isinstance(batch, dict) else None
        if not isinstance(records, list):
            raise ValueError("a batch without a records array")
        chunks: list[StreamChunk] = []
        for record in records:
            seq = record.get("seq_num")
            if isinstance(seq, bool) or not isinstance(seq, int):
                raise ValueError(f"a record whose seq_num is not an integer: {seq!r:.40}")
            self.last_event_id = str(seq)
            headers = record.get("headers") or []
            if headers and headers[0] and headers[0][0] == "":
                continue  # an S2 command record, not a chunk
            if any(h and h[0] == _CONTROL_HEADER for h in headers):
                continue  # a session's control record: never a data chunk (sessionStreams/wireProtocol.js)
            body = json.loads(record.get("body") or "{}")
            if not isinstance(body, dict):
                raise ValueError("a record body that is not an object")
            part = body.get("id")
            if part is not None:
                if part in self.seen_parts:
                    continue  # re-sent after a reconnect
                self.seen_parts.append(part)
            value = body.get("data")
            if not self.as_json and not isinstance(value, str):
                value = json.dumps(value, separators=(",", ":"))
            chunks.append(StreamChunk(str(seq), value, _time_from_ms(record.get("timestamp"))))
        return chunks

    def _decode(self, data: str) -> Any:
        if not self.as_json:
            return data
        try:
            return json.loads(data)
        except (ValueError, RecursionError):
            return data

    def on_end(self) -> list[StreamChunk]:
        self.done = True
        return []

    def on_failure(self, response: httpx.Response) -> None:
        if response.status_code in _SSE_FATAL:
            raise make_status_error(response)
        self.wait = reconnect_delay(response, self._backoff())
        logger.warning("%s: HTTP %d, retrying in %.2f s", self.operation, response.status_code, self.wait)

    def on_error(self, error: Exception) -> None:
        self.wait = self._backoff()
        logger.warning("%s: %s, reconnecting in %.2f s", self.operation, type(error).__name__, self.wait)

    def _backoff(self) -> float:
        self.attempt += 1
        return min(0.1 * 2.0 ** min(self.attempt - 1, 32), 5.0) * (1 - 0.5 * random.random())
