"""``batch.100k``: one process sending 100,000 items of about 1 KB through ``client.tasks.batch_trigger``, against a
server that answers every request 20 ms late (``plan.BATCH_SERVER``), beside the official SDK's ``batch.trigger`` of
the same items (``sdk_bench.mjs``, workload ``batch``).

The client splits the items into batches of 1,000 (the webapp's ``STREAMING_BATCH_MAX_ITEMS``), a create and an
NDJSON stream each, four batches at a time; the SDK serialises every item first, then creates one batch and streams
it. A round is one call with every item; its figures are the wall time, the client's CPU (all its threads) and the
process's peak RSS, which holds the items themselves on both sides (built before the first round, as a caller's data
would be). The server counts the NDJSON lines it received, and a round that lost any fails.
"""

from __future__ import annotations

import cProfile
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from tests.benchmarks import worker, workloads


def items(count: int, text: str, length: int) -> list[Any]:
    """The payloads ``{"id": i, "text": <text repeated to length>}``, built like sdk_bench.mjs builds the SDK's."""
    filler = (text * (length // len(text) + 1))[:length]
    return [{"payload": {"id": index, "text": filler}} for index in range(count)]


@contextmanager
def profile_new_threads(profiles: list[cProfile.Profile] | None) -> Iterator[None]:
    """Profile every thread started inside the block (``batch_trigger``'s pool) into a profile of its own."""
    if profiles is None:
        yield
        return

    def start(frame: FrameType, event: str, arg: Any) -> None:
        # The first event of a new thread: hand the thread over to a profiler of its own.
        sys.setprofile(None)
        profiler = cProfile.Profile()
        profiles.append(profiler)  # list.append is atomic under the GIL
        profiler.enable()

    threading.setprofile(start)
    try:
        yield
    finally:
        threading.setprofile(None)


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Warm up on ``warmup`` items (lazy imports, connections), then one ``batch_trigger`` of ``count`` items a
    round."""
    from trigger_client import TriggerClient

    count, base_url = spec["count"], spec["base_url"]
    session = worker.Session(spec)
    with TriggerClient(secret_key=workloads.SECRET_KEY, api_url=base_url) as client:
        client.tasks.batch_trigger(workloads.TASK, items(spec["warmup"], spec["text"], spec["text_length"]))
        batch = items(count, spec["text"], spec["text_length"])
        for _ in session.schedule():
            received = worker.server_stats(base_url)["items"]
            with session.round() as record, profile_new_threads(session.profiles):
                result = client.tasks.batch_trigger(workloads.TASK, batch)
                record["ops"] = count
            record["latencies"] = [record["seconds"]]
            received = worker.server_stats(base_url)["items"] - received
            if not result.ok or received != count:
                raise RuntimeError(f"{len(result.errors)} items failed; the server received {received} of {count}")
    return session.summary("items")
