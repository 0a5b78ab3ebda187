"""A deliberately cheap HTTP/1.1 server with canned Trigger.dev responses, run in its own process.

Run as ``python -m tests.benchmarks.server --pages N``: it binds 127.0.0.1 on a free port, prints the port
on stdout once it accepts connections, and serves until it is terminated.

Routes:

* ``POST /api/v1/tasks/<id>/trigger`` → a fixed ``{"id": "run_…", "isCached": false}``;
* ``GET /api/v1/runs?page[size]=S[&page[after]=<cursor>]`` → page ``cursor`` of ``N`` pages of ``S`` run items;
* ``POST /api/v3/batches`` → a new batch of the body's ``runCount`` (phase 1 of a two-phase batch), and
  ``POST /api/v3/batches/<id>/items`` → that batch sealed, its lines counted as accepted items (phase 2; the items
  are not parsed);
* ``GET /__bench/stats`` → ``{"cpu": <process CPU seconds>, "requests": <count>, "responses_429": <count>, "items":
  <batch items received>}``, so the bench can tell the server's share of each scenario apart from the client's.

With ``--limit MAX/REFILL/INTERVAL`` every ``/api`` request but a batch's phase 2 first passes the emulator's own
limiter (:class:`trigger_client.testing._limits.Limits`, the webapp's token bucket scaled), answering 429 with the
``x-ratelimit-*`` headers the webapp sends; ``--batch-limit`` sets the batch bucket phase 1 is charged ``runCount``
tokens of. The fleet benchmarks run against these. With ``--delay-ms D`` every answer but the control endpoint's
leaves D ms after its request came in, as over a network: ``batch.100k`` runs against such a server.

Everything a response contains is precomputed bytes: a runs page is its template joined around the page
number, so the server spends microseconds per request and never is the bottleneck it is measuring around.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import signal
import socket
import sys
import time
from urllib.parse import parse_qsl, urlsplit

from tests.benchmarks.workloads import SECRET_KEY
from trigger_client.testing import RealClock, TokenBucket
from trigger_client.testing._limits import API_BUCKET, BATCH_BUCKET, Limits, RateDecision

# The trigger response also carries ``x-trigger-jwt``: with it the official SDK uses the token as is instead of
# signing one per call (docs/wire.md#public-access-tokens), so the SDK is not charged for work our client does not do.
TRIGGER_BODY = b'{"id":"run_bench0000000000000000","isCached":false}'
TRIGGER_EXTRA_HEADERS = b"x-trigger-jwt: bench.public.token\r\n"

# Stands for the page number inside the page template; a page is ``page_tag.join(template.split(MARK))``.
MARK = b"@@PAGE@@"
PAGE_DIGITS = 6
CURSOR_PREFIX = "cur_"


def run_item(index: int) -> dict[str, object]:
    """One run of a list page, shaped like the server's (docs/wire.md#runs); its id holds the page mark.

    Absent optional fields are left out, not null, as the server does: the SDK's schema rejects a null
    ``idempotencyKey``, ``metadata`` or ``region``.
    """
    return {
        "id": f"run_{MARK.decode()}{index:03d}",
        "status": "COMPLETED",
        "taskIdentifier": "my-task",
        "version": "20250101.1",
        "isTest": False,
        "createdAt": "2025-01-01T00:00:00.000Z",
        "updatedAt": "2025-01-01T00:00:09.000Z",
        "startedAt": "2025-01-01T00:00:01.000Z",
        "finishedAt": "2025-01-01T00:00:09.000Z",
        "tags": ["user:1234"],
        "costInCents": 0.0152,
        "baseCostInCents": 0.0025,
        "durationMs": 8000,
        "isQueued": False,
        "isExecuting": False,
        "isWaiting": False,
        "isCompleted": True,
        "isSuccess": True,
        "isFailed": False,
        "isCancelled": False,
        "taskKind": "STANDARD",
        "env": {"id": "env_1234", "name": "dev", "user": "eric"},
    }


class Pages:
    """Runs pages made on the fly from the cursor: page ``p`` has cursor ``cur_<p>`` and items ``run_<p><i>``."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._templates: dict[int, list[bytes]] = {}

    def _template(self, size: int) -> list[bytes]:
        if size not in self._templates:
            items = json.dumps([run_item(i) for i in range(size)], separators=(",", ":")).encode()
            self._templates[size] = items.split(MARK)
        return self._templates[size]

    def body(self, size: int, after: str | None) -> bytes | None:
        """The JSON page after cursor ``after`` (the first page without one), or None for a bad cursor."""
        if after is None:
            page = 0
        elif after.startswith(CURSOR_PREFIX) and after[len(CURSOR_PREFIX) :].isdigit():
            page = int(after[len(CURSOR_PREFIX) :])
        else:
            return None
        if not 0 <= page < self.total:
            return None
        tag = f"{page:0{PAGE_DIGITS}d}".encode()
        pagination: dict[str, str] = {}
        if page + 1 < self.total:
            pagination["next"] = f"{CURSOR_PREFIX}{page + 1:0{PAGE_DIGITS}d}"
        if page > 0:
            pagination["previous"] = f"{CURSOR_PREFIX}{page - 1:0{PAGE_DIGITS}d}"
        tail = json.dumps({"pagination": pagination}, separators=(",", ":")).encode()
        return b'{"data":' + tag.join(self._template(size)) + b"," + tail[1:]


