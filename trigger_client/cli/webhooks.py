"""``trigger-client webhooks``: the environment's webhook endpoints, their deliveries, and setting a secret."""

from __future__ import annotations

import os

import click

from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column, when

ENDPOINT_COLUMNS = (
    Column("ID", lambda e: e.id, 26),
    Column("DECLARED ID", lambda e: e.declared_id, 20),
    Column("SOURCE", lambda e: e.source, 10),
    Column("STATUS", lambda e: e.status, 10),
    Column("SECRET SET", lambda e: e.secret_set, 10),
    Column("URL", lambda e: e.url, 60),
)
DELIVERY_COLUMNS = (
    Column("ID", lambda d: d.id, 26),
    Column("ENDPOINT", lambda d: d.endpoint.declared_id if d.endpoint else None, 20),
    Column("STATUS", lambda d: d.status, 10),
    Column("EVENT", lambda d: d.external_delivery_id, 24),
    Column("RECEIVED", lambda d: when(d.created_at), 30),
)
STATUSES = ("pending", "processing", "succeeded", "failed", "filtered", "unmatched")


@click.group()
def webhooks() -> None:
    """Incoming webhook endpoints (declared with webhook() tasks) and their deliveries.

    \b
    Examples:
      trigger-client webhooks endpoints
      trigger-client webhooks deliveries --endpoint stripe --status failed --period 1d
    """


@webhooks.command()
@pass_state
def endpoints(state: State) -> None:
    """List the environment's webhook endpoints (their secrets are never shown).

    \b
    Example:
      trigger-client webhooks endpoints
    """
    state.out.rows(state.client.webhooks.endpoints.list(), ENDPOINT_COLUMNS)


@webhooks.command()
@click.option("--endpoint", "endpoints_", multiple=True, help="An endpoint's declared or wh_ id; repeatable.")
@click.option("--status", multiple=True, type=click.Choice(STATUSES), help="Delivery status; repeatable.")
@click.option("--period", help="Received within this period, e.g. 1d.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many (0: all).")
@pass_state
def deliveries(
    state: State, endpoints_: tuple[str, ...], status: tuple[str, ...], period: str | None, limit: int
) -> None:
    """List deliveries, newest first, streamed page by page.

    \b
    Example:
      trigger-client webhooks deliveries --endpoint stripe --status failed --period 1d
    """
    listing = state.client.webhooks.deliveries.list(
        endpoint=list(endpoints_) or None, status=list(status) or None, period=period, limit=limit or None
    )
    state.out.rows(listing, DELIVERY_COLUMNS)


@webhooks.command("set-secret")
@click.argument("endpoint")
@click.option("--from-env", "variable", required=True, metavar="NAME", help="The variable holding the secret.")
@click.option(
    "--previous-secret-ttl", type=click.IntRange(min=1), metavar="SECONDS", help="Keep the old secret this long."
)
@pass_state
def set_secret(state: State, endpoint: str, variable: str, previous_secret_ttl: int | None) -> None:
    """Store the signing secret a provider issued for ENDPOINT, read from an environment variable (never from the
    command line, where it would land in the shell history).

    \b
    Example:
      STRIPE_WEBHOOK_SECRET=whsec_… trigger-client webhooks set-secret stripe --from-env STRIPE_WEBHOOK_SECRET
    """
    secret = os.environ.get(variable)
    if not secret:
        raise click.UsageError(f"${variable} is not set or empty")
    result = state.client.webhooks.endpoints.set_secret(endpoint, secret, previous_secret_ttl=previous_secret_ttl)
    state.out.done(f"{endpoint}: secret set", result)
