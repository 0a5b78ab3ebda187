"""Small things a user hits first: empty pages, no timeout, client.raw flavours, bad settings, errors that help."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from trigger_api.api.runs import list_runs_v1
from trigger_client import (
    APIConnectionError,
    AsyncTriggerClient,
    ConfigurationError,
    TriggerClient,
    ValidationError,
)

from .conftest import BASE, PAT, SECRET, Harness, json_response


async def test_first_page_of_limit_zero_is_empty_without_a_request(api: Harness) -> None:
    page = await api.call(lambda c: c.runs.list(limit=0).first_page())
    assert page.data == [] and page.has_next_page is False
    assert api.requests == []


async def test_with_options_timeout_none_means_no_timeout(api: Harness) -> None:
    api.default = lambda request: json_response(200, {"timezones": ["UTC"]})
    await api.call(lambda c: c.with_options(timeout=None).schedules.timezones())
    assert api.last.extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}
    await api.call(lambda c: c.with_options(max_retries=0).with_options(timeout=5).schedules.timezones())
    assert api.last.extensions["timeout"] == {"connect": 5, "read": 5, "write": 5, "pool": 5}
    await api.call(lambda c: c.with_options(max_retries=0).schedules.timezones(), timeout=7)
    assert api.last.extensions["timeout"]["read"] == 7  # an omitted timeout keeps the client's


async def test_period_must_be_a_duration(api: Harness) -> None:
    with pytest.raises(ValidationError) as caught:
        await api.call(lambda c: c.runs.list(period="yesterday"))
    assert str(caught.value) == (
        'period: \'yesterday\' is not a duration; use digits and units w, d, h, m, s such as "30s", "5m", "2d" or '
        '"1h42m"'
    )
    assert api.requests == []
    api.answer(json_response(200, {"data": [], "pagination": {}}))
    await api.call(lambda c: c.runs.list(period="7d"))
    assert api.last.url.params["filter[createdAt][period]"] == "7d"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"secret_key": 12345},
            "secret_key= must be a str (your project's secret key, tr_dev_… or tr_prod_…), got int",
        ),
        ({"access_token": b"tr_pat_x"}, "access_token= must be a str"),
        ({"secret_key": SECRET, "api_url": 8080}, "api_url= must be a str (an http(s) URL such as"),
        ({"secret_key": SECRET, "project_ref": 7}, "project_ref= must be a str (your project's ref, proj_…), got int"),
        ({"secret_key": SECRET, "preview_branch": ["main"]}, "preview_branch= must be a str"),
    ],
)
@pytest.mark.parametrize("cls", [TriggerClient, AsyncTriggerClient])
def test_non_string_settings_are_configuration_errors(kwargs: dict[str, object], message: str, cls: type) -> None:
    with pytest.raises(ConfigurationError) as caught:
        cls(**kwargs)
    assert str(caught.value).startswith(message)
    assert "12345" not in str(caught.value)  # a wrongly typed secret is never echoed


async def test_project_ref_comes_from_the_environment(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGER_PROJECT_REF", "proj_fromenv")
    assert api.client(secret_key=None, access_token=PAT).project_ref == "proj_fromenv"
    assert api.client(project_ref="proj_explicit").project_ref == "proj_explicit"
    api.answer(json_response(200, {"data": [], "pagination": {}}))
    await api.call(lambda c: c.runs.list(env="dev"), secret_key=None, access_token=PAT)
    assert api.last.url.path == "/api/v1/projects/proj_fromenv/runs"
    monkeypatch.setenv("TRIGGER_PROJECT_REF", "")
    assert api.client().project_ref is None


def test_sync_raw_client_refuses_the_asyncio_functions() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or json_response(200, {"data": [], "pagination": {}}))
    with TriggerClient(secret_key=SECRET, transport=transport) as client:
        assert list_runs_v1.sync(client=client.raw) is not None  # the sync functions use the client's pool
        assert sent[-1].headers["authorization"] == f"Bearer {SECRET}"
        with pytest.raises(ConfigurationError, match=r"use AsyncTriggerClient\(\)\.raw for asyncio"):
            asyncio.run(list_runs_v1.asyncio(client=client.raw))
    assert len(sent) == 1  # nothing left with the masked token


async def test_async_raw_client_refuses_the_sync_functions() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or json_response(200, {"data": [], "pagination": {}}))
    async with AsyncTriggerClient(secret_key=SECRET, transport=transport) as client:
        assert await list_runs_v1.asyncio(client=client.raw) is not None
        assert sent[-1].headers["authorization"] == f"Bearer {SECRET}"
        with pytest.raises(ConfigurationError, match=r"use TriggerClient\(\)\.raw for sync"):
            list_runs_v1.sync(client=client.raw)
    assert len(sent) == 1


async def test_connection_errors_name_the_url_tried(api: Harness) -> None:
    api.default = lambda request: (_ for _ in ()).throw(httpx.ConnectError("Connection refused", request=request))
    with pytest.raises(APIConnectionError) as caught:
        await api.call(lambda c: c.runs.list(tag=["user_42"]).first_page(), max_retries=0)
    assert api.last.url.query  # the request had a query string ...
    message = str(caught.value)
    # ... which the message leaves out; the retry wording belongs to the HTTP layer.
    assert f"(GET {BASE}/api/v1/runs)" in message and message.endswith("ConnectError: Connection refused")
