"""Several Trigger.dev projects from one program: named profiles in a TOML file, and registries of clients.

A profile is a ``[profiles.NAME]`` table in ``config.toml`` (``TRIGGER_CONFIG``, else the user config
directory). :class:`Projects` / :class:`AsyncProjects` hold one client per project over one connection pool,
each with its own credentials, and run a function against every project concurrently.

Example::

    from trigger_client import Projects

    with Projects.from_profiles(["acme-prod", "beta-prod"]) as projects:
        failed = projects.map(lambda c: c.runs.list(status=["FAILED"], period="1d", limit=10))
        for name, result in failed.items():
            print(name, len(result.value) if result.ok else result.error)
"""

from __future__ import annotations

import asyncio
import difflib
import inspect
import json
import math
import os
import re
import sys
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

import httpx

from trigger_client._config import DEFAULT_API_URL, CredentialKind, classify, mask, resolve_api_url
from trigger_client._exceptions import ClientClosedError, ConfigurationError

if TYPE_CHECKING:
    from trigger_client._client import AsyncTriggerClient, TriggerClient
    from trigger_client._pagination import AsyncPaginator, SyncPaginator

__all__ = [
    "AsyncProjects",
    "Profile",
    "ProfileError",
    "ProjectResult",
    "Projects",
    "client_from_profile",
    "config_path",
    "load_profile",
    "load_profiles",
]

T = TypeVar("T")
C = TypeVar("C", bound="TriggerClient | AsyncTriggerClient")
PathArg = str | os.PathLike[str] | None

CONFIG_ENV = "TRIGGER_CONFIG"

_EXAMPLE = (
    "[profiles.acme-prod]\n"
    'api_url = "https://api.trigger.dev"\n'
    'secret_key_env = "ACME_PROD_TRIGGER_KEY"\n'
    'project_ref = "proj_abc"'
)

# key -> (expected TOML type, an example line for the error message)
_KEYS: dict[str, tuple[str, str]] = {
    "api_url": ("string", f'api_url = "{DEFAULT_API_URL}"'),
    "secret_key_env": ("string", 'secret_key_env = "ACME_PROD_TRIGGER_KEY"'),
    "secret_key": ("string", 'secret_key = "tr_prod_…"'),
    "access_token_env": ("string", 'access_token_env = "TRIGGER_ACCESS_TOKEN"'),
    "access_token": ("string", 'access_token = "tr_pat_…"'),
    "project_ref": ("string", 'project_ref = "proj_abc"'),
    "preview_branch": ("string", 'preview_branch = "feature-x"'),
    "timeout": ("number", "timeout = 30"),
    "max_retries": ("integer", "max_retries = 2"),
}
_SECRET_KEYS = ("secret_key", "access_token")
_CREDENTIAL_KEYS = ("secret_key", "secret_key_env", "access_token", "access_token_env")


# --------------------------------------------------------------------------- errors and locations


