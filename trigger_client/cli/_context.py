"""What every command shares: the global options, the client built from them on first use, and the mapping of
errors to exit codes (0 ok, 1 API error, 2 usage or configuration, 130 interrupted)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from trigger_client._client import TriggerClient
from trigger_client._exceptions import APIStatusError, ConfigurationError, TriggerError, ValidationError
from trigger_client.cli._output import Output

F = TypeVar("F", bound=Callable[..., Any])

EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class State:
    """The global options of one invocation and the client they configure (built when a command first needs it).

    Example::

        state = State(profile=None, api_url="http://127.0.0.1:8030", out=Output(json_mode=True, color=False))
        state.client.runs.retrieve("run_1234")
    """

    def __init__(self, *, profile: str | None, api_url: str | None, out: Output) -> None:
        self.profile = profile
        self.api_url = api_url
        self.out = out
        self._client: TriggerClient | None = None

    @property
    def client(self) -> TriggerClient:
        """The client: from ``--profile`` (its file is ``$TRIGGER_CONFIG`` or the user config directory), else
        from the ``TRIGGER_*`` environment variables, as the library reads them; ``--api-url`` overrides both.

        Example::

            state.client.runs.retrieve("run_1234")
        """
        if self._client is None:
            overrides: dict[str, Any] = {} if self.api_url is None else {"api_url": self.api_url}
            if self.profile is not None:
                self._client = TriggerClient.from_profile(self.profile, **overrides)
            else:
                self._client = TriggerClient(**overrides)
        return self._client

    def project_ref(self, given: str | None) -> str:
        """``--project-ref``, else the client's (``TRIGGER_PROJECT_REF`` or the profile's ``project_ref``).

        Example::

            state.client.envvars.list(state.project_ref(None), "dev")
        """
        ref = given or self.client.project_ref
        if not ref:
            raise click.UsageError("no project: pass --project-ref proj_… or set TRIGGER_PROJECT_REF")
        return ref

    def close(self) -> None:
        """Close the client if one was built (the root command registers this to run at exit).

        Example::

            ctx.call_on_close(state.close)
        """
        if self._client is not None:
            self._client.close()


pass_state = click.make_pass_decorator(State)


def guarded(invoke: Callable[[], Any]) -> Any:
    """Run a command, turning library errors and Ctrl-C into a one-line message on stderr and the exit code.

    Example::

        guarded(lambda: command.invoke(ctx))
    """
    try:
        return invoke()
    except KeyboardInterrupt:
        click.echo("\ninterrupted", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, and let the final flush go nowhere
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    except click.Abort:  # Ctrl-C (or end of input) at a prompt
        click.echo("\ninterrupted", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except APIStatusError as exc:  # an answer; a connection failure falls to TriggerError below (same exit code)
        request = f" (request id {exc.request_id})" if exc.request_id else ""
        click.echo(f"error: {exc}{request}", err=True)
        raise click.exceptions.Exit(EXIT_API) from None
    except (ConfigurationError, ValidationError) as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_USAGE) from None
    except TriggerError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_API) from None


def json_argument(text: str, what: str) -> Any:
    """A JSON value given inline or as ``@path`` (a file holding it).

    Example::

        >>> json_argument('{"to": "ada@example.com"}', "--payload")
        {'to': 'ada@example.com'}
    """
    source = text
    if text.startswith("@"):
        try:
            source = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(f"cannot read {text[1:]}: {exc.strerror}", param_hint=what) from None
    try:
        return json.loads(source)
    except ValueError as exc:
        raise click.BadParameter(f"is not JSON: {exc}", param_hint=what) from None
