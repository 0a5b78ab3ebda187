"""Resolving the client's settings from arguments and environment variables, without ever showing a secret."""

from __future__ import annotations

import enum
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from trigger_client._exceptions import ConfigurationError

DEFAULT_API_URL = "https://api.trigger.dev"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 4  # five attempts in all, like the SDK (docs/wire.md#retry-defaults)

_SECRET_KEY_PREFIXES = ("tr_dev_", "tr_stg_", "tr_prod_", "tr_preview_")
_PAT_PREFIX = "tr_pat_"
_JWT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


class Unchanged(enum.Enum):
    """The default of ``with_options`` arguments for which None is a meaningful value: keep the current one."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


def check_text(value: object, argument: str, expected: str) -> None:
    """Refuse a non-string setting before it reaches string code; the value is never shown (it may be a secret).

    Example::

        check_text(12345, "secret_key=", "your project's secret key, tr_dev_…")  # ConfigurationError
    """
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{argument} must be a str ({expected}), got {type(value).__name__}")


class CredentialKind(enum.Enum):
    """What a bearer token is, which decides the endpoints it may call."""

    SECRET_KEY = "secret key"
    PERSONAL_ACCESS_TOKEN = "personal access token"
    PUBLIC_TOKEN = "public access token"


# RFC 6750's token68 characters: everything a key, a PAT or a JWT is made of. Anything else (spaces, control
# characters, non-ASCII) cannot go into an Authorization header.
_TOKEN_CHARACTERS = re.compile(r"[A-Za-z0-9._~+/=\-]+")


def mask(secret: str) -> str:
    """A recognisable but harmless form of a secret: its kind prefix and length only.

    Example::

        >>> mask("tr_dev_abcdefghijklmnop")
        'tr_dev_***(23 chars)'
    """
    prefix = next((p for p in (*_SECRET_KEY_PREFIXES, _PAT_PREFIX) if secret.startswith(p)), "")
    return f"{prefix}***({len(secret)} chars)"


def classify(token: str, *, source: str) -> CredentialKind:
    """The kind of ``token``; ``source`` names where it came from for the error message."""
    if token.startswith(_SECRET_KEY_PREFIXES):
        return CredentialKind.SECRET_KEY
    if token.startswith(_PAT_PREFIX):
        return CredentialKind.PERSONAL_ACCESS_TOKEN
    if _JWT.match(token):
        return CredentialKind.PUBLIC_TOKEN
    raise ConfigurationError(
        f"{source} is not a Trigger.dev credential ({mask(token)}): expected a secret key starting with "
        f"{', '.join(_SECRET_KEY_PREFIXES)} (API keys page of your project), a personal access token starting "
        f"with {_PAT_PREFIX} (account settings) or a public access token (a JWT)"
    )


@dataclass(frozen=True)
class Credential:
    """A bearer token and its kind. Its repr and str never show the token."""

    token: str = field(repr=False)
    kind: CredentialKind

    def __repr__(self) -> str:
        return f"Credential({self.kind.value}, {mask(self.token)})"

    __str__ = __repr__


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    return value if value else None


def resolve_credential(
    *, secret_key: str | None, access_token: str | None, environ: Mapping[str, str] | None = None
) -> Credential:
    """Pick the token: explicit arguments first, then ``TRIGGER_SECRET_KEY``, then ``TRIGGER_ACCESS_TOKEN``."""
    environ = os.environ if environ is None else environ
    check_text(secret_key, "secret_key=", "your project's secret key, tr_dev_… or tr_prod_…")
    check_text(access_token, "access_token=", "a personal access token tr_pat_… or a public JWT")
    if secret_key is not None and access_token is not None:
        raise ConfigurationError("pass either secret_key= or access_token=, not both")
    candidates = [
        ("secret_key=", secret_key),
        ("access_token=", access_token),
        ("TRIGGER_SECRET_KEY", None if secret_key or access_token else _env(environ, "TRIGGER_SECRET_KEY")),
        ("TRIGGER_ACCESS_TOKEN", None if secret_key or access_token else _env(environ, "TRIGGER_ACCESS_TOKEN")),
    ]
    for source, value in candidates:
        if value is None:
            continue
        token = value.strip()
        if not token:
            raise ConfigurationError(
                f"{source} is empty: pass your project's secret key (tr_dev_…, tr_prod_…) or set TRIGGER_SECRET_KEY"
            )
        if not _TOKEN_CHARACTERS.fullmatch(token):
            # The value itself never goes into the message (it may be a real key with a stray character).
            raise ConfigurationError(
                f"{source} holds characters a token cannot have ({mask(token)}): keys and tokens use only letters, "
                "digits and . _ ~ + / = -; copy it again from the dashboard"
            )
        kind = classify(token, source=source)
        if source in ("secret_key=", "TRIGGER_SECRET_KEY") and kind is not CredentialKind.SECRET_KEY:
            fix = "TRIGGER_ACCESS_TOKEN" if source.startswith("TRIGGER") else "access_token="
            raise ConfigurationError(f"{source} holds a {kind.value}, not a secret key: pass it as {fix} instead")
        if source in ("access_token=", "TRIGGER_ACCESS_TOKEN") and kind is CredentialKind.SECRET_KEY:
            fix = "TRIGGER_SECRET_KEY" if source.startswith("TRIGGER") else "secret_key="
            raise ConfigurationError(f"{source} holds a secret key: pass it as {fix} instead")
        return Credential(token, kind)
    raise ConfigurationError(
        "no Trigger.dev credential: pass secret_key='tr_dev_…' (or access_token='tr_pat_…'), or set "
        "TRIGGER_SECRET_KEY (or TRIGGER_ACCESS_TOKEN) in the environment"
    )


def resolve_api_url(api_url: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``api_url=`` or ``TRIGGER_API_URL`` or the cloud default, without a trailing slash."""
    environ = os.environ if environ is None else environ
    check_text(api_url, "api_url=", f"an http(s) URL such as {DEFAULT_API_URL}")
    url = api_url if api_url is not None else (_env(environ, "TRIGGER_API_URL") or DEFAULT_API_URL)
    source = "api_url=" if api_url is not None else "TRIGGER_API_URL"
    if not re.match(r"^https?://[^/\s]+", url):
        raise ConfigurationError(f"{source} must be an http(s) URL such as {DEFAULT_API_URL}, got {url!r}")
    try:
        httpx.URL(url)  # a bad port or a control character would otherwise fail inside httpx, untyped
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{source} is not a valid URL ({exc}); use one such as {DEFAULT_API_URL}") from None
    return url.rstrip("/")