class ProfileError(ConfigurationError):
    """A profile cannot be read or used. The message starts with ``FILE:LINE:`` and says how to fix it.

    ``path``, ``line``, ``profile`` and ``key`` locate the problem (each may be ``None``).

    Example::

        try:
            client = TriggerClient.from_profile("acme-prod")
        except ProfileError as exc:
            print(exc.path, exc.line, exc.key)  # e.g. ~/.config/trigger/config.toml 4 secret_kye
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        line: int | None = None,
        profile: str | None = None,
        key: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.profile = profile
        self.key = key
        where = "" if path is None else (f"{path}:{line}: " if line else f"{path}: ")
        subject = ""
        if profile is not None:
            subject = f"[profiles.{_toml_key(profile)}]" + (f" {key}" if key else "") + ": "
        elif key is not None:
            subject = f"{key}: "
        super().__init__(f"{where}{subject}{message}")


def _toml_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name, ensure_ascii=False)


def _key_pattern(name: str) -> str:
    forms = [json.dumps(name, ensure_ascii=False), f"'{name}'"]
    if re.fullmatch(r"[A-Za-z0-9_-]+", name):
        forms.insert(0, name)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


class _Locator:
    """Line numbers (1-based) for semantic errors, found by scanning the text: tomllib does not keep them."""

    _ANY_HEADER = re.compile(r"^\s*\[")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def top_level(self, key: str) -> int | None:
        pattern = re.compile(rf"^\s*\[*\s*{_key_pattern(key)}\s*[.\]=]")
        return next((i + 1 for i, line in enumerate(self.lines) if pattern.match(line)), None)

    def profile(self, name: str, key: str | None = None) -> int | None:
        n = _key_pattern(name)
        header = re.compile(rf"^\s*\[\s*profiles\s*\.\s*{n}\s*\]")
        for i, line in enumerate(self.lines):
            if not header.match(line):
                continue
            if key is None:
                return i + 1
            key_line = re.compile(rf"^\s*{_key_pattern(key)}\s*=")
            for j in range(i + 1, len(self.lines)):
                if self._ANY_HEADER.match(self.lines[j]):
                    break
                if key_line.match(self.lines[j]):
                    return j + 1
            return i + 1
        # Dotted keys (profiles.acme.timeout = 3, or acme.timeout = 3 under [profiles]) and inline tables.
        start = re.compile(rf"^\s*(?:profiles\s*\.\s*)?{n}\s*[.=]")
        k = _key_pattern(key) if key else None
        dotted = re.compile(rf"^\s*(?:profiles\s*\.\s*)?{n}\s*\.\s*{k}\s*=") if k else None
        inline = re.compile(rf"[{{,]\s*{k}\s*=") if k else None
        fallback = None
        for i, line in enumerate(self.lines):
            if not start.match(line):
                continue
            if k is None or (dotted and dotted.match(line)) or (inline and inline.search(line)):
                return i + 1
            fallback = fallback or i + 1
        return fallback


def _toml_type(value: object) -> str:
    import datetime as dt

    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "table"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return "date/time"
    return type(value).__name__


def _closest(word: str, choices: list[str]) -> str:
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {match[0]!r}? " if match else ""


# --------------------------------------------------------------------------- the config file


def _user_config_dir(environ: Mapping[str, str], platform: str) -> Path:
    xdg = environ.get("XDG_CONFIG_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg)
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    if platform == "darwin":
        return home / "Library" / "Application Support"
    if platform == "win32":
        appdata = environ.get("APPDATA", "")
        return Path(appdata) if appdata else home / "AppData" / "Roaming"
    return home / ".config"


def config_path(environ: Mapping[str, str] | None = None, *, platform: str | None = None) -> Path:
    """Where profiles are read from: ``$TRIGGER_CONFIG``, else ``trigger/config.toml`` in the user config dir.

    The user config dir is ``$XDG_CONFIG_HOME`` when set, else ``~/.config`` on Linux,
    ``~/Library/Application Support`` on macOS and ``%APPDATA%`` on Windows.

    Example::

        >>> config_path({"TRIGGER_CONFIG": "/etc/trigger.toml"})
        PosixPath('/etc/trigger.toml')
    """
    environ = os.environ if environ is None else environ
    explicit = environ.get(CONFIG_ENV, "")
    if explicit:
        return Path(explicit).expanduser()
    return _user_config_dir(environ, platform or sys.platform) / "trigger" / "config.toml"


def _resolve_path(path: PathArg) -> tuple[Path, str]:
    if path is not None:
        return Path(path).expanduser(), "path="
    if os.environ.get(CONFIG_ENV):
        return config_path(), CONFIG_ENV
    return config_path(), "default"


def _missing_file(path: Path, source: str) -> ProfileError:
    how = {
        "path=": "the path= you passed",
        CONFIG_ENV: f"${CONFIG_ENV}",
        "default": f"the default location; set {CONFIG_ENV} to use another file",
    }[source]
    return ProfileError(
        f"no Trigger.dev config file here ({how}): create it with one table per project, e.g.\n\n{_EXAMPLE}",
        path=path,
    )


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        try:
            import tomli as tomllib
        except ImportError:
            raise ProfileError(
                "reading profiles needs a TOML parser: Python 3.11+ has tomllib built in; on Python 3.10 "
                "trigger-client depends on tomli, which is missing here: `pip install tomli`",
                path=path,
            ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        lines = text.splitlines()
        if found:
            line, column = int(found.group(1)), int(found.group(2))
            message = message[: found.start()]
        else:
            line, column = max(len(lines), 1), None
            message = re.sub(r"\s*\(at end of document\)$", "", message) + " (at end of file)"
        shown = ""
        if 0 < line <= len(lines):
            caret = f"\n    {' ' * (column - 1)}^" if column else ""
            shown = f"\n    {lines[line - 1]}{caret}"
        where = f"column {column}: " if column else ""
        raise ProfileError(
            f"TOML syntax error: {where}{message}{shown}\nfix the line (strings need quotes: "
            f'secret_key_env = "NAME"; see https://toml.io)',
            path=path,
            line=line,
        ) from None


def _read(path: PathArg, *, required: bool) -> tuple[Path, str, dict[str, Profile] | None]:
    resolved, source = _resolve_path(path)
    try:
        text = resolved.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required or source != "default":
            raise _missing_file(resolved, source) from None
        return resolved, source, None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"cannot read the config file: {exc}", path=resolved) from None
    return resolved, source, _parse(text, resolved)


def _parse(text: str, path: Path) -> dict[str, Profile]:
    data = _parse_toml(text, path)
    where = _Locator(text)
    for key in data:
        if key != "profiles":
            raise ProfileError(
                f"unknown top-level key; {_closest(key, ['profiles'])}profiles go in [profiles.NAME] tables, e.g."
                f"\n\n{_EXAMPLE}",
                path=path,
                line=where.top_level(key),
                key=key,
            )
    tables = data.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(
            f"must be a table of profiles, got {_toml_type(tables)}: write [profiles.NAME] tables, e.g.\n\n{_EXAMPLE}",
            path=path,
            line=where.top_level("profiles"),
            key="profiles",
        )
    return {name: _profile(name, table, path, where) for name, table in tables.items()}


def _profile(name: str, table: object, path: Path, where: _Locator) -> Profile:
    def error(message: str, key: str | None = None) -> ProfileError:
        return ProfileError(message, path=path, line=where.profile(name, key), profile=name, key=key)

    if not isinstance(table, dict):
        raise error(f"must be a table, got {_toml_type(table)}: write it as\n\n[profiles.{_toml_key(name)}]\n...")
    for key, value in table.items():
        if key not in _KEYS:
            raise error(f"unknown key; {_closest(key, list(_KEYS))}allowed keys: {', '.join(_KEYS)}", key)
        expected, example = _KEYS[key]
        ok = {
            "string": isinstance(value, str),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        }[expected]
        if not ok:
            shown = "" if key in _SECRET_KEYS else f" {value!r}"[:60]
            raise error(f"must be a {expected}, got {_toml_type(value)}{shown}: write it like {example}", key)

    present = [k for k in _CREDENTIAL_KEYS if k in table]
    if not present:
        raise error(
            'no credential: add secret_key_env = "ACME_PROD_TRIGGER_KEY" (an environment variable holding the '
            "project's secret key, from its API keys page), or access_token_env for a personal access token; a "
            "profile never falls back to TRIGGER_SECRET_KEY"
        )
    if len(present) > 1:
        kinds = {k.removesuffix("_env") for k in present}
        if len(kinds) > 1:
            fix = "keep secret_key (project API key) or access_token (personal access token), not both"
        else:
            only = kinds.pop()
            fix = f"keep either {only} or {only}_env (preferred: the key stays out of the file)"
        raise error(f"has both {present[0]} and {present[1]}: {fix}", present[1])
    credential = present[0]
    value = table[credential]
    if credential.endswith("_env"):
        if not value.strip() or "=" in value:
            raise error(
                f"must name an environment variable, got {value!r}: write it like {_KEYS[credential][1]}", credential
            )
        if value.startswith("tr_") or value.count(".") == 2:
            raise error(
                f"holds a credential ({mask(value)}), not the name of an environment variable: "
                f'write {credential} = "ACME_PROD_TRIGGER_KEY" and export ACME_PROD_TRIGGER_KEY=…',
                credential,
            )
    else:
        try:
            _check_token(value.strip(), credential, f"{credential} = {mask(value.strip())}")
        except ConfigurationError as exc:
            raise error(str(exc), credential) from None

    if "api_url" in table:
        try:
            resolve_api_url(table["api_url"])
        except ConfigurationError:
            raise error(
                f"must be an http(s) URL such as {DEFAULT_API_URL}, got {table['api_url']!r}", "api_url"
            ) from None
    timeout = table.get("timeout")
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise error(f"must be a positive number of seconds, got {timeout!r}: write it like timeout = 30", "timeout")
    retries = table.get("max_retries")
    if retries is not None and retries < 0:
        raise error(f"must be 0 or more, got {retries!r}: write it like max_retries = 2", "max_retries")

    lines = tuple((key, line) for key in ("", *table) if (line := where.profile(name, key or None)) is not None)
    return Profile(
        name=name,
        api_url=table.get("api_url"),
        secret_key=table.get("secret_key"),
        secret_key_env=table.get("secret_key_env"),
        access_token=table.get("access_token"),
        access_token_env=table.get("access_token_env"),
        project_ref=table.get("project_ref"),
        preview_branch=table.get("preview_branch"),
        timeout=float(timeout) if timeout is not None else None,
        max_retries=retries,
        path=path,
        lines=lines,
    )


def _check_token(token: str, field: str, source: str) -> None:
    """Raise ConfigurationError unless ``token`` is a credential of the kind ``field`` expects."""
    if not token:
        raise ConfigurationError("is empty")
    kind = classify(token, source=source)
    if field.startswith("secret_key") and kind is not CredentialKind.SECRET_KEY:
        other = field.replace("secret_key", "access_token")
        raise ConfigurationError(f"{source} holds a {kind.value}, not a secret key: use {other} instead")
    if field.startswith("access_token") and kind is CredentialKind.SECRET_KEY:
        other = field.replace("access_token", "secret_key")
        raise ConfigurationError(f"{source} holds a secret key: use {other} instead")


# --------------------------------------------------------------------------- Profile


@dataclass(frozen=True)
class Profile:
    """One project's settings from the config file. Its repr never shows a secret.

    ``*_env`` keys name environment variables that are read when a client is built (:meth:`client_kwargs`),
    so the file itself need not hold secrets. A profile never falls back to ``TRIGGER_SECRET_KEY``,
    ``TRIGGER_API_URL`` or ``TRIGGER_PREVIEW_BRANCH``: only what it names is used.

    Example::

        profiles = load_profiles()
        print(profiles["acme-prod"])  # Profile(name='acme-prod', secret_key_env='ACME_PROD_TRIGGER_KEY', ...)
        client = AsyncTriggerClient(**profiles["acme-prod"].client_kwargs())
    """

    name: str
    api_url: str | None = None
    secret_key: str | None = None
    secret_key_env: str | None = None
    access_token: str | None = None
    access_token_env: str | None = None
    project_ref: str | None = None
    preview_branch: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    path: Path | None = field(default=None, compare=False)
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    def __repr__(self) -> str:
        parts = [f"name={self.name!r}"]
        for key in _KEYS:
            value = getattr(self, key)
            if value is not None:
                parts.append(f"{key}={mask(value) if key in _SECRET_KEYS else repr(value)}")
        if self.path is not None:
            parts.append(f"path={str(self.path)!r}")
        return f"Profile({', '.join(parts)})"

    __str__ = __repr__

    def line(self, key: str | None = None) -> int | None:
        """The line of ``key`` (or of the ``[profiles.NAME]`` header) in the file, when known."""
        found = dict(self.lines)
        return found.get(key or "", found.get(""))

    def _error(self, message: str, key: str | None = None) -> ProfileError:
        return ProfileError(message, path=self.path, line=self.line(key), profile=self.name, key=key)

    def client_kwargs(self, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Keyword arguments for :class:`TriggerClient` / :class:`AsyncTriggerClient`, ``*_env`` resolved now.

        Raises :class:`ProfileError` (file, line, key, fix) when a named variable is unset or empty, or holds
        the wrong kind of credential.

        Example::

            client = TriggerClient(**load_profile("acme-prod").client_kwargs(), max_retries=0)
        """
        environ = os.environ if environ is None else environ
        return {**self._settings(), **self._credential(environ)}

    def _settings(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "api_url": self.api_url or DEFAULT_API_URL,
            # "" = none, and no TRIGGER_PROJECT_REF / TRIGGER_PREVIEW_BRANCH: a profile never reads TRIGGER_*.
            "project_ref": self.project_ref or "",
            "preview_branch": self.preview_branch or "",
        }
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        if self.max_retries is not None:
            kwargs["max_retries"] = self.max_retries
        return kwargs

    def _credential(self, environ: Mapping[str, str]) -> dict[str, str]:
        set_ = [k for k in _CREDENTIAL_KEYS if getattr(self, k) is not None]
        if len(set_) != 1:
            problem = "no credential" if not set_ else f"has both {set_[0]} and {set_[1]}"
            raise self._error(f"{problem}: set exactly one of {', '.join(_CREDENTIAL_KEYS)}")
        key = set_[0]
        value: str = getattr(self, key)
        target = key.removesuffix("_env")
        if key.endswith("_env"):
            token = environ.get(value, "").strip()
            if not token:
                state = "is not set" if value not in environ else "is set but empty"
                what = "project's secret key (tr_prod_…, API keys page)" if target == "secret_key" else "tr_pat_…"
                raise self._error(
                    f"environment variable {value} {state}: export {value}=<the {what}>, or point {key} at "
                    f"another variable",
                    key,
                )
            source = f"{value} (named by {key})"
        else:
            token = value.strip()
            source = f"{key} = {mask(token)}"
        try:
            _check_token(token, key, source)
        except ConfigurationError as exc:
            raise self._error(str(exc), key) from None
        return {target: token}


