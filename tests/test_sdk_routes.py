"""``python -m codegen sdk-routes``: SDK routes matched to the client, on a committed fixture (no network).

The fixture (``tests/fixtures/sdk_api_client``) is a small ApiClient in the shapes the compiler prints for
``@trigger.dev/core``'s ``dist/esm/v3/apiClient/index.js``, with the ``runStream.js`` that sits beside it.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from codegen import generate, js_routes, sdk_routes, spec
from codegen.__main__ import main
from codegen.patch_kit import add_path, error_responses

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "sdk_api_client" / "index.js"
Node = dict[str, Any]


@pytest.fixture(scope="module")
def patched() -> Node:
    return generate.patched_spec()


def _routes(document: Node) -> dict[tuple[str, str], sdk_routes.Route]:
    sites, _unresolved = sdk_routes.read_sdk(FIXTURE)
    routes = sdk_routes.classify(sites, document, sdk_routes.realtime_feeds())
    return {(route.method, route.path): route for route in routes}


def test_every_call_form_is_read_with_its_method_and_path() -> None:
    sites, unresolved = sdk_routes.read_sdk(FIXTURE)
    assert [(s.method, s.path, s.function) for s in sites] == [
        ("GET", "/api/v3/runs/{runId}", "retrieveRun"),
        ("GET", "/api/v1/runs", "listRuns"),  # the method is in the paged helper's fourth argument
        ("GET", "/api/v1/queues/{value}", "retrieveQueue"),  # a regex in the parameter; the query dropped
        ("GET", "/api/v1/not-a-real-route", "listLimits"),  # a comment between the arguments
        ("POST", "/engine/v1/runs/{runId}/wait/duration", "waitForDuration"),
        # Both branches of a conditional URL built from a const base.
        ("POST", "/realtime/v1/sessions/{sessionId}/channels/{channel}/{io}/append", "appendToChannel"),
        ("POST", "/realtime/v1/sessions/{sessionId}/{io}/append", "appendToChannel"),
        ("GET", "/api/v1/not-real-reports/{key}", "getReport"),  # raw fetch
        ("GET", "/realtime/v1/runs/{runId}", "subscribeToRun"),  # runShapeStream, nested template for the query
        ("GET", "/realtime/v1/sessions/{sessionId}/out", "readSessionOut"),  # new SSEStreamSubscription(url)
        ("GET", "/realtime/v1/streams/{runId}/{streamKey}", "createSubscription"),  # from runStream.js
    ]
    assert [s.where for s in sites][-1] == "runStream.js:13"
    # A call forwarding a URL it was given is listed as not checked, never dropped silently.
    assert [(u.function, u.where) for u in unresolved] == [("fetchClient", "index.js:15")]
    assert unresolved[0].call.startswith("fetch(input,")


def test_each_route_is_mapped_realtime_in_task_or_missing(patched: Node) -> None:
    routes = _routes(patched)
    assert routes[("GET", "/api/v3/runs/{runId}")].where == "trigger_api.api.runs.retrieve_run_v1"
    assert routes[("GET", "/api/v1/queues/{value}")].where == "trigger_api.api.queues.retrieve_queue_v1"
    assert routes[("GET", "/realtime/v1/runs/{runId}")].where == "realtime: trigger_client/_realtime/feeds.py run_feed"
    assert routes[("GET", "/realtime/v1/streams/{runId}/{streamKey}")].where == (
        "realtime: trigger_client/_realtime/feeds.py stream_feed"
    )
    engine = routes[("POST", "/engine/v1/runs/{runId}/wait/duration")]
    assert engine.where.startswith("in-task: run-engine wait")
    assert "only that run's worker" in engine.where
    assert routes[("GET", "/api/v1/not-a-real-route")].missing


def test_cli_prints_one_line_per_route_and_exits_1_on_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sdk-routes", str(FIXTURE)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["GET", "/api/v3/runs/{runId}", "trigger_api.api.runs.retrieve_run_v1", "[retrieveRun]"]
    assert out[3].split() == ["GET", "/api/v1/not-a-real-route", "MISSING", "[listLimits]"]
    assert out[4].split()[:3] == ["POST", "/engine/v1/runs/{runId}/wait/duration", "in-task:"]
    assert out[-2] == "11 routes: 5 generated, 2 realtime, 1 in-task, 3 MISSING"
    assert out[-1].startswith("not checked (URL not built from the base URL here): fetch(input,")


def _with_routes(document: Node, routes: list[tuple[str, str]]) -> Node:
    extended = copy.deepcopy(document)
    for index, (method, path) in enumerate(routes):
        names = re.findall(r"\{(\w+)\}", path)
        params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in names]
        operation = {
            "operationId": f"added_{index}_v1",
            "tags": ["added"],
            "parameters": params,
            "responses": {"200": {"description": "ok"}, **error_responses(404)},
        }
        add_path(extended, path, method.lower(), operation)
    return extended


def test_a_route_added_to_the_spec_turns_missing_into_mapped(patched: Node, tmp_path: Path) -> None:
    missing = [key for key, route in _routes(patched).items() if route.missing]
    assert ("GET", "/api/v1/not-a-real-route") in missing
    flipped = _routes(_with_routes(patched, [("GET", "/api/v1/not-a-real-route")]))
    assert flipped[("GET", "/api/v1/not-a-real-route")].where == "trigger_api.api.added.added_0_v1"
    # Every missing route in the spec given to the command: it passes.
    newer = tmp_path / "newer.yaml"
    newer.write_text(spec.dump_yaml(_with_routes(spec.to_plain(spec.load(generate.DEFAULT_SPEC)), missing)))
    assert main(["sdk-routes", str(FIXTURE), "--spec", str(newer)]) == 0


def test_a_spec_parameter_never_stands_for_an_sdk_literal(patched: Node) -> None:
    spec_ops = sdk_routes._spec_operations(patched)
    # /api/v1/deployments/{deploymentId} exists; "current" is its own operation, not that one.
    assert sdk_routes.generated_operations("GET", "/api/v1/deployments/current", spec_ops) == [
        "trigger_api.api.deployments.get_current_deployment_v1"
    ]
    assert sdk_routes.generated_operations("GET", "/api/v1/deployments/newest", spec_ops) == []
    # An SDK parameter may be spelled out as literal paths in the spec: every one is listed.
    spelled = _with_routes(patched, [("GET", "/api/v1/runs/{runId}/not-a-real-route/payload")])
    assert sdk_routes.generated_operations(
        "GET", "/api/v1/runs/{runId}/not-a-real-route/{field}", sdk_routes._spec_operations(spelled)
    ) == ["trigger_api.api.added.added_0_v1"]


def test_every_realtime_entry_is_a_path_its_feed_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    served = sdk_routes.realtime_feeds()
    assert sorted(served) == sorted((e.method, js_routes.normalise(e.path)) for e in sdk_routes.REALTIME)
    wrong = sdk_routes.RealtimeFeed("GET", "/realtime/v2/runs/{runId}", "run_feed", sdk_routes.REALTIME[0].sample)
    gone = sdk_routes.RealtimeFeed("GET", "/realtime/v1/gone", "gone_feed", sdk_routes.REALTIME[0].sample)
    monkeypatch.setattr(sdk_routes, "REALTIME", (wrong, gone))
    assert sdk_routes.realtime_feeds() == {}


def test_every_in_task_entry_states_why() -> None:
    for method, pattern, reason in sdk_routes.IN_TASK:
        assert method in ("*", "GET", "POST", "PUT", "PATCH", "DELETE"), pattern
        assert pattern.startswith("/") and re.search(r"\(\w+(, \w+)*\): \w", reason), pattern  # "kind (fn): why"
    assert sdk_routes.in_task_reason("POST", "/engine/v1/runs/{runId}/waitpoints/tokens/{id}/wait") is not None
    assert sdk_routes.in_task_reason("GET", "/api/v1/sessions/{id}/snapshot-url") is not None
    assert sdk_routes.in_task_reason("POST", "/realtime/v1/streams/{runId}/input/{streamId}") is None  # send_input
