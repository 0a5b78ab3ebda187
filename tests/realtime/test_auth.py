"""Public access tokens: SDK-identical signing, and what a public-token client may and may not do."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jwt
import pytest
from jwt.utils import base64url_decode

from trigger_client import AsyncTriggerClient, ConfigurationError, TriggerClient, ValidationError

from .conftest import maybe

SECRET = "tr_dev_9f8e7d6c5b4a3210fedcba98"
BASE = "https://api.trigger.dev"


def parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    header, payload, _ = token.split(".")
    return json.loads(base64url_decode(header)), json.loads(base64url_decode(payload))


def claims_client(mode: str, seen: list[httpx.Request], **kwargs: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"sub": "env_123", "pub": True})

    cls = TriggerClient if mode == "sync" else AsyncTriggerClient
    kwargs.setdefault("secret_key", SECRET)
    return cls(api_url=BASE, transport=httpx.MockTransport(handler), **kwargs)


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
async def test_public_token_matches_the_sdk(mode: str) -> None:
    seen: list[httpx.Request] = []
    client = claims_client(mode, seen)
    scopes = {"read": {"runs": ["run_1", "run_2"], "tags": "t"}, "write": {"waitpoints": ["waitpoint_1"]}}
    token = await maybe(client.auth.create_public_token(scopes=scopes, expires_in="1h"))
    await maybe(client.close())
    header, payload = parts(token)
    assert header == {"alg": "HS256"}
    assert list(payload) == ["sub", "pub", "scopes", "iss", "aud", "exp", "iat"]
    assert payload["scopes"] == ["read:runs:run_1", "read:runs:run_2", "read:tags:t", "write:waitpoints:waitpoint_1"]
    assert payload["sub"] == "env_123" and payload["pub"] is True and payload["exp"] - payload["iat"] == 3600
    verified = jwt.decode(token, SECRET, algorithms=["HS256"], audience="https://api.trigger.dev")
    assert verified["iss"] == "https://id.trigger.dev"
    assert [(r.method, r.url.path, r.content) for r in seen] == [("POST", "/api/v1/auth/jwt/claims", b"")]


async def test_trigger_token_claim_order(mode: str) -> None:
    client = claims_client(mode, [])
    token = await maybe(client.auth.create_trigger_token(["a", "b"], realtime={"skipColumns": ["payload"]}))
    await maybe(client.close())
    _, payload = parts(token)
    assert list(payload)[:5] == ["sub", "pub", "otu", "realtime", "scopes"]
    assert payload["otu"] is True and payload["scopes"] == ["trigger:tasks:a", "trigger:tasks:b"]
    assert payload["exp"] - payload["iat"] == 900  # the SDK's default 15 minutes


async def test_trigger_token_tasks_are_checked_before_the_claims_request(mode: str) -> None:
    seen: list[httpx.Request] = []
    client = claims_client(mode, seen)
    with pytest.raises(ValidationError, match=r"tasks\[1\]"):
        await maybe(client.auth.create_trigger_token(["a", 7]))  # type: ignore[list-item]
    await maybe(client.close())
    assert seen == []


async def test_public_token_client_refuses_management_calls_before_sending(mode: str) -> None:
    seen: list[httpx.Request] = []
    signer = claims_client(mode, [])
    token = await maybe(signer.auth.create_public_token(scopes={"read": {"runs": True}}))
    await maybe(signer.close())
    public = claims_client(mode, seen, secret_key=None, access_token=token)
    assert public.credential_kind == "public access token"
    with pytest.raises(ConfigurationError, match="public access token"):
        await maybe(public.runs.retrieve("run_1"))
    with pytest.raises(ConfigurationError, match="public access token"):
        await maybe(public.auth.create_public_token(scopes={"read": {"runs": True}}))
    public.runs.subscribe("run_1")  # accepted: realtime takes public tokens
    await maybe(public.close())
    assert seen == []


def test_personal_access_token_cannot_subscribe() -> None:
    client = TriggerClient(access_token="tr_pat_0123456789abcdef0123456789abcdef", api_url=BASE)
    with pytest.raises(ConfigurationError, match="secret key or a public access token"):
        client.runs.subscribe("run_1")
    client.close()
