"""``trigger-client deployments``: list deployments and promote a version."""

from __future__ import annotations

import click

from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column, when

DEPLOYMENT_COLUMNS = (
    Column("VERSION", lambda d: d.version, 16),
    Column("STATUS", lambda d: d.status, 12),
    Column("SHORT CODE", lambda d: d.short_code, 12),
    Column("DEPLOYED", lambda d: when(d.deployed_at), 32),
    Column("ID", lambda d: d.id, 30),
)


@click.group()
def deployments() -> None:
    """Deployments of the key's environment.

    \b
    Examples:
      trigger-client deployments list --status DEPLOYED
      trigger-client deployments promote 20250101.2
    """


@deployments.command("list")
@click.option("--status", help="Only deployments in this status, e.g. DEPLOYED, FAILED.")
@click.option("--period", help="Created within this period, e.g. 7d.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many (0: all).")
@pass_state
def list_(state: State, status: str | None, period: str | None, limit: int) -> None:
    """List deployments, newest first.

    \b
    Example:
      trigger-client deployments list --period 30d --limit 0
    """
    listing = state.client.deployments.list(status=status, period=period, limit=limit or None)
    state.out.rows(listing, DEPLOYMENT_COLUMNS)


@deployments.command()
@click.argument("version")
@click.option("--allow-rollbacks", is_flag=True, help="Allow promoting a version older than the current one.")
@pass_state
def promote(state: State, version: str, allow_rollbacks: bool) -> None:
    """Make VERSION the current deployment (new runs use it).

    \b
    Example:
      trigger-client deployments promote 20250101.2
    """
    promoted = state.client.deployments.promote(version, allow_rollbacks=allow_rollbacks)
    state.out.done(f"{promoted.version} is now current", promoted)
