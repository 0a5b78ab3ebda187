"""A session's channels: append a record (``in`` from clients, ``out`` from the agent), follow a channel over SSE,
and drain its records.

Rules from the webapp routes ``apps/webapp/app/routes/realtime.v1.sessions.$session.$io.append.ts``,
``realtime.v1.sessions.$session.$io.ts`` and ``realtime.v1.sessions.$session.$io.records.ts``, and
``apps/webapp/app/services/realtime/s2realtimeStreams.server.ts`` (a record's body is ``{data, id}`` with ``data``
the appended text, sequence numbers from 0); named channels follow ``@trigger.dev/core`` 4.8.3
``apiClient/index.js`` (``appendToSessionStream``, ``subscribeToSessionStream``, ``readSessionStreamRecords``),
which builds them beside the plain routes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ._auth import authorize_any
from ._http import ApiError, Request, Response, Router, json_response
from ._realtime import RealtimeRoutes
from ._sessions import Session, SessionRoutes
from ._state import Store

IOS = ("in", "out")
MAX_APPEND_BODY_BYTES = 1024 * 1024  # realtime.v1.sessions.$session.$io.append.ts MAX_APPEND_BODY_BYTES
MAX_TIMEOUT_SECONDS = 600  # realtime.v1.sessions.$session.$io.ts Timeout-Seconds bound


@dataclass
class Record:
    seq: int
    body: str  # the S2 record body, JSON {"data": <appended text>, "id": <part id>}
    timestamp_ms: int


@dataclass
class Channel:
    records: list[Record] = field(default_factory=list)
    claimed: set[str] = field(default_factory=set)  # client part ids already appended (sessionStreamWaitpointCache)


class SessionChannelRoutes:
    """Session channels, keyed as the server keys its streams: by the session's canonical addressing key (external
    id if it has one, else its friendly id; the URL form when no row exists), channel and ``io``."""

    def __init__(self, store: Store, sessions: SessionRoutes, realtime: RealtimeRoutes) -> None:
        self.store = store
        self.sessions = sessions
        self.realtime = realtime  # its hold_seconds bounds how long a subscription waits for a record
        self.channels: dict[tuple[str, str, str | None, str], Channel] = {}

    def register(self, router: Router) -> None:
        # Every route takes a public JWT (allowJWT) as well as a secret key.
        for prefix in ("/realtime/v1/sessions/{session}", "/realtime/v1/sessions/{session}/channels/{channel}"):
            router.add(
                "POST", prefix + "/{io}/append", self.append, auth="env_or_public", max_body=MAX_APPEND_BODY_BYTES
            )
            router.add("GET", prefix + "/{io}", self.subscribe, auth="env_or_public", in_spec=False)
            router.add("GET", prefix + "/{io}/records", self.records, auth="env_or_public", in_spec=False)

    # --- addressing -----------------------------------------------------------------------------

    @staticmethod
    def _io(req: Request) -> str:
        io = req.params["io"]
        if io not in IOS:  # ParamsSchema io: z.enum(["out", "in"])
            raise ApiError(400, "Invalid params")
        return io

    def _channel(self, req: Request, row: Session | None) -> Channel:
        key = row.external_id or row.id if row is not None else unquote(req.params["session"])
        named = req.params.get("channel")
        address = (req.env_.id, key, unquote(named) if named is not None else None, self._io(req))
        return self.channels.setdefault(address, Channel())

    @staticmethod
    def _authorize(req: Request, action: str, row: Session | None) -> None:
        # anyResource over the URL form, the friendly id and the external id.
        ids = {unquote(req.params["session"])}
        if row is not None:
            ids |= {row.id, *([row.external_id] if row.external_id else [])}
        authorize_any(req, action, [("sessions", i) for i in sorted(ids)])

    def _readable(self, req: Request) -> Channel:
        """Subscribe and records are row-optional; only an opaque ``session_`` id must name a real row."""
        row = self.sessions.lookup(req)
        if row is None and unquote(req.params["session"]).startswith("session_"):
            raise ApiError(404, "Not found")
        self._authorize(req, "read", row)
        return self._channel(req, row)

    # --- routes ---------------------------------------------------------------------------------

    def append(self, req: Request) -> Response:
        row = self.sessions.lookup(req)
        if row is None:  # findResource: the row exists before anyone can append
            raise ApiError(404, "Not found")
        self._authorize(req, "write", row)
        if row.closed_at is not None:
            return json_response({"ok": False, "error": "Cannot append to a closed session"}, 400)
        if row.expires_at is not None and row.expires_at < self.store.now():
            return json_response({"ok": False, "error": "Cannot append to an expired session"}, 400)
        if self._io(req) == "out" and req.scopes is not None:
            # Only the agent (secret key) writes what clients read as the agent's output.
            error = "Appending to the out channel requires secret key authentication"
            return json_response({"ok": False, "error": error}, 403)
        channel = self._channel(req, row)
        part_id = req.header("x-part-id")
        if part_id is not None and part_id in channel.claimed:
            return json_response({"ok": True})  # a retried part: claimed already, not appended twice
        if part_id is not None:
            channel.claimed.add(part_id)
        seq = len(channel.records)
        text = req.body.decode("utf-8", errors="replace")
        body = json.dumps({"data": text, "id": part_id or self.store.new_id("", 7)})
        channel.records.append(Record(seq, body, int(self.store.now() * 1000)))
        self.store.touch()
        return json_response({"ok": True, "seq": seq})

    def subscribe(self, req: Request) -> Response:
        channel = self._readable(req)
        start = _after(req.header("last-event-id"))
        timeout = float(self.realtime.hold_seconds)
        raw = req.header("timeout-seconds")
        if raw:
            if not raw.isdigit() or not 1 <= int(raw) <= MAX_TIMEOUT_SECONDS:
                raise ApiError(400, f"Invalid timeout seconds {raw!r}")
            timeout = min(timeout, int(raw))
        # The emulator answers with one body: once a record after Last-Event-ID exists (or the wait ran out), every
        # such record as S2 `batch` events, then the end of the stream; the client resumes with Last-Event-ID.
        self.store.changed.wait_for(lambda: len(channel.records) > start, timeout)
        lines = []
        for record in channel.records[start:]:
            s2 = {"body": record.body, "seq_num": record.seq, "timestamp": record.timestamp_ms}
            lines.append(f"event: batch\ndata: {json.dumps({'records': [s2]})}\n\n")
        headers = [("x-stream-version", "v2"), ("cache-control", "no-cache")]
        return Response(200, "".join(lines).encode(), "text/event-stream", headers)

    def records(self, req: Request) -> Response:
        # A wait=0 drain: the records after afterEventId, unwrapped to {data, id, seqNum}.
        channel = self._readable(req)
        start = _after(req.arg("afterEventId"))
        rows: list[dict[str, Any]] = []
        for record in channel.records[start:]:
            body = json.loads(record.body)
            rows.append({"data": body["data"], "id": body["id"], "seqNum": record.seq})
        return json_response({"records": rows})


def _after(event_id: str | None) -> int:
    """The index after an event id (a record's sequence number as text); 0 without one."""
    if not event_id:
        return 0
    if not event_id.isdigit():
        raise ApiError(400, f"Invalid event id {event_id!r}")
    return int(event_id) + 1
