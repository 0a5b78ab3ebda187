"""Prompts and reports in the emulator through the high-level client.

Prompt rules follow the webapp's ``routes/api.v1.prompts.*.ts``, ``v3/services/promptService.server.ts`` and
``presenters/v3/PromptPresenter.server.ts``; reports follow ``routes/api.v1.reports.$key.ts``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, BadRequestError, NotFoundError, TriggerClient, ValidationError
from trigger_client.testing import TriggerEmulator
from trigger_client.testing._prompts import compile_template

from .conftest import client_for, trigger

TEMPLATE = "Hello {{name}}!{{#vip}} Welcome back, {{name}}.{{/vip}}"


@pytest.fixture
def api(manual: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(
        secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.transport, max_retries=0
    ) as c:
        yield c


def test_a_deploy_makes_a_current_code_version_and_an_unchanged_one_does_not(
    manual: TriggerEmulator, api: TriggerClient
) -> None:
    assert manual.add_prompt("greet", TEMPLATE, model="gpt-4o", description="Greets") == 1
    assert manual.add_prompt("greet", TEMPLATE, model="gpt-4o", description="Greets") == 1  # same hash: skipped
    assert manual.add_prompt("greet", TEMPLATE, model="gpt-4o-mini") == 2  # a model change is a new version
    [summary] = api.prompts.list()
    assert (summary.slug, summary.current_version, summary.has_override, summary.default_model) == (
        "greet",
        2,
        False,
        "gpt-4o-mini",
    )
    assert summary.friendly_id.startswith("prompt_")
    versions = api.prompts.versions("greet")
    assert [(v.version, v.labels, v.source) for v in versions] == [
        (2, ["latest", "current"], "code"),
        (1, [], "code"),
    ]
    assert len(versions[0].content_hash) == 16


def test_resolve_fills_variables_and_sections_as_the_webapp_does(manual: TriggerEmulator, api: TriggerClient) -> None:
    manual.add_prompt("greet", TEMPLATE, model="gpt-4o", config={"temperature": 0.2})
    plain = api.prompts.resolve("greet", {"name": "Ada"})
    assert (plain.text, plain.template, plain.version, plain.labels) == (
        "Hello Ada!",
        TEMPLATE,
        1,
        ["latest", "current"],
    )
    assert plain.model == "gpt-4o" and plain.config is not None and plain.config["temperature"] == 0.2
    assert api.prompts.resolve("greet", {"name": "Ada", "vip": True}).text == "Hello Ada! Welcome back, Ada."
    assert api.prompts.resolve("greet").text == "Hello !"  # missing variables become empty
    with pytest.raises(NotFoundError, match="No version found"):
        api.prompts.resolve("greet", version=9)
    with pytest.raises(NotFoundError, match="Prompt not found"):
        api.prompts.resolve("nope")


def test_compile_template_matches_javascript_string_conversion() -> None:
    assert compile_template("{{ n }}/{{b}}/{{l}}/{{z}}", {"n": 2.0, "b": False, "l": [1, None, 2], "z": None}) == (
        "2/false/1,,2/"
    )
    assert compile_template("{{#on}}x{{/on}}{{#off}}y{{/off}}", {"on": [], "off": 0}) == "x"


def test_overrides_take_precedence_until_removed_and_can_be_reactivated(
    manual: TriggerEmulator, api: TriggerClient
) -> None:
    manual.add_prompt("greet", TEMPLATE, model="gpt-4o")
    created = api.prompts.create_override("greet", text_content="Hi {{name}}", model="gpt-4o-mini", commit_message="m")
    assert (created.ok, created.version) == (True, 2)
    resolved = api.prompts.resolve("greet", {"name": "Bo"})
    assert (resolved.text, resolved.version, resolved.labels, resolved.model) == (
        "Hi Bo",
        2,
        ["override"],
        "gpt-4o-mini",
    )
    assert api.prompts.resolve("greet", {"name": "Bo"}, label="latest").version == 2  # the override wins over a label
    assert api.prompts.resolve("greet", {"name": "Bo"}, version=1).text == "Hello Bo!"  # an explicit version wins
    assert api.prompts.list()[0].has_override and api.prompts.list()[0].default_model == "gpt-4o-mini"

    api.prompts.update_override("greet", text_content="Hey {{name}}")
    edited = api.prompts.versions("greet")[0]
    assert (edited.version, edited.text_content, edited.model, edited.source) == (
        2,
        "Hey {{name}}",
        "gpt-4o-mini",
        "api",
    )

    api.prompts.create_override("greet", text_content="Yo {{name}}", source="dashboard")
    assert [v.labels for v in api.prompts.versions("greet")] == [["override"], [], ["latest", "current"]]

    api.prompts.remove_override("greet")
    assert api.prompts.resolve("greet", {"name": "Bo"}).text == "Hello Bo!"
    with pytest.raises(BadRequestError, match="No active override to update"):
        api.prompts.update_override("greet", text_content="x")

    api.prompts.reactivate_override("greet", 2)
    assert api.prompts.resolve("greet", {"name": "Bo"}).text == "Hey Bo"
    with pytest.raises(BadRequestError, match="Code-sourced versions cannot be reactivated"):
        api.prompts.reactivate_override("greet", 1)
    with pytest.raises(NotFoundError, match="Version 7 not found"):
        api.prompts.reactivate_override("greet", 7)


def test_only_code_versions_can_be_promoted(manual: TriggerEmulator, api: TriggerClient) -> None:
    manual.add_prompt("greet", "one")
    manual.add_prompt("greet", "two")
    api.prompts.promote("greet", 1)
    assert api.prompts.list()[0].current_version == 1
    assert api.prompts.resolve("greet").text == "one"
    api.prompts.create_override("greet", text_content="three")
    with pytest.raises(BadRequestError, match="Only code-sourced versions can be promoted"):
        api.prompts.promote("greet", 3)


def test_prompts_belong_to_their_environment(manual: TriggerEmulator, api: TriggerClient) -> None:
    manual.add_prompt("greet", "prod text", environment="prod")
    assert api.prompts.list() == []  # the dev key sees the dev environment only


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.prompts.promote("greet", 0), "version"),
        (lambda c: c.prompts.reactivate_override("greet", True), "version"),
        (lambda c: c.prompts.create_override("greet", text_content="x", source="code"), "source"),
        (lambda c: c.prompts.resolve("a/b"), "slug"),
        (lambda c: c.prompts.resolve("greet", ["name"]), "variables"),
        (lambda c: c.reports.retrieve("health", period="30s"), "period"),
        (lambda c: c.reports.retrieve("health", period="91d"), "period"),
        (lambda c: c.reports.retrieve("health", format="ansi"), "format"),
    ],
)
def test_bad_input_is_refused_before_any_request(call: Any, field: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with (
        TriggerClient(secret_key="tr_dev_x", transport=transport, max_retries=0) as client,
        pytest.raises(ValidationError) as caught,
    ):
        call(client)
    assert caught.value.field == field and sent == []


def test_the_health_report_as_markdown_and_json(manual: TriggerEmulator, api: TriggerClient) -> None:
    with client_for(manual, manual.secret_key) as http:
        trigger(http, "job")
    manual.run_pending()
    text = api.reports.retrieve("health", period="24h")
    assert isinstance(text, str) and text.startswith("/report health        dev · last 24h")
    report = api.reports.retrieve("health", format="json")
    assert (report.title, report.scope, report.period, report.window_minutes) == ("health", "dev", "last 1h", 60)
    assert [f.type_ for f in report.findings] == ["flow", "execution", "liveness"]
    assert {m.id: m.value for m in report.metrics}["triggered"] == 1
    with pytest.raises(NotFoundError, match=r'Unknown report "cost"\. Available: health\.'):
        api.reports.retrieve("cost")


def test_the_report_route_answers_markdown_with_its_content_type(manual: TriggerEmulator) -> None:
    with client_for(manual, manual.secret_key) as http:
        answer = http.get("/api/v1/reports/health", params={"format": "markdown"})
        assert answer.headers["content-type"] == "text/markdown; charset=utf-8"
        assert http.get("/api/v1/reports/health", params={"period": "100d"}).status_code == 400


async def test_async_twins(manual: TriggerEmulator) -> None:
    manual.add_prompt("greet", TEMPLATE)
    async with AsyncTriggerClient(
        secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.async_transport, max_retries=0
    ) as client:
        assert (await client.prompts.resolve("greet", {"name": "Cy"})).text == "Hello Cy!"
        assert (await client.prompts.create_override("greet", text_content="x")).version == 2
        assert [v.version for v in await client.prompts.versions("greet")] == [2, 1]
        assert "EXECUTION" in await client.reports.retrieve("health")
