"""Rows of a realtime run shape: column decoding (Postgres arrays, scalars, timestamps) and :class:`RealtimeRun`.

Everything here parses what a server sent, so every failure is a ``ValueError`` (or a subclass) that the
protocols turn into :class:`~trigger_client.APIResponseValidationError`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from trigger_api.models.run_status import RunStatus, parse_run_status
from trigger_client._payloads import deserialize_payload
from trigger_client._realtime.packets import OffloadedPacket

# Internal (database) status → public status (§8); unknown values read as QUEUED like the SDK's mapper.
STATUS_MAP = {
    "DELAYED": "DELAYED",
    "PENDING_VERSION": "PENDING_VERSION",
    "WAITING_FOR_DEPLOY": "PENDING_VERSION",
    "PENDING": "QUEUED",
    "PAUSED": "WAITING",
    "WAITING_TO_RESUME": "WAITING",
    "DEQUEUED": "DEQUEUED",
    "EXECUTING": "EXECUTING",
    "RETRYING_AFTER_FAILURE": "EXECUTING",
    "CANCELED": "CANCELED",
    "COMPLETED_SUCCESSFULLY": "COMPLETED",
    "SYSTEM_FAILURE": "SYSTEM_FAILURE",
    "CRASHED": "CRASHED",
    "INTERRUPTED": "FAILED",
    "COMPLETED_WITH_ERRORS": "FAILED",
    "EXPIRED": "EXPIRED",
    "TIMED_OUT": "TIMED_OUT",
}
_FAILED = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT"})


def public_status(internal: str) -> RunStatus:
    """The public status for a realtime row's internal one, e.g. ``COMPLETED_SUCCESSFULLY`` → ``COMPLETED``."""
    return parse_run_status(STATUS_MAP.get(internal, "QUEUED"))


# --- values of a shape row ------------------------------------------------------------------------


# Postgres allows 6 array dimensions; deeper nesting in a row is hostile (and would exhaust the stack).
MAX_ARRAY_DEPTH = 6


def parse_pg_array(text: str, element: Callable[[str | None], Any] = lambda s: s) -> list[Any]:
    """A Postgres array literal as a (nested) list; unquoted ``NULL`` is ``None``. Raises ``ValueError`` when
    ``text`` is not a well-formed literal.

    Example::

        parse_pg_array('{"a","b c",NULL,d}')  # ['a', 'b c', None, 'd']
    """
    stack: list[list[Any]] = []
    result: list[Any] | None = None
    pos, end = 0, len(text)
    while pos < end:
        char = text[pos]
        if char == "{":
            if len(stack) == MAX_ARRAY_DEPTH or (not stack and result is not None):
                raise ValueError(f"array literal nested too deeply or followed by text at {pos}")
            stack.append([])
            pos += 1
        elif not stack:
            raise ValueError(f"expected '{{' at {pos} of an array literal")
        elif char == "}":
            done = stack.pop()
            if stack:
                stack[-1].append(done)
            else:
                result = done
            pos += 1
        elif char == ",":
            pos += 1
        elif char == '"':
            close = pos + 1
            chars: list[str] = []
            while close < end and text[close] != '"':
                if text[close] == "\\":
                    close += 1
                if close < end:
                    chars.append(text[close])
                close += 1
            if close >= end:
                raise ValueError("unterminated quoted element in an array literal")
            stack[-1].append(element("".join(chars)))
            pos = close + 1
        else:
            stop = pos
            while stop < end and text[stop] not in ",}":
                stop += 1
            raw = text[pos:stop].strip()
            stack[-1].append(None if raw == "NULL" else element(raw))
            pos = stop
    if stack or result is None:
        raise ValueError("unterminated array literal")
    return result


# A few column types, met on every row: one converter each rather than one per value (bounded: the types come from
# the server).
@functools.lru_cache(maxsize=64)
def _scalar(kind: str) -> Callable[[str | None], Any]:
    def convert(value: str | None) -> Any:
        if value is None:
            return None
        if kind in ("int2", "int4", "int8"):
            return int(value)
        if kind in ("float4", "float8", "numeric"):
            return float(value)
        if kind == "bool":
            return value in ("true", "t")
        if kind in ("json", "jsonb"):
            return json.loads(value)
        return value

    return convert


def decode_value(value: Any, column: Mapping[str, Any] | None) -> Any:
    """One column value of a shape row, decoded by its ``electric-schema`` entry (``{type, dims?}``)."""
    if value is None or not isinstance(value, str) or column is None:
        return value
    if not isinstance(column, Mapping):
        raise ValueError(f"electric-schema column entry is not an object: {column!r:.80}")
    convert = _scalar(str(column.get("type", "text")))
    if column.get("dims"):
        return parse_pg_array(value, convert)
    return convert(value)


def parse_timestamp(value: Any) -> datetime | None:
    """A shape timestamp; the server sends none with a zone (``2024-01-01T00:00:00.000``), which is UTC."""
    if not value:
        return None
    return _parse_time(str(value))


