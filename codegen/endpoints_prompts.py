"""Prompt management (``/api/v1/prompts…``).

The evidence is ``@trigger.dev/core`` 4.8.3: ``dist/esm/v3/apiClient/index.js`` (``listPrompts`` …
``reactivatePromptOverride``, ``resolvePrompt``) for routes and methods, and ``dist/esm/v3/schemas/api.js``
for the shapes; plus the webapp routes ``apps/webapp/app/routes/api.v1.prompts.*.ts``.
"""

from __future__ import annotations

from collections.abc import Callable

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

_SLUG = "/api/v1/prompts/{slug}"
_VERSION_BODY: Node = {
    "type": "object",
    "required": ["version"],
    "properties": {"version": {"type": "integer", "minimum": 1}},
}
_OK: Node = {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}


def _operation(operation_id: str, summary: str, answer: str, body: str | None = None, *errors: int) -> Node:
    operation: Node = {
        "operationId": operation_id,
        "tags": ["prompts"],
        "summary": summary,
        "security": [{"secretKey": []}],
        "responses": {"200": json_content(schema_ref(answer)), **error_responses(400, 401, 404, *errors)},
    }
    if operation_id != "list_prompts_v1":
        operation["parameters"] = [{"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}]
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema_ref(body)}}}
    return operation


def list_prompts(spec: Node) -> bool:
    """The environment's prompts (``listPrompts``; ``ListPromptsResponseBody``; routes/api.v1.prompts._index.ts)."""
    item: Node = {
        "type": "object",
        "required": [
            "slug",
            "friendlyId",
            "description",
            "tags",
            "defaultModel",
            "currentVersion",
            "hasOverride",
            "updatedAt",
        ],
        "properties": {
            "slug": {"type": "string"},
            "friendlyId": {"type": "string"},
            "description": {"type": "string", "nullable": True},
            "tags": {"type": "array", "items": {"type": "string"}},
            "defaultModel": {"type": "string", "nullable": True, "description": "override > current > default"},
            "currentVersion": {"type": "integer", "nullable": True},
            "hasOverride": {"type": "boolean"},
            "updatedAt": {"type": "string", "format": "date-time"},
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"type": "array", "items": schema_ref("PromptSummary")}},
    }
    op = _operation("list_prompts_v1", "List prompts", "PromptList")
    return add_path(spec, "/api/v1/prompts", "get", op, {"PromptList": answer, "PromptSummary": item})


def list_prompt_versions(spec: Node) -> bool:
    """A prompt's versions, newest first (``listPromptVersions``; routes/api.v1.prompts.$slug.versions.ts)."""
    item: Node = {
        "type": "object",
        "required": [
            "id",
            "version",
            "labels",
            "source",
            "model",
            "textContent",
            "commitMessage",
            "contentHash",
            "createdAt",
        ],
        "properties": {
            "id": {"type": "string"},
            "version": {"type": "integer"},
            "labels": {"type": "array", "items": {"type": "string"}, "description": "`current`, `override`…"},
            "source": {"type": "string", "description": "`code` for deployed versions, else `api`, `dashboard`…"},
            "model": {"type": "string", "nullable": True},
            "textContent": {"type": "string", "nullable": True},
            "commitMessage": {"type": "string", "nullable": True},
            "contentHash": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"type": "array", "items": schema_ref("PromptVersion")}},
    }
    op = _operation("list_prompt_versions_v1", "List a prompt's versions", "PromptVersionList")
    return add_path(spec, f"{_SLUG}/versions", "get", op, {"PromptVersionList": answer, "PromptVersion": item})


def resolve_prompt(spec: Node) -> bool:
    """Compile a prompt version with variables (``resolvePrompt``; ``ResolvePromptRequest/ResponseBody``)."""
    body: Node = {
        "type": "object",
        "properties": {
            "variables": {"type": "object", "additionalProperties": True},
            "label": {"type": "string"},
            "version": {"type": "integer"},
        },
    }
    data: Node = {
        "type": "object",
        "required": ["promptId", "slug", "version", "labels"],
        "properties": {
            "promptId": {"type": "string"},
            "slug": {"type": "string"},
            "version": {"type": "integer"},
            "labels": {"type": "array", "items": {"type": "string"}},
            "template": {"type": "string"},
            "text": {"type": "string"},
            "model": {"type": "string", "nullable": True},
            "config": {"type": "object", "nullable": True, "additionalProperties": True},
        },
    }
    answer: Node = {"type": "object", "required": ["data"], "properties": {"data": schema_ref("ResolvedPrompt")}}
    op = _operation(
        "resolve_prompt_v1", "Resolve a prompt with variables", "ResolvePromptResponseBody", "ResolvePromptRequestBody"
    )
    schemas = {"ResolvePromptRequestBody": body, "ResolvedPrompt": data, "ResolvePromptResponseBody": answer}
    return add_path(spec, _SLUG, "post", op, schemas)


