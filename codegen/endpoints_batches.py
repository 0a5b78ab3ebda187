"""The one-request batch trigger ``POST /api/v2/tasks/batch`` that SDK 4.8.3's ApiClient still calls.

Evidence: ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` ``batchTriggerV3`` (route, the
``batch-processing-strategy`` header) and ``dist/esm/v3/schemas/api.js`` (``BatchTriggerTaskV3RequestBody``,
``BatchTriggerTaskV3Response``); the webapp route ``apps/webapp/app/routes/api.v2.tasks.batch.ts`` (202 on success,
400 for no items or too many, 422 for a rejected batch, ``BatchProcessingStrategy`` of
``apps/webapp/app/v3/services/batchTriggerV3.server.ts``).
"""

from __future__ import annotations

from collections.abc import Callable

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

# batchTriggerV3.server.ts BatchProcessingStrategy.
PROCESSING_STRATEGIES = ("sequential", "parallel")


def batch_trigger_v2(spec: Node) -> bool:
    """``batchTriggerV3``: items of several tasks triggered in one request, answered ``{id, runCount}``."""
    body: Node = {
        "type": "object",
        "required": ["items"],
        "properties": {
            "items": {
                "type": "array",
                "items": schema_ref("BatchTriggerTaskRequestBodyItem"),
                "description": "One item per run: the task, its payload and trigger options",
            },
            "parentRunId": {"type": "string", "description": "The triggering run, when called from inside a task"},
            "resumeParentOnCompletion": {"type": "boolean", "description": "True for batchTriggerAndWait"},
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["id", "runCount"],
        "properties": {
            "id": {"type": "string", "description": "The batch's `batch_…` id"},
            "runCount": {"type": "integer", "description": "How many runs the batch holds"},
        },
    }
    operation: Node = {
        "operationId": "batch_trigger_task_v2",
        "tags": ["tasks"],
        "summary": "Batch trigger tasks in one request (the pre-4.3 SDK batch API)",
        "description": (
            "The one-request batch API the SDK's ApiClient keeps for older callers. The high-level client has no "
            "method for it: `client.tasks.batch_trigger` uses the two-phase batch API "
            "(`POST /api/v3/batches` and its item stream), as the SDK's public batch functions do."
        ),
        "security": [{"secretKey": []}, {"publicAccessToken": []}],  # allowJWT: true
        "parameters": [
            {
                "name": "batch-processing-strategy",
                "in": "header",
                "required": False,
                "schema": {"type": "string", "enum": list(PROCESSING_STRATEGIES)},
                "description": "How the server triggers the items: one after another or in parallel",
            }
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema_ref("BatchTriggerV3RequestBody")}},
        },
        "responses": {
            "202": json_content(schema_ref("BatchTriggerV3Response"), "The batch was created"),
            **error_responses(400, 401, 403, 422),
        },
    }
    schemas = {"BatchTriggerV3RequestBody": body, "BatchTriggerV3Response": answer}
    return add_path(spec, "/api/v2/tasks/batch", "post", operation, schemas)


# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "batch_trigger_v2",
        "SDK batchTriggerV3; @trigger.dev/core 4.8.3 schemas/api.js BatchTriggerTaskV3RequestBody/Response; "
        "apps/webapp/app/routes/api.v2.tasks.batch.ts",
        batch_trigger_v2,
        "new path POST /api/v2/tasks/batch",
    ),
)