def response(status: int, body: bytes, extra_headers: bytes = b"") -> bytes:
    reason = {200: b"OK", 202: b"Accepted", 400: b"Bad Request", 404: b"Not Found", 429: b"Too Many Requests"}[status]
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n" % (status, reason, len(body))
    return head + extra_headers + b"\r\n" + body


NOT_FOUND = response(404, b'{"error":"Not found"}')
BAD_REQUEST = response(400, b'{"error":"Bad request"}')
TRIGGER_RESPONSE = response(200, TRIGGER_BODY, TRIGGER_EXTRA_HEADERS)
RATE_LIMITED_BODY = b'{"title":"Rate Limit Exceeded","status":429,"error":"Rate limit exceeded"}'
STATS_PATH = "/__bench/stats"


class Stats:
    """What the control endpoint reports."""

    def __init__(self) -> None:
        self.requests = 0
        self.responses_429 = 0
        self.batches = 0
        self.items = 0
        # Behind a limiter: when the first request came (the bucket's start), and when each grant was made and how
        # many tokens it took (one per request; a batch's runCount from the batch bucket).
        self.first_limited: float | None = None
        self.grants: list[tuple[float, int]] = []

    def body(self) -> bytes:
        stats: dict[str, object] = {
            "cpu": time.process_time(),
            "requests": self.requests,
            "responses_429": self.responses_429,
            "items": self.items,
        }
        if self.first_limited is not None:
            stats.update(first_limited=self.first_limited, grants=self.grants)
        return json.dumps(stats).encode()


def parse_limit(text: str) -> TokenBucket:
    """``"750/250/0.5"``: a bucket of 750 tokens refilled by 250 every 0.5 s."""
    most, refill, interval = text.split("/")
    return TokenBucket(max_tokens=int(most), refill_rate=int(refill), interval=float(interval))


def limit_headers(decision: RateDecision) -> bytes:
    return b"x-ratelimit-limit: %d\r\nx-ratelimit-remaining: %d\r\nx-ratelimit-reset: %d\r\n" % (
        decision.limit,
        decision.remaining,
        decision.reset_ms,
    )


