"""Parsing tolerance: newer server values, extra fields and nulls must not break the generated models."""

from __future__ import annotations

import enum
import inspect
import sys
from typing import Any

import pytest

from tests.generated.cases import CASES, LIST_RUNS, RUN, Case
from trigger_api import models
from trigger_api.models import Run, RunListPage, Schedule, WaitpointToken

# The models package loads each model on first use, so walk its exported names rather than its namespace.
ENUMS = sorted(
    (
        obj
        for obj in (getattr(models, name) for name in models.__all__)
        if inspect.isclass(obj) and issubclass(obj, enum.Enum)
    ),
    key=lambda cls: cls.__name__,
)
assert len(ENUMS) > 30


def test_unknown_run_status_keeps_the_raw_string() -> None:
    run = Run.from_dict({**RUN, "status": "SOME_NEW_STATUS"})
    assert run.status.value == "SOME_NEW_STATUS"
    assert str(run.status) == "SOME_NEW_STATUS"
    assert run.status == "SOME_NEW_STATUS"
    assert isinstance(run.status, type(Run.from_dict(RUN).status))
    assert run.to_dict()["status"] == "SOME_NEW_STATUS"


def test_unknown_status_inside_a_list_page() -> None:
    page = RunListPage.from_dict({**LIST_RUNS, "data": [{**LIST_RUNS["data"][0], "status": "PAUSED_FOREVER"}]})
    assert page.data[0].status == "PAUSED_FOREVER"
    assert page.data[0].status.value == "PAUSED_FOREVER"


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_every_generated_enum_accepts_unknown_strings(enum_class: type[enum.Enum]) -> None:
    known = next(iter(enum_class))
    assert enum_class(known.value) is known
    unknown = enum_class("SOMETHING_NEWER")
    assert unknown.value == "SOMETHING_NEWER"
    assert str(unknown) == "SOMETHING_NEWER"
    assert unknown == "SOMETHING_NEWER"
    with pytest.raises(ValueError):
        enum_class(None)


def test_unknown_fields_are_kept_in_additional_properties() -> None:
    extra = {"newField": {"nested": [1, 2]}, "anotherFlag": True}
    run = Run.from_dict({**RUN, **extra})
    assert run.additional_properties == extra
    assert run["newField"] == {"nested": [1, 2]}
    assert run.to_dict()["anotherFlag"] is True


def test_null_optional_fields_parse_as_none() -> None:
    nullable_run = {
        "version": None,
        "idempotencyKey": None,
        "startedAt": None,
        "finishedAt": None,
        "delayedUntil": None,
        "expiredAt": None,
        "metadata": None,
        "depth": None,
        "batchId": None,
        "taskKind": None,
        "region": None,
        "payload": None,
        "payloadPresignedUrl": None,
        "relatedRuns": None,
        "schedule": None,
        "attempts": None,
        "attemptCount": None,
    }
    run = Run.from_dict({**RUN, **nullable_run})
    assert all(value is None for value in (run.version, run.started_at, run.metadata, run.related_runs))
    assert run.attempt_count is None and run.attempts is None and run.schedule is None
    schedule = Schedule.from_dict(
        {
            "id": "sched_1",
            "type": "IMPERATIVE",
            "task": "t",
            "active": True,
            "timezone": "UTC",
            "environments": [],
            "generator": {"type": "CRON", "expression": "0 * * * *", "description": "every hour"},
            "externalId": None,
            "deduplicationKey": None,
            "nextRun": None,
            "window": None,
        }
    )
    assert schedule.external_id is None and schedule.next_run is None and schedule.window is None
    token = WaitpointToken.from_dict(
        {
            "id": "waitpoint_1",
            "url": "https://api.trigger.dev/x",
            "status": "WAITING",
            "tags": [],
            "createdAt": "2025-01-01T00:00:00.000Z",
            "completedAt": None,
            "timeoutAt": None,
            "output": None,
        }
    )
    assert token.completed_at is None and token.output is None


def test_from_dict_reads_the_body_without_changing_it() -> None:
    # from_dict reads each field in place (no copy to pop from): the body is left as it was, undeclared fields are
    # kept in their order in a dict of their own, and a body with none gets an empty one.
    body = {"zeta": 1, **RUN, "alpha": {"nested": [1]}}
    before = {**body}
    run = Run.from_dict(body)
    assert body == before
    assert list(run.additional_properties) == ["zeta", "alpha"]
    run.additional_properties["zeta"] = 2
    assert body["zeta"] == 1
    plain = Run.from_dict(RUN)
    assert plain.additional_properties == {}
    assert plain.additional_properties is not Run.from_dict(RUN).additional_properties


def test_a_missing_required_field_names_its_wire_key() -> None:
    with pytest.raises(KeyError, match="taskIdentifier"):
        Run.from_dict({key: value for key, value in RUN.items() if key != "taskIdentifier"})


def test_absent_and_null_optional_fields_both_read_as_none() -> None:
    item = LIST_RUNS["data"][0]
    absent = RunListPage.from_dict({"data": [{k: v for k, v in item.items() if k not in ("version", "startedAt")}]})
    null = RunListPage.from_dict({"data": [{**item, "version": None, "startedAt": None}]})
    for page in (absent, null):
        assert page.data[0].version is None and page.data[0].started_at is None
        assert page.data[0].additional_properties == {}
    assert absent.pagination is None


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_from_dicts_member_lookup_gives_what_the_class_gives(enum_class: type[enum.Enum]) -> None:
    module = sys.modules[enum_class.__module__]
    parse = getattr(module, "parse_" + enum_class.__module__.rsplit(".", 1)[1])
    for member in enum_class:
        assert parse(member.value) is member
    unknown = parse("SOMETHING_NEWER")
    assert type(unknown) is enum_class and unknown.value == "SOMETHING_NEWER"
    for bad in (None, ["COMPLETED"]):
        with pytest.raises(ValueError):
            parse(bad)


def _without_nulls(value: Any) -> Any:
    # to_dict leaves out an optional field that is None, null or absent alike.
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if isinstance(case.response, dict) and hasattr(models, case.model)],
    ids=lambda case: f"{case.operation_id}{case.variant}",
)
def test_every_response_model_gives_back_the_body_it_read(case: Case) -> None:
    # from_dict passes the fields to the class by position: each value must land in its own field.
    model = getattr(models, case.model)
    assert _without_nulls(model.from_dict(case.response).to_dict()) == _without_nulls(case.response)


def test_each_field_of_a_list_item_lands_in_its_own_attribute() -> None:
    flags = ["isQueued", "isExecuting", "isWaiting", "isCompleted", "isSuccess", "isFailed", "isCancelled", "isTest"]
    for true_flag in flags:
        item = {**LIST_RUNS["data"][0], **dict.fromkeys(flags, False), true_flag: True}
        item.update(costInCents=1.5, baseCostInCents=2.5, durationMs=3.5, version="v", taskKind="k", region="r")
        parsed = RunListPage.from_dict({"data": [item]}).data[0]
        assert parsed.to_dict() == {key: value for key, value in item.items() if value is not None}
        assert [flag for flag in flags if getattr(parsed, _snake(flag))] == [true_flag]
        assert (parsed.cost_in_cents, parsed.base_cost_in_cents, parsed.duration_ms) == (1.5, 2.5, 3.5)
        assert (parsed.version, parsed.task_kind, parsed.region) == ("v", "k", "r")


def _snake(name: str) -> str:
    return "".join(f"_{char.lower()}" if char.isupper() else char for char in name)
