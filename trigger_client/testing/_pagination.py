"""Cursor and offset pagination exactly as the server answers them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._http import ApiError, Request

T = TypeVar("T")


def _int_arg(req: Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = req.arg(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ApiError(
            400,
            "Query Error",
            details=[{"code": "custom", "message": f"{name} must be {bound}", "path": [name]}],
        )
    return value


def cursor_page(
    items: Sequence[T],
    req: Request,
    present: Callable[[T], dict[str, Any]],
    key: Callable[[T], str],
    *,
    default_size: int = 25,
) -> dict[str, Any]:
    """``{data, pagination:{next?, previous?}}`` over newest-first ``items``.

    ``page[before]`` wins over ``page[after]`` because the SDK keeps both after next→previous.
    """
    size = _int_arg(req, "page[size]", default_size, 1, 100)
    ids = [key(item) for item in items]
    after, before = req.arg("page[after]"), req.arg("page[before]")
    pagination: dict[str, str] = {}
    if before:
        end = ids.index(before) if before in ids else 0
        start = max(0, end - size)
        page = list(items[start:end])
        if page and start > 0:
            pagination["previous"] = key(page[0])
        if page and end < len(ids):
            pagination["next"] = key(page[-1])
    else:
        start = ids.index(after) + 1 if after in ids else (len(ids) if after else 0)
        page = list(items[start : start + size])
        if page and start + size < len(ids):
            pagination["next"] = key(page[-1])
        if page and start > 0:
            pagination["previous"] = key(page[0])
    return {"data": [present(item) for item in page], "pagination": pagination}


def offset_page(items: Sequence[T], req: Request, present: Callable[[T], dict[str, Any]]) -> dict[str, Any]:
    """``{data, pagination:{currentPage,totalPages,count}}`` for ``perPage``/``page`` queries."""
    per_page = _int_arg(req, "perPage", 25, 1, None)
    page = _int_arg(req, "page", 1, 1, None)
    start = (page - 1) * per_page
    return {
        "data": [present(item) for item in items[start : start + per_page]],
        "pagination": {"currentPage": page, "totalPages": math.ceil(len(items) / per_page), "count": len(items)},
    }
