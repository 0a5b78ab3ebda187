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
      trigger-client queues pause task/send-email
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


def queue_ref(text: str) -> str | QueueRef:
    """A queue as typed: an id (``queue_…``), ``task/<task id>`` (a task's own queue, as listed), or a custom name.

    Example::

        >>> queue_ref("task/send-email")
        QueueRef(type='task', name='send-email')
    """
    if text.startswith("queue_"):
        return text
    if text.startswith("task/"):
        return QueueRef("task", text.removeprefix("task/"))
    return QueueRef("custom", text)


@queues.command()
@click.argument("queue")
@pass_state
def pause(state: State, queue: str) -> None:
    """Pause QUEUE (an id queue_…, task/<task id>, or a custom queue's name): its runs wait until it is resumed.

    \b
    Example:
      trigger-client queues pause task/send-email
    """
    paused = state.client.queues.pause(queue_ref(queue))
    state.out.done(f"{paused.name} paused", paused)


@queues.command()
@click.argument("queue")
@pass_state
def resume(state: State, queue: str) -> None:
    """Resume a paused QUEUE.

    \b
    Example:
      trigger-client queues resume task/send-email
    """
    resumed = state.client.queues.resume(queue_ref(queue))
    state.out.done(f"{resumed.name} resumed", resumed)
