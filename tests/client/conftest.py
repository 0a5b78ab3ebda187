"""One harness for the sync and async clients, so every client test runs against both."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, TriggerClient

SECRET = "tr_dev_9f8e7d6c5b4a3210fedcba98"
PAT = "tr_pat_0123456789abcdef0123456789abcdef"
BASE = "https://api.trigger.dev"

Responder = Callable[[httpx.Request], httpx.Response]


def json_response(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body if body is not None else {}).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


@dataclass
class Harness:
    """A client of one mode over a MockTransport that records requests and answers from a queue."""

    mode: str
    requests: list[httpx.Request] = field(default_factory=list)
    answers: list[httpx.Response | Responder | Exception] = field(default_factory=list)
    default: Responder = field(default=lambda request: json_response(200, {}))
    client_kwargs: dict[str, Any] = field(default_factory=dict)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if self.answers else self.default
        if isinstance(answer, Exception):
            raise answer
        return answer(request) if callable(answer) else answer

    def answer(self, *answers: httpx.Response | Responder | Exception) -> Harness:
        self.answers.extend(answers)
        return self

    def client(self, **overrides: Any) -> TriggerClient | AsyncTriggerClient:
        kwargs: dict[str, Any] = {"secret_key": SECRET, "api_url": BASE, **self.client_kwargs, **overrides}
        kwargs.setdefault("transport", httpx.MockTransport(self._handle))
        cls = TriggerClient if self.mode == "sync" else AsyncTriggerClient
        return cls(**kwargs)

    async def call(self, fn: Callable[[Any], Any], **client_overrides: Any) -> Any:
        """Run ``fn(client)``: awaited for async, and a paginator is drained into a list."""
        client = self.client(**client_overrides)
        try:
            result = fn(client)
            if inspect.isawaitable(result):
                result = await result
            if hasattr(result, "__aiter__"):
                result = [item async for item in result]
            elif hasattr(result, "pages") and hasattr(result, "__iter__"):
                result = list(result)
            return result
        finally:
            closed = client.close()
            if inspect.isawaitable(closed):
                await closed

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    for name in (
        "TRIGGER_SECRET_KEY",
        "TRIGGER_ACCESS_TOKEN",
        "TRIGGER_API_URL",
        "TRIGGER_PREVIEW_BRANCH",
        "TRIGGER_PROJECT_REF",
    ):
        monkeypatch.delenv(name, raising=False)
    # Retries sleep for real: make backoff instant so retry tests stay fast.
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.0)
    yield Harness(request.param)
