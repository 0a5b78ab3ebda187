"""Fixes applied to the vendored spec before generation.

Each patch is a small named function registered with its scope (which operations or schemas it
touches) and its evidence (the SDK or webapp behaviour that proves the spec wrong). Patches are rules
over the whole document where the evidence covers every operation (every deepObject parameter, every
response schema) and are scoped to operation families where it does not (query dates, page sizes).
:func:`apply_all` runs every patch and reports each one as applied, no-op or target gone; a missing
target never stops the others, and :func:`raise_for_missing` then names all of them at once.
Wire facts: ``docs/wire.md``.
"""

from __future__ import annotations

from codegen import (
    endpoints_batches,
    endpoints_concurrency,
    endpoints_dashboards,
    endpoints_prompts,
    endpoints_reports,
    endpoints_runs,
    endpoints_session_channels,
    endpoints_sessions,
    endpoints_webhooks,
    server_fixes,
)
from codegen.enum_patches import SHARED_ENUMS, error_messages_as_text, share
from codegen.extra_endpoints import EXTRA_ENDPOINTS
from codegen.patch_kit import (
    APPLIED,
    NO_OP,
    TARGET_GONE,
    Patch,
    PatchOutcome,
    PatchTargetMissing,
    raise_for_missing,
    report,
)
from codegen.query_patches import (
    EPOCH_MS_QUERY_DATES,
    RUN_STATUSES,
    add_missing_run_filters,
    flatten_deep_object_params,
    merge_run_statuses,
    merge_singular_tags,
    page_sizes_as_documented,
    query_dates_as_epoch_ms,
    query_params_sdk_order,
)
from codegen.schema_patches import (
    TRIGGER_OPTION_ORDER,
    auth_jwt_claims_endpoint,
    batch_processing,
    delete_schedule_returns_id,
    envvar_env_any_slug,
    envvar_import_body_is_map,
    envvar_responses_carry_is_secret,
    fields_the_server_always_sends,
    nullable_as_null_type,
    optional_response_fields_nullable,
    overlapping_one_of_as_any_of,
    query_response_named_variants,
    run_objects_server_fields,
    schedule_fields,
    trigger_options_complete,
    trigger_options_sdk_order,
    trigger_response_is_cached,
)
from codegen.spec import Node

__all__ = [
    "APPLIED",
    "NO_OP",
    "PATCHES",
    "RUN_STATUSES",
    "TARGET_GONE",
    "TRIGGER_OPTION_ORDER",
    "Patch",
    "PatchOutcome",
    "PatchTargetMissing",
    "apply_all",
    "raise_for_missing",
    "report",
]

RUN_LISTS = "GET /api/v1/runs, GET /api/v1/projects/{projectRef}/runs"

# Routes the spec lacks, one table per area (each module's ENDPOINTS); they run before the rules below.
ENDPOINT_TABLES = (
    EXTRA_ENDPOINTS,
    endpoints_webhooks.ENDPOINTS,
    endpoints_sessions.ENDPOINTS,
    endpoints_concurrency.ENDPOINTS,
    endpoints_runs.ENDPOINTS,
    endpoints_dashboards.ENDPOINTS,
    endpoints_prompts.ENDPOINTS,
    endpoints_reports.ENDPOINTS,
    endpoints_batches.ENDPOINTS,
    endpoints_session_channels.ENDPOINTS,
)

