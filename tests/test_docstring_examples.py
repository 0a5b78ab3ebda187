"""Every ``Example::`` block in the package's docstrings runs against the emulator served on 127.0.0.1: the sync
ones with ``client`` a :class:`TriggerClient`, the async ones (async classes, and the examples ``docs_from`` derives
for async resources) inside an ``async def`` with ``client`` an :class:`AsyncTriggerClient`.

Each block runs in the globals of the module that documents it, so a helper's example names the helper as its
module does. Placeholders (``"run_1234"``, ``batch_id``, ``items`` ...) are bound to objects made in the emulator
just before the block runs (:class:`Bindings`), one served emulator per documented module. A block that cannot run
here says so with a ``# not-run: <reason>`` line; it is still compiled, counted and reported.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import doctest
import importlib
import inspect
import io
import pkgutil
import re
import textwrap
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import trigger_client
import trigger_client.resources
from tests.docstring_bindings import STDLIB, Bindings, served_for_examples, unbound_names
from tests.docstring_blocks import BLOCKS, NOT_RUN_BLOCKS, RUN, Block, blocks_of, source_blocks
from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client._http.retry import RetryPolicy
from trigger_client.resources._base import AsyncResource, async_example
from trigger_client.testing import TriggerEmulator


def test_every_example_is_found_and_counted() -> None:
    written = source_blocks()
    derived = len(BLOCKS) - sum(b.code in {code for _, code in written} for b in BLOCKS)
    print(
        f"\ndocstring examples: {len(RUN)} run, {len(NOT_RUN_BLOCKS)} marked not-run "
        f"({len(written)} written in the source, {derived} async ones derived by docs_from)"
    )
    assert len({b.name for b in BLOCKS}) == len(BLOCKS)
    missing = [(path, code) for path, code in written if code not in {b.code for b in BLOCKS}]
    assert not missing, f"examples the test does not reach: {missing}"
    assert len(NOT_RUN_BLOCKS) <= len(BLOCKS) // 20  # not-run stays the exception


def _async_methods() -> list[tuple[str, Any, Any]]:
    """(name, async method, sync twin) of every public method of an async resource whose twin has an example
    (a method both share, which makes no request, such as ``schedules.next_runs``, has the one example)."""
    found = []
    for info in pkgutil.walk_packages(trigger_client.resources.__path__, "trigger_client.resources."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, AsyncResource) and cls.__module__ == module.__name__):
                continue
            twin = getattr(module, cls.__name__.removeprefix("Async"), None)
            for name in dir(cls):
                sync = getattr(twin, name, None)
                shared = inspect.getattr_static(cls, name, None) is inspect.getattr_static(twin, name, None)
                if not name.startswith("_") and not shared and "Example::" in (getattr(sync, "__doc__", None) or ""):
                    found.append((f"{cls.__name__}.{name}", inspect.getattr_static(cls, name), sync))
    return found


def test_every_async_method_has_an_async_example_that_runs() -> None:
    methods = _async_methods()
    assert len(methods) > 100
    async_blocks = {b.code for b in RUN if b.is_async}
    for name, method, _ in methods:
        target = getattr(method, "fget", method)
        examples = blocks_of(target.__doc__)
        assert examples, f"{name} has no example"
        assert all(code in async_blocks for code in examples), f"{name}: its async example is not run"


@pytest.mark.parametrize(
    ("sync", "expected"),
    [
        (  # a paginator is iterated with async for, never awaited
            'for run in client.runs.list(status=["FAILED"]):\n    client.runs.cancel(run.id)\n',
            'async for run in client.runs.list(status=["FAILED"]):\n    await client.runs.cancel(run.id)\n',
        ),
        (  # the call is awaited before its result is used
            'for event in client.runs.events("run_1234").events:\n    print(event.message)\n',
            'for event in (await client.runs.events("run_1234")).events:\n    print(event.message)\n',
        ),
        (  # every call, not only the first
            'handle = client.tasks.trigger("a", {})\nrun = client.runs.poll(handle.id)  # done\n',
            'handle = await client.tasks.trigger("a", {})\nrun = await client.runs.poll(handle.id)  # done\n',
        ),
        (  # clients and subscriptions are entered with async with
            "with TriggerClient() as c:\n    with c.runs.subscribe(run_id) as runs:\n        for r in runs:\n"
            "            print(r.status)\n",
            "async with AsyncTriggerClient() as c:\n    async with c.runs.subscribe(run_id) as runs:\n"
            "        async for r in runs:\n            print(r.status)\n",
        ),
        (  # views of the client are not awaited, the call through them is
            'client.with_options(max_retries=0).runs.retrieve("run_1234").status\n',
            '(await client.with_options(max_retries=0).runs.retrieve("run_1234")).status\n',
        ),
        (  # arguments aligned under the call stay aligned
            'sched = client.schedules.create(task="a",\n' + " " * 32 + 'cron="0 9 * * *")\n',
            'sched = await client.schedules.create(task="a",\n' + " " * 38 + 'cron="0 9 * * *")\n',
        ),
    ],
)
def test_async_example_rewrites_the_calls(sync: str, expected: str) -> None:
    assert async_example(sync) == expected


@pytest.mark.parametrize("block", NOT_RUN_BLOCKS, ids=[b.name for b in NOT_RUN_BLOCKS])
def test_not_run_examples_are_marked_with_a_reason(block: Block) -> None:
    assert block.not_run and len(block.not_run) > 10


def _namespace(block: Block, bound: dict[str, Any]) -> dict[str, Any]:
    module = importlib.import_module(block.module)
    names = {k: v for k, v in vars(module).items() if not k.startswith("__")}
    names.update({k: getattr(trigger_client, k) for k in trigger_client.__all__})
    names.update(STDLIB)
    names.update(bound, __name__="__docs__", __raises=pytest.raises)
    return names


RAISES = re.compile(r"(?:raises\s+)?(?P<error>[A-Za-z_][\w.]*(?:Error|Exit))(?::|$)")


def _checked(code: str) -> str:
    """The code with the results its comments state checked: a statement whose comment names the error it raises
    (``segment("..")  # ValidationError: ...``) runs inside ``pytest.raises`` of that error, and an expression whose
    comment is a Python literal (``toml_type(3)  # 'integer'``) is asserted to equal it."""
    lines = code.splitlines()
    for node in sorted(ast.walk(ast.parse(code)), key=lambda n: -getattr(n, "lineno", 0)):
        if not isinstance(node, ast.stmt) or node.lineno != node.end_lineno:
            continue
        line = lines[node.lineno - 1]
        comment = line[node.end_col_offset :].strip().removeprefix("#").strip()
        indent = line[: len(line) - len(line.lstrip())]
        found = RAISES.match(comment)
        if found:
            lines[node.lineno - 1] = f"{indent}with __raises({found['error']}):\n{indent}    {line.lstrip()}"
        elif isinstance(node, ast.Expr) and "…" not in comment and _is_literal(comment):  # … abbreviates
            source = ast.get_source_segment(code, node)
            lines[node.lineno - 1] = f"{indent}assert ({source}) == {comment}, {comment!r}"
    return "\n".join(lines) + "\n"


def _is_literal(text: str) -> bool:
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return False
    return True


def _client_kwargs(block: Block, emulator: TriggerEmulator) -> dict[str, Any]:
    # Environment variables of other environments are managed with a personal access token, as in production.
    return {"access_token": emulator.create_pat()} if block.module.endswith(".envvars") else {}


def _execute(block: Block, code: str, names: dict[str, Any], kwargs: dict[str, Any]) -> None:
    if code.startswith(">>>"):
        test = doctest.DocTestParser().get_doctest(code, names, block.name, block.module, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        assert runner.run(test, out=print).failed == 0
        return
    code = _checked(code)
    if not block.is_async:
        with TriggerClient(**kwargs) as client:
            names["client"] = client
            exec(compile(code, block.name, "exec"), names)
        return
    # Names bound for the example stay globals of it, as they would be at the top of a script.
    shared = sorted(unbound_names(code) & names.keys() - {"client"})
    header = f"    global {', '.join(shared)}\n" if shared else ""
    wrapped = "async def __example(client):\n" + header + textwrap.indent(code, "    ") + "\n"
    exec(compile(wrapped, block.name, "exec"), names)
    example: Callable[[Any], Any] = names["__example"]

    async def main() -> None:
        async with AsyncTriggerClient(**kwargs) as client:
            await example(client)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        asyncio.run(main())
    assert not [w for w in caught if "was never awaited" in str(w.message)], "a call is not awaited"


# Modules whose examples each need an emulator of their own: every bulk action example starts one over hundreds of
# runs, which later examples of the module would otherwise wade through.
ONE_PER_BLOCK = {"trigger_client.resources.bulk_actions"}


@pytest.fixture(scope="session")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], TriggerEmulator]]:
    """A fresh emulator per documented module (``key``), so its examples do not meet other modules' state. The tests
    come in module order, so one is served at a time (a module-scoped parametrized fixture would be rebuilt per
    test)."""
    config = tmp_path_factory.mktemp("config") / "config.toml"
    current: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:

        def serve(key: str) -> TriggerEmulator:
            if current.get("key") != key:
                if "stack" in current:
                    current["stack"].close()
                current["stack"] = stack.enter_context(contextlib.ExitStack())
                current.update(key=key, emulator=current["stack"].enter_context(served_for_examples(config)))
            emulator: TriggerEmulator = current["emulator"]
            return emulator

        yield serve


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries as the examples get them, without the backoff's seconds of waiting."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, attempt, rand=None: 0.01)


@pytest.mark.parametrize("block", RUN, ids=[b.name for b in RUN])
@pytest.mark.filterwarnings("ignore:queues.*is deprecated:DeprecationWarning")  # documented as deprecated
def test_example_runs(emulators: Callable[[str], TriggerEmulator], block: Block, tmp_path: Path) -> None:
    served = emulators(block.name if block.module in ONE_PER_BLOCK else block.module)
    with TriggerClient() as setup:
        code, bound = Bindings(served, setup, tmp_path, block).prepare()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _execute(block, code, _namespace(block, bound), _client_kwargs(block, served))
