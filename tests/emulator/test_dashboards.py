"""Custom dashboards in the emulator through the high-level client: CRUD, widgets, placement, revisions, limits.

Rules: ``@trigger.dev/core`` 4.8.3 ``schemas/query.js`` and the SDK's ``docs/observability/dashboards.mdx``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from trigger_client import (
    AsyncTriggerClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    TriggerClient,
    ValidationError,
)
from trigger_client.testing import TriggerEmulator

from .conftest import client_for

TOTAL: dict[str, Any] = {
    "title": "Total runs",
    "query": "SELECT count() AS total FROM runs",
    "display": {"type": "bignumber", "column": "total", "aggregation": "sum"},
}
CHART: dict[str, Any] = {
    "id": "per-day",
    "title": "Runs per day",
    "query": "SELECT timeBucket(), count() AS runs FROM runs GROUP BY timeBucket",
    "display": {
        "type": "chart",
        "chartType": "bar",
        "yAxisColumns": ["runs"],
        "stacked": False,
        "sortDirection": "asc",
        "aggregation": "sum",
    },
}


@pytest.fixture
def api(manual: TriggerEmulator) -> Iterator[TriggerClient]:
    # A 409 is retried like the SDK retries it (no x-should-retry: false on it): no retries, so no sleeps.
    with TriggerClient(
        secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.transport, max_retries=0
    ) as c:
        yield c


def test_create_places_widgets_full_width_in_order_and_lists_it_as_custom(api: TriggerClient) -> None:
    dashboard = api.query.dashboards.create(
        title="  Email tasks ",
        description="Sends",
        widgets=[{"title": "Overview", "display": {"type": "title"}}, TOTAL, CHART],
    )
    assert dashboard.id.startswith("dashboard_") and dashboard.title == "Email tasks"  # trimmed, as zod's trim()
    positions = [(w.position.x, w.position.y, w.position.w) for w in dashboard.widgets]
    assert positions == [(0, 0, 12), (0, 1, 12), (0, 5, 12)]
    chart = dashboard.widgets[2]
    # The chart's unset nullable columns travel as null and come back as None; zod's defaults are applied.
    assert chart.id == "per-day" and chart.display.x_axis_column is None and chart.display.chart_type == "bar"
    assert dashboard.widgets[1].display.abbreviate is False
    listed = {d.key: d for d in api.query.dashboards.list().dashboards}
    assert listed["overview"].type_ == "builtIn"
    mine = listed[dashboard.id]
    assert (mine.type_, mine.description, [w.type_ for w in mine.widgets]) == (
        "custom",
        "Sends",
        ["title", "bignumber", "chart"],
    )
    assert api.query.dashboards.retrieve(dashboard.id) == dashboard


def test_every_write_changes_the_revision_and_a_stale_one_conflicts_with_409(api: TriggerClient) -> None:
    dashboard = api.query.dashboards.create(title="Ops", widgets=[TOTAL])
    renamed = api.query.dashboards.update(dashboard.id, title="Ops 2", revision=dashboard.revision)
    assert renamed.title == "Ops 2" and renamed.revision != dashboard.revision
    with pytest.raises(ConflictError) as caught:
        api.query.dashboards.replace(dashboard.id, widgets=[CHART], revision=dashboard.revision)
    assert caught.value.status_code == 409 and dashboard.revision in str(caught.value)
    with pytest.raises(ConflictError):
        api.query.dashboards.widgets.delete(dashboard.id, dashboard.widgets[0].id, revision=dashboard.revision)
    # Without a revision the last write wins, as the docs describe.
    assert api.query.dashboards.update(dashboard.id, description="now").description == "now"
    assert api.query.dashboards.retrieve(dashboard.id).title == "Ops 2"


def test_replace_keeps_the_place_of_widgets_it_keeps(api: TriggerClient) -> None:
    dashboard = api.query.dashboards.create(title="Ops", widgets=[CHART])
    api.query.dashboards.widgets.update(dashboard.id, "per-day", position={"x": 6, "y": 3, "w": 6, "h": 4})
    replaced = api.query.dashboards.replace(dashboard.id, widgets=[TOTAL, CHART])
    by_id = {w.title: w.position for w in replaced.widgets}
    assert (by_id["Runs per day"].x, by_id["Runs per day"].y) == (6, 3)
    assert (by_id["Total runs"].x, by_id["Total runs"].y, by_id["Total runs"].w) == (0, 0, 12)


def test_widgets_add_update_delete(api: TriggerClient) -> None:
    dashboard = api.query.dashboards.create(title="Ops")
    added = api.query.dashboards.widgets.add(dashboard.id, id="failures", revision=dashboard.revision, **TOTAL)
    assert added.widget_id == "failures" and [w.id for w in added.dashboard.widgets] == ["failures"]
    updated = api.query.dashboards.widgets.update(dashboard.id, "failures", title="Failed", query="SELECT 1")
    assert (updated.widgets[0].title, updated.widgets[0].query) == ("Failed", "SELECT 1")
    assert updated.widgets[0].display.column == "total"  # untouched fields stay
    with pytest.raises(BadRequestError) as refused:
        api.query.dashboards.widgets.add(dashboard.id, id="failures", **TOTAL)
    assert "already used" in str(refused.value.body)
    assert api.query.dashboards.widgets.delete(dashboard.id, "failures").widgets == []
    assert api.query.dashboards.delete(dashboard.id).id == dashboard.id
    with pytest.raises(NotFoundError, match="Dashboard not found"):
        api.query.dashboards.retrieve(dashboard.id)


def test_plan_limits_answer_403(api: TriggerClient) -> None:
    # dashboards.mdx "Limits" (Pro): 5 custom dashboards per organization, 20 widgets per dashboard.
    for i in range(5):
        api.query.dashboards.create(title=f"d{i}")
    with pytest.raises(PermissionDeniedError):
        api.query.dashboards.create(title="one too many")
    last = api.query.dashboards.list().dashboards[-1].key
    with pytest.raises(PermissionDeniedError):
        api.query.dashboards.replace(last, widgets=[TOTAL] * 21)


def test_the_server_refuses_what_the_strict_schemas_refuse(manual: TriggerEmulator) -> None:
    with client_for(manual, manual.secret_key) as http:
        answer = http.post("/api/v1/query/dashboards", json={"title": "x", "colour": "red"})
        assert answer.status_code == 400 and "colour" in answer.text
        answer = http.post(
            "/api/v1/query/dashboards",
            json={"title": "x", "widgets": [{"title": "t", "query": "", "display": {"type": "table"}}]},
        )
        assert answer.status_code == 400 and "query" in answer.text


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "x", "description": "d" * 2001}, "description"),
        ({"title": "x", "widgets": [{**TOTAL, "id": "has space"}]}, "widgets[0].id"),
        (
            {"title": "x", "widgets": [{**TOTAL, "position": {"x": 12, "y": 0, "w": 1, "h": 1}}]},
            "widgets[0].position.x",
        ),
        ({"title": "x", "widgets": [{**TOTAL, "query": None}]}, "widgets[0].query"),
        ({"title": "x", "widgets": [{**TOTAL, "query": " "}]}, "widgets[0].query"),
        ({"title": "x", "widgets": [{**TOTAL, "fill_gaps": True}]}, "widgets[0].fill_gaps"),
        ({"title": "x", "widgets": [{**TOTAL, "display": {"type": "pie"}}]}, "widgets[0].display.type"),
        ({"title": "x", "widgets": [{**CHART, "display": {"type": "chart"}}]}, "widgets[0].display.chartType"),
    ],
)
def test_bad_input_is_refused_before_any_request(kwargs: dict[str, Any], field: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with (
        TriggerClient(secret_key="tr_dev_x", transport=transport, max_retries=0) as client,
        pytest.raises(ValidationError) as caught,
    ):
        client.query.dashboards.create(**kwargs)
    assert caught.value.field == field and sent == []


def test_the_old_call_still_lists_with_a_deprecation_warning(api: TriggerClient) -> None:
    with pytest.warns(DeprecationWarning, match=r"dashboards\.list\(\)"):
        listed = api.query.dashboards()  # type: ignore[operator]
    assert listed.dashboards[0].key == "overview"


async def test_async_twin(manual: TriggerEmulator) -> None:
    async with AsyncTriggerClient(
        secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.async_transport, max_retries=0
    ) as client:
        dashboard = await client.query.dashboards.create(title="Async", widgets=[TOTAL])
        added = await client.query.dashboards.widgets.add(dashboard.id, title="Header", display={"type": "title"})
        assert [w.display.type_ for w in added.dashboard.widgets] == ["bignumber", "title"]
        with pytest.warns(DeprecationWarning):
            listed = await client.query.dashboards()  # type: ignore[operator]
        assert len(listed.dashboards) == 2
