"""Spec fixes where the webapp answers differently from the vendored document.

Each fix cites the webapp file it was read from (triggerdotdev/trigger.dev, ``apps/webapp/app``).
They are registered in :data:`codegen.patches.PATCHES` like every other patch.
"""

from __future__ import annotations

from typing import Any

from codegen.patch_kit import PatchTargetMissing
from codegen.spec import Node, operations

_RUN_ITEM: dict[str, Any] = {
    "type": "object",
    "required": ["id", "taskIdentifier", "isCached"],
    "properties": {
        "id": {"type": "string", "description": "The run's id"},
        "taskIdentifier": {"type": "string"},
        "isCached": {"type": "boolean", "description": "An existing run matched the item's idempotency key"},
        "idempotencyKey": {"type": "string"},
    },
}

# BatchTriggerTaskV2Response in packages/core/src/v3/schemas/api.ts.
BATCH_V2_RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["id", "isCached", "runs"],
    "properties": {
        "id": {"type": "string", "description": "The batch's id (batch_…)"},
        "isCached": {"type": "boolean", "description": "An existing batch matched the idempotency-key header"},
        "idempotencyKey": {"type": "string"},
        "runs": {"type": "array", "items": _RUN_ITEM},
    },
}


def batch_v1_answers_202(spec: Node) -> bool:
    """``POST /api/v1/tasks/batch`` answers 202 with the batch and one entry per run (routes/api.v1.tasks.batch.ts)."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for _path, _method, op, _item in operations(spec):
        if op.get("operationId") != "batch_trigger_task_v1":
            continue
        responses = op.setdefault("responses", {})
        if "202" in responses and "200" not in responses and "BatchTriggerTaskV2Response" in schemas:
            return False
        schemas.setdefault("BatchTriggerTaskV2Response", BATCH_V2_RESPONSE)
        responses.pop("200", None)
        responses["202"] = {
            "description": "Batch accepted; its runs are created in the background",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchTriggerTaskV2Response"}}},
        }
        return True
    raise PatchTargetMissing("operation batch_trigger_task_v1 not found")


def project_runs_one_env(spec: Node) -> bool:
    """``filter[env]`` of the project runs list is required and names one environment slug.

    Without a known slug the presenter throws (a 500); with several it lists the first environment found
    (presenters/v3/ApiRunListPresenter.server.ts).
    """
    wanted = {"type": "string", "enum": ["dev", "stg", "prod", "preview"]}
    for _path, _method, op, _item in operations(spec):
        if op.get("operationId") != "list_project_runs_v1":
            continue
        for param in op.get("parameters", []):
            if param.get("name") == "filter[env]":
                if param.get("required") is True and param.get("schema") == wanted:
                    return False
                param["required"] = True
                param["schema"] = dict(wanted)
                param.pop("style", None)
                param.pop("explode", None)
                param["description"] = "The environment to list: `dev`, `stg`, `prod` or `preview` (one slug)."
                return True
    raise PatchTargetMissing("parameter filter[env] of list_project_runs_v1 not found")


def promote_allow_rollbacks(spec: Node) -> bool:
    """``POST /api/v1/deployments/{version}/promote`` reads ``?allowRollbacks=true``; without it, promoting a version
    older than the current one is refused (routes/api.v1.deployments.$deploymentVersion.promote.ts,
    v3/services/changeCurrentDeployment.server.ts)."""
    for _path, _method, op, _item in operations(spec):
        if op.get("operationId") != "promote_deployment_v1":
            continue
        params = op.setdefault("parameters", [])
        if any(param.get("name") == "allowRollbacks" for param in params):
            return False
        params.append(
            {
                "in": "query",
                "name": "allowRollbacks",
                "required": False,
                "schema": {"type": "boolean"},
                "description": "Allow promoting a version older than the current one (a rollback).",
            }
        )
        return True
    raise PatchTargetMissing("operation promote_deployment_v1 not found")
