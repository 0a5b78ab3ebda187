"""MkDocs hook: the site shows the package version, read from ``trigger_client/_version.py`` (defined once)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

VERSION_FILE = Path(__file__).resolve().parent.parent / "trigger_client" / "_version.py"


def package_version() -> str:
    """The ``__version__`` string, read as text so the docs build does not import the package."""
    match = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no __version__ line in {VERSION_FILE}")
    return match.group(1)


def on_config(config: Any) -> Any:
    """Name the site after the version it documents."""
    config["site_name"] = f"trigger-client {package_version()}"
    return config
