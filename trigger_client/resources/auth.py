"""Public access tokens: short-lived JWTs for browsers and other untrusted code (docs/wire.md#public-access-tokens)."""

from __future__ import annotations

import math
from collections.abc import Generator, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from trigger_api.api.auth import create_jwt_claims_v1, create_public_token_v1
from trigger_api.models import CreatePublicTokenV1Body, CreatePublicTokenV1BodyRealtime
from trigger_client import _validate as v
from trigger_client._core import Core
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._steps import Step
from trigger_client._tokens import create_public_token, flatten_scopes, is_additional_key
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

ExpiresIn = str | int | datetime


def _claims() -> Operation[dict[str, Any]]:
    return call(create_jwt_claims_v1.build()).then(lambda parsed: parsed.to_dict())


def _minted_by_server(client: Core) -> bool:
    """Additional environment keys (``tr_<env>_sk_…``) cannot self-sign: the SDK asks the server
    (docs/wire.md#public-access-tokens)."""
    return is_additional_key(client._credential.token)


def _realtime(value: Any) -> CreatePublicTokenV1BodyRealtime:
    # services/publicTokens.server.ts RequestBodySchema: realtime holds skipColumns only (zod drops other keys).
    if not isinstance(value, Mapping) or value.keys() - {"skipColumns"}:
        raise ValidationError("realtime", f'takes only skipColumns, e.g. {{"skipColumns": ["payload"]}}, got {value!r}')
    # The caller's value as given, under the SDK's wire name.
    return CreatePublicTokenV1BodyRealtime(skip_columns=value.get("skipColumns"))


def _server_token(
    scopes: list[str], expires_in: ExpiresIn, realtime: Mapping[str, Any] | None, one_time_use: bool | None = None
) -> Operation[str]:
    # services/publicTokens.server.ts: at least one scope; expirationTime a time span or Unix seconds (≤ 30 days).
    if not scopes:
        raise ValidationError(
            "scopes",
            "an additional API key (tr_<env>_sk_…) mints tokens on the server, which needs at least one scope, "
            'e.g. scopes={"read": {"runs": ["run_1234"]}}',
        )
    expiration: int | str
    if isinstance(expires_in, datetime):
        aware = expires_in if expires_in.tzinfo else expires_in.replace(tzinfo=timezone.utc)
        expiration = math.floor(aware.timestamp())
    elif isinstance(expires_in, str | int) and not isinstance(expires_in, bool):
        expiration = expires_in
    else:
        raise ValidationError("expires_in", f"must be a time span, Unix seconds or a datetime, got {expires_in!r}")
    body = CreatePublicTokenV1Body(
        scopes=scopes,
        expiration_time=expiration,
        one_time_use=one_time_use,
        realtime=None if realtime is None else _realtime(realtime),
    )
    op = call(create_public_token_v1.build(body=body))
    return op.then(lambda parsed: parsed.token)


def _public(
    client: Core,
    claims: dict[str, Any],
    scopes: Mapping[str, Mapping[str, Any]] | None,
    expires_in: ExpiresIn,
    realtime: Mapping[str, Any] | None,
) -> str:
    return create_public_token(
        client._credential.token, scopes=scopes, expires_in=expires_in, claims=claims, realtime=realtime
    )


def _trigger(
    client: Core,
    claims: dict[str, Any],
    task_ids: list[str],
    action: str,
    multiple_use: bool,
    expires_in: ExpiresIn,
    realtime: Mapping[str, Any] | None,
) -> str:
    # The SDK's claim order: sub, pub, otu, realtime?, scopes — so the scopes go in as a ready claim.
    payload: dict[str, Any] = {**claims, "otu": not multiple_use}
    if realtime is not None:
        payload["realtime"] = dict(realtime)
    payload["scopes"] = [f"{action}:tasks:{task}" for task in task_ids]
    return create_public_token(client._credential.token, scopes=None, expires_in=expires_in, claims=payload)


