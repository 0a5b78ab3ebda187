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
import datetime as dt
import doctest
import hashlib
import importlib
import inspect
import io
import itertools
import json
import logging
import os
import pkgutil
import re
import ssl
import textwrap
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import trustme

import trigger_client
import trigger_client.resources
from trigger_client import AsyncProjects, AsyncTriggerClient, Projects, QueueRef, TriggerClient, webhooks
from trigger_client._retry import RetryPolicy
from trigger_client._tokens import create_public_token
from trigger_client.cli.batch import Tally
from trigger_client.resources._base import AsyncResource, async_example
from trigger_client.testing import TriggerEmulator
from trigger_client.testing.demo import served_emulator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = re.compile(r"^(?P<indent>[ ]*)[^\n]*Example::\n\n(?P<body>(?:(?P=indent)[ ]+[^\n]*\n|[ ]*\n)+)", re.M)
NOT_RUN = re.compile(r"^\s*# not-run: (?P<reason>\S.*)$", re.M)


@dataclass(frozen=True)
class Block:
    module: str
    where: str  # qualified name of what the docstring documents
    code: str
    is_async: bool

    @property
    def name(self) -> str:
        return f"{self.module}:{self.where}"

    @property
    def not_run(self) -> str | None:
        found = NOT_RUN.search(self.code)
        return found["reason"] if found else None


def _blocks_of(doc: str | None) -> list[str]:
    if not doc or "Example::" not in doc:
        return []
    return [textwrap.dedent(m["body"]).strip("\n") + "\n" for m in EXAMPLE.finditer(inspect.cleandoc(doc) + "\n")]


def _documented(module: Any) -> Iterator[tuple[str, Any, bool]]:
    """(qualified name, object, async) of the module and everything it defines that can carry a docstring."""
    yield "<module>", module, False
    for name, obj in vars(module).items():
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isclass(obj):
            is_async = obj.__name__.startswith("Async") or issubclass(obj, AsyncResource)
            yield name, obj, is_async
            for member_name, member in vars(obj).items():
                target = getattr(member, "fget", None) or getattr(member, "__func__", member)
                if callable(target) and getattr(target, "__doc__", None):
                    yield f"{name}.{member_name}", target, is_async
        elif inspect.isfunction(obj):
            yield name, obj, inspect.iscoroutinefunction(obj)


def _collect() -> list[Block]:
    blocks = []
    names = ["trigger_client"] + [i.name for i in pkgutil.walk_packages(trigger_client.__path__, "trigger_client.")]
    for name in names:
        module = importlib.import_module(name)
        for where, obj, is_async in _documented(module):
            for i, code in enumerate(_blocks_of(obj.__doc__)):
                suffix = f"#{i + 1}" if i else ""
                blocks.append(Block(name, where + suffix, code, is_async or "await " in code))
    return blocks


BLOCKS = _collect()
RUN = [b for b in BLOCKS if b.not_run is None]
NOT_RUN_BLOCKS = [b for b in BLOCKS if b.not_run is not None]


