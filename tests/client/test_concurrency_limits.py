"""Concurrency limits, the ``concurrency`` trigger option and replay overrides as the SDK 4.8.3 sends them.

The plain calls are in ``WIRES`` (test_resources.py); here: the per-key variants (another answer model), the
headers, the exact key order of trigger and batch item options, and every refusal before a request.
Evidence: ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` and ``schemas/queues.js``,
``@trigger.dev/sdk`` 4.8.3 ``dist/esm/v3/concurrency-shared.js``, ``runs.js`` and ``docs/concurrency.mdx``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.client.conftest import SECRET, Harness, json_response
from tests.client.test_batches import FakeServer
from tests.generated.cases import CONCURRENCY_LIMIT, CONCURRENCY_LIMIT_KEY
from trigger_client import ValidationError
from trigger_client.types import ConcurrencyLimit, ConcurrencyLimitKey


@pytest.mark.parametrize(
    ("call", "path", "query", "body"),
    [
        (
            lambda c: c.concurrency_limits.retrieve("subagents", concurrency_key=42),
            "/api/v1/concurrency-limits/subagents",
            "concurrencyKey=42",
            None,
        ),
        (
            lambda c: c.concurrency_limits.override(
                "task/generate-report", per_key=3, concurrency_key="session 1", ttl=dt.timedelta(days=7)
            ),
            "/api/v1/concurrency-limits/task%2Fgenerate-report/override",
            "",
            {"perKey": 3, "concurrencyKey": "session 1", "ttl": 604800},
        ),
        (
            lambda c: c.concurrency_limits.override("subagents", per_key=0, concurrency_key="s", ttl="30d"),
            "/api/v1/concurrency-limits/subagents/override",
            "",
            {"perKey": 0, "concurrencyKey": "s", "ttl": "30d"},
        ),
        (
            lambda c: c.concurrency_limits.reset("subagents", concurrency_key="session_1"),
            "/api/v1/concurrency-limits/subagents/reset",
            "",
            {"concurrencyKey": "session_1"},
        ),
    ],
)
async def test_a_key_addresses_the_keys_view(
    api: Harness, call: Callable[[Any], Any], path: str, query: str, body: Any
) -> None:
    api.answer(json_response(200, CONCURRENCY_LIMIT_KEY))
    result = await api.call(call)
    assert isinstance(result, ConcurrencyLimitKey)
    assert result.per_key.override == 3 and result.per_key.expires_at == dt.datetime(2025, 1, 8, tzinfo=dt.timezone.utc)
    request = api.last
    assert request.url.raw_path.decode() == path + (f"?{query}" if query else "")
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    if body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == body
        assert request.headers["content-type"] == "application/json"


async def test_an_answer_of_the_other_shape_is_a_typed_error(api: Harness) -> None:
    from trigger_client import APIResponseValidationError

    api.answer(json_response(200, CONCURRENCY_LIMIT))
    with pytest.raises(APIResponseValidationError, match="expected a ConcurrencyLimitKey"):
        await api.call(lambda c: c.concurrency_limits.retrieve("openai", concurrency_key="k"))


async def test_a_limit_without_a_key_is_the_limit_itself(api: Harness) -> None:
    api.answer(json_response(200, CONCURRENCY_LIMIT))
    result = await api.call(lambda c: c.concurrency_limits.reset("openai"))
    assert isinstance(result, ConcurrencyLimit) and result.total.base == 25
    assert api.last.content == b"{}"  # resetConcurrencyLimit: JSON.stringify({})


async def test_listing_walks_the_pages(api: Harness) -> None:
    second = {**CONCURRENCY_LIMIT, "id": "climit_2", "name": "tenant"}
    api.answer(
        json_response(
            200, {"data": [CONCURRENCY_LIMIT], "pagination": {"currentPage": 1, "totalPages": 2, "count": 2}}
        ),
        json_response(200, {"data": [second], "pagination": {"currentPage": 2, "totalPages": 2, "count": 2}}),
    )
    names = [item.name for item in await api.call(lambda c: c.concurrency_limits.list(per_page=1))]
    assert names == ["openai", "tenant"]
    assert [r.url.query.decode() for r in api.requests] == ["perPage=1", "perPage=1&page=2"]


async def test_trigger_options_keep_the_sdks_order(api: Harness) -> None:
    api.answer(json_response(200, {"id": "run_1", "isCached": False}))
    await api.call(lambda c: c.tasks.trigger("t", {"a": 1}, concurrency_key="k", concurrency=[], queue="q", tags=["x"]))
    options = json.loads(api.last.content)["options"]
    # An empty list runs with only the task's inline limit (docs/concurrency.mdx), so it is sent.
    assert list(options)[:3] == ["queue", "concurrency", "concurrencyKey"] and options["concurrency"] == []


async def test_batch_items_carry_the_option_after_queue(api: Harness) -> None:
    api.default = FakeServer()
    items = [
        {"payload": 1, "options": {"concurrency": ["openai", "tenant"], "queue": "q", "concurrency_key": "k"}},
        {"payload": 2},
    ]
    await api.call(lambda c: c.tasks.batch_trigger("t", items))
    lines = [json.loads(line) for line in api.requests[1].content.splitlines()]
    assert list(lines[0]["options"])[:3] == ["queue", "concurrency", "concurrencyKey"]
    assert lines[0]["options"]["concurrency"] == ["openai", "tenant"]
    assert "concurrency" not in lines[1]["options"]


async def test_a_bad_batch_item_name_fails_that_item_only(api: Harness) -> None:
    api.default = FakeServer()
    items = [{"payload": 1, "options": {"concurrency": "open ai"}}, {"payload": 2}]
    result = await api.call(lambda c: c.tasks.batch_trigger("t", items))
    assert [item.index for item in result.errors] == [0]
    error = result.errors[0].error
    assert isinstance(error, ValidationError) and error.field == "items[0].concurrency[0]"


async def test_a_bare_replay_sends_no_body(api: Harness) -> None:
    api.answer(json_response(200, {"id": "run_2"}))
    await api.call(lambda c: c.runs.replay("run_1"))
    # replayRun: `body: body ? JSON.stringify(...) : undefined`, with the usual headers.
    assert api.last.content == b"" and api.last.headers["content-length"] == "0"


async def test_a_replayed_string_payload_is_superjson_too(api: Harness) -> None:
    # withSuperJsonPayload stringifies every given payload, a string too, unlike a trigger's text/plain.
    api.answer(json_response(200, {"id": "run_2"}))
    await api.call(lambda c: c.runs.replay("run_1", payload="hello", idempotency_key="k" * 64))
    assert json.loads(api.last.content) == {
        "payload": '{"json":"hello"}',
        "payloadType": "application/super+json",
        "idempotencyKey": "k" * 64,
    }


BAD_INPUT: list[tuple[Callable[[Any], Any], str, str]] = [
    (lambda c: c.concurrency_limits.retrieve("open ai"), "name", "1-122 letters"),
    (lambda c: c.concurrency_limits.retrieve("x" * 123), "name", "'task/<task id>'"),
    (lambda c: c.concurrency_limits.retrieve("task/a/b"), "name", "without '/'"),
    (lambda c: c.concurrency_limits.retrieve("openai", concurrency_key=""), "concurrency_key", "1 to 128"),
    (lambda c: c.concurrency_limits.retrieve("openai", concurrency_key="k" * 129), "concurrency_key", "1 to 128"),
    (lambda c: c.concurrency_limits.override("openai"), "per_key", "give per_key, total or both"),
    (lambda c: c.concurrency_limits.override("openai", total=100_001), "total", "from 0 to 100000"),
    (lambda c: c.concurrency_limits.override("openai", per_key=-1), "per_key", "from 0 to 100000"),
    (lambda c: c.concurrency_limits.override("openai", total=1, ttl="1d"), "ttl", "pass concurrency_key"),
    (lambda c: c.concurrency_limits.override("openai", total=1, concurrency_key="k"), "total", "is not per key"),
    (lambda c: c.concurrency_limits.override("openai", concurrency_key="k"), "per_key", "needs per_key"),
    (lambda c: c.concurrency_limits.override("o", per_key=1, concurrency_key="k", ttl="31d"), "ttl", "30 days"),
    (lambda c: c.concurrency_limits.override("o", per_key=1, concurrency_key="k", ttl=2_592_001), "ttl", "2592000"),
    (lambda c: c.concurrency_limits.override("o", per_key=1, concurrency_key="k", ttl="soon"), "ttl", "not a dur"),
    (lambda c: c.concurrency_limits.list(per_page=101), "per_page", "from 1 to 100"),
    (lambda c: c.concurrency_limits.reset("openai", concurrency_key=True), "concurrency_key", "string or an int"),
    (lambda c: c.tasks.trigger("t", {}, concurrency="open ai"), "concurrency[0]", "1-122 characters"),
    (lambda c: c.tasks.trigger("t", {}, concurrency=["a", "b", "c"]), "concurrency", "at most 2 limit names"),
    (lambda c: c.tasks.trigger("t", {}, concurrency=7), "concurrency", "a limit name or a list"),
    (lambda c: c.tasks.trigger("t", {}, concurrency=["x" * 123]), "concurrency[0]", "1-122 characters"),
    (lambda c: c.runs.replay("run_1", payloads={}), "payloads", "is not a replay option"),
    (lambda c: c.runs.replay("run_1", machine="huge"), "machine", "must be one of micro"),
    (lambda c: c.runs.replay("run_1", idempotency_key="k" * 2049), "idempotency_key", "at most 2048"),
    (lambda c: c.runs.replay("run_1", idempotency_key_ttl="1w"), "idempotency_key_ttl", "one number and one unit"),
    (lambda c: c.runs.replay("run_1", max_attempts=0), "max_attempts", "from 1 to 1000"),
    (lambda c: c.runs.replay("run_1", metadata=[1]), "metadata", "dict of JSON values"),
    (lambda c: c.runs.replay("run_1", tags=["t"] * 11), "tags", "at most 10 tags"),
    (lambda c: c.runs.replay("run_1", delay="soon"), "delay", "not a duration"),
    (lambda c: c.runs.replay("run_1", payload=[1j]), "payload.0", ""),
    (lambda c: c.runs.replay("batch_1"), "run_id", "must start with 'run_'"),
]


@pytest.mark.parametrize(("call", "field", "message"), BAD_INPUT, ids=[f"{c[1]}-{i}" for i, c in enumerate(BAD_INPUT)])
async def test_bad_input_is_refused_before_any_request(
    api: Harness, call: Callable[[Any], Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        await api.call(call)
    assert raised.value.field == field
    assert message in str(raised.value)
    assert api.requests == []
