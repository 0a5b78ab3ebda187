"""``POST /api/v1/auth/public-tokens``: public tokens minted by the server, as additional API keys need them.

Follows ``apps/webapp/app/services/publicTokens.server.ts``: API keys only (public JWTs are refused), at least one
scope, ``expirationTime`` a relative time span or Unix seconds (default ``15m``), in the future and at most 30 days
away; the token is HS256-signed with the environment's key, with ``otu``/``realtime`` claims when asked.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import jwt
from jwt.warnings import InsecureKeyLengthWarning

from ._http import ApiError, Request, Response, Router, json_response
from ._state import Store

MAX_LIFETIME_SECONDS = 30 * 24 * 60 * 60
_RELATIVE = re.compile(
    r"^(\+|-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)"
    r"(?: (ago|from now))?$",
    re.IGNORECASE,
)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365.25 * 86400}


def _expires_at(value: Any, now: int) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    match = _RELATIVE.match(value) if isinstance(value, str) else None
    if match is None or (match.group(4) and match.group(1)):
        return None
    seconds = round(float(match.group(2)) * _UNIT[match.group(3)[0].lower()])
    past = match.group(1) == "-" or (match.group(4) or "").lower() == "ago"
    return now - seconds if past else now + seconds


class PublicTokenRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/auth/public-tokens", self.mint)

    def mint(self, req: Request) -> Response:
        body = req.json_object()
        scopes = body.get("scopes")
        if not isinstance(scopes, list) or not scopes or not all(isinstance(s, str) for s in scopes):
            raise ApiError(
                400,
                "Invalid request body",
                issues=[{"path": ["scopes"], "message": "Array must contain at least 1 element(s)"}],
            )
        now = int(self.store.now())
        expires_at = _expires_at(body.get("expirationTime", "15m"), now)
        if expires_at is None:
            raise ApiError(400, "Invalid expiration time")
        if expires_at <= now:
            raise ApiError(400, "Expiration time must be in the future")
        if expires_at - now > MAX_LIFETIME_SECONDS:
            raise ApiError(400, "Expiration time cannot exceed 30 days")
        claims: dict[str, Any] = {"sub": req.env_.id, "pub": True, "scopes": scopes}
        if body.get("oneTimeUse"):
            claims["otu"] = True
        if isinstance(body.get("realtime"), dict):
            claims["realtime"] = body["realtime"]
        claims |= {"iss": "https://id.trigger.dev", "aud": "https://api.trigger.dev", "iat": now, "exp": expires_at}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", InsecureKeyLengthWarning)
            token = jwt.encode(claims, req.env_.api_key, algorithm="HS256")
        return json_response({"token": token})
