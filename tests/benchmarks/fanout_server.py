"""The bench server of ``realtime.fanout``: ``R`` runs, each updated once a second for ``N`` s, over Electric shapes.

Run as ``python -m tests.benchmarks.fanout_server --runs R --seconds N``: it binds 127.0.0.1 on a free port, prints
the port, and serves until terminated. ``GET /realtime/v1/runs/<id>`` answers as the webapp does for
``runs.subscribe`` (Python) and ``runs.subscribeToRun`` (``@trigger.dev/sdk`` 4.8.3): the route
``apps/webapp/app/routes/realtime.v1.runs.$runId.ts`` hands the request to ``streamRun`` in
``apps/webapp/app/services/realtimeClient.server.ts``, which proxies it to Electric's ``/v1/shape`` over the
``TaskRun`` row (its ``DEFAULT_ELECTRIC_COLUMNS``). What both clients send and expect is read from
``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` ``subscribeToRun``, ``apiClient/stream.js``
``zodShapeStream`` (headers ``x-trigger-electric-version``, ``x-trigger-api-version``) and the Electric client it
drives, ``@electric-sql/client`` 1.0.14 ``dist/index.mjs``: ``offset=-1`` first, then ``handle``/``offset`` from the
``electric-handle``/``electric-offset`` answer headers, ``live=true&cursor=`` once up to date; a 2xx without
``electric-handle``/``electric-offset``, a live one without ``electric-cursor`` or another without
``electric-schema``, fails (``MissingHeadersError``). Bodies are JSON arrays of change and control messages, every
column value text, timestamps without a zone (docs/wire.md#electric-shape-protocol).

The runs' metadata is ``{"v": <version>}``: version 0 when the run is first read, then one more per second once
``POST /__bench/start`` came (the client sends it when every subscription has its first snapshot, so no update
falls into an initial snapshot). The last version completes the run (``completedAt`` set), which ends both
clients' subscriptions by themselves (``apiClient/runStream.js`` ``RunSubscription``: ``closeOnComplete`` stops at
the first run with ``finishedAt``). Each run keeps its change log, replayed from the client's offset like
Electric's; a live request at the newest version is held until the next tick. Unlike Electric, an answer carries
**one** change even when a late client is several behind, each followed by ``up-to-date``: both clients merge the
changes of one answer into one row (``apiClient/stream.js`` ``ReadableShapeStream``), so this way every version is
a change the client must surface, and the bench counts what it yields.

``GET /__bench/stats`` reports the server's CPU, requests, updates made (``updates_sent``) and answers carrying one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from tests.benchmarks.server import HTTPProtocol, Incoming, Pages, Stats, response
from tests.benchmarks.workloads import SECRET_KEY
from trigger_client.testing._realtime import SCHEMA

PATH_PREFIX = "/realtime/v1/runs/"
# The real server holds a live request ~20 s before answering that nothing changed.
HOLD_SECONDS = 20.0
CREATED = "2025-01-01T00:00:00.000"
UP_TO_DATE = b'[{"headers":{"control":"up-to-date"}}]'
UNAUTHORIZED_BODY = b'{"error":"Invalid API Key"}'
UNAUTHORIZED = b"HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
    len(UNAUTHORIZED_BODY),
    UNAUTHORIZED_BODY,
)
# realtimeClient.server.ts rewriteResponseHeaders: a client without x-trigger-electric-version (older SDKs) gets
# Electric's previous header names.
LEGACY_NAMES = {b"electric-handle": b"electric-shape-id", b"electric-offset": b"electric-chunk-last-offset"}


def _timestamp(seconds: int) -> str:
    return f"2025-01-01T00:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000"


def full_row(run_id: str, version: int, final: bool) -> dict[str, str | None]:
    """The run's row at ``version`` as Electric sends it: the webapp's columns, every value text or null."""
    return {
        "id": "cm" + run_id.removeprefix("run_"),
        "taskIdentifier": "my-task",
        "createdAt": CREATED,
        "updatedAt": _timestamp(version),
        "startedAt": CREATED,
        "delayUntil": None,
        "queuedAt": CREATED,
        "expiredAt": None,
        "completedAt": _timestamp(version) if final else None,
        "friendlyId": run_id,
        "number": "1",
        "isTest": "false",
        "status": "COMPLETED_SUCCESSFULLY" if final else "EXECUTING",
        "usageDurationMs": str(version * 1000),
        "costInCents": "0",
        "baseCostInCents": "0",
        "ttl": None,
        "payload": '{"n":1}',
        "payloadType": "application/json",
        "metadata": json.dumps({"v": version}),
        "metadataType": "application/json",
        "output": None,
        "outputType": None,
        "runTags": "{}",
        "error": None,
        "realtimeStreams": "{}",
    }


def update_value(run_id: str, version: int, final: bool) -> dict[str, str | None]:
    """What Electric sends for an update: the key column and the columns that changed."""
    value: dict[str, str | None] = {
        "id": "cm" + run_id.removeprefix("run_"),
        "updatedAt": _timestamp(version),
        "usageDurationMs": str(version * 1000),
        "metadata": json.dumps({"v": version}),
    }
    if final:
        value |= {"status": "COMPLETED_SUCCESSFULLY", "completedAt": _timestamp(version)}
    return value


ROW_SCHEMA = json.dumps({name: SCHEMA[name] for name in full_row("run_x", 0, False)}, separators=(",", ":")).encode()


@dataclass
class Held:
    """A live request waiting for the next version."""

    protocol: FanoutProtocol
    run: int
    legacy: bool
    since: float


class Fanout:
    """The runs, the current version (every run moves together, one version a tick) and the held live requests."""

    def __init__(self, runs: int, seconds: int, interval: float) -> None:
        self.ids = [f"run_fanout{index:05d}" for index in range(runs)]
        self.index = {run_id: index for index, run_id in enumerate(self.ids)}
        self.seconds = seconds
        self.interval = interval
        self.version = 0
        self.started = False
        self.held: list[Held] = []
        self.answered = 0  # answers carrying a change after the start
        self.cursor = 0

    def body(self, run: int, version: int, insert: bool) -> bytes:
        run_id = self.ids[run]
        final = version == self.seconds
        value = full_row(run_id, version, final) if insert else update_value(run_id, version, final)
        change = {
            "key": f'"public"."TaskRun"/"{value["id"]}"',
            "value": value,
            "headers": {"operation": "insert" if insert else "update"},
        }
        return json.dumps([change, {"headers": {"control": "up-to-date"}}], separators=(",", ":")).encode()

    def answer(self, run: int, version: int, body: bytes, live: bool, legacy: bool) -> bytes:
        headers = [
            (b"electric-handle", b"handle-%d" % run),
            (b"electric-offset", b"%d_0" % version),
            (b"electric-up-to-date", b""),
        ]
        if live:
            self.cursor += 1
            headers.append((b"electric-cursor", b"%d" % self.cursor))
        else:
            headers.append((b"electric-schema", ROW_SCHEMA))
        if legacy:
            headers = [(LEGACY_NAMES.get(name, name), value) for name, value in headers]
        return response(200, body, b"".join(b"%s: %s\r\n" % pair for pair in headers))

    def request(self, protocol: FanoutProtocol, target: str, headers: dict[str, str]) -> bytes:
        url = urlsplit(target)
        run = self.index.get(url.path.removeprefix(PATH_PREFIX)) if url.path.startswith(PATH_PREFIX) else None
        if run is None:
            return response(404, b'{"error":"Run not found"}')
        if headers.get("authorization") != f"Bearer {SECRET_KEY}":
            return UNAUTHORIZED
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        legacy = "x-trigger-electric-version" not in headers
        offset = query.get("offset", "-1")
        if offset == "-1":
            return self.answer(run, self.version, self.body(run, self.version, insert=True), False, legacy)
        try:
            seen = int(offset.split("_")[0])
        except ValueError:
            return response(400, b'{"error":"Invalid offset"}')
        if not 0 <= seen <= self.version:
            return response(400, b'{"error":"Invalid offset"}')
        live = query.get("live") == "true"
        if seen < self.version:
            if self.started:
                self.answered += 1
            return self.answer(run, seen + 1, self.body(run, seen + 1, insert=False), live, legacy)
        if not live:
            return self.answer(run, seen, UP_TO_DATE, live, legacy)
        self.held.append(Held(protocol, run, legacy, time.monotonic()))
        return b""

    async def tick(self) -> None:
        """Once started: a new version of every run each interval, answering the held requests with it."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        while self.version < self.seconds:
            await asyncio.sleep(max(0.0, start + (self.version + 1) * self.interval - loop.time()))
            self.version += 1
            held, self.held = self.held, []
            for waiting in held:
                self.answered += 1
                body = self.body(waiting.run, self.version, insert=False)
                waiting.protocol.hand(self.answer(waiting.run, self.version, body, True, waiting.legacy))

    async def expire_holds(self) -> None:
        """A live request held :data:`HOLD_SECONDS` is answered with no change, as Electric does."""
        while True:
            await asyncio.sleep(1.0)
            now = time.monotonic()
            keep = []
            for waiting in self.held:
                if now - waiting.since < HOLD_SECONDS:
                    keep.append(waiting)
                else:
                    waiting.protocol.hand(self.answer(waiting.run, self.version, UP_TO_DATE, True, waiting.legacy))
            self.held = keep


