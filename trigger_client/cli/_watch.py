"""``runs watch``: a run followed over its realtime subscription, redrawn in place on a terminal."""

from __future__ import annotations

from typing import Any

import click
from rich.live import Live
from rich.table import Table

from trigger_client._realtime import RealtimeRun
from trigger_client.cli._context import State
from trigger_client.cli._output import duration, plain, styled, when


def _view(run: RealtimeRun, attempt: int | None) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    rows: list[tuple[str, Any]] = [
        ("run", run.id),
        ("task", run.task_identifier),
        ("status", run.status),
        ("attempt", attempt if attempt else "-"),
        ("updated", when(run.updated_at)),
        ("duration", duration(run.duration_ms)),
        ("tags", ", ".join(run.tags) or "-"),
        ("metadata", run.metadata if run.metadata else "-"),
    ]
    if run.error is not None:
        rows.append(("error", run.error.message))
    elif run.status == "COMPLETED":
        rows.append(("output", run.output))
    for name, value in rows:
        grid.add_row(name, styled(value))
    return grid


def _line(run: RealtimeRun, attempt: int | None) -> str:
    parts = [when(run.updated_at), run.status, f"attempt={attempt or '-'}", f"tags={','.join(run.tags) or '-'}"]
    if run.metadata:
        parts.append(f"metadata={plain(run.metadata)}")
    if run.error is not None:
        parts.append(f"error={run.error.message}")
    return "  ".join(str(part) for part in parts)


def watch_run(state: State, run_id: str) -> bool:
    """Show the run until it reaches a final status; True when it completed.

    Example::

        ok = watch_run(state, "run_1234")
    """
    client, out = state.client, state.out
    attempt: int | None = None
    seen_status = ""
    shown: tuple[Any, ...] = ()
    last: RealtimeRun | None = None

    def render() -> Table | str:  # redrawn each second too, so the ages stay current
        return "connecting…" if last is None else _view(last, attempt)

    live = (
        Live(get_renderable=render, console=out.stdout, refresh_per_second=1) if out.tty and not out.json_mode else None
    )
    with client.runs.subscribe(run_id, skip_columns=["payload"]) as feed:
        if live is not None:
            live.start()
        try:
            for last in feed:
                if last.status != seen_status:  # the attempt number is not a realtime column: read it on changes
                    seen_status = last.status
                    attempt = client.runs.retrieve(run_id).attempt_count
                if live is not None:
                    live.refresh()
                    continue
                now = (last.status, attempt, last.tags, plain(last.metadata), last.error)
                if now != shown:
                    shown = now
                    if out.json_mode:
                        out.json({**plain(last), "attempt": attempt})
                    else:
                        click.echo(_line(last, attempt))
        finally:
            if live is not None:
                live.stop()
    return last is not None and last.status == "COMPLETED"
