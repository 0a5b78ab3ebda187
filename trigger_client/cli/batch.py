"""``trigger-client batch trigger``: runs from a JSON-lines file, any size, resumable with an idempotency key.

The file is read a chunk at a time (one server batch per chunk), so memory stays flat. With ``--idempotency-key``
the item on line ``i + 1`` gets the key the library derives for item ``i`` of one batch call over the whole file
(``sha256("<key>-<i>")``, :func:`trigger_client._idempotency.batch_item_key`), and each chunk's batch gets
``[key, "from-<first index>"]``. A re-run after Ctrl-C or a crash therefore finds the chunks already sent (the
server answers their batch as cached and nothing is streamed again); a chunk whose batch was created but not sealed
is streamed again, and the server answers the items it already made runs for with those runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

import click

from trigger_client._batching import BatchTriggerResult
from trigger_client._client import TriggerClient
from trigger_client._idempotency import batch_item_key
from trigger_client.cli._context import EXIT_API, State, pass_state
from trigger_client.cli._output import Output
from trigger_client.resources.tasks import BatchItem

MAX_CHUNK = 1000  # the server's limit of items per batch


@dataclass
class Tally:
    """Items accepted and refused so far, and why each refused item was refused (by item index).

    Example::

        >>> tally = Tally(accepted=2, errors={3: "not JSON"})
        >>> tally.summary()["errors"]
        [{'index': 3, 'line': 4, 'error': 'not JSON'}]
    """

    accepted: int = 0
    errors: dict[int, str] = field(default_factory=dict)
    batch_ids: list[str] = field(default_factory=list)
    resumed_batch_ids: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """What ``--json`` prints at the end: counts, batch ids, and the errors by index and line.

        Example::

            print(json.dumps(tally.summary()))
        """
        return {
            "accepted": self.accepted,
            "refused": len(self.errors),
            "batch_ids": self.batch_ids,
            "resumed_batch_ids": self.resumed_batch_ids,
            "errors": [{"index": i, "line": i + 1, "error": e} for i, e in sorted(self.errors.items())],
        }


@click.group()
def batch() -> None:
    """Trigger many runs from a file.

    \b
    Example:
      trigger-client batch trigger send-email --from emails.jsonl --idempotency-key newsletter-2025-01
    """


def _chunks(handle: IO[str], size: int, tally: Tally) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """Chunks of (index, item), the index being the line number - 1 (blank lines are skipped); a line that is not a
    JSON object is refused here, by index."""
    chunk: list[tuple[int, dict[str, Any]]] = []
    for index, line in enumerate(handle):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            tally.errors[index] = f"not JSON: {exc}"
            continue
        if not isinstance(item, dict):
            tally.errors[index] = 'must be a JSON object like {"payload": {...}, "options": {...}}'
            continue
        chunk.append((index, item))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _keyed(item: dict[str, Any], key: str | None, ttl: str | None, index: int) -> dict[str, Any]:
    if key is None:
        return item
    options = dict(item.get("options") or {})
    options.setdefault("idempotency_key", batch_item_key(key, index))
    if ttl is not None:
        options.setdefault("idempotency_key_ttl", ttl)
    return {**item, "options": options}


def _send(
    client: TriggerClient, task_id: str | None, items: list[dict[str, Any]], key: list[str] | None, ttl: str | None
) -> BatchTriggerResult:
    if task_id is None:
        return client.tasks.batch_trigger_by_task(
            cast("list[BatchItem]", items), idempotency_key=key, idempotency_key_ttl=ttl
        )
    return client.tasks.batch_trigger(
        task_id, cast("list[BatchItem]", items), idempotency_key=key, idempotency_key_ttl=ttl
    )


def _sealed(client: TriggerClient, batch_id: str) -> bool:
    processing = client.batches.retrieve(batch_id).processing
    return processing is not None and processing.completed_at is not None


def _chunk(
    state: State,
    task_id: str | None,
    chunk: list[tuple[int, dict[str, Any]]],
    key: str | None,
    ttl: str | None,
    tally: Tally,
) -> None:
    """Send one chunk and count its items."""
    client = state.client
    indices = [index for index, _ in chunk]
    items = [_keyed(item, key, ttl, index) for index, item in chunk]
    chunk_key = None if key is None else [key, f"from-{indices[0]}"]
    result = _send(client, task_id, items, chunk_key, None if key is None else ttl)
    if result.cached_batch_ids and not all(_sealed(client, b) for b in result.cached_batch_ids):
        # Created by an interrupted run but not all streamed: stream again; items keep their keys, so the server
        # answers those it made runs for with the same runs.
        state.out.note(f"resuming the unfinished batch of items {indices[0]}-{indices[-1]}")
        result = _send(client, task_id, items, None, None)
    tally.batch_ids += result.batch_ids
    tally.resumed_batch_ids += result.cached_batch_ids
    for item in result.items:
        if item.ok:
            tally.accepted += 1
        else:
            # The library names the item by its index in this chunk: name it by its index in the file.
            local, message = f"items[{item.index}]", str(item.error)
            tally.errors[indices[item.index]] = message.removeprefix(local).lstrip(".: ") or message


@batch.command()
@click.argument("task_id", required=False)
@click.option(
    "--from",
    "source",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON lines: one item per line, {"payload": ..., "options": {...}} (and "task" without TASK_ID).',
)
@click.option(
    "--idempotency-key", help="Makes the command resumable: run it again after Ctrl-C, nothing is sent twice."
)
@click.option("--idempotency-key-ttl", metavar="DURATION", help="How long the keys hold, e.g. 24h.")
@click.option(
    "--chunk-size",
    type=click.IntRange(1, MAX_CHUNK),
    default=MAX_CHUNK,
    show_default=True,
    help="Items per server batch.",
)
@pass_state
def trigger(
    state: State,
    task_id: str | None,
    source: Path,
    idempotency_key: str | None,
    idempotency_key_ttl: str | None,
    chunk_size: int,
) -> None:
    """Trigger a run for each line of --from, with a progress bar of items accepted and refused.

    Without TASK_ID, each line names its "task". Items the server or the client refused are listed by index
    (0-based; line = index + 1) at the end, and the exit code is then 1.

    \b
    Examples:
      trigger-client batch trigger send-email --from emails.jsonl --idempotency-key newsletter-2025-01
      trigger-client batch trigger --from mixed.jsonl        # lines like {"task": "sync-crm", "payload": {...}}
    """
    if idempotency_key_ttl is not None and idempotency_key is None:
        raise click.UsageError("--idempotency-key-ttl needs --idempotency-key")
    out, tally = state.out, Tally()
    with source.open(encoding="utf-8") as handle:
        total = sum(1 for line in handle if line.strip())
        handle.seek(0)
        with out.progress("items") as progress:
            bar = progress.add_task("items", total=total, detail="")
            try:
                for chunk in _chunks(handle, chunk_size, tally):
                    _chunk(state, task_id, chunk, idempotency_key, idempotency_key_ttl, tally)
                    progress.update(
                        bar,
                        completed=tally.accepted + len(tally.errors),
                        detail=f"{tally.accepted} accepted, {len(tally.errors)} refused",
                    )
            except KeyboardInterrupt:
                progress.stop()
                hint = (
                    " Run the same command again to resume: nothing is sent twice."
                    if idempotency_key
                    else " Without --idempotency-key, a re-run sends every item again."
                )
                click.echo(
                    f"\nInterrupted after {tally.accepted + len(tally.errors)} of {total} items.{hint}", err=True
                )
                raise
    _report(out, tally)
    if tally.errors:
        raise click.exceptions.Exit(EXIT_API)


def _report(out: Output, tally: Tally) -> None:
    summary = tally.summary()
    if out.json_mode:
        out.json(summary)
        return
    click.echo(f"{tally.accepted} accepted, {len(tally.errors)} refused; batches: {', '.join(tally.batch_ids) or '-'}")
    if tally.resumed_batch_ids:
        click.echo(f"already sent by an earlier run: {', '.join(tally.resumed_batch_ids)}")
    for error in summary["errors"]:
        click.echo(f"items[{error['index']}] (line {error['line']}): {error['error']}", err=True)
