"""Identifiers cannot leave their route: every value that becomes a path segment is checked (empty, ``.``, ``..``,
``/``, control characters refused with a ``ValidationError`` naming it, before anything is sent), and every path
is built from percent-encoded segments, so that for every generated operation and every realtime feed, whatever
the identifier, the request goes to that operation's route with the identifier as exactly one segment."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import trigger_api.api
from trigger_api.errors import UnsafePathSegment
from trigger_client import AsyncTriggerClient, InternalServerError, QueueRef, TriggerClient, ValidationError
from trigger_client._realtime import batch_feed, run_feed, stream_feed

SECRET = "tr_dev_IdentifierSecretKey0123456789"
BASE = "https://api.trigger.dev"
HOSTILE = [
    "",
    ".",
    "..",
    "a/b",
    "../x",
    "run_/../../api/v1/projects/proj_x/envvars/prod",
    "run_..",  # fine as a segment: only exact dot segments and '/' move a path
    "x\r\nx-injected: 1",
    "x\n",
    "x\x00",
    "x\x7f",
    "x\x85",
]
REFUSED = [value for value in HOSTILE if value != "run_.."]


# --- the generated layer: every operation with path parameters --------------------------------------------------


class _Body:
    """Stands in for any required non-path argument: a JSON body (``to_dict``), a raw body such as NDJSON batch items
    (a ``File``'s ``payload``) or an enum query value (``value``)."""

    value = "dev"
    payload = b""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _operations() -> list[tuple[str, Any, str, list[str]]]:
    found = []
    for info in pkgutil.walk_packages(trigger_api.api.__path__, "trigger_api.api."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "_get_kwargs"):
            continue
        template = re.search(r'"url": "([^"]+)"', inspect.getsource(module._get_kwargs))
        assert template is not None, info.name
        names = re.findall(r"\{(\w+)\}", template.group(1))
        if names:
            found.append((info.name.rsplit(".", 1)[-1], module, template.group(1), names))
    return found


OPERATIONS = _operations()
# One client to join URLs with (building one per example would load the CA bundle each time).
HTTP = httpx.Client(base_url=BASE)


def test_every_path_operation_is_covered() -> None:
    assert len(OPERATIONS) >= 30, [name for name, *_ in OPERATIONS]


def _route(template: str, names: list[str]) -> re.Pattern[str]:
    pattern = re.escape(template)
    for name in names:
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")
    return re.compile(pattern + "$")


@pytest.mark.parametrize(("name", "module", "template", "names"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)))
@example(value="%2e%2e")
@example(value="..%2F..")
def test_no_identifier_reaches_another_route(
    name: str, module: Any, template: str, names: list[str], value: str
) -> None:
    signature = inspect.signature(module._get_kwargs)
    base = {p: ("x" if p in names else _Body()) for p, v in signature.parameters.items() if v.default is v.empty}
    route = _route(template, names)
    for target in names:
        try:
            request = module._get_kwargs(**{**base, target: value})
        except UnsafePathSegment as exc:
            assert value in ("", ".", "..") and exc.name == target
            continue
        path = HTTP.build_request(request["method"], request["url"]).url.raw_path.decode().split("?")[0]
        match = route.match(path)
        assert match is not None, f"{name}: {value!r} as {target} reached {path}"
        assert unquote(match.group(target)) == value  # the whole value, as one segment


# --- realtime paths are built the same way ----------------------------------------------------------------------


@given(value=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)))
@settings(max_examples=80, deadline=None)
def test_realtime_paths_keep_identifiers_in_one_segment(value: str) -> None:
    cases: list[tuple[Callable[[], Any], str]] = [
        (lambda: run_feed("run_" + value, stop_on_completion=True, skip_columns=None), r"/realtime/v1/runs/([^/]+)"),
        (lambda: batch_feed("batch_" + value, skip_columns=None), r"/realtime/v1/batches/([^/]+)"),
        (
            lambda: stream_feed("run_1", value, as_json=True, timeout_seconds=None, last_event_id=None),
            r"/realtime/v1/streams/run_1/([^/]+)",
        ),
    ]
    for build, pattern in cases:
        try:
            feed = build()
        except ValidationError:
            continue
        path = HTTP.build_request("GET", feed.path).url.raw_path.decode()
        assert re.fullmatch(pattern, path), path


# --- the resources: a ValidationError naming the argument, nothing sent -----------------------------------------

