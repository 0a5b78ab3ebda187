"""Webhook endpoints and deliveries end to end: client.webhooks → emulator, answers checked against the patched spec.

Rules: @trigger.dev/core 4.8.3 schemas/webhookApi.js and apiClient/index.js; the webapp's
apps/webapp/app/routes/api.v1.webhooks.*.ts and the webhook engine's replayDelivery (see docs/server-routes.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator

import pytest

from tests.emulator.conftest import START, client_for
from trigger_client import AsyncTriggerClient, BadRequestError, NotFoundError, TriggerClient, webhooks
from trigger_client.testing import ManualClock, TriggerEmulator

DAY = 24 * 3600


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(clock=ManualClock(start=START), seed=3, validate=True, unregistered="queue") as emu:
        yield emu
    assert not [m for m in emu.validation_errors if m.kind == "request"]


@pytest.fixture
def client(emulator: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as c:
        yield c


def test_endpoints_are_listed_by_declared_id_and_found_by_either_id(
    emulator: TriggerEmulator, client: TriggerClient
) -> None:
    github = emulator.webhooks.add_endpoint("github", tasks=["on-push"])
    stripe = emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order", "record-refund"], secret="whsec_1")
    emulator.webhooks.add_endpoint("stripe", environment="prod")  # another environment: not listed here
    listed = client.webhooks.endpoints.list()
    assert [(e.id, e.declared_id, e.secret_set) for e in listed] == [
        (github, "github", False),
        (stripe, "stripe", True),
    ]
    assert listed[0].url.startswith(f"{emulator.base_url}/webhooks/v1/ingest/")
    by_declared, by_id = client.webhooks.endpoints.retrieve("stripe"), client.webhooks.endpoints.retrieve(stripe)
    assert by_declared.id == by_id.id == stripe
    assert [(s.id, s.task_id, s.filter_) for s in by_id.subscribers] == [
        ("fulfill-order", "fulfill-order", None),
        ("record-refund", "record-refund", None),
    ]
    with pytest.raises(NotFoundError):
        client.webhooks.endpoints.retrieve("linear")


def test_rotation_keeps_the_previous_secret_for_its_ttl_on_the_manual_clock(
    emulator: TriggerEmulator, client: TriggerClient
) -> None:
    emulator.webhooks.add_endpoint("github", secret="whsec_old")
    rotated = client.webhooks.endpoints.rotate_secret("github", previous_secret_ttl=dt.timedelta(hours=1))
    assert re.fullmatch(r"whsec_[0-9a-f]{64}", rotated.secret)
    assert rotated.previous_secret_expires_at == "2024-01-01T01:00:00.000Z"  # START + 1h
    assert emulator.webhooks.secret_is_valid("github", rotated.secret)
    assert emulator.webhooks.secret_is_valid("github", "whsec_old")
    emulator.advance(3599)
    assert emulator.webhooks.secret_is_valid("github", "whsec_old")
    emulator.advance(1)
    assert not emulator.webhooks.secret_is_valid("github", "whsec_old")
    assert emulator.webhooks.secret_is_valid("github", rotated.secret)


def test_rotation_without_a_ttl_replaces_the_secret_at_once(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.webhooks.add_endpoint("github", secret="whsec_old")
    rotated = client.webhooks.endpoints.rotate_secret("github")
    assert rotated.previous_secret_expires_at is None
    assert not emulator.webhooks.secret_is_valid("github", "whsec_old")
    # The first secret of an endpoint replaces nothing, so a TTL has nothing to keep.
    emulator.webhooks.add_endpoint("linear")
    assert client.webhooks.endpoints.rotate_secret("linear", previous_secret_ttl=60).previous_secret_expires_at is None
    assert client.webhooks.endpoints.retrieve("linear").secret_set is True


def test_a_rotated_secret_is_masked_in_reprs_and_logs(
    emulator: TriggerEmulator, client: TriggerClient, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.webhooks.add_endpoint("github")
    with caplog.at_level(logging.DEBUG):
        rotated = client.webhooks.endpoints.rotate_secret("github")
    value = str(rotated.secret)
    assert value.startswith("whsec_") and f"{rotated.secret}" == value  # the real value where it is used
    assert value not in repr(rotated) and "WebhookSecret('***')" in repr(rotated)
    assert value not in caplog.text


def test_asymmetric_endpoints_refuse_a_generated_secret(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.webhooks.add_endpoint("svix", scheme="asymmetric")
    with pytest.raises(BadRequestError, match="asymmetric endpoint; set its public key instead"):
        client.webhooks.endpoints.rotate_secret("svix")
    assert client.webhooks.endpoints.set_secret("svix", "-----BEGIN PUBLIC KEY-----").secret_set is True


def test_set_secret_stores_the_trimmed_secret_and_keeps_the_old_one_for_its_ttl(
    emulator: TriggerEmulator, client: TriggerClient
) -> None:
    emulator.webhooks.add_endpoint("stripe", secret="whsec_old")
    answer = client.webhooks.endpoints.set_secret("stripe", " whsec_new\n", previous_secret_ttl=DAY)
    assert answer.previous_secret_expires_at == "2024-01-02T00:00:00.000Z"
    assert emulator.webhooks.secret_is_valid("stripe", "whsec_new")
    emulator.advance(DAY - 1)
    assert emulator.webhooks.secret_is_valid("stripe", "whsec_old")
    emulator.advance(1)
    assert not emulator.webhooks.secret_is_valid("stripe", "whsec_old")


def test_the_server_bounds_the_ttl_and_the_secret(emulator: TriggerEmulator) -> None:
    """What a client without local checks meets (WebhookPreviousSecretTtlSeconds, SetWebhookEndpointSecretRequestBody
    in schemas/webhookApi.js; the 404 body of rotate-secret.ts)."""
    emulator.webhooks.add_endpoint("stripe")
    with client_for(emulator, emulator.secret_key) as http:
        too_long = http.post(
            "/api/v1/webhooks/endpoints/stripe/rotate-secret", json={"previousSecretTtlSeconds": 604801}
        )
        blank = http.put("/api/v1/webhooks/endpoints/stripe/secret", json={"secret": "   "})
        missing = http.post("/api/v1/webhooks/endpoints/nope/rotate-secret", json={})
        most = http.post("/api/v1/webhooks/endpoints/stripe/rotate-secret", json={"previousSecretTtlSeconds": 604800})
    assert (too_long.status_code, blank.status_code, most.status_code) == (400, 400, 200)
    assert (missing.status_code, missing.json()) == (404, {"error": "Not found"})


def test_a_failed_set_secret_never_quotes_the_secret(client: TriggerClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.webhooks.endpoints.set_secret("nope", "whsec_do_not_leak")
    assert "whsec_do_not_leak" not in str(raised.value) and "whsec_do_not_leak" not in repr(raised.value)


def test_deliveries_list_newest_first_with_filters_and_pages(emulator: TriggerEmulator, client: TriggerClient) -> None:
    stripe = emulator.webhooks.add_endpoint("stripe")
    emulator.webhooks.add_endpoint("github")
    old = emulator.webhooks.add_delivery("stripe", {"n": 1}, status="failed", error="handler crashed")
    emulator.advance(2 * DAY)
    unmatched = emulator.webhooks.add_delivery("github", {"n": 2}, status="unmatched")
    newest = emulator.webhooks.add_delivery(stripe, {"n": 3})
    listing = client.webhooks.deliveries
    assert [d.id for d in listing.list()] == [newest, unmatched, old]
    assert [d.id for d in listing.list(page_size=1)] == [newest, unmatched, old]  # walked over page[after]
    assert [d.id for d in listing.list(page_size=1, limit=2)] == [newest, unmatched]
    assert [d.id for d in listing.list(status="unmatched")] == [unmatched]
    assert [d.id for d in listing.list(status=["failed", "unmatched"])] == [unmatched, old]
    assert [d.id for d in listing.list(endpoint="stripe")] == [newest, old]
    assert [d.id for d in listing.list(endpoint=[stripe, "github"])] == [newest, unmatched, old]
    assert [d.id for d in listing.list(period="1d")] == [newest, unmatched]
    assert [d.id for d in listing.list(to=START + dt.timedelta(days=1))] == [old]
    assert [d.id for d in listing.list(from_=START + dt.timedelta(days=1))] == [newest, unmatched]
    first = listing.list(status="unmatched").first_page().data[0]
    assert first.endpoint is not None and (first.endpoint.declared_id, first.status) == ("github", "unmatched")


def test_an_unknown_delivery_status_is_a_query_error(emulator: TriggerEmulator) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        answer = http.get("/api/v1/webhooks/deliveries", params={"filter[status]": "done"})
    assert answer.status_code == 400 and "Invalid status values: done" in answer.text


def test_retrieve_a_delivery_with_its_event(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.webhooks.add_endpoint("stripe")
    delivery_id = emulator.webhooks.add_delivery(
        "stripe", {"type": "charge.refunded"}, headers={"stripe-signature": "t=1"}, external_delivery_id="evt_1"
    )
    delivery = client.webhooks.deliveries.retrieve(delivery_id)
    assert (delivery.event, delivery.external_delivery_id, delivery.status) == (
        {"type": "charge.refunded"},
        "evt_1",
        "succeeded",
    )
    assert delivery.headers is not None and delivery.headers["stripe-signature"] == "t=1"
    with pytest.raises(NotFoundError):
        client.webhooks.deliveries.retrieve("whd_missing")


def test_replay_creates_a_new_delivery_that_starts_each_subscriber(
    emulator: TriggerEmulator, client: TriggerClient
) -> None:
    emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order", "record-refund"])
    original = emulator.webhooks.add_delivery("stripe", {"id": "evt_1"}, headers={"h": "1"}, external_delivery_id="e1")
    emulator.advance(60)
    replayed = client.webhooks.deliveries.replay(original)
    assert replayed.replayed_from == original and replayed.delivery_id != original
    fresh = client.webhooks.deliveries.retrieve(replayed.delivery_id)
    # engine replayDelivery: shares the provider's id, fresh idempotency key, same event and headers.
    assert (fresh.external_delivery_id, fresh.idempotency_key) == ("e1", f"replay:{fresh.id}")
    assert fresh.event == {"id": "evt_1"} and fresh.status == "succeeded"
    assert [(t.id, t.status) for t in fresh.targets] == [("fulfill-order", "succeeded"), ("record-refund", "succeeded")]
    run = client.runs.retrieve(str(fresh.targets[0].run_id))
    assert run.task_identifier == "fulfill-order" and run.payload == {"event": {"id": "evt_1"}, "headers": {"h": "1"}}
    assert [d.id for d in client.webhooks.deliveries.list()] == [fresh.id, original]


def test_replay_to_one_target_and_its_errors(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order", "record-refund"])
    emulator.webhooks.add_endpoint("github")
    original = emulator.webhooks.add_delivery("stripe", {"id": "evt_1"})
    only = client.webhooks.deliveries.retrieve(
        client.webhooks.deliveries.replay(original, target_id="record-refund").delivery_id
    )
    assert [t.id for t in only.targets] == ["record-refund"]
    with pytest.raises(BadRequestError, match="No subscriber 'nobody'"):
        client.webhooks.deliveries.replay(original, target_id="nobody")
    with pytest.raises(NotFoundError):
        client.webhooks.deliveries.replay("whd_missing")
    # deliveries.mdx: no subscriber took it, so the replay is FILTERED.
    lonely = emulator.webhooks.add_delivery("github", {"ref": "main"})
    assert client.webhooks.deliveries.retrieve(client.webhooks.deliveries.replay(lonely).delivery_id).status == (
        "filtered"
    )


async def test_async_client_manages_the_same_way(emulator: TriggerEmulator) -> None:
    emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order"], secret="whsec_old")
    delivery = emulator.webhooks.add_delivery("stripe", {"id": "evt_1"}, status="unmatched")
    async with AsyncTriggerClient(secret_key=emulator.secret_key, transport=emulator.async_transport) as client:
        assert [e.declared_id for e in await client.webhooks.endpoints.list()] == ["stripe"]
        rotated = await client.webhooks.endpoints.rotate_secret("stripe", previous_secret_ttl=60)
        assert rotated.previous_secret_expires_at == "2024-01-01T00:01:00.000Z"
        assert [d.id async for d in client.webhooks.deliveries.list(status="unmatched")] == [delivery]
        replayed = await client.webhooks.deliveries.replay(delivery)
        assert (await client.webhooks.deliveries.retrieve(replayed.delivery_id)).status == "succeeded"


def test_alert_webhook_verification_lives_beside_the_resource(client: TriggerClient) -> None:
    """``trigger_client.webhooks`` (alert signatures) and ``client.webhooks`` (hosted endpoints) do not clash."""
    assert callable(webhooks.construct_event)
    assert type(client.webhooks).__module__ == "trigger_client.resources.webhooks"
