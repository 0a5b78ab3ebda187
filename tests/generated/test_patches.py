"""Each spec patch: its effect on the document, idempotence, loud failure, and newer specs."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen import generate, patches, spec
from codegen.enum_patches import SHARED_ENUMS, SharedEnum
from codegen.patch_kit import walk_mappings
from codegen.patches import PATCHES, RUN_STATUSES, TRIGGER_OPTION_ORDER, PatchTargetMissing
from tests.generated.cases import CASES
from tests.markers import requires_generator

ROOT = Path(__file__).resolve().parents[2]
Node = dict[str, Any]


def _op(doc: Node, operation_id: str) -> Node:
    return next(op for _p, _m, op, _i in spec.operations(doc) if op["operationId"] == operation_id)


def _params(doc: Node, operation_id: str) -> list[Node]:
    return [spec.resolve(doc, p) for p in _op(doc, operation_id).get("parameters", [])]


def _names(doc: Node, operation_id: str) -> list[str]:
    return [str(p["name"]) for p in _params(doc, operation_id)]


def _schema(doc: Node, name: str) -> Node:
    node: Node = doc["components"]["schemas"][name]
    return node


def _body(doc: Node, operation_id: str) -> Node:
    body = _op(doc, operation_id)["requestBody"]["content"]["application/json"]["schema"]
    return spec.resolve(doc, body)  # type: ignore[no-any-return]


def _ok(doc: Node, operation_id: str) -> Node:
    answer = _op(doc, operation_id)["responses"]["200"]["content"]["application/json"]["schema"]
    return spec.resolve(doc, answer)  # type: ignore[no-any-return]


def _retrieve_detail(doc: Node) -> Node:
    return next(part for part in _schema(doc, "RetrieveRunResponse")["allOf"] if "properties" in part)


def _page_size(doc: Node, operation_id: str) -> Node:
    return dict(next(p for p in _params(doc, operation_id) if p["name"] == "page[size]")["schema"])


def _date_params(doc: Node, operation_id: str) -> list[Node]:
    return [p for p in _params(doc, operation_id) if p["name"] in ("filter[from]", "filter[to]")]


def _drop_schema(doc: Node, name: str) -> None:
    """Remove a component the way upstream would: its users get the schema inline, so no $ref dangles."""
    schema = doc["components"]["schemas"].pop(name)
    for node in walk_mappings(doc):
        if node.get("$ref") == f"#/components/schemas/{name}":
            del node["$ref"]
            node.update(copy.deepcopy(schema))


def _operation_ids(doc: Node) -> list[str]:
    return [str(op["operationId"]) for _p, _m, op, _i in spec.operations(doc)]


def _all_nodes(doc: Node) -> list[Node]:
    return list(walk_mappings(doc))


# What each patch makes true of the document (false before it runs), and the wire case in
# test_operations.py / test_contract.py that proves the effect on generated code, if any.
# codegen/extra_endpoints.py: endpoints and fields the SDK uses beyond the document (they run first).
EXTRA_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "v3_batches": (lambda d: "create_batch_v3" in _operation_ids(d), "create_batch_v3"),
    "v3_batch_items": (
        lambda d: (
            "application/x-ndjson" in _op(d, "stream_batch_items_v3").get("requestBody", {}).get("content", {})
            if "stream_batch_items_v3" in _operation_ids(d)
            else False
        ),
        "stream_batch_items_v3",
    ),
    "v2_batch_retrieve": (lambda d: "retrieve_batch_v2" in _operation_ids(d), "retrieve_batch_v2"),
    "idempotency_key_reset": (lambda d: "reset_idempotency_key_v1" in _operation_ids(d), "reset_idempotency_key_v1"),
    "current_deployment": (lambda d: "get_current_deployment_v1" in _operation_ids(d), "get_current_deployment_v1"),
    "public_tokens": (lambda d: "create_public_token_v1" in _operation_ids(d), "create_public_token_v1"),
    "envvar_import_parent_variables": (
        lambda d: "parentVariables" in _body(d, "upload_project_envvars_v1")["properties"],
        None,
    ),
    "packet_upload_url": (
        lambda d: "create_upload_payload_url_v2" in _operation_ids(d),
        "create_upload_payload_url_v2",
    ),
}


# --- webhooks and sessions (SDK 4.8.3): codegen/endpoints_webhooks.py, codegen/endpoints_sessions.py ---
def _has(operation_id: str) -> tuple[Callable[[Node], bool], str]:
    return (lambda d: operation_id in _operation_ids(d)), operation_id


def _created_session_extension(doc: Node) -> Node:
    return next(part for part in _schema(doc, "CreatedSessionResponseBody")["allOf"] if "properties" in part)


WEBHOOK_SESSION_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "list_webhook_endpoints": _has("list_webhook_endpoints_v1"),
    "retrieve_webhook_endpoint": _has("retrieve_webhook_endpoint_v1"),
    "rotate_webhook_endpoint_secret": _has("rotate_webhook_endpoint_secret_v1"),
    "set_webhook_endpoint_secret": _has("set_webhook_endpoint_secret_v1"),
    "list_webhook_deliveries": (
        lambda d: (
            "list_webhook_deliveries_v1" in _operation_ids(d)
            and _names(d, "list_webhook_deliveries_v1")[:2] == ["filter[endpoint]", "filter[status]"]
            and "unmatched" in _schema(d, "WebhookDeliveryStatus")["enum"]
        ),
        "list_webhook_deliveries_v1",
    ),
    "retrieve_webhook_delivery": _has("retrieve_webhook_delivery_v1"),
    "replay_webhook_delivery": _has("replay_webhook_delivery_v1"),
    "session_transcript": _has("get_session_transcript_v1"),
    "session_end_and_continue": _has("end_and_continue_session_v1"),
    "session_trigger_config_fields": (
        lambda d: (
            _schema(d, "SessionTriggerConfig")["properties"]["tags"]["maxItems"] == 10
            and {"concurrency", "concurrencyKey", "externalDeploymentId", "ttl"}
            <= set(_schema(d, "SessionTriggerConfig")["properties"])
        ),
        "retrieve_session_v1[config-4.8.3]",
    ),
    "created_session_pending_version": (
        lambda d: "pendingVersion" in _created_session_extension(d)["properties"],
        "create_session_v1",
    ),
}

# codegen/enum_patches.py: one component schema per enum concept, no inline copy left; error messages as text.
_SHARED_ENUM_WIRES = {
    "RunStatus": "list_runs_v1",
    "DeploymentStatus": "list_deployments_v1",
    "ErrorGroupStatus": "list_errors_v1",
    "SessionStatus": "list_sessions_v1",
    "QueueLookup": "retrieve_queue_v1",
    "IdempotencyKeyScope": "trigger_task_v1",
    "BulkCancelAction": "create_bulk_action_v1",
    "MachinePresetName": "replay_run_v1[overrides]",
    "PauseAction": "pause_queue_v1",
}


def _shared(shared: SharedEnum) -> Callable[[Node], bool]:
    def effect(doc: Node) -> bool:
        inline = [n for n in _all_nodes(doc) if isinstance(n.get("enum"), list) and shared.matches(n["enum"])]
        component = doc["components"]["schemas"].get(shared.name)
        return component is not None and inline == [component]

    return effect


def _error_message_enums(doc: Node) -> list[Node]:
    return [
        schema["properties"]["error"]
        for _path, _method, op, _item in spec.operations(doc)
        for code, response in op.get("responses", {}).items()
        if str(code)[0] in "45"
        for media in response.get("content", {}).values()
        if "error" in (schema := media.get("schema", {})).get("properties", {})
        and "enum" in schema["properties"]["error"]
    ]


SHARED_ENUM_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    f"share_enum_{e.name}": (_shared(e), _SHARED_ENUM_WIRES.get(e.name)) for e in SHARED_ENUMS
}

# --- concurrency limits (SDK 4.8.3): codegen/endpoints_concurrency.py ---
CONCURRENCY_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "list_concurrency_limits": (
        lambda d: "list_concurrency_limits_v1" in _operation_ids(d),
        "list_concurrency_limits_v1",
    ),
    "retrieve_concurrency_limit": (
        lambda d: (
            "retrieve_concurrency_limit_v1" in _operation_ids(d)
            and _names(d, "retrieve_concurrency_limit_v1") == ["name", "concurrencyKey"]
        ),
        "retrieve_concurrency_limit_v1[key]",
    ),
    "override_concurrency_limit": (
        lambda d: (
            "override_concurrency_limit_v1" in _operation_ids(d)
            and list(_body(d, "override_concurrency_limit_v1")["properties"])
            == ["perKey", "total", "concurrencyKey", "ttl"]
        ),
        "override_concurrency_limit_v1[key]",
    ),
    "pause_concurrency_limit": (
        lambda d: "pause_concurrency_limit_v1" in _operation_ids(d),
        "pause_concurrency_limit_v1",
    ),
    "reset_concurrency_limit": (
        lambda d: "reset_concurrency_limit_v1" in _operation_ids(d),
        "reset_concurrency_limit_v1[key]",
    ),
    "trigger_option_concurrency": (
        lambda d: (
            _schema(d, "TriggerTaskRequestBody")["properties"]["options"]["properties"]
            .get("concurrency", {})
            .get("maxItems")
            == 2
        ),
        "trigger_task_v1[concurrency]",
    ),
    "queue_version": (
        lambda d: _schema(d, "QueueObject")["properties"].get("version", {}).get("enum") == ["V1", "V2"],
        "retrieve_queue_v1[v2]",
    ),
    "replay_body": (
        lambda d: (
            "requestBody" in _op(d, "replay_run_v1") and _body(d, "replay_run_v1").get("additionalProperties") is False
        ),
        "replay_run_v1[overrides]",
    ),
}


# codegen/endpoints_runs.py: run routes and fields of SDK 4.8.3 (spans, paged trace, metadata, packets, inputs).
RUNS_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "run_span": (lambda d: "retrieve_run_span_v1" in _operation_ids(d), "retrieve_run_span_v1"),
    "run_trace_pages": (
        lambda d: any(p.get("name") == "page[size]" for p in _params(d, "get_run_trace_v1")),
        "get_run_trace_v1[paged]",
    ),
    "run_metadata_retrieve": (lambda d: "get_run_metadata_v1" in _operation_ids(d), "get_run_metadata_v1"),
    "run_packet_url": (lambda d: "get_run_packet_url_v1" in _operation_ids(d), "get_run_packet_url_v1"),
    "packet_download_url": (lambda d: "get_payload_url_v1" in _operation_ids(d), "get_payload_url_v1"),
    "send_input_stream": (lambda d: "send_input_stream_v1" in _operation_ids(d), "send_input_stream_v1"),
    "schedule_applied_policy": (
        lambda d: "appliedSchedulePolicy" in _schema(d, "ScheduleObject")["properties"],
        "get_schedule_v1[applied-policy]",
    ),
    "deployment_external_id": (
        lambda d: "externalId" in _schema(d, "CurrentDeployment")["properties"],
        "get_current_deployment_v1[external-id]",
    ),
    "error_causes": (
        lambda d: "causes" in _schema(d, "SerializedError")["properties"],
        "retrieve_run_v1[error-causes]",
    ),
}


# --- dashboards, prompts, reports (SDK 4.8.3): codegen/endpoints_{dashboards,prompts,reports}.py ---
def _adds(operation_id: str) -> tuple[Callable[[Node], bool], str]:
    return (lambda d: operation_id in _operation_ids(d), operation_id)


def _dashboard_summary_typed(doc: Node) -> bool:
    answer = _ok(doc, "list_dashboards_v1")
    return "type" in answer["properties"]["dashboards"]["items"]["properties"]


INSIGHTS_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "dashboard_summary_fields": (_dashboard_summary_typed, "list_dashboards_v1[custom]"),
    **{
        name: _adds(f"{name}_v1")
        for name in (
            "retrieve_dashboard",
            "create_dashboard",
            "update_dashboard",
            "replace_dashboard",
            "delete_dashboard",
            "add_dashboard_widget",
            "update_dashboard_widget",
            "delete_dashboard_widget",
            "list_prompts",
            "list_prompt_versions",
            "resolve_prompt",
            "promote_prompt_version",
            "create_prompt_override",
            "update_prompt_override",
            "remove_prompt_override",
            "reactivate_prompt_override",
            "get_report",
        )
    },
}

# --- the one-request v2 batch and session channels (SDK 4.8.3): codegen/endpoints_batches.py,
# codegen/endpoints_session_channels.py ---
BATCH_CHANNEL_EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    "batch_trigger_v2": _has("batch_trigger_task_v2"),
    "session_channel_append": _has("append_session_stream_v1"),
    "session_named_channel_append": _has("append_session_channel_stream_v1"),
}

EFFECTS: dict[str, tuple[Callable[[Node], bool], str | None]] = {
    **EXTRA_EFFECTS,
    **WEBHOOK_SESSION_EFFECTS,
    **CONCURRENCY_EFFECTS,
    **RUNS_EFFECTS,
    **INSIGHTS_EFFECTS,
    **BATCH_CHANNEL_EFFECTS,
    "merge_singular_tags": (lambda d: list(_op(d, "retrieve_run_v1")["tags"]) == ["runs"], "retrieve_run_v1"),
    "add_missing_run_filters": (
        lambda d: (
            list(_schema(d, "CommonRunsFilter")["properties"])[-5:] == ["batch", "queue", "machine", "region", "error"]
        ),
        "list_runs_v1",
    ),
    "merge_run_statuses": (
        lambda d: all(
            list(values) == list(RUN_STATUSES)
            for values in (
                _schema(d, "ListRunItem")["properties"]["status"]["enum"],
                _schema(d, "CommonRunObject")["properties"]["status"]["enum"],
                _schema(d, "BulkActionFilter")["properties"]["status"]["oneOf"][1]["items"]["enum"],
            )
        ),
        "list_runs_v1[cursors]",
    ),
    "flatten_deep_object_params": (
        lambda d: (
            "filter[status]" in _names(d, "list_runs_v1")
            and not any(p.get("style") == "deepObject" for op in _operation_ids(d) for p in _params(d, op))
        ),
        "list_runs_v1",
    ),
    "query_dates_as_epoch_ms": (
        lambda d: (
            all(
                p["schema"] == {"type": "integer", "format": "int64"}
                for op in ("list_runs_v1", "list_project_runs_v1", "list_waitpoint_tokens_v1", "list_sessions_v1")
                for p in _params(d, op)
                if p["name"].startswith("filter[createdAt][") and not p["name"].endswith("[period]")
            )
            and "filter[createdAt][from]" in _names(d, "list_sessions_v1")
            # Errors read ISO timestamps (as documented): untouched.
            and all(p["schema"]["format"] == "date-time" for p in _date_params(d, "list_errors_v1"))
        ),
        "list_waitpoint_tokens_v1",
    ),
    "page_sizes_as_documented": (
        lambda d: (
            _page_size(d, "list_runs_v1") == {"type": "integer", "maximum": 100, "minimum": 1}
            and _page_size(d, "list_deployments_v1") == {"type": "integer", "minimum": 5, "maximum": 100}
            and _page_size(d, "list_sessions_v1") == {"type": "integer", "maximum": 100, "minimum": 1}
        ),
        "list_runs_v1",
    ),
    "envvar_import_body_is_map": (
        lambda d: (
            _body(d, "upload_project_envvars_v1")["properties"]["variables"].get("additionalProperties")
            == {"type": "string"}
        ),
        "upload_project_envvars_v1",
    ),
    "envvar_responses_carry_is_secret": (
        lambda d: (
            {"isSecret"} <= set(_schema(d, "EnvVar")["properties"])
            and {"name", "isSecret"} <= set(_schema(d, "EnvVarValue")["properties"])
        ),
        "get_project_envvar_v1",
    ),
    "envvar_env_any_slug": (
        lambda d: "enum" not in d["components"]["parameters"]["env"]["schema"],
        "list_project_envvars_v1",
    ),
    "trigger_options_complete": (
        lambda d: (
            {"payloadType", "idempotencyKeyTTL", "maxAttempts", "metadata", "debounce", "lockToVersion"}
            <= set(_schema(d, "TriggerTaskRequestBody")["properties"]["options"]["properties"])
        ),
        "trigger_task_v1",
    ),
    "trigger_response_is_cached": (
        lambda d: (
            "isCached" in _schema(d, "TriggerTaskResponse")["properties"]
            and list(_schema(d, "TriggerTaskResponse")["required"]) == ["id"]
        ),
        "trigger_task_v1",
    ),
    "run_objects_server_fields": (
        lambda d: (
            {"isQueued", "isCancelled", "costInCents", "taskKind"} <= set(_schema(d, "ListRunItem")["properties"])
            and "attemptCount" in _retrieve_detail(d)["properties"]
            and "attempts" not in _retrieve_detail(d).get("required", [])
            and "type" not in _retrieve_detail(d)["properties"]["payload"]
        ),
        "retrieve_run_v1",
    ),
    "schedule_fields": (
        lambda d: (
            {"window", "nextRunEffectiveAt"} <= set(_schema(d, "ScheduleObject")["properties"])
            and "window" in _schema(d, "UpdateScheduleOptions")["properties"]
        ),
        "update_schedule_v1",
    ),
    "batch_processing": (lambda d: "processing" in _ok(d, "retrieve_batch_v1")["properties"], "retrieve_batch_v1"),
    "batch_v1_answers_202": (
        lambda d: (
            set(_op(d, "batch_trigger_task_v1")["responses"]) >= {"202"}
            and "200" not in _op(d, "batch_trigger_task_v1")["responses"]
        ),
        "batch_trigger_task_v1",
    ),
    "project_runs_one_env": (
        lambda d: any(
            p.get("name") == "filter[env]" and p.get("required") is True and "stg" in p["schema"]["enum"]
            for p in _op(d, "list_project_runs_v1")["parameters"]
        ),
        "list_project_runs_v1",
    ),
    "promote_allow_rollbacks": (
        lambda d: "allowRollbacks" in _names(d, "promote_deployment_v1"),
        "promote_deployment_v1[rollback]",
    ),
    "query_response_named_variants": (
        lambda d: (
            [v.get("$ref") for v in _schema(d, "ExecuteQueryResponse")["oneOf"]]
            == ["#/components/schemas/ExecuteQueryJsonResponse", "#/components/schemas/ExecuteQueryCsvResponse"]
        ),
        "execute_query_v1",
    ),
    "fields_the_server_always_sends": (
        lambda d: (
            {"isQueued", "costInCents", "tags", "isTest"} <= set(_schema(d, "ListRunItem")["required"])
            and {"generator", "timezone"} <= set(_schema(d, "ScheduleObject")["required"])
        ),
        "get_schedule_v1",
    ),
    "optional_response_fields_nullable": (
        lambda d: _schema(d, "ScheduleObject")["properties"]["externalId"].get("nullable") is True,
        "get_schedule_v1",
    ),
    "error_messages_as_text": (lambda d: _error_message_enums(d) == [], None),
    "nullable_as_null_type": (
        lambda d: (
            list(_schema(d, "ScheduleObject")["properties"]["externalId"]["type"]) == ["string", "null"]
            and not any(n.get("nullable") is True and "enum" not in n for n in _all_nodes(d))
        ),
        "get_schedule_v1",
    ),
    "overlapping_one_of_as_any_of": (
        lambda d: "anyOf" in _schema(d, "RescheduleRunRequestBody")["properties"]["delay"],
        "reschedule_run_v1[date]",
    ),
    "query_params_sdk_order": (
        lambda d: (
            _names(d, "list_waitpoint_tokens_v1")[-3:] == ["page[size]", "page[after]", "page[before]"]
            and _names(d, "list_schedules_v1") == ["perPage", "page"]
            and _names(d, "list_queues_v1") == ["perPage", "page"]
        ),
        "list_waitpoint_tokens_v1",
    ),
    "trigger_options_sdk_order": (
        lambda d: (
            list(_schema(d, "TriggerTaskRequestBody")["properties"]["options"]["properties"])
            == list(TRIGGER_OPTION_ORDER)
        ),
        "trigger_task_v1",
    ),
    "delete_schedule_returns_id": (
        lambda d: (
            "content" in _op(d, "delete_schedule_v1")["responses"]["200"]
            and _ok(d, "delete_schedule_v1")["required"] == ["id"]
        ),
        "delete_schedule_v1",
    ),
    "auth_jwt_claims_endpoint": (
        lambda d: "/api/v1/auth/jwt/claims" in d["paths"],
        "create_jwt_claims_v1",
    ),
    **SHARED_ENUM_EFFECTS,
}


def test_every_patch_has_an_effect_test_and_its_wire_case_exists() -> None:
    assert list(EFFECTS) == [patch.name for patch in PATCHES]
    case_ids = {case.id for case in CASES}
    assert {wire for _effect, wire in EFFECTS.values() if wire} <= case_ids


@pytest.mark.parametrize("index", range(len(PATCHES)), ids=[patch.name for patch in PATCHES])
def test_patch_changes_the_document_as_intended(vendored: Node, index: int) -> None:
    doc = copy.deepcopy(vendored)
    patches.apply_all(doc, PATCHES[:index])
    patch = PATCHES[index]
    effect, _wire = EFFECTS[patch.name]
    assert not effect(doc), f"{patch.name}: already true before the patch"
    assert patch.apply(doc).status == patches.APPLIED
    assert effect(doc)
    assert patch.apply(doc).status == patches.NO_OP


def test_applying_all_patches_twice_changes_nothing_the_second_time(vendored: Node) -> None:
    doc = copy.deepcopy(vendored)
    assert [o.status for o in patches.apply_all(doc)] == [patches.APPLIED] * len(PATCHES)
    assert [o.status for o in patches.apply_all(doc)] == [patches.NO_OP] * len(PATCHES)


def test_every_patch_states_its_scope_and_evidence() -> None:
    for patch in PATCHES:
        assert patch.scope.strip() and len(patch.why) > 10, patch.name


def test_run_status_merge_keeps_values_only_the_spec_has_and_skips_other_enums(vendored: Node) -> None:
    doc = copy.deepcopy(vendored)
    _schema(doc, "ListRunItem")["properties"]["status"]["enum"].append("PAUSED_BY_UPSTREAM")
    patches.apply_all(doc)
    # Every copy now points at the one RunStatus, which keeps the value only one copy had.
    assert list(_schema(doc, "RunStatus")["enum"]) == [*RUN_STATUSES, "PAUSED_BY_UPSTREAM"]
    assert _schema(doc, "ListRunItem")["properties"]["status"]["allOf"] == [{"$ref": "#/components/schemas/RunStatus"}]
    assert _schema(doc, "CommonRunObject")["properties"]["status"]["allOf"] == [
        {"$ref": "#/components/schemas/RunStatus"}
    ]
    # Bulk-action and deployment statuses are not run statuses: left as the spec has them.
    assert list(_schema(doc, "BulkActionObject")["properties"]["status"]["enum"]) == ["PENDING", "COMPLETED", "ABORTED"]
    assert "DEPLOYED" in _schema(doc, "DeploymentStatus")["enum"]
    assert "SYSTEM_FAILURE" not in _schema(doc, "DeploymentStatus")["enum"]


def test_shipped_openapi_json_is_the_patched_spec() -> None:
    doc = spec.load(generate.DEFAULT_SPEC)
    patches.apply_all(doc)
    shipped = (ROOT / "generated" / "trigger_api" / "openapi.json").read_text(encoding="utf-8")
    assert json.loads(spec.dump_json(doc)) == json.loads(shipped)


@pytest.mark.parametrize(
    ("patch_name", "missing"),
    [
        ("trigger_response_is_cached", "components/schemas/TriggerTaskResponse"),
        ("add_missing_run_filters", "components/schemas/CommonRunsFilter"),
        ("query_response_named_variants", "components/schemas/ExecuteQueryResponse"),
    ],
)
def test_patch_with_missing_target_fails_naming_itself_and_the_path(
    vendored: Node, patch_name: str, missing: str
) -> None:
    doc = copy.deepcopy(vendored)
    _drop_schema(doc, missing.rpartition("/")[2])
    outcomes = patches.apply_all(doc)
    gone = [o for o in outcomes if o.status == patches.TARGET_GONE]
    assert [(o.patch.name, o.detail) for o in gone] == [(patch_name, f"{missing} not found")]
    with pytest.raises(PatchTargetMissing) as raised:
        patches.raise_for_missing(outcomes)
    assert str(raised.value) == f"patch {patch_name!r}: {missing} not found"


def run_codegen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_cli_reports_every_patch_and_every_missing_target(vendored: Node, tmp_path: Path) -> None:
    doc = copy.deepcopy(vendored)
    _drop_schema(doc, "TriggerTaskResponse")
    _drop_schema(doc, "ExecuteQueryResponse")
    broken = tmp_path / "broken.yaml"
    broken.write_text(spec.dump_yaml(doc), encoding="utf-8")
    out = tmp_path / "out" / "trigger_api"
    proc = run_codegen("generate", "--spec", str(broken), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr == (
        "codegen: patch 'trigger_response_is_cached': components/schemas/TriggerTaskResponse not found; "
        "patch 'query_response_named_variants': components/schemas/ExecuteQueryResponse not found\n"
    )
    entries = [line for line in proc.stdout.splitlines() if not line.startswith(" ")]
    assert len(entries) == len(PATCHES) + 1  # every patch, then the summary line
    gone = {line.removeprefix("target gone").strip() for line in entries if line.startswith("target gone")}
    assert gone == {"trigger_response_is_cached", "query_response_named_variants"}
    assert proc.stdout.splitlines()[-1] == f"patches: {len(PATCHES) - 2} applied, 0 no-op, 2 target gone"
    assert not out.exists()


@requires_generator
def test_generate_prints_scope_evidence_and_outcome_of_every_patch(tmp_path: Path) -> None:
    proc = run_codegen("generate", "--out", str(tmp_path / "trigger_api"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    for patch in PATCHES:
        at = lines.index(f"applied      {patch.name}")
        assert lines[at + 1 : at + 3] == [f"{'':13}scope: {patch.scope}", f"{'':13}evidence: {patch.why}"]
    assert lines[-2:] == [
        f"patches: {len(PATCHES)} applied, 0 no-op, 0 target gone",
        f"generated {tmp_path / 'trigger_api'} (0 generator warnings)",
    ]


# --- a newer spec: one operation added (deepObject filter + legacy run-status enum), one removed, one renamed,
# --- one changed (a parameter, a property, an enum value, a required field) and one edited in prose only ---

LEGACY_STATUSES = ["QUEUED", "EXECUTING", "REATTEMPTING", "FROZEN", "COMPLETED", "CANCELED", "FAILED", "SYSTEM_FAILURE"]
NEW_PATH = "/api/v1/widget-reports"


def _newer_spec(vendored: Node) -> Node:
    doc = copy.deepcopy(vendored)
    assert NEW_PATH not in doc["paths"]
    doc["paths"][NEW_PATH] = {
        "get": {
            "operationId": "list_widget_reports_v1",
            "summary": "List widget reports",
            "tags": ["widget-reports"],
            "security": [{"secretKey": []}],
            "parameters": [
                {"$ref": "#/components/parameters/cursorPagination"},
                {
                    "in": "query",
                    "name": "filter",
                    "style": "deepObject",
                    "explode": True,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "status": {"type": "array", "items": {"type": "string", "enum": ["BUILDING", "DEPLOYED"]}},
                            "period": {"type": "string"},
                        },
                    },
                },
            ],
            "responses": {
                "200": {
                    "description": "A page of widget reports",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "lastRunStatus": {"type": "string", "enum": list(LEGACY_STATUSES)},
                                            },
                                        },
                                    }
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    del doc["paths"]["/api/v1/deployments/latest"]
    doc["paths"]["/api/v1/timezones"]["get"].setdefault("parameters", []).append(
        {"in": "query", "name": "region", "required": False, "schema": {"type": "string"}}
    )
    doc["paths"]["/api/v1/queues"]["get"]["operationId"] = "list_all_queues_v1"
    errors_filter = doc["components"]["schemas"]["ErrorsFilter"]["properties"]
    errors_filter["status"]["items"]["enum"].append("muted")
    del errors_filter["search"]
    doc["components"]["schemas"]["SessionObject"]["required"].append("metadata")
    doc["paths"]["/api/v1/timezones"]["get"]["description"] = "Reworded."
    doc["paths"]["/api/v1/batches/{batchId}"]["get"]["description"] = "Reworded too."
    return doc


@pytest.fixture(scope="module")
def newer_spec_file(vendored: Node, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "newer.yaml"
    path.write_text(spec.dump_yaml(_newer_spec(vendored)), encoding="utf-8")
    return path


CALL_NEW_OPERATION = textwrap.dedent(
    """
    import httpx, trigger_api
    from trigger_api.api.widget_reports import list_widget_reports_v1 as op
    from trigger_api.client import AuthenticatedClient
    from trigger_api.models import ListWidgetReportsV1FilterstatusItem as Status
    seen = []
    def answer(request):
        seen.append(request)
        return httpx.Response(200, json={"data": [{"id": "report_1", "lastRunStatus": "DEQUEUED"}]})
    client = AuthenticatedClient(base_url="https://api.trigger.dev", token="tr_dev_test")
    client.set_httpx_client(httpx.Client(base_url="https://api.trigger.dev", transport=httpx.MockTransport(answer)))
    parsed = op.sync_detailed(
        client=client, filterstatus=[Status.BUILDING, Status.DEPLOYED], filterperiod="1d", pagesize=5
    ).parsed
    status = parsed.data[0].last_run_status
    print(trigger_api.__file__)
    print(seen[0].url.raw_path.decode())
    print(status.value, status.name, sorted(type(status).__members__) == sorted(%r))
    """
)


@requires_generator
def test_newer_spec_generates_and_new_operation_sends_flat_filters(newer_spec_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "trigger_api"
    proc = run_codegen("generate", "--spec", str(newer_spec_file), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "api" / "widget_reports" / "list_widget_reports_v1.py").is_file()
    assert not (out / "api" / "deployments" / "get_latest_deployment_v1.py").exists()
    script = CALL_NEW_OPERATION % (list(RUN_STATUSES),)
    ran = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    module_file, raw_path, status = ran.stdout.splitlines()
    assert Path(module_file).parent == out
    # deepObject flattened to filter[...] (comma-joined array), paging last, page[size] without a default.
    assert (
        raw_path
        == "/api/v1/widget-reports?filter%5Bstatus%5D=BUILDING%2CDEPLOYED&filter%5Bperiod%5D=1d&page%5Bsize%5D=5"
    )
    # The legacy run-status enum was merged with the current set: DEQUEUED is a real member.
    assert status == "DEQUEUED DEQUEUED True"


def test_diff_names_operations_by_id_and_the_details_that_changed(newer_spec_file: Path) -> None:
    proc = run_codegen("diff", str(generate.DEFAULT_SPEC), str(newer_spec_file))
    assert proc.returncode == 0, proc.stderr
    count = len(_operation_ids(spec.load(generate.DEFAULT_SPEC)))
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        f"operations: {count} -> {count} (1 added, 1 removed, 1 renamed, 7 changed, 1 with description-only edits)"
    )
    assert lines[1:4] == [
        "added    list_widget_reports_v1  GET /api/v1/widget-reports"
        "  -> trigger_api.api.widget_reports.list_widget_reports_v1",
        "removed  get_latest_deployment_v1  GET /api/v1/deployments/latest"
        "  (was trigger_api.api.deployments.get_latest_deployment_v1)",
        "renamed  list_queues_v1 -> list_all_queues_v1  GET /api/v1/queues"
        "  -> trigger_api.api.queues.list_all_queues_v1",
    ]
    changed = {line.split()[1] for line in lines if line.startswith("changed  ")}
    # SessionObject is shared: each operation answering it is named.
    sessions = {"create_session_v1", "list_sessions_v1", "retrieve_session_v1", "update_session_v1", "close_session_v1"}
    assert changed == {"get_timezones_v1", "list_errors_v1"} | sessions
    changes = "\n".join(lines[4:])
    assert "changed  get_timezones_v1  GET /api/v1/timezones\n           + parameter query:region\n" in changes
    # Which filter changed, and how: an enum value added, a property removed.
    assert "           + parameter query:filter  status[]: enum value muted" in changes
    assert "           - parameter query:filter  (root): property search" in changes
    assert "           + response 200  application/json.data[]: required field metadata" in changes
    assert lines[-1] == "description-only edits (no effect on generated code): retrieve_batch_v1"


def test_diff_module_paths_are_importable_names() -> None:
    table = run_codegen("operations")
    modules = [line.split()[-1] for line in table.stdout.splitlines()[1:-1]]
    for module in modules:
        package, _, name = module.rpartition(".")
        assert all(part.isidentifier() for part in module.split(".")), module
        assert (ROOT / "generated" / Path(*package.split(".")) / f"{name}.py").is_file(), module