def resolve_branch(preview_branch: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """``preview_branch=`` or ``TRIGGER_PREVIEW_BRANCH``; an empty string means no branch."""
    environ = os.environ if environ is None else environ
    check_text(preview_branch, "preview_branch=", "a git branch name")
    branch = preview_branch if preview_branch is not None else _env(environ, "TRIGGER_PREVIEW_BRANCH")
    if branch and (not isinstance(branch, str) or not branch.isprintable() or not branch.isascii()):
        source = "preview_branch=" if preview_branch is not None else "TRIGGER_PREVIEW_BRANCH"
        raise ConfigurationError(f"{source} must be a branch name of printable ASCII characters, got {branch!r}")
    return branch or None


def resolve_project_ref(project_ref: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """``project_ref=`` or ``TRIGGER_PROJECT_REF`` (what ``serve`` and the CLI print), or None.

    Example::

        resolve_project_ref(None, {"TRIGGER_PROJECT_REF": "proj_1234"})  # 'proj_1234'
    """
    environ = os.environ if environ is None else environ
    check_text(project_ref, "project_ref=", "your project's ref, proj_…")
    ref = project_ref if project_ref is not None else _env(environ, "TRIGGER_PROJECT_REF")
    return (ref or "").strip() or None


def check_deadline(deadline: float | None) -> float | None:
    """``deadline=``: None (no overall limit) or a positive, finite number of seconds."""
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not 0 < deadline < math.inf:
        raise ConfigurationError(f"deadline must be a positive number of seconds or None, got {deadline!r}")
    return float(deadline)


# The headers the client sets itself, each with what to do instead: one set by mistake in ``default_headers=`` or
# ``with_options(headers=...)`` would break authentication, deduplication or parsing, so it is refused.
_ID_FIX = "pass idempotency_key= to tasks.trigger/batch_trigger; the client sets the per-request key itself"
OWNED_HEADERS = {
    "authorization": "pass secret_key= or access_token= (or set TRIGGER_SECRET_KEY / TRIGGER_ACCESS_TOKEN)",
    "x-trigger-request-idempotency-key": _ID_FIX,
    "idempotency-key": _ID_FIX,
    "x-trigger-api-version": "the client speaks the API version its models are built for; it cannot be changed",
    "x-trigger-branch": "pass preview_branch= (or set TRIGGER_PREVIEW_BRANCH)",
    "x-trigger-source": "the client identifies itself as the SDK does; it cannot be changed",
    "x-trigger-realtime-streams-version": "the client reads v2 realtime streams only; it cannot be changed",
    "x-trigger-electric-version": "the realtime protocol's version is set by the client; it cannot be changed",
    "last-event-id": "stream resumption is handled by the client; it cannot be set",
    "timeout-seconds": "stream timeouts are set by the client; it cannot be set",
    "content-type": "the client sets each request body's content type; it cannot be set",
    "content-length": "the client frames each request body; it cannot be set",
    "transfer-encoding": "the client frames each request body; it cannot be set",
    "host": "set api_url= (or TRIGGER_API_URL) instead",
}
# RFC 9110 token characters: what a field name may contain.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def check_headers(headers: object, argument: str) -> dict[str, str]:
    """Extra headers for every request, with lower-case names; refuses those the client owns, naming the fix.

    Values are never quoted in errors (a gateway header may hold a secret).

    Example::

        check_headers({"X-Gateway-Tenant": "acme"}, "default_headers=")  # {'x-gateway-tenant': 'acme'}
        check_headers({"Authorization": "Bearer …"}, "default_headers=")  # ConfigurationError
    """
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        kind = type(headers).__name__
        raise ConfigurationError(f"{argument} must be a mapping of header names to values, got {kind}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ConfigurationError(f"{argument} has an invalid header name {name!r}: use letters, digits and - only")
        key = name.lower()
        fix = OWNED_HEADERS.get(key)
        if fix is not None:
            raise ConfigurationError(f"{argument} cannot set {name!r}: the client sets this header itself; {fix}")
        if not isinstance(value, str):
            raise ConfigurationError(f"{argument} header {name!r} must have a str value, got {type(value).__name__}")
        if not value.isprintable() or not value.isascii():
            raise ConfigurationError(
                f"{argument} header {name!r} has a value a header cannot carry: use printable ASCII, "
                "without line breaks"
            )
        checked[key] = value
    return checked
