"""What a resource method hands the client to run: an :class:`Operation` (the generated request, its parser, the
credentials it takes and the settings of its call), built by :func:`call`, and the raw-response capture.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from trigger_client._exceptions import TriggerError

if TYPE_CHECKING:
    from trigger_api.types import ApiRequest

T = TypeVar("T")
R = TypeVar("R")


class Auth(enum.Enum):
    """The credentials an operation accepts (docs/wire.md#pat-or-secret-key)."""

    SECRET_KEY = "a secret key (tr_dev_…, tr_prod_…)"
    PERSONAL_ACCESS_TOKEN = "a personal access token (tr_pat_…)"
    PROJECT = "a secret key or a personal access token"
    PUBLIC = "a secret key or a public access token"
    NONE = "no credential"


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One call: a generated endpoint's request, the credential it needs, and how to shape its parsed result.

    Built with :func:`call` from an endpoint's typed ``build()``, so ``T`` is the documented success model.
    """

    name: str
    prepare: Callable[[], dict[str, Any]]
    parse: Callable[[httpx.Response], Any]
    auth: Auth = Auth.SECRET_KEY
    convert: Callable[[Any], T] = field(default=_identity)
    # Values the call sends that no error message may quote (env var values), and whether response bodies
    # may hold such values (then they are never quoted at all).
    secrets: tuple[str, ...] = field(default=(), repr=False)
    sensitive: bool = False
    # Who answered, when it is not the API (e.g. the object store): prefixed to the message of a status error.
    context: str = ""
    # The path with its parameters unfilled (``/api/v3/runs/{run_id}``), for tracing; empty when there is none.
    template: str = ""
    # Whether ``parse`` checks the types of what it returns itself (listings: trigger_client._fastread), so the
    # separate check of every field is not run again.
    checked: bool = False

    def then(self, convert: Callable[[T], R]) -> Operation[R]:
        """The same call with a further conversion of its result."""
        first = self.convert
        return Operation(
            self.name,
            self.prepare,
            self.parse,
            self.auth,
            lambda parsed: convert(first(parsed)),
            self.secrets,
            self.sensitive,
            self.context,
            self.template,
            self.checked,
        )


def confidential(op: Operation[T], secrets: Iterable[str] = ()) -> Operation[T]:
    """``op`` marked as carrying secret values: ``secrets`` are masked in its errors and its bodies never quoted.

    Example::

        from trigger_api.api.envvars import get_project_envvar_v1

        op = confidential(call(get_project_envvar_v1.build("proj_1234", "dev", "API_KEY")))
    """
    return replace(op, secrets=tuple(secret for secret in secrets if secret), sensitive=True)


def call(request: ApiRequest[T], auth: Auth = Auth.SECRET_KEY) -> Operation[T]:
    """The operation sending ``request`` (from a generated endpoint's typed ``build()``) with ``auth``.

    Example::

        from trigger_api.api.runs import retrieve_run_v1

        op = call(retrieve_run_v1.build(run_id="run_1234"))  # Operation[Run]
    """
    # Operation(request.name, request.prepare, request.parse, auth, template=request.template), filled in one step:
    # a frozen dataclass's __init__ sets each of its ten fields through object.__setattr__ (profiled: 1.9 µs, a
    # trigger builds one per call). tests/client/test_core.py holds the two to equal objects.
    op: Operation[T] = object.__new__(Operation)
    vars(op).update(
        _OPERATION_DEFAULTS,
        name=request.name,
        prepare=request.prepare,
        parse=request.parse,
        auth=auth,
        template=request.template,
    )
    return op


# The fields of Operation that have defaults, with them (see call).
_OPERATION_DEFAULTS = {f.name: f.default for f in fields(Operation) if f.default is not MISSING}


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from.

    Example::

        raw = client.with_raw_response.runs.retrieve("run_123")
        print(raw.status_code, raw.headers["x-ratelimit-remaining"], raw.parsed.status)
    """

    parsed: T
    status_code: int
    headers: httpx.Headers
    http_response: httpx.Response = field(repr=False)


class Capture:
    """Where a ``with_raw_response`` view of a client records the last response it received."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def wrap(self, parsed: T) -> RawResponse[T]:
        """``parsed`` with the last response of the call that produced it."""
        if self.response is None:  # every method offered raw makes a request; a new one that does not is a bug
            raise TriggerError("the call made no request, so it has no raw response")
        response = self.response
        return RawResponse(parsed, response.status_code, response.headers, response)
