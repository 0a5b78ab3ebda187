"""``trigger-client queues``: list queues, pause and resume one."""

from __future__ import annotations

import click

from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column
from trigger_client.resources.queues import QueueRef

QUEUE_COLUMNS = (
    Column("NAME", lambda q: q.name, 32),
    Column("TYPE", lambda q: q.type_, 8),
    Column("RUNNING", lambda q: q.running, 7),
    Column("QUEUED", lambda q: q.queued, 7),
    Column("LIMIT", lambda q: q.concurrency_limit, 6),
    Column("PAUSED", lambda q: q.paused, 6),
)


@click.group()
def queues() -> None:
    """Queues of the key's environment.

    \b
    Examples:
      trigger-client queues list
      trigger-client queues pause send-email
    """


@queues.command("list")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many (default: all).")
@pass_state
def list_(state: State, limit: int) -> None:
    """List queues with their running and queued counts.

    \b
    Example:
      trigger-client queues list
    """
    state.out.rows(state.client.queues.list(limit=limit or None), QUEUE_COLUMNS)


def queue_ref(name: str, kind: str) -> str | QueueRef:
    """A queue as typed: an id (``queue_…``), else a name as listed, of a task's queue (the task id) or, with
    ``kind="custom"``, of a custom queue.

    Example::

        >>> queue_ref("send-email", "task")
        QueueRef(type='task', name='send-email')
    """
    return name if name.startswith("queue_") else QueueRef("custom" if kind == "custom" else "task", name)


_TYPE = click.option(
    "--type",
    "kind",
    type=click.Choice(["task", "custom"]),
    default="task",
    show_default=True,
    help="Whether QUEUE names a task's queue (the task id) or a custom queue.",
)


@queues.command()
@click.argument("queue")
@_TYPE
@pass_state
def pause(state: State, queue: str, kind: str) -> None:
    """Pause QUEUE (a name as listed, or an id queue_…): its runs wait until it is resumed.

    \b
    Examples:
      trigger-client queues pause send-email
      trigger-client queues pause emails-high-priority --type custom
    """
    paused = state.client.queues.pause(queue_ref(queue, kind))
    state.out.done(f"{paused.name} paused", paused)


@queues.command()
@click.argument("queue")
@_TYPE
@pass_state
def resume(state: State, queue: str, kind: str) -> None:
    """Resume a paused QUEUE.

    \b
    Example:
      trigger-client queues resume send-email
    """
    resumed = state.client.queues.resume(queue_ref(queue, kind))
    state.out.done(f"{resumed.name} resumed", resumed)
