"""refresh_access_token= and rate limits on subscriptions, against a scripted server (no emulator timing).

A subscription answered 401/403 asks the refresher once and resumes where it was, with the new token
(@trigger.dev/core 4.8.3 apiClient/runStream.js refreshHeadersForAuthError, refreshAccessToken.js); a 429 asking for
more than 120 s raises RateLimitError at once, as a call does.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trigger_client import (
    AsyncTriggerClient,
    AuthenticationError,
    ConfigurationError,
    PermissionDeniedError,
    RateLimitError,
    TriggerClient,
)

from .conftest import drain, maybe

BASE = "https://api.trigger.dev"
OLD = "eyJhbGciOiJIUzI1NiJ9.eyJvbGQiOjF9.c2lnbmF0dXJl"
NEW = "eyJhbGciOiJIUzI1NiJ9.eyJuZXciOjF9.c2lnbmF0dXJl"
NEWER = "eyJhbGciOiJIUzI1NiJ9.eyJuZXdlciI6MX0.c2lnbmF0dXJl"
Answer = Callable[[httpx.Request], httpx.Response]


def _row(status: str, updated: str, **extra: str) -> dict[str, Any]:
    return {
        "id": "cm1",
        "friendlyId": "run_1",
        "taskIdentifier": "t",
        "status": status,
        "createdAt": "2025-01-01T00:00:00.000",
        "updatedAt": updated,
        **extra,
    }


def shape(offset: str, row: dict[str, Any] | None) -> Answer:
    """A shape answer: the row (if any), then up-to-date, at ``offset``."""
    messages: list[dict[str, Any]] = [{"headers": {"control": "up-to-date"}}]
    if row is not None:
        messages.insert(0, {"key": '"public"."TaskRun"/"cm1"', "value": row, "headers": {"operation": "insert"}})
    headers = {"electric-handle": "h1", "electric-offset": offset, "electric-cursor": "c", "electric-schema": "{}"}
    return lambda request: httpx.Response(200, content=json.dumps(messages).encode(), headers=headers)


def status(code: int, **headers: str) -> Answer:
    return lambda request: httpx.Response(code, json={"error": "Unauthorized"}, headers=headers)


class Script:
    """Answers requests in order and records them; the refresher records its calls."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.refreshes = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert self.answers, f"unexpected request {request.url}"
        return self.answers.pop(0)(request)

    def tokens(self) -> list[str]:
        return [r.headers["authorization"].removeprefix("Bearer ") for r in self.requests]

    def offsets(self) -> list[str]:
        return [r.url.params.get("offset", "") for r in self.requests]


def client(mode: str, script: Script, refresh: Any = None, **kwargs: Any) -> TriggerClient | AsyncTriggerClient:
    cls = TriggerClient if mode == "sync" else AsyncTriggerClient
    transport = httpx.MockTransport(script.handle)
    kwargs.setdefault("access_token", OLD)
    return cls(api_url=BASE, transport=transport, refresh_access_token=refresh, **kwargs)


def refresher(script: Script, *tokens: str) -> Callable[[], str]:
    queue = list(tokens)

    def refresh() -> str:
        script.refreshes += 1
        return queue.pop(0)

    return refresh


@pytest.mark.parametrize("rejection", [401, 403])
async def test_a_rejected_subscription_refreshes_once_and_resumes_without_duplicates(mode: str, rejection: int) -> None:
    script = Script(
        shape("1_0", _row("EXECUTING", "2025-01-01T00:00:01.000")),
        status(rejection),
        shape("2_0", _row("COMPLETED_SUCCESSFULLY", "2025-01-01T00:00:02.000", completedAt="2025-01-01T00:00:02.000")),
    )
    c = client(mode, script, refresher(script, NEW))
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert [r.status for r in runs] == ["EXECUTING", "COMPLETED"]
    assert script.refreshes == 1
    assert script.tokens() == [OLD, OLD, NEW]
    # The retry asks for the same position the rejected request asked for: nothing lost, nothing repeated.
    assert script.offsets() == ["-1", "1_0", "1_0"]
    assert script.requests[2].url.params["handle"] == "h1"


async def test_a_refreshed_token_rejected_again_raises_the_auth_error(mode: str) -> None:
    script = Script(shape("1_0", _row("EXECUTING", "2025-01-01T00:00:01.000")), status(401), status(401))
    c = client(mode, script, refresher(script, NEW, NEWER))
    with pytest.raises(AuthenticationError):
        await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert script.refreshes == 1 and script.tokens() == [OLD, OLD, NEW]


async def test_each_good_answer_allows_a_new_refresh(mode: str) -> None:
    done = _row("COMPLETED_SUCCESSFULLY", "2025-01-01T00:00:03.000", completedAt="2025-01-01T00:00:03.000")
    script = Script(
        status(401),
        shape("1_0", _row("EXECUTING", "2025-01-01T00:00:01.000")),
        status(403),
        shape("2_0", done),
    )
    c = client(mode, script, refresher(script, NEW, NEWER))
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert [r.status for r in runs] == ["EXECUTING", "COMPLETED"]
    assert script.refreshes == 2 and script.tokens() == [OLD, NEW, NEW, NEWER]


async def test_a_failing_refresher_leaves_the_auth_error(mode: str) -> None:
    script = Script(status(403))

    def broken() -> str:
        raise RuntimeError("token service down")

    c = client(mode, script, broken)
    with pytest.raises(PermissionDeniedError) as raised:
        await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert isinstance(raised.value.__cause__, RuntimeError)


