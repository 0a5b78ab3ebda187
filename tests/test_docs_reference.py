"""The API reference covers every public name, and every public name has a docstring to show there."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import trigger_client
import trigger_client.testing
import trigger_client.types
import trigger_client.webhooks
from trigger_client import AsyncTriggerClient, TriggerClient

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"
SECRET = "tr_dev_0123456789abcdef01234567"


def _resources(obj: object, path: str) -> Iterator[tuple[str, object]]:
    for name in dir(obj):
        value = getattr(obj, name) if not name.startswith("_") else None
        if value is not None and type(value).__module__.startswith("trigger_client.resources."):
            yield f"{path}{name}", value
            yield from _resources(value, f"{path}{name}.")


def _client_resources() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for cls in (TriggerClient, AsyncTriggerClient):
        client = cls(secret_key=SECRET, api_url="http://127.0.0.1:9")
        found += [(f"{cls.__name__}.{path}", value) for path, value in _resources(client, "")]
    return found


RESOURCES = _client_resources()


def _documented() -> set[str]:
    """Every ``::: dotted.name`` the reference pages render."""
    names: set[str] = set()
    for page in REFERENCE.glob("*.md"):
        names.update(re.findall(r"^::: ([\w.]+)$", page.read_text(encoding="utf-8"), flags=re.MULTILINE))
    return names


def _qualified(value: object) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


@pytest.mark.parametrize(("path", "resource"), RESOURCES, ids=[path for path, _ in RESOURCES])
def test_every_resource_of_both_clients_has_a_reference_entry(path: str, resource: object) -> None:
    assert _qualified(resource) in _documented(), f"add '::: {_qualified(resource)}' to docs/reference/resources.md"


def test_every_exported_name_has_a_reference_entry() -> None:
    documented = _documented()
    covered_modules = {"trigger_client.types", "trigger_client.webhooks", "trigger_client.testing"}
    assert covered_modules <= documented
    missing = [n for n in trigger_client.__all__ if n != "__version__" and f"trigger_client.{n}" not in documented]
    assert missing == [], f"add '::: trigger_client.<name>' for these to a page in docs/reference/: {missing}"


def _public_names() -> Iterator[tuple[str, Any]]:
    for module in (trigger_client, trigger_client.types, trigger_client.webhooks, trigger_client.testing):
        for name in module.__all__:
            if name != "__version__":
                yield f"{module.__name__}.{name}", getattr(module, name)
    for path, resource in RESOURCES:
        yield path, type(resource)
        for name, member in inspect.getmembers(type(resource)):
            if not name.startswith("_") and callable(member):
                yield f"{path}.{name}", member


def test_every_public_name_has_a_docstring() -> None:
    undocumented = sorted({path for path, value in _public_names() if not (inspect.getdoc(value) or "").strip()})
    assert undocumented == [], f"public names without a docstring: {undocumented}"


def test_every_resource_method_docstring_has_an_example() -> None:
    lacking = sorted(
        {
            path
            for path, value in _public_names()
            if path.count(".") >= 2 and inspect.isfunction(value) and "Example::" not in (inspect.getdoc(value) or "")
        }
    )
    assert lacking == [], f"resource methods whose docstring has no 'Example::' block: {lacking}"
