"""``trigger-client runs``: list, get, cancel, replay and watch runs; ``runs bulk`` acts on many by filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from trigger_client._exceptions import APIStatusError
from trigger_client.cli import bulk
from trigger_client.cli._context import EXIT_API, State, pass_state
from trigger_client.cli._filters import run_filter_options, run_filters
from trigger_client.cli._output import Column, duration, when
from trigger_client.cli._run_options import given_options, run_options
from trigger_client.cli._watch import watch_run

RUN_COLUMNS = (
    Column("ID", lambda run: run.id, 25),
    Column("TASK", lambda run: run.task_identifier, 18),
    Column("STATUS", lambda run: run.status, 15),
    Column("VERSION", lambda run: run.version, 12),
    Column("CREATED", lambda run: when(run.created_at), 30),
    Column("DURATION", lambda run: duration(run.duration_ms), 8),
)


@click.group()
def runs() -> None:
    """List, inspect, cancel, replay and watch runs.

    \b
    Examples:
      trigger-client runs list --status FAILED --task send-email --period 1d
      trigger-client runs watch run_1234
    """


runs.add_command(bulk.bulk)


@runs.command("list")
@run_filter_options
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many (0: all).")
@click.option("--page-size", type=click.IntRange(1, 100), help="Runs per page fetched (1-100).")
@pass_state
def list_(state: State, /, limit: int, page_size: int | None, project_ref: str | None, **options: Any) -> None:
    """List runs, newest first: id, task, status, version, created (local time), duration.

    Rows are printed as their page arrives, so a long list (--limit 0) starts at once.

    \b
    Examples:
      trigger-client runs list --status FAILED --status CRASHED --period 1d
      trigger-client runs list --tag user_42 --limit 0 | wc -l
    """
    listing = state.client.runs.list(
        project_ref=project_ref, limit=limit or None, page_size=page_size, **run_filters(options)
    )
    state.out.rows(listing, RUN_COLUMNS)


@runs.command()
@click.argument("run_id")
@pass_state
def get(state: State, run_id: str) -> None:
    """Show one run: status, times, attempts, tags, metadata, output or error.

    \b
    Example:
      trigger-client runs get run_1234
    """
    run = state.client.runs.retrieve(run_id)
    state.out.record(
        run,
        [
            ("id", run.id),
            ("task", run.task_identifier),
            ("status", run.status),
            ("version", run.version),
            ("created", when(run.created_at)),
            ("started", when(run.started_at)),
            ("finished", when(run.finished_at)),
            ("duration", duration(run.duration_ms)),
            ("attempts", run.attempt_count),
            ("tags", ", ".join(run.tags) or "-"),
            ("metadata", run.metadata),
            ("output", run.output),
            ("error", run.error),
        ],
    )


def _each(state: State, run_ids: tuple[str, ...], act: Callable[[str], Any], done: Callable[[str, Any], None]) -> None:
    """Act on each id; one failure does not stop the others, and makes the exit code 1."""
    failed = 0
    for run_id in run_ids:
        try:
            result = act(run_id)
        except APIStatusError as exc:  # the server refused this run; no answer at all still stops the command
            failed += 1
            click.echo(f"error: {run_id}: {exc}", err=True)
            continue
        done(run_id, result)
    if failed:
        raise click.exceptions.Exit(EXIT_API)


@runs.command()
@click.argument("run_ids", nargs=-1, required=True, metavar="RUN_ID...")
@pass_state
def cancel(state: State, run_ids: tuple[str, ...]) -> None:
    """Cancel runs that have not finished.

    \b
    Example:
      trigger-client runs cancel run_1234 run_5678
    """
    _each(
        state,
        run_ids,
        state.client.runs.cancel,
        lambda run_id, _: state.out.done(f"{run_id} canceled", {"id": run_id, "canceled": True}),
    )


@runs.command()
@click.argument("run_ids", nargs=-1, required=True, metavar="RUN_ID...")
@run_options
@pass_state
def replay(state: State, /, run_ids: tuple[str, ...], **options: Any) -> None:
    """Start each run again; prints the new run ids. The payload, metadata, tags, queue, concurrency key and
    machine are the original run's unless given; the run uses the current version unless --version.

    \b
    Examples:
      trigger-client runs replay run_1234 run_5678
      trigger-client runs replay run_1234 --payload '{"user_id": "user_456"}' --tag replayed --machine large-1x
    """
    overrides = given_options(options)
    _each(
        state,
        run_ids,
        lambda run_id: state.client.runs.replay(run_id, **overrides),
        lambda run_id, new: state.out.done(f"{run_id} replayed as {new.id}", {"id": run_id, "replay": new.id}),
    )


@runs.command()
@click.argument("run_id")
@pass_state
def watch(state: State, run_id: str) -> None:
    """Follow a run live until it ends: status, attempt, metadata and tags update in place.

    Exits 0 when the run completed, 1 when it failed, was canceled or expired. Piped, prints a line per change
    (a JSON line with --json).

    \b
    Example:
      trigger-client runs watch run_1234 && echo done
    """
    if not watch_run(state, run_id):
        raise click.exceptions.Exit(EXIT_API)
