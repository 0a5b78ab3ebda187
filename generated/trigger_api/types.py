"""Contains some shared types for properties"""

import datetime
import json
import sys
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from types import NoneType as Unset
from typing import IO, Any, BinaryIO, Final, Generic, TypeVar

import httpx
from attrs import define

# trigger-client: an absent field reads as None, so users never meet a sentinel. `Unset` stays the name the
# generator's templates use in isinstance checks and annotations; it is NoneType, so `X | Unset` is `X | None`.
# On the wire None means "omit the field" (the SDK's undefined); a required nullable field still sends null.
UNSET: Final = None


# trigger-client: how from_dict reads a date-time. From Python 3.11 fromisoformat reads every ISO 8601 form the
# server sends (JavaScript's toISOString: milliseconds and a "Z") and is the fastest parser there is, so it is used
# as is. 3.10's reads only what isoformat writes (no "Z"; 0, 3 or 6 fraction digits), so there from_dict uses
# iso_datetime_py310.
def iso_datetime_py310(value: str) -> datetime.datetime:
    """An ISO 8601 date-time read as Python 3.11's fromisoformat reads it, on Python 3.10.

    A trailing "Z" becomes "+00:00" for 3.10's fromisoformat; a form it still refuses (1, 2, 4, 5 or more than
    6 fraction digits, an offset without a colon) goes to dateutil's ISO parser, whose time zone becomes the
    datetime.timezone fromisoformat would give. Example: iso_datetime_py310("2025-01-01T00:00:00.12Z").
    """
    if not isinstance(value, str):
        raise TypeError("fromisoformat: argument must be str")  # 3.11's words, so errors read alike on both
    try:
        return datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        pass
    from dateutil.parser import isoparse

    try:
        parsed = isoparse(value)
    except (ValueError, OverflowError):
        raise ValueError(f"Invalid isoformat string: {value!r}") from None  # 3.11's message, not dateutil's
    offset = parsed.utcoffset()
    if offset is None:
        return parsed
    return parsed.replace(tzinfo=datetime.timezone(offset) if offset else datetime.timezone.utc)


parse_datetime: Final[Callable[[str], datetime.datetime]] = (
    datetime.datetime.fromisoformat if sys.version_info >= (3, 11) else iso_datetime_py310
)


# trigger-client: response bodies are decoded by orjson when it is installed (the `orjson` extra; it takes about
# half the CPU time of the stdlib), with exactly json.loads's results: orjson refuses NaN/Infinity, numbers that
# overflow a double, a BOM, lone surrogates and non-UTF-8 text, and loads_json then asks the stdlib, which returns
# its value or raises its own error. The one silent difference, an integer beyond 64 bits that orjson reads as a
# float, needs 19 digits in a row, which a cheap scan (a C-speed translate and substring search) finds first.
_fast_loads: Callable[[bytes], Any] | None
try:
    import orjson
except ImportError:
    _fast_loads = None
else:
    _fast_loads = orjson.loads
_DIGITS_AS_ZERO: Final = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER: Final = b"0" * 19


def loads_json(content: bytes) -> Any:
    """A response body decoded as ``json.loads(content)`` decodes it (same value, or the same exception), by
    orjson when it is installed. Example: loads_json(b'{"id": "run_1"}') == {"id": "run_1"}.
    """
    if _fast_loads is not None and _LONG_NUMBER not in content.translate(_DIGITS_AS_ZERO):
        try:
            return _fast_loads(content)
        except ValueError:  # orjson.JSONDecodeError: the stdlib decides, outside this handler (no chained error)
            pass
    return json.loads(content)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


R_co = TypeVar("R_co", covariant=True)


class ApiRequest(Generic[R_co]):
    """One operation's request, built by the typed ``build()`` of its endpoint module, and its success parser.

    ``prepare()`` returns the ``httpx.Client.request`` arguments (method, url, params, json, headers); it runs
    when the request is sent, so a path value the generated guard refuses fails there, not at ``build()``.
    ``parse`` turns a 2xx response into the documented model and raises on anything else. ``template`` is the
    path with its parameters unfilled (``/api/v3/runs/{run_id}``): the low-cardinality name tracing reports.
    """

    __slots__ = ("name", "parse", "prepare", "template")

    def __init__(
        self,
        name: str,
        prepare: Callable[[], dict[str, Any]],
        parse: Callable[[httpx.Response], R_co],
        template: str = "",
    ) -> None:
        self.name = name
        self.prepare = prepare
        self.parse = parse
        self.template = template

    def __repr__(self) -> str:
        return f"ApiRequest({self.name})"


__all__ = [
    "UNSET",
    "ApiRequest",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "loads_json",
    "parse_datetime",
]
