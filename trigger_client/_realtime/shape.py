"""Electric's shape long-poll (run, tag and batch subscriptions) as a sans-I/O state machine."""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from trigger_client._error_answers import make_status_error
from trigger_client._exceptions import APIResponseValidationError, ResponseTooLargeError
from trigger_client._http.retry import MIN_SERVER_DELAY
from trigger_client._realtime.protocol import Step, malformed, reconnect_delay
from trigger_client._realtime.rows import decode_value

logger = logging.getLogger("trigger_client")

T = TypeVar("T")

ELECTRIC_VERSION = "1.0.0-beta.1"
# The server holds a live request ~20-30 s; a read timeout above that tells a dead link from a quiet shape.
LONG_POLL_TIMEOUT = httpx.Timeout(30.0, read=60.0)
# One shape body (a snapshot of up to a few thousand runs) is far below this; an endless body stops here.
MAX_SHAPE_BODY = 64 * 1024 * 1024


class ShapeProtocol(Generic[T]):
    """Electric's shape long-poll as the SDK uses it (§9.2, §9.3, §5.5), yielding ``convert(row)`` per changed row.

    Rows are merged per key and emitted once per ``up-to-date`` batch; the offset, handle and cursor advance only
    after a body was read whole, so a retried request neither loses nor repeats updates. ``stop(item)`` ends the
    feed after that item. Anything malformed raises :class:`APIResponseValidationError`; a body over
    ``max_body`` characters raises :class:`ResponseTooLargeError`.
    """

    items_at_end = True

    def __init__(
        self,
        operation: str,
        path: str,
        params: Mapping[str, str],
        convert: Callable[[Mapping[str, Any]], T],
        stop: Callable[[T], bool] = lambda item: False,
        max_body: int = MAX_SHAPE_BODY,
        template: str | None = None,
    ) -> None:
        self.operation = operation
        self.path = path
        self.template = template
        self.params = dict(params)
        self.convert = convert
        self.stop = stop
        self.max_body = max_body
        self.handle: str | None = None
        self.expired_handle: str | None = None
        self.attempt = 0
        self.wait = 0.0
        self.done = False
        self._reset()
        self._pending: dict[str, str | None] = {}
        self._body: list[str] = []
        self._size = 0
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
        self._pending, self._body, self._size = {}, [], 0
        headers = {"x-trigger-electric-version": ELECTRIC_VERSION}
        return Step(self.path, sorted(params.items()), headers, LONG_POLL_TIMEOUT, wait)

    def on_open(self, response: httpx.Response) -> None:
        # One pass over the headers rather than a lookup per name (each of which walks them all); repeated names are
        # joined as httpx's headers.get joins them.
        headers: dict[str, str] = {}
        for name, value in response.headers.multi_items():
            if name.startswith("electric-"):
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
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
                status_code=response.status_code,
                body="",
            )

    def feed(self, text: str) -> list[T]:
        self._size += len(text)
        if self._size > self.max_body:
            raise ResponseTooLargeError(
                f"{self.operation}: realtime body larger than {self.max_body} characters; not read further",
                status_code=200,
                limit=self.max_body,
            )
        self._body.append(text)
        return []

    def on_end(self) -> list[T]:
        text = "".join(self._body)
        self._body = []
        with malformed(self.operation, "realtime body", text):
            messages = json.loads(text) if text.strip() else []
            if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
                raise ValueError("the body is not an array of message objects")
        if self.schema is None and self._pending.get("schema"):
            with malformed(self.operation, "electric-schema header", self._pending["schema"] or ""):
                schema = json.loads(self._pending["schema"] or "{}")
                if not isinstance(schema, dict):
                    raise ValueError("electric-schema is not an object")
                self.schema = schema
        old_offset = self.offset
        with malformed(self.operation, "realtime message", text):
            refetch = self._apply(messages)
        if refetch:
            # must-refetch: the state was reset and starts over from offset -1, after a growing pause so a
            # server that asks for it on every answer cannot make the feed spin.
            self.wait = self._backoff()
            return []
        self.attempt = 0
        self.handle = self._pending["handle"]
        self.offset = self._pending["offset"] or self.offset
        self.cursor = self._pending["cursor"] or self.cursor
        if not messages and self.offset == old_offset:
            # No progress (a live poll that ended quietly): a server answering such polls at once must not
            # make the feed spin, so pause briefly.
            self.wait = MIN_SERVER_DELAY
        if not self.up_to_date:
            return []
        items: list[T] = []
        with malformed(self.operation, "realtime row", text):
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

    def _apply(self, messages: list[dict[str, Any]]) -> bool:
        """Apply a batch of messages; True when it asked for a refetch."""
        for message in messages:
            headers = message.get("headers") or {}
            if not isinstance(headers, dict):
                raise ValueError("message headers are not an object")
            control = headers.get("control")
            if control == "up-to-date":
                self.up_to_date = True
            elif control == "must-refetch":
                self._refetch(self._pending.get("handle"))
                return True
            elif "key" in message:
                value = message.get("value") or {}
                if not isinstance(value, dict):
                    raise ValueError("a row value is not an object")
                self._change(str(message["key"]), headers.get("operation"), value)
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
        logger.info("%s: shape must be refetched", self.operation)

    def on_failure(self, response: httpx.Response) -> None:
        status = response.status_code
        if status == 409:
            self._refetch(response.headers.get("electric-handle"))
            self.wait = self._backoff()
            return
        if status == 429 or status >= 500:
            self.wait = reconnect_delay(response, self._backoff())
            logger.warning("%s: HTTP %d, retrying in %.2f s", self.operation, status, self.wait)
            return
        raise make_status_error(response)

    def on_error(self, error: Exception) -> None:
        self.wait = self._backoff()
        logger.warning("%s: %s, reconnecting in %.2f s", self.operation, type(error).__name__, self.wait)

    def _backoff(self) -> float:
        # Electric's schedule: 100 ms ×1.3 per failure, capped at 10 s, retried for as long as the feed is open.
        delay = min(10.0, 0.1 * 1.3 ** min(self.attempt, 64))
        self.attempt += 1
        return delay
