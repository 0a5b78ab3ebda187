"""``trigger-client envvars``: list, diff, import and export a project environment's variables.

Values are shown only when asked (``list --show-values``) and written only to the file ``export`` creates, with mode
0600; ``diff`` compares by name and never prints a value.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from trigger_client._validate import ENV_SLUGS
from trigger_client.cli._context import State, pass_state
from trigger_client.cli._output import Column

F = TypeVar("F", bound=Callable[..., Any])
_PROJECT = click.option("--project-ref", metavar="REF", help="The project (default: $TRIGGER_PROJECT_REF).")
_ENV = click.argument("env", type=click.Choice(ENV_SLUGS))


def _file(default: str | None, exists: bool, help_text: str) -> Callable[[F], F]:
    kind = click.Path(dir_okay=False, path_type=Path, exists=exists)
    return click.option("--file", "path", type=kind, default=default, show_default=default is not None, help=help_text)


@click.group()
def envvars() -> None:
    """Environment variables of a project environment (dev, stg or staging, prod, preview).

    \b
    Examples:
      trigger-client envvars diff prod --file .env.production
      trigger-client envvars export staging --file .env.staging
    """


@envvars.command("list")
@_ENV
@_PROJECT
@click.option("--show-values", is_flag=True, help="Show the values too (secret ones cannot be read back).")
@pass_state
def list_(state: State, env: str, project_ref: str | None, show_values: bool) -> None:
    """List the variables' names (and values with --show-values).

    \b
    Example:
      trigger-client envvars list prod --project-ref proj_1234
    """
    variables = state.client.envvars.list(state.project_ref(project_ref), env)
    columns = [Column("NAME", lambda var: var.name, 40), Column("SECRET", lambda var: bool(var.is_secret), 6)]
    if show_values:
        columns.append(Column("VALUE", lambda var: var.value, 60))
        state.out.rows(variables, columns)
    else:  # with --json too: names and flags, never values
        state.out.rows(
            [{"name": var.name, "is_secret": bool(var.is_secret)} for var in variables]
            if state.out.json_mode
            else variables,
            columns,
        )


@envvars.command()
@_ENV
@_PROJECT
@_file(".env", True, "The .env file to compare.")
@click.option("--override", is_flag=True, help="Compare as an import with --override would apply it.")
@pass_state
def diff(state: State, env: str, project_ref: str | None, path: Path, override: bool) -> None:
    """What importing --file would do, by name only: + add, ~ change, = differs but kept (the import would be
    refused without --override), ? secret (not comparable), - only on the server.

    \b
    Example:
      trigger-client envvars diff prod --file .env.production --override
    """
    result = state.client.envvars.diff(state.project_ref(project_ref), env, path, override=override)
    if state.out.json_mode:
        state.out.json(result)
    else:
        click.echo(str(result))


@envvars.command("import")
@_ENV
@_PROJECT
@_file(".env", True, "The .env file to import.")
@click.option("--override", is_flag=True, help="Overwrite variables that are already set.")
@click.option("--secret", is_flag=True, help="Store the imported variables as secrets.")
@pass_state
def import_(state: State, env: str, project_ref: str | None, path: Path, override: bool, secret: bool) -> None:
    """Import the variables of --file (shows the diff by name first).

    \b
    Example:
      trigger-client envvars import staging --file .env.staging --override
    """
    ref = state.project_ref(project_ref)
    planned = state.client.envvars.diff(ref, env, path, override=override)
    state.out.note(str(planned))
    state.client.envvars.import_(ref, env, path, override=override, is_secret=True if secret else None)
    count = len(planned.add) + (len(planned.change) if override else 0)
    state.out.done(f"imported {path} into {env} ({count} added or changed)", {"imported": str(path), "env": env})


def _quoted(value: str) -> str:
    """A double-quoted .env value (python-dotenv and the SDK's dotenv read these escapes back)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


@envvars.command()
@_ENV
@_PROJECT
@_file(".env", False, "The file to write (created with mode 0600).")
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@pass_state
def export(state: State, env: str, project_ref: str | None, path: Path, force: bool) -> None:
    """Write the variables to a .env file readable by you only (mode 0600).

    \b
    Example:
      trigger-client envvars export prod --file .env.prod
    """
    if path.exists() and not force:
        raise click.UsageError(f"{path} exists; pass --force to overwrite it")
    variables = state.client.envvars.list(state.project_ref(project_ref), env)
    lines = []
    for var in variables:
        if var.is_secret:  # the server never returns a secret's value
            lines.append(f"# {var.name} is secret: its value cannot be read back")
        else:
            lines.append(f"{var.name}={_quoted(var.value)}")
    # Created 0600 before any value is written, and reset to 0600 if it existed with wider permissions.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    state.out.done(
        f"wrote {len(variables)} variables to {path} (mode 0600)", {"file": str(path), "count": len(variables)}
    )
