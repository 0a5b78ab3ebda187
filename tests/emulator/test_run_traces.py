"""The emulator's paged traces, spans, run metadata, run packet URLs, input streams and the stream-start header,
driven through the client (sync) and raw HTTP, on a manual clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.emulator.conftest import client_for, trigger
from trigger_client import BadRequestError, NotFoundError, PermissionDeniedError, TriggerClient
from trigger_client.testing import TriggerEmulator
from trigger_client.testing._realtime import append_stream_chunk


@pytest.fixture
def api(manual: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.transport) as c:
        yield c


def _flaky_run(manual: TriggerEmulator, api: TriggerClient) -> str:
    @manual.task("flaky", max_attempts=2)
    def flaky(payload: Any, ctx: Any) -> str:
        if ctx.attempt == 1:
            raise RuntimeError("first attempt fails")
        return "ok"

    run_id = api.tasks.trigger("flaky", {}).id
    manual.run_pending()
    return run_id


def test_a_paged_trace_walks_its_pages_and_matches_the_tree(manual: TriggerEmulator, api: TriggerClient) -> None:
    run_id = _flaky_run(manual, api)
    tree = api.runs.trace(run_id).trace.root_span
    seen: list[Any] = []
    with TriggerClient(
        secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.transport, on_request=seen.append
    ) as watched:
        paged = watched.runs.trace(run_id, page_size=2)
    assert [event.operation for event in seen] == ["get_run_trace_v1", "get_run_trace_v1"]  # two pages of 2
    assert [s.id for s in paged.data] == [tree.id, *(child.id for child in tree.children)]
    assert [(s.parent_id, s.attempt_number) for s in paged.data] == [(None, None), (tree.id, 1), (tree.id, 2)]
    assert [(f.span_id, f.attempt_number, f.run_id) for f in paged.attempt_failures] == [(tree.id, 1, run_id)]
    assert paged.pagination.truncated is None


def test_one_page_holds_everything_by_default(manual: TriggerEmulator, client: httpx.Client) -> None:
    run_id = trigger(client, "echo", {})
    manual.run_pending()
    body = client.get(f"/api/v1/runs/{run_id}/trace", params={"page[size]": "10000"}).json()
    assert len(body["data"]) == 2 and body["pagination"] == {}  # the run's span and its attempt
    assert "parentId" not in body["data"][0]  # optional in RetrieveRunTracePageSpan, never null


@pytest.mark.parametrize(("params", "message"), [({"page[size]": "0"}, "page[size]"), ({"page[after]": "x"}, "cursor")])
def test_bad_page_parameters_are_400(client: httpx.Client, params: dict[str, str], message: str) -> None:
    run_id = trigger(client, "echo", {})
    answer = client.get(f"/api/v1/runs/{run_id}/trace", params=params)
    assert answer.status_code == 400 and message in answer.json()["error"]


def test_a_span_has_its_detail_and_an_unknown_one_is_404(manual: TriggerEmulator, api: TriggerClient) -> None:
    run_id = _flaky_run(manual, api)
    attempt = api.runs.trace(run_id).trace.root_span.children[0]
    span = api.runs.span(run_id, attempt.id)
    assert (span.span_id, span.parent_id, span.run_id, span.is_error) == (attempt.id, attempt.parent_id, run_id, True)
    assert span.duration_ms == attempt.data.duration / 1_000_000
    assert span.events and span.events[0]["properties"]["message"] == "first attempt fails"
    with pytest.raises(NotFoundError, match="Span not found"):
        api.runs.span(run_id, "0000000000000000")


def test_a_span_needs_a_scope_on_the_run(manual: TriggerEmulator, api: TriggerClient) -> None:
    run_id = trigger(client_for(manual, manual.secret_key), "echo", {})
    root = api.runs.trace(run_id).trace.root_span.id
    other = api.auth.create_public_token(scopes={"read": {"runs": ["run_other"]}})
    mine = api.auth.create_public_token(scopes={"read": {"runs": [run_id]}})
    for token, allowed in ((other, False), (mine, True)):
        with TriggerClient(access_token=token, api_url=manual.base_url, transport=manual.transport) as public:
            if allowed:
                assert public.runs.span(run_id, root).span_id == root
            else:
                with pytest.raises(PermissionDeniedError) as raised:
                    public.runs.span(run_id, root)
                # The webapp's 403 carries code, param and type beside a string error (ApiError reads them there).
                assert (raised.value.code, raised.value.param, raised.value.type) == (
                    "unauthorized",
                    "access_token",
                    "authorization",
                )


def test_metadata_is_answered_as_the_stored_packet(api: TriggerClient, client: httpx.Client) -> None:
    run_id = trigger(client, "echo", {})
    empty = client.get(f"/api/v1/runs/{run_id}/metadata").json()
    assert empty == {"metadata": None, "metadataType": "application/json"}
    api.runs.update_metadata(run_id, {"progress": 0.5})
    assert client.get(f"/api/v1/runs/{run_id}/metadata").json() == {
        "metadata": '{"progress":0.5}',
        "metadataType": "application/json",
    }
    assert api.runs.metadata(run_id).metadata == {"progress": 0.5}
    with pytest.raises(NotFoundError):
        api.runs.metadata("run_missing")


def test_the_run_packet_route_presigns_what_the_run_stored(manual: TriggerEmulator, api: TriggerClient) -> None:
    big = {"blob": "x" * 200_000}  # uploaded before the trigger, as the SDK offloads from 128 KiB
    run_id = api.tasks.trigger("echo", big).id
    with client_for(manual, manual.secret_key) as raw:
        url = raw.get(f"/api/v1/runs/{run_id}/packets/payload").json()["presignedUrl"]
        assert json.loads(httpx.Client(transport=manual.transport).get(url).text)["json"] == big  # superjson
        missing = raw.get(f"/api/v1/runs/{run_id}/packets/output")
        assert (missing.status_code, missing.json()) == (404, {"error": "The run has no stored output"})
        assert raw.get(f"/api/v1/runs/{run_id}/packets/metadata").status_code == 400


def test_input_streams_reach_the_task_and_close_with_the_run(manual: TriggerEmulator, api: TriggerClient) -> None:
    @manual.task("approve")
    def approve(payload: Any, ctx: Any) -> list[Any]:
        return ctx.inputs("approval")

    run_id = api.tasks.trigger("approve", {}).id
    assert api.runs.send_input(run_id, "approval", {"approved": True}).ok is True
    api.runs.send_input(run_id, "approval", None)
    api.runs.send_input(run_id, "other", 1)
    manual.run_pending()
    assert api.runs.retrieve(run_id).output == [{"approved": True}, None]
    with pytest.raises(BadRequestError) as raised:
        api.runs.send_input(run_id, "approval", 2)
    assert raised.value.message == "Cannot send to input stream on a completed run"
    assert raised.value.body == {"error": "Cannot send to input stream on a completed run", "ok": False}
    with pytest.raises(NotFoundError):
        api.runs.send_input("run_missing", "approval", 1)


def test_input_streams_take_a_public_token_with_write_scope(manual: TriggerEmulator, api: TriggerClient) -> None:
    run_id = api.tasks.trigger("echo", {}).id
    reader = api.auth.create_public_token(scopes={"read": {"runs": [run_id]}})
    writer = api.auth.create_public_token(scopes={"write": {"inputStreams": [run_id]}})
    with (
        TriggerClient(access_token=reader, api_url=manual.base_url, transport=manual.transport) as public,
        pytest.raises(PermissionDeniedError),
    ):
        public.runs.send_input(run_id, "approval", 1)
    with TriggerClient(access_token=writer, api_url=manual.base_url, transport=manual.transport) as public:
        assert public.runs.send_input(run_id, "approval", 1).ok


def test_an_input_body_must_be_an_object(client: httpx.Client) -> None:
    run_id = trigger(client, "echo", {})
    answer = client.post(f"/realtime/v1/streams/{run_id}/input/approval", content=b"[1]")
    assert (answer.status_code, answer.json()) == (400, {"error": "Invalid request body", "ok": False})


def test_stream_start_latest_skips_what_was_written_before(manual: TriggerEmulator, client: httpx.Client) -> None:
    run_id = trigger(client, "echo", {})
    run = manual.store.projects[manual.project_ref].environments["dev"].runs[run_id]
    for chunk in ("a", "b"):
        append_stream_chunk(manual.store, run, "out", chunk)
    manual.run_pending()  # finished: the stream answers at once

    def records(headers: dict[str, str]) -> list[Any]:
        body = client.get(f"/realtime/v1/streams/{run_id}/out", headers=headers).text
        events = [line.removeprefix("data: ") for line in body.splitlines() if line.startswith("data: ")]
        return [json.loads(r["body"])["data"] for e in events for r in json.loads(e)["records"]]

    assert records({}) == ["a", "b"]
    assert records({"x-trigger-stream-start": "latest"}) == []
    # Beside Last-Event-ID the header has no effect (the SDK never sends both).
    assert records({"x-trigger-stream-start": "latest", "last-event-id": "0"}) == ["b"]


def test_an_error_cause_chain_is_typed_on_the_run_and_its_snapshot(manual: TriggerEmulator, api: TriggerClient) -> None:
    @manual.task("chained")
    def chained(payload: Any, ctx: Any) -> None:
        try:
            try:
                raise KeyError("card")
            except KeyError as root:
                raise ValueError("no card on file") from root
        except ValueError as middle:
            raise RuntimeError("charge failed") from middle

    run_id = api.tasks.trigger("chained", {}).id
    manual.run_pending()
    error = api.runs.retrieve(run_id).error
    assert error is not None and error.message == "charge failed"
    assert [(c.name, c.message) for c in error.causes or []] == [
        ("ValueError", "no card on file"),
        ("KeyError", "'card'"),
    ]
    assert error.additional_properties == {}
    snapshot = list(api.runs.subscribe(run_id))[-1]
    assert snapshot.error is not None
    assert [(c.name, c.message) for c in snapshot.error.causes] == [
        ("ValueError", "no card on file"),
        ("KeyError", "'card'"),
    ]
