"""The error tree, shaped like openai-python's: what each error class derives from (the trees drawn in the README
and the errors guide match it), what an answered error carries, that ``except APIError`` also catches connection
failures, and the deprecated ``.status``."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import httpx
import pytest

import trigger_client
import trigger_client.webhooks
from tests.client.conftest import Harness, json_response
from trigger_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    TriggerClient,
    TriggerError,
)

ROOT = Path(__file__).resolve().parents[2]
# The documents whose Errors section draws the tree: the README and the errors guide.
DRAWINGS = (ROOT / "README.md", ROOT / "docs" / "guides" / "reliability.md")
PUBLIC_MODULES = (trigger_client, trigger_client.webhooks)


def error_tree() -> dict[str, str | None]:
    """Every public error class → the public error class it derives from (None for TriggerError)."""
    classes = {
        obj
        for module in PUBLIC_MODULES
        for name in module.__all__
        if isinstance(obj := getattr(module, name), type) and issubclass(obj, TriggerError)
    }
    # The first base that is itself a public error: mixins and builtins (ValueError...) are not part of the tree.
    return {cls.__name__: next((base.__name__ for base in cls.__bases__ if base in classes), None) for cls in classes}


def drawn_tree(document: Path) -> dict[str, str | None]:
    """The tree drawn in a document's Errors section: four spaces of indentation per level."""
    section = document.read_text(encoding="utf-8").split("## Errors\n", 1)[1]
    block = re.search(r"```text\n(.*?)```", section, re.S)
    assert block, f"the Errors section of {document.name} has no ```text tree"
    tree: dict[str, str | None] = {}
    parents: list[str] = []
    for line in block.group(1).splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 4
        name = line.split()[0]
        del parents[depth:]
        tree[name] = parents[-1] if parents else None
        parents.append(name)
    return tree


def test_the_tree_is_openai_shaped() -> None:
    tree = error_tree()
    print("\n".join(f"{name} -> {base}" for name, base in sorted(tree.items(), key=lambda kv: str(kv[1]))))
    assert tree["APIError"] == "TriggerError"
    assert tree["APIStatusError"] == tree["APIConnectionError"] == tree["APIResponseValidationError"] == "APIError"
    assert tree["APITimeoutError"] == "APIConnectionError"
    assert tree["ResponseTooLargeError"] == "APIResponseValidationError"
    for name in ("BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError"):
        assert tree[name] == "APIStatusError"
    for name in ("ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError"):
        assert tree[name] == "APIStatusError"


@pytest.mark.parametrize("document", DRAWINGS, ids=lambda p: p.name)
def test_the_documents_draw_the_tree(document: Path) -> None:
    assert drawn_tree(document) == error_tree()


async def test_a_status_error_carries_the_answer(api: Harness) -> None:
    api.answer(json_response(404, {"error": "Run not found"}, {"x-request-id": "req_1"}))
    with pytest.raises(NotFoundError) as caught:
        await api.call(lambda c: c.runs.retrieve("run_missing"))
    exc = caught.value
    assert isinstance(exc.response, httpx.Response) and exc.response.status_code == exc.status_code == 404
    assert exc.request is api.requests[-1] and exc.response.request is exc.request
    assert (exc.request.method, exc.request.url.path) == ("GET", "/api/v3/runs/run_missing")
    assert exc.body == exc.response.json() == {"error": "Run not found"}
    assert (exc.message, str(exc), exc.request_id) == ("Run not found", "404 Run not found", "req_1")
    assert exc.headers["content-type"] == "application/json"


def test_except_api_error_also_catches_connection_failures() -> None:
    client = TriggerClient(secret_key="tr_dev_x", api_url="http://127.0.0.1:9", max_retries=0)
    with client, pytest.raises(APIError) as caught:
        client.runs.retrieve("run_x")
    assert isinstance(caught.value, APIConnectionError) and not isinstance(caught.value, APIStatusError)
    assert caught.value.message == str(caught.value) and caught.value.request is not None
    assert caught.value.body is None
    assert issubclass(APITimeoutError, APIError)


def test_status_is_a_deprecated_alias_of_status_code() -> None:
    errors = [
        NotFoundError("Run not found", status_code=404),
        RateLimitError("slow down", status_code=429, headers={"x-ratelimit-limit": "5"}),
        APIResponseValidationError("bad body", status_code=200, body="{"),
        ResponseTooLargeError("too big", status_code=200, limit=10),
    ]
    for exc in errors:
        with pytest.warns(DeprecationWarning, match=rf"{type(exc).__name__}\.status is deprecated; use \.status_code"):
            assert exc.status == exc.status_code
    assert errors[1].limit == 5 and str(errors[0]) == "404 Run not found"
    with pytest.warns(DeprecationWarning, match=r"NotFoundError\(status=\.\.\.\) is deprecated; pass status_code="):
        legacy = NotFoundError("gone", status=404)
    assert legacy.status_code == legacy.response.status_code == 404
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new names warn about nothing
        assert NotFoundError("gone", status_code=404).status_code == 404
    with pytest.raises(TypeError, match="needs status_code"):
        APIStatusError("no status")


def test_api_error_built_with_a_status_is_a_deprecated_status_error() -> None:
    """Before 0.2 APIError was the status error; building one with a status still gives one, with a warning."""
    with pytest.warns(DeprecationWarning, match=r"use APIStatusError\(\.\.\., status_code=\.\.\.\)"):
        legacy = APIError("Run not found", status_code=404, headers={"x-request-id": "req_1"})
    assert isinstance(legacy, APIStatusError) and (str(legacy), legacy.request_id) == ("404 Run not found", "req_1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plain = APIError("no answer")
    assert type(plain) is APIError and str(plain) == "no answer" and plain.request is None