# A run's row repeats most of its timestamps in every update (createdAt, startedAt, queuedAt): each text is parsed
# once (datetimes are immutable, so sharing one is safe).
@functools.lru_cache(maxsize=4096)
def _parse_time(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class RunError:
    """Why a run failed, as the SDK presents a ``TaskRunError``; ``causes`` is the error's ``cause`` chain,
    outermost first (``@trigger.dev/core`` 4.8.3 ``schemas/common.js`` TaskRunBuiltInError.causes)."""

    message: str
    name: str | None = None
    stack_trace: str | None = None
    causes: tuple[RunError, ...] = ()


def _built_in(raw: Mapping[str, Any], causes: tuple[RunError, ...] = ()) -> RunError:
    return RunError(str(raw.get("message", "")), raw.get("name"), raw.get("stackTrace"), causes)


def _run_error(raw: Any) -> RunError | None:
    if not isinstance(raw, Mapping):
        return None if raw is None else RunError(str(raw))
    kind = raw.get("type")
    if kind in ("STRING_ERROR", "CUSTOM_ERROR"):
        return RunError(str(raw.get("raw", "")))
    if kind == "INTERNAL_ERROR":
        return RunError(f"trigger.dev internal error ({raw.get('code')})")
    chain = raw.get("causes") or []
    if not isinstance(chain, list) or not all(isinstance(cause, Mapping) for cause in chain):
        raise ValueError("realtime row error causes are not a list of objects")
    return _built_in(raw, tuple(_built_in(cause) for cause in chain))


def _packet(data: Any, data_type: Any) -> Any:
    if data_type is None:
        return None
    if data_type == "application/store":
        # Offloaded (from 128 KiB): the storage path, which the subscription loads before yielding the run.
        return OffloadedPacket(str(data)) if data else None
    return deserialize_payload(data, data_type)


@dataclass(frozen=True)
class RealtimeRun:
    """A snapshot of a run from a realtime subscription (the SDK's realtime run object, §9.4).

    ``status`` is the public status, the same :class:`~trigger_client.types.RunStatus` a retrieved run has; the
    ``is_*`` flags follow the realtime definitions (``is_completed`` is false for CANCELED, ``is_failed`` includes
    EXPIRED and TIMED_OUT). Timestamps are aware UTC datetimes.

    Example::

        for run in client.runs.subscribe("run_1234"):
            print(run.status, run.updated_at, run.metadata)
    """

    id: str
    status: RunStatus
    task_identifier: str
    created_at: datetime
    updated_at: datetime
    payload: Any = None
    output: Any = None
    metadata: Any = None
    tags: tuple[str, ...] = ()
    error: RunError | None = None
    duration_ms: int = 0
    cost_in_cents: float = 0
    base_cost_in_cents: float = 0
    idempotency_key: str | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    delayed_until: datetime | None = None
    queued_at: datetime | None = None
    expired_at: datetime | None = None
    is_test: bool = False
    realtime_streams: tuple[str, ...] = ()
    is_queued: bool = False
    is_waiting: bool = False
    is_executing: bool = False
    is_completed: bool = False
    is_failed: bool = False
    is_success: bool = False
    is_cancelled: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> RealtimeRun:
        """A snapshot from a merged, decoded shape row (internal status, zone-less timestamps)."""
        status = public_status(str(row["status"]))
        return cls(
            id=str(row["friendlyId"]),
            status=status,
            task_identifier=str(row["taskIdentifier"]),
            created_at=_required_time(row, "createdAt"),
            updated_at=_required_time(row, "updatedAt"),
            payload=_packet(row.get("payload"), row.get("payloadType")),
            output=_packet(row.get("output"), row.get("outputType")),
            metadata=_packet(row.get("metadata"), row.get("metadataType")) if row.get("metadata") else None,
            tags=_strings(row.get("runTags"), "runTags"),
            error=_run_error(row.get("error")),
            duration_ms=int(row.get("usageDurationMs") or 0),
            cost_in_cents=row.get("costInCents") or 0,
            base_cost_in_cents=row.get("baseCostInCents") or 0,
            idempotency_key=row.get("idempotencyKey"),
            started_at=parse_timestamp(row.get("startedAt")),
            finished_at=parse_timestamp(row.get("completedAt")),
            delayed_until=parse_timestamp(row.get("delayUntil")),
            queued_at=parse_timestamp(row.get("queuedAt")),
            expired_at=parse_timestamp(row.get("expiredAt")),
            is_test=bool(row.get("isTest") or False),
            realtime_streams=_strings(row.get("realtimeStreams"), "realtimeStreams"),
            is_queued=status in ("PENDING_VERSION", "QUEUED", "DELAYED"),
            is_waiting=status == "WAITING",
            is_executing=status in ("DEQUEUED", "EXECUTING"),
            is_completed=status == "COMPLETED" or status in _FAILED,
            is_failed=status in _FAILED,
            is_success=status == "COMPLETED",
            is_cancelled=status == "CANCELED",
        )


def _strings(value: Any, column: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"realtime row column {column} is not a list of strings")
    return tuple(value)


def _required_time(row: Mapping[str, Any], column: str) -> datetime:
    value = parse_timestamp(row.get(column))
    if value is None:
        raise ValueError(f"realtime row without {column}")
    return value


def run_is_finished(run: RealtimeRun) -> bool:
    """The SDK's completion test (``finishedAt`` set): unlike ``is_completed`` it includes CANCELED."""
    return run.finished_at is not None or run.is_completed or run.is_cancelled
