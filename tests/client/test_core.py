"""Client core: configuration, headers, errors, retries, timeouts, pagination, raw responses, lifecycle."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from tests.client.conftest import BASE, PAT, SECRET, Harness, json_response
from trigger_api.api.runs import retrieve_run_v1
from trigger_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncTriggerClient,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RawResponse,
    TriggerClient,
    ValidationError,
)
from trigger_client._http.loops import PerLoopTransport
from trigger_client._operation import Auth, Operation, call

RUN = {
    "id": "run_abc",
    "status": "DEQUEUED",
    "taskIdentifier": "send-email",
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:01.000Z",
    "isTest": False,
    "tags": [],
    "isQueued": False,
    "isExecuting": True,
    "isWaiting": False,
    "isCompleted": False,
    "isSuccess": False,
    "isFailed": False,
    "isCancelled": False,
    "costInCents": 0,
    "baseCostInCents": 0,
    "durationMs": 0,
    "depth": 0,
    "attemptCount": 1,
    "relatedRuns": {},
}


def list_item(n: int) -> dict[str, Any]:
    return {**RUN, "id": f"run_{n}", "env": {"id": "env_1", "name": "dev"}}


# --- configuration ---------------------------------------------------------------------------------


def test_credentials_come_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGER_SECRET_KEY", SECRET)
    monkeypatch.setenv("TRIGGER_API_URL", "http://localhost:3030/")
    client = TriggerClient()
    assert client.api_url == "http://localhost:3030"
    assert client.credential_kind == "secret key"
    client.close()


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        ({}, {}, "set TRIGGER_SECRET_KEY"),
        ({"secret_key": ""}, {}, "secret_key= is empty"),
        ({}, {"TRIGGER_SECRET_KEY": "   "}, "TRIGGER_SECRET_KEY is empty"),
        (
            {"secret_key": PAT},
            {},
            "secret_key= holds a personal access token, not a secret key: pass it as access_token=",
        ),
        ({"access_token": SECRET}, {}, "access_token= holds a secret key: pass it as secret_key="),
        ({}, {"TRIGGER_SECRET_KEY": PAT}, "TRIGGER_SECRET_KEY holds a personal access token"),
        ({"secret_key": "sk_live_123"}, {}, "secret_key= is not a Trigger.dev credential"),
        ({"secret_key": SECRET, "api_url": "api.trigger.dev"}, {}, "api_url= must be an http(s) URL"),
        ({"secret_key": SECRET, "max_retries": -1}, {}, "max_retries must be a whole number"),
    ],
)
def test_bad_configuration_is_refused_before_any_request(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], env: dict[str, str], message: str
) -> None:
    for name in ("TRIGGER_SECRET_KEY", "TRIGGER_ACCESS_TOKEN", "TRIGGER_API_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as info:
        TriggerClient(**kwargs)
    assert message in str(info.value)
    assert "9f8e7d6c5b4a3210" not in str(info.value) and "0123456789abcdef0123" not in str(info.value)


async def test_repr_and_errors_never_show_the_key(api: Harness) -> None:
    client = api.client()
    assert SECRET not in repr(client) and "tr_dev_***(31 chars)" in repr(client)
    assert SECRET not in repr(client.raw)
    api.answer(json_response(401, {"error": f"Invalid API key {SECRET[:8]}"}))
    with pytest.raises(AuthenticationError) as info:
        await api.call(lambda c: c.with_options(max_retries=0).runs.retrieve("run_abc"))
    assert SECRET not in str(info.value) and SECRET not in repr(info.value.__dict__)


async def test_every_request_carries_the_sdk_headers(api: Harness) -> None:
    api.answer(json_response(200, RUN))
    await api.call(lambda c: c.runs.retrieve("run_abc"), preview_branch="feature-x")
    headers = api.last.headers
    assert headers["authorization"] == f"Bearer {SECRET}"
    assert headers["content-type"] == "application/json"
    assert headers["x-trigger-api-version"] == "2025-07-16"
    assert headers["x-trigger-source"] == "sdk"
    assert headers["x-trigger-branch"] == "feature-x"
    assert headers["user-agent"].startswith("trigger-client-python/")
    assert len(headers["x-trigger-request-idempotency-key"]) == 36


async def test_pat_client_refuses_environment_endpoints_before_sending(api: Harness) -> None:
    with pytest.raises(ConfigurationError, match="retrieve_run_v1 needs a secret key"):
        await api.call(lambda c: c.runs.retrieve("run_abc"), secret_key=None, access_token=PAT)
    assert api.requests == []


# --- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (
            400,
            {"error": "Invalid status", "details": [{"message": "Invalid status values: FOO"}]},
            BadRequestError,
            "400 Invalid status: Invalid status values: FOO",
        ),
        (404, {"error": "Run not found"}, NotFoundError, "404 Run not found"),
        (404, {"error": {"message": "nested", "code": "not_found"}}, NotFoundError, "404 nested"),
        (500, None, InternalServerError, "500 status code (no body)"),
    ],
)
async def test_error_statuses_become_typed_errors(
    api: Harness, status: int, body: Any, error: type[Exception], message: str
) -> None:
    api.answer(*[json_response(status, body, {"x-request-id": "req_1"})] * 5)
    with pytest.raises(error) as info:
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert str(info.value) == message
    assert info.value.status_code == status  # type: ignore[attr-defined]
    assert info.value.request_id == "req_1"  # type: ignore[attr-defined]


async def test_html_error_page_from_a_proxy_gives_readable_message(api: Harness) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    api.answer(*[httpx.Response(502, text=html, headers={"content-type": "text/html"})] * 5)
    with pytest.raises(InternalServerError, match="502 <html><body><h1>502 Bad Gateway"):
        await api.call(lambda c: c.runs.retrieve("run_abc"))


async def test_malformed_success_body_is_a_validation_error_naming_the_operation(api: Harness) -> None:
    api.answer(httpx.Response(200, text='{"id": "run_abc", "stat', headers={"content-type": "application/json"}))
    with pytest.raises(APIResponseValidationError, match=r"retrieve_run_v1: could not parse the 200 response"):
        await api.call(lambda c: c.runs.retrieve("run_abc"))


@pytest.mark.parametrize("decoder", ["orjson", "stdlib"])
async def test_a_non_json_success_body_reads_the_same_with_either_decoder(
    api: Harness, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trigger_api import types  # orjson (the optional extra) or, blocked here, the stdlib decodes bodies

    if decoder == "orjson":
        pytest.importorskip("orjson")
        assert types._fast_loads is not None
    else:
        monkeypatch.setattr(types, "_fast_loads", None)
    api.answer(httpx.Response(200, text="<html>oops</html>", headers={"content-type": "text/html"}))
    with pytest.raises(APIResponseValidationError) as info:
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert str(info.value) == (
        "retrieve_run_v1: could not parse the 200 response (text/html): "
        "JSONDecodeError: Expecting value: line 1 column 1 (char 0); body: '<html>oops</html>'"
    )
    assert info.value.status_code == 200 and info.value.body == "<html>oops</html>"


async def test_unknown_status_and_extra_fields_still_parse(api: Harness) -> None:
    api.answer(json_response(200, {**RUN, "status": "BRAND_NEW_STATUS", "surprise": {"x": 1}}))
    run = await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert run.status == "BRAND_NEW_STATUS" and run.status.value == "BRAND_NEW_STATUS"
    assert run.additional_properties["surprise"] == {"x": 1}


# --- retries -----------------------------------------------------------------------------------------


async def test_retries_5xx_then_succeeds_reusing_one_idempotency_key(api: Harness) -> None:
    api.answer(json_response(503), json_response(500), json_response(200, RUN))
    run = await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert run.id == "run_abc"
    keys = {r.headers["x-trigger-request-idempotency-key"] for r in api.requests}
    assert len(api.requests) == 3 and len(keys) == 1


async def test_gives_up_after_five_attempts(api: Harness) -> None:
    api.answer(*[json_response(500, {"error": "boom"})] * 10)
    with pytest.raises(InternalServerError, match="500 boom"):
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert len(api.requests) == 5


@pytest.mark.parametrize(
    ("status", "retried"), [(408, True), (409, True), (429, True), (400, False), (404, False), (422, False)]
)
async def test_which_statuses_are_retried(api: Harness, status: int, retried: bool) -> None:
    api.answer(json_response(status, {"error": "x"}), json_response(200, RUN))
    try:
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    except Exception:
        assert not retried
    assert len(api.requests) == (2 if retried else 1)


async def test_x_should_retry_header_overrides_status(api: Harness) -> None:
    api.answer(json_response(503, {"error": "no"}, {"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    api.answer(json_response(404, {"error": "not yet"}, {"x-should-retry": "true"}), json_response(200, RUN))
    assert (await api.call(lambda c: c.runs.retrieve("run_abc"))).id == "run_abc"
    assert len(api.requests) == 3


async def test_retryable_404_is_retried_only_within_the_budget(api: Harness) -> None:
    # The webapp marks a missing run 404 retryable (api.v3.runs.$runId.ts); a run that never appears still ends.
    missing = json_response(404, {"error": "Not found"}, {"x-should-retry": "true"})
    api.answer(*[missing] * 3)
    with pytest.raises(NotFoundError, match="Not found"):
        await api.call(lambda c: c.with_options(max_retries=2).runs.retrieve("run_abc"))
    assert len(api.requests) == 3


async def test_rate_limit_waits_until_reset_then_succeeds(api: Harness) -> None:
    reset = str(int(time.time() * 1000) + 300)
    api.answer(
        json_response(429, {"error": "Rate limit exceeded"}, {"x-ratelimit-reset": reset}), json_response(200, RUN)
    )
    started = time.monotonic()
    await api.call(lambda c: c.runs.retrieve("run_abc"))
    assert time.monotonic() - started >= 0.25
    assert len(api.requests) == 2


async def test_rate_limit_error_carries_retry_after_when_retries_are_off(api: Harness) -> None:
    reset = int(time.time() * 1000) + 5000
    headers = {"x-ratelimit-reset": str(reset), "x-ratelimit-limit": "1500", "x-ratelimit-remaining": "0"}
    api.answer(json_response(429, {"error": "Rate limit exceeded"}, headers))
    with pytest.raises(RateLimitError) as info:
        await api.call(lambda c: c.with_options(max_retries=0).runs.retrieve("run_abc"))
    assert 4.0 < (info.value.retry_after or 0) < 5.5
    assert (info.value.limit, info.value.remaining, info.value.reset) == (1500, 0, reset)


async def test_connection_errors_are_retried_then_typed(api: Harness) -> None:
    api.answer(httpx.ConnectError("refused"), json_response(200, RUN))
    assert (await api.call(lambda c: c.runs.retrieve("run_abc"))).id == "run_abc"
    api.answer(*[httpx.ConnectError("refused")] * 5)
    with pytest.raises(APIConnectionError, match="ConnectError"):
        await api.call(lambda c: c.runs.retrieve("run_abc"))
    api.answer(*[httpx.ReadTimeout("slow")] * 5)
    with pytest.raises(APITimeoutError):
        await api.call(lambda c: c.runs.retrieve("run_abc"))


async def test_retry_is_logged_as_warning_without_secrets(api: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="trigger_client")
    api.answer(json_response(500), json_response(200, RUN))
    await api.call(lambda c: c.runs.retrieve("run_abc"))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "retrying retrieve_run_v1 after HTTP 500" in warnings[0].getMessage()
    assert any("← GET /api/v3/runs/run_abc 200" in r.getMessage() for r in caplog.records)
    assert SECRET not in caplog.text


# --- options, raw access, lifecycle ----------------------------------------------------------------


async def test_per_call_timeout_travels_with_the_request(api: Harness) -> None:
    api.answer(json_response(200, RUN))
    await api.call(lambda c: c.with_options(timeout=3.5).runs.retrieve("run_abc"))
    assert api.last.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


async def test_with_raw_response_returns_status_headers_and_model(api: Harness) -> None:
    api.answer(json_response(200, RUN, {"x-ratelimit-remaining": "42"}))
    raw = await api.call(lambda c: c.with_raw_response.runs.retrieve("run_abc"))
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-ratelimit-remaining"], raw.parsed.id) == (200, "42", "run_abc")


def test_raw_generated_calls_share_auth_retries_and_headers() -> None:
    seen: list[httpx.Request] = []
    answers = [json_response(500), json_response(200, RUN)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers.pop(0)

    with TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(handler)) as client:
        client.raw  # noqa: B018
        import trigger_client._http.retry as retry

        original = retry.RetryPolicy.backoff
        retry.RetryPolicy.backoff = lambda self, attempt, rand=None: 0.0  # type: ignore[method-assign]
        try:
            run = retrieve_run_v1.sync("run_abc", client=client.raw)
        finally:
            retry.RetryPolicy.backoff = original  # type: ignore[method-assign]
    assert run is not None and run.id == "run_abc"  # type: ignore[union-attr]
    assert len(seen) == 2 and seen[1].headers["authorization"] == f"Bearer {SECRET}"
    assert str(seen[1].url) == f"{BASE}/api/v3/runs/run_abc"


async def test_closed_client_refuses_calls(api: Harness) -> None:
    client = api.client()
    closed = client.close()
    if closed is not None:
        await closed
    with pytest.raises(ClientClosedError):
        result = client.runs.retrieve("run_abc")
        if hasattr(result, "__await__"):
            await result


async def test_async_client_uses_the_aiohttp_transport() -> None:
    from trigger_client import AiohttpTransport

    async with AsyncTriggerClient(secret_key=SECRET) as client:
        assert isinstance(client._http._transport.inner, AiohttpTransport)  # type: ignore[attr-defined]


async def test_async_client_without_the_aiohttp_extra_uses_httpx_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # what a sync-only install looks like
    monkeypatch.delitem(sys.modules, "trigger_client._http.aiohttp", raising=False)
    async with AsyncTriggerClient(secret_key=SECRET) as client:
        inner = client._http._transport.inner  # type: ignore[attr-defined]
        assert type(inner) is PerLoopTransport  # httpx's own transport, one per event loop
        assert type(inner._pools._make()) is httpx.AsyncHTTPTransport


# --- pagination and validation ----------------------------------------------------------------------


async def test_cursor_pagination_is_lazy_and_never_sends_both_cursors(api: Harness) -> None:
    pages = [
        {"data": [list_item(1), list_item(2)], "pagination": {"next": "run_2"}},
        {"data": [list_item(3)], "pagination": {"next": "run_3", "previous": "run_3"}},
        {"data": [list_item(4)], "pagination": {}},
    ]
    api.answer(*[json_response(200, page) for page in pages])
    runs = await api.call(lambda c: c.runs.list(status=["FAILED", "CRASHED"], period="1d", page_size=2))
    assert [r.id for r in runs] == ["run_1", "run_2", "run_3", "run_4"]
    queries = [unquote(r.url.query.decode()) for r in api.requests]
    assert queries == [
        "filter[status]=FAILED,CRASHED&filter[createdAt][period]=1d&page[size]=2",
        "filter[status]=FAILED,CRASHED&filter[createdAt][period]=1d&page[size]=2&page[after]=run_2",
        "filter[status]=FAILED,CRASHED&filter[createdAt][period]=1d&page[size]=2&page[after]=run_3",
    ]
    assert api.requests[0].url.query == (
        b"filter%5Bstatus%5D=FAILED%2CCRASHED&filter%5BcreatedAt%5D%5Bperiod%5D=1d&page%5Bsize%5D=2"
    )


async def test_limit_stops_fetching_pages(api: Harness) -> None:
    api.answer(*[json_response(200, {"data": [list_item(1), list_item(2)], "pagination": {"next": "x"}})] * 3)
    runs = await api.call(lambda c: c.runs.list(limit=3))
    assert len(runs) == 3 and len(api.requests) == 2


async def test_offset_pagination_for_schedules(api: Harness) -> None:
    sched = {
        "id": "sched_1",
        "task": "t",
        "type": "IMPERATIVE",
        "active": True,
        "timezone": "UTC",
        "generator": {"type": "CRON", "expression": "0 * * * *", "description": ""},
        "environments": [],
    }
    api.answer(
        json_response(200, {"data": [sched], "pagination": {"currentPage": 1, "totalPages": 2, "count": 2}}),
        json_response(200, {"data": [{**sched, "id": "sched_2"}], "pagination": {"currentPage": 2, "totalPages": 2}}),
    )
    items = await api.call(lambda c: c.schedules.list(per_page=1))
    assert [s.id for s in items] == ["sched_1", "sched_2"]
    assert [r.url.query for r in api.requests] == [b"perPage=1", b"perPage=1&page=2"]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.runs.retrieve(""), "run_id"),
        (lambda c: c.runs.retrieve("abc"), "run_id"),
        (lambda c: c.runs.add_tags("run_1", [f"t{i}" for i in range(11)]), "tags"),
        (lambda c: c.runs.add_tags("run_1", ["x" * 129]), "tags[0]"),
        (lambda c: c.runs.list(page_size=0), "page_size"),
        (lambda c: c.runs.list(page_size=101), "page_size"),
        (lambda c: c.runs.list(status=["DONE"]), "status[0]"),
        (lambda c: c.runs.list(period="1d", from_=0), "period"),
        (lambda c: c.envvars.list("proj_1", "production"), "env"),
        # The project runs list names one environment by its slug (ApiRunListPresenter).
        (lambda c: c.runs.list(project_ref="proj_1"), "env"),
        (lambda c: c.runs.list(project_ref="proj_1", env="staging"), "env"),
        (lambda c: c.runs.list(project_ref="proj_1", env=["dev", "prod"]), "env"),
        (lambda c: c.runs.list(env="dev"), "env"),
        (lambda c: c.schedules.retrieve("1234"), "schedule_id"),
        (lambda c: c.runs.list(is_test="no"), "is_test"),
        (lambda c: c.deployments.promote("20250101.1", allow_rollbacks="yes"), "allow_rollbacks"),
    ],
)
async def test_bad_input_names_the_argument_and_sends_nothing(api: Harness, call: Any, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        await api.call(call)
    assert info.value.field == field
    assert api.requests == []


async def test_pat_client_lists_runs_of_its_configured_project(api: Harness) -> None:
    api.answer(json_response(200, {"data": [list_item(1)], "pagination": {}}))
    runs = await api.call(lambda c: c.runs.list(env="prod"), secret_key=None, access_token=PAT, project_ref="proj_cfg")
    assert [r.id for r in runs] == ["run_1"]
    assert api.last.url.raw_path.decode() == "/api/v1/projects/proj_cfg/runs?filter%5Benv%5D=prod"
    with pytest.raises(ValidationError, match="project_ref: a personal access token works per project"):
        await api.call(lambda c: c.runs.list(), secret_key=None, access_token=PAT)


async def test_access_token_and_preview_branch_come_from_the_environment(
    api: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIGGER_ACCESS_TOKEN", PAT)
    monkeypatch.setenv("TRIGGER_PREVIEW_BRANCH", "feature-y")
    api.answer(json_response(200, {"data": [], "pagination": {}}))
    await api.call(lambda c: c.runs.list(project_ref="proj_env", env="preview"), secret_key=None)
    assert api.last.headers["authorization"] == f"Bearer {PAT}"
    assert api.last.headers["x-trigger-branch"] == "feature-y"
    monkeypatch.setenv("TRIGGER_PREVIEW_BRANCH", "")
    api.answer(json_response(200, {"data": [], "pagination": {}}))
    await api.call(lambda c: c.runs.list(project_ref="proj_env", env="preview"), secret_key=None)
    assert "x-trigger-branch" not in api.last.headers


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.envvars.create("proj_1", "dev", name="TRIGGER_SECRET_KEY", value="x"), "name"),
        (lambda c: c.envvars.create("proj_1", "dev", name="A", value=" "), "value"),
        (lambda c: c.envvars.update("proj_1", "dev", "A", value=""), "value"),
        (
            lambda c: c.envvars.import_("proj_1", "dev", {"OK": "1", "TRIGGER_API_URL": "x"}),
            "variables['TRIGGER_API_URL']",
        ),
        (lambda c: c.envvars.import_("proj_1", "dev", {"OK": "1", "BLANK": ""}), "variables['BLANK']"),
    ],
)
async def test_envvar_writes_the_server_would_drop_are_refused(api: Harness, call: Any, field: str) -> None:
    # Create and import drop reserved names and blank values silently (environmentVariablesRepository.server.ts).
    with pytest.raises(ValidationError) as info:
        await api.call(call)
    assert info.value.field == field
    assert api.requests == []


def test_call_makes_the_operation_its_constructor_makes() -> None:
    request = retrieve_run_v1.build(run_id="run_1234")
    for auth in (Auth.SECRET_KEY, Auth.PUBLIC):
        made = call(request, auth)
        expected = Operation(request.name, request.prepare, request.parse, auth, template=request.template)
        assert made == expected and hash(made) == hash(expected) and vars(made) == vars(expected)
        with pytest.raises(AttributeError):  # frozen, as the constructor's
            made.name = "other"  # type: ignore[misc]
    assert call(request).then(str).template == "/api/v3/runs/{run_id}"
