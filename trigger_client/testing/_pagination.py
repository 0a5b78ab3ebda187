"""Cursor and offset pagination exactly as the server answers them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._http import ApiError, Request

T = TypeVar("T")


def _int_arg(req: Request, name: str, default: int, low: int, high: int) -> int:
    raw = req.arg(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if value < low or value > high:
        bound = f"between {low} and {high}"
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


def _positive_arg(req: Request, name: str, error: str) -> int | None:
    """A ``z.coerce.number().int().positive()`` query parameter; ``error`` is the route's 400 text."""
    raw = req.arg(name)
    if raw is None:
        return None
    try:
        value = int(raw.strip()) if raw.strip() else 0
    except ValueError:
        value = 0
    if value < 1:
        issue = {"code": "too_small", "message": "Number must be greater than 0", "path": [name]}
        if error == "Query Error":  # the route builder's shape (routeBuilders/apiBuilder.server.ts)
            raise ApiError(400, error, details=[issue])
        raise ApiError(400, error, issues=[issue])
    return value


def offset_page(
    items: Sequence[T], req: Request, present: Callable[[T], dict[str, Any]], *, default_per_page: int, error: str
) -> dict[str, Any]:
    """``{data, pagination:{currentPage,totalPages,count}}`` for ``perPage``/``page`` queries: ``perPage`` above
    100 is lowered to 100, not refused (routes/api.v1.schedules.ts, routes/api.v1.queues.ts)."""
    per_page = min(_positive_arg(req, "perPage", error) or default_per_page, 100)
    page = _positive_arg(req, "page", error) or 1
    start = (page - 1) * per_page
    return {
        "data": [present(item) for item in items[start : start + per_page]],
        "pagination": {"currentPage": page, "totalPages": math.ceil(len(items) / per_page), "count": len(items)},
    }
