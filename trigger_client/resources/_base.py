"""The thin sync and async shells every resource builds on."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable, Coroutine, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from trigger_client._config import CredentialKind
from trigger_client._core import AsyncCore, SyncCore
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation
from trigger_client._steps import Step, drive, drive_async

if TYPE_CHECKING:
    from trigger_client._pagination import AsyncPaginator, PageQuery, SyncPaginator

T = TypeVar("T")
C = TypeVar("C", bound=type)
M = TypeVar("M", bound="_HasAdditionalProperties")


class _HasAdditionalProperties(Protocol):
    additional_properties: dict[str, Any]


class MaskedStr(str):
    """A plain ``str`` whose repr hides it, for credentials the API hands back (tokens, signing secrets).

    Example::

        token = MaskedStr("whsec_abc")
        f"{token}"  # 'whsec_abc': the real value wherever it is used
        repr(token)  # "MaskedStr('***')"
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}('***')"


def with_nulls(model: M, wire: Mapping[str, Any]) -> M:
    """``model`` that also sends the explicit nulls of ``wire``.

    A None field of a generated model is left out of the body (the SDK's ``undefined``); a null the server must
    see, such as clearing metadata, travels as an additional property instead.

    Example::

        from trigger_api.models import UpdateSessionRequestBody

        body = with_nulls(UpdateSessionRequestBody(tags=["a"]), {"metadata": None})  # sends "metadata": null
    """
    for key, value in wire.items():
        if value is None:
            model.additional_properties[key] = None
    return model


def project_scope(client: SyncCore | AsyncCore, project_ref: str | None) -> str | None:
    """The project of a project-scoped call: the argument, else, for a personal access token, the client's."""
    if project_ref is not None or client._credential.kind is not CredentialKind.PERSONAL_ACCESS_TOKEN:
        return project_ref
    default: str | None = getattr(client, "project_ref", None)
    if default is None:
        raise ValidationError(
            "project_ref", "a personal access token works per project: pass project_ref='proj_…' here or to the client"
        )
    return default


class SyncResource:
    """Base of sync resources: runs operations on the client's shared pipeline."""

    def __init__(self, client: SyncCore) -> None:
        self._client = client

    def _run(self, op: Operation[T]) -> T:
        return self._client._run(op)

    def _drive(self, steps: Generator[Step, Any, T]) -> T:
        return drive(self._client._run, steps)

    def _paginate(self, query: PageQuery[T, Any], limit: int | None) -> SyncPaginator[T]:
        from trigger_client._pagination import SyncPaginator  # with the first list: a trigger never needs it

        return SyncPaginator(self._client, query, limit)


class AsyncResource:
    """Base of async resources."""

    def __init__(self, client: AsyncCore) -> None:
        self._client = client

    async def _run(self, op: Operation[T]) -> T:
        return await self._client._run(op)

    def _drive(self, steps: Generator[Step, Any, T]) -> Coroutine[Any, Any, T]:
        # The driver's own coroutine, awaited by the caller: no pass-through coroutine per call.
        return drive_async(self._client._run, steps)

    def _paginate(self, query: PageQuery[T, Any], limit: int | None) -> AsyncPaginator[T]:
        from trigger_client._pagination import AsyncPaginator

        return AsyncPaginator(self._client, query, limit)


def docs_from(sync_cls: type) -> Callable[[C], C]:
    """Give an async resource the docstrings of its sync twin, so each text is written once.

    Each example block is rewritten for the async client by :func:`async_example`, which knows from the
    async class which of its methods are coroutines. A method whose async example differs beyond that carries
    its own docstring, which is kept.
    """

    def decorate(async_cls: C) -> C:
        def awaited(name: str) -> bool | None:
            member = inspect.getattr_static(async_cls, name, None)
            if member is None:
                return None
            return inspect.iscoroutinefunction(getattr(member, "fget", member))

        def for_async(doc: str) -> str:
            return _EXAMPLE.sub(lambda m: _reindent(m, awaited), doc)

        if not async_cls.__doc__:
            async_cls.__doc__ = f"Async version of :class:`{sync_cls.__name__}`.\n\n{for_async(sync_cls.__doc__ or '')}"
        for name, member in vars(async_cls).items():
            source: Any = getattr(sync_cls, name, None)
            target = getattr(member, "fget", member)
            if callable(target) and not getattr(target, "__doc__", None) and source is not None and source.__doc__:
                target.__doc__ = for_async(source.__doc__)
        return async_cls

    return decorate


