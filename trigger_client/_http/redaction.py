"""Credentials never reach the logs of the client or of the HTTP libraries below it (httpx, httpcore, aiohttp)."""

from __future__ import annotations

import logging

from trigger_client._exceptions import redact

# Loggers of the HTTP libraries below us: httpcore's DEBUG trace prints response headers, which may echo a key. The
# client's own lines quote no secret, and pass the same filter anyway, whichever handlers show them (TRIGGER_LOG's
# or the application's).
_LIBRARY_LOGGERS = (
    "trigger_client",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp.client",
    "aiohttp.internal",
)


class RedactingFilter(logging.Filter):
    """Masks credentials (keys, bearer tokens, JWTs) in every record of the HTTP libraries' loggers.

    Filters run only for records a logger emits, so this costs nothing while DEBUG logging is off.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format: drop them rather than risk a leak
            record.msg, record.args = str(record.msg), ()
            message = record.msg
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install_log_redaction() -> None:
    """Attach one :class:`RedactingFilter` to each HTTP library logger (idempotent)."""
    for name in _LIBRARY_LOGGERS:
        library_logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in library_logger.filters):
            library_logger.addFilter(RedactingFilter())
