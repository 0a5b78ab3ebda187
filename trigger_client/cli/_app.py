"""The root command: global options, the command groups, shell completion, and the exit-code mapping."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import click

from trigger_client._version import __version__
from trigger_client.cli import (
    batch,
    concurrency_limits,
    deployments,
    emulator,
    envvars,
    queues,
    runs,
    schedules,
    tasks,
    webhooks,
)
from trigger_client.cli._context import EXIT_INTERRUPTED, State, guarded
from trigger_client.cli._output import Output

PROG = "trigger-client"
# Click's completion protocol: `_TRIGGER_CLIENT_COMPLETE=bash_source trigger-client` prints the bash script.
COMPLETE_VAR = "_TRIGGER_CLIENT_COMPLETE"


class App(click.Group):
    """The root group: every subcommand runs under :func:`guarded`, so errors end with their exit code.

    Example::

        @click.group(cls=App)
        def app() -> None: ...
    """

    def invoke(self, ctx: click.Context) -> Any:
        """Invoke the subcommand, mapping library errors and Ctrl-C to exit codes.

        Example::

            ctx = app.make_context(PROG, ["runs", "get", "run_missing"])
            app.invoke(ctx)  # click.exceptions.Exit: code 1, after printing the NotFoundError
        """
        return guarded(lambda: super(App, self).invoke(ctx))


@click.group(cls=App, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--profile", metavar="NAME", help="Use this profile of the config file ($TRIGGER_CONFIG).")
@click.option("--api-url", metavar="URL", help="API base URL (default: $TRIGGER_API_URL, or the profile's).")
@click.option("--json", "json_mode", is_flag=True, help="Machine output: one JSON document, JSON lines for lists.")
@click.option("--no-color", is_flag=True, help="No colours (also when NO_COLOR is set).")
@click.version_option(__version__, prog_name=PROG)
@click.pass_context
def app(ctx: click.Context, profile: str | None, api_url: str | None, json_mode: bool, no_color: bool) -> None:
    """Operate Trigger.dev projects from the shell: runs, tasks, batches, env vars, schedules, deployments,
    queues, concurrency limits, webhooks, and a local emulator.

    Credentials come from TRIGGER_SECRET_KEY / TRIGGER_ACCESS_TOKEN (or --profile) and are never printed.

    \b
    Examples:
      trigger-client runs list --status FAILED --period 1d
      trigger-client --profile acme-prod runs watch run_1234
      trigger-client --json runs list --limit 100 | jq .id
    """
    color = not no_color and "NO_COLOR" not in os.environ
    state = State(profile=profile, api_url=api_url, out=Output(json_mode=json_mode, color=color))
    ctx.obj = state
    ctx.call_on_close(state.close)


@app.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Examples:
      eval "$(trigger-client completion bash)"          # in ~/.bashrc
      trigger-client completion fish > ~/.config/fish/completions/trigger-client.fish
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None  # the Choice above admits only shells Click knows
    click.echo(completer(app, {}, PROG, COMPLETE_VAR).source())


for group in (
    runs.runs,
    tasks.tasks,
    batch.batch,
    envvars.envvars,
    schedules.schedules,
    deployments.deployments,
    queues.queues,
    concurrency_limits.concurrency_limits,
    webhooks.webhooks,
    emulator.emulator,
):
    app.add_command(group)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return its exit status.

    Example::

        run(["runs", "list", "--limit", "5"])
    """
    try:
        result = app.main(args=list(argv) if argv is not None else None, prog_name=PROG, standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("\ninterrupted", err=True)
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0
