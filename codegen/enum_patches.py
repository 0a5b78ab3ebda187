"""One enum per concept: the spec repeats an enum inline in every model and parameter that uses it.

The generator makes a class of each copy (a run's status was ``RunStatus`` on a run, ``RunListItemStatus`` on a list
item, and five more classes in the filters). :data:`SHARED_ENUMS` names each concept once; its patch moves the values
into one component schema and points every copy at it, so the generated layer has one class per concept.
``tests/generated/test_enums.py`` fails on any new pair of generated enums with the same values.

Error answers are different: their ``error`` enums list the message one route sends (``"Run not found"``), copied
per operation, and the server words them differently from route to route. :func:`error_messages_as_text` makes them
the text they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.patch_kit import PatchTargetMissing
from codegen.query_patches import RUN_STATUSES
from codegen.spec import Node, operations

# Keys that describe one use of the enum stay with it; the values move to the component. The reference is wrapped in
# allOf because the generator ignores a $ref's siblings (a default such as `type: id` would be lost).
_USE_KEYS = ("description", "example", "default")


@dataclass(frozen=True)
class SharedEnum:
    """A component schema ``name`` holding ``values`` in this order; every inline enum with exactly these values,
    or with one of the ``subsets`` (a list that leaves values out, e.g. a filter), is replaced by a reference.
    With ``open_ended``, copies holding more values match too, and the component gains their extra values."""

    name: str
    values: tuple[str, ...]
    why: str
    subsets: tuple[frozenset[str], ...] = ()
    open_ended: bool = False

    def matches(self, values: list[Any]) -> bool:
        found, own = frozenset(values), frozenset(self.values)
        return found == own or found in self.subsets or (self.open_ended and found > own)


SHARED_ENUMS: tuple[SharedEnum, ...] = (
    SharedEnum(
        "RunStatus",
        RUN_STATUSES,
        "one status for runs, list items and both runs filters, as `RunStatus` in @trigger.dev/core 4.8.3 "
        "schemas/api.js; the bulk-action filter takes the same values (BulkActionFilter)",
        open_ended=True,  # merge_run_statuses gave every copy these values, and kept any the spec adds
    ),
    SharedEnum(
        "BatchStatus",
        ("PENDING", "PROCESSING", "COMPLETED", "PARTIAL_FAILED", "ABORTED"),
        "v1 and v2 batch answers share `BatchStatus` (@trigger.dev/core 4.8.3 schemas/api.js)",
    ),
    SharedEnum(
        "DeploymentStatus",
        ("PENDING", "INSTALLING", "BUILDING", "DEPLOYING", "DEPLOYED", "FAILED", "CANCELED", "TIMED_OUT"),
        "one deployment status; list items and the list filter leave INSTALLING out (@trigger.dev/core 4.8.3 "
        "schemas/api.js GetDeploymentResponseBody, ApiDeploymentListResponseItem)",
        subsets=(frozenset(("PENDING", "BUILDING", "DEPLOYING", "DEPLOYED", "FAILED", "CANCELED", "TIMED_OUT")),),
    ),
    SharedEnum(
        "ErrorGroupStatus",
        ("unresolved", "resolved", "ignored"),
        "error groups and the errors filter share one status",
    ),
    SharedEnum(
        "SessionStatus",
        ("ACTIVE", "CLOSED", "EXPIRED"),
        "the sessions filter's statuses, in the list parameter and in SessionsFilter",
    ),
    SharedEnum(
        "QueueLookup",
        ("id", "task", "custom"),
        "how a queue parameter is read, the same on retrieve, pause, override and reset "
        "(@trigger.dev/core 4.8.3 schemas/queues.js RetrieveQueueType)",
    ),
    SharedEnum("QueueType", ("task", "custom"), "a queue's type, on queue objects and queue names"),
    SharedEnum(
        "IdempotencyKeyScope",
        ("run", "attempt", "global"),
        "the same idempotency key scopes on triggers and batches",
    ),
    SharedEnum("EventLevel", ("TRACE", "DEBUG", "LOG", "INFO", "WARN", "ERROR"), "run events and span details"),
    SharedEnum("ScheduleGeneratorType", ("CRON",), "schedules and a run's schedule"),
    SharedEnum(
        "MachinePresetName",
        ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x"),
        "trigger options and replay overrides take the same presets (@trigger.dev/core 4.8.3 schemas/common.js "
        "MachinePresetName)",
    ),
    SharedEnum("PauseAction", ("pause", "resume"), "pausing or resuming a queue or a concurrency limit"),
    SharedEnum(
        "ReportSeverity",
        ("ok", "warn", "crit"),
        "metrics, findings and the summary of a report (@trigger.dev/core 4.8.3 schemas/reports.js "
        "ReportSeveritySchema)",
    ),
    SharedEnum(
        "DashboardWidgetType",
        ("table", "chart", "bignumber", "title"),
        "a widget's display type, in dashboard lists and in a dashboard's widgets (@trigger.dev/core 4.8.3 "
        "schemas/query.js DashboardWidgetSummary)",
    ),
    SharedEnum("BulkCancelAction", ("cancel",), "both cancel variants of a bulk action request"),
    SharedEnum("BulkReplayAction", ("replay",), "both replay variants of a bulk action request"),
)


def _inline_enums(node: Any, skip: Node) -> Iterator[Node]:
    """Every inline string enum schema under ``node`` (component enums themselves excluded via ``skip``)."""
    if isinstance(node, dict):
        if node is not skip and isinstance(node.get("enum"), list) and node.get("type") == "string":
            yield node
        for value in node.values():
            yield from _inline_enums(value, skip)
    elif isinstance(node, list):
        for value in node:
            yield from _inline_enums(value, skip)


def share(shared: SharedEnum) -> Callable[[Node], bool]:
    """The patch for one :class:`SharedEnum`: create its component schema and point every copy at it."""

    def fix(spec: Node) -> bool:
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        existing = schemas.get(shared.name)
        if existing is not None and not shared.matches(existing.get("enum", [])):
            raise PatchTargetMissing(f"components/schemas/{shared.name} exists with other values")
        copies = [node for node in _inline_enums(spec, existing) if shared.matches(node["enum"])]
        if not copies:
            if existing is not None:
                return False
            raise PatchTargetMissing(f"no inline enum with the values of {shared.name}")
        values = list(shared.values)
        for node in copies:
            values += [value for value in node["enum"] if value not in values]
        component: Node = {"type": "string", "enum": values}
        # The generator documents a field with its enum's description, not the use's: take the first copy's.
        described = [node["description"] for node in copies if "description" in node]
        if described:
            component["description"] = described[0]
        schemas[shared.name] = component
        for node in copies:
            kept = {key: node[key] for key in _USE_KEYS if key in node}
            node.clear()
            node.update({"allOf": [{"$ref": f"#/components/schemas/{shared.name}"}], **kept})
        return True

    return fix


def _error_schemas(spec: Node) -> Iterator[Node]:
    for _path, _method, op, _item in operations(spec):
        for code, response in op.get("responses", {}).items():
            if str(code)[0] in "45" and isinstance(response, dict):
                for media in response.get("content", {}).values():
                    schema = media.get("schema")
                    if isinstance(schema, dict):
                        yield schema


def error_messages_as_text(spec: Node) -> bool:
    """An error answer's ``error`` is the server's message: a string, with the spec's wording as its example."""
    changed = False
    for schema in _error_schemas(spec):
        error = schema.get("properties", {}).get("error")
        if isinstance(error, dict) and isinstance(error.get("enum"), list):
            values = error.pop("enum")
            error.setdefault("example", values[0])
            changed = True
    return changed
