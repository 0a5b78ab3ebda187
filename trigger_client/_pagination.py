"""Lazy pagination over cursor pages (runs, waitpoint tokens) and offset pages (schedules, queues).

Pages are fetched one at a time as you iterate, so memory stays flat however many items there are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from trigger_client._core import AsyncCore, SyncCore
from trigger_client._exceptions import APIResponseValidationError
from trigger_client._operation import Operation

T = TypeVar("T")
C = TypeVar("C")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results.

    ``data`` holds the items; ``next_cursor``/``previous_cursor`` (cursor pages) or ``current_page``/
    ``total_pages`` (offset pages) say where it sits; ``raw`` is the generated response model.

    Example::

        page = client.runs.list(limit=20).first_page()
        print(len(page.data), page.has_next_page)
    """

    data: list[T]
    has_next_page: bool
    next_cursor: str | None = None
    previous_cursor: str | None = None
    current_page: int | None = None
    total_pages: int | None = None
    raw: Any = None


def cursor_page(model: Any) -> Page[Any]:
    """A :class:`Page` from a generated ``{data, pagination: {next, previous}}`` model."""
    pagination = model.pagination
    next_cursor = pagination.next_ if pagination is not None else None
    # Deployments page forward only: their pagination has no ``previous``.
    previous = getattr(pagination, "previous", None) if pagination is not None else None
    return Page(list(model.data or []), bool(next_cursor), next_cursor, previous, raw=model)


def read_fast(op: Operation[T], model: type[T]) -> Operation[T]:
    """``op`` reading its page (a ``model``) with the reader compiled for that class, which checks the types as it
    reads (:mod:`trigger_client._fastread`); what the reader leaves goes through ``op``'s own parser and the check.

    Example::

        from trigger_api.api.runs import list_runs_v1
        from trigger_api.models import RunListPage
        from trigger_client._operation import call

        op = read_fast(call(list_runs_v1.build(page_size=100)), RunListPage).then(cursor_page)
    """
    generic = op.parse

    def parse(response: Any) -> Any:
        from trigger_client._fastread import read_checked  # with the first page: imports attrs and the models

        return read_checked(response, model, generic)

    return replace(op, parse=parse, checked=True)


def offset_page(model: Any) -> Page[Any]:
    """A :class:`Page` from a generated ``{data, pagination: {currentPage, totalPages}}`` model."""
    pagination = model.pagination
    current = pagination.current_page if pagination is not None else None
    total = pagination.total_pages if pagination is not None else None
    has_next = current is not None and total is not None and current < total
    return Page(list(model.data or []), has_next, current_page=current, total_pages=total, raw=model)


@dataclass(frozen=True)
class PageQuery(Generic[T, C]):
    """How to fetch a page at a position (None = the first page) and where the page after a page starts.

    Positions are cursors (``page[after]``) or page numbers; ``fetch`` passes them to the endpoint's typed builder,
    so cursor pages never send both ``page[after]`` and ``page[before]`` (unlike the SDK).
    """

    fetch: Callable[[C | None], Operation[Page[T]]]
    next_position: Callable[[Page[T]], C | None]


def next_cursor(page: Page[Any]) -> str | None:
    """Cursor pages: the page after starts at the page's next cursor."""
    return page.next_cursor or None


def next_page_number(page: Page[Any]) -> int | None:
    """Offset pages: the page after is current + 1, while there is one."""
    if not page.has_next_page or page.current_page is None:
        return None
    return page.current_page + 1


class _Walk(Generic[T]):
    """Pagination state shared by the sync and async paginators: which page next, how many items left."""

    def __init__(self, query: PageQuery[T, Any], limit: int | None) -> None:
        self.query = query
        self.position: Any = None
        self.done = False
        self.remaining = limit
        # Every page asked for so far: a server that hands back a cursor (or page number) already visited would
        # otherwise keep the loop going for ever.
        self.visited: set[Any] = set()
        self.operation = ""

    def next_operation(self) -> Operation[Page[T]] | None:
        if self.done or self.remaining == 0:
            return None
        if self.position in self.visited:
            raise APIResponseValidationError(
                f"{self.operation}: the server pointed to a page already fetched (a repeated cursor or page "
                "number); stopping instead of looping",
                status_code=200,
                body="",
            )
        self.visited.add(self.position)
        op = self.query.fetch(self.position)
        self.operation = op.name
        return op

    def accept(self, page: Page[T]) -> list[T]:
        self.position = self.query.next_position(page)
        self.done = self.position is None
        items = page.data
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        return items


class SyncPaginator(Generic[T]):
    """Iterate items across pages: ``for run in client.runs.list(...)``; ``.pages()`` yields whole pages.

    Example::

        for run in client.runs.list(status=["FAILED"], period="1d", limit=50):
            print(run.id)
        for page in client.schedules.list(per_page=10).pages():
            print(page.current_page, len(page.data))
    """

    def __init__(self, core: SyncCore, query: PageQuery[T, Any], limit: int | None = None) -> None:
        self._core = core
        self._query = query
        self._limit = limit

    def pages(self) -> Iterator[Page[T]]:
        """Yield pages lazily, each fetched when the previous one has been consumed."""
        walk = _Walk(self._query, self._limit)
        while (op := walk.next_operation()) is not None:
            page = self._core._run(op)
            items = walk.accept(page)
            yield page if items is page.data else _trimmed(page, items)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data

    def first_page(self) -> Page[T]:
        """Only the first page (one request; none with ``limit=0``, which gives an empty page)."""
        for page in self.pages():
            return page
        return Page([], has_next_page=False)


class AsyncPaginator(Generic[T]):
    """Async twin of :class:`SyncPaginator`: ``async for run in client.runs.list(...)``.

    Example::

        async for run in client.runs.list(status=["FAILED"], limit=50):
            print(run.id)
    """

    def __init__(self, core: AsyncCore, query: PageQuery[T, Any], limit: int | None = None) -> None:
        self._core = core
        self._query = query
        self._limit = limit

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield pages lazily."""
        walk = _Walk(self._query, self._limit)
        while (op := walk.next_operation()) is not None:
            page = await self._core._run(op)
            items = walk.accept(page)
            yield page if items is page.data else _trimmed(page, items)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item

    async def first_page(self) -> Page[T]:
        """Only the first page (one request; none with ``limit=0``, which gives an empty page)."""
        async for page in self.pages():
            return page
        return Page([], has_next_page=False)


def _trimmed(page: Page[T], items: list[T]) -> Page[T]:
    return Page(
        items, page.has_next_page, page.next_cursor, page.previous_cursor, page.current_page, page.total_pages, page.raw
    )
