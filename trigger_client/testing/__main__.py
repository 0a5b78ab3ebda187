"""``python -m trigger_client.testing serve``: run the emulator over HTTP until SIGINT/SIGTERM;
``python -m trigger_client.testing demo``: the guided tour behind ``make demo``."""

from __future__ import annotations

import argparse
import importlib
import signal
import socket
import sys
from collections.abc import Mapping

from trigger_client._optional import MissingDependencyError, require

from ._adapters import make_server
from ._server import TriggerEmulator


class TaskSpecError(Exception):
    """A ``--tasks MODULE:ATTR`` that does not name a register function or a dict of task functions."""


def register_tasks(emulator: TriggerEmulator, spec: str) -> None:
    """Register the tasks named by ``spec`` (``package.module:attr``) on ``emulator``.

    ``attr`` is a function called with the emulator (it registers with ``@emulator.task``), or a mapping of task id
    to task function.

    Example:
        >>> register_tasks(emulator, "trigger_client.testing.demo:register_demo_tasks")  # doctest: +SKIP
    """
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise TaskSpecError(f"--tasks {spec!r}: expected MODULE:ATTR, e.g. myapp.tasks:register")
    try:
        target = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise TaskSpecError(f"--tasks {spec!r}: {exc}") from None
    if isinstance(target, Mapping):
        for task_id, fn in target.items():
            emulator.task(str(task_id))(fn)
    elif callable(target):
        target(emulator)
    else:
        raise TaskSpecError(f"--tasks {spec!r}: {attr} is neither a function nor a dict of task functions")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and serve; prints the URL and keys first.

    Example:
        $ python -m trigger_client.testing serve --port 0
    """
    parser = argparse.ArgumentParser(prog="python -m trigger_client.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulator over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    serve.add_argument("--port", type=int, default=0, help="port (0 picks a free one)")
    serve.add_argument("--seed", type=int, default=None, help="seed for ids and fault draws")
    serve.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests per minute (default: the webapp's bucket, bursts of 750 refilled 250 every 10 s)",
    )
    serve.add_argument("--validate", action="store_true", help="check traffic against the OpenAPI spec")
    serve.add_argument(
        "--tasks",
        action="append",
        default=[],
        metavar="MODULE:ATTR",
        help="register task functions: ATTR is a function called with the emulator (it uses @emulator.task) "
        "or a dict of task id -> function; repeatable",
    )
    serve.add_argument(
        "--unregistered",
        choices=("fail", "complete", "queue"),
        default="fail",
        help="runs of tasks with no function: fail them at once (default), complete them with no output, or leave "
        "them queued",
    )
    commands.add_parser("demo", help="a guided tour of trigger_client against the emulator (make demo)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import main as demo

        return demo()

    try:
        require("uvicorn", extra="emulator", feature="serve")
        emulator = TriggerEmulator(
            seed=args.seed, rate_limit=args.rate_limit, validate=args.validate, unregistered=args.unregistered
        )
        for spec in args.tasks:
            register_tasks(emulator, spec)
    except (MissingDependencyError, TaskSpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # Bind first so port 0 resolves to the real port before printing it.
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    sock.listen(128)  # connections queue up until uvicorn starts accepting
    host, port = sock.getsockname()[:2]
    url_host = f"[{host}]" if family == socket.AF_INET6 else host
    print(f"Trigger.dev emulator listening on http://{url_host}:{port}")
    print(f"TRIGGER_API_URL=http://{url_host}:{port}")
    print(f"TRIGGER_SECRET_KEY={emulator.secret_key}")
    print(f"TRIGGER_ACCESS_TOKEN={emulator.pat}")
    print(f"TRIGGER_PROJECT_REF={emulator.project_ref}")
    sys.stdout.flush()
    # uvicorn shuts down gracefully, then re-raises the signal to the handler it found; make that
    # handler a no-op so SIGINT/SIGTERM end with a clean exit status.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    try:
        make_server(emulator, args.host, port).run(sockets=[sock])
    finally:
        emulator.close()
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
