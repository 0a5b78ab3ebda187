"""OpenTelemetry tracing (the ``otel`` extra), with the SDK's in-memory exporter: one span per call named after the
operation, a child HTTP client span per attempt, and ``traceparent`` on the wire; nothing at all without a provider
or without opentelemetry installed."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import trigger_api.api
import trigger_client
from tests.client.conftest import Harness, json_response
from tests.client.test_core import RUN
from tests.otel_globals import memory_tracing
from tests.realtime.conftest import drain, make_client, maybe
from tests.reliability._hostile import Connection, client_for, invoke, serving
from trigger_api.api.runs import retrieve_run_v1
from trigger_client import APIConnectionError, AsyncTriggerClient, NotFoundError, TriggerClient
from trigger_client._http.tracing import PUBLIC_NAMES
from trigger_client.testing import TriggerEmulator

pytestmark = pytest.mark.timeout(60)
HANDLE = {"id": "run_new", "isCached": False}


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    with memory_tracing() as exporter:
        yield exporter


def _split(exporter: InMemorySpanExporter) -> tuple[ReadableSpan, list[ReadableSpan]]:
    """The one call span and its attempt spans, in order."""
    finished = exporter.get_finished_spans()
    (call,) = [span for span in finished if span.kind is SpanKind.INTERNAL and span.name.startswith("trigger ")]
    attempts = [span for span in finished if span.parent is not None and span.parent.span_id == call.context.span_id]
    return call, attempts


def _traceparent(span: ReadableSpan) -> str:
    context = span.context
    return f"00-{context.trace_id:032x}-{context.span_id:016x}-{int(context.trace_flags):02x}"


def _sent(headers: list[str], response: httpx.Response) -> Any:
    """An answer recording the request's traceparent as it was sent (a retry re-sends the same request object)."""

    def answer(request: httpx.Request) -> httpx.Response:
        headers.append(request.headers["traceparent"])
        return response

    return answer


