"""Secrets: the secret key, a personal access token and environment variable values never show up in anything
observable — DEBUG logs (client, emulator, httpx), metrics, hook events, tracing spans, reprs, exception messages and
formatted tracebacks with their chained causes. An env var's value appears only in what ``envvars.retrieve``
returns."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from tests.otel_globals import memory_tracing
from trigger_client import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncTriggerClient,
    AuthenticationError,
    NotFoundError,
    TriggerClient,
    TriggerError,
    ValidationError,
)
from trigger_client.testing import TriggerEmulator

VALUE = "EnvValue-7f3a9c2e-DO-NOT-LEAK"
NEW_VALUE = "EnvValue-b81d44f0-ROTATED"
WRONG_KEY = "tr_dev_WrongKeyThatMustNotLeak42"


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    with memory_tracing() as exporter:
        yield exporter


async def test_no_secret_is_observable_anywhere(
    caplog: pytest.LogCaptureFixture, fast_backoff: None, spans: InMemorySpanExporter
) -> None:
    caplog.set_level(logging.DEBUG)  # root: trigger_client, trigger_client.testing, httpx, httpcore...
    emulator = TriggerEmulator(rate_limit=10**9, seed=11, unregistered="complete")
    secret_key, pat, ref = emulator.secret_key, emulator.pat, emulator.project_ref
    events: list[Any] = []
    errors: list[BaseException] = []
    hooks = {name: events.append for name in ("on_request", "on_response", "on_retry", "on_error")}
    returned: list[str] = []

    def expect(exc_type: type[BaseException], fn: Any) -> None:
        with pytest.raises(exc_type) as caught:
            fn()
        errors.append(caught.value)

    client = TriggerClient(secret_key=secret_key, api_url=emulator.base_url, transport=emulator.transport, **hooks)
    pat_client = TriggerClient(access_token=pat, api_url=emulator.base_url, transport=emulator.transport, **hooks)
    with client, pat_client:
        # Faults, so that retries, 429 waits and final errors all run (and log) with the secrets in play.
        emulator.faults.error_rate, emulator.faults.drop_rate = 0.3, 0.1
        emulator.faults.rate_limit_burst(2)
        for i in range(20):
            try:
                client.tasks.trigger("secretive", {"i": i}, tags=["s"])
            except TriggerError as exc:
                errors.append(exc)
        emulator.faults.reset()

        pat_client.envvars.create(ref, "dev", name="API_TOKEN", value=VALUE, is_secret=False)
        returned.append(pat_client.envvars.retrieve(ref, "dev", "API_TOKEN").value)
        client.envvars.update(ref, "dev", "API_TOKEN", value=NEW_VALUE)
        returned.append(client.envvars.retrieve(ref, "dev", "API_TOKEN").value)
        pat_client.envvars.import_(ref, "dev", {"OTHER": VALUE}, override=True)
        client.envvars.delete(ref, "dev", "API_TOKEN")
        pat_client.runs.list(project_ref=ref, env="dev", limit=3).first_page()

        expect(NotFoundError, lambda: client.envvars.retrieve(ref, "dev", "API_TOKEN"))
        expect(NotFoundError, lambda: client.runs.retrieve("run_missing"))
        expect(ValidationError, lambda: client.envvars.create(ref, "dev", name="A/B", value=VALUE))
        expect(ValidationError, lambda: client.envvars.update(ref, "nowhere", "A", value=VALUE))
        with TriggerClient(
            secret_key=WRONG_KEY, api_url=emulator.base_url, transport=emulator.transport, **hooks
        ) as bad:
            expect(AuthenticationError, lambda: bad.runs.retrieve("run_x"))
            errors.append(RuntimeError(repr(bad)))

        # A server (or proxy) echoing credentials back in a garbage 2xx body and in an error body.
        def echo(request: httpx.Request) -> httpx.Response:
            auth = request.headers["authorization"]
            if request.method == "GET":
                return httpx.Response(200, text=f"<pre>{auth}</pre>", headers={"content-type": "text/html"})
            return httpx.Response(401, json={"error": f"bad credential {auth}"})

        with TriggerClient(
            secret_key=secret_key, api_url="https://proxy.test", transport=httpx.MockTransport(echo), **hooks
        ) as proxied:
            expect(APIResponseValidationError, lambda: proxied.runs.retrieve("run_x"))
            expect(AuthenticationError, lambda: proxied.runs.cancel("run_x"))
        unreachable = TriggerClient(secret_key=secret_key, api_url="http://127.0.0.1:9", max_retries=1, **hooks)
        with unreachable:
            expect(APIConnectionError, lambda: unreachable.runs.retrieve("run_x"))

        async with AsyncTriggerClient(
            access_token=pat, api_url=emulator.base_url, transport=emulator.async_transport, **hooks
        ) as aclient:
            returned.append((await aclient.envvars.retrieve(ref, "dev", "OTHER")).value)
            with pytest.raises(NotFoundError) as caught:
                await aclient.envvars.retrieve(ref, "prod", "MISSING")
            errors.append(caught.value)
            observed_async = [repr(aclient), json.dumps(aclient.metrics.snapshot())]

        observed = [
            *observed_async,
            repr(client),
            repr(pat_client),
            repr(client.raw),
            json.dumps(client.metrics.snapshot()),
            json.dumps(pat_client.metrics.snapshot()),
            *(repr(event) for event in events),
            *(str(exc) for exc in errors),
            *(repr(exc) for exc in errors),
            # The attributes of an API error (openai's shape): the request, the response, headers and body.
            *(repr(getattr(exc, name, None)) for exc in errors for name in ("request", "response", "headers", "body")),
            *("".join(traceback.format_exception(exc)) for exc in errors),
            *(record.getMessage() for record in caplog.records),
            caplog.text,
            *(span.to_json() for span in spans.get_finished_spans()),
        ]
    emulator.close()

    assert returned == [VALUE, NEW_VALUE, VALUE], "retrieve returns the value explicitly"
    assert {type(e).__name__ for e in events} == {"RequestEvent", "ResponseEvent", "RetryEvent", "ErrorEvent"}
    assert any(r.levelno == logging.DEBUG and r.name == "trigger_client" for r in caplog.records)
    assert any(r.name == "trigger_client" and "retrying" in r.getMessage() for r in caplog.records)
    assert any(span.name == "trigger envvars.retrieve" for span in spans.get_finished_spans())
    assert any(e.__cause__ is not None for e in errors), "chained causes are part of the scan"
    secrets = {
        "secret key": secret_key,
        "secret key body": secret_key[len("tr_dev_") :],
        "personal access token": pat,
        "PAT body": pat[len("tr_pat_") :],
        "wrong key": WRONG_KEY,
        "env var value": VALUE,
        "rotated env var value": NEW_VALUE,
    }
    leaks = [
        f"{name} in: {text[max(0, text.find(secret) - 80) : text.find(secret) + 80]!r}"
        for text in observed
        for name, secret in secrets.items()
        if secret in text
    ]
    assert leaks == [], "\n".join(leaks[:10])
