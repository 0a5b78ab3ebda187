"""Hostile servers, real sockets: response size caps. Bodies past ``max_response_size`` (counted after
decompression) raise ``ResponseTooLargeError`` with memory bounded by the cap; a 1 GB body streamed from a socket
is not held; Electric bodies and SSE lines have their own caps. Both clients; every case is time-limited."""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

from tests.reliability._hostile import MODES, Connection, client_for, gzip_bomb, invoke, serving
from trigger_client import ResponseTooLargeError

pytestmark = pytest.mark.timeout(90)
MiB = 1 << 20
BLOCK = b"x" * MiB


def endless(conn: Connection, total: int | None) -> None:
    """A body of ``total`` bytes (or chunked and endless), written from one reused megabyte."""
    if total is None:
        conn.head(200, content_type="application/json", transfer_encoding="chunked")
        chunk = b"%x\r\n" % len(BLOCK) + BLOCK + b"\r\n"
        while True:
            conn.send(chunk)
    conn.head(200, content_type="application/json", content_length=str(total))
    for _ in range(total // MiB):
        conn.send(BLOCK)


async def _peak(call: Any) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        try:
            await call()
        except Exception as exc:
            return exc, tracemalloc.get_traced_memory()[1]
        return None, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("mode", MODES)
async def test_a_1_gb_body_stops_at_the_cap_with_bounded_memory(mode: str) -> None:
    with serving(lambda c: endless(c, 1 << 30)) as srv:
        client = client_for(mode, srv, max_retries=0, max_response_size=8 * MiB)
        error, peak = await _peak(lambda: invoke(client, lambda c: c.runs.retrieve("run_1")))
    assert isinstance(error, ResponseTooLargeError), error
    assert error.limit == 8 * MiB and "max_response_size" in str(error)
    assert peak < 24 * MiB, f"peak {peak / MiB:.1f} MiB for an 8 MiB cap"


@pytest.mark.parametrize("mode", MODES)
async def test_an_endless_chunked_body_stops_at_the_default_cap(mode: str) -> None:
    with serving(lambda c: endless(c, None)) as srv:
        client = client_for(mode, srv, max_retries=0)
        error, peak = await _peak(lambda: invoke(client, lambda c: c.runs.retrieve("run_1")))
    assert isinstance(error, ResponseTooLargeError) and error.limit == 64 * MiB, error
    assert peak < 64 * MiB + 32 * MiB


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzip_bomb_is_caught_after_decompression(mode: str) -> None:
    bomb = gzip_bomb(128 * MiB)  # about 128 KiB on the wire

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_encoding="gzip", content_length=str(len(bomb)))
        conn.send(bomb)

    with serving(behave) as srv:
        client = client_for(mode, srv, max_retries=0, max_response_size=4 * MiB)
        error, peak = await _peak(lambda: invoke(client, lambda c: c.runs.retrieve("run_1")))
    assert isinstance(error, ResponseTooLargeError), error
    assert peak < 16 * MiB, f"peak {peak / MiB:.1f} MiB"


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzipped_body_within_the_cap_parses(mode: str) -> None:
    import gzip
    import json

    from tests.client.test_core import RUN

    body = gzip.compress(json.dumps(RUN).encode())

    def behave(conn: Connection) -> None:
        conn.respond(200, body, content_type="application/json", content_encoding="gzip")

    with serving(behave) as srv:
        run: Any = await invoke(client_for(mode, srv), lambda c: c.runs.retrieve("run_1"))
    assert run.id == RUN["id"]


def _electric_head(conn: Connection) -> None:
    conn.head(200, content_type="application/json", electric_handle="h1", electric_offset="0_0")


@pytest.mark.parametrize("mode", MODES)
async def test_an_endless_electric_body_stops_at_its_cap(mode: str) -> None:
    def behave(conn: Connection) -> None:
        _electric_head(conn)
        conn.send(b"[")
        while True:
            conn.send(b" " * MiB)

    async def consume(client: Any) -> None:
        feed = client.runs.subscribe("run_1")
        if mode == "sync":
            for _ in feed:
                pass
        else:
            async for _ in feed:
                pass

    with serving(behave) as srv:
        client = client_for(mode, srv)
        with pytest.raises(ResponseTooLargeError) as caught:
            if mode == "sync":
                await invoke(client, lambda c: [None for _ in c.runs.subscribe("run_1")])
            else:
                async with client:
                    await consume(client)
    assert caught.value.limit == 64 * MiB
    assert len(srv.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_an_endless_sse_line_stops_at_its_cap(mode: str) -> None:
    def behave(conn: Connection) -> None:
        conn.head(200, content_type="text/event-stream")
        conn.send(b"data: ")
        while True:
            conn.send(b"y" * MiB)

    with serving(behave) as srv:
        client = client_for(mode, srv)
        with pytest.raises(ResponseTooLargeError) as caught:
            if mode == "sync":
                await invoke(client, lambda c: [None for _ in c.runs.stream("run_1", "key")])
            else:
                async with client:
                    async for _ in client.runs.stream("run_1", "key"):
                        pass
    assert caught.value.limit == 16 * MiB


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzip_bombed_electric_body_stops_at_its_cap(mode: str) -> None:
    bomb = gzip_bomb(128 * MiB)

    def behave(conn: Connection) -> None:
        conn.head(
            200,
            content_type="application/json",
            content_encoding="gzip",
            content_length=str(len(bomb)),
            electric_handle="h1",
            electric_offset="0_0",
        )
        conn.send(bomb)

    with serving(behave) as srv:
        client = client_for(mode, srv)
        with pytest.raises(ResponseTooLargeError) as caught:
            if mode == "sync":
                await invoke(client, lambda c: [None for _ in c.runs.subscribe("run_1")])
            else:
                async with client:
                    [run async for run in client.runs.subscribe("run_1")]
    assert caught.value.limit == 64 * MiB
