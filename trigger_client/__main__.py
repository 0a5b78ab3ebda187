"""``python -m trigger_client``: the ``trigger-client`` command line (see :mod:`trigger_client.cli`)."""

from trigger_client.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
