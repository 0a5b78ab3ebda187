"""Appending to a session channel: how a backend (or a browser) sends input to a running agent.

Evidence: ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` ``appendToSessionStream`` (the two routes,
the ``X-Part-Id`` header made once per logical append so retries reuse it) and ``dist/esm/v3/schemas/api.js``
``AppendToStreamResponseBody``; ``@trigger.dev/sdk`` 4.8.3 ``dist/esm/v3/sessions.js`` (``.in.send()`` "called by
external clients"); the webapp route ``apps/webapp/app/routes/realtime.v1.sessions.$session.$io.append.ts`` (1 MiB
body, 400 on a closed or expired session, 403 on ``out`` without a secret key, a claimed ``X-Part-Id`` is not
appended twice, ``{ok, seq}``). The named-channel route has no webapp file at the mirror's HEAD; the SDK builds it.
Subscribing (SSE) is served by the realtime layer; the records drain and the writer setup are in-task
(``codegen/sdk_routes.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

# realtime.v1.sessions.$session.$io.append.ts ParamsSchema.io.
CHANNEL_IOS = ("in", "out")

_SESSION: Node = {
    "name": "session",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "The session's `session_…` id or your external id",
}
_IO: Node = {
    "name": "io",
    "in": "path",
    "required": True,
    "schema": schema_ref("SessionChannelIo"),
}
_CHANNEL: Node = {
    "name": "channel",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "A named side channel of the session",
}
_PART_ID: Node = {
    "name": "X-Part-Id",
    "in": "header",
    "required": False,
    "schema": {"type": "string"},
    "description": "One id per logical append, reused on retries: the server appends a claimed id once",
}


def _append(operation_id: str, summary: str, parameters: list[Node]) -> Node:
    return {
        "operationId": operation_id,
        "tags": ["sessions"],
        "summary": summary,
        "security": [{"secretKey": []}, {"publicAccessToken": []}],  # allowJWT: true
        "parameters": [copy.deepcopy(p) for p in parameters],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"description": "The record: any JSON value (1 MiB)"}}},
        },
        "responses": {
            "200": json_content(schema_ref("SessionChannelAppended")),
            **error_responses(400, 401, 403, 404, 413, 422),
        },
    }


def _schemas() -> dict[str, Node]:
    io: Node = {
        "type": "string",
        "enum": list(CHANNEL_IOS),
        "description": "`in` (to the agent) or `out` (from the agent; secret key only)",
    }
    appended: Node = {
        "type": "object",
        "required": ["ok"],
        "properties": {
            "ok": {"type": "boolean"},
            "message": {"type": "string"},
            "seq": {"type": "integer", "description": "The record's sequence number in the channel"},
        },
    }
    return {"SessionChannelIo": io, "SessionChannelAppended": appended}


def session_channel_append(spec: Node) -> bool:
    """``appendToSessionStream`` without a channel: ``POST /realtime/v1/sessions/{session}/{io}/append``."""
    operation = _append("append_session_stream_v1", "Append a record to a session's channel", [_SESSION, _IO, _PART_ID])
    path = "/realtime/v1/sessions/{session}/{io}/append"
    return add_path(spec, path, "post", operation, _schemas())


def session_named_channel_append(spec: Node) -> bool:
    """``appendToSessionStream`` with a channel:
    ``POST /realtime/v1/sessions/{session}/channels/{channel}/{io}/append``."""
    operation = _append(
        "append_session_channel_stream_v1",
        "Append a record to a named side channel of a session",
        [_SESSION, _CHANNEL, _IO, _PART_ID],
    )
    path = "/realtime/v1/sessions/{session}/channels/{channel}/{io}/append"
    return add_path(spec, path, "post", operation, _schemas())


_WHY = "SDK appendToSessionStream; @trigger.dev/core 4.8.3 schemas/api.js AppendToStreamResponseBody"

# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "session_channel_append",
        f"{_WHY}; apps/webapp/app/routes/realtime.v1.sessions.$session.$io.append.ts",
        session_channel_append,
        "new path POST /realtime/v1/sessions/{session}/{io}/append",
    ),
    (
        "session_named_channel_append",
        _WHY,
        session_named_channel_append,
        "new path POST /realtime/v1/sessions/{session}/channels/{channel}/{io}/append",
    ),
)