# --------------------------------------------------------------------------- loading


def load_profiles(path: PathArg = None) -> dict[str, Profile]:
    """Every profile of the config file, by name, validated (keys, types, one credential per profile).

    ``path`` defaults to :func:`config_path`. A missing file at the default location gives ``{}``; a missing
    ``path=`` or ``$TRIGGER_CONFIG`` file, bad TOML or a bad profile raise :class:`ProfileError`.

    Example::

        for name, profile in load_profiles().items():
            print(name, profile.project_ref)
    """
    _, _, profiles = _read(path, required=False)
    return profiles or {}


def load_profile(name: str, *, path: PathArg = None) -> Profile:
    """One profile by name; :class:`ProfileError` if the file or the profile is missing (listing known ones).

    Example::

        profile = load_profile("acme-prod")
        print(profile.api_url, profile.project_ref)
    """
    resolved, _, profiles = _read(path, required=True)
    return _pick(name, profiles or {}, resolved)


def _pick(name: str, profiles: Mapping[str, Profile], path: Path) -> Profile:
    if name in profiles:
        return profiles[name]
    known = ", ".join(sorted(profiles)) or "none"
    raise ProfileError(
        f"no profile {name!r}; {_closest(name, list(profiles))}known profiles: {known}. Add it as a "
        f"[profiles.{_toml_key(name)}] table",
        path=path,
    )


