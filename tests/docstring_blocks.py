"""The ``Example::`` blocks of the package's docstrings, as :mod:`tests.test_docstring_examples` runs them."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trigger_client
import trigger_client.resources
from trigger_client.resources._base import AsyncResource

EXAMPLE = re.compile(r"^(?P<indent>[ ]*)[^\n]*Example::\n\n(?P<body>(?:(?P=indent)[ ]+[^\n]*\n|[ ]*\n)+)", re.M)
NOT_RUN = re.compile(r"^\s*# not-run: (?P<reason>\S.*)$", re.M)


@dataclass(frozen=True)
class Block:
    module: str
    where: str  # qualified name of what the docstring documents
    code: str
    is_async: bool

    @property
    def name(self) -> str:
        return f"{self.module}:{self.where}"

    @property
    def not_run(self) -> str | None:
        found = NOT_RUN.search(self.code)
        return found["reason"] if found else None


def blocks_of(doc: str | None) -> list[str]:
    if not doc or "Example::" not in doc:
        return []
    return [textwrap.dedent(m["body"]).strip("\n") + "\n" for m in EXAMPLE.finditer(inspect.cleandoc(doc) + "\n")]


def _documented(module: Any) -> Iterator[tuple[str, Any, bool]]:
    """(qualified name, object, async) of the module and everything it defines that can carry a docstring."""
    yield "<module>", module, False
    for name, obj in vars(module).items():
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isclass(obj):
            is_async = obj.__name__.startswith("Async") or issubclass(obj, AsyncResource)
            yield name, obj, is_async
            for member_name, member in vars(obj).items():
                target = getattr(member, "fget", None) or getattr(member, "__func__", member)
                if callable(target) and getattr(target, "__doc__", None):
                    yield f"{name}.{member_name}", target, is_async
        elif inspect.isfunction(obj):
            yield name, obj, inspect.iscoroutinefunction(obj)


def _collect() -> list[Block]:
    blocks = []
    names = ["trigger_client"] + [i.name for i in pkgutil.walk_packages(trigger_client.__path__, "trigger_client.")]
    for name in names:
        module = importlib.import_module(name)
        for where, obj, is_async in _documented(module):
            for i, code in enumerate(blocks_of(obj.__doc__)):
                suffix = f"#{i + 1}" if i else ""
                blocks.append(Block(name, where + suffix, code, is_async or "await " in code))
    return blocks


BLOCKS = _collect()
RUN = [b for b in BLOCKS if b.not_run is None]
NOT_RUN_BLOCKS = [b for b in BLOCKS if b.not_run is not None]


def source_blocks() -> list[tuple[str, str]]:
    """(file, code) of every ``Example::`` block written in the package's source, nested definitions included."""
    found = []
    for path in sorted(Path(trigger_client.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                found += [(str(path), code) for code in blocks_of(ast.get_docstring(node))]
    return found
