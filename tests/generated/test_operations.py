"""Every generated operation on the wire: method, raw path, query, JSON body and the parsed answer."""

from __future__ import annotations

import json

import pytest

from codegen.generate import DEFAULT_SPEC as VENDORED_SPEC
from codegen.spec import load, operations
from tests.generated.cases import CASES, TOKEN, Case, compact, send, spec_operations


def test_every_operation_of_the_patched_spec_has_a_wire_case() -> None:
    covered = {case.operation_id for case in CASES}
    assert covered == set(spec_operations())
    # Counted from the vendored document, never a literal: a new spec needs new cases.
    vendored = {op["operationId"] for _path, _method, op, _item in operations(load(VENDORED_SPEC))}
    assert vendored and vendored <= covered


def test_case_methods_and_paths_match_the_spec() -> None:
    operations = spec_operations()
    for case in CASES:
        _tag, method, template = operations[case.operation_id]
        assert case.method == method, case.id
        assert case.raw_path.count("/") == template.count("/"), case.id


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_on_the_wire(case: Case) -> None:
    request = send(case).request
    assert request.method == case.method
    assert request.url.host == "api.trigger.dev"
    assert request.url.raw_path.decode("ascii") == case.raw_path + (f"?{case.query}" if case.query else "")
    assert request.headers.get("authorization") == (f"Bearer {TOKEN}" if case.authenticated else None)
    if case.body is None:
        # No body: no bytes, and content-length 0 on POST like the SDK (docs/wire.md#encoding).
        assert request.content == b""
        assert "content-type" not in request.headers
        assert request.headers.get("content-length") == ("0" if case.method in ("POST", "PUT") else None)
        return
    if isinstance(case.body, bytes):  # the NDJSON batch item stream
        assert request.headers["content-type"] == "application/x-ndjson"
        assert request.content == case.body
        return
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == case.body
    if case.exact_body:
        assert request.content == compact(case.body)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_response_parsed_into_the_model(case: Case) -> None:
    parsed = send(case).parsed
    assert type(parsed).__name__ == case.model
    case.check(parsed)
