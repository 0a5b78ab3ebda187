"""Transport-independent request/response types and the router of the emulator."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

if TYPE_CHECKING:
    from ._state import Environment, Project

AuthKind = Literal["env", "pat", "env_or_pat", "env_or_public", "none"]


class DroppedConnection(Exception):
    """Raised by ``TriggerEmulator.handle`` when a drop fault fires: the request was applied, the reply is lost."""


class ApiError(Exception):
    """An error response in the server's shape: ``{"error": message, ...extra}``."""

    def __init__(
        self, status: int, message: str, *, headers: list[tuple[str, str]] | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or []
        self.body: dict[str, Any] = {"error": message, **extra}


def not_found(*, retry: bool) -> ApiError:
    """The 404 of a loader route whose resource is missing: ``Not found`` with ``x-should-retry`` saying whether
    the SDK should retry (``shouldRetryNotFound``, webapp routeBuilders/apiBuilder.server.ts)."""
    return ApiError(404, "Not found", headers=[("x-should-retry", "true" if retry else "false")])


@dataclass
class Request:
    """One HTTP request as the emulator core sees it (path still percent-encoded)."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    env: Environment | None = None
    project: Project | None = None
    is_pat: bool = False
    # Scopes of a public access token; None for a secret key (everything in its environment).
    scopes: list[str] | None = None

    def arg(self, name: str) -> str | None:
        """Last value of a query parameter, like ``URLSearchParams.get``."""
        values = [v for k, v in self.query if k == name]
        return values[-1] if values else None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self, *, optional: bool = False) -> Any:
        """The body parsed as JSON; a 400 like the server's when it is not."""
        if not self.body.strip():
            if optional:
                return {}
            raise ApiError(400, "Invalid request body", issues=[{"message": "Body is required"}])
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(
                400, "Invalid JSON in request body", details=[{"code": "invalid_json", "message": str(exc)}]
            ) from None

    def json_object(self, *, optional: bool = False) -> dict[str, Any]:
        data = self.json(optional=optional)
        if not isinstance(data, dict):
            raise ApiError(400, "Invalid request body", issues=[{"message": "Expected an object"}])
        return data

    @property
    def env_(self) -> Environment:
        """The authenticated environment (only on env-scoped routes)."""
        assert self.env is not None, "route is not environment-scoped"
        return self.env


@dataclass
class Response:
    """A response before the limit headers are added."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)


def json_response(data: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(status, json.dumps(data, separators=(",", ":")).encode(), "application/json", headers or [])


def error_response(err: ApiError) -> Response:
    return json_response(err.body, err.status, err.headers)


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    auth: AuthKind
    in_spec: bool
    pattern: re.Pattern[str]
    # The route's maxContentLength (webapp routeBuilders/apiBuilder.server.ts: 413 "Request body too large").
    max_body: int | None = None


class Router:
    """Matches ``METHOD /path/{param}`` templates against the encoded request path.

    Each path segment is percent-decoded once after matching, so a queue name
    sent as ``my%252Fqueue`` reaches its handler as ``my%2Fqueue``.
    """

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        auth: AuthKind = "env",
        in_spec: bool = True,
        max_body: int | None = None,
    ) -> None:
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "/?$"
        self._routes.append(Route(method, template, handler, auth, in_spec, re.compile(regex), max_body))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """The route and decoded path parameters; raises 405 when only the method differs."""
        path_matched = False
        for route in self._routes:
            found = route.pattern.match(path)
            if not found:
                continue
            path_matched = True
            if route.method == method:
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        if path_matched:
            raise ApiError(405, "Method Not Allowed")
        return None
