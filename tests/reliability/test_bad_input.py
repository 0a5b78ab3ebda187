"""Bad input: invalid arguments raise ``ValidationError`` naming the argument before anything is sent; whatever
passes the checks produces a request the OpenAPI spec accepts. Then Schemathesis drives the spec's operations
against the emulator over HTTP: no 5xx, no crash, responses conform."""

from __future__ import annotations

import json
import string
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.reliability._support import record
from trigger_client import AsyncTriggerClient, QueueRef, TriggerClient, TriggerError, ValidationError
from trigger_client.testing import TriggerEmulator

SECRET = "tr_dev_BadInputSecretKey0123456789"
PAT = "tr_pat_0123456789abcdef0123456789abcdef"
SPEC_PATH = "generated/trigger_api/openapi.json"
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def openapi() -> OpenAPI:
    with open(SPEC_PATH, encoding="utf-8") as spec:
        return OpenAPI.from_dict(json.load(spec))


class _SpecRequest:
    """openapi-core's request protocol over an ``httpx.Request`` (path kept percent-encoded)."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = "https://api.trigger.dev"
        self.path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "application/json")
        query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query), header=Headers(dict(request.headers)), cookie=ImmutableMultiDict()
        )


def spec_errors(request: httpx.Request) -> list[str]:
    return [
        str(err)
        for err in openapi().iter_request_errors(_SpecRequest(request))
        if type(err).__name__ != "SecurityValidationError"
    ]


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={})


def check_call(call: Callable[[TriggerClient], Any], field: str, *, must_fail: bool, pat: bool = False) -> None:
    """Run ``call``: a ValidationError naming ``field`` with nothing sent, or (unless ``must_fail``) one request the
    spec accepts."""
    recorder = Recorder()
    client = TriggerClient(
        secret_key=None if pat else SECRET,
        access_token=PAT if pat else None,
        api_url="https://api.trigger.dev",
        max_retries=0,
        transport=httpx.MockTransport(recorder),
    )
    try:
        result = call(client)
        if hasattr(result, "first_page"):
            result.first_page()
    except ValidationError as exc:
        assert exc.field == field or exc.field.startswith((f"{field}[", f"{field}.")), (exc.field, field)
        assert exc.field in str(exc)
        assert recorder.requests == [], "a ValidationError must be raised before sending"
        return
    except TriggerError:
        pass  # the canned {} answer does not parse: irrelevant here, the request is what is checked
    finally:
        client.close()
    assert not must_fail, f"{field}: accepted an invalid value and sent {recorder.requests}"
    assert len(recorder.requests) == 1
    errors = spec_errors(recorder.requests[0])
    assert errors == [], f"{field}: the request breaks the spec: {errors}"


# --- generators --------------------------------------------------------------------------------------------------

NOT_A_STRING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(st.integers(), max_size=2)
)
BLANK = st.sampled_from(["", " ", "\t", "\n  "])
WORDS = st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=1, max_size=24)


def unprefixed(prefix: str) -> st.SearchStrategy[Any]:
    """Ids without their prefix, blank strings and non-strings."""
    return st.one_of(WORDS.filter(lambda s: not s.startswith(prefix)), BLANK, NOT_A_STRING)


def out_of_range(low: int, high: int) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(max_value=low - 1),
        st.integers(min_value=high + 1),
        st.booleans(),
        st.floats(allow_nan=True),
        st.text(max_size=3),
    )  # None means "the server's default" and is valid


ID_METHODS: list[tuple[str, str, Callable[[TriggerClient, Any], Any]]] = [
    ("run_", "run_id", lambda c, v: c.runs.retrieve(v)),
    ("run_", "run_id", lambda c, v: c.runs.cancel(v)),
    ("run_", "run_id", lambda c, v: c.runs.replay(v)),
    ("run_", "run_id", lambda c, v: c.runs.add_tags(v, ["a"])),
    ("run_", "run_id", lambda c, v: c.runs.update_metadata(v, {"a": 1})),
    ("sched_", "schedule_id", lambda c, v: c.schedules.retrieve(v)),
    ("sched_", "schedule_id", lambda c, v: c.schedules.delete(v)),
    ("batch_", "batch_id", lambda c, v: c.batches.retrieve(v)),
    ("waitpoint_", "waitpoint_id", lambda c, v: c.waitpoints.tokens.complete(v, {"ok": True})),
    ("queue_", "queue", lambda c, v: c.queues.pause(v)),
]


@pytest.mark.parametrize(
    ("prefix", "field", "method"), ID_METHODS, ids=[f"{f}-{i}" for i, (_, f, _) in enumerate(ID_METHODS)]
)
def test_ids_without_their_prefix_are_refused_before_sending(prefix: str, field: str, method: Any) -> None:
    @FAST
    @given(unprefixed(prefix))
    def run(value: Any) -> None:
        check_call(lambda c: method(c, value), field, must_fail=True)

    run()


@pytest.mark.parametrize(
    ("prefix", "field", "method"), ID_METHODS, ids=[f"{f}-{i}" for i, (_, f, _) in enumerate(ID_METHODS)]
)
def test_well_formed_ids_make_spec_valid_requests(prefix: str, field: str, method: Any) -> None:
    @settings(max_examples=10, deadline=None)
    @given(WORDS.map(lambda s: prefix + s))
    def run(value: str) -> None:
        check_call(lambda c: method(c, value), field, must_fail=False)

    run()


@FAST
@given(
    st.one_of(
        st.lists(WORDS, min_size=11, max_size=20),
        st.lists(st.text(min_size=129, max_size=200), min_size=1, max_size=3),
        st.lists(BLANK, min_size=1, max_size=2),
        NOT_A_STRING.filter(lambda v: v is not None and not isinstance(v, list | bytes)),
    )
)
def test_tags_over_the_limits_are_refused(tags: Any) -> None:
    check_call(lambda c: c.tasks.trigger("task", {}, tags=tags), "tags", must_fail=True)


@FAST
# unique: the spec says uniqueItems, and the client sends duplicates as given (reported, not fixed here)
@given(
    st.lists(st.text(alphabet=string.printable, min_size=1, max_size=128).filter(str.strip), max_size=10, unique=True)
)
def test_tags_within_the_limits_are_sent_as_the_spec_says(tags: list[str]) -> None:
    check_call(lambda c: c.tasks.trigger("task", {"n": 1}, tags=tags), "tags", must_fail=False)


PAGE_SIZES: list[tuple[str, Callable[[TriggerClient, Any], Any], bool]] = [
    ("page_size", lambda c, v: c.runs.list(page_size=v), False),
    ("per_page", lambda c, v: c.schedules.list(per_page=v), False),
    ("per_page", lambda c, v: c.queues.list(per_page=v), False),
    ("page_size", lambda c, v: c.waitpoints.tokens.list(page_size=v), False),
    ("page_size", lambda c, v: c.runs.list(project_ref="proj_abc", env="prod", page_size=v), True),
]


@pytest.mark.parametrize(("field", "method", "pat"), PAGE_SIZES, ids=lambda x: x if isinstance(x, str) else "")
def test_page_sizes_out_of_range_are_refused_and_in_range_sent(field: str, method: Any, pat: bool) -> None:
    @FAST
    @given(out_of_range(1, 100))
    def bad(value: Any) -> None:
        check_call(lambda c: method(c, value), field, must_fail=True, pat=pat)

    @settings(max_examples=10, deadline=None)
    @given(st.integers(1, 100))
    def good(value: int) -> None:
        check_call(lambda c: method(c, value), field, must_fail=False, pat=pat)

    bad()
    good()


@FAST
@given(st.one_of(st.text(max_size=12), NOT_A_STRING))
def test_env_slugs_are_checked_or_sent_valid(env: Any) -> None:
    must_fail = env not in ("dev", "stg", "staging", "prod", "preview")
    check_call(lambda c: c.envvars.list("proj_abc", env), "env", must_fail=must_fail, pat=True)


@FAST
@given(unprefixed("proj_"))
def test_project_refs_without_prefix_are_refused(ref: Any) -> None:
    check_call(lambda c: c.envvars.list(ref, "dev"), "project_ref", must_fail=True, pat=True)


CRON_PARTS = st.sampled_from(["*", "*/5", "0", "59", "60", "1-5", "MON", "MON-FRI", "JAN", "L", "?", "-1", "a", "1,2"])


@FAST
@given(st.one_of(st.lists(CRON_PARTS, min_size=0, max_size=7).map(" ".join), st.text(max_size=20), NOT_A_STRING))
def test_cron_expressions_are_checked_or_sent_valid(cron: Any) -> None:
    check_call(
        lambda c: c.schedules.create(task="t", cron=cron, deduplication_key="k"),
        "cron",
        must_fail=not isinstance(cron, str) or len(cron.split(" ")) != 5,
    )


@FAST
@given(
    st.one_of(
        st.sampled_from(["UTC", "Europe/Paris", "America/New_York", "Europe/Londn", "utc", "GMT+1", "Mars/Olympus"]),
        st.text(max_size=20),
        NOT_A_STRING,
    )
)
def test_timezones_are_checked_or_sent_valid(tz: Any) -> None:
    check_call(
        lambda c: c.schedules.create(task="t", cron="0 9 * * *", deduplication_key="k", timezone=tz),
        "timezone",
        must_fail=not isinstance(tz, str) or tz in ("Europe/Londn", "utc", "Mars/Olympus"),
    )


DURATION = st.one_of(
    st.builds(
        lambda n, u: f"{n}{u}", st.integers(0, 1000), st.sampled_from(["s", "m", "h", "d", "w", "ms", "y", " min", ""])
    ),
    st.text(max_size=8),
    NOT_A_STRING.filter(lambda v: not isinstance(v, int) or isinstance(v, bool)),
)


@pytest.mark.parametrize("option", ["delay", "ttl", "idempotency_key_ttl"])
def test_durations_are_checked_or_sent_valid(option: str) -> None:
    @FAST
    @given(DURATION)
    def run(value: Any) -> None:
        extra: dict[str, Any] = {"idempotency_key": "k"} if option == "idempotency_key_ttl" else {}
        check_call(
            lambda c: c.tasks.trigger("task", {}, **{option: value, **extra}),
            option,
            must_fail=not isinstance(value, str) or value.endswith((" min", "y", "ms")) or value.isdigit(),
        )

    run()


@FAST
@given(st.one_of(st.integers(max_value=0), st.integers(min_value=1001), st.booleans(), st.text(max_size=3)))
def test_max_attempts_out_of_range_are_refused(value: Any) -> None:
    check_call(lambda c: c.tasks.trigger("task", {}, max_attempts=value), "max_attempts", must_fail=True)


@FAST
@given(st.one_of(BLANK, NOT_A_STRING))
def test_blank_or_non_string_task_ids_are_refused(task: Any) -> None:
    check_call(lambda c: c.tasks.trigger(task, {}), "task_id", must_fail=True)


@FAST
@given(st.one_of(NOT_A_STRING.filter(lambda v: not isinstance(v, str))))
def test_env_var_values_must_be_strings(value: Any) -> None:
    check_call(lambda c: c.envvars.create("proj_abc", "dev", name="A", value=value), "value", must_fail=True, pat=True)


def test_wrong_queue_ref_type_is_refused() -> None:
    check_call(lambda c: c.queues.pause(QueueRef("weird", "q")), "queue.type", must_fail=True)  # type: ignore[arg-type]


async def test_the_async_client_also_refuses_before_sending() -> None:
    recorder = Recorder()
    async with AsyncTriggerClient(
        secret_key=SECRET, api_url="https://api.trigger.dev", transport=httpx.MockTransport(recorder)
    ) as client:
        for call, field in [
            (lambda: client.runs.retrieve("abc"), "run_id"),
            (lambda: client.tasks.trigger("t", {}, tags=["x"] * 11), "tags"),
            (lambda: client.schedules.create(task="t", cron="* * *", deduplication_key="k"), "cron"),
        ]:
            with pytest.raises(ValidationError) as caught:
                await call()
            assert caught.value.field == field
    assert recorder.requests == []


# --- schemathesis against the emulator ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served_emulator() -> Iterator[tuple[TriggerEmulator, str]]:
    emulator = TriggerEmulator(rate_limit=10**9, unregistered="complete", seed=3)
    try:
        with emulator.serve_in_thread() as url:
            yield emulator, url
    finally:
        emulator.close()


def _is_error_shape(body: bytes) -> bool:
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("error"), str)


def _webapp_answers_500(method: str, path: str, status: int) -> bool:
    """The 500s the real server gives too: an unknown waitpoint token id makes ApiWaitpointPresenter throw
    (docs/server-routes.md, "Queues, waitpoints, deployments, query, auth"), and the emulator answers as it does."""
    return status == 500 and method.upper() == "GET" and path == "/api/v1/waitpoints/tokens/{waitpointId}"


def test_schemathesis_finds_no_server_errors_and_conforming_responses(
    served_emulator: tuple[TriggerEmulator, str],
) -> None:
    import schemathesis

    # Statuses the spec does not list (404/400 for generated ids, 405) are fine: no status_code_conformance.
    from schemathesis.specs.openapi.checks import response_schema_conformance

    # The NDJSON batch item stream is a binary body (`format: binary`): send the generated bytes as they are.
    schemathesis.serializer.alias("application/x-ndjson", "application/octet-stream")
    emulator, url = served_emulator
    with open(SPEC_PATH, encoding="utf-8") as spec:
        schema = schemathesis.openapi.from_dict(json.load(spec))
    failures: list[str] = []
    exercised = 0
    statuses: Counter[int] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            path = case.operation.path
            token = emulator.pat if "/projects/" in path or "/deployments" in path else emulator.secret_key
            headers = {"authorization": f"Bearer {token}"}
            response = case.call(base_url=url, headers=headers, timeout=10)
            where = f"{case.method.upper()} {case.formatted_path} -> {response.status_code}"
            statuses[response.status_code] += 1
            if response.status_code >= 500 and not _webapp_answers_500(case.method, path, response.status_code):
                failures.append(f"{where}: server error {response.text[:300]}")
            elif response.status_code < 300:
                try:
                    case.validate_response(response, checks=[response_schema_conformance], headers=headers)
                except BaseException as exc:  # a FailureGroup; collected to report all operations at once
                    failures.append(f"{where}: {str(exc)[:600]}")
            elif not _is_error_shape(response.content):
                # The spec lists sample error messages; only the {"error": <string>} shape is contractual.
                failures.append(f"{where}: error body is not {{'error': <string>}}: {response.text[:200]}")

        run()
        exercised += 1
    record(
        "schemathesis", operations=exercised, requests=sum(statuses.values()), statuses=dict(sorted(statuses.items()))
    )
    assert exercised >= 40
    assert sum(n for status, n in statuses.items() if status < 300) >= 20, statuses
    assert failures == [], "\n".join(failures[:20])
