"""The ``trigger-client`` command line (the ``cli`` extra: ``pip install 'trigger-client[cli]'``).

Click and Rich are imported only when the command runs, never by ``import trigger_client``; without them the command
prints the install line and exits 2.

Example::

    # not-run: shell commands (the CLI's own tests run them)
    $ trigger-client runs list --status FAILED --period 1d
    $ python -m trigger_client runs watch run_1234
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

INSTALL_HINT = "trigger-client: the command line needs the cli extra: pip install 'trigger-client[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 API error, 2 usage or configuration, 130 Ctrl-C).

    Example::

        raise SystemExit(main(["runs", "get", "run_1234"]))  # SystemExit: the command's exit status
    """
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    from trigger_client.cli._app import run

    return run(argv)
