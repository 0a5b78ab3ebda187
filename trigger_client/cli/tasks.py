"""``trigger-client tasks trigger``: one run of a task, optionally waited for."""

from __future__ import annotations

import json
from typing import Any

import click

from trigger_client._client import TriggerClient
from trigger_client.cli._context import EXIT_API, State, pass_state
from trigger_client.cli._output import Output, plain
from trigger_client.cli._run_options import given_options, run_options


@click.group()
def tasks() -> None:
    """Trigger tasks.

    \b
    Example:
      trigger-client tasks trigger send-email --payload '{"to": "ada@example.com"}' --wait
    """


@tasks.command()
@click.argument("task_id")
@run_options
@click.option("--test", is_flag=True, help="Mark it as a test run.")
@click.option("--wait", is_flag=True, help="Wait for the run to end; print its output (exit 1 if it failed).")
@click.option("--timeout", type=click.FloatRange(min=0), default=3600, show_default=True, help="With --wait, seconds.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True, help="Polling period.")
@pass_state
def trigger(state: State, /, task_id: str, wait: bool, timeout: float, interval: float, **options: Any) -> None:
    """Trigger TASK_ID once and print the run id (or, with --wait, its output). Without --payload the task gets no
    payload.

    \b
    Examples:
      trigger-client tasks trigger send-email --payload '{"to": "ada@example.com"}' --tag user_42
      trigger-client tasks trigger resize-image --payload @image.json --wait --timeout 120
    """
    given = given_options(options)
    if not given.get("test"):
        given.pop("test", None)
    arguments = (given.pop("payload"),) if "payload" in given else ()
    handle = state.client.tasks.trigger(task_id, *arguments, **given)
    if not wait:
        state.out.done(f"{handle.id}{' (cached)' if handle.is_cached else ''}", handle)
        return
    state.out.note(f"{handle.id} triggered; waiting")
    if not _wait(state.client, state.out, handle.id, timeout, interval):
        raise click.exceptions.Exit(EXIT_API)


def _wait(client: TriggerClient, out: Output, run_id: str, timeout: float, interval: float) -> bool:
    """Poll the run to its end and print its output (or its error on stderr); True when it completed."""
    run = client.runs.poll(run_id, timeout=timeout, interval=interval, on_update=lambda r: out.note(f"{r.status}"))
    if str(run.status) == "COMPLETED":
        out.done(_shown(run.output), {"id": run.id, "status": str(run.status), "output": run.output})
        return True
    message = run.error.message if run.error is not None else ""
    click.echo(f"error: run {run.id} ended {run.status}{': ' + message if message else ''}", err=True)
    if out.json_mode:
        out.json({"id": run.id, "status": str(run.status), "error": run.error})
    return False


def _shown(output: Any) -> str:
    return output if isinstance(output, str) else json.dumps(plain(output), default=str, ensure_ascii=False)