def _public_token(
    client: Core,
    scopes: Mapping[str, Mapping[str, Any]] | None,
    expires_in: ExpiresIn,
    realtime: Mapping[str, Any] | None,
) -> Generator[Step, Any, str]:
    """``create_public_token``: minted by the server for an additional key, else signed here over its claims."""
    if _minted_by_server(client):
        token: str = yield _server_token(flatten_scopes(scopes or {}), expires_in, realtime)
        return token
    claims = yield _claims()
    return _public(client, claims, scopes, expires_in, realtime)


def _trigger_token(
    client: Core,
    tasks: str | Sequence[str],
    multiple_use: bool,
    batch: bool,
    expires_in: ExpiresIn,
    realtime: Mapping[str, Any] | None,
) -> Generator[Step, Any, str]:
    """``create_trigger_token``, the same two ways; the tasks are checked before any request."""
    action, task_ids = "batchTrigger" if batch else "trigger", v.string_list(tasks, "tasks")
    if _minted_by_server(client):
        scopes = flatten_scopes({action: {"tasks": task_ids}})
        token: str = yield _server_token(scopes, expires_in, realtime, one_time_use=not multiple_use)
        return token
    claims = yield _claims()
    return _trigger(client, claims, task_ids, action, multiple_use, expires_in, realtime)


class Auth(SyncResource):
    """Public access tokens: ``client.auth``."""

    def create_public_token(
        self,
        *,
        scopes: Mapping[str, Mapping[str, Any]] | None = None,
        expires_in: ExpiresIn = "15m",
        realtime: Mapping[str, Any] | None = None,
    ) -> str:
        """A public access token (JWT) limited to ``scopes``, e.g. for a browser to follow runs in realtime.

        Asks the server for the environment's claims, then signs locally with the secret key — the same token the
        SDK's ``auth.createPublicToken`` makes. ``scopes`` maps actions (``read``, ``write``, ``trigger``,
        ``batchTrigger``) to properties (``runs``, ``tags``, ``batch``, ``tasks``, ``waitpoints``…) and their ids,
        or ``True`` for all. ``expires_in``: a time span (``"15m"``, ``"1h"``, ``"2 days"``), Unix seconds or a
        datetime. ``realtime``: e.g. ``{"skipColumns": ["payload"]}``. With an additional API key
        (``tr_<env>_sk_…``), which cannot sign, the server mints the token (``POST /api/v1/auth/public-tokens``).

        Example::

            scopes = {"read": {"runs": [run_id], "tags": ["user_42"]}}
            token = client.auth.create_public_token(scopes=scopes, expires_in="1h")
            with TriggerClient(access_token=token) as public:
                for run in public.runs.subscribe(run_id):
                    print(run.status)
        """
        return self._drive(_public_token(self._client, scopes, expires_in, realtime))

    def create_trigger_token(
        self,
        tasks: str | Sequence[str],
        *,
        multiple_use: bool = False,
        batch: bool = False,
        expires_in: ExpiresIn = "15m",
        realtime: Mapping[str, Any] | None = None,
    ) -> str:
        """A public token that may trigger ``tasks`` (once, unless ``multiple_use``); ``batch=True`` allows
        batch-triggering them instead (the SDK's ``createBatchTriggerPublicToken``).

        Example::

            token = client.auth.create_trigger_token("send-email", expires_in="30m")
        """
        return self._drive(_trigger_token(self._client, tasks, multiple_use, batch, expires_in, realtime))


@docs_from(Auth)
class AsyncAuth(AsyncResource):
    async def create_public_token(
        self,
        *,
        scopes: Mapping[str, Mapping[str, Any]] | None = None,
        expires_in: ExpiresIn = "15m",
        realtime: Mapping[str, Any] | None = None,
    ) -> str:
        return await self._drive(_public_token(self._client, scopes, expires_in, realtime))

    async def create_trigger_token(
        self,
        tasks: str | Sequence[str],
        *,
        multiple_use: bool = False,
        batch: bool = False,
        expires_in: ExpiresIn = "15m",
        realtime: Mapping[str, Any] | None = None,
    ) -> str:
        return await self._drive(_trigger_token(self._client, tasks, multiple_use, batch, expires_in, realtime))
