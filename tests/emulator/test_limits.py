"""The emulator's rate limits follow the webapp's: the API token bucket, the public-JWT fixed window, exempt paths
and the two-phase batch bucket, with the same header names and units (apiRateLimit.server.ts, api.v3.batches.ts)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from trigger_client.testing import ManualClock, TokenBucket, TriggerEmulator

from .conftest import START, client_for, trigger

T0_MS = int(START.timestamp() * 1000)


def limit_headers(response: httpx.Response) -> tuple[str, str, str]:
    h = response.headers
    return h["x-ratelimit-limit"], h["x-ratelimit-remaining"], h["x-ratelimit-reset"]


@pytest.fixture
def fast() -> Iterator[TriggerEmulator]:
    """Manual clock, no spec validation: the burst test sends 750 requests."""
    with TriggerEmulator(clock=ManualClock(start=START), seed=7) as emulator:
        yield emulator


def test_default_bucket_is_the_webapps_750_burst_refilled_250_every_10_s(fast: TriggerEmulator) -> None:
    manual, client = fast, client_for(fast, fast.secret_key)
    first = client.get("/api/v1/runs")
    # Reset is the next refill, epoch milliseconds; remaining counts this request.
    assert limit_headers(first) == ("750", "749", str(T0_MS + 10_000))
    for _ in range(749):
        assert client.get("/api/v1/runs").status_code == 200
    refused = client.get("/api/v1/runs")
    assert refused.status_code == 429 and refused.headers["content-type"] == "application/problem+json"
    assert limit_headers(refused) == ("750", "0", str(T0_MS + 10_000))
    assert refused.json()["detail"] == "Rate limit exceeded 0/750 requests remaining. Retry in 10 seconds."
    manual.advance(9.999)
    assert client.get("/api/v1/runs").status_code == 429  # refills come in whole steps, not continuously
    manual.advance(0.001)
    after = client.get("/api/v1/runs")
    assert limit_headers(after) == ("750", "249", str(T0_MS + 20_000))


def test_refills_accumulate_up_to_the_burst_and_refused_requests_take_nothing(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    manual.limits.api = TokenBucket(max_tokens=5, refill_rate=2, interval=1.0)
    assert [client.get("/api/v1/runs").status_code for _ in range(7)] == [200] * 5 + [429] * 2
    manual.advance(2.5)  # two refills of 2 tokens; the next one is at +3 s
    answers = [client.get("/api/v1/runs") for _ in range(5)]
    assert [r.status_code for r in answers] == [200] * 4 + [429]
    assert [r.headers["x-ratelimit-remaining"] for r in answers] == ["3", "2", "1", "0", "0"]
    assert {r.headers["x-ratelimit-reset"] for r in answers} == {str(T0_MS + 3_000)}
    manual.advance(60)
    assert client.get("/api/v1/runs").headers["x-ratelimit-remaining"] == "4"  # capped at max_tokens


def test_exempt_and_non_api_paths_are_not_limited_and_carry_no_headers(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    manual.limits.api = TokenBucket(max_tokens=1, refill_rate=1, interval=60.0)
    run_id = trigger(client, "t")
    assert client.get("/api/v1/runs").status_code == 429
    timezones = client.get("/api/v1/timezones")
    assert timezones.status_code == 200 and "x-ratelimit-limit" not in timezones.headers
    realtime = client.get(f"/realtime/v1/runs/{run_id}", headers={"accept": "application/json"})
    assert "x-ratelimit-limit" not in realtime.headers
    deployment = client.get("/api/v1/deployments/current")
    assert "x-ratelimit-limit" not in deployment.headers


def test_keys_have_buckets_of_their_own(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.limits.api = TokenBucket(max_tokens=1, refill_rate=1, interval=60.0)
    other = manual.add_project(name="other")
    assert client.get("/api/v1/runs").status_code == 200
    assert client.get("/api/v1/runs").status_code == 429
    with client_for(manual, other.secret_keys["dev"]) as second:
        assert second.get("/api/v1/runs").status_code == 200


def test_public_jwts_get_a_fixed_window_of_60_a_minute(manual: TriggerEmulator, client: httpx.Client) -> None:
    response = client.post("/api/v1/tasks/t/trigger", json={"payload": None})
    run_id, token = response.json()["id"], response.headers["x-trigger-jwt"]
    manual.advance(30)  # the window is aligned to the epoch minute, not to the first request
    with client_for(manual, token) as public:
        answers = [public.get(f"/api/v3/runs/{run_id}") for _ in range(61)]
        window_end = str(T0_MS + 60_000)
        assert limit_headers(answers[0]) == ("60", "59", window_end)
        assert limit_headers(answers[59]) == ("60", "0", window_end)
        assert answers[60].status_code == 429
        manual.advance(30)
        assert limit_headers(public.get(f"/api/v3/runs/{run_id}")) == ("60", "59", str(T0_MS + 120_000))


def test_two_phase_batches_are_charged_per_item_against_the_batch_bucket(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    created = client.post("/api/v3/batches", json={"runCount": 1000, "idempotencyKey": "k1"})
    assert created.status_code == 202  # api.v3.batches.ts answers a new batch with 202
    # The API limiter's headers, not the batch bucket's, on an admitted batch.
    assert limit_headers(created) == ("750", "749", str(T0_MS + 10_000))
    replay = client.post("/api/v3/batches", json={"runCount": 1000, "idempotencyKey": "k1"})
    assert replay.json()["isCached"] is True  # an idempotent replay is not charged again
    assert client.post("/api/v3/batches", json={"runCount": 200}).status_code == 202  # 1200 tokens spent
    refused = client.post("/api/v3/batches", json={"runCount": 1})
    assert refused.status_code == 429
    # api.v3.batches.ts: reset in epoch seconds, a Retry-After, and a plain JSON error.
    assert limit_headers(refused) == ("1200", "0", str(T0_MS // 1000 + 10))
    assert refused.headers["retry-after"] == "10"
    assert refused.json() == {"error": "Batch rate limit exceeded. Limit resets at 2024-01-01T00:00:10.000Z"}
    manual.advance(10)
    assert client.post("/api/v3/batches", json={"runCount": 101}).status_code == 429  # one refill is 100
    assert client.post("/api/v3/batches", json={"runCount": 100}).status_code == 202


def test_phase_two_of_an_admitted_batch_bypasses_the_api_limiter(manual: TriggerEmulator, client: httpx.Client) -> None:
    batch_id = client.post("/api/v3/batches", json={"runCount": 1}).json()["id"]
    manual.limits.api = TokenBucket(max_tokens=1, refill_rate=1, interval=60.0)
    assert client.get("/api/v1/runs").status_code in (200, 429)
    assert client.get("/api/v1/runs").status_code == 429
    line = '{"index":0,"task":"t","payload":{}}\n'
    items = client.post(
        f"/api/v3/batches/{batch_id}/items", content=line, headers={"content-type": "application/x-ndjson"}
    )
    assert items.status_code == 200 and "x-ratelimit-limit" not in items.headers
    unknown = client.post(
        "/api/v3/batches/batch_unknown/items", content=line, headers={"content-type": "application/x-ndjson"}
    )
    assert unknown.status_code == 429