V = "__VALUE__"
# (method call with V where the identifier goes, the argument's name)
CALLS: list[tuple[str, str]] = [
    ("runs.retrieve(V)", "run_id"),
    ("runs.cancel(V)", "run_id"),
    ("runs.replay(V)", "run_id"),
    ("runs.reschedule(V, '1h')", "run_id"),
    ("runs.result(V)", "run_id"),
    ("runs.events(V)", "run_id"),
    ("runs.trace(V)", "run_id"),
    ("runs.update_metadata(V, {'a': 1})", "run_id"),
    ("runs.add_tags(V, ['a'])", "run_id"),
    ("runs.subscribe(V)", "run_id"),
    ("runs.stream(V, 'key')", "run_id"),
    ("runs.stream('run_1', V)", "key"),
    ("batches.retrieve(V)", "batch_id"),
    ("batches.results(V)", "batch_id"),
    ("batches.subscribe(V)", "batch_id"),
    ("schedules.retrieve(V)", "schedule_id"),
    ("schedules.update(V, task='t', cron='0 * * * *')", "schedule_id"),
    ("schedules.delete(V)", "schedule_id"),
    ("schedules.activate(V)", "schedule_id"),
    ("schedules.deactivate(V)", "schedule_id"),
    ("waitpoints.tokens.retrieve(V)", "waitpoint_id"),
    ("waitpoints.tokens.complete(V, {'ok': True})", "waitpoint_id"),
    ("waitpoints.tokens.complete_callback('waitpoint_1', V, {})", "callback_hash"),
    ("deployments.retrieve(V)", "deployment_id"),
    ("deployments.promote(V)", "version"),
    ("queues.retrieve(V)", "queue"),
    ("queues.pause(QueueRef('custom', V))", "queue.name"),
    ("queues.resume(QueueRef('task', V))", "queue.name"),
    ("queues.override_concurrency(V, 5)", "queue"),
    ("queues.reset_concurrency(QueueRef('custom', V))", "queue.name"),
    ("tasks.trigger(V, {})", "task_id"),
    ("tasks.batch_trigger(V, [{'payload': 1}])", "task_id"),
    ("envvars.list(V, 'dev')", "project_ref"),
    ("envvars.retrieve('proj_1', 'dev', V)", "name"),
    ("envvars.update('proj_1', 'dev', V, value='v')", "name"),
    ("envvars.delete('proj_1', 'dev', V)", "name"),
    ("envvars.create('proj_1', 'dev', name=V, value='v')", "name"),
    # --- concurrency limits (SDK 4.8.3): a limit name, or task/<task id> ---
    ("concurrency_limits.retrieve(V)", "name"),
    ("concurrency_limits.override(V, total=1)", "name"),
    ("concurrency_limits.pause(V)", "name"),
    ("concurrency_limits.reset(V)", "name"),
    ("concurrency_limits.retrieve('task/' + V)", "name"),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    ("query.dashboards.retrieve(V)", "dashboard_id"),
    ("query.dashboards.delete(V)", "dashboard_id"),
    ("query.dashboards.widgets.update('dashboard_1', V, title='t')", "widget_id"),
    ("query.dashboards.widgets.delete(V, 'w1')", "dashboard_id"),
    ("prompts.versions(V)", "slug"),
    ("prompts.resolve(V)", "slug"),
    ("prompts.remove_override(V)", "slug"),
    ("reports.retrieve(V)", "key"),
]
PREFIX = {"run_id": "run_", "batch_id": "batch_", "schedule_id": "sched_", "waitpoint_id": "waitpoint_"}
PREFIX.update(queue="queue_", project_ref="proj_")


def _sent_nothing(
    client_class: type[TriggerClient] | type[AsyncTriggerClient],
) -> tuple[list[httpx.Request], dict[str, Any]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    mock = httpx.MockTransport(answer)
    return sent, {"secret_key": SECRET, "api_url": BASE, "max_retries": 0, "transport": mock}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("value", REFUSED, ids=[repr(v) for v in REFUSED])
@pytest.mark.parametrize(("expression", "field"), CALLS, ids=[c[0].split("(")[0] + ":" + c[1] for c in CALLS])
def test_hostile_identifiers_are_refused_before_sending(expression: str, field: str, value: str, mode: str) -> None:
    # Ids keep their prefix where that still leaves the value unsafe, so that the segment check is what fires.
    full = value if value in ("", ".", "..") else PREFIX.get(field, "") + value
    sent, kwargs = _sent_nothing(TriggerClient)

    async def run_async() -> None:
        async with AsyncTriggerClient(**kwargs) as client:
            result = eval(expression, {"QueueRef": QueueRef, "V": full}, _resources(client))
            if inspect.isawaitable(result):
                await result

    if field == "queue.name" and "/" in value and value.isprintable():
        # Queue names may hold '/': it travels escaped inside the one segment, as the SDK sends it (§2.7).
        deprecated = "_concurrency(" in expression  # queue-level overrides warn: concurrency_limits replaces them
        warns = pytest.warns(DeprecationWarning) if deprecated else contextlib.nullcontext()
        with TriggerClient(**kwargs) as client, pytest.raises(InternalServerError), warns:
            eval(expression, {"QueueRef": QueueRef, "V": full}, _resources(client))
        assert len(sent) == 1, sent
        assert sent[0].url.raw_path.split(b"/")[4] == quote(full.replace("/", "%2F"), safe="").encode()
        return
    with pytest.raises(ValidationError) as caught:
        if mode == "sync":
            with TriggerClient(**kwargs) as client:
                eval(expression, {"QueueRef": QueueRef, "V": full}, _resources(client))
        else:
            asyncio.run(run_async())
    assert caught.value.field == field, caught.value
    assert field in str(caught.value)
    assert sent == []


def _resources(client: Any) -> dict[str, Any]:
    names = ("runs", "batches", "schedules", "waitpoints", "deployments", "queues", "tasks", "envvars", "query")
    names += ("concurrency_limits", "prompts", "reports")
    return {name: getattr(client, name) for name in names}


@pytest.mark.parametrize("value", ["x\r\n", "x\n", "\x00"])
def test_last_event_id_with_control_characters_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        stream_feed("run_1", "key", as_json=True, timeout_seconds=None, last_event_id=value)
    assert caught.value.field == "last_event_id"