@overload
def client_from_profile(
    name: str, *, path: PathArg = None, client_class: None = None, **overrides: Any
) -> TriggerClient: ...
@overload
def client_from_profile(name: str, *, path: PathArg = None, client_class: type[C], **overrides: Any) -> C: ...
def client_from_profile(
    name: str, *, path: PathArg = None, client_class: type[C] | None = None, **overrides: Any
) -> TriggerClient | C:
    """A client configured from profile ``name``; ``client_class`` picks sync (default) or async.

    ``overrides`` are client arguments that win over the profile (``max_retries=0``, ``on_request=...``);
    passing ``secret_key=`` or ``access_token=`` replaces the profile's credential.

    Example::

        client = client_from_profile("acme-prod")
        aclient = client_from_profile("acme-prod", client_class=AsyncTriggerClient, timeout=10)

    Wiring as a classmethod is one line: ``return client_from_profile(name, path=path, client_class=cls, **kw)``.
    """
    profile = load_profile(name, path=path)
    if client_class is None:
        from trigger_client._client import TriggerClient

        return TriggerClient(**_merge(profile, overrides))
    return client_class(**_merge(profile, overrides))


def _merge(profile: Profile, overrides: Mapping[str, Any]) -> dict[str, Any]:
    if "secret_key" in overrides or "access_token" in overrides:
        # The caller's credential replaces the profile's, whose *_env variable need not exist then.
        return {**profile._settings(), **overrides}
    return {**profile.client_kwargs(), **overrides}


