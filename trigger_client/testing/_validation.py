"""Optional checking of requests and responses against the patched OpenAPI spec (openapi-core)."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trigger_client._optional import require

# The spec's server; openapi-core matches request URLs against it.
_SPEC_HOST = "https://api.trigger.dev"


@dataclass(frozen=True)
class SpecMismatch:
    """One place where traffic disagreed with ``generated/trigger_api/openapi.json``.

    Example:
        >>> emulator.validation_errors  # doctest: +SKIP
        [SpecMismatch(kind='response', method='GET', path='/api/v3/runs/run_1', status=200, message='...')]
    """

    kind: str
    method: str
    path: str
    status: int
    message: str


class SpecValidationError(AssertionError):
    """Raised (through the transport) when an emulator response breaks the spec."""


def require_validator() -> None:
    """Fail at once, in one line naming the extra, when validation is asked for without openapi-core."""
    for module in ("openapi_core", "werkzeug"):
        require(module, extra="emulator", feature="OpenAPI validation (validate=True, serve --validate)")


@lru_cache(maxsize=1)
def _openapi() -> Any:
    from openapi_core import OpenAPI  # optional extra "emulator", imported only when validating

    spec_text = (importlib.resources.files("trigger_api") / "openapi.json").read_text(encoding="utf-8")
    return OpenAPI.from_dict(json.loads(spec_text))


class _Request:
    def __init__(
        self, method: str, path: str, query: list[tuple[str, str]], headers: Mapping[str, str], body: bytes
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = _SPEC_HOST
        self.path = path
        self.method = method.lower()
        self.content_type = headers.get("content-type", "application/json").lower()
        # openapi-core checks a text body (the NDJSON batch stream, a `format: binary` string) as str.
        self.body = (body.decode("utf-8", "replace") if "ndjson" in self.content_type else body) or None
        self.parameters = RequestParameters(query=ImmutableMultiDict(query), header=Headers(dict(headers)), cookie={})


class _Response:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status
        self.headers = Headers(headers)
        self.content_type = self.headers.get("content-type", "application/json").lower()
        # A text answer (a report's markdown) is checked as a string schema, so as str.
        self.data: bytes | str = body.decode("utf-8", "replace") if self.content_type.startswith("text/") else body


def _describe(error: BaseException) -> str:
    details = [str(error)]
    cause = error.__cause__
    for schema_error in getattr(cause, "schema_errors", None) or []:
        path = "/".join(str(p) for p in getattr(schema_error, "path", []))
        details.append(f"{path or '<root>'}: {getattr(schema_error, 'message', schema_error)}")
    if cause is not None and not getattr(cause, "schema_errors", None):
        details.append(str(cause))
    return "; ".join(details)


def _undeclared(error: BaseException) -> bool:
    """Statuses or bodies the spec simply does not describe (e.g. 429, or a 404 without content)."""
    from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
    from openapi_core.templating.responses.exceptions import ResponseNotFound
    from openapi_core.validation.response.exceptions import DataValidationError

    if isinstance(error, ResponseNotFound):
        return True
    content_missing = "Content" in type(error.__cause__).__name__ if error.__cause__ else False
    return isinstance(error, MediaTypeNotFound) or (isinstance(error, DataValidationError) and content_missing)


def check(
    method: str,
    path: str,
    query: list[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    status: int,
    response_headers: list[tuple[str, str]],
    response_body: bytes,
) -> list[SpecMismatch]:
    """Mismatches of one exchange; request ones only matter when the emulator accepted the request."""
    openapi = _openapi()
    request = _Request(method, path, query, headers, body)
    found: list[SpecMismatch] = []
    if 200 <= status < 300:
        found += [
            SpecMismatch("request", method, path, status, _describe(err))
            for err in openapi.iter_request_errors(request)
            if type(err).__name__ != "SecurityValidationError"
        ]
    if status < 300:
        for err in openapi.iter_response_errors(request, _Response(status, response_headers, response_body)):
            if not _undeclared(err):
                found.append(SpecMismatch("response", method, path, status, _describe(err)))
    elif not _is_error_shape(response_body):
        # The spec enumerates sample error messages; only the ``{"error": str}`` shape is contractual.
        found.append(SpecMismatch("response", method, path, status, 'error body is not {"error": <string>}'))
    return found


def _is_error_shape(body: bytes) -> bool:
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("error"), str)
