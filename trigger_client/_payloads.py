"""Payload serialisation with the same bytes as the TypeScript SDK's ``stringifyIO`` (wire reference §2.2).

A payload that is not a string is sent as a `superjson <https://github.com/flightcontrolhq/superjson>`_ document
(``application/super+json``), so the TypeScript task receives real ``Date``, ``Set`` and ``BigInt`` values;
:mod:`trigger_client._superjson` lists how each Python type maps to JavaScript and back.

Example::

    payload, payload_type = serialize_payload({"when": datetime(2024, 1, 2, tzinfo=timezone.utc)})
    # ('{"json":{"when":"2024-01-02T00:00:00.000Z"},"meta":{"values":{"when":["Date"]}}}', 'application/super+json')
"""

from __future__ import annotations

import enum
import json
from typing import Any, Final

from trigger_client._exceptions import ValidationError
from trigger_client._superjson import parse_js_int, superjson_dumps, superjson_loads

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "OMIT",
    "check_payload_size",
    "deserialize_payload",
    "serialize_payload",
]

MAX_PAYLOAD_BYTES: Final = 3 * 1024 * 1024
"""The server's limit on one serialised payload (``TASK_PAYLOAD_MAXIMUM_SIZE``, per batch item too)."""


class _Omit(enum.Enum):
    OMIT = "OMIT"

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _Omit.OMIT
"""Marks an absent payload (JavaScript ``undefined``): nothing is sent and the type is ``application/json``."""


def serialize_payload(value: Any, *, field: str = "payload") -> tuple[str | None, str]:
    """The ``(payload, payloadType)`` pair the SDK sends for ``value``.

    ``OMIT`` → ``(None, "application/json")``; a ``str`` is sent as is (``text/plain``); anything else as
    superjson. Unsupported types raise :class:`ValidationError` naming ``field`` and the path inside the value.

    Example::

        serialize_payload("hi")        # ('hi', 'text/plain')
        serialize_payload({"a": 1})    # ('{"json":{"a":1}}', 'application/super+json')
        serialize_payload(OMIT)        # (None, 'application/json')
    """
    if value is OMIT:
        return None, "application/json"
    if isinstance(value, str):
        return str.__str__(value), "text/plain"  # str.__str__ drops a subclass (e.g. a str Enum) to its text
    return superjson_dumps(value, field=field), "application/super+json"


def check_payload_size(payload: str | None, field: str = "payload") -> int:
    """The UTF-8 size of a serialised payload (the SDK's ``payloadSize``); raises if it is over the limit.

    Example::

        size = check_payload_size(serialize_payload(data)[0])  # ValidationError above 3 MiB
    """
    size = len(payload.encode("utf-8", "surrogatepass")) if payload else 0
    if size > MAX_PAYLOAD_BYTES:
        raise ValidationError(
            field,
            f"the serialised payload is {size} bytes, over the {MAX_PAYLOAD_BYTES}-byte (3 MiB) limit; "
            "store the data elsewhere (e.g. object storage) and pass a reference such as its URL or key",
        )
    return size


def deserialize_payload(data: str | None, data_type: str | None) -> Any:
    """Decode a packet (a run's payload/output, a waitpoint's output) the way the SDK's ``parsePacket`` does.

    Empty data → ``None``; ``application/json`` → JSON; ``application/super+json`` → superjson;
    ``text/plain`` and unknown types → the raw string. ``application/store`` data is a storage path that must be
    fetched first (``GET /api/v1/packets/{path}``), so it raises :class:`ValidationError`.

    Example::

        deserialize_payload('{"json":"1970-01-01T00:00:00.000Z","meta":{"values":["Date"]}}', "application/super+json")
        # datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
    """
    if not data:
        return None
    if data_type == "application/json":
        return json.loads(data, parse_int=parse_js_int)
    if data_type == "application/super+json":
        return superjson_loads(data)
    if data_type == "application/store":
        raise ValidationError(
            "data_type",
            f"an application/store packet ({data!r}) is a storage path: download it through the packets API "
            "first, then decode the downloaded data with its content type",
        )
    return data
