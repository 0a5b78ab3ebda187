"""``make demo``: a short tour of trigger_client against the local emulator, printed as a transcript.

The emulator is served on 127.0.0.1 like a real Trigger.dev API; the example app below only knows the
URL and the keys (from the environment, as in production), exactly as the README's quick start shows.

Example::

    # not-run: a shell command (tests/test_demo.py runs the tour)
    python -m trigger_client.testing demo
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from trigger_client import QueueRef, RunFailedError, TriggerClient, ValidationError
from trigger_client.testing._server import TriggerEmulator
from trigger_client.testing._worker import TaskContext


def _say(title: str) -> None:
    print(f"\n── {title} " + "─" * max(0, 66 - len(title)))


def register_demo_tasks(emulator: TriggerEmulator) -> None:
    """The tasks the example app uses: some work, one fails on bad input, one is a scheduled task."""

    @emulator.task("send-email")
    def send_email(payload: dict[str, Any]) -> dict[str, Any]:
        return {"delivered": True, "to": payload["to"]}

    @emulator.task("send-digest", scheduled=True)
    def send_digest(payload: dict[str, Any]) -> dict[str, Any]:
        return {"sent_at": payload["timestamp"]}

    @emulator.task("render-video")
    def render_video(payload: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
        for frame in range(1, 4):
            time.sleep(0.2)  # slow enough for a live subscription to see it run
            ctx.stream("progress", {"frames": frame * 10})
        return {"frames": 30, "title": payload["title"]}

    # A shared named limit and a task's own bounds (per user, and in total), as the SDK's `concurrency` option.
    openai = emulator.concurrency_limit("openai", total=25)

    @emulator.task("generate-report", concurrency=[{"per_key": 1, "total": 10}, openai])
    def generate_report(payload: dict[str, Any]) -> dict[str, Any]:
        return {"report_for": payload["user"]}

    @emulator.task("resize-image")
    def resize_image(payload: dict[str, Any]) -> dict[str, int]:
        if payload["width"] <= 0:
            raise ValueError(f"width must be positive, got {payload['width']}")
        return {"width": payload["width"], "height": payload["width"] * 3 // 4}


def example_app(project_ref: str, other_project_key: str) -> None:
    """What an app does with trigger_client; it reads TRIGGER_API_URL and TRIGGER_SECRET_KEY like in production."""
    with TriggerClient() as client:
        _say("trigger a task and poll it to completion")
        handle = client.tasks.trigger("send-email", {"to": "ada@example.com"}, tags=["user_42"])
        run = client.runs.poll(handle.id, interval=0.1, timeout=30, on_update=lambda r: print(f"  {r.id}: {r.status}"))
        print(f"  output: {run.output}")

        _say("realtime: follow a run live; the subscription ends by itself")
        live = client.tasks.trigger("render-video", {"title": "launch"})
        statuses: list[str] = []
        for update in client.runs.subscribe(live.id):  # a snapshot per change; show status changes only
            if not statuses or statuses[-1] != update.status:
                statuses.append(update.status)
                print(f"  {update.id}: {update.status}")
        print(f"  output: {update.output}")
        print(f"  stream: {[chunk.data for chunk in client.runs.stream(live.id, 'progress')]}")

        _say("trigger and wait; failures carry the run's error")
        print(f"  resized: {client.tasks.trigger_and_wait('resize-image', {'width': 800}, interval=0.1)}")
        try:
            client.tasks.trigger_and_wait("resize-image", {"width": -1}, interval=0.1)
        except RunFailedError as exc:
            print(f"  RunFailedError: {exc}")

        _say("batch trigger: one result per item, nothing hidden")
        items: list[Any] = [{"payload": {"width": w}} for w in (100, 200, 0, 300)]
        items.append({"payload": {"width": 5}, "options": {"machine": "huge"}})
        batch = client.tasks.batch_trigger("resize-image", items)
        for item in batch.items:
            print(f"  items[{item.index}]: {item.batch_id or item.error}")
        for batch_id in batch.batch_ids:
            outcome = client.batches.poll(batch_id, interval=0.1, timeout=30)
            print(f"  {batch_id}: {[str(run.status) for run in outcome.runs]}")

        _say("list failed runs, page by page")
        for failed in client.runs.list(status=["FAILED"], period="1d", page_size=2):
            print(f"  {failed.id} {failed.task_identifier} {failed.status}")

        _say("bad input is refused before any request")
        try:
            client.runs.retrieve("42")
        except ValidationError as exc:
            print(f"  ValidationError: {exc}")

        _say("schedules: validated cron, timezone, upsert by key, local next runs")
        sched = client.schedules.upsert("daily-digest", task="send-digest", cron="0 9 * * 1-5", timezone="Europe/Paris")
        print(f"  {sched.id}: {sched.generator.expression} ({sched.timezone}), next {sched.next_run}")
        for when in client.schedules.next_runs("0 9 * * 1-5", timezone="Europe/Paris", n=3):
            print(f"  fires at {when.isoformat()}")

        _say("env vars: dry-run diff of a .env file, then import")
        client.envvars.import_(project_ref, "dev", {"SMTP_HOST": "old.example.com", "LEGACY": "1"})
        with tempfile.TemporaryDirectory() as tmp:
            dotenv = Path(tmp) / ".env"
            dotenv.write_text("SMTP_HOST=smtp.example.com\nSMTP_PASSWORD=s3cret\n")
            print("  " + str(client.envvars.diff(project_ref, "dev", dotenv, override=True)).replace("\n", "\n  "))
            client.envvars.import_(project_ref, "dev", dotenv, override=True)
        print(f"  now: {sorted(v.name for v in client.envvars.list(project_ref, 'dev'))}")

        _say("queues: pause and resume")
        queue = client.queues.pause(QueueRef("task", "send-email"))
        print(f"  {queue.name}: paused={queue.paused}")
        print(f"  {queue.name}: paused={client.queues.resume(QueueRef('task', 'send-email')).paused}")

        _say("two projects side by side, one connection pool each, no shared credentials")
        with TriggerClient(secret_key=other_project_key) as other:
            other.tasks.trigger("send-email", {"to": "grace@example.com"})
            mine = sum(1 for _ in client.runs.list())
            theirs = sum(1 for _ in other.runs.list())
            print(f"  this project: {mine} runs; other project: {theirs} runs")

        snapshot = client.metrics.snapshot()
        operations = snapshot["operations"]
        _say("metrics")
        requests = sum(op["requests"] for op in operations.values())
        print(
            f"  {requests} requests over {len(operations)} operations; rate limit left: "
            f"{snapshot['rate_limit']['remaining']}"
        )


@contextmanager
def served_emulator() -> Iterator[TriggerEmulator]:
    """The emulator on 127.0.0.1 with the demo tasks, its URL and key exported like a real deployment's."""
    emulator = TriggerEmulator(seed=2024)
    register_demo_tasks(emulator)
    with emulator, emulator.serve_in_thread() as url:
        saved = {k: os.environ.get(k) for k in ("TRIGGER_API_URL", "TRIGGER_SECRET_KEY")}
        os.environ.update(TRIGGER_API_URL=url, TRIGGER_SECRET_KEY=emulator.secret_key)
        try:
            yield emulator
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def main() -> int:
    """Run the tour; returns the process exit status."""
    with served_emulator() as emulator:
        print(f"Trigger.dev emulator serving on {os.environ['TRIGGER_API_URL']} (project {emulator.project_ref})")
        other = emulator.add_project(name="Other project")
        example_app(emulator.project_ref, other.secret_keys["dev"])
    print("\nDone: every call above went over HTTP to the local emulator.")
    return 0
