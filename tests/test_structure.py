"""Structure the code promises: sync and async twins with one signature, and no import cycles."""

from __future__ import annotations

import ast
import importlib.metadata
import inspect
import re
from collections.abc import Collection, Iterator
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


# The layers, lowest first: a module imports only from its own layer or a lower one (at the top of the file, in a
# function or under TYPE_CHECKING alike). Patterns are module names; "x.*" is every module under the package x.
LAYERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "trigger_client": (
        # 0 foundations: values, checks and errors, no I/O.
        (
            "_version",
            "_http.headers",
            "_exceptions",
            "_status_errors",
            "_error_answers",
            "_optional",
            "_logenv",
            "_compact_json",
            "_superjson",
            "_superjson.*",
            "_validate",
            "_cron",
            "_idempotency",
            "_payloads",
            "_tokens",
            "_polling",
            "_run_options",
            "_typecheck",
            "_fastread",
            "_webhook_events",
            "webhooks",
        ),
        # 1 http: the transport every request goes through, and its connection pools.
        ("_http", "_http.*"),
        # 2 core: settings, the request pipeline over generated operations, multi-request workflows, realtime.
        (
            "_config",
            "_config_file",
            "_profiles",
            "_core",
            "_operation",
            "_generated_client",
            "_steps",
            "_packets",
            "_pagination",
            "_trigger_items",
            "_batching",
            "_realtime",
            "_realtime.*",
        ),
        # 3 resources: one module per API area, and the public types they return.
        ("resources", "resources.*", "types"),
        # 4 clients: TriggerClient, AsyncTriggerClient, with_raw_response, Projects, the package itself.
        ("", "_client", "_client_base", "_raw", "_raw_async", "_raw_kit", "_raw_insights", "_projects"),
        # 5 tools built on the clients: the command line and the emulator.
        ("__main__", "cli", "cli.*", "testing", "testing.*"),
    ),
    "codegen": (
        ("spec", "js_routes"),  # reading the document and the SDK's routes
        ("patch_kit", "diff"),  # patch machinery and spec comparison
        (
            "server_fixes",
            "query_patches",
            "schema_patches",
            "enum_patches",
            "extra_endpoints",
            "endpoints_*",
            "sdk_routes",
        ),
        ("patches",),  # the registry of every patch
        ("generate",),  # running the generator over the patched document
        ("", "__main__"),  # the command line
    ),
}


def _imports(
    path: Path, module: str, *, in_functions: bool, type_only: bool, known: Collection[str] = frozenset()
) -> set[str]:
    """Modules of the project that ``module`` imports: at import time, plus in functions and under TYPE_CHECKING
    when asked. ``from package import name`` counts as importing the submodule when ``name`` is one of ``known``."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and not in_functions:
                continue
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test) and not type_only:
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*parts, *([child.module] if child.module else [])])
                names = {f"{base}.{alias.name}" for alias in child.names}
                found.update(names)
                if not all(
                    name in known for name in names
                ):  # `from package import submodule` runs the package only to reach it
                    found.add(base)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _runtime_imports(path: Path, module: str) -> set[str]:
    """Project modules ``module`` imports when it is imported (not under TYPE_CHECKING or in functions)."""
    return _imports(path, module, in_functions=False, type_only=False)


def _modules(package: Path = PACKAGE) -> dict[str, Path]:
    modules = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _graph(package: Path, *, in_functions: bool, type_only: bool) -> dict[str, set[str]]:
    modules = _modules(package)
    return {
        name: {
            m
            for m in _imports(path, name, in_functions=in_functions, type_only=type_only, known=modules)
            if m in modules and m != name
        }
        for name, path in modules.items()
    }


def _layer(package: str, module: str) -> int:
    local = module.removeprefix(package).removeprefix(".")
    for number, patterns in enumerate(LAYERS[package]):
        for pattern in patterns:
            if local == pattern or (pattern.endswith("*") and local.startswith(pattern[:-1])):
                return number
    raise AssertionError(f"{module} is in no layer of tests/test_structure.py LAYERS: add it")


def _layer_table(package: str) -> str:
    rows = [f"  {n} {', '.join(p or '(package)' for p in patterns)}" for n, patterns in enumerate(LAYERS[package])]
    return "\n".join([f"{package} layers, lowest first:", *rows])


@pytest.mark.parametrize("package", list(LAYERS))
def test_modules_import_only_from_their_layer_or_below(package: str) -> None:
    print(_layer_table(package))
    graph = _graph(PACKAGE.parent / package, in_functions=True, type_only=True)
    upward = [
        f"{name} (layer {_layer(package, name)}) imports {target} (layer {_layer(package, target)})"
        for name, targets in sorted(graph.items())
        for target in sorted(targets)
        if _layer(package, target) > _layer(package, name)
    ]
    assert upward == []


def test_the_layer_table_names_only_modules_that_exist() -> None:
    for package, layers in LAYERS.items():
        local = {name.removeprefix(package).removeprefix(".") for name in _modules(PACKAGE.parent / package)}
        for pattern in (p for patterns in layers for p in patterns):
            prefix = pattern[:-1]
            assert pattern in local or (pattern.endswith("*") and any(m.startswith(prefix) for m in local)), pattern


def test_codegen_modules_import_no_private_names_of_another() -> None:
    offenders = []
    for name, path in _modules(PACKAGE.parent / "codegen").items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("codegen"):
                offenders += [f"{name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert offenders == []


@pytest.mark.parametrize("package", list(LAYERS))
def test_no_import_cycles(package: str) -> None:
    # Function-level imports count: a cycle through them is a cycle all the same, only deferred.
    graph = _graph(PACKAGE.parent / package, in_functions=True, type_only=False)
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


def test_profiles_never_import_the_clients() -> None:
    # Profiles are read by the clients, never the other way round (not even lazily).
    modules = _modules()
    for name in ("trigger_client._config_file", "trigger_client._profiles"):
        source = modules[name].read_text(encoding="utf-8")
        imported = set(re.findall(r"^\s*(?:from|import) trigger_client\.(\w+)", source, re.M))
        assert not imported & {"_client", "_client_base"}, name
    assert "trigger_client._client" in _runtime_imports(modules["trigger_client._projects"], "trigger_client._projects")


def test_version_has_one_source_and_matches_the_metadata() -> None:
    assert trigger_client.__version__ == importlib.metadata.version("trigger-client")
    assert "trigger_client._version" in _runtime_imports(PACKAGE / "_client_base.py", "trigger_client._client_base")


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