async def test_a_refresher_answering_no_token_leaves_the_auth_error(mode: str) -> None:
    script = Script(status(401))
    c = client(mode, script, lambda: "tr_dev_not_a_public_token")
    with pytest.raises(AuthenticationError) as raised:
        await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert "tr_dev_not" not in str(raised.value) and "tr_dev_not" not in str(raised.value.__cause__)


async def test_the_async_client_takes_an_async_refresher() -> None:
    script = Script(status(401), shape("1_0", _row("COMPLETED_SUCCESSFULLY", "2025-01-01T00:00:01.000")))

    async def refresh() -> str:
        script.refreshes += 1
        return NEW

    c = client("async", script, refresh)
    runs = await drain(c.runs.subscribe("run_1"))
    await maybe(c.close())
    assert [r.status for r in runs] == ["COMPLETED"] and script.tokens() == [OLD, NEW]


async def test_subscriptions_of_one_client_share_a_refresh(mode: str) -> None:
    done = _row("COMPLETED_SUCCESSFULLY", "2025-01-01T00:00:01.000")
    script = Script(status(401), shape("1_0", done), status(401), shape("1_0", done))
    c = client(mode, script, refresher(script, NEW))
    for _ in range(2):
        assert [r.status for r in await drain(c.runs.subscribe("run_1"))] == ["COMPLETED"]
    await maybe(c.close())
    # The second subscription starts with the client's token and, rejected, takes the token already renewed.
    assert script.refreshes == 1 and script.tokens() == [OLD, NEW, OLD, NEW]


async def test_a_stream_resumes_after_its_last_chunk_with_the_new_token(mode: str) -> None:
    first = 'id: 1-0\ndata: {"a":1}\n\n'
    events = [first, None, 'id: 1-1\ndata: {"a":2}\n\n']

    def sse(request: httpx.Request) -> httpx.Response:
        body = events.pop(0)
        if body is None:
            return httpx.Response(401, json={"error": "expired"})
        return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})

    script = Script(sse, sse, sse)
    c = client(mode, script, refresher(script, NEW))
    sub = c.runs.stream("run_1", "k")
    chunks = [await maybe(_next(sub))]
    # The first body ended cleanly, which ends a stream: follow with a new subscription resuming after chunk 1-0.
    await maybe(_close(sub))
    resumed = c.runs.stream("run_1", "k", last_event_id=chunks[0].id)
    chunks += await drain(resumed)
    await maybe(c.close())
    assert [ch.data for ch in chunks] == [{"a": 1}, {"a": 2}]
    assert script.tokens() == [OLD, OLD, NEW]
    assert [r.headers.get("last-event-id") for r in script.requests] == [None, "1-0", "1-0"]


def _next(sub: Any) -> Any:
    return sub.__anext__() if hasattr(sub, "__anext__") else next(sub)


def _close(sub: Any) -> Any:
    return sub.aclose() if hasattr(sub, "aclose") else sub.close()


@pytest.mark.parametrize("wait", ["1e9", "inf", "121"])
@pytest.mark.parametrize("feed", ["subscribe", "stream"])
async def test_a_429_beyond_120_s_raises_at_once(mode: str, wait: str, feed: str) -> None:
    script = Script(status(429, **{"retry-after": wait}))
    c = client(mode, script, access_token=None, secret_key="tr_dev_9f8e7d6c5b4a3210fedcba98")
    sub = c.runs.subscribe("run_1") if feed == "subscribe" else c.runs.stream("run_1", "k")
    with pytest.raises(RateLimitError) as raised:
        await drain(sub)
    await maybe(c.close())
    assert len(script.requests) == 1 and raised.value.retry_after is not None and raised.value.retry_after > 120


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"secret_key": "tr_dev_9f8e7d6c5b4a3210fedcba98", "access_token": None}, "renews a public access token"),
        ({"refresh": "not callable"}, "must be a function"),
    ],
)
def test_refresh_needs_a_function_and_a_public_token(mode: str, kwargs: dict[str, Any], message: str) -> None:
    kwargs = dict(kwargs)  # parametrize shares the dict between modes
    refresh = kwargs.pop("refresh", lambda: NEW)
    with pytest.raises(ConfigurationError, match=message):
        client(mode, Script(), refresh, **kwargs)


def test_the_sync_client_refuses_an_async_refresher() -> None:
    script = Script(status(401))

    async def refresh() -> str:
        return NEW

    c = client("sync", script, refresh)
    with pytest.raises(AuthenticationError) as raised, c:
        list(c.runs.subscribe("run_1"))
    assert "AsyncTriggerClient" in str(raised.value.__cause__)


async def test_concurrent_rejections_share_one_refresh() -> None:
    """As refreshAccessTokenOnce: subscriptions rejected at once wait for the same new token."""
    done = shape("1_0", _row("COMPLETED_SUCCESSFULLY", "2025-01-01T00:00:01.000"))
    all_rejected = asyncio.Event()
    script = Script()

    def handle(request: httpx.Request) -> httpx.Response:
        script.requests.append(request)
        if request.headers["authorization"] == f"Bearer {NEW}":
            return done(request)
        if sum(r.headers["authorization"] == f"Bearer {OLD}" for r in script.requests) == 3:
            all_rejected.set()
        return status(401)(request)

    script.handle = handle  # type: ignore[method-assign]

    async def refresh() -> str:
        script.refreshes += 1
        await all_rejected.wait()  # the first refresh is still running when the others are rejected
        return NEW

    c = client("async", script, refresh)
    subscriptions = [drain(c.runs.subscribe("run_1")) for _ in range(3)]
    results = await asyncio.wait_for(asyncio.gather(*subscriptions), timeout=10)
    await maybe(c.close())
    assert [[r.status for r in runs] for runs in results] == [["COMPLETED"]] * 3
    assert script.refreshes == 1
