"""The options a run is started with, shared by ``tasks trigger`` and ``runs replay`` (whose overrides are the same
names: ``TriggerOptions`` and ``ReplayOptions``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from trigger_client.cli._context import json_argument

F = TypeVar("F", bound=Callable[..., Any])

MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")

_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("--payload",), {"metavar": "JSON|@FILE", "help": "The payload: JSON, or @file.json."}),
    (("--metadata",), {"metavar": "JSON|@FILE", "help": "The run's metadata (a JSON object)."}),
    (("--tag", "tags"), {"multiple": True, "help": "A tag for the run; repeat for more (at most 10)."}),
    (("--idempotency-key",), {"help": "Return the existing run if one was started with this key."}),
    (("--idempotency-key-ttl",), {"metavar": "DURATION", "help": "How long the key holds, e.g. 1h."}),
    (("--delay",), {"help": "Run later: a duration (30s, 5m) or an ISO date."}),
    (("--ttl",), {"help": "Expire the run if it has not started within this time, e.g. 10m."}),
    (("--queue",), {"help": "Run in this queue instead of the task's own."}),
    (("--concurrency-key",), {"help": "Separate concurrency per key (e.g. a user id)."}),
    (("--machine",), {"type": click.Choice(MACHINES), "help": "Machine preset."}),
    (("--max-attempts",), {"type": click.IntRange(min=1), "help": "Attempts before the run fails."}),
    (("--max-duration",), {"type": click.IntRange(min=1), "metavar": "SECONDS", "help": "Compute time limit."}),
    (("--priority",), {"type": click.IntRange(min=0), "metavar": "SECONDS", "help": "Queue ahead by this much."}),
    (("--region",), {"help": "Region to run in."}),
    (("--version", "version"), {"help": "Run on this deployed version."}),
)


def run_options(command: F) -> F:
    """Add the options a run starts with (``--payload``, ``--tag``, ``--queue``, ``--machine``…) to ``command``.

    Example::

        @click.command()
        @run_options
        def trigger(**options): ...
    """
    for names, settings in reversed(_OPTIONS):
        command = click.option(*names, **settings)(command)
    return command


def given_options(options: dict[str, Any]) -> dict[str, Any]:
    """The run options given on the command line, as the library's keywords (JSON parsed, tags as a list); the
    payload is among them only when ``--payload`` was given.

    Example::

        >>> given_options({"payload": '{"a": 1}', "tags": ("x",), "queue": None, "machine": None})
        {'payload': {'a': 1}, 'tags': ['x']}
    """
    given = {name: value for name, value in options.items() if value not in (None, ())}
    for name in ("payload", "metadata"):
        if name in given:
            given[name] = json_argument(given[name], f"--{name}")
    if "tags" in given:
        given["tags"] = list(given["tags"])
    return given
