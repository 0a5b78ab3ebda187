"""What a run recorded: its trace (whole or paged), one span, its stored metadata; and sending to its input streams.

Builders shared by :class:`~trigger_client.resources.runs.Runs` and its async twin (SDK 4.8.3
``retrieveRunTrace``, ``retrieveRunTracePage``, ``retrieveSpan``, ``getRunMetadata``, ``sendInputStream`` in
``@trigger.dev/core`` ``apiClient/index.js``).
"""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

from trigger_api.api.runs import get_run_metadata_v1, get_run_trace_v1, retrieve_run_span_v1, send_input_stream_v1
from trigger_api.models import (
    InputStreamSent,
    RunSpan,
    RunTrace,
    RunTraceAttemptFailure,
    RunTracePage,
    RunTracePagePagination,
    RunTraceSpan,
    SendInputStreamV1Body,
    StoredRunMetadata,
)
from trigger_client import _validate as v
from trigger_client._exceptions import APIResponseValidationError, ValidationError
from trigger_client._operation import Auth, Operation, call
from trigger_client._payloads import deserialize_payload
from trigger_client._steps import Step

# The input stream route reads at most 1 MB (realtime.v1.streams.$runId.input.$streamId.ts, maxContentLength).
MAX_INPUT_BYTES = 1024 * 1024
# retrieveRunTracePage's page size when none is given.
SDK_TRACE_PAGE_SIZE = 10_000
# page[size] travels as a number the server parses; beyond a 32-bit integer it is a mistake, not a page size.
_MAX_PAGE_SIZE = 2**31 - 1
# A cursor the server repeats would page for ever; no trace has this many pages of even one span.
_MAX_TRACE_PAGES = 100_000


def _trace_page(run_id: str, page_size: int | None, after: str | None) -> Operation[RunTrace | RunTracePage]:
    request = get_run_trace_v1.build(run_id, page_size=page_size, page_after=after)
    return call(request, Auth.PUBLIC)


def whole_trace(run_id: str) -> Generator[Step, Any, RunTrace]:
    """The unpaged trace: the run's span tree (``retrieveRunTrace``)."""
    answer = yield _trace_page(v.run_id(run_id), None, None)
    if not isinstance(answer, RunTrace):
        raise APIResponseValidationError(
            "runs.trace: the server answered a trace page without page[size]", status_code=200, body=""
        )
    return answer


def paged_trace(run_id: str, page_size: int) -> Generator[Step, Any, RunTracePage]:
    """Every page of the trace (``retrieveRunTracePage``, following ``pagination.next``), as one page: the spans
    and attempt failures of all pages in page order, ``truncated`` when any page said so."""
    checked = v.run_id(run_id)
    size = v.int_range(page_size, "page_size", 1, _MAX_PAGE_SIZE)
    spans: list[RunTraceSpan] = []
    failures: list[RunTraceAttemptFailure] = []
    truncated = False
    after: str | None = None
    seen: set[str] = set()
    for _ in range(_MAX_TRACE_PAGES):
        page = yield _trace_page(checked, size, after)
        if not isinstance(page, RunTracePage):
            raise APIResponseValidationError(
                "runs.trace: the server answered the whole trace, not a page: it does not page traces; "
                "call runs.trace(run_id) without page_size",
                status_code=200,
                body="",
            )
        spans.extend(page.data)
        failures.extend(page.attempt_failures)
        truncated = truncated or bool(page.pagination.truncated)
        after = page.pagination.next_
        if not after:
            break
        if after in seen:
            raise APIResponseValidationError(
                f"runs.trace: the server repeated cursor {after!r}", status_code=200, body=""
            )
        seen.add(after)
    return RunTracePage(
        data=spans, attempt_failures=failures, pagination=RunTracePagePagination(truncated=truncated or None)
    )


def span(run_id: str, span_id: str) -> Operation[RunSpan]:
    return call(retrieve_run_span_v1.build(v.run_id(run_id), v.segment(span_id, "span_id")), Auth.PUBLIC)


def _decoded_metadata(stored: StoredRunMetadata) -> StoredRunMetadata:
    """The route answers the stored packet, a JSON or superjson string: ``metadata`` becomes its value."""
    if isinstance(stored.metadata, str):
        stored.metadata = deserialize_payload(stored.metadata, stored.metadata_type or "application/json")
    return stored


def metadata(run_id: str) -> Operation[StoredRunMetadata]:
    return call(get_run_metadata_v1.build(v.run_id(run_id))).then(_decoded_metadata)


def send_input(run_id: str, stream_id: str, data: Any) -> Operation[InputStreamSent]:
    try:
        size = len(json.dumps({"data": data}, separators=(",", ":"), allow_nan=False).encode())
    except (TypeError, ValueError) as exc:
        raise ValidationError("data", f"must be JSON (dicts, lists, strings, numbers, booleans, None): {exc}") from None
    if size > MAX_INPUT_BYTES:
        raise ValidationError("data", f"is {size} bytes as JSON; the server takes at most {MAX_INPUT_BYTES}")
    body = SendInputStreamV1Body(data=data)
    return call(send_input_stream_v1.build(v.run_id(run_id), v.segment(stream_id, "stream_id"), body=body), Auth.PUBLIC)
