"""Bearer-token authentication with the real API's rules and messages."""

from __future__ import annotations

import hashlib
import json
import warnings
from typing import Any

import jwt
from jwt.warnings import InsecureKeyLengthWarning

from ._http import ApiError, Request, Route
from ._state import SLUG_ALIASES, Environment, Store

INVALID_KEY = "Invalid or Missing API key"
WRONG_PROJECT = "Invalid project ref for this API key. Make sure you are using an API key associated with that project."
WRONG_ENV = (
    "Invalid environment slug for this API key. Make sure you are using an API key associated with that environment."
)


def bearer(req: Request) -> str | None:
    value = req.header("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def authenticate(store: Store, req: Request, route: Route) -> None:
    """Fill ``req.env``/``req.project`` for the route's auth kind or raise the server's error."""
    if route.auth == "none":
        return
    token = bearer(req)
    is_pat = token is not None and token in store.pats
    env = store.keys.get(token) if token else None
    if route.auth == "env":
        # A PAT is not an environment key, so env-scoped routes reject it as unknown.
        if env is None:
            raise ApiError(401, INVALID_KEY)
        req.env, req.project = env, env.project
        return
    if route.auth == "env_or_public":
        if env is None and token is not None:
            env, req.scopes = public_token(store, token)
        if env is None:
            raise ApiError(401, INVALID_KEY)
        req.env, req.project = env, env.project
        return
    if route.auth == "pat" and not is_pat:
        raise ApiError(401, "Invalid or Missing Personal Access Token")
    if not is_pat and env is None:
        raise ApiError(401, INVALID_KEY)
    req.is_pat = is_pat
    slug = SLUG_ALIASES.get(req.params.get("env", ""))
    if env is not None and route.auth != "pat":
        # services/apiAuth.server.ts authenticatedEnvironmentForAuthentication: a key only names its own project
        # and environment, checked before any lookup.
        if env.project.ref != req.params.get("projectRef"):
            raise ApiError(400, WRONG_PROJECT)
        if slug != env.slug:
            raise ApiError(400, WRONG_ENV)
    project = store.projects.get(req.params.get("projectRef", ""))
    if project is None:
        raise ApiError(404, "Project not found")
    req.project = project
    if route.auth == "pat":
        return
    if slug is None:
        raise ApiError(404, "Environment not found")
    req.env = project.environments[slug]


def public_token(store: Store, token: str) -> tuple[Environment | None, list[str] | None]:
    """The environment and scopes of a valid public JWT (HS256, signed with the environment's secret key)."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return None, None
    envs = [e for p in store.projects.values() for e in p.environments.values()]
    # Self-signed trigger tokens may lack "sub": then any environment whose key verifies the signature owns it.
    candidates = [e for e in envs if e.id == claims.get("sub")] if "sub" in claims else envs
    for env in candidates:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", InsecureKeyLengthWarning)
                # Expiry is checked against the emulator's clock (a ManualClock may be far from real time).
                verified = jwt.decode(
                    token,
                    env.api_key,
                    algorithms=["HS256"],
                    audience="https://api.trigger.dev",
                    options={"verify_exp": False},
                )
        except jwt.InvalidTokenError:
            continue
        exp = verified.get("exp")
        if isinstance(exp, (int, float)) and exp + 5 < store.now():
            raise ApiError(401, "Invalid Public Access Token")
        scopes = verified.get("scopes")
        return env, [s for s in scopes if isinstance(s, str)] if isinstance(scopes, list) else []
    raise ApiError(401, "Invalid Public Access Token")


def mint_public_token(env: Environment, scopes: list[str], now: float, ttl_seconds: int) -> str:
    """A server-style public JWT (HS256 signed with the environment's secret key)."""
    claims = {
        "sub": env.id,
        "pub": True,
        "scopes": scopes,
        "iss": "https://id.trigger.dev",
        "aud": "https://api.trigger.dev",
        "iat": int(now),
        "exp": int(now) + ttl_seconds,
    }
    with warnings.catch_warnings():
        # Real secret keys are 27 bytes; PyJWT's 32-byte recommendation does not apply to parity signing.
        warnings.simplefilter("ignore", InsecureKeyLengthWarning)
        return jwt.encode(claims, env.api_key, algorithm="HS256")


def jwt_headers(env: Environment, scopes: list[str], now: float, ttl_seconds: int) -> list[tuple[str, str]]:
    claims = json.dumps({"sub": env.id, "pub": True}, separators=(",", ":"))
    return [("x-trigger-jwt", mint_public_token(env, scopes, now, ttl_seconds)), ("x-trigger-jwt-claims", claims)]


# The webapp's 403 body when a public token's scopes do not cover the resource (routeBuilders/apiBuilder.server.ts).
FORBIDDEN: dict[str, Any] = {"code": "unauthorized", "param": "access_token", "type": "authorization"}


def scope_allows(scopes: list[str], action: str, kind: str, resource_id: str | None = None) -> bool:
    """Whether ``action`` on ``kind[:id]`` is granted, read as buildJwtAbility does (packages/plugins/src/rbac.ts):
    bare ``admin`` grants all, ``*`` any action, type ``all`` any resource, a scope without an id every id."""
    for scope in scopes:
        scope_action, _, rest = scope.partition(":")
        scope_kind, _, scope_id = rest.partition(":")
        if scope_action == "admin" and not scope_kind:
            return True
        if scope_action not in (action, "*"):
            continue
        if scope_kind == "all" or (scope_kind == kind and (not scope_id or scope_id == resource_id)):
            return True
    return False


def authorize(req: Request, action: str, kind: str, ids: list[str]) -> None:
    """403 unless a public token may ``action`` every one of ``ids`` (``everyResource``); secret keys pass."""
    if req.scopes is not None and not all(scope_allows(req.scopes, action, kind, i) for i in set(ids)):
        raise ApiError(403, "Unauthorized", **FORBIDDEN)


def authorize_any(req: Request, action: str, resources: list[tuple[str, str | None]]) -> None:
    """403 unless a public token may ``action`` one of ``resources`` (``anyResource``: ``(type, id)``, a None id
    being the whole type); secret keys pass."""
    if req.scopes is not None and not any(scope_allows(req.scopes, action, k, i) for k, i in resources):
        raise ApiError(403, "Unauthorized", **FORBIDDEN)


def one_time_use_key(req: Request) -> str | None:
    """The key recording a one-time-use public token (claim ``otu``), or None for any other credential
    (services/apiAuth.server.ts getOneTimeUseToken hashes the token)."""
    token = bearer(req)
    if req.scopes is None or token is None:
        return None
    claims = jwt.decode(token, options={"verify_signature": False})
    return hashlib.sha256(token.encode()).hexdigest() if claims.get("otu") else None


def unspent_token(req: Request, used: set[str], message: str) -> str | None:
    """The key of a one-time-use token not spent yet (the caller records it once the run exists), None for
    other credentials; 422 with ``message`` when it was spent before."""
    key = one_time_use_key(req)
    if key is not None and key in used:
        raise ApiError(422, message)
    return key
