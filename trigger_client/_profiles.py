"""Named profiles: one project's settings from the config file, validated, and clients built from them.

A profile is a ``[profiles.NAME]`` table in ``config.toml`` (``TRIGGER_CONFIG``, else the user config directory).

Example::

    from trigger_client import TriggerClient, load_profiles

    print(list(load_profiles()))
    client = TriggerClient.from_profile("acme-prod")
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from trigger_client._config import DEFAULT_API_URL, CredentialKind, classify, mask, resolve_api_url
from trigger_client._config_file import (
    CREDENTIAL_KEYS,
    EXAMPLE,
    KEYS,
    SECRET_KEYS,
    Locator,
    PathArg,
    ProfileError,
    closest,
    missing_file,
    parse_toml,
    resolve_path,
    toml_key,
    toml_type,
)
from trigger_client._exceptions import ConfigurationError

__all__ = ["Profile", "ProfileError", "client_from_profile", "load_profile", "load_profiles"]

C = TypeVar("C")


def read_profiles(path: PathArg, *, required: bool) -> tuple[Path, str, dict[str, Profile] | None]:
    """The file read, how it was located, and its validated profiles (None: no file at the default location).

    Example::

        path, source, profiles = read_profiles(None, required=False)
    """
    resolved, source = resolve_path(path)
    try:
        text = resolved.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required or source != "default":
            raise missing_file(resolved, source) from None
        return resolved, source, None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"cannot read the config file: {exc}", path=resolved) from None
    return resolved, source, _parse(text, resolved)


def _parse(text: str, path: Path) -> dict[str, Profile]:
    data = parse_toml(text, path)
    where = Locator(text)
    for key in data:
        if key != "profiles":
            raise ProfileError(
                f"unknown top-level key; {closest(key, ['profiles'])}profiles go in [profiles.NAME] tables, e.g."
                f"\n\n{EXAMPLE}",
                path=path,
                line=where.top_level(key),
                key=key,
            )
    tables = data.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(
            f"must be a table of profiles, got {toml_type(tables)}: write [profiles.NAME] tables, e.g.\n\n{EXAMPLE}",
            path=path,
            line=where.top_level("profiles"),
            key="profiles",
        )
    return {name: _profile(name, table, path, where) for name, table in tables.items()}


def _profile(name: str, table: object, path: Path, where: Locator) -> Profile:
    def error(message: str, key: str | None = None) -> ProfileError:
        return ProfileError(message, path=path, line=where.profile(name, key), profile=name, key=key)

    if not isinstance(table, dict):
        raise error(f"must be a table, got {toml_type(table)}: write it as\n\n[profiles.{toml_key(name)}]\n...")
    for key, value in table.items():
        if key not in KEYS:
            raise error(f"unknown key; {closest(key, list(KEYS))}allowed keys: {', '.join(KEYS)}", key)
        expected, example = KEYS[key]
        ok = {
            "string": isinstance(value, str),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        }[expected]
        if not ok:
            shown = "" if key in SECRET_KEYS else f" {value!r}"[:60]
            raise error(f"must be a {expected}, got {toml_type(value)}{shown}: write it like {example}", key)

    present = [k for k in CREDENTIAL_KEYS if k in table]
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
                f"must name an environment variable, got {value!r}: write it like {KEYS[credential][1]}", credential
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
        for key in KEYS:
            value = getattr(self, key)
            if value is not None:
                parts.append(f"{key}={mask(value) if key in SECRET_KEYS else repr(value)}")
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
        set_ = [k for k in CREDENTIAL_KEYS if getattr(self, k) is not None]
        if len(set_) != 1:
            problem = "no credential" if not set_ else f"has both {set_[0]} and {set_[1]}"
            raise self._error(f"{problem}: set exactly one of {', '.join(CREDENTIAL_KEYS)}")
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
    _, _, profiles = read_profiles(path, required=False)
    return profiles or {}


def load_profile(name: str, *, path: PathArg = None) -> Profile:
    """One profile by name; :class:`ProfileError` if the file or the profile is missing (listing known ones).

    Example::

        profile = load_profile("acme-prod")
        print(profile.api_url, profile.project_ref)
    """
    resolved, _, profiles = read_profiles(path, required=True)
    return pick(name, profiles or {}, resolved)


def pick(name: str, profiles: Mapping[str, Profile], path: Path) -> Profile:
    """Profile ``name``, or a :class:`ProfileError` listing the known ones and the closest match.

    Example::

        from trigger_client._config_file import config_path

        profile = pick("acme-prod", load_profiles(), config_path())
    """
    if name in profiles:
        return profiles[name]
    known = ", ".join(sorted(profiles)) or "none"
    raise ProfileError(
        f"no profile {name!r}; {closest(name, list(profiles))}known profiles: {known}. Add it as a "
        f"[profiles.{toml_key(name)}] table",
        path=path,
    )


def client_from_profile(name: str, client_class: Callable[..., C], *, path: PathArg = None, **overrides: Any) -> C:
    """A ``client_class`` client configured from profile ``name`` (what ``TriggerClient.from_profile`` does).

    ``overrides`` are client arguments that win over the profile (``max_retries=0``, ``on_request=...``);
    passing ``secret_key=`` or ``access_token=`` replaces the profile's credential. The class is a parameter so
    that this module never imports the clients (they import it).

    Example::

        aclient = client_from_profile("acme-prod", AsyncTriggerClient, timeout=10)
    """
    return client_class(**_merge(load_profile(name, path=path), overrides))


def _merge(profile: Profile, overrides: Mapping[str, Any]) -> dict[str, Any]:
    if "secret_key" in overrides or "access_token" in overrides:
        # The caller's credential replaces the profile's, whose *_env variable need not exist then.
        return {**profile._settings(), **overrides}
    return {**profile.client_kwargs(), **overrides}
