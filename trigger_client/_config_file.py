"""The profiles config file: where it lives, its TOML, its schema, and errors that point at a line.

Example::

    from trigger_client._config_file import config_path

    print(config_path())  # e.g. ~/.config/trigger/config.toml
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from trigger_client._config import DEFAULT_API_URL
from trigger_client._exceptions import ConfigurationError

PathArg = str | os.PathLike[str] | None

CONFIG_ENV = "TRIGGER_CONFIG"

EXAMPLE = (
    "[profiles.acme-prod]\n"
    'api_url = "https://api.trigger.dev"\n'
    'secret_key_env = "ACME_PROD_TRIGGER_KEY"\n'
    'project_ref = "proj_abc"'
)

# key -> (expected TOML type, an example line for the error message)
KEYS: dict[str, tuple[str, str]] = {
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
SECRET_KEYS = ("secret_key", "access_token")
CREDENTIAL_KEYS = ("secret_key", "secret_key_env", "access_token", "access_token_env")


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
            subject = f"[profiles.{toml_key(profile)}]" + (f" {key}" if key else "") + ": "
        elif key is not None:
            subject = f"{key}: "
        super().__init__(f"{where}{subject}{message}")


def toml_key(name: str) -> str:
    """``name`` as written in a TOML header: bare when it can be, else quoted.

    Example::

        toml_key("ops team")  # '"ops team"'
    """
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name, ensure_ascii=False)


def _key_pattern(name: str) -> str:
    forms = [json.dumps(name, ensure_ascii=False), f"'{name}'"]
    if re.fullmatch(r"[A-Za-z0-9_-]+", name):
        forms.insert(0, name)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


class Locator:
    """Line numbers (1-based) for semantic errors, found by scanning the text: tomllib does not keep them.

    Example::

        Locator('[profiles.a]\\ntimeout = "3"\\n').profile("a", "timeout")  # 2
    """

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


def toml_type(value: object) -> str:
    """The TOML name of a parsed value's type, for error messages.

    Example::

        toml_type(3)  # 'integer'
    """
    import datetime as dt

    # bool before int: a TOML boolean is a Python int too.
    names: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (bool, "boolean"),
        (int, "integer"),
        (float, "float"),
        (str, "string"),
        (list, "array"),
        (dict, "table"),
        ((dt.datetime, dt.date, dt.time), "date/time"),
    )
    for kinds, name in names:
        if isinstance(value, kinds):
            return name
    return type(value).__name__


def closest(word: str, choices: list[str]) -> str:
    """``"did you mean 'x'? "`` for a near miss among ``choices``, else an empty string.

    Example::

        closest("secret_kye", ["secret_key"])  # "did you mean 'secret_key'? "
    """
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


def resolve_path(path: PathArg) -> tuple[Path, str]:
    """The config file to read and where its location came from: ``"path="``, ``TRIGGER_CONFIG`` or ``"default"``.

    Example::

        resolve_path("~/trigger.toml")  # (PosixPath('/home/me/trigger.toml'), 'path=')
    """
    if path is not None:
        return Path(path).expanduser(), "path="
    if os.environ.get(CONFIG_ENV):
        return config_path(), CONFIG_ENV
    return config_path(), "default"


def missing_file(path: Path, source: str) -> ProfileError:
    """The error for a config file that does not exist, saying how it was located and what to put in it.

    Example::

        raise missing_file(Path("/etc/trigger.toml"), "path=")  # ProfileError: says how to create the file
    """
    how = {
        "path=": "the path= you passed",
        CONFIG_ENV: f"${CONFIG_ENV}",
        "default": f"the default location; set {CONFIG_ENV} to use another file",
    }[source]
    return ProfileError(
        f"no Trigger.dev config file here ({how}): create it with one table per project, e.g.\n\n{EXAMPLE}",
        path=path,
    )


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """The parsed document; a syntax error becomes a :class:`ProfileError` showing the line and a caret.

    Example::

        parse_toml('[profiles.a]\\nsecret_key_env = "A_KEY"\\n', Path("config.toml"))
    """
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
