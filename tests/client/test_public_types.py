"""What users touch: stable model names, no Unset, and a typed boundary to the generated code."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import trigger_client
import trigger_client.types as public_types
from tests.client.conftest import Harness, json_response
from tests.client.test_core import RUN
from tests.client.test_raw_responses import RESOURCES
from trigger_api.types import UNSET

ROOT = Path(__file__).resolve().parents[2]


def _models() -> list[type]:
    return [obj for name in public_types.__all__ if attrs.has(obj := getattr(public_types, name))]


def test_public_models_declare_optional_fields_as_none() -> None:
    seen = 0
    for model in _models():
        for field in attrs.fields(model):
            assert "Unset" not in str(field.type), f"{model.__name__}.{field.name}: {field.type}"
            if field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                seen += 1
    assert seen > 50  # the models do have optional fields, and they all default to a plain value
    assert UNSET is None


def test_absent_fields_are_none_with_a_readable_repr() -> None:
    run = public_types.Run.from_dict(RUN)
    assert (run.output, run.error, run.started_at, run.version, run.payload) == (None, None, None, None, None)
    assert "Unset" not in repr(run) and "output=None" in repr(run)
    assert run.to_dict().keys() >= {"id", "status"} and "output" not in run.to_dict()


async def test_no_output_is_none_everywhere(api: Harness) -> None:
    finished = {**RUN, "status": "COMPLETED", "isCompleted": True, "isSuccess": True}
    api.answer(json_response(200, finished))
    assert (await api.call(lambda c: c.runs.retrieve("run_abc"))).output is None
    api.answer(json_response(200, {"ok": True, "id": "run_abc", "outputType": "application/json"}))
    assert (await api.call(lambda c: c.runs.result("run_abc"))).output is None
    api.answer(json_response(200, {"id": "run_abc"}), json_response(200, finished))
    assert await api.call(lambda c: c.tasks.trigger_and_wait("t", {}, interval=0.01, timeout=5)) is None
    assert [r.method for r in api.requests] == ["GET", "GET", "POST", "GET"]


_TYPING = set(dir(typing)) | {"builtins", "dt", "list", "dict", "str", "int", "bool", "float", "None"}


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_results_are_named_in_trigger_client_or_its_types(resource: str) -> None:
    """Users never need the generated package: every model a method returns is importable from trigger_client."""
    for cls in RESOURCES[resource][:2]:
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            annotation = str(inspect.signature(method).return_annotation)
            for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
                if ident[0].isupper() and ident not in _TYPING:
                    assert hasattr(public_types, ident) or hasattr(trigger_client, ident), (
                        f"{cls.__name__}.{name} returns {annotation}: {ident} is not exported"
                    )


def test_resources_use_only_the_typed_builders() -> None:
    sources = "".join(p.read_text() for p in (ROOT / "trigger_client").rglob("*.py"))
    assert "_get_kwargs" not in sources and "_parse_response" not in sources
    assert not re.search(r"filter[a-z]+_|pagesize|pageafter", sources)


@pytest.mark.timeout(300)
def test_mypy_rejects_a_call_site_the_generator_broke(tmp_path: Path) -> None:
    """A renamed builder parameter (what a generator upgrade or spec change produces) and raw paginators fail mypy."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from trigger_api.api.runs import list_runs_v1\n"
        "from trigger_client import TriggerClient\n"
        "from trigger_client._operation import call\n"
        "from trigger_client.types import RunListItem\n"
        "ok = call(list_runs_v1.build(filter_created_at_period='1d', page_size=5))\n"
        "bad = call(list_runs_v1.build(filtercreated_atperiod='1d'))\n"
        "def f(c: TriggerClient) -> RunListItem:\n"
        "    c.with_raw_response.runs.list()\n"
        "    return c.with_raw_response.runs.retrieve('run_1').parsed\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir=/dev/null", str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line.split(": error: ")[1] for line in result.stdout.splitlines() if ": error: " in line]
    assert errors == [
        'Unexpected keyword argument "filtercreated_atperiod" for "build"; did you mean "filter_created_at_period"?'
        "  [call-arg]",
        '"RawRuns" has no attribute "list"  [attr-defined]',
        'Incompatible return value type (got "Run", expected "RunListItem")  [return-value]',
    ], result.stdout


def test_builders_carry_readable_names_and_typed_parsers() -> None:
    from trigger_api.api.runs import list_runs_v1

    request = list_runs_v1.build(filter_created_at_period="1d", filter_status=None, page_size=5)
    kwargs = request.prepare()
    assert kwargs["params"] == {"filter[createdAt][period]": "1d", "page[size]": 5}
    assert (request.name, kwargs["method"], kwargs["url"]) == ("list_runs_v1", "get", "/api/v1/runs")
    assert repr(request) == "ApiRequest(list_runs_v1)"
    parsed: Any = request.parse(json_response(200, {"data": [], "pagination": {}}))
    assert type(parsed).__name__ == "RunListPage" and parsed.data == []
    with pytest.raises(ValueError, match="not a documented success"):
        request.parse(json_response(201, {}))
