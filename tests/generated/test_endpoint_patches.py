"""Every added-route patch steps aside once upstream's document has the route (each table of ``ENDPOINT_TABLES``).

Generic over the tables, so a new ``codegen/endpoints_<area>.py`` table is covered as soon as it is registered.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from codegen import generate, patches, spec
from codegen.patch_kit import Patch

Node = dict[str, Any]
ENTRIES = [entry for table in patches.ENDPOINT_TABLES for entry in table]


def _patch(entry: tuple[str, str, Callable[[Node], bool], str]) -> Patch:
    name, why, fix, scope = entry
    return Patch(name, why, fix, scope=scope)


def _operations(document: Node) -> set[tuple[str, str]]:
    return {(path, method) for path, method, _op, _item in spec.operations(document)}


@pytest.fixture(scope="module")
def added_routes() -> dict[str, set[tuple[str, str]]]:
    """The (path, method) pairs each entry adds, applying the tables in order to the vendored spec."""
    document = spec.to_plain(spec.load(generate.DEFAULT_SPEC))
    added: dict[str, set[tuple[str, str]]] = {}
    for entry in ENTRIES:
        before = _operations(document)
        _patch(entry).apply(document)
        added[entry[0]] = _operations(document) - before
    return added


@pytest.fixture(scope="module")
def patched() -> Node:
    return generate.patched_spec()


def test_the_tables_add_routes() -> None:
    assert ENTRIES, "no endpoint table registered"
    assert len({entry[0] for entry in ENTRIES}) == len(ENTRIES), "two endpoint patches share a name"


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry[0] for entry in ENTRIES])
def test_endpoint_patch_is_a_no_op_once_upstream_has_its_route(
    entry: tuple[str, str, Callable[[Node], bool], str], added_routes: dict[str, set[tuple[str, str]]], patched: Node
) -> None:
    # Upstream's document: everything the patches produce, but each route this entry adds is upstream's own
    # operation (another operationId), which the patch must leave as it is.
    upstream = copy.deepcopy(patched)
    theirs: dict[tuple[str, str], Node] = {}
    for path, method in added_routes[entry[0]]:
        theirs[(path, method)] = {"operationId": f"upstream_{method}", "responses": {"200": {"description": "ok"}}}
        upstream["paths"][path][method] = copy.deepcopy(theirs[(path, method)])
    outcome = _patch(entry).apply(upstream)
    assert outcome.status == patches.NO_OP, outcome.line()
    assert patches.report([outcome]).startswith(f"{patches.NO_OP:<12} {entry[0]}\n")
    for (path, method), operation in theirs.items():
        assert upstream["paths"][path][method] == operation, f"{entry[0]} rewrote upstream's {method} {path}"
