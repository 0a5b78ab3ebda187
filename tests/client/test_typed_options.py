"""Bodies built with the generated models' keyword constructors, on the wire: the trigger options (a trigger's body
and a batch item's NDJSON line, from one builder), the bulk-action filter, a session's trigger config and the realtime
options of a server-minted public token."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pytest

from tests.client.conftest import Harness, json_response
from tests.generated.cases import SESSION
from trigger_client import ValidationError

PAYLOAD = {"to": "ada@example.com"}
EVERY_OPTION: dict[str, Any] = {
    "idempotency_key": ["a", "b"],
    "idempotency_key_ttl": "1h",
    "idempotency_key_scope": "global",
    "delay": dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc),
    "ttl": 300,
    "tags": "one",
    "queue": "q",
    "concurrency": ["l1", "l2"],
    "concurrency_key": "ck",
    "machine": "large-2x",
    "max_attempts": 5,
    "max_duration": 60,
    "metadata": {"x": [1, {"y": "é"}]},
    "priority": 1.5,
    "region": "eu",
    "version": "20250101.1",
    "test": 1,
    "debounce": {"key": "k", "delay": "5s", "mode": "trailing", "max_delay": "1m"},
}
WIRE_OPTIONS: dict[str, Any] = {
    "queue": {"name": "q"},
    "concurrency": ["l1", "l2"],
    "concurrencyKey": "ck",
    "test": True,
    "payloadType": "application/super+json",
    "payloadSize": 33,
    "idempotencyKey": hashlib.sha256(b"a-b").hexdigest(),
    "idempotencyKeyTTL": "1h",
    "idempotencyKeyOptions": {"key": "a-b", "scope": "global"},
    "delay": "2025-01-01T00:00:00.000Z",
    "ttl": 300,
    "tags": ["one"],
    "maxAttempts": 5,
    "metadata": {"x": [1, {"y": "é"}]},
    "maxDuration": 60,
    "machine": "large-2x",
    "priority": 1.5,
    "region": "eu",
    "lockToVersion": "20250101.1",
    "debounce": {"key": "k", "delay": "5s", "mode": "trailing", "maxDelay": "1m"},
}
# The SDK writes a batch item's options in another order than a trigger's (docs/wire.md#batches): payloadSize last,
# the idempotency key after maxDuration.
BATCH_ORDER = [
    *("queue", "concurrency", "concurrencyKey", "test", "payloadType", "delay", "ttl", "tags", "maxAttempts"),
    *("metadata", "maxDuration", "idempotencyKey", "idempotencyKeyTTL", "idempotencyKeyOptions", "machine"),
    *("priority", "region", "lockToVersion", "debounce", "payloadSize"),
]


async def test_every_trigger_option_goes_out_in_the_sdk_order_of_a_trigger(api: Harness) -> None:
    api.answer(json_response(200, {"id": "run_1"}))
    await api.call(lambda c: c.tasks.trigger("my-task", PAYLOAD, **EVERY_OPTION))
    body = json.loads(api.last.content)
    assert list(body) == ["payload", "options"]
    assert body["payload"] == '{"json":{"to":"ada@example.com"}}'
    assert list(body["options"].items()) == list(WIRE_OPTIONS.items())


async def test_a_batch_line_carries_the_same_options_in_the_sdk_order_of_a_batch(api: Harness) -> None:
    lines: list[bytes] = []

    def server(request: Any) -> Any:
        if request.url.path == "/api/v3/batches":
            return json_response(202, {"id": "batch_1", "runCount": 2, "isCached": False})
        lines.extend(request.content.splitlines())
        return json_response(200, {"id": "batch_1", "itemsAccepted": 2, "itemsDeduplicated": 0, "sealed": True})

    api.default = server
    items: list[Any] = [{"payload": PAYLOAD, "options": EVERY_OPTION}, {"payload": PAYLOAD}]
    result = await api.call(lambda c: c.tasks.batch_trigger("my-task", items, idempotency_key="bk"))
    assert result.ok
    first, second = (json.loads(line) for line in lines)
    assert list(first) == ["index", "task", "payload", "options"]
    assert list(first["options"]) == BATCH_ORDER
    assert first["options"] == WIRE_OPTIONS  # the item's own key wins over the batch's
    # An item without options gets the batch key's item key, in its batch place.
    assert list(second["options"].items()) == [
        ("payloadType", "application/super+json"),
        ("idempotencyKey", hashlib.sha256(b"bk-1").hexdigest()),
        ("payloadSize", 33),
    ]


@pytest.mark.parametrize("options", [None, ["queue"], "queue"])
async def test_batch_item_options_that_are_not_a_dict_fail_that_item_only(api: Harness, options: Any) -> None:
    api.default = lambda request: json_response(400, {"error": "unexpected request"})
    result = await api.call(lambda c: c.tasks.batch_trigger("my-task", [{"payload": 1, "options": options}]))
    [item] = result.items
    assert isinstance(item.error, ValidationError) and item.error.field == "items[0].options"
    assert f"must be a dict of trigger options, got {type(options).__name__}" in str(item.error)
    assert api.requests == []


async def test_every_runs_list_filter_reaches_the_bulk_action_filter(api: Harness) -> None:
    api.default = lambda request: json_response(202, {"id": "bulk_1"})
    await api.call(
        lambda c: c.runs.bulk.cancel(
            status=["FAILED"],
            task_identifier="t",
            version="20250101.1",
            tag=["a"],
            bulk_action="bulk_0",
            schedule="sched_1",
            is_test=True,
            from_=1_700_000_000_000,
            to=1_700_000_100_000,
            batch="batch_1",
            queue="task/t",
            machine="small-1x",
            region="eu",
        )
    )
    await api.call(lambda c: c.runs.bulk.replay(period="1d"))
    dated, recent = (json.loads(request.content)["filter"] for request in api.requests)
    # BulkActionFilter's field order, as from_dict then to_dict gave it.
    assert list(dated.items()) == list(
        {
            "status": ["FAILED"],
            "taskIdentifier": ["t"],
            "version": ["20250101.1"],
            "from": 1_700_000_000_000,
            "to": 1_700_000_100_000,
            "bulkAction": "bulk_0",
            "tag": ["a"],
            "schedule": "sched_1",
            "isTest": True,
            "batch": "batch_1",
            "queue": [{"type": "task", "name": "t"}],
            "machine": ["small-1x"],
            "region": ["eu"],
        }.items()
    )
    assert recent == {"period": "1d"}


async def test_a_session_run_option_the_config_does_not_declare_is_refused_before_any_request(api: Harness) -> None:
    with pytest.raises(ValidationError) as caught:
        await api.call(
            lambda c: c.sessions.create(
                type="chat.agent", task="my-chat", base_payload={}, run_options={"machine": "small-1x", "priority": 1}
            )
        )
    assert caught.value.field == "run_options.priority"
    assert "is not a session run option; use machine, queue, tags, maxAttempts" in str(caught.value)
    assert api.requests == []


async def test_session_run_options_go_into_the_trigger_config_in_its_field_order(api: Harness) -> None:
    api.answer(json_response(201, {**SESSION, "runId": "run_1", "publicAccessToken": "eyJ.pat", "isCached": False}))
    options = {"ttl": "10m", "maxAttempts": 3, "concurrencyKey": "u1", "idleTimeoutInSeconds": 60, "machine": "micro"}
    await api.call(
        lambda c: c.sessions.create(
            type="chat.agent", task="my-chat", base_payload={"chatId": "1"}, run_options=options
        )
    )
    config = json.loads(api.last.content)["triggerConfig"]
    assert list(config.items()) == [
        ("basePayload", {"chatId": "1"}),
        ("machine", "micro"),
        ("maxAttempts", 3),
        ("idleTimeoutInSeconds", 60),
        ("concurrencyKey", "u1"),
        ("ttl", "10m"),
    ]


ADDITIONAL_KEY = "tr_prod_sk_" + "a1" * 12  # cannot self-sign: the server mints its tokens


async def test_a_server_minted_token_sends_the_realtime_options(api: Harness) -> None:
    api.answer(json_response(200, {"token": "eyJ.pat"}))
    token = await api.call(
        lambda c: c.auth.create_public_token(scopes={"read": {"runs": True}}, realtime={"skipColumns": ["payload"]}),
        secret_key=ADDITIONAL_KEY,
    )
    assert token == "eyJ.pat"
    assert (api.last.method, api.last.url.path) == ("POST", "/api/v1/auth/public-tokens")
    assert json.loads(api.last.content)["realtime"] == {"skipColumns": ["payload"]}


@pytest.mark.parametrize("realtime", [{"skipColumns": ["payload"], "columns": ["id"]}, ["payload"]])
async def test_realtime_options_the_server_does_not_read_are_refused_before_any_request(
    api: Harness, realtime: Any
) -> None:
    with pytest.raises(ValidationError) as caught:
        await api.call(
            lambda c: c.auth.create_public_token(scopes={"read": {"runs": True}}, realtime=realtime),
            secret_key=ADDITIONAL_KEY,
        )
    assert caught.value.field == "realtime"
    assert "takes only skipColumns" in str(caught.value)
    assert api.requests == []
