"""Contains shared errors types that can be raised from API functions"""

from urllib.parse import quote


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnsafePathSegment(ValueError):
    """A path parameter that cannot be exactly one URL segment: empty, "." or ".."."""

    def __init__(self, name: str, value: str):
        self.name = name
        super().__init__(f"{name}: {value!r} cannot be a path segment")


def path_segment(value: object, name: str) -> str:
    """``value`` percent-encoded as exactly one path segment, refusing values that would address another route."""
    text = str(value)
    if text in ("", ".", ".."):
        raise UnsafePathSegment(name, text)
    return quote(text, safe="")


__all__ = ["UnexpectedStatus", "UnsafePathSegment", "path_segment"]
