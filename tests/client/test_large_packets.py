"""Large run payloads and outputs: the server answers ``payloadPresignedUrl`` / ``outputPresignedUrl`` instead of the
value (presenters/v3/ApiRetrieveRunPresenter.server.ts), and ``runs.retrieve`` downloads and decodes them like the
SDK's (trigger-sdk/src/v3/runs.ts), without sending the key to the object store."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.client.conftest import BASE, SECRET, Harness, json_response
from tests.client.test_core import RUN
from trigger_client import (
    APIResponseValidationError,
    AsyncTriggerClient,
    PermissionDeniedError,
    ResponseTooLargeError,
    TriggerClient,
)
from trigger_client.testing import TriggerEmulator

STORE = "https://objects.example.com/packets"
PAYLOAD_URL = f"{STORE}/run_abc/payload.json?X-Amz-Signature=p1"
OUTPUT_URL = f"{STORE}/run_abc-1/output.json?X-Amz-Signature=o1"
DONE = {**RUN, "status": "COMPLETED", "isExecuting": False, "isCompleted": True, "isSuccess": True}
SUPERJSON_DATE = b'{"json":{"at":"2024-01-01T00:00:00.000Z","n":1},"meta":{"values":{"at":["Date"]}}}'


def packet(body: bytes, content_type: str | None) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": content_type} if content_type else {})


async def test_retrieve_downloads_both_packets_without_the_key_and_decodes_them(api: Harness) -> None:
    api.answer(
        json_response(200, {**DONE, "payloadPresignedUrl": PAYLOAD_URL, "outputPresignedUrl": OUTPUT_URL}),
        packet(SUPERJSON_DATE, "application/super+json"),
        packet(b"a long text", "text/plain; charset=utf-8"),
    )
    run = await api.call(lambda c: c.runs.retrieve("run_abc"))

    assert [(r.method, str(r.url)) for r in api.requests] == [
        ("GET", f"{BASE}/api/v3/runs/run_abc"),
        ("GET", PAYLOAD_URL),
        ("GET", OUTPUT_URL),
    ]
    assert api.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    for download in api.requests[1:]:
        assert "authorization" not in download.headers
        assert not any(SECRET in value for value in download.headers.values())
        assert download.content == b""
    # superjson is decoded in full (the Date comes back a datetime), text by its type.
    assert run.payload == {"at": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), "n": 1}
    assert run.output == "a long text"
    assert run.payload_presigned_url == PAYLOAD_URL  # what the server sent is kept


async def test_a_packet_without_a_content_type_is_json_and_inline_values_need_no_download(api: Harness) -> None:
    api.answer(
        json_response(200, {**DONE, "payload": {"small": True}, "outputPresignedUrl": OUTPUT_URL}),
        packet(b'{"big":[1,2,3]}', None),
    )
    run = await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert len(api.requests) == 2 and str(api.last.url) == OUTPUT_URL
    assert (run.payload, run.output) == ({"small": True}, {"big": [1, 2, 3]})

    api.requests.clear()
    api.answer(json_response(200, {**DONE, "payload": {"small": True}, "output": 7}))
    run = await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert len(api.requests) == 1 and run.output == 7


async def test_poll_downloads_once_when_the_run_has_finished(api: Harness) -> None:
    api.answer(
        json_response(200, {**RUN, "payloadPresignedUrl": PAYLOAD_URL}),
        json_response(200, {**DONE, "payloadPresignedUrl": PAYLOAD_URL, "outputPresignedUrl": OUTPUT_URL}),
        packet(b'{"json":{"p":1}}', "application/super+json"),
        packet(b'{"json":{"o":2}}', "application/super+json"),
    )
    seen: list[Any] = []
    run = await api.call(
        lambda c: c.runs.poll("run_abc", interval=0.01, on_update=lambda r: seen.append((str(r.status), r.output)))
    )
    assert [str(r.url) for r in api.requests] == [
        f"{BASE}/api/v3/runs/run_abc",
        f"{BASE}/api/v3/runs/run_abc",
        PAYLOAD_URL,
        OUTPUT_URL,
    ]
    assert (run.payload, run.output) == ({"p": 1}, {"o": 2})
    assert seen == [("DEQUEUED", None), ("COMPLETED", {"o": 2})]  # the final update has the output already


async def test_a_raw_retrieve_carries_the_last_response_the_download(api: Harness) -> None:
    api.answer(
        json_response(200, {**DONE, "outputPresignedUrl": OUTPUT_URL}),
        packet(b'{"json":[1,2]}', "application/super+json"),
    )
    raw = await api.call(lambda c: c.with_raw_response.runs.retrieve("run_abc"))
    assert (raw.status_code, raw.headers["content-type"]) == (200, "application/super+json")
    assert raw.parsed.output == [1, 2] and raw.parsed.id == "run_abc"


async def test_a_refused_download_is_a_typed_error_that_quotes_no_key(api: Harness) -> None:
    api.answer(
        json_response(200, {**DONE, "outputPresignedUrl": OUTPUT_URL}),
        httpx.Response(403, content=b"<Error><Code>AccessDenied</Code></Error>", headers={"content-type": "text/xml"}),
    )
    with pytest.raises(PermissionDeniedError) as info:
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert info.value.status_code == 403
    # The message says who refused: a 403 here is the object store's, not a sign of a wrong API key.
    assert (
        str(info.value)
        == "403 object store (downloading the run's outputPresignedUrl): <Error><Code>AccessDenied</Code></Error>"
    )
    assert len(api.requests) == 2  # a 403 is not retried


async def test_the_response_size_cap_applies_to_downloads(api: Harness) -> None:
    api.answer(
        json_response(200, {**DONE, "outputPresignedUrl": OUTPUT_URL}),
        packet(b'"' + b"x" * 4096 + b'"', "application/json"),
    )
    with pytest.raises(ResponseTooLargeError) as info:
        await api.call(lambda c: c.runs.retrieve("run_abc"), max_response_size=2048)
    assert info.value.limit == 2048


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    emu = TriggerEmulator(seed=11)

    @emu.task("report")
    def report(payload: dict[str, int]) -> dict[str, Any]:
        return {"rows": [f"row {n:06d}" for n in range(payload["rows"])]}

    with emu:
        yield emu


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, emulator: TriggerEmulator) -> Iterator[Any]:
    options: dict[str, Any] = {"secret_key": emulator.secret_key, "api_url": emulator.base_url}
    if request.param == "sync":
        yield TriggerClient(transport=emulator.transport, **options)
    else:
        yield AsyncTriggerClient(transport=emulator.async_transport, **options)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def test_trigger_and_wait_returns_an_output_kept_in_the_store(emulator: TriggerEmulator, client: Any) -> None:
    expected = {"rows": [f"row {n:06d}" for n in range(20_000)]}  # about 280 KB as superjson
    output = await resolve(client.tasks.trigger_and_wait("report", {"rows": 20_000}, interval=0.01, timeout=30))
    assert output == expected
    (run,) = emulator.store.keys[emulator.secret_key].runs.values()
    assert run.output_path == f"{run.id}-1/output.json"  # the emulator answered it as outputPresignedUrl


async def test_retrieve_returns_a_payload_the_client_offloaded(emulator: TriggerEmulator, client: Any) -> None:
    payload = {"blob": "p" * 200_000, "at": dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)}
    handle = await resolve(client.tasks.trigger("report", payload, delay="1h"))  # 200 KB: uploaded first
    run = await resolve(client.runs.retrieve(handle.id))
    assert run.payload == payload and run.payload_presigned_url is not None


@pytest.mark.parametrize(
    "url", ["http://a b/\r\nx", "ftp://objects.example.com/p", "/api/v1/runs", "http://[::1", "javascript:alert(1)"]
)
async def test_a_presigned_url_that_is_not_http_is_refused_before_any_request(api: Harness, url: str) -> None:
    api.answer(json_response(200, {**DONE, "outputPresignedUrl": url}))
    with pytest.raises(APIResponseValidationError) as info:
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert str(info.value) == "the run's outputPresignedUrl from the server is not an http(s) URL"
    assert len(api.requests) == 1  # only the retrieve


async def test_an_upload_url_that_is_not_http_is_refused_before_the_upload(api: Harness) -> None:
    api.answer(json_response(200, {"presignedUrl": "file:///etc/passwd", "storagePath": "trigger/t/1/payload.json"}))
    with pytest.raises(APIResponseValidationError) as info:
        await api.call(lambda c: c.tasks.trigger("t", {"blob": "x" * 200_000}))
    assert str(info.value) == "the packet upload's presignedUrl from the server is not an http(s) URL"
    (presign,) = api.requests  # the presign only: nothing is uploaded, nothing triggered
    assert presign.method == "PUT" and presign.url.path.startswith("/api/v2/packets/trigger/t/")
