"""A run's stored metadata, presigned URLs of its stored payload and output, and its input streams.

- ``GET /api/v1/runs/{id}/metadata`` answers the stored packet ``{metadata, metadataType}``
  (apps/webapp/app/routes/api.v1.runs.$runId.metadata.ts loader).
- ``GET /api/v1/runs/{id}/packets/{payload|output}`` presigns the download of what the run keeps in the object
  store, authorized against the run (``@trigger.dev/core`` 4.8.3 ``apiClient/index.js`` ``getRunPacketUrl``; the
  webapp at the mirrored commit lacks the route, and the SDK falls back to ``/api/v1/packets/{path}``).
- ``POST /realtime/v1/streams/{id}/input/{streamId}`` appends ``data`` to the run's input stream, which a task
  reads with ``ctx.inputs(stream_id)`` (apps/webapp/app/routes/realtime.v1.streams.$runId.input.$streamId.ts).
"""

from __future__ import annotations

import json

from ._auth import authorize
from ._http import ApiError, Request, Response, Router, json_response
from ._packets import STORE_TYPE, presigned_url, request_base
from ._runs import RunService
from ._state import Run, Settings, Store

# maxContentLength of the input stream route.
MAX_INPUT_BODY = 1024 * 1024


def _stored_path(run: Run, field: str) -> str | None:
    if field == "payload":
        return run.raw_payload if run.payload_type == STORE_TYPE and isinstance(run.raw_payload, str) else None
    return run.output_path


class RunIoRoutes:
    def __init__(self, store: Store, settings: Settings, runs: RunService) -> None:
        self.store = store
        self.settings = settings
        self.runs = runs

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/runs/{runId}/metadata", self.metadata)
        router.add("GET", "/api/v1/runs/{runId}/packets/{field}", self.packet_url, auth="env_or_public")
        router.add(
            "POST",
            "/realtime/v1/streams/{runId}/input/{streamId}",
            self.send_input,
            auth="env_or_public",
            max_body=MAX_INPUT_BODY,
        )

    def metadata(self, req: Request) -> Response:
        run = self.runs.get_run(req)
        # The column holds the serialized packet; metadataType defaults to application/json.
        packet = None if run.metadata is None else json.dumps(run.metadata, separators=(",", ":"))
        return json_response({"metadata": packet, "metadataType": "application/json"})

    def packet_url(self, req: Request) -> Response:
        run = RunService.found_run(req)
        field = req.params["field"]
        if field not in ("payload", "output"):
            raise ApiError(400, "Invalid field: payload or output")
        path = _stored_path(run, field)
        if path is None:
            raise ApiError(404, f"The run has no stored {field}")
        return json_response({"presignedUrl": presigned_url(request_base(req, self.settings), run.env, path, "GET")})

    def send_input(self, req: Request) -> Response:
        run_id = req.params["runId"]
        authorize(req, "write", "inputStreams", [run_id])  # checked before the run is looked up
        run = req.env_.runs.get(run_id)
        if run is None:
            raise ApiError(404, "Run not found", ok=False)
        if run.finished:
            raise ApiError(400, "Cannot send to input stream on a completed run", ok=False)
        try:
            body = json.loads(req.body)
        except (ValueError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            raise ApiError(400, "Invalid request body", ok=False)
        with self.store.lock:
            run.inputs.setdefault(req.params["streamId"], []).append(body.get("data"))
            self.store.touch()
        return json_response({"ok": True})