class FanoutProtocol(HTTPProtocol):
    """The bench server's HTTP/1.1 handling, its routes replaced; an empty answer is one held for later."""

    fanout: Fanout

    def handle(self, request: Incoming) -> bytes:
        fanout, method, target = self.fanout, request.method, request.target
        if target == "/__bench/stats":
            stats = json.loads(self.stats.body())
            stats |= {"updates_sent": len(fanout.ids) * fanout.version, "answered": fanout.answered}
            return response(200, json.dumps(stats).encode())
        if method == "POST" and target == "/__bench/start":
            if not fanout.started:
                fanout.started = True
                asyncio.get_running_loop().create_task(fanout.tick())
            return response(200, b"{}")
        self.stats.requests += 1
        if method != "GET":
            return response(404, b'{"error":"Not found"}')
        return fanout.request(self, target, request.headers)

    def hand(self, data: bytes) -> None:
        """A held answer, when it is ready."""
        self.send(data, False)


async def serve(runs: int, seconds: int, interval: float) -> None:
    loop = asyncio.get_running_loop()
    fanout = Fanout(runs, seconds, interval)
    stats = Stats()
    pages = Pages(0)

    def protocol() -> FanoutProtocol:
        made = FanoutProtocol(pages, stats, None)
        made.fanout = fanout
        return made

    server = await loop.create_server(protocol, "127.0.0.1", 0, backlog=4096)
    expiry = loop.create_task(fanout.expire_holds())
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await stop.wait()
    expiry.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500, help="runs, one subscription each")
    parser.add_argument("--seconds", type=int, default=60, help="updates per run, one a tick")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between updates")
    args = parser.parse_args()
    asyncio.run(serve(args.runs, args.seconds, args.interval))
    sys.exit(0)


if __name__ == "__main__":
    main()
