"""``trigger-client runs bulk cancel|replay``: act on every run a filter matches, after counting and asking."""

from __future__ import annotations

import sys
import time
from typing import Any

import click

from trigger_client.cli._context import EXIT_API, State, pass_state
from trigger_client.cli._filters import run_filter_options, run_filters

# How often the bulk action is checked while its progress bar is up (the library's poll has no progress hook).
POLL_INTERVAL = 0.5


@click.group()
def bulk() -> None:
    """Cancel or replay every run matching the filters of `runs list`.

    \b
    Examples:
      trigger-client runs bulk cancel --status QUEUED --task send-email
      trigger-client runs bulk replay --status FAILED --period 1d --yes
    """


def _options(command: Any) -> Any:
    command = click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")(command)
    command = click.option("--name", help="A name for the bulk action, shown in the dashboard.")(command)
    return run_filter_options(command)


def _run(state: State, action: str, name: str | None, yes: bool, options: dict[str, Any]) -> None:
    filters = run_filters(options)
    if options.pop("project_ref", None):
        raise click.UsageError("bulk actions act on the key's environment: --project-ref does not apply")
    client, out = state.client, state.out
    matching = sum(1 for _ in client.runs.list(page_size=100, **filters))
    out.note(f"{matching} run(s) match")
    if matching == 0:
        out.done(f"nothing to {action}", {"matched": 0})
        return
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError(f"{matching} runs match; pass --yes to {action} them without a prompt")
        if not click.confirm(f"{action.capitalize()} {matching} run(s)?", err=True):
            out.note("nothing done")
            raise click.exceptions.Exit(EXIT_API)
    created = getattr(client.runs.bulk, action)(name=name, **filters)
    out.note(f"bulk action {created.id} started")
    with out.progress(f"{action} ") as progress:
        task = progress.add_task(action, total=matching, detail="")
        while True:
            current = client.runs.bulk.retrieve(created.id)
            counts = current.counts
            progress.update(
                task,
                total=max(counts.total, 1),
                completed=counts.success + counts.failure,
                detail=f"{counts.failure} failed",
            )
            if str(current.status) != "PENDING":
                break
            time.sleep(POLL_INTERVAL)
    out.done(
        f"{current.id} {current.status}: {counts.success} succeeded, {counts.failure} failed of {counts.total}",
        current,
    )
    if str(current.status) != "COMPLETED":  # aborted
        raise click.exceptions.Exit(EXIT_API)


@bulk.command()
@_options
@pass_state
def cancel(state: State, /, name: str | None, yes: bool, **options: Any) -> None:
    """Cancel every run matching the filters.

    \b
    Example:
      trigger-client runs bulk cancel --status QUEUED --status DELAYED --task send-email --yes
    """
    _run(state, "cancel", name, yes, options)


@bulk.command()
@_options
@pass_state
def replay(state: State, /, name: str | None, yes: bool, **options: Any) -> None:
    """Replay every run matching the filters.

    \b
    Example:
      trigger-client runs bulk replay --status FAILED --period 1d
    """
    _run(state, "replay", name, yes, options)
