"""Extra headers: ``default_headers=`` on both clients and ``with_options(headers=...)`` per view, on the wire for
generated calls, realtime feeds and streams, and raw calls; the headers the client sets itself cannot be overridden.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.client.conftest import BASE, SECRET, Harness, json_response
from tests.client.test_core import RUN
from tests.client.test_large_packets import DONE, PAYLOAD_URL, packet
from tests.realtime.conftest import drain, maybe
from trigger_api.api.runs import list_runs_v1, retrieve_run_v1
from trigger_client import AsyncTriggerClient, ConfigurationError, TriggerClient
from trigger_client._config import OWNED_HEADERS
from trigger_client.testing import TriggerEmulator

pytestmark = pytest.mark.timeout(60)
GATEWAY = {"X-Gateway-Key": "gw-secret-1", "X-Tenant": "acme"}
GATEWAY_NAMES = {name.lower() for name in GATEWAY}
HTTPX_DEFAULTS = {"user-agent", "accept", "accept-encoding", "connection", "host"}


async def test_default_headers_go_with_every_call_and_with_options_adds_per_view(api: Harness) -> None:
    api.client_kwargs["default_headers"] = GATEWAY
    api.answer(json_response(200, RUN), json_response(200, {"id": "run_1"}))
    await api.call(lambda c: c.runs.retrieve("run_abc"))
    await api.call(lambda c: c.with_options(headers={"x-audit-user": "ada", "X-Tenant": "beta"}).runs.cancel("run_1"))
    plain, viewed = api.requests
    assert (plain.headers["x-gateway-key"], plain.headers["x-tenant"]) == ("gw-secret-1", "acme")
    assert "x-audit-user" not in plain.headers
    # The view adds its headers and overrides a default one, keeping the client's own.
    assert (viewed.method, viewed.url.path) == ("POST", "/api/v2/runs/run_1/cancel")
    assert viewed.headers["x-audit-user"] == "ada"
    assert viewed.headers["x-tenant"] == "beta"
    assert viewed.headers["x-gateway-key"] == "gw-secret-1"
    assert viewed.headers["authorization"] == f"Bearer {SECRET}"
    assert viewed.headers["x-trigger-api-version"] == "2025-07-16"
    assert len(viewed.headers.get_list("x-tenant")) == 1


async def test_a_view_leaves_its_client_and_other_views_alone(api: Harness) -> None:
    api.default = lambda request: json_response(200, RUN)
    client = api.client()
    try:
        audited = client.with_options(headers={"x-audit-user": "ada"})
        both = audited.with_options(headers={"x-reason": "cleanup"}, max_retries=0)
        for target in (client, audited, both):
            result = target.runs.retrieve("run_abc")
            if inspect.isawaitable(result):
                await result
    finally:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed
    plain, first, second = api.requests
    assert "x-audit-user" not in plain.headers and "x-reason" not in plain.headers
    assert first.headers["x-audit-user"] == "ada" and "x-reason" not in first.headers
    assert (second.headers["x-audit-user"], second.headers["x-reason"]) == ("ada", "cleanup")


async def test_user_agent_may_be_replaced(api: Harness) -> None:
    api.answer(json_response(200, RUN))
    await api.call(lambda c: c.runs.retrieve("run_abc"), default_headers={"User-Agent": "acme-billing/2.1"})
    assert api.last.headers.get_list("user-agent") == ["acme-billing/2.1"]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "fix"),
    [
        ("Authorization", "pass secret_key= or access_token="),
        ("AUTHORIZATION", "pass secret_key= or access_token="),
        ("x-trigger-request-idempotency-key", "pass idempotency_key= to tasks.trigger"),
        ("Idempotency-Key", "pass idempotency_key= to tasks.trigger"),
        ("X-Trigger-Api-Version", "the client speaks the API version"),
        ("x-trigger-branch", "pass preview_branch="),
        ("Content-Type", "the client sets each request body's content type"),
    ],
)
def test_headers_the_client_sets_are_refused_naming_the_header_and_the_fix(mode: str, name: str, fix: str) -> None:
    cls = TriggerClient if mode == "sync" else AsyncTriggerClient
    with pytest.raises(ConfigurationError) as info:
        cls(secret_key=SECRET, api_url=BASE, default_headers={name: "x"})
    assert str(info.value).startswith(f"default_headers= cannot set {name!r}: the client sets this header itself; ")
    assert fix in str(info.value)
    client = cls(secret_key=SECRET, api_url=BASE)
    with pytest.raises(ConfigurationError, match=rf"^with_options\(headers=\) cannot set {name!r}: .*{fix}"):
        client.with_options(headers={name: "x"})
    with pytest.raises(ConfigurationError, match=rf"^client.raw.with_headers\(\) cannot set {name!r}"):
        client.raw.with_headers({name: "x"})


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ([("x-a", "1")], "default_headers= must be a mapping of header names to values, got list"),
        ({"x a": "1"}, "default_headers= has an invalid header name 'x a': use letters, digits and - only"),
        ({"x-a": 1}, "default_headers= header 'x-a' must have a str value, got int"),
        ({"x-a": "secret\r\nx-b: 2"}, "default_headers= header 'x-a' has a value a header cannot carry"),
    ],
)
def test_malformed_headers_are_refused_without_quoting_the_value(headers: Any, message: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        TriggerClient(secret_key=SECRET, api_url=BASE, default_headers=headers)
    assert str(info.value).startswith(message)
    assert "secret" not in str(info.value)


def test_every_header_the_client_sends_of_its_own_is_owned() -> None:
    """The owned list is what the client really sets: every header on the wire but httpx's defaults (user agent,
    accept, encoding, connection) is in it; the realtime feeds' and streams' are checked below."""
    seen: set[str] = set()
    client = TriggerClient(
        secret_key=SECRET, api_url=BASE, preview_branch="feature-x", transport=httpx.MockTransport(_record(seen))
    )
    client.tasks.trigger("send-email", {"to": "ada"}, idempotency_key="k1")
    client.runs.retrieve("run_abc")
    client.close()
    assert seen - HTTPX_DEFAULTS <= set(OWNED_HEADERS)
    assert {"authorization", "x-trigger-branch", "x-trigger-request-idempotency-key", "content-type"} <= seen


def _record(seen: set[str]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers.keys())
        if request.url.path.endswith("/trigger"):
            return json_response(200, {"id": "run_abc", "isCached": False})
        return json_response(200, RUN)

    return handle


async def test_raw_calls_carry_default_and_view_headers(api: Harness) -> None:
    api.client_kwargs["default_headers"] = GATEWAY
    api.answer(json_response(200, RUN), json_response(200, RUN), json_response(200, {"data": [], "pagination": {}}))
    client = api.client()
    try:
        view = client.with_options(headers={"x-audit-user": "ada"})
        raw_view = client.raw.with_headers({"x-reason": "export"})
        if api.mode == "sync":
            retrieve_run_v1.sync("run_abc", client=client.raw)
            retrieve_run_v1.sync("run_abc", client=view.raw)
            list_runs_v1.sync(client=raw_view)
        else:
            await retrieve_run_v1.asyncio("run_abc", client=client.raw)
            await retrieve_run_v1.asyncio("run_abc", client=view.raw)
            await list_runs_v1.asyncio(client=raw_view)
    finally:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed
    plain, viewed, listed = api.requests
    for request in api.requests:
        assert request.headers["x-gateway-key"] == "gw-secret-1"
        assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert "x-audit-user" not in plain.headers and "x-reason" not in plain.headers
    assert viewed.url.path == "/api/v3/runs/run_abc" and viewed.headers["x-audit-user"] == "ada"
    assert listed.url.path == "/api/v1/runs" and listed.headers["x-reason"] == "export"
    # The raw view did not change the pool: later calls of the client do not carry it.
    assert "x-reason" not in client._http.headers


async def test_object_store_downloads_do_not_carry_the_users_headers(api: Harness) -> None:
    api.client_kwargs["default_headers"] = GATEWAY
    api.answer(json_response(200, {**DONE, "payloadPresignedUrl": PAYLOAD_URL}), packet(b'{"a":1}', "application/json"))
    await api.call(lambda c: c.with_options(headers={"x-audit-user": "ada"}).runs.retrieve("run_abc"))
    api_call, download = api.requests
    assert api_call.headers["x-gateway-key"] == "gw-secret-1" and api_call.headers["x-audit-user"] == "ada"
    assert str(download.url) == PAYLOAD_URL
    assert not {"x-gateway-key", "x-tenant", "x-audit-user", "authorization"} & set(download.headers.keys())


class _Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The emulator's transport, recording the headers of each request."""

    def __init__(self, emulator: TriggerEmulator, mode: str) -> None:
        self.inner: Any = emulator.transport if mode == "sync" else emulator.async_transport
        self.seen: list[tuple[str, httpx.Headers]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.path, request.headers))
        return self.inner.handle_request(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.path, request.headers))
        return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_realtime_feeds_and_streams_carry_default_and_view_headers(mode: str) -> None:
    with TriggerEmulator(seed=5) as emulator:
        emulator.realtime.hold_seconds = 0.2
        release = threading.Event()

        @emulator.task("chatty")
        def chatty(payload: Any, ctx: Any) -> str:
            ctx.stream("default", "hello")
            release.wait(10)
            return "done"

        recording = _Recording(emulator, mode)
        cls = TriggerClient if mode == "sync" else AsyncTriggerClient
        client = cls(
            secret_key=emulator.secret_key, api_url=emulator.base_url, transport=recording, default_headers=GATEWAY
        )
        view = client.with_options(headers={"x-audit-user": "ada"})
        handle = await maybe(view.tasks.trigger("chatty", None))
        threading.Timer(0.2, release.set).start()
        chunks = await drain(view.runs.stream(handle.id))
        runs = await drain(view.runs.subscribe(handle.id))
        await maybe(client.close())
    assert [chunk.data for chunk in chunks] == ["hello"] and runs[-1].status == "COMPLETED"
    paths = [path for path, _ in recording.seen]
    assert paths[0] == "/api/v1/tasks/chatty/trigger"
    assert any(path.startswith("/realtime/v1/streams/") for path in paths)
    assert any(path == f"/realtime/v1/runs/{handle.id}" for path in paths)
    for path, headers in recording.seen:
        assert (headers["x-gateway-key"], headers["x-tenant"], headers["x-audit-user"]) == (
            "gw-secret-1",
            "acme",
            "ada",
        )
        assert headers["authorization"] == f"Bearer {emulator.secret_key}", path
    stream_headers = next(h for p, h in recording.seen if p.startswith("/realtime/v1/streams/"))
    assert stream_headers["accept"] == "text/event-stream"
    feed_headers = next(h for p, h in recording.seen if p == f"/realtime/v1/runs/{handle.id}")
    assert set(feed_headers.keys()) - {*GATEWAY_NAMES, "x-audit-user"} - HTTPX_DEFAULTS <= set(OWNED_HEADERS)
