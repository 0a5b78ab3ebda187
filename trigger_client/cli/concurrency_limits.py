"""``trigger-client concurrency-limits``: list the environment's limits, override one, reset it."""

from __future__ import annotations

from typing import Any

import click

from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column

LIMIT_COLUMNS = (
    Column("NAME", lambda c: c.name, 32),
    Column("TOTAL", lambda c: c.total.current, 6),
    Column("PER KEY", lambda c: c.per_key.current, 7),
    Column("OVERRIDDEN", lambda c: c.total.override is not None or c.per_key.override is not None, 10),
    Column("RUNNING", lambda c: c.running, 7),
    Column("QUEUED", lambda c: c.queued, 6),
    Column("PAUSED", lambda c: bool(c.paused), 6),
)


@click.group("concurrency-limits")
def concurrency_limits() -> None:
    """Concurrency limits: named with concurrencyLimit() in your tasks, or task/<task id> for a task's inline limit.

    \b
    Examples:
      trigger-client concurrency-limits list
      trigger-client concurrency-limits override openai --total 50
      trigger-client concurrency-limits reset openai
    """


@concurrency_limits.command("list")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many (default: all).")
@pass_state
def list_(state: State, limit: int) -> None:
    """List the limits with their current bounds and live counts.

    \b
    Example:
      trigger-client concurrency-limits list
    """
    state.out.rows(state.client.concurrency_limits.list(limit=limit or None), LIMIT_COLUMNS)


def _shown(result: Any) -> str:
    if hasattr(result, "concurrency_key"):
        return f"{result.name} [{result.concurrency_key}]: per key {result.per_key.current}"
    return f"{result.name}: total {result.total.current}, per key {result.per_key.current}"


@concurrency_limits.command()
@click.argument("name")
@click.option("--total", type=click.IntRange(0, 100_000), help="Runs of all keys at once.")
@click.option("--per-key", type=click.IntRange(0, 100_000), help="Runs of one concurrency key at once.")
@click.option("--key", "concurrency_key", help="Only this concurrency key's per-key bound (needs --per-key).")
@click.option("--ttl", help="With --key, how long the override holds, e.g. 1d (default 7d, at most 30d).")
@pass_state
def override(
    state: State, name: str, total: int | None, per_key: int | None, concurrency_key: str | None, ttl: str | None
) -> None:
    """Change NAME's bounds until reset; with --key, cap one key's per-key bound for --ttl.

    \b
    Examples:
      trigger-client concurrency-limits override openai --total 50
      trigger-client concurrency-limits override task/generate-report --per-key 3 --key user_42 --ttl 1d
    """
    if total is None and per_key is None:
        raise click.UsageError("give --total and/or --per-key")
    limits = state.client.concurrency_limits
    if concurrency_key is None:
        if ttl is not None:
            raise click.UsageError("--ttl applies with --key only")
        result: Any = limits.override(name, total=total, per_key=per_key)
    else:
        if total is not None or per_key is None:
            raise click.UsageError("with --key, give --per-key (a key has no total)")
        result = limits.override(name, per_key=per_key, concurrency_key=concurrency_key, ttl=ttl)
    state.out.done(_shown(result), result)


@concurrency_limits.command()
@click.argument("name")
@click.option("--key", "concurrency_key", help="Clear only this concurrency key's override.")
@pass_state
def reset(state: State, name: str, concurrency_key: str | None) -> None:
    """Back to the declared bounds (keys' overrides stay); with --key, clear only that key's override.

    \b
    Example:
      trigger-client concurrency-limits reset openai
    """
    limits = state.client.concurrency_limits
    result: Any = limits.reset(name) if concurrency_key is None else limits.reset(name, concurrency_key)
    state.out.done(_shown(result), result)
