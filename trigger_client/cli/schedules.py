"""``trigger-client schedules``: list, upsert (by deduplication key) and delete cron schedules."""

from __future__ import annotations

import click

from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column, when

SCHEDULE_COLUMNS = (
    Column("ID", lambda s: s.id, 28),
    Column("TASK", lambda s: s.task, 24),
    Column("CRON", lambda s: s.generator.expression, 16),
    Column("TIMEZONE", lambda s: s.timezone, 16),
    Column("ACTIVE", lambda s: s.active, 6),
    Column("NEXT RUN", lambda s: when(s.next_run), 32),
    Column("DEDUPLICATION KEY", lambda s: s.deduplication_key, 24),
)


@click.group()
def schedules() -> None:
    """Imperative cron schedules.

    \b
    Examples:
      trigger-client schedules list
      trigger-client schedules upsert nightly-report --task report --cron "0 2 * * *" --timezone Europe/Paris
    """


@schedules.command("list")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many (default: all).")
@pass_state
def list_(state: State, limit: int) -> None:
    """List schedules, streamed page by page.

    \b
    Example:
      trigger-client schedules list --limit 50
    """
    state.out.rows(state.client.schedules.list(limit=limit or None), SCHEDULE_COLUMNS)


@schedules.command()
@click.argument("deduplication_key")
@click.option("--task", required=True, help="The scheduled task.")
@click.option("--cron", required=True, help='A cron expression, e.g. "0 9 * * 1-5".')
@click.option("--timezone", help="IANA time zone, e.g. Europe/Paris (default UTC).")
@click.option("--external-id", help="Anything useful to you, e.g. a user id.")
@click.option("--window", help="Spread runs over a window after the cron time, e.g. 30m or 30%.")
@pass_state
def upsert(
    state: State,
    deduplication_key: str,
    task: str,
    cron: str,
    timezone: str | None,
    external_id: str | None,
    window: str | None,
) -> None:
    """Create the schedule with DEDUPLICATION_KEY, or update it: safe to run at every deploy.

    \b
    Example:
      trigger-client schedules upsert nightly-report --task report --cron "0 2 * * *"
    """
    options = {"timezone": timezone, "external_id": external_id, "window": window}
    schedule = state.client.schedules.upsert(
        deduplication_key, task=task, cron=cron, **{k: v for k, v in options.items() if v is not None}
    )
    state.out.done(
        f"{schedule.id} {schedule.task} {schedule.generator.expression} next {when(schedule.next_run)}", schedule
    )


@schedules.command()
@click.argument("schedule_id")
@pass_state
def delete(state: State, schedule_id: str) -> None:
    """Delete a schedule.

    \b
    Example:
      trigger-client schedules delete sched_1234
    """
    deleted = state.client.schedules.delete(schedule_id)
    state.out.done(f"{deleted.id} deleted", deleted)
