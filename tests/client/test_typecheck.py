"""The compiled per-model checks agree with the declared field types, value by value (issue 12's safety, issue
16's speed): each wrong value below is refused with the field named, each right one accepted."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.benchmarks.server import Pages
from trigger_api.models import RunListItem, RunListPage
from trigger_client._typecheck import check_parsed

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
