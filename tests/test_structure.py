"""Structure the code promises: sync and async twins with one signature, and no import cycles."""

from __future__ import annotations

import ast
import importlib.metadata
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import trigger_client
from trigger_client import AsyncTriggerClient, TriggerClient

PACKAGE = Path(trigger_client.__file__).resolve().parent
SECRET = "tr_dev_0123456789abcdef01234567"


def _members(obj: object) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in dir(obj) if not name.startswith("_")}


def _is_resource(value: object) -> bool:
    return type(value).__module__.startswith("trigger_client.resources.")


def _twins(sync: object, async_: object, path: str) -> Iterator[tuple[str, Any, Any]]:
    """Every public (name, sync member, async member) under the clients, resources walked recursively."""
    sync_members, async_members = _members(sync), _members(async_)
    assert sorted(sync_members) == sorted(async_members), path or "client"
    for name, value in sync_members.items():
        twin = async_members[name]
        if _is_resource(value):
            yield from _twins(value, twin, f"{path}{name}.")
        elif callable(value) and not isinstance(value, type):
            yield f"{path}{name}", value, twin


def _unflavoured(annotation: object) -> str:
    # Return types differ only by flavour: SyncPaginator/AsyncPaginator, Subscription/AsyncSubscription, ...
    return re.sub(r"\b(?:Sync|Async)(?=[A-Z])", "", str(annotation))


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[TriggerClient, AsyncTriggerClient]]:
    sync = TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    async_ = AsyncTriggerClient(secret_key=SECRET, transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    yield sync, async_
    sync.close()


def test_every_sync_method_has_an_async_twin_with_the_same_signature(
    clients: tuple[TriggerClient, AsyncTriggerClient],
) -> None:
    twins = list(_twins(*clients, ""))
    names = [name for name, _, _ in twins]
    assert {"tasks.trigger", "runs.list", "waitpoints.tokens.create", "with_options", "close"} <= set(names)
    assert len(twins) >= 55  # every resource method, not just a few
    for name, sync, async_ in twins:
        sync_sig, async_sig = inspect.signature(sync), inspect.signature(async_)
        assert sync_sig.parameters == async_sig.parameters, name
        assert _unflavoured(sync_sig.return_annotation) == _unflavoured(async_sig.return_annotation), name
        assert not inspect.iscoroutinefunction(sync), name
        returns_async_iterable = str(async_sig.return_annotation).startswith("Async")
        shared_local_helper = getattr(sync, "__func__", sync) is getattr(async_, "__func__", async_)  # no I/O
        constructor = name == "from_profile"  # builds a client: sync on both
        assert inspect.iscoroutinefunction(async_) or returns_async_iterable or shared_local_helper or constructor, name


def _runtime_imports(path: Path, module: str) -> set[str]:
    """trigger_client modules that ``module`` imports when it is imported (not under TYPE_CHECKING or in functions)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*parts, *([child.module] if child.module else [])])
                found.update(f"{base}.{alias.name}" for alias in child.names)
                found.add(base)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def test_no_import_cycles() -> None:
    modules = _modules()
    graph = {
        name: {m for m in _runtime_imports(path, name) if m in modules and m != name} for name, path in modules.items()
    }
    cycles: list[list[str]] = []

    def reach(start: str, node: str, trail: list[str], seen: set[str]) -> None:
        for nxt in graph[node]:
            if nxt == start:
                cycles.append([*trail, nxt])
            elif nxt not in seen:
                seen.add(nxt)
                reach(start, nxt, [*trail, nxt], seen)

    for name in graph:
        reach(name, name, [name], set())
    assert cycles == []
    # Profiles are read by the clients, never the other way round (not even lazily).
    for name in ("trigger_client._config_file", "trigger_client._profiles"):
        source = modules[name].read_text(encoding="utf-8")
        assert "_client" not in re.findall(r"^\s*(?:from|import) trigger_client\.(\w+)", source, re.M), name
    assert "trigger_client._client" in graph["trigger_client._projects"]


def test_version_has_one_source_and_matches_the_metadata() -> None:
    assert trigger_client.__version__ == importlib.metadata.version("trigger-client")
    assert "trigger_client._version" in _runtime_imports(PACKAGE / "_client.py", "trigger_client._client")


def test_generated_code_takes_newer_typing_names_from_typing_extensions() -> None:
    # Python 3.10 has none of these in typing; `make test-py310` imports everything, this says why it would fail.
    newer = {"Self", "Never", "LiteralString", "assert_never", "reveal_type", "Required", "NotRequired", "Unpack"}
    generated = PACKAGE.parent / "generated" / "trigger_api"
    if not generated.is_dir():  # an installed wheel: the package sits beside trigger_client
        generated = PACKAGE.parent / "trigger_api"
    offenders = []
    for path in generated.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "typing":
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name in newer]
    assert offenders == []
    assert "from typing_extensions import Self" in (generated / "client.py").read_text(encoding="utf-8")