PATCHES: tuple[Patch, ...] = (
    *(Patch(name, why, fix, scope=scope) for table in ENDPOINT_TABLES for name, why, fix, scope in table),
    Patch(
        "merge_singular_tags",
        "retrieve_run_v1 alone is tagged `run`",
        merge_singular_tags,
        scope="every operation's tags",
    ),
    Patch(
        "add_missing_run_filters",
        "server and SDK filter runs by batch/queue/machine/region (docs/wire.md#runs-list-query)",
        add_missing_run_filters,
        scope="components/schemas/CommonRunsFilter",
    ),
    Patch(
        "merge_run_statuses",
        "SDK API version header makes the server answer current statuses (RunStatus in core schemas/api.ts)",
        merge_run_statuses,
        scope="enums listing COMPLETED and SYSTEM_FAILURE (run statuses)",
    ),
    Patch(
        "flatten_deep_object_params",
        "generator drops deepObject; server reads filter[...] (docs/wire.md#encoding)",
        flatten_deep_object_params,
        scope="every deepObject query parameter",
    ),
    Patch(
        "query_dates_as_epoch_ms",
        "runs and waitpoints: SDK sends Date.getTime() (docs/wire.md#parameters-and-encoding); sessions: server parses "
        "z.coerce.number() (core schemas/api.ts ListSessionsQueryParams); errors and deployments keep ISO",
        query_dates_as_epoch_ms,
        scope="date-time query filters of GET " + ", ".join(EPOCH_MS_QUERY_DATES),
    ),
    Patch(
        "page_sizes_as_documented",
        "runs server takes page[size] >= 1 (ApiRunListPresenter.server.ts); SDK sends it only when asked",
        page_sizes_as_documented,
        scope=f"every page[size]; minimum overridden only on {RUN_LISTS}",
    ),
    Patch(
        "envvar_import_body_is_map",
        "server rejects the array; takes an object map (docs/wire.md#parameters-and-encoding)",
        envvar_import_body_is_map,
        scope="upload_project_envvars_v1 request body",
    ),
    Patch(
        "envvar_responses_carry_is_secret",
        "list/retrieve answer isSecret (docs/wire.md#response-fields)",
        envvar_responses_carry_is_secret,
        scope="EnvVar, EnvVarValue, create_project_envvar_v1 body",
    ),
    Patch(
        "envvar_env_any_slug",
        "server takes dev/stg/staging/prod/preview (docs/wire.md#parameters-and-encoding)",
        envvar_env_any_slug,
        scope="components/parameters/env",
    ),
    Patch(
        "trigger_options_complete",
        "trigger options the SDK sends (docs/wire.md#trigger-options)",
        trigger_options_complete,
        scope="TriggerTaskRequestBody",
    ),
    Patch(
        "trigger_response_is_cached",
        "trigger answer carries isCached (docs/wire.md#trigger)",
        trigger_response_is_cached,
        scope="TriggerTaskResponse",
    ),
    Patch(
        "run_objects_server_fields",
        "run fields the server sends (docs/wire.md#response-fields)",
        run_objects_server_fields,
        scope="CommonRunObject, ListRunItem, RetrieveRunResponse",
    ),
    Patch(
        "schedule_fields",
        "schedule window and nextRunEffectiveAt (docs/wire.md#response-fields)",
        schedule_fields,
        scope="ScheduleObject, CreateScheduleOptions, UpdateScheduleOptions",
    ),
    Patch(
        "batch_processing",
        "batch answer carries processing errors (docs/wire.md#batches)",
        batch_processing,
        scope="retrieve_batch_v1 200 answer",
    ),
    Patch(
        "batch_v1_answers_202",
        "v1 batch answers 202 {id, isCached, idempotencyKey, runs: [...]} (routes/api.v1.tasks.batch.ts)",
        server_fixes.batch_v1_answers_202,
        scope="batch_trigger_v1 202 answer",
    ),
    Patch(
        "project_runs_one_env",
        "project runs list needs one env slug (presenters/v3/ApiRunListPresenter.server.ts)",
        server_fixes.project_runs_one_env,
        scope="list_project_runs_v1 filter[env]",
    ),
    Patch(
        "promote_allow_rollbacks",
        "promote reads ?allowRollbacks=true (routes/api.v1.deployments.$deploymentVersion.promote.ts)",
        server_fixes.promote_allow_rollbacks,
        scope="promote_deployment_v1 query",
    ),
    Patch(
        "query_response_named_variants",
        "generator drops the clashing inline variants",
        query_response_named_variants,
        scope="ExecuteQueryResponse",
    ),
    Patch(
        "fields_the_server_always_sends",
        "required in the SDK's zod schemas",
        fields_the_server_always_sends,
        scope="CommonRunObject, ListRunItem, ScheduleObject",
    ),
    Patch(
        "optional_response_fields_nullable",
        "server sends null for absent optional fields",
        optional_response_fields_nullable,
        scope="every response schema",
    ),
    # Before the null types: an error message that loses its enum is then typed like any nullable string.
    Patch(
        "error_messages_as_text",
        "the server words one error differently per route: update_run_metadata_v1 answers 401 "
        '"Invalid or Missing API Key" (apps/webapp/app/routes/api.v1.runs.$runId.metadata.ts), its spec lists '
        '"Invalid or Missing API key"',
        error_messages_as_text,
        scope="the `error` property of every 4xx/5xx answer",
    ),
    Patch("nullable_as_null_type", "OpenAPI 3.1 validators ignore nullable", nullable_as_null_type),
    Patch("overlapping_one_of_as_any_of", "oneOf of two strings rejects dates", overlapping_one_of_as_any_of),
    Patch(
        "query_params_sdk_order",
        "SDK sends filters, perPage, page, page[size|after|before] (docs/wire.md#pagination)",
        query_params_sdk_order,
        scope="every operation's query parameters",
    ),
    Patch(
        "trigger_options_sdk_order",
        "SDK's key order (docs/wire.md#trigger-options)",
        trigger_options_sdk_order,
        scope="TriggerTaskRequestBody options",
    ),
    Patch(
        "delete_schedule_returns_id",
        "delete answers {id} (docs/wire.md#schedules)",
        delete_schedule_returns_id,
        scope="delete_schedule_v1 200 answer",
    ),
    Patch(
        "auth_jwt_claims_endpoint",
        "SDK signs public tokens over these claims (docs/wire.md#public-access-tokens)",
        auth_jwt_claims_endpoint,
        scope="new path /api/v1/auth/jwt/claims",
    ),
    # Last: every inline copy of an enum exists by now (the filters are flattened into parameters above).
    *(
        Patch(
            f"share_enum_{shared.name}",
            shared.why,
            share(shared),
            scope=f"inline enums with the values of {shared.name}",
        )
        for shared in SHARED_ENUMS
    ),
)


def apply_all(spec: Node, patches: tuple[Patch, ...] = PATCHES) -> list[PatchOutcome]:
    """Apply every patch in order, even after one whose target is gone; one outcome per patch."""
    return [patch.apply(spec) for patch in patches]