def batch_limited(decision: RateDecision) -> bytes:
    """api.v3.batches.ts's refusal: its reset header in epoch seconds, and a Retry-After of at least a second."""
    reset = decision.reset_ms / 1000
    headers = b"x-ratelimit-limit: %d\r\nx-ratelimit-remaining: %d\r\nx-ratelimit-reset: %d\r\nretry-after: %d\r\n" % (
        decision.limit,
        decision.remaining,
        math.floor(reset),
        max(1, math.ceil(reset - time.time())),
    )
    return response(429, b'{"error":"Batch rate limit exceeded."}', headers)


class Incoming:
    """A request whose head has been read, reading its body from the connection's buffer as it comes.

    A chunked body is consumed chunk by chunk as it arrives (never scanned again from its start: a batch of 100,000
    items comes as 100 MB of chunks), and a batch's item stream is not kept, only its lines counted.
    """

    def __init__(self, method: str, target: str, headers: dict[str, str]) -> None:
        self.method, self.target, self.headers = method, target, headers
        self.chunked = "chunked" in headers.get("transfer-encoding", "")
        self.length = int(headers.get("content-length", "0"))
        self.items_stream = is_items_stream(method, urlsplit(target).path)
        self.parts: list[bytes] = []
        self.lines = 0

    @property
    def body(self) -> bytes:
        return b"".join(self.parts)

    def take(self, data: bytes) -> None:
        if self.items_stream:
            self.lines += data.count(b"\n")
        else:
            self.parts.append(data)

    def read(self, buffer: bytearray) -> bool:
        """Consume what of the body ``buffer`` holds; whether the body is complete."""
        if not self.chunked:
            if len(buffer) < self.length:
                return False
            self.take(bytes(buffer[: self.length]))
            del buffer[: self.length]
            return True
        while (line_end := buffer.find(b"\r\n")) >= 0:
            size = int(bytes(buffer[:line_end]).split(b";")[0], 16)
            if size == 0:
                trailer_end = buffer.find(b"\r\n", line_end + 2)  # no trailers here: an empty line ends it
                if trailer_end < 0:
                    return False
                del buffer[: trailer_end + 2]
                return True
            if len(buffer) < line_end + 2 + size + 2:
                return False
            self.take(bytes(buffer[line_end + 2 : line_end + 2 + size]))
            del buffer[: line_end + 2 + size + 2]
        return False


def is_items_stream(method: str, path: str) -> bool:
    """A batch's phase 2, ``POST /api/v3/batches/<id>/items``."""
    return method == "POST" and path.startswith("/api/v3/batches/") and path.endswith("/items")


class HTTPProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive, Content-Length and chunked bodies (a batch's NDJSON stream comes chunked)."""

    def __init__(self, pages: Pages, stats: Stats, limits: Limits | None, delay: float = 0.0) -> None:
        self.pages = pages
        self.stats = stats
        self.limits = limits
        self.delay = delay
        self.buffer = bytearray()
        self.request: Incoming | None = None  # its head read, its body still coming
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # Small responses must leave at once, not wait for Nagle's delayed-ACK dance.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        # A loop, because a client may pipeline or a read may hold more than one request.
        while True:
            if self.request is None:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                request_line, *header_lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
                del self.buffer[: end + 4]
                headers = {}
                for line in header_lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                method, target, _ = request_line.split(" ", 2)
                self.request = Incoming(method, target, headers)
            request = self.request
            if not request.read(self.buffer):
                return  # wait for the rest of the body
            self.request = None
            answer = self.handle(request)
            close = request.headers.get("connection", "").lower() == "close"
            # --- added latency (batch.100k): every answer but the control endpoint's waits ``delay`` seconds ---
            if self.delay and urlsplit(request.target).path != STATS_PATH:
                asyncio.get_running_loop().call_later(self.delay, self.send, answer, close)
            else:
                self.send(answer, close)
            if close:
                return

    def send(self, answer: bytes, close: bool) -> None:
        assert self.transport is not None
        if self.transport.is_closing():
            return
        self.transport.write(answer)
        if close:
            self.transport.close()

    def grant(self, token: str, tokens: int) -> None:
        if token.endswith(SECRET_KEY):  # the fleet's key, not a warm-up's
            now = time.time()
            if self.stats.first_limited is None:
                self.stats.first_limited = now
            self.stats.grants.append((now, tokens))

    def handle(self, request: Incoming) -> bytes:
        method, headers, body, stream = request.method, request.headers, request.body, request.items_stream
        url = urlsplit(request.target)
        if url.path == STATS_PATH:
            return response(200, self.stats.body())
        self.stats.requests += 1
        limited = b""
        token = headers.get("authorization", "")
        if self.limits is not None and not stream:  # apiRateLimit.server.ts lets phase 2 through
            decision = self.limits.take(token)
            limited = limit_headers(decision)
            if not decision.allowed:
                self.stats.responses_429 += 1
                return response(429, RATE_LIMITED_BODY, limited)
            if url.path != "/api/v3/batches":
                self.grant(token, 1)
        if method == "POST" and url.path.startswith("/api/v1/tasks/") and url.path.endswith("/trigger"):
            return TRIGGER_RESPONSE if not limited else response(200, TRIGGER_BODY, TRIGGER_EXTRA_HEADERS + limited)
        if method == "POST" and url.path == "/api/v3/batches":
            run_count = int(json.loads(body)["runCount"])
            if self.limits is not None:
                # createBatch.server.ts: a new batch is charged runCount tokens of the batch bucket.
                decision = self.limits.take_batch(token, run_count)
                if not decision.allowed:
                    self.stats.responses_429 += 1
                    return batch_limited(decision)
                self.grant(token, run_count)
            self.stats.batches += 1
            created = b'{"id":"batch_%d","runCount":%d,"isCached":false}' % (self.stats.batches, run_count)
            # api.v3.batches.ts answers 202 with the batch's public token in x-trigger-jwt, as a trigger does.
            return response(202, created, TRIGGER_EXTRA_HEADERS + limited)
        if stream:
            # The lines of the NDJSON body, each an item (the items are not parsed); the sum tells the bench every
            # item of a batch arrived.
            self.stats.items += request.lines
            batch_id = url.path.split("/")[4].encode()
            sealed = b'{"id":"%s","itemsAccepted":%d,"itemsDeduplicated":0,"sealed":true}' % (batch_id, request.lines)
            return response(200, sealed)
        if method == "GET" and url.path == "/api/v1/runs":
            query = dict(parse_qsl(url.query))
            size = query.get("page[size]", "100")
            page = self.pages.body(int(size), query.get("page[after]")) if size.isdigit() else None
            return BAD_REQUEST if page is None else response(200, page)
        return NOT_FOUND


async def serve(pages: int, bucket: TokenBucket | None, batch: TokenBucket | None, delay: float = 0.0) -> None:
    loop = asyncio.get_running_loop()
    stats = Stats()
    page_maker = Pages(pages)
    limits = None
    if bucket is not None or batch is not None:
        limits = Limits(RealClock(), api=bucket or API_BUCKET, batch=batch or BATCH_BUCKET)
    server = await loop.create_server(
        lambda: HTTPProtocol(page_maker, stats, limits, delay), "127.0.0.1", 0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print(port, flush=True)
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages in the runs listing")
    parser.add_argument("--limit", type=parse_limit, default=None, help="MAX/REFILL/INTERVAL token bucket")
    parser.add_argument("--batch-limit", type=parse_limit, default=None, help="MAX/REFILL/INTERVAL batch bucket")
    # --- added latency (batch.100k) ---
    parser.add_argument("--delay-ms", type=float, default=0.0, help="milliseconds every answer waits")
    args = parser.parse_args()
    asyncio.run(serve(args.pages, args.limit, args.batch_limit, args.delay_ms / 1000))
    sys.exit(0)


if __name__ == "__main__":
    main()
