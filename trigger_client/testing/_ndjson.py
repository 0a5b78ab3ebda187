"""The NDJSON item stream of a two-phase batch, read as the webapp's ``createNdjsonParserStream`` reads it
(``apps/webapp/app/runEngine/services/streamBatchItems.server.ts``).

The server caps each line, not the body: a line over ``STREAMING_BATCH_ITEM_MAXIMUM_SIZE`` bytes does not fail the
request but becomes a marker (its ``index`` and ``task`` read from the line's first 512 bytes), and the item a run
that failed before it started.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._http import ApiError

# STREAMING_BATCH_ITEM_MAXIMUM_SIZE (env.server.ts, 3 MiB): the most bytes one item (line) may have.
ITEM_MAXIMUM_BYTES = 3_145_728
_HEAD = 512  # extractIndexAndTask looks at this many bytes of an oversized line


@dataclass(frozen=True)
class Oversized:
    """An item whose line is over the limit (the parser's OversizedItemMarker)."""

    index: int
    task: str
    size: int

    def message(self, limit: int) -> str:
        """The error of the run it becomes (streamBatchItems.server.ts #processItem)."""
        return (
            f"Batch item payload is too large ({self.size / 1024:.1f} KB). Maximum allowed size is "
            f"{limit / 1024:.1f} KB. Reduce the payload size or offload large data to external storage."
        )


def parse_items(body: bytes, limit: int = ITEM_MAXIMUM_BYTES) -> Iterator[Any]:
    """Each line's JSON value, or :class:`Oversized` for a line of more than ``limit`` bytes; blank lines skipped.

    Lines end at ``\\n`` only. Invalid JSON is a 400 ``Invalid JSON at line N: …``; invalid UTF-8 fails the
    parser with a message the route does not recognise, so it answers 500 ``Something went wrong``.
    """
    emitted = 0  # items and markers so far: a marker without a readable index takes this position
    for number, line in enumerate(body.split(b"\n"), start=1):
        if len(line) > limit:
            index, task = _index_and_task(line[:_HEAD])
            yield Oversized(emitted if index < 0 else index, task, len(line))
            emitted += 1
            continue
        try:
            text = line.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise ApiError(500, "Something went wrong") from None
        if not text:
            continue
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ApiError(400, f"Invalid JSON at line {number}: {exc}") from None
        yield value
        emitted += 1


def _quoted_end(head: bytes, start: int) -> int:
    """Where the string starting at ``start`` (after its opening quote) ends; a backslash skips a byte."""
    end = start
    while end < len(head) and head[end] != ord('"'):
        end += 2 if head[end] == ord("\\") else 1
    return end


def _index_and_task(head: bytes) -> tuple[int, str]:
    """``extractIndexAndTask``: the top-level ``index`` and ``task`` of a line's start, else ``-1`` and
    ``"unknown"``. Like the server, it counts brackets without regard to strings."""
    index, task, depth, i = -1, "unknown", 0, 0
    found_index = found_task = False
    while i < len(head) and not (found_index and found_task):
        byte = head[i]
        if byte in b"{[":
            depth += 1
        elif byte in b"}]":
            depth -= 1
        elif byte == ord('"') and depth == 1:
            end = _quoted_end(head, i + 1)
            key = head[i + 1 : end]
            pos = head.find(b":", end + 1)
            pos = len(head) if pos < 0 else pos + 1
            while pos < len(head) and head[pos] in b" \t":
                pos += 1
            if key == b"index" and not found_index:
                digits = len(head[pos:]) - len(head[pos:].lstrip(b"0123456789"))
                if digits:
                    index, found_index = int(head[pos : pos + digits]), True
            elif key == b"task" and not found_task and head[pos : pos + 1] == b'"':
                with contextlib.suppress(UnicodeDecodeError):  # the task stays "unknown"
                    task, found_task = head[pos + 1 : _quoted_end(head, pos + 1)].decode("utf-8"), True
            i = end + 1
            continue
        i += 1
    return index, task
