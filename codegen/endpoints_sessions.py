"""Session routes and fields of SDK 4.8.3's ApiClient that the spec lacks.

Shapes follow ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/schemas/api.js`` (SessionTranscriptResponseBody,
EndAndContinueSession*, SessionTriggerConfig, CreatedSessionResponseBody); routes and query building follow its
``dist/esm/v3/apiClient/index.js`` (``getSessionTranscript``, ``endAndContinueSession``). The chat snapshot URLs
(``createChatSnapshotUploadUrl``, ``getChatSnapshotUrl``) are written and read by the running agent only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import PatchTargetMissing, add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

# api.js SessionTriggerConfig / CreateSessionRequestBody / UpdateSessionRequestBody: tags .max(10).
MAX_SESSION_TAGS = 10
# externalDeploymentId.js EXTERNAL_DEPLOYMENT_ID_MAX_LENGTH.
EXTERNAL_DEPLOYMENT_ID_MAX_LENGTH = 128

_SESSION: Node = {
    "name": "session",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "The session's `session_…` id or your external id",
}
_EXTERNAL_DEPLOYMENT_ID: Node = {
    "type": "string",
    "maxLength": EXTERNAL_DEPLOYMENT_ID_MAX_LENGTH,
    "description": "Pin runs to the deployment carrying this id",
}


def session_transcript(spec: Node) -> bool:
    """``getSessionTranscript``: one page of a ``chat.agent`` session's transcript, newest ``limit`` messages, and
    ``nextCursor`` to pass as ``before`` (SessionTranscriptResponseBody; secret key only; no webapp route at the
    mirror's HEAD)."""
    answer: Node = {
        "type": "object",
        "required": ["messages"],
        "properties": {
            "messages": {"type": "array", "items": {}, "description": "UI messages (each with an `id`), oldest first"},
            "cursors": {
                "type": "object",
                "properties": {"lastOutEventId": {"type": "string"}, "lastInEventId": {"type": "string"}},
            },
            "nextCursor": {"type": "string", "description": "The oldest returned message's id, when older exist"},
        },
    }
    operation: Node = {
        "operationId": "get_session_transcript_v1",
        "tags": ["sessions"],
        "summary": "Read a page of a session's persisted transcript",
        "security": [{"secretKey": []}],
        "parameters": [
            copy.deepcopy(_SESSION),
            {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}},
            {"name": "before", "in": "query", "required": False, "schema": {"type": "string"}},
        ],
        "responses": {"200": json_content(schema_ref("SessionTranscript")), **error_responses(401, 404)},
    }
    return add_path(spec, "/api/v1/sessions/{session}/transcript", "get", operation, {"SessionTranscript": answer})


def session_end_and_continue(spec: Node) -> bool:
    """``endAndContinueSession`` (EndAndContinueSessionRequestBody/ResponseBody;
    routes/api.v1.sessions.$session.end-and-continue.ts)."""
    body: Node = {
        "type": "object",
        "required": ["callingRunId", "reason"],
        "properties": {
            "callingRunId": {"type": "string", "description": "The run handing the session over"},
            "reason": {"type": "string", "maxLength": 64, "description": "Audit label, e.g. `upgrade`"},
            "externalDeploymentId": copy.deepcopy(_EXTERNAL_DEPLOYMENT_ID),
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["runId", "swapped"],
        "properties": {
            "runId": {"type": "string", "description": "The run that now holds the session"},
            "swapped": {"type": "boolean", "description": "False: another run had already taken over"},
            "pendingVersion": {"type": "boolean", "description": "The new run waits for its deployment"},
        },
    }
    operation: Node = {
        "operationId": "end_and_continue_session_v1",
        "tags": ["sessions"],
        "summary": "Hand a session over to a fresh run",
        "security": [{"secretKey": []}],
        "parameters": [copy.deepcopy(_SESSION)],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema_ref("EndAndContinueSessionRequestBody")}},
        },
        "responses": {
            "200": json_content(schema_ref("SessionHandoff")),
            **error_responses(400, 401, 404),
        },
    }
    schemas = {"EndAndContinueSessionRequestBody": body, "SessionHandoff": answer}
    return add_path(spec, "/api/v1/sessions/{session}/end-and-continue", "post", operation, schemas)


def _component(spec: Node, name: str) -> Node:
    schema = spec.get("components", {}).get("schemas", {}).get(name)
    if schema is None:
        raise PatchTargetMissing(f"components/schemas/{name}")
    return schema  # type: ignore[no-any-return]


def session_trigger_config_fields(spec: Node) -> bool:
    """SessionTriggerConfig in SDK 4.8.3: concurrency, concurrencyKey, externalDeploymentId and ttl, and 10 tags."""
    props = _component(spec, "SessionTriggerConfig").setdefault("properties", {})
    wanted: Node = {
        "concurrency": {
            "type": "array",
            "maxItems": 2,
            "items": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,122}$"},
            "description": "Named concurrency limits every run holds (TriggerConcurrencyLimitsSchema)",
        },
        "concurrencyKey": {"type": "string", "description": "Scopes each run to its own pool under `perKey` bounds"},
        "externalDeploymentId": copy.deepcopy(_EXTERNAL_DEPLOYMENT_ID),
        "ttl": {
            "anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}],
            "description": "How long a run may wait to be dequeued (a duration or seconds)",
        },
    }
    changed = False
    for key, value in wanted.items():
        if key not in props:
            props[key] = value
            changed = True
    tags = props.get("tags")
    if tags is None:
        raise PatchTargetMissing("SessionTriggerConfig.tags")
    if tags.get("maxItems") != MAX_SESSION_TAGS:
        tags["maxItems"] = MAX_SESSION_TAGS
        changed = True
    return changed


def created_session_pending_version(spec: Node) -> bool:
    """CreatedSessionResponseBody.pendingVersion: the live run waits for its external deployment (SDK 4.8.3)."""
    parts = _component(spec, "CreatedSessionResponseBody").get("allOf", [])
    extension = next((part for part in parts if "properties" in part), None)
    if extension is None:
        raise PatchTargetMissing("CreatedSessionResponseBody: no inline properties")
    if "pendingVersion" in extension["properties"]:
        return False
    extension["properties"]["pendingVersion"] = {
        "type": "boolean",
        "description": "The session's live run waits for a deployment carrying its external deployment id",
    }
    return True


_API = "@trigger.dev/core 4.8.3 schemas/api.js"

# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "session_transcript",
        f"SDK getSessionTranscript; {_API} SessionTranscriptResponseBody",
        session_transcript,
        "new path GET /api/v1/sessions/{session}/transcript",
    ),
    (
        "session_end_and_continue",
        f"SDK endAndContinueSession; {_API} EndAndContinueSessionRequestBody",
        session_end_and_continue,
        "new path POST /api/v1/sessions/{session}/end-and-continue",
    ),
    (
        "session_trigger_config_fields",
        f"{_API} SessionTriggerConfig (tags .max(10), concurrency, concurrencyKey, externalDeploymentId, ttl)",
        session_trigger_config_fields,
        "SessionTriggerConfig",
    ),
    (
        "created_session_pending_version",
        f"{_API} CreatedSessionResponseBody.pendingVersion",
        created_session_pending_version,
        "CreatedSessionResponseBody",
    ),
)
