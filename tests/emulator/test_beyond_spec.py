"""The endpoints beyond the OpenAPI document, end to end: client method → emulator route (answers as the webapp's)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import jwt
import pytest

from tests.emulator.conftest import client_for
from trigger_client import BadRequestError, NotFoundError, TriggerClient, ValidationError
from trigger_client._tokens import decode_public_token_scopes
from trigger_client.testing import TriggerEmulator

ADDITIONAL_KEY = "tr_dev_sk_" + "Zq8w" * 6


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(seed=5, validate=True) as emu:
        emu.unregistered = "queue"
        yield emu
    assert not [m for m in emu.validation_errors if m.kind == "request"]


@pytest.fixture
def client(emulator: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as c:
        yield c


def test_idempotency_key_reset_lets_the_key_trigger_again(client: TriggerClient) -> None:
    first = client.tasks.trigger("t", 1, idempotency_key=["welcome", "user_42"], idempotency_key_scope="global")
    cached = client.tasks.trigger("t", 2, idempotency_key=["welcome", "user_42"])
    assert cached.id == first.id and cached.is_cached
    hashed = client.idempotency_keys.reset("t", ["welcome", "user_42"])
    fresh = client.tasks.trigger("t", 3, idempotency_key=["welcome", "user_42"])
    assert fresh.id != first.id and not fresh.is_cached
    assert not client.runs.retrieve(first.id).idempotency_key  # cleared (absent) on the old run
    with pytest.raises(NotFoundError, match=f"No runs found with idempotency key: {hashed} and task: other"):
        client.idempotency_keys.reset("other", ["welcome", "user_42"])


def test_current_deployment_follows_promotion(client: TriggerClient, emulator: TriggerEmulator) -> None:
    assert client.deployments.current().version == "20250101.1"
    emulator.add_deployment("20250102.1")  # deployed, not promoted: still the old one
    assert client.deployments.current().version == "20250101.1"
    assert client.deployments.latest().version == "20250102.1"
    client.deployments.promote("20250102.1")
    current = client.deployments.current()
    assert (current.version, str(current.status)) == ("20250102.1", "DEPLOYED")
    # Going back to the older version is a rollback: refused unless asked for (changeCurrentDeployment.server.ts).
    with pytest.raises(
        BadRequestError, match=r"^400 Cannot promote a deployment that is older than the current deployment"
    ):
        client.deployments.promote("20250101.1")
    assert client.deployments.promote("20250101.1", allow_rollbacks=True).version == "20250101.1"
    assert client.deployments.current().version == "20250101.1"


def test_batch_retrieve_reports_processing_errors(client: TriggerClient, emulator: TriggerEmulator) -> None:
    """An item the server accepts in the stream but cannot turn into a run is reported by index."""
    emulator.settings.max_payload_bytes = 100
    result = client.tasks.batch_trigger_by_task([{"task": "t", "payload": 1}, {"task": "t", "payload": "x" * 200}])
    assert result.ok  # both were accepted into the batch
    batch = client.batches.retrieve(result.batch_ids[0])
    assert batch.run_count == 2 and len(batch.runs) == 1
    assert [(e.index, e.task_identifier) for e in batch.processing.errors] == [(1, "t")]
    assert "Payload is too large" in batch.processing.errors[0].error


@pytest.mark.filterwarnings(
    "ignore::jwt.warnings.InsecureKeyLengthWarning"
)  # the emulator's keys are 27 bytes, like real ones
def test_additional_keys_get_tokens_from_the_server(emulator: TriggerEmulator) -> None:
    env = emulator.default_project.environments["dev"]
    with emulator.store.lock:
        emulator.store.keys[ADDITIONAL_KEY] = env
    with TriggerClient(secret_key=ADDITIONAL_KEY, transport=emulator.transport) as extra:
        token = extra.auth.create_public_token(scopes={"read": {"runs": ["run_1"]}}, expires_in="1h")
        trigger = extra.auth.create_trigger_token("t", expires_in="10m")
        with pytest.raises(ValidationError, match="needs at least one scope"):
            extra.auth.create_public_token()
    claims = jwt.decode(token, env.api_key, algorithms=["HS256"], audience="https://api.trigger.dev")
    assert (claims["sub"], claims["pub"], claims["exp"] - claims["iat"]) == (env.id, True, 3600)
    assert decode_public_token_scopes(token) == ["read:runs:run_1"]
    assert jwt.decode(trigger, options={"verify_signature": False})["otu"] is True


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"scopes": []}, "Invalid request body"),
        ({"scopes": ["read:runs"], "expirationTime": "soon"}, "Invalid expiration time"),
        ({"scopes": ["read:runs"], "expirationTime": "5m ago"}, "Expiration time must be in the future"),
        ({"scopes": ["read:runs"], "expirationTime": "31d"}, "Expiration time cannot exceed 30 days"),
    ],
)
def test_public_token_route_limits(emulator: TriggerEmulator, body: dict[str, object], error: str) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        answer = http.post("/api/v1/auth/public-tokens", json=body)
    assert (answer.status_code, answer.json()["error"]) == (400, error)


def test_public_token_route_refuses_public_tokens(emulator: TriggerEmulator, client: TriggerClient) -> None:
    token = client.auth.create_public_token(scopes={"read": {"runs": True}})
    with client_for(emulator, token) as http:
        assert http.post("/api/v1/auth/public-tokens", json={"scopes": ["read:runs"]}).status_code == 401


def test_env_var_import_takes_parent_variables(client: TriggerClient, emulator: TriggerEmulator) -> None:
    ref = emulator.default_project.ref
    client.envvars.import_(ref, "dev", {"A": "1"}, parent_variables={"P": "2"}, is_secret=True)
    assert [(e.name, e.is_secret) for e in client.envvars.list(ref, "dev")] == [("A", True)]


def test_query_window_reaches_the_emulator_in_the_sdk_form(client: TriggerClient) -> None:
    since = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    result = client.query.execute("SELECT run_id FROM runs", from_=since, to=since + dt.timedelta(days=1))
    assert str(result.format_) == "json"
