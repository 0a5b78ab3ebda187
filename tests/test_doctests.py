"""The ``>>>`` examples in the package's docstrings run and print what they show, so none of them goes stale
(those marked ``# doctest: +SKIP`` need a live client or emulator around them)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import trigger_client


def _modules_with_examples() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(trigger_client.__path__, "trigger_client."):
        spec = importlib.util.find_spec(info.name)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            with open(spec.origin, encoding="utf-8") as source:
                if ">>> " in source.read():
                    names.append(info.name)
    return names


MODULES = _modules_with_examples()


def test_examples_are_found() -> None:
    assert {"trigger_client._http.pacing", "trigger_client.testing._server"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail (python -m doctest -v)"