def _source_blocks() -> list[tuple[str, str]]:
    """(file, code) of every ``Example::`` block written in the package's source, nested definitions included."""
    found = []
    for path in sorted(Path(trigger_client.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                found += [(str(path), code) for code in _blocks_of(ast.get_docstring(node))]
    return found


def test_every_example_is_found_and_counted() -> None:
    written = _source_blocks()
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
        examples = _blocks_of(target.__doc__)
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


class Bindings:
    """Objects made in the emulator for the placeholders a block names, and values for the names it uses unbound
    (an example's ``items`` or ``state`` stand for what the reader has at hand)."""

    def __init__(self, emulator: TriggerEmulator, client: TriggerClient, tmp: Path, block: Block) -> None:
        self.emulator, self.client, self.tmp, self.block = emulator, client, tmp, block

    def run(self, task: str = "send-email", payload: Any = None, **options: Any) -> str:
        handle = self.client.tasks.trigger(task, {"to": "ada@example.com"} if payload is None else payload, **options)
        if task == "await-approval":  # executing, waiting for its input
            for _ in range(500):
                if self.emulator.get_run(handle.id)["status"] == "EXECUTING":
                    break
                time.sleep(0.01)
        elif "delay" not in options:
            self.emulator.wait_for_run(handle.id)
        return handle.id

    def prepare(self) -> tuple[str, dict[str, Any]]:
        """The block's code with its placeholder ids replaced by real ones, and the variables it expects."""
        code, em, client = self.block.code, self.emulator, self.client
        names: dict[str, Any] = {}
        run_id = None
        module = vars(importlib.import_module(self.block.module))
        unbound = {n for n in _unbound(code) if n not in module and n not in STDLIB and n not in trigger_client.__all__}
        if re.search(r'"run_123\d?"', code) or unbound & {"run_id", "handle", "run"}:
            if "runs.result(" in code:  # only a cancelled run has a result record
                run_id = self.run(delay="1h")
                client.runs.cancel(run_id)
            elif "reschedule(" in code:
                run_id = self.run(delay="1h")
            elif ".stream(" in code:
                run_id = self.run("chat-completion", {"prompt": "hi"})
            elif "send_input(" in code:
                run_id = self.run("await-approval", {})
            else:
                run_id = self.run()
            code = re.sub(r'"run_123\d?"', f'"{run_id}"', code)
            names.update(run_id=run_id, handle=client.runs.retrieve(run_id), run=client.runs.retrieve(run_id))
        if "user_42" in code:
            self.run(tags=["user_42"])
        if "batch_1234" in code or "batch_id" in unbound:
            batch_id = client.tasks.batch_trigger("send-email", [{"payload": {"to": "ada@example.com"}}]).batch_ids[0]
            client.batches.poll(batch_id, interval=0.05, timeout=10)
            code, names["batch_id"] = code.replace('"batch_1234"', f'"{batch_id}"'), batch_id
        if "sched_1234" in code:
            sched = client.schedules.create(task="send-digest", cron="0 9 * * *", deduplication_key=f"k{id(code)}")
            code = code.replace('"sched_1234"', f'"{sched.id}"')
        if "waitpoint_1234" in code:
            token = client.waitpoints.tokens.create(timeout="1h")
            code = code.replace('"waitpoint_1234"', f'"{token.id}"')
            code = code.replace('"abc123hash"', f'"{token.url.rstrip("/").split("/")[-1]}"')
        if "bulk_1234" in code or "bulk" in unbound:
            for _ in range(150):  # more than one chunk, so the action is still running when the example looks
                client.tasks.trigger("send-email", {"to": "ada@example.com"}, delay="1h")
            bulk = client.runs.bulk.cancel(status=["DELAYED"], task_identifier="send-email")
            code, names["bulk"] = code.replace('"bulk_1234"', f'"{bulk.id}"'), bulk
        if "deployment_1234" in code:
            code = code.replace('"deployment_1234"', f'"{em.add_deployment("20250101.3")}"')
        if '"20250101.1"' in code:
            em.add_deployment("20250101.1")
            em.add_deployment("20250101.2")
            client.deployments.promote("20250101.2")
        if "chat_1234" in code:  # a session of its own: another example may have closed the last one
            external_id = f"chat_{next(COUNTER)}"
            client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id=external_id)
            code = code.replace('"chat_1234"', f'"{external_id}"')
        if "whd_1234" in code:
            delivery = em.webhooks.add_delivery("stripe", {"type": "charge.failed"}, status="failed")
            code = code.replace('"whd_1234"', f'"{delivery}"')
        if "error_8f3b2a1c9d4e5f60" in code:
            self.run("resize-image", {"width": -1})
            error_id = next(e.id for e in client.errors.list() if e.task_identifier == "resize-image")
            code = code.replace('"error_8f3b2a1c9d4e5f60"', f'"{error_id}"')
        if "customer-support" in code:  # version 2 from code, 3 an override since removed
            em.add_prompt("customer-support", "Hello {{customerName}}, how can I help?", model="gpt-4o")
            client.prompts.create_override("customer-support", text_content="Hi {{customerName}}!")
            if "update_override" not in code:
                client.prompts.remove_override("customer-support")
        if "idempotency_keys.reset(" in code:
            client.tasks.trigger("send-email", {"to": "ada@example.com"}, idempotency_key=["welcome", "user_42"])
        if '"a1b2c3d4e5f60718"' in code and run_id:
            trace: Any = client.runs.trace(run_id).trace
            span_id = trace.root_span.id
            code = code.replace('"a1b2c3d4e5f60718"', f'"{span_id}"')
        if 'QueueRef("custom"' in code:
            client.tasks.trigger("send-email", {"to": "ada@example.com"}, queue="emails")
            client.tasks.trigger("send-email", {"to": "ada@example.com"}, queue="emails/high-priority")
        if "reset_concurrency(" in code:
            client.queues.override_concurrency(QueueRef("custom", "emails"), 5)
        if ".env.production" in code:  # as if the file had never been imported
            with TriggerClient(access_token=em.create_pat()) as manager:
                for var in manager.envvars.list(em.project_ref, "prod"):
                    manager.envvars.delete(em.project_ref, "prod", var.name)
            (self.tmp / ".env.production").write_text("SLACK_TOKEN=xoxb-prod\nSENTRY_DSN=https://sentry.example\n")
            code = code.replace('".env.production"', repr(str(self.tmp / ".env.production")))
        if "SLACK_TOKEN" in code and "create(" not in code:
            client.envvars.create(em.project_ref, "dev", name="SLACK_TOKEN", value="xoxb-1")
        if "/etc/company/ca.pem" in code:
            ca = trustme.CA()
            ca.cert_pem.write_to_path(str(self.tmp / "ca.pem"))
            leaf = ca.issue_cert("client.example")
            leaf.cert_chain_pems[0].write_to_path(str(self.tmp / "client.pem"))
            leaf.private_key_pem.write_to_path(str(self.tmp / "client.key"))
            code = code.replace("/etc/company/ca.pem", str(self.tmp / "ca.pem"))
            code = code.replace('"client.pem"', repr(str(self.tmp / "client.pem")))
            code = code.replace('"client.key"', repr(str(self.tmp / "client.key")))
        if "client." in code:
            code = code.replace('"proj_1234"', f'"{em.project_ref}"')
        code = code.replace("http://127.0.0.1:8030", os.environ["TRIGGER_API_URL"])
        for name in sorted(unbound - names.keys()):
            if name in VALUES:
                names[name] = VALUES[name](self)
        return code, names


def _unbound(code: str) -> set[str]:
    """Names the code reads and never binds."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    loaded: set[str] = set()
    stored: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else stored).add(node.id)
        elif isinstance(node, ast.arg):
            stored.add(node.arg)
        elif isinstance(node, ast.alias):
            stored.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.ExceptHandler):
            stored.add(node.name or "")
    # ``dashboard = f(dashboard.id)`` reads a dashboard the reader already has
    return loaded - (stored - {n for n in loaded if _read_before_written(tree, n)})


def _read_before_written(tree: ast.AST, name: str) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value))
    return False


def _webhook_event(b: Bindings) -> dict[str, Any]:
    vector = next(c for c in WEBHOOK_VECTORS if c["name"] == "run_failed")
    headers = {"Content-Type": "application/json", webhooks.SIGNATURE_HEADER: vector["signature"]}
    os.environ["TRIGGER_WEBHOOK_SECRET"] = vector["secret"]
    return {"body": vector["body"].encode(), "headers": headers, "secret": vector["secret"]}


def _dashboard(b: Bindings) -> Any:
    for dashboard in b.client.query.dashboards.list().dashboards or []:  # room under the plan's limit
        if str(dashboard.type_) == "custom" and isinstance(dashboard.key, str):
            b.client.query.dashboards.delete(dashboard.key)
    widget = {
        "id": "failures",
        "title": "Failed runs",
        "query": "SELECT count() AS failed FROM runs",
        "display": {"type": "bignumber", "column": "failed", "aggregation": "sum"},
    }
    return b.client.query.dashboards.create(title="Runs", widgets=[widget])


def _public_token(b: Bindings) -> str:
    claims = {"sub": _env_id(b), "pub": True}
    return create_public_token(b.emulator.secret_key, scopes={"read": {"runs": ["run_1"]}}, claims=claims)


def _projects(b: Bindings) -> Any:
    keys = {"acme": {"secret_key": b.emulator.secret_key}, "beta": {"secret_key": os.environ["BETA_TRIGGER_KEY"]}}
    return (AsyncProjects if b.block.is_async else Projects)(keys)


def _env_id(b: Bindings) -> str:
    return b.emulator.store.projects[b.emulator.project_ref].environments["dev"].id


def _state(b: Bindings) -> Any:
    from trigger_client.cli._context import State
    from trigger_client.cli._output import Output

    return State(profile=None, api_url=os.environ["TRIGGER_API_URL"], out=Output(json_mode=True, color=False))


def _click_context(b: Bindings) -> Any:
    import click

    return click.Context(click.Command("noop", callback=lambda: None))


WEBHOOK_VECTORS: list[dict[str, Any]] = json.loads((ROOT / "tests" / "vectors" / "webhooks.json").read_text())["cases"]
COUNTER = itertools.count(1)
# What the examples' free names stand for; each is made only when a block uses it.
VALUES: dict[str, Callable[[Bindings], Any]] = {
    "items": lambda b: [{"payload": {"to": f"user{i}@example.com", "width": 100 * i}} for i in range(1, 4)],
    "addresses": lambda b: ["ada@example.com", "grace@example.com"],
    "payload": lambda b: {"to": "ada@example.com"},
    "data": lambda b: {"to": "ada@example.com"},
    "url": lambda b: "https://example.com/article",
    "result": lambda b: b.client.tasks.batch_trigger("send-email", [{"payload": {"to": "ada@example.com"}}, {}]),
    "key": lambda b: b.emulator.secret_key,
    "acme_key": lambda b: b.emulator.secret_key,
    "beta_key": lambda b: b.emulator.add_project(name="Beta 2").secret_keys["dev"],
    "env_id": _env_id,
    "claims": lambda b: {"sub": _env_id(b), "pub": True},
    "token": _public_token,
    "dashboard": _dashboard,
    "projects": _projects,
    "state": _state,
    "tally": lambda b: Tally(accepted=2, errors={3: "not JSON"}),
    "out": lambda b: _state(b).out,
    "ctx": _click_context,
    "command": lambda b: _click_context(b).command,
    "log": lambda b: logging.getLogger("app"),
    "context": lambda b: ssl.create_default_context(),
    "notify": lambda b: print,
    "request": lambda b: SimpleNamespace(**_webhook_event(b)),
    "raw_body": lambda b: _webhook_event(b)["body"],
    "request_headers": lambda b: _webhook_event(b)["headers"],
    "body": lambda b: _webhook_event(b)["body"],
    "secret": lambda b: _webhook_event(b)["secret"],
}


def _register_example_tasks(emulator: TriggerEmulator) -> None:
    """Tasks the examples trigger beyond the demo's."""

    for task in ("summarize", "sync-crm", "my-chat"):
        emulator.task(task)(lambda payload: {"ok": True})
    for task in ("report", "daily-report"):
        emulator.task(task, scheduled=True)(lambda payload: {"ok": True})

    @emulator.task("await-approval")
    def approval(payload: Any, ctx: Any) -> Any:
        for _ in range(1000):  # bounded: 10 s at most
            if ctx.inputs("approval"):
                return ctx.inputs("approval")[0]
            time.sleep(0.01)
        raise TimeoutError("no approval")

    @emulator.task("chat-completion")
    def chat(payload: Any, ctx: Any) -> str:
        for word in ("Hello", " world"):
            ctx.stream("openai", word)
        return "Hello world"


@contextlib.contextmanager
def _served(config: Path) -> Iterator[TriggerEmulator]:
    """The emulator with what the examples expect deployed, and profiles and keys in the environment."""
    with served_emulator() as emulator:
        _register_example_tasks(emulator)
        beta = emulator.add_project(name="Beta")
        emulator.add_prompt("customer-support", "Hello {{customerName}}!", model="gpt-4o")  # as a deploy makes it
        for endpoint in ("stripe", "github"):
            emulator.webhooks.add_endpoint(endpoint, tasks=["send-email"], secret=f"whsec_{endpoint}_1234567890")
        url = os.environ["TRIGGER_API_URL"]
        config.write_text(
            f'[profiles.acme-prod]\napi_url = "{url}"\nsecret_key_env = "ACME_PROD_TRIGGER_KEY"\n'
            f'[profiles.beta-prod]\napi_url = "{url}"\nsecret_key_env = "BETA_TRIGGER_KEY"\n'
        )
        extra = {
            "TRIGGER_PROJECT_REF": emulator.project_ref,
            "TRIGGER_CONFIG": str(config),
            "ACME_PROD_TRIGGER_KEY": emulator.secret_key,
            "BETA_TRIGGER_KEY": beta.secret_keys["dev"],
        }
        os.environ.update(extra)
        try:
            yield emulator
        finally:
            for key in extra:
                os.environ.pop(key, None)


@pytest.fixture(scope="session")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], TriggerEmulator]]:
    """A fresh emulator per documented module, so its examples do not meet other modules' state. The tests come
    in module order, so one is served at a time (a module-scoped parametrized fixture would be rebuilt per test)."""
    config = tmp_path_factory.mktemp("config") / "config.toml"
    current: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:

        def serve(module: str) -> TriggerEmulator:
            if current.get("module") != module:
                if "stack" in current:
                    current["stack"].close()
                current["stack"] = stack.enter_context(contextlib.ExitStack())
                current.update(module=module, emulator=current["stack"].enter_context(_served(config)))
            emulator: TriggerEmulator = current["emulator"]
            return emulator

        yield serve


