"""The compiled per-model checks agree with the declared field types, value by value (fast, yet as strict as the
slow path): each wrong value below is refused with the field named, each right one accepted."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest

from tests.benchmarks.server import Pages
from trigger_api.models import RunListItem, RunListPage
from trigger_client import APIResponseValidationError, TriggerClient
from trigger_client._typecheck import check_parsed

SECRET = "tr_dev_TypecheckSecret000000000"

ITEM: dict[str, Any] = json.loads(Pages(1).body(1, None) or b"")["data"][0]


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("id", 12345, "id: expected str, got int"),
        ("isTest", "no", "is_test: expected bool, got str"),
        ("costInCents", True, "cost_in_cents: expected float, got bool"),
        ("tags", ["ok", 7], "tags[1]: expected str, got int"),
        ("tags", "user:1", "tags: expected a list, got str"),
        ("ttl", [], "ttl"),
        ("env", {"id": "env_1", "name": 5, "user": "eric"}, "env.name: expected str, got int"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_field(field: str, value: Any, where: str) -> None:
    page = RunListPage.from_dict({"data": [ITEM, {**ITEM, field: value}], "pagination": {}})
    with pytest.raises(TypeError) as caught:
        check_parsed(page)
    assert str(caught.value).startswith(f"data[1].{where}")


@pytest.mark.parametrize(
    ("field", "value"),
    [("costInCents", 3), ("ttl", "1h"), ("ttl", 60.5), ("version", None), ("metadata", {"a": 1}), ("tags", [])],
)
def test_every_declared_type_is_accepted(field: str, value: Any) -> None:
    item = RunListItem.from_dict({**ITEM, field: value})
    check_parsed(item)
    check_parsed([item, item])


# (field, value, what the error says after the item's index): one bad item among good ones in a page.
BAD_ITEMS = [
    ("createdAt", "yesterday", "createdAt: Invalid isoformat string: 'yesterday'"),
    ("createdAt", 12, "createdAt: fromisoformat: argument must be str"),
    ("createdAt", KeyError, "required field 'createdAt' is missing"),
    ("startedAt", "soon", ".started_at: expected datetime.datetime | None, got str"),
    ("status", 5, "5 is not a valid RunStatus"),
    ("isTest", "no", ".is_test: expected bool, got str"),
]


def _page_with_bad_item(field: str, value: Any, index: int = 3) -> dict[str, Any]:
    items = [{**ITEM, "id": f"run_{i}"} for i in range(5)]
    if value is KeyError:
        del items[index][field]
    else:
        items[index][field] = value
    return {"data": items, "pagination": {}}


@pytest.mark.parametrize(("field", "value", "says"), BAD_ITEMS)
def test_a_bad_item_is_named_by_its_own_index(field: str, value: Any, says: str) -> None:
    # The generated parser keeps the whole list raw when one item fails; the error still names that item.
    with pytest.raises(TypeError) as caught:
        check_parsed(RunListPage.from_dict(_page_with_bad_item(field, value)))
    assert str(caught.value) == f"data[3]{'' if says.startswith('.') else ': '}{says}"


@pytest.mark.parametrize(("field", "value", "says"), BAD_ITEMS[:3])
def test_a_bad_date_time_of_a_single_model_names_its_field(field: str, value: Any, says: str) -> None:
    body = {**ITEM}
    if value is KeyError:
        del body[field]
        error: type[Exception] = KeyError
    else:
        body[field] = value
        error = ValueError if isinstance(value, str) else TypeError
    with pytest.raises(error) as caught:
        RunListItem.from_dict(body)
    assert field in str(caught.value)


def test_runs_list_reports_the_bad_item_as_a_validation_error() -> None:
    page = _page_with_bad_item("updatedAt", "not a time", index=2)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=page)

    client = TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(answer))
    with client, pytest.raises(APIResponseValidationError) as caught:
        list(client.runs.list(page_size=5))
    assert "list_runs_v1: could not parse the 200 response" in str(caught.value)
    assert "TypeError: data[2]: updatedAt: Invalid isoformat string: 'not a time'" in str(caught.value)
    assert [(r.method, r.url.path, r.url.params["page[size]"]) for r in seen] == [("GET", "/api/v1/runs", "5")]


def test_items_of_a_model_subclass_are_checked_as_the_model() -> None:
    # A page's items are checked in one loop with the item class's compiled check; another class goes the long way.
    @attrs.define
    class Special(RunListItem):
        pass

    page = RunListPage.from_dict({"data": [ITEM], "pagination": {}})
    page.data = [RunListItem.from_dict(ITEM), Special.from_dict(ITEM)]
    check_parsed(page)
    page.data = [RunListItem.from_dict(ITEM), Special.from_dict({**ITEM, "isTest": 1})]
    with pytest.raises(TypeError, match=r"^data\[1\]\.is_test: expected bool, got int$"):
        check_parsed(page)
