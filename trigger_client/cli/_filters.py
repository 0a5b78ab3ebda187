"""The ``runs.list`` filters as command options, shared by ``runs list`` and ``runs bulk``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from trigger_client.resources._run_filters import PROJECT_ENVS, RUN_STATUSES

F = TypeVar("F", bound=Callable[..., Any])

_MANY = {"multiple": True, "default": ()}
_STATUS = click.Choice(RUN_STATUSES, case_sensitive=False)
_WHEN = click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"])

# (option, keyword of runs.list, click settings); a repeatable option matches any of its values.
_OPTIONS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("--status", "status", {**_MANY, "type": _STATUS, "metavar": "STATUS", "help": "Status, e.g. FAILED."}),
    ("--task", "task_identifier", {**_MANY, "help": "Task id."}),
    ("--version", "version", {**_MANY, "help": "Deployed version, e.g. 20250101.1."}),
    ("--tag", "tag", {**_MANY, "help": "Runs carrying this tag."}),
    ("--queue", "queue", {**_MANY, "help": "Queue name (a task's own queue is task/<task id>)."}),
    ("--machine", "machine", {**_MANY, "help": "Machine preset, e.g. small-1x."}),
    ("--region", "region", {**_MANY, "help": "Region."}),
    ("--period", "period", {"help": "Created within this period, e.g. 1h, 1d, 7d (default: 7 days)."}),
    ("--from", "from_", {"type": _WHEN, "metavar": "DATETIME", "help": "Created at or after (UTC)."}),
    ("--to", "to", {"type": _WHEN, "metavar": "DATETIME", "help": "Created at or before (UTC)."}),
    ("--batch", "batch", {"help": "Batch id (batch_…)."}),
    ("--schedule", "schedule", {"help": "Schedule id (sched_…)."}),
    ("--bulk-action", "bulk_action", {"help": "Bulk action id."}),
    ("--error", "error", {"help": "Error group id (error_…)."}),
    ("--test/--no-test", "is_test", {"default": None, "help": "Only test runs, or only real ones."}),
    (
        "--env",
        "env",
        {"type": click.Choice(PROJECT_ENVS), "help": "With --project-ref (personal access token): the environment."},
    ),
)


def run_filter_options(command: F) -> F:
    """Add every filter of ``runs.list`` (and ``--project-ref``) as options to ``command``.

    Example::

        @click.command()
        @run_filter_options
        def count(**options): ...
    """
    for option, keyword, settings in reversed(_OPTIONS):
        command = click.option(option, f"filter_{keyword}", **settings)(command)
    return click.option(
        "--project-ref", metavar="REF", help="List a project's runs with a personal access token (needs --env)."
    )(command)


def run_filters(options: dict[str, Any]) -> dict[str, Any]:
    """The ``runs.list`` keywords of the options given (an empty or unset option is left out), removed from
    ``options``.

    Example::

        >>> run_filters({"filter_status": ("failed",), "filter_tag": (), "filter_period": "1d", "limit": 5})
        {'status': ['FAILED'], 'period': '1d'}
    """
    filters: dict[str, Any] = {}
    for name in [key for key in options if key.startswith("filter_")]:
        value = options.pop(name)
        keyword = name.removeprefix("filter_")
        if value is None or value == ():
            continue
        if keyword == "status":
            value = [status.upper() for status in value]
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dt.datetime):
            value = value.replace(tzinfo=dt.timezone.utc)
        filters[keyword] = value
    return filters
