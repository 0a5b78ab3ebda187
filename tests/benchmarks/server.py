"""A deliberately cheap HTTP/1.1 server with canned Trigger.dev responses, run in its own process.

Run as ``python -m tests.benchmarks.server --pages N``: it binds 127.0.0.1 on a free port, prints the port
on stdout once it accepts connections, and serves until it is terminated.

Routes:

* ``POST /api/v1/tasks/<id>/trigger`` → a fixed ``{"id": "run_…", "isCached": false}``;
* ``GET /api/v1/runs?page[size]=S[&page[after]=<cursor>]`` → page ``cursor`` of ``N`` pages of ``S`` run items;
* ``POST /api/v3/batches`` → a new batch of the body's ``runCount`` (phase 1 of a two-phase batch), and
  ``POST /api/v3/batches/<id>/items`` → that batch sealed (phase 2; the items are not parsed);
* ``GET /__bench/stats`` → ``{"cpu": <process CPU seconds>, "requests": <count>, "responses_429": <count>}``, so the
  bench can tell the server's share of each scenario apart from the client's.

With ``--limit MAX/REFILL/INTERVAL`` every ``/api`` request but a batch's phase 2 first passes the emulator's own
limiter (:class:`trigger_client.testing._limits.Limits`, the webapp's token bucket scaled), answering 429 with the
``x-ratelimit-*`` headers the webapp sends; ``--batch-limit`` sets the batch bucket phase 1 is charged ``runCount``
tokens of. The fleet benchmarks run against these.

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


class Stats:
    """What the control endpoint reports."""

    def __init__(self) -> None:
        self.requests = 0
        self.responses_429 = 0
        self.batches = 0
        # Behind a limiter: when the first request came (the bucket's start), and when each grant was made and how
        # many tokens it took (one per request; a batch's runCount from the batch bucket).
        self.first_limited: float | None = None
        self.grants: list[tuple[float, int]] = []

    def body(self) -> bytes:
        stats = {"cpu": time.process_time(), "requests": self.requests, "responses_429": self.responses_429}
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


def chunked_body(buffer: bytearray, start: int) -> tuple[bytes, int] | None:
    """The body of chunks from ``start`` and where the request ends, or None while its last chunk has not come."""
    parts = []
    at = start
    while (line_end := buffer.find(b"\r\n", at)) >= 0:
        size = int(bytes(buffer[at:line_end]).split(b";")[0], 16)
        if size == 0:
            trailer_end = buffer.find(b"\r\n", line_end + 2)  # no trailers here: an empty line ends it
            return (b"".join(parts), trailer_end + 2) if trailer_end >= 0 else None
        if len(buffer) < line_end + 2 + size + 2:
            return None
        parts.append(bytes(buffer[line_end + 2 : line_end + 2 + size]))
        at = line_end + 2 + size + 2
    return None


class HTTPProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive, Content-Length and chunked bodies (a batch's NDJSON stream comes chunked)."""

    def __init__(self, pages: Pages, stats: Stats, limits: Limits | None) -> None:
        self.pages = pages
        self.stats = stats
        self.limits = limits
        self.buffer = bytearray()
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
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self.buffer[:end]).decode("latin-1")
            request_line, *header_lines = head.split("\r\n")
            headers = {}
            for line in header_lines:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if "chunked" in headers.get("transfer-encoding", ""):
                framed = chunked_body(self.buffer, end + 4)
                if framed is None:
                    return  # wait for the last chunk
                body, consumed = framed
            else:
                length = int(headers.get("content-length", "0"))
                if len(self.buffer) < end + 4 + length:
                    return  # wait for the rest of the body
                body, consumed = bytes(self.buffer[end + 4 : end + 4 + length]), end + 4 + length
            del self.buffer[:consumed]
            method, target, _ = request_line.split(" ", 2)
            assert self.transport is not None
            self.transport.write(self.handle(method, target, headers, body))
            if headers.get("connection", "").lower() == "close":
                self.transport.close()
                return

    def grant(self, token: str, tokens: int) -> None:
        if token.endswith(SECRET_KEY):  # the fleet's key, not a warm-up's
            now = time.time()
            if self.stats.first_limited is None:
                self.stats.first_limited = now
            self.stats.grants.append((now, tokens))

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> bytes:
        url = urlsplit(target)
        if url.path == "/__bench/stats":
            return response(200, self.stats.body())
        self.stats.requests += 1
        limited = b""
        token = headers.get("authorization", "")
        stream = method == "POST" and url.path.startswith("/api/v3/batches/") and url.path.endswith("/items")
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
            return response(202, created, limited)
        if stream:
            batch_id = url.path.split("/")[4].encode()
            return response(200, b'{"id":"%s","itemsAccepted":0,"itemsDeduplicated":0,"sealed":true}' % batch_id)
        if method == "GET" and url.path == "/api/v1/runs":
            query = dict(parse_qsl(url.query))
            size = query.get("page[size]", "100")
            body = self.pages.body(int(size), query.get("page[after]")) if size.isdigit() else None
            return BAD_REQUEST if body is None else response(200, body)
        return NOT_FOUND


async def serve(pages: int, bucket: TokenBucket | None, batch: TokenBucket | None) -> None:
    loop = asyncio.get_running_loop()
    stats = Stats()
    page_maker = Pages(pages)
    limits = None
    if bucket is not None or batch is not None:
        limits = Limits(RealClock(), api=bucket or API_BUCKET, batch=batch or BATCH_BUCKET)
    server = await loop.create_server(lambda: HTTPProtocol(page_maker, stats, limits), "127.0.0.1", 0, backlog=1024)
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
    args = parser.parse_args()
    asyncio.run(serve(args.pages, args.limit, args.batch_limit))
    sys.exit(0)


if __name__ == "__main__":
    main()