# An ``Example::`` line and the indented block after it (blank lines included).
_EXAMPLE = re.compile(
    r"(?P<head>^(?P<indent>[ ]*)[^\n]*Example::\n\n)(?P<body>(?:(?P=indent)[ ]+[^\n]*\n|[ ]*\n)+)", re.M
)
# What an async client returns without a coroutine, when an example calls another resource's method by this name:
# paginators and subscriptions (iterated with ``async for``), and the client views.
_NOT_AWAITED = frozenset({"list", "versions", "subscribe", "subscribe_to_tag", "stream", "with_options", "snapshot"})


def _reindent(match: re.Match[str], awaited: Callable[[str], bool | None]) -> str:
    body = match["body"]
    indent = min(len(line) - len(line.lstrip(" ")) for line in body.splitlines() if line.strip())
    code = "".join(line[indent:] if line.strip() else "\n" for line in body.splitlines(keepends=True))
    converted = async_example(code, awaited)
    return match["head"] + "".join(
        " " * indent + line if line.strip() else "\n" for line in converted.splitlines(keepends=True)
    )


def async_example(code: str, awaited: Callable[[str], bool | None] = lambda name: None) -> str:
    """``code``, a sync client example, written for the async client.

    Every call of a client method that is a coroutine is awaited (in parentheses when its result is used further),
    loops over paginators and subscriptions become ``async for``, and ``with`` a subscription or a
    ``TriggerClient`` becomes ``async with``. ``awaited(name)`` says whether the documented class's method
    ``name`` is a coroutine (None: not one of its methods, then only paginators and views are not awaited).

    Example::

        async_example("for run in client.runs.list():\\n    client.runs.cancel(run.id)\\n")
        # 'async for run in client.runs.list():\\n    await client.runs.cancel(run.id)\\n'
    """
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return code
    lines = code.splitlines(keepends=True)

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return sum(map(len, lines[: lineno - 1])) + len(lines[lineno - 1].encode()[:col].decode())

    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    clients = {"client"}
    for node in ast.walk(tree):
        for item in node.items if isinstance(node, ast.With) else ():
            if _called_name(item.context_expr) == "TriggerClient" and isinstance(item.optional_vars, ast.Name):
                clients.add(item.optional_vars.id)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    streams: set[str] = set()  # names bound to subscriptions by ``with``

    def client_call(node: ast.AST) -> str | None:
        """The method name when ``node`` calls a method reached from a client, else None."""
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            return None
        root: ast.AST = node.func.value
        while isinstance(root, ast.Attribute | ast.Call):
            root = root.value if isinstance(root, ast.Attribute) else root.func
        return node.func.attr if isinstance(root, ast.Name) and root.id in clients else None

    def is_awaited(node: ast.AST) -> bool:
        name = client_call(node)
        if name is None or any(isinstance(p, ast.Lambda) for p in _ancestors(node, parents)):
            return False
        own = awaited(name)
        return own if own is not None else name not in _NOT_AWAITED

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and is_awaited(node):
            start, end = offset(node.lineno, node.col_offset), offset(node.end_lineno or 0, node.end_col_offset or 0)
            parent = parents.get(node)
            chained = isinstance(parent, ast.Attribute | ast.Subscript) or (
                isinstance(parent, ast.Call) and parent.func is node
            )
            prefix = "(await " if chained else "await "
            edits.append((start, start, prefix))
            if chained:
                edits.append((end, end, ")"))
            for lineno in range(node.lineno + 1, (node.end_lineno or 0) + 1):  # keep aligned arguments aligned
                line = lines[lineno - 1]
                if len(line) - len(line.lstrip(" ")) > (node.func.end_col_offset or 0):
                    edits.append((offset(lineno, 0), offset(lineno, 0), " " * len(prefix)))
        elif isinstance(node, ast.With):
            for item in node.items:
                if _called_name(item.context_expr) == "TriggerClient":
                    name_start = offset(item.context_expr.lineno, item.context_expr.col_offset)
                    edits.append((name_start, name_start, "Async"))
                elif client_call(item.context_expr) is None:
                    continue
                elif isinstance(item.optional_vars, ast.Name):
                    streams.add(item.optional_vars.id)
            if any(client_call(i.context_expr) or _called_name(i.context_expr) == "TriggerClient" for i in node.items):
                start = offset(node.lineno, node.col_offset)
                edits.append((start, start, "async "))
    for node in ast.walk(tree):
        if isinstance(node, ast.For) and (
            (client_call(node.iter) and not is_awaited(node.iter))
            or (isinstance(node.iter, ast.Name) and node.iter.id in streams)
        ):
            start = offset(node.lineno, node.col_offset)
            edits.append((start, start, "async "))
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        code = code[:start] + text + code[end:]
    return code


def _called_name(node: ast.AST) -> str | None:
    return node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else None


def _ancestors(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> Iterator[ast.AST]:
    while node in parents:
        node = parents[node]
        yield node