# --------------------------------------------------------------------------- registries


@dataclass(frozen=True)
class ProjectResult(Generic[T]):
    """The outcome of ``fn(client)`` for one project in :meth:`Projects.map`: ``value`` or ``error``.

    Example::

        for name, result in projects.map(lambda c: c.runs.retrieve("run_1234")).items():
            if result.ok:
                print(name, result.value.status)
            else:
                print(name, "failed:", result.error)
        runs = results["acme"].unwrap()  # the value, or re-raises the project's exception
    """

    name: str
    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when ``fn`` returned (``value`` is set), False when it raised (``error`` is set)."""
        return self.error is None

    def unwrap(self) -> T:
        """The value, or re-raise the exception this project's call raised.

        Example::

            runs = projects.map(lambda c: c.runs.list(limit=5))["acme"].unwrap()
        """
        if self.error is not None:
            raise self.error
        return cast(T, self.value)


ProjectSpec = Mapping[str, Any] | Profile


def _project_kwargs(name: str, spec: ProjectSpec) -> dict[str, Any]:
    if isinstance(spec, Profile):
        return spec.client_kwargs()
    if not isinstance(spec, Mapping):
        raise ConfigurationError(
            f"project {name!r}: expected a dict of client arguments or a Profile, got {type(spec).__name__}"
        )
    if "transport" in spec:
        raise ConfigurationError(
            f"project {name!r}: the registry shares one transport between its projects; pass transport= to the "
            "registry, not to a project"
        )
    if spec.get("secret_key") is None and spec.get("access_token") is None:
        raise ConfigurationError(
            f"project {name!r} has no secret_key= or access_token=: every project needs its own credential "
            "(a registry never falls back to TRIGGER_SECRET_KEY, which would give several projects one key)"
        )
    return {"project_ref": "", "preview_branch": "", **spec}  # nor to TRIGGER_PROJECT_REF / TRIGGER_PREVIEW_BRANCH


def _check_overrides(overrides: Mapping[str, Any]) -> None:
    shared = sorted({"secret_key", "access_token", "transport"} & set(overrides))
    if shared:
        raise ConfigurationError(
            f"{', '.join(shared)} cannot apply to every project: credentials come from each profile, and the "
            "transport is passed as transport="
        )


def _unknown_project(name: str, names: list[str]) -> KeyError:
    return KeyError(f"no project {name!r}; {_closest(name, names)}known projects: {', '.join(names) or 'none'}")


def _profiles_for(names: Iterable[str] | None, path: PathArg) -> dict[str, Profile]:
    resolved, _, profiles = _read(path, required=True)
    profiles = profiles or {}
    if names is None:
        if not profiles:
            raise ProfileError(
                f"the config file has no profiles: add one table per project, e.g.\n\n{_EXAMPLE}", path=resolved
            )
        return profiles
    return {name: _pick(name, profiles, resolved) for name in ([names] if isinstance(names, str) else names)}


class _SharedTransport(httpx.BaseTransport):
    """The registry's pool as seen by one client: closing the client does not close the pool."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


