"""``python -m trigger_client.testing serve``: run the emulator over HTTP until SIGINT/SIGTERM;
``python -m trigger_client.testing demo``: the guided tour behind ``make demo``."""

from __future__ import annotations

import argparse
import signal
import socket
import sys

from ._adapters import make_server
from ._server import TriggerEmulator


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
    commands.add_parser("demo", help="a guided tour of trigger_client against the emulator (make demo)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import main as demo

        return demo()

    emulator = TriggerEmulator(seed=args.seed, rate_limit=args.rate_limit, validate=args.validate)
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
