"""Alert webhooks: signatures and events checked against vectors from the official SDK (tests/vectors/webhooks.json,
made by make_webhook_vectors.mjs: signed as the webapp signs, judged by the SDK's webhooks.constructEvent)."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from trigger_client import TriggerError
from trigger_client import webhooks as wh

VECTORS: list[dict[str, Any]] = json.loads((Path(__file__).parent / "vectors" / "webhooks.json").read_text())["cases"]
CREATED = datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)


def case(name: str) -> dict[str, Any]:
    return next(c for c in VECTORS if c["name"] == name)


@pytest.mark.parametrize("vector", VECTORS, ids=lambda c: c["name"])
def test_construct_event_agrees_with_the_sdk(vector: dict[str, Any]) -> None:
    headers = {"Content-Type": "application/json", "X-Trigger-Signature-HmacSHA256": vector["signature"]}
    sdk = vector["sdk"]
    if sdk["ok"]:
        event = wh.construct_event(vector["body"].encode(), headers, vector["secret"])
        assert event.type == sdk["type"]
        assert event.created == CREATED and event.webhook_version == "v1"
    else:
        expected = wh.WebhookSignatureError if sdk["error"] == "Invalid signature" else wh.WebhookPayloadError
        with pytest.raises(expected) as info:
            wh.construct_event(vector["body"], headers, vector["secret"])
        assert isinstance(info.value, TriggerError)
        assert vector["secret"] not in str(info.value)


def test_signatures_match_the_webapps() -> None:
    for vector in VECTORS[:4]:
        assert wh.sign(vector["body"], vector["secret"]) == vector["signature"]
        expected = hmac.new(vector["secret"].encode(), vector["body"].encode(), hashlib.sha256).hexdigest()
        assert vector["signature"] == expected


def test_run_failed_event_is_typed() -> None:
    vector = case("run_failed")
    event = wh.construct_event(
        vector["body"], [("x-trigger-signature-hmacsha256", vector["signature"])], vector["secret"]
    )
    assert isinstance(event, wh.RunFailedEvent)
    run, task = event.object.run, event.object.task
    assert (run.id, run.number, run.status, run.tags, run.machine) == ("run_1", 42, "FAILED", ["user_42"], "small-1x")
    assert run.created_at == CREATED and run.idempotency_key == "k" and run.is_out_of_memory_error is False
    assert run.error["message"] == "SMTP refused — 550"
    assert (task.id, task.export_name, task.sdk_version) == ("send-email", "sendEmail", "4.8.3")
    assert event.object.environment == wh.Environment("env_1", "PRODUCTION", "prod", None)
    assert event.object.organization.name == "Acme Ünited"
    assert event.object.project.ref == "proj_abcdefghijklmnopqrst"


def test_deployment_events_are_typed() -> None:
    ok = case("deployment_success")
    success = wh.construct_event(ok["body"], {wh.SIGNATURE_HEADER: ok["signature"]}, ok["secret"])
    assert isinstance(success, wh.DeploymentSucceededEvent)
    assert success.object.deployment == wh.Deployment("deployment_1", "DEPLOYED", "20250101.1", "abc12", CREATED, None)
    assert [t.id for t in success.object.tasks] == ["send-email"]
    assert success.object.environment.branch_name == "feature-x"
    assert success.object.git is not None and success.object.git["commitSha"] == "0123abcd"

    bad = case("deployment_failed")
    failed = wh.construct_event(bad["body"], {wh.SIGNATURE_HEADER: bad["signature"]}, bad["secret"])
    assert isinstance(failed, wh.DeploymentFailedEvent)
    assert failed.object.deployment.failed_at == CREATED and failed.object.deployment.deployed_at is None
    assert failed.object.error == wh.DeployError("BuildError", "tsc failed", None, "error TS2304")
    # Both carry what every deployment alert carries.
    assert isinstance(success.object, wh.DeploymentAlert) and isinstance(failed.object, wh.DeploymentAlert)
    assert (failed.object.project, failed.object.organization) == (success.object.project, success.object.organization)


def test_error_group_event_is_typed() -> None:
    vector = case("error_group")
    event = wh.construct_event(vector["body"], {wh.SIGNATURE_HEADER: vector["signature"]}, vector["secret"])
    assert isinstance(event, wh.ErrorGroupEvent)
    group = event.object
    assert (group.classification, group.environment_name, group.dashboard_url) == (
        "regression",
        "prod",
        "https://cloud.trigger.dev/errors/fp_1",
    )
    assert (group.error.fingerprint, group.error.occurrence_count, group.error.last_seen) == ("fp_1", 17, CREATED)


@pytest.mark.parametrize(
    ("headers", "secret", "error", "message"),
    [
        ({}, "s", wh.WebhookSignatureError, "no x-trigger-signature-hmacsha256 header"),
        ({"x-trigger-signature-hmacsha256": "zz"}, "", wh.WebhookSignatureError, "secret is empty"),
        (
            [("x-trigger-signature-hmacsha256", "a"), ("X-Trigger-Signature-HmacSHA256", "b")],
            "s",
            wh.WebhookSignatureError,
            "sent 2 times",
        ),
        ({"x-trigger-signature-hmacsha256": "é" * 64}, "s", wh.WebhookSignatureError, "invalid signature"),
    ],
)
def test_bad_requests_raise_typed_errors(headers: Any, secret: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        wh.construct_event(b"{}", headers, secret)


def test_signed_but_malformed_bodies_name_the_field() -> None:
    body = json.dumps({"id": "a", "created": "nope", "webhookVersion": "v1", "type": "alert.error", "object": {}})
    with pytest.raises(wh.WebhookPayloadError, match=r"event.created: 'nope' is not a date"):
        wh.construct_event(body, {wh.SIGNATURE_HEADER: wh.sign(body, "s")}, "s")
    missing = json.loads(case("missing_fields")["body"])
    body = json.dumps(missing)
    with pytest.raises(wh.WebhookPayloadError, match=r"event.object.run.tags: expected an array, got null"):
        wh.construct_event(body, {wh.SIGNATURE_HEADER: wh.sign(body, "s")}, "s")