def promote_prompt_version(spec: Node) -> bool:
    """Make a code version `current` (``promotePromptVersion``; routes/api.v1.prompts.$slug.promote.ts)."""
    op = _operation(
        "promote_prompt_version_v1", "Promote a prompt version", "PromptOk", "PromotePromptVersionRequestBody"
    )
    return add_path(
        spec, f"{_SLUG}/promote", "post", op, {"PromotePromptVersionRequestBody": _VERSION_BODY, "PromptOk": _OK}
    )


def create_prompt_override(spec: Node) -> bool:
    """A new version labelled `override` (``createPromptOverride``; routes/api.v1.prompts.$slug.override.ts)."""
    body: Node = {
        "type": "object",
        "required": ["textContent"],
        "properties": {
            "textContent": {"type": "string"},
            "model": {"type": "string"},
            "commitMessage": {"type": "string"},
            "source": {"type": "string", "description": "Any but `code` (reserved for deploys); default `api`"},
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["ok", "version"],
        "properties": {"ok": {"type": "boolean"}, "version": {"type": "integer"}},
    }
    op = _operation(
        "create_prompt_override_v1",
        "Create a prompt override",
        "PromptOverrideCreated",
        "CreatePromptOverrideRequestBody",
    )
    schemas = {"CreatePromptOverrideRequestBody": body, "PromptOverrideCreated": answer, "PromptOk": _OK}
    return add_path(spec, f"{_SLUG}/override", "post", op, schemas)


def update_prompt_override(spec: Node) -> bool:
    """Edit the active override in place (``updatePromptOverride``, PUT; 400 when none is active)."""
    body: Node = {
        "type": "object",
        "properties": {
            "textContent": {"type": "string"},
            "model": {"type": "string"},
            "commitMessage": {"type": "string"},
        },
    }
    op = _operation(
        "update_prompt_override_v1", "Update the active prompt override", "PromptOk", "UpdatePromptOverrideRequestBody"
    )
    return add_path(spec, f"{_SLUG}/override", "put", op, {"UpdatePromptOverrideRequestBody": body, "PromptOk": _OK})


def remove_prompt_override(spec: Node) -> bool:
    """Drop the `override` label, back to `current` (``removePromptOverride``, DELETE)."""
    op = _operation("remove_prompt_override_v1", "Remove the active prompt override", "PromptOk")
    return add_path(spec, f"{_SLUG}/override", "delete", op, {"PromptOk": _OK})


def reactivate_prompt_override(spec: Node) -> bool:
    """Label an earlier non-code version `override` again (``reactivatePromptOverride``)."""
    op = _operation(
        "reactivate_prompt_override_v1",
        "Reactivate an earlier prompt override",
        "PromptOk",
        "ReactivatePromptOverrideRequestBody",
    )
    schemas = {"ReactivatePromptOverrideRequestBody": _VERSION_BODY, "PromptOk": _OK}
    return add_path(spec, f"{_SLUG}/override/reactivate", "post", op, schemas)


def _row(
    name: str, fix: Callable[[Node], bool], sdk: str, webapp: str, scope: str
) -> tuple[str, str, Callable[[Node], bool], str]:
    why = f"@trigger.dev/core 4.8.3 apiClient/index.js {sdk}; webapp routes/{webapp}"
    return (name, why, fix, scope)


ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    _row(
        "list_prompts",
        list_prompts,
        "listPrompts (ListPromptsResponseBody)",
        "api.v1.prompts._index.ts",
        "new path GET /api/v1/prompts",
    ),
    _row(
        "list_prompt_versions",
        list_prompt_versions,
        "listPromptVersions (ListPromptVersionsResponseBody)",
        "api.v1.prompts.$slug.versions.ts",
        f"new path GET {_SLUG}/versions",
    ),
    _row(
        "resolve_prompt",
        resolve_prompt,
        "resolvePrompt (ResolvePromptRequestBody)",
        "api.v1.prompts.$slug.ts",
        f"new path POST {_SLUG}",
    ),
    _row(
        "promote_prompt_version",
        promote_prompt_version,
        "promotePromptVersion (PromotePromptVersionRequestBody)",
        "api.v1.prompts.$slug.promote.ts",
        f"new path POST {_SLUG}/promote",
    ),
    _row(
        "create_prompt_override",
        create_prompt_override,
        "createPromptOverride (CreatePromptOverrideRequestBody)",
        "api.v1.prompts.$slug.override.ts",
        f"new path POST {_SLUG}/override",
    ),
    _row(
        "update_prompt_override",
        update_prompt_override,
        "updatePromptOverride (UpdatePromptOverrideRequestBody)",
        "api.v1.prompts.$slug.override.ts",
        f"new path PUT {_SLUG}/override",
    ),
    _row(
        "remove_prompt_override",
        remove_prompt_override,
        "removePromptOverride (PromptOkResponseBody)",
        "api.v1.prompts.$slug.override.ts",
        f"new path DELETE {_SLUG}/override",
    ),
    _row(
        "reactivate_prompt_override",
        reactivate_prompt_override,
        "reactivatePromptOverride (ReactivatePromptOverrideRequestBody)",
        "api.v1.prompts.$slug.override.reactivate.ts",
        f"new path POST {_SLUG}/override/reactivate",
    ),
)
