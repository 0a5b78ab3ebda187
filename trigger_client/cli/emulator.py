"""``trigger-client emulator serve``: the local emulator over HTTP (``python -m trigger_client.testing serve``)."""

from __future__ import annotations

import click


@click.group()
def emulator() -> None:
    """The local emulator of the Trigger.dev API, for trying commands and testing apps offline.

    \b
    Example:
      trigger-client emulator serve --port 8030 --tasks trigger_client.testing.demo:register_demo_tasks
    """


@emulator.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def serve(ctx: click.Context, arguments: tuple[str, ...]) -> None:
    """Serve the emulator until Ctrl-C; prints TRIGGER_API_URL and the keys to export. Takes the options of
    `python -m trigger_client.testing serve` (--host, --port, --seed, --tasks MODULE:ATTR, --unregistered,
    --validate; --help lists them). Needs the emulator extra.

    \b
    Example:
      trigger-client emulator serve --port 8030 --tasks trigger_client.testing.demo:register_demo_tasks
    """
    from trigger_client.testing.__main__ import main

    if {"-h", "--help"} & set(arguments):  # this help, then the options, which the emulator's own parser owns
        click.echo(ctx.get_help() + "\n")
    status = main(["serve", *arguments])
    if status:
        raise click.exceptions.Exit(status)
