"""``python -m codegen sdk-routes FILE``: does the client cover every route the official SDK's ApiClient calls?

``FILE`` is ``@trigger.dev/core``'s ``dist/esm/v3/apiClient/index.js`` (``runStream.js`` beside it is read too: the
run stream subscription URL is built there). Each route is printed with where the client serves it:

- the generated operation (``trigger_api.api.<tag>.<operation>``) whose method and path match in the patched spec;
- ``realtime``: the hand-written realtime layer (:data:`REALTIME`, each entry checked against the path its feed
  builds in ``trigger_client/_realtime/feeds.py``);
- ``in-task``: meaningful only inside a running task (:data:`IN_TASK`, each with the reason);
- ``MISSING``: none of these. Any MISSING route makes the command exit 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import diff, js_routes
from codegen.spec import Node, operations

# (method, path with {} for each parameter and a trailing /** for "anything below", reason), from reading
# @trigger.dev/core 4.8.3 dist/esm/v3/apiClient/index.js and the SDK modules that call each method.
IN_TASK: tuple[tuple[str, str, str], ...] = (
    (
        "POST",
        "/engine/**",
        "run-engine wait (waitForWaitpointToken, waitForDuration): suspends the calling run, so only that run's "
        "worker can call it",
    ),
    (
        "PUT",
        "/realtime/v1/streams/{}/{}/{}",
        "task-side stream writer (createStream): opens the running task's output stream for metadata.stream",
    ),
    (
        "POST",
        "/realtime/v1/streams/{}/{}/{}/append",
        "task-side stream writer (appendToStream): a chunk of the running task's output stream",
    ),
    (
        "PUT",
        "/realtime/v1/sessions/{}/{}",
        "task-side session writer (initializeSessionStream): the agent run opens the session's `out` channel "
        "(sdk sessions.js writer)",
    ),
    (
        "PUT",
        "/realtime/v1/sessions/{}/channels/{}/{}",
        "task-side session writer (initializeSessionStream): the same, on a named side channel",
    ),
    (
        "GET",
        "/realtime/v1/sessions/{}/{}/records",
        "run-boot drain of a session channel (readSessionStreamRecords): the agent run replays its tail when it "
        "starts (sdk ai.js)",
    ),
    (
        "GET",
        "/realtime/v1/sessions/{}/channels/{}/{}/records",
        "run-boot drain of a session channel (readSessionStreamRecords): the same, on a named side channel",
    ),
    (
        "*",
        "/api/v1/sessions/{}/snapshot-url",
        "chat.agent snapshot URLs (createChatSnapshotUploadUrl, getChatSnapshotUrl): the agent run saves and "
        "restores its own state",
    ),
    (
        "POST",
        "/api/v1/webhooks/endpoints/{}/waiters",
        "webhook waiter (createWebhookWaiter): a waitpoint the running task then blocks on",
    ),
    (
        "POST",
        "/api/v1/webhooks/waiters/{}/cancel",
        "webhook waiter (cancelWebhookWaiter): the running task gives up a waiter it created",
    ),
    (
        "POST",
        "/api/v1/runs/{}/input-streams/wait",
        "input-stream waitpoint (createInputStreamWaitpoint): the running task waits for input",
    ),
    (
        "POST",
        "/api/v1/runs/{}/session-streams/wait",
        "session-stream waitpoint (createSessionStreamWaitpoint): the running agent waits for the next message",
    ),
)


# Not in-task, though they share the session channel paths: appending to a session's `in` channel and subscribing to
# its `out` channel (appendToSessionStream, subscribeToSessionStream) are how a backend or a browser talks to a running
# agent (@trigger.dev/sdk 4.8.3 dist/esm/v3/sessions.js `.in.send()` "called by external clients", `.read()`;
# chat-client.js AgentChat), so the client serves them: generated appends (codegen/endpoints_session_channels.py) and
# the realtime `session_feed` below.


@dataclass(frozen=True)
class RealtimeFeed:
    """A route the realtime layer serves: the feed builder in ``trigger_client/_realtime/feeds.py`` that opens it."""

    method: str
    path: str
    feed: str
    sample: Callable[[Any], Any]  # builds the feed's protocol from sample arguments; its path is checked
    # Sample path parts that stand for a parameter though the feed checks their value (an enum such as `io`).
    enum_samples: tuple[str, ...] = ()


_SAMPLE = "SAMPLE"
REALTIME: tuple[RealtimeFeed, ...] = (
    RealtimeFeed(
        "GET",
        "/realtime/v1/runs/{runId}",
        "run_feed",
        lambda f: f.run_feed(f"run_{_SAMPLE}", stop_on_completion=True, skip_columns=None),
    ),
    RealtimeFeed(
        "GET", "/realtime/v1/runs", "tag_feed", lambda f: f.tag_feed(["tag"], created_after="1h", skip_columns=None)
    ),
    RealtimeFeed(
        "GET",
        "/realtime/v1/batches/{batchId}",
        "batch_feed",
        lambda f: f.batch_feed(f"batch_{_SAMPLE}", skip_columns=None),
    ),
    RealtimeFeed(
        "GET",
        "/realtime/v1/streams/{runId}/{streamKey}",
        "stream_feed",
        lambda f: f.stream_feed(f"run_{_SAMPLE}", _SAMPLE, as_json=True, timeout_seconds=None, last_event_id=None),
    ),
    RealtimeFeed(
        "GET",
        "/realtime/v1/sessions/{sessionIdOrExternalId}/{io}",
        "session_feed",
        lambda f: f.session_feed(_SAMPLE, io="out", channel=None, last_event_id=None),
        enum_samples=("out",),
    ),
    RealtimeFeed(
        "GET",
        "/realtime/v1/sessions/{sessionIdOrExternalId}/channels/{channel}/{io}",
        "session_feed",
        lambda f: f.session_feed(_SAMPLE, io="out", channel=_SAMPLE, last_event_id=None),
        enum_samples=("out",),
    ),
)


def _pattern(path: str) -> re.Pattern[str]:
    parts = [r"[^/]+" if part == "{}" else re.escape(part) for part in js_routes.normalise(path).split("/")]
    regex = "/".join(parts)
    return re.compile(regex.replace("/\\*\\*", "(?:/.*)?") + "$")


def in_task_reason(method: str, path: str) -> str | None:
    """Why a route only makes sense inside a running task, or None."""
    for verb, pattern, reason in IN_TASK:
        if verb in ("*", method) and _pattern(pattern).match(js_routes.normalise(path)):
            return reason
    return None


def realtime_feeds() -> dict[tuple[str, str], str]:
    """(method, normalised path) -> feed, for every :data:`REALTIME` entry whose feed still builds that path."""
    from trigger_client._realtime import feeds  # the package under test, imported only by this command

    served: dict[tuple[str, str], str] = {}
    for entry in REALTIME:
        builder = getattr(feeds, entry.feed, None)
        if builder is None:
            continue
        built = "/".join(
            "{}" if _SAMPLE in part or part in entry.enum_samples else part
            for part in entry.sample(feeds).path.split("/")
        )
        if built == js_routes.normalise(entry.path):
            served[(entry.method, built)] = f"trigger_client/_realtime/feeds.py {entry.feed}"
    return served


def _spec_operations(spec: Node) -> list[tuple[str, list[str], str]]:
    return [
        (
            method.upper(),
            js_routes.normalise(path).split("/"),
            diff.module_path(str((op.get("tags") or ["default"])[0]), str(op.get("operationId"))),
        )
        for path, method, op, _item in operations(spec)
    ]


def generated_operations(method: str, path: str, spec_ops: list[tuple[str, list[str], str]]) -> list[str]:
    """The generated modules serving a route: its exact path, else the spec's literal paths its parameters cover.

    A spec parameter never stands for an SDK literal (``/deployments/{id}`` is not ``/deployments/current``), but an
    SDK parameter may be spelled out in the spec (``/packets/{field}`` as ``/packets/payload`` and ``/output``).
    """
    segments = js_routes.normalise(path).split("/")
    exact = [module for verb, spec_path, module in spec_ops if verb == method and spec_path == segments]
    if exact:
        return exact
    return [
        module
        for verb, spec_path, module in spec_ops
        if verb == method
        and len(spec_path) == len(segments)
        and all(s == r or (r == "{}" and s != "{}") for s, r in zip(spec_path, segments, strict=True))
    ]


@dataclass(frozen=True)
class Route:
    """One route of the SDK, every ApiClient function that calls it, and where the client serves it."""

    method: str
    path: str
    functions: tuple[str, ...]
    where: str  # a generated module list, "realtime: …", "in-task: …" or "MISSING"

    @property
    def missing(self) -> bool:
        return self.where == "MISSING"


def classify(sites: list[js_routes.CallSite], spec: Node, realtime: dict[tuple[str, str], str]) -> list[Route]:
    """One :class:`Route` per distinct method and path, in the order the SDK file first calls them."""
    grouped: dict[tuple[str, str], list[js_routes.CallSite]] = {}
    for site in sites:
        grouped.setdefault(site.key, []).append(site)
    spec_ops = _spec_operations(spec)
    routes = []
    for key, calls in grouped.items():
        method, path = calls[0].method, calls[0].path
        functions = tuple(dict.fromkeys(call.function for call in calls))
        modules = generated_operations(method, path, spec_ops)
        reason = in_task_reason(method, path)
        if modules:
            where = ", ".join(modules)
        elif key in realtime:
            where = f"realtime: {realtime[key]}"
        elif reason is not None:
            where = f"in-task: {reason}"
        else:
            where = "MISSING"
        routes.append(Route(method, path, functions, where))
    return routes


def read_sdk(index_js: Path) -> tuple[list[js_routes.CallSite], list[js_routes.Unresolved]]:
    """The call sites of ``index.js`` and of the ``runStream.js`` beside it (when present)."""
    sites, unresolved = js_routes.scan(index_js.read_text(encoding="utf-8"), index_js.name)
    stream = index_js.with_name("runStream.js")
    if stream.is_file():
        more, more_unresolved = js_routes.scan(stream.read_text(encoding="utf-8"), stream.name)
        sites += more
        unresolved += more_unresolved
    return sites, unresolved


def report(routes: list[Route], unresolved: list[js_routes.Unresolved]) -> str:
    """One line per route (method, path, where the client serves it, the SDK functions), then the counts."""
    width = max((len(r.path) for r in routes), default=0)
    lines = [f"{r.method:<7}{r.path:<{width}}  {r.where}  [{', '.join(r.functions)}]" for r in routes]
    counts = {
        "generated": sum(not r.missing and r.where.startswith("trigger_api.") for r in routes),
        "realtime": sum(r.where.startswith("realtime:") for r in routes),
        "in-task": sum(r.where.startswith("in-task:") for r in routes),
        "MISSING": sum(r.missing for r in routes),
    }
    lines.append(f"{len(routes)} routes: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    lines.extend(
        f"not checked (URL not built from the base URL here): {u.call} in {u.function} ({u.where})" for u in unresolved
    )
    return "\n".join(lines) + "\n"
