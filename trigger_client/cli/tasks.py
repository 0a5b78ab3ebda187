"""``trigger-client tasks trigger``: one run of a task, optionally waited for."""

from __future__ import annotations

import json
from typing import Any

import click

from trigger_client._client import TriggerClient
from trigger_client.cli._context import EXIT_API, State, json_argument, pass_state
from trigger_client.cli._output import Output, plain

MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")


@click.group()
def tasks() -> None:
    """Trigger tasks.

    \b
    Example:
      trigger-client tasks trigger send-email --payload '{"to": "ada@example.com"}' --wait
    """


@tasks.command()
@click.argument("task_id")
@click.option("--payload", metavar="JSON|@FILE", help="The payload: JSON, or @file.json. Without it, no payload.")
@click.option("--tag", "tags", multiple=True, help="A tag for the run; repeat for more (at most 10).")
@click.option("--idempotency-key", help="Return the existing run if one was triggered with this key.")
@click.option("--idempotency-key-ttl", metavar="DURATION", help="How long the key holds, e.g. 1h.")
@click.option("--delay", help="Run later: a duration (30s, 5m) or an ISO date.")
@click.option("--ttl", help="Expire the run if it has not started within this time, e.g. 10m.")
@click.option("--queue", help="Run in this queue instead of the task's own.")
@click.option("--concurrency-key", help="Separate concurrency per key (e.g. a user id).")
@click.option("--machine", type=click.Choice(MACHINES), help="Machine preset.")
@click.option("--max-attempts", type=click.IntRange(min=1), help="Attempts before the run fails.")
@click.option("--max-duration", type=click.IntRange(min=1), metavar="SECONDS", help="Compute time limit.")
@click.option("--metadata", metavar="JSON|@FILE", help="The run's initial metadata (a JSON object).")
@click.option("--priority", type=click.IntRange(min=0), metavar="SECONDS", help="Queue ahead by this much.")
@click.option("--region", help="Region to run in.")
@click.option("--version", "version", help="Lock the run to this deployed version.")
@click.option("--test", is_flag=True, help="Mark it as a test run.")
@click.option("--wait", is_flag=True, help="Wait for the run to end; print its output (exit 1 if it failed).")
@click.option("--timeout", type=click.FloatRange(min=0), default=3600, show_default=True, help="With --wait, seconds.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True, help="Polling period.")
@pass_state
def trigger(
    state: State,
    /,
    task_id: str,
    payload: str | None,
    wait: bool,
    timeout: float,
    interval: float,
    **options: Any,
) -> None:
    """Trigger TASK_ID once and print the run id (or, with --wait, its output).

    \b
    Examples:
      trigger-client tasks trigger send-email --payload '{"to": "ada@example.com"}' --tag user_42
      trigger-client tasks trigger resize-image --payload @image.json --wait --timeout 120
    """
    given: dict[str, Any] = {k: v for k, v in options.items() if v not in (None, (), False)}
    if "metadata" in given:
        given["metadata"] = json_argument(given["metadata"], "--metadata")
    if "tags" in given:
        given["tags"] = list(given["tags"])
    arguments = () if payload is None else (json_argument(payload, "--payload"),)
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
