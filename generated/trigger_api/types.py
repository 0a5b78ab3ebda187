"""Contains some shared types for properties"""

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
    ``parse`` turns a 2xx response into the documented model and raises on anything else.
    """

    __slots__ = ("name", "parse", "prepare")

    def __init__(
        self, name: str, prepare: Callable[[], dict[str, Any]], parse: Callable[[httpx.Response], R_co]
    ) -> None:
        self.name = name
        self.prepare = prepare
        self.parse = parse

    def __repr__(self) -> str:
        return f"ApiRequest({self.name})"


__all__ = ["UNSET", "ApiRequest", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