def _namespace(block: Block, bound: dict[str, Any]) -> dict[str, Any]:
    module = importlib.import_module(block.module)
    names = {k: v for k, v in vars(module).items() if not k.startswith("__")}
    names.update({k: getattr(trigger_client, k) for k in trigger_client.__all__})
    names.update(STDLIB)
    names.update(bound, __name__="__docs__", __raises=pytest.raises)
    return names


# Standard-library names the examples take as imported.
STDLIB = {
    "os": os,
    "time": time,
    "json": json,
    "hashlib": hashlib,
    "httpx": httpx,
    "dt": dt,
    "datetime": dt.datetime,
    "timezone": dt.timezone,
    "timedelta": dt.timedelta,
    "Path": Path,
    "webhooks": webhooks,
}
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
    shared = sorted(_unbound(code) & names.keys() - {"client"})
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


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries as the examples get them, without the backoff's seconds of waiting."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, attempt, rand=None: 0.01)


@pytest.mark.parametrize("block", RUN, ids=[b.name for b in RUN])
@pytest.mark.filterwarnings("ignore:queues.*is deprecated:DeprecationWarning")  # documented as deprecated
def test_example_runs(emulators: Callable[[str], TriggerEmulator], block: Block, tmp_path: Path) -> None:
    served = emulators(block.module)
    with TriggerClient() as setup:
        code, bound = Bindings(served, setup, tmp_path, block).prepare()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _execute(block, code, _namespace(block, bound), _client_kwargs(block, served))
