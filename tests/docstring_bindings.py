"""What the docstring examples expect at hand: objects made in the emulator for their placeholders, values for
the names they use unbound, and the emulator served with the tasks, prompts and profiles they name."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import hashlib
import importlib
import itertools
import json
import logging
import os
import re
import ssl
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import trustme

import trigger_client
import trigger_client.resources
from tests.docstring_blocks import Block
from trigger_client import AsyncProjects, Projects, QueueRef, TriggerClient, webhooks
from trigger_client._tokens import create_public_token
from trigger_client.cli.batch import Tally
from trigger_client.testing import TriggerEmulator
from trigger_client.testing.demo import served_emulator

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
        unbound = {
            n for n in unbound_names(code) if n not in module and n not in STDLIB and n not in trigger_client.__all__
        }
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
            # 300 runs of their own (tag and task) take three chunks: the action still runs when the example looks
            tag = f"bulk_{next(COUNTER)}"
            delayed = {"payload": {}, "options": {"delay": "1h", "tags": [tag]}}
            client.tasks.batch_trigger("nightly-sync", [delayed] * 300)
            bulk = client.runs.bulk.cancel(status=["DELAYED"], tag=tag)
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
            if "sessions.stream(" in code:  # the agent's answer, then the end of its turn
                for record in ({"kind": "message", "text": "Hello"}, {"kind": "done"}):
                    client.sessions.send(external_id, record, io="out")
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


def unbound_names(code: str) -> set[str]:
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


WEBHOOK_VECTORS: list[dict[str, Any]] = json.loads((Path(__file__).parent / "vectors" / "webhooks.json").read_text())[
    "cases"
]
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

    for task in ("summarize", "sync-crm", "my-chat", "nightly-sync"):
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
def example_environment(
    emulator: TriggerEmulator, config: Path, beta_profile: str, extra: dict[str, str] | None = None
) -> Iterator[None]:
    """What documentation examples expect around a served emulator: a second project ("Beta"), a deployed prompt,
    a profiles file naming ``acme-prod`` and ``beta_profile``, and their keys in the environment (undone after)."""
    beta = emulator.add_project(name="Beta")
    emulator.add_prompt("customer-support", "Hello {{customerName}}!", model="gpt-4o")  # as a deploy makes it
    url = os.environ["TRIGGER_API_URL"]
    config.write_text(
        f'[profiles.acme-prod]\napi_url = "{url}"\nsecret_key_env = "ACME_PROD_TRIGGER_KEY"\n'
        f'[profiles.{beta_profile}]\napi_url = "{url}"\nsecret_key_env = "BETA_TRIGGER_KEY"\n'
    )
    variables = {
        "TRIGGER_PROJECT_REF": emulator.project_ref,
        "TRIGGER_CONFIG": str(config),
        "ACME_PROD_TRIGGER_KEY": emulator.secret_key,
        "BETA_TRIGGER_KEY": beta.secret_keys["dev"],
        **(extra or {}),
    }
    os.environ.update(variables)
    try:
        yield
    finally:
        for key in variables:
            os.environ.pop(key, None)


@contextlib.contextmanager
def served_for_examples(config: Path) -> Iterator[TriggerEmulator]:
    """The emulator with what the examples expect deployed, and profiles and keys in the environment."""
    with served_emulator() as emulator:
        _register_example_tasks(emulator)
        for endpoint in ("stripe", "github"):
            emulator.webhooks.add_endpoint(endpoint, tasks=["send-email"], secret=f"whsec_{endpoint}_1234567890")
        with example_environment(emulator, config, "beta-prod"):
            yield emulator