class _AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`_SharedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass


def _is_sync_paginator(value: object) -> bool:
    return hasattr(value, "pages") and hasattr(value, "__iter__") and not isinstance(value, (str, bytes, Mapping))


ClientT = TypeVar("ClientT")


class _Registry(Mapping[str, ClientT]):
    """The read-only mapping side shared by :class:`Projects` and :class:`AsyncProjects`."""

    _clients: dict[str, ClientT]
    _closed: bool

    @property
    def names(self) -> list[str]:
        """The project names, in the order they were given."""
        return list(self._clients)

    def __getitem__(self, name: str) -> ClientT:
        try:
            return self._clients[name]
        except KeyError:
            raise _unknown_project(name, self.names) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._clients)

    def __len__(self) -> int:
        return len(self._clients)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.names!r}{', closed' if self._closed else ''})"


class Projects(_Registry["TriggerClient"]):
    """Sync clients for many projects over one connection pool; each keeps its own credentials and headers.

    ``projects`` maps a name to client arguments (as for :class:`TriggerClient`, without ``transport``) or
    to a :class:`Profile`. Every client gets ``transport=`` the registry's one shared transport
    (``httpx.HTTPTransport()`` unless given), which the registry owns and closes. It is a read-only mapping of
    name to client.

    Example::

        with Projects({"acme": {"secret_key": acme_key}, "beta": {"secret_key": beta_key}}) as projects:
            projects["acme"].tasks.trigger("send-email", {"to": "ada@example.com"})
            failed = projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
            print({name: len(r.value) for name, r in failed.items() if r.ok})
    """

    def __init__(self, projects: Mapping[str, ProjectSpec], *, transport: httpx.BaseTransport | None = None) -> None:
        from trigger_client._client import TriggerClient, default_transport

        self.transport: httpx.BaseTransport = transport if transport is not None else default_transport()
        self._closed = False
        self._clients: dict[str, TriggerClient] = {}
        shared = _SharedTransport(self.transport)
        try:
            for name, spec in projects.items():
                self._clients[name] = TriggerClient(**_project_kwargs(name, spec), transport=shared)
        except BaseException:
            self.close()
            raise

    @classmethod
    def from_profiles(
        cls,
        names: Iterable[str] | None = None,
        path: PathArg = None,
        *,
        transport: httpx.BaseTransport | None = None,
        **overrides: Any,
    ) -> Projects:
        """A registry of the named profiles (all of the file's when ``names`` is None).

        ``overrides`` are client arguments applied to every project over its profile (``max_retries=``,
        ``on_request=``...), but not credentials.

        Example::

            with Projects.from_profiles(["acme-prod", "beta-prod"], max_retries=1) as projects:
                print(projects.names)
        """
        _check_overrides(overrides)
        specs = {name: {**p.client_kwargs(), **overrides} for name, p in _profiles_for(names, path).items()}
        return cls(specs, transport=transport)

    @overload
    def map(
        self, fn: Callable[[TriggerClient], SyncPaginator[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[list[T]]]: ...
    @overload
    def map(self, fn: Callable[[TriggerClient], T], *, max_workers: int = 8) -> dict[str, ProjectResult[T]]: ...
    def map(self, fn: Callable[[TriggerClient], Any], *, max_workers: int = 8) -> dict[str, ProjectResult[Any]]:
        """Call ``fn(client)`` for every project at once (threads), returning ``{name: ProjectResult}``.

        An exception is kept in that project's result, never raised out of ``map``. A paginator returned by
        ``fn`` is drained into a list in the worker thread.

        Example::

            results = projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10), max_workers=4)
            for name, result in results.items():
                print(name, result.value if result.ok else result.error)
        """
        self._check_open()
        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise ValueError(f"max_workers must be a whole number >= 1, got {max_workers!r}")
        if not self._clients:
            return {}

        def run(name: str, client: TriggerClient) -> ProjectResult[Any]:
            try:
                value = fn(client)
                if inspect.isawaitable(value):
                    if inspect.iscoroutine(value):
                        value.close()
                    raise TypeError("fn returned an awaitable: use AsyncProjects for async functions")
                if _is_sync_paginator(value):
                    value = list(value)
                return ProjectResult(name, value=value)
            except Exception as exc:
                return ProjectResult(name, error=exc)

        workers = min(max_workers, len(self._clients))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="trigger-projects") as pool:
            futures = {name: pool.submit(run, name, client) for name, client in self._clients.items()}
            return {name: future.result() for name, future in futures.items()}

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this Projects registry is closed; create a new one")

    def close(self) -> None:
        """Close every client, then the shared transport. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            for client in self._clients.values():
                client.close()
        finally:
            self.transport.close()

    def __enter__(self) -> Projects:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncProjects(_Registry["AsyncTriggerClient"]):
    """Async clients for many projects over one connection pool (``httpx_aiohttp.AiohttpTransport()`` unless
    ``transport=`` is given; the registry owns and closes it). Same arguments as :class:`Projects`.

    Example::

        async with AsyncProjects.from_profiles() as projects:
            results = await projects.map(lambda c: c.runs.retrieve("run_1234"))
            failed = await projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
    """

    def __init__(
        self, projects: Mapping[str, ProjectSpec], *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        from trigger_client._client import AsyncTriggerClient, default_async_transport

        self.transport: httpx.AsyncBaseTransport = transport if transport is not None else default_async_transport()
        self._closed = False
        self._clients: dict[str, AsyncTriggerClient] = {}
        shared = _AsyncSharedTransport(self.transport)
        # Building a client does no I/O; on failure the clients built so far hold nothing to release but the
        # shared transport, which has not been used yet either.
        for name, spec in projects.items():
            self._clients[name] = AsyncTriggerClient(**_project_kwargs(name, spec), transport=shared)

    @classmethod
    def from_profiles(
        cls,
        names: Iterable[str] | None = None,
        path: PathArg = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **overrides: Any,
    ) -> AsyncProjects:
        """A registry of the named profiles (all of the file's when ``names`` is None).

        Example::

            async with AsyncProjects.from_profiles(["acme-prod", "beta-prod"]) as projects:
                print(projects.names)
        """
        _check_overrides(overrides)
        specs = {name: {**p.client_kwargs(), **overrides} for name, p in _profiles_for(names, path).items()}
        return cls(specs, transport=transport)

    @overload
    async def map(
        self, fn: Callable[[AsyncTriggerClient], AsyncPaginator[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[list[T]]]: ...
    @overload
    async def map(
        self, fn: Callable[[AsyncTriggerClient], Awaitable[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[T]]: ...
    async def map(
        self, fn: Callable[[AsyncTriggerClient], Any], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[Any]]:
        """Await ``fn(client)`` for every project, at most ``max_workers`` at a time (``asyncio.gather``).

        Exceptions are kept per project; an async paginator returned by ``fn`` is drained into a list.

        Example::

            results = await projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
            acme_failed = results["acme"].unwrap()
        """
        self._check_open()
        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise ValueError(f"max_workers must be a whole number >= 1, got {max_workers!r}")
        semaphore = asyncio.Semaphore(max_workers)

        async def run(name: str, client: AsyncTriggerClient) -> ProjectResult[Any]:
            async with semaphore:
                try:
                    value = fn(client)
                    if inspect.isawaitable(value):
                        value = await value
                    if hasattr(value, "__aiter__"):
                        value = [item async for item in value]
                    elif _is_sync_paginator(value):
                        value = list(value)
                    return ProjectResult(name, value=value)
                except Exception as exc:
                    return ProjectResult(name, error=exc)

        results = await asyncio.gather(*(run(name, client) for name, client in self._clients.items()))
        return {result.name: result for result in results}

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this AsyncProjects registry is closed; create a new one")

    async def close(self) -> None:
        """Close every client, then the shared transport. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            for client in self._clients.values():
                await client.close()
        finally:
            await self.transport.aclose()

    async def __aenter__(self) -> AsyncProjects:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
