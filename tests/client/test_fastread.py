"""The compiled page readers (trigger_client._fastread) build exactly what the generated ``from_dict`` builds.

Realistic run list pages (every status, optional fields present, null and absent, tags, nested env, extra keys,
date-times with and without fractions and offsets) are read both ways and compared field by field, type and
value, ``additional_properties`` included; bodies off the fast path give the generic path's result or error; and
``runs.list`` takes the fast path on the wire.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import httpx
import pytest

from tests.generated.cases import CASES, LIST_RUN_ITEM
from trigger_api import models as m
from trigger_api.api.runs import list_runs_v1
from trigger_api.models import RunListItem, RunListItemEnv, RunListPage, RunStatus
from trigger_client import APIResponseValidationError, TriggerClient
from trigger_client._fastread import read_checked, reader_of
from trigger_client._typecheck import check_parsed
from trigger_client.testing import ManualClock, TriggerEmulator

SECRET = "tr_dev_FastReadSecret0000000000"

# Forms the server and other writers use: JavaScript's toISOString (milliseconds, "Z"), none or six fraction
# digits, and offsets other than UTC.
TIMES = [
    "2025-01-01T00:00:00.000Z",
    "2025-03-09T12:34:56Z",
    "2025-03-09T12:34:56.123456+00:00",
    "2025-06-30T23:59:59.5+02:00",
    "2025-12-31T08:00:00-05:30",
]
OPTIONAL = {
    "version": "20250101.1",
    "idempotencyKey": "key-1",
    "startedAt": TIMES[1],
    "finishedAt": TIMES[2],
    "delayedUntil": TIMES[3],
    "ttl": "10m",
    "expiredAt": TIMES[4],
    "metadata": {"progress": 0.5, "nested": {"a": [1, 2]}},
    "taskKind": "STANDARD",
    "region": "us-east-1",
}


def _item(index: int, status: str) -> dict[str, Any]:
    """A run list item: every few items the optional fields are all present, all null or all absent."""
    item: dict[str, Any] = {key: value for key, value in LIST_RUN_ITEM.items() if key not in OPTIONAL}
    item.update(
        id=f"run_{index:04d}",
        status=status,
        createdAt=TIMES[index % len(TIMES)],
        updatedAt=TIMES[(index + 2) % len(TIMES)],
        tags=[f"user:{index}", "org:9"][: index % 3],
        costInCents=index * 0.5 if index % 2 else index,  # integers too, as the server sends 0
        durationMs=index * 10,
        env={"id": "env_1", "name": "prod"} if index % 2 else {"id": "env_2", "name": "dev", "user": "eric"},
    )
    shape = index % 4
    if shape == 0:
        item.update(OPTIONAL)
    elif shape == 1:
        item.update(dict.fromkeys(OPTIONAL))
    elif shape == 2:
        item.update(ttl=3600, metadata={})
    if index % 5 == 0:
        item["futureField"] = {"kept": True}  # undeclared: kept in additional_properties
        item["env"] = {**item["env"], "slug": "prod-1"}
    return item


PAGES = [
    {
        "data": [_item(index, status.value) for index, status in enumerate(RunStatus)],
        "pagination": {"next": "run_0009", "previous": None},
    },
    {"data": [_item(index, "COMPLETED") for index in range(40, 60)], "pagination": {"next": None}},
    {"data": [], "pagination": {}},
    {"data": [_item(7, "QUEUED")], "pagination": {"next": "c"}, "extra": 1},
    {"data": [_item(8, "EXECUTING")]},
]


def _same(fast: Any, reference: Any, where: str = "") -> None:
    """Equal in type and value at every depth (date-times: the same instant and the same offset)."""
    assert type(fast) is type(reference), where
    if attrs.has(type(reference)):
        for field in attrs.fields(type(reference)):
            _same(getattr(fast, field.name), getattr(reference, field.name), f"{where}.{field.name}")
    elif isinstance(reference, list):
        assert len(fast) == len(reference), where
        for index, (one, other) in enumerate(zip(fast, reference, strict=True)):
            _same(one, other, f"{where}[{index}]")
    elif isinstance(reference, dict):
        assert list(fast) == list(reference), where
        for key in reference:
            _same(fast[key], reference[key], f"{where}[{key!r}]")
    elif isinstance(reference, datetime.datetime):
        assert (fast, fast.utcoffset(), fast.tzinfo) == (reference, reference.utcoffset(), reference.tzinfo), where
    else:
        assert fast == reference, where


def _answer(body: Any) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(body).encode())


@pytest.mark.parametrize("page", PAGES, ids=range(len(PAGES)))
def test_a_page_reads_as_from_dict_reads_it(page: dict[str, Any]) -> None:
    reader = reader_of(RunListPage)
    assert reader is not None
    fast = reader(json.loads(json.dumps(page)))
    assert fast is not None
    _same(fast, RunListPage.from_dict(page))
    assert fast == RunListPage.from_dict(page)


def test_the_pages_cover_every_status_and_every_shape_of_the_optional_fields() -> None:
    items = [item for page in PAGES for item in page.get("data", [])]
    assert {item["status"] for item in items} == {status.value for status in RunStatus}
    for key in OPTIONAL:
        assert any(key in item and item[key] is not None for item in items), key
        assert any(key in item and item[key] is None for item in items), key
        assert any(key not in item for item in items), key
    parsed = RunListPage.from_dict(PAGES[0])
    assert parsed.data and any(run.additional_properties for run in parsed.data)
    assert any(run.env.additional_properties for run in parsed.data)
    assert {run.created_at.utcoffset() for run in parsed.data} > {datetime.timedelta(0)}


@pytest.mark.parametrize("case", [case for case in CASES if isinstance(case.response, dict)], ids=lambda case: case.id)
def test_every_recorded_answer_that_a_reader_takes_reads_as_from_dict_reads_it(case: Any) -> None:
    cls = getattr(m, case.model)
    reader = reader_of(cls)
    fast = reader(json.loads(json.dumps(case.response))) if reader is not None else None
    if fast is not None:
        _same(fast, cls.from_dict(case.response))
        check_parsed(fast)


def test_pages_recorded_from_the_emulator_read_as_from_dict_reads_them() -> None:
    emulator = TriggerEmulator(clock=ManualClock())

    @emulator.task("send-email")
    def send_email(payload: Any) -> Any:
        if payload.get("fail"):
            raise RuntimeError("no mailbox")
        return {"sent": True}

    http = httpx.Client(
        transport=emulator.transport,
        base_url=emulator.base_url,
        headers={"Authorization": f"Bearer {emulator.secret_key}"},
    )
    options = {"tags": ["user:1", "org:2"], "idempotencyKey": "k", "ttl": "1h", "metadata": {"step": 1}}
    with http:
        for payload in ({"to": "a"}, {"fail": True}):
            http.post("/api/v1/tasks/send-email/trigger", json={"payload": payload, "options": options})
            options = {"delay": "1h"}
        emulator.run_pending()
        http.post("/api/v1/tasks/send-email/trigger", json={"payload": {"to": "b"}})
        bodies = [http.get("/api/v1/runs", params={"page[size]": size}).json() for size in (1, 100)]
    assert {item["status"] for item in bodies[1]["data"]} >= {"COMPLETED", "QUEUED"}
    reader = reader_of(RunListPage)
    assert reader is not None
    for body in bodies:
        fast = reader(body)
        assert fast is not None
        _same(fast, RunListPage.from_dict(body))


def test_the_list_models_have_readers() -> None:
    assert all(reader_of(cls) is not None for cls in (RunListPage, RunListItem, RunListItemEnv))


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"status": "NEWER_STATUS"}, "an enum value this client predates"),
        ({"createdAt": "2025-01-01 00:00"}, "a date-time the parser reads too"),
        ({"ttl": None, "metadata": None}, "nulls where fields are optional"),
    ],
)
def test_a_body_off_the_fast_path_gives_the_generic_result(change: dict[str, Any], why: str) -> None:
    page = {"data": [_item(3, "COMPLETED"), {**_item(4, "COMPLETED"), **change}], "pagination": {}}
    generic = RunListPage.from_dict(page)
    _same(read_checked(_answer(page), RunListPage, list_runs_v1.build().parse), generic)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"id": 12345}, "data[1].id: expected str, got int"),
        ({"tags": ["ok", 7]}, "data[1].tags[1]: expected str, got int"),
        ({"isTest": "no"}, "data[1].is_test: expected bool, got str"),
        ({"startedAt": "yesterday"}, "data[1].started_at: expected datetime.datetime | None, got str"),
        ({"env": {"id": "env_1", "name": 5}}, "data[1].env.name: expected str, got int"),
    ],
)
def test_a_mistyped_body_gets_the_generic_error(change: dict[str, Any], error: str) -> None:
    page = {"data": [_item(3, "COMPLETED"), {**_item(4, "COMPLETED"), **change}], "pagination": {}}
    with pytest.raises(TypeError) as generic:
        check_parsed(RunListPage.from_dict(page))
    with pytest.raises(TypeError) as fast:
        read_checked(_answer(page), RunListPage, list_runs_v1.build().parse)
    assert str(fast.value) == str(generic.value)
    assert str(fast.value).startswith(error)


def test_a_missing_required_field_or_another_status_gets_the_generic_error() -> None:
    page = {"data": [{key: value for key, value in _item(3, "COMPLETED").items() if key != "env"}]}
    with pytest.raises(TypeError, match=r"^data\[0\]: required field 'env' is missing$"):
        read_checked(_answer(page), RunListPage, list_runs_v1.build().parse)
    with pytest.raises(ValueError, match="status 204 is not a documented success"):
        read_checked(httpx.Response(204), RunListPage, list_runs_v1.build().parse)
    with pytest.raises(json.JSONDecodeError):
        read_checked(httpx.Response(200, content=b"<html>"), RunListPage, list_runs_v1.build().parse)


def test_runs_list_reads_its_pages_with_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(PAGES[1] if "page[after]" in request.url.params else PAGES[0])

    def refuse(src: Any) -> Any:
        raise AssertionError("from_dict is not called on the fast path")

    with TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(answer)) as client:
        monkeypatch.setattr(RunListPage, "from_dict", refuse)
        runs = list(client.runs.list(page_size=20))
        monkeypatch.undo()
    expected = [run for page in PAGES[:2] for run in RunListPage.from_dict(page).data or []]
    _same(runs, expected)
    assert [(r.url.path, r.url.params.get("page[after]")) for r in seen] == [
        ("/api/v1/runs", None),
        ("/api/v1/runs", "run_0009"),
    ]


def test_runs_list_reports_a_mistyped_item_as_before() -> None:
    page = {"data": [_item(3, "COMPLETED"), {**_item(4, "COMPLETED"), "durationMs": "8s"}], "pagination": {}}
    client = TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(lambda _: _answer(page)))
    with client, pytest.raises(APIResponseValidationError) as caught:
        list(client.runs.list())
    assert "list_runs_v1: could not parse the 200 response" in str(caught.value)
    assert "TypeError: data[1].duration_ms: expected float, got str" in str(caught.value)
