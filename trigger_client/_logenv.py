"""``TRIGGER_LOG=debug|info``: the ``trigger_client`` logger's output switched on from the environment, without code.

Read when the first client of the process is built. ``info`` shows one line per response (method, path, status,
time, operation, attempt) and the retries; ``debug`` adds one line per attempt sent. The lines go to stderr, or,
when the application has configured logging (its root logger has handlers), to its handlers. Either way they pass
the logger's redacting filter (``_http.redaction``), so no credential reaches them.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_done = False


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Apply ``TRIGGER_LOG`` once per process. An unknown value is ignored with one warning rather than refused:
    a typo in a debugging switch should not stop an application from starting."""
    global _done
    if _done:
        return
    _done = True
    value = (os.environ if environ is None else environ).get("TRIGGER_LOG", "").strip()
    if not value:
        return
    level = LEVELS.get(value.lower())
    if level is None:
        warnings.warn(
            f"TRIGGER_LOG={value[:40]!r} is not a log level this client knows; use TRIGGER_LOG=debug or "
            "TRIGGER_LOG=info (ignored)",
            RuntimeWarning,
            stacklevel=4,
        )
        return
    logger = logging.getLogger("trigger_client")
    logger.setLevel(level)
    if logger.handlers or logging.getLogger().handlers:
        return  # the application's handlers show them
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