async def test_a_retried_call_is_one_span_with_a_child_per_attempt(api: Harness, spans: InMemorySpanExporter) -> None:
    sent: list[str] = []
    api.answer(_sent(sent, json_response(503, {"error": "busy"})), _sent(sent, json_response(200, HANDLE)))
    with trace.get_tracer("test").start_as_current_span("checkout") as outer:
        handle = await api.call(lambda c: c.tasks.trigger("send-email", {"to": "ada"}))
    assert handle.id == "run_new"

    call, attempts = _split(spans)
    assert len(spans.get_finished_spans()) == 4  # checkout, the call, its two attempts
    assert call.name == "trigger tasks.trigger"
    assert call.parent is not None and call.parent.span_id == outer.get_span_context().span_id
    assert dict(call.attributes or {}) == {
        "http.request.method": "POST",
        "url.template": "/api/v1/tasks/{task_identifier}/trigger",
        "server.address": "api.trigger.dev",
        "server.port": 443,
        "trigger.operation": "trigger_task_v1",
        "trigger.task": "send-email",
        "trigger.retry_count": 1,
        "http.response.status_code": 200,
    }
    assert call.status.status_code is StatusCode.UNSET

    first, second = attempts
    assert [span.name for span in attempts] == ["POST /api/v1/tasks/{task_identifier}/trigger"] * 2
    assert all(span.kind is SpanKind.CLIENT for span in attempts)
    assert first.attributes is not None and second.attributes is not None
    assert first.attributes["http.response.status_code"] == 503 and first.attributes["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in first.attributes  # only a resent request has one
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200 and "error.type" not in second.attributes
    assert second.attributes["url.full"] == "https://api.trigger.dev/api/v1/tasks/send-email/trigger"

    # Each attempt's request carries that attempt's context; the idempotency key stays the same.
    assert sent == [_traceparent(first), _traceparent(second)]
    # Nothing stays current after the call: the next span of the application is a sibling, not a child.
    assert trace.get_current_span() is trace.INVALID_SPAN


async def test_a_failed_call_carries_error_type(api: Harness, spans: InMemorySpanExporter) -> None:
    api.answer(json_response(404, {"error": "Run not found"}))
    with pytest.raises(NotFoundError):
        await api.call(lambda c: c.runs.retrieve("run_missing"))
    call, (attempt,) = _split(spans)
    assert call.name == "trigger runs.retrieve"
    assert call.attributes is not None and attempt.attributes is not None
    assert call.attributes["trigger.run_id"] == "run_missing"
    assert call.attributes["url.template"] == "/api/v3/runs/{run_id}"
    assert (call.attributes["http.response.status_code"], call.attributes["error.type"]) == (404, "404")
    assert call.attributes["trigger.retry_count"] == 0
    assert call.status.status_code is StatusCode.ERROR and attempt.status.status_code is StatusCode.ERROR


async def test_a_connection_error_is_typed_on_every_attempt(api: Harness, spans: InMemorySpanExporter) -> None:
    api.answer(httpx.ConnectError("refused"), httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await api.call(lambda c: c.with_options(max_retries=1).runs.retrieve("run_abc"))
    call, attempts = _split(spans)
    assert len(attempts) == 2
    for span in (call, *attempts):
        assert span.attributes is not None and span.attributes["error.type"] == "ConnectError"
        assert "http.response.status_code" not in span.attributes
        assert span.status.status_code is StatusCode.ERROR
    assert call.attributes is not None and call.attributes["trigger.retry_count"] == 1


async def test_an_error_escaping_the_call_still_closes_its_spans(api: Harness, spans: InMemorySpanExporter) -> None:
    def broken_hook(event: Any) -> None:
        raise RuntimeError("hook failed")

    api.answer(json_response(200, RUN))
    with pytest.raises(RuntimeError):
        await api.call(lambda c: c.runs.retrieve("run_abc"), on_response=broken_hook)
    call, (attempt,) = _split(spans)
    assert call.attributes is not None and call.attributes["error.type"] == "RuntimeError"
    assert attempt.attributes is not None and attempt.attributes["http.response.status_code"] == 200
    assert trace.get_current_span() is trace.INVALID_SPAN  # the attempt's context was detached


async def test_raw_calls_are_traced_by_method_since_their_paths_hold_ids(
    api: Harness, spans: InMemorySpanExporter
) -> None:
    api.answer(json_response(200, RUN))
    client = api.client()
    if isinstance(client, TriggerClient):
        retrieve_run_v1.sync("run_abc", client=client.raw)
        client.close()
    else:
        await retrieve_run_v1.asyncio("run_abc", client=client.raw)
        await client.close()
    call, (attempt,) = _split(spans)
    assert (call.name, attempt.name) == ("trigger GET", "GET")
    assert call.attributes is not None and "url.template" not in call.attributes
    assert api.last.headers["traceparent"] == _traceparent(attempt)


async def test_without_a_tracer_provider_nothing_is_traced_or_sent(api: Harness) -> None:
    api.answer(json_response(200, RUN))
    with memory_tracing():
        pass  # set and reset: the API is back to its proxy provider
    await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert "traceparent" not in api.last.headers


@pytest.mark.parametrize("transport", ["sync", "async-aiohttp", "async-httpx"])
async def test_traceparent_reaches_the_wire(
    transport: str, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On real sockets, through each transport the clients use: the default sync pool, the aiohttp pool, httpx's."""

    def answer(conn: Connection) -> None:
        if conn.index == 0:
            conn.json(500, {"error": "boom"})
        else:
            conn.json(200, RUN)

    with serving(answer) as server:
        kwargs: dict[str, Any] = {"transport": httpx.AsyncHTTPTransport()} if transport == "async-httpx" else {}
        client = client_for(transport.split("-")[0], server, max_retries=1, **kwargs)
        assert isinstance(client, TriggerClient if transport == "sync" else AsyncTriggerClient)
        monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.01)
        port = httpx.URL(server.url).port
        run = await invoke(client, lambda c: c.runs.retrieve("run_abc"))
    assert run.id == "run_abc"
    call, attempts = _split(spans)
    assert [request.headers["traceparent"] for request in server.requests] == [_traceparent(s) for s in attempts]
    assert call.attributes is not None and call.attributes["server.address"] == "127.0.0.1"
    assert call.attributes["server.port"] == port
    assert call.attributes["trigger.retry_count"] == 1
    assert len(attempts) == 2


def test_public_names_are_operations_and_resources_of_the_client() -> None:
    generated = {
        module.name
        for package in pkgutil.iter_modules(trigger_api.api.__path__, "trigger_api.api.")
        for module in pkgutil.iter_modules(__import__(package.name, fromlist=["_"]).__path__)
    }
    assert set(PUBLIC_NAMES) - generated == {"upload_packet", "download_packet"}
    client = TriggerClient(secret_key="tr_dev_0123456789abcdef01234567")
    for name in PUBLIC_NAMES.values():
        target: Any = client
        for part in name.split(".")[:-1]:  # the resource (runs.bulk, waitpoints.tokens) exists
            target = getattr(target, part)
    client.close()
    assert PUBLIC_NAMES["retrieve_run_v1"] == "runs.retrieve"


_WITHOUT_OTEL = """
import json, sys
sys.modules["opentelemetry"] = None  # as if the otel extra were not installed
import httpx
from trigger_client import TriggerClient
from trigger_client._http import call as _call
seen = []
def answer(request):
    seen.append(request.headers.get("traceparent"))
    return httpx.Response(200, json=json.loads(%r))
with TriggerClient(secret_key="tr_dev_0123456789abcdef01234567", transport=httpx.MockTransport(answer)) as client:
    client.runs.retrieve("run_abc")
    client.runs.retrieve("run_abc")
modules = [name for name, module in sys.modules.items() if module is not None]
loaded = sorted(name for name in modules if name.startswith(("opentelemetry", "trigger_client._http.tracing")))
print(json.dumps({"seen": seen, "tracing": _call._tracing, "loaded": loaded}))
"""


def test_without_opentelemetry_calls_work_and_nothing_is_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_OTEL % json.dumps(RUN)], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # Looked for once, on the first call; afterwards each call only compares a flag.
    assert result == {"seen": [None, None], "tracing": False, "loaded": []}


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_realtime_feeds_and_streams_are_traced_per_request(mode: str, spans: InMemorySpanExporter) -> None:
    with TriggerEmulator(seed=3) as emulator:
        emulator.realtime.hold_seconds = 0.2
        release = threading.Event()

        @emulator.task("chatty")
        def chatty(payload: Any, ctx: Any) -> str:
            ctx.stream("default", "hello")
            release.wait(10)
            return "done"

        client = make_client(emulator, mode)
        handle = await maybe(client.tasks.trigger("chatty", None))
        threading.Timer(0.2, release.set).start()
        chunks = await drain(client.runs.stream(handle.id))
        runs = await drain(client.runs.subscribe(handle.id))
        await maybe(client.close())
    assert [chunk.data for chunk in chunks] == ["hello"] and runs[-1].status == "COMPLETED"
    calls = [span for span in spans.get_finished_spans() if span.kind is SpanKind.INTERNAL]
    by_name = {span.name: span for span in calls}
    assert set(by_name) == {"trigger tasks.trigger", "trigger runs.stream", "trigger runs.subscribe"}
    stream, feed = by_name["trigger runs.stream"].attributes, by_name["trigger runs.subscribe"].attributes
    assert stream is not None and feed is not None
    assert (stream["url.template"], stream["trigger.run_id"]) == ("/realtime/v1/streams/{run_id}/{key}", handle.id)
    assert (feed["url.template"], feed["trigger.run_id"]) == ("/realtime/v1/runs/{run_id}", handle.id)
    # Each long poll of the feed is a call of its own (the protocol, not the transport, reconnects).
    assert all(span.attributes and span.attributes["http.response.status_code"] == 200 for span in calls)


def test_every_operation_the_client_sends_names_its_public_method() -> None:
    """A route added later gets its span name here, not the operation id fallback (raw-only routes excepted)."""
    package = Path(trigger_client.__file__).parent
    sent: set[str] = set()
    for source in package.rglob("*.py"):
        if source.name.startswith("_raw") or source.name == "_tracing.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("trigger_api.api."):
                sent.update(alias.name for alias in node.names)
    assert sent, "no generated operation found"
    assert sorted(sent - set(PUBLIC_NAMES)) == []
