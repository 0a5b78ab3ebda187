"""A session's transcript pages and the end-and-continue run handoff.

Transcripts: ``@trigger.dev/core`` 4.8.3 ``apiClient/index.js`` ``getSessionTranscript`` (``limit``, ``before``;
secret key only), ``schemas/api.js`` SessionTranscriptResponseBody, paged as ``sessionStreams/chatSnapshot.js``
``pageTranscriptEntries`` does. A running ``chat.agent`` saves them, so tests seed them with
:meth:`SessionHandoffRoutes.save_transcript` (``emulator.transcripts``). Handoff:
``apps/webapp/app/routes/api.v1.sessions.$session.end-and-continue.ts`` and ``swapSessionRun`` in
``apps/webapp/app/services/realtime/sessionRunManager.server.ts``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._http import ApiError, Request, Response, Router, json_response
from ._runs import RunService
from ._sessions import TRIGGER_OPTIONS, Session, SessionRoutes
from ._state import Store

MAX_REASON = 64  # EndAndContinueSessionRequestBody reason .max(64)
MAX_EXTERNAL_DEPLOYMENT_ID = 128  # externalDeploymentId.js EXTERNAL_DEPLOYMENT_ID_MAX_LENGTH


@dataclass
class Transcript:
    messages: list[dict[str, Any]] = field(default_factory=list)
    cursors: dict[str, str] | None = None


def _invalid(message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"message": message}])


def _page(messages: list[dict[str, Any]], limit: int | None, before: str | None) -> dict[str, Any]:
    """pageTranscriptEntries: cut at ``before`` (nothing when it is unknown), then keep the last ``limit`` and name
    the oldest kept as ``nextCursor`` when older ones exist."""
    if before is not None:
        ids = [m.get("id") for m in messages]
        if before not in ids:
            return {"messages": []}
        messages = messages[: ids.index(before)]
    page: dict[str, Any] = {}
    if limit is not None and len(messages) > limit:
        messages = messages[len(messages) - limit :]
        page["nextCursor"] = messages[0].get("id")
    return {"messages": messages, **page}


class SessionHandoffRoutes:
    """Transcript reads and end-and-continue; ``emulator.transcripts`` seeds what an agent would have saved.

    Example:
        >>> emulator.transcripts.save_transcript("chat_1", [{"id": "m1", "role": "user"}])  # doctest: +SKIP
    """

    def __init__(self, store: Store, sessions: SessionRoutes, runs: RunService) -> None:
        self.store = store
        self.sessions = sessions
        self.runs = runs
        self.transcripts: dict[str, Transcript] = {}

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/sessions/{session}/transcript", self.transcript)
        # maxContentLength: 1024 in the route file.
        router.add("POST", "/api/v1/sessions/{session}/end-and-continue", self.end_and_continue, max_body=1024)

    def save_transcript(
        self,
        session: str,
        messages: Sequence[Mapping[str, Any]],
        *,
        last_out_event_id: str | None = None,
        last_in_event_id: str | None = None,
    ) -> None:
        """Store a session's whole transcript (UI messages, each with an ``id``), oldest first, as an agent saves it."""
        with self.store.lock:
            found = next((s for s in self.sessions.sessions.values() if session in (s.id, s.external_id)), None)
            if found is None:
                raise KeyError(session)
            cursors = {"lastOutEventId": last_out_event_id, "lastInEventId": last_in_event_id}
            kept = {k: v for k, v in cursors.items() if v is not None}
            self.transcripts[found.id] = Transcript([dict(m) for m in messages], kept or None)
            self.store.touch()

    def transcript(self, req: Request) -> Response:
        session = self.sessions.find(req)
        raw_limit = req.arg("limit")
        limit = None
        if raw_limit is not None:
            if not raw_limit.isdigit() or int(raw_limit) < 1:
                raise ApiError(400, "Query Error", details=[{"message": "limit must be a positive integer"}])
            limit = int(raw_limit)
        stored = self.transcripts.get(session.id, Transcript())
        page = _page(stored.messages, limit, req.arg("before"))
        if stored.cursors:
            page["cursors"] = stored.cursors
        return json_response(page)

    def end_and_continue(self, req: Request) -> Response:
        session = self.sessions.find(req)
        body = req.json_object()
        calling, reason = body.get("callingRunId"), body.get("reason")
        deployment = body.get("externalDeploymentId")
        if not isinstance(calling, str):
            raise _invalid("callingRunId must be a string")
        if not isinstance(reason, str) or len(reason) > MAX_REASON:
            raise _invalid(f"reason must be a string of up to {MAX_REASON} characters")
        if deployment is not None and (not isinstance(deployment, str) or len(deployment) > MAX_EXTERNAL_DEPLOYMENT_ID):
            raise _invalid(f"externalDeploymentId must be a string of up to {MAX_EXTERNAL_DEPLOYMENT_ID} characters")
        status = self.sessions.status(session)
        if status == "CLOSED":
            raise ApiError(400, "Cannot end-and-continue a closed session")
        if status == "EXPIRED":
            raise ApiError(400, "Cannot end-and-continue an expired session")
        if calling not in req.env_.runs:
            raise ApiError(404, "callingRunId not found in this environment")
        if session.current_run_id != calling:
            # swapSessionRun lost the race: another run already holds the session; its run is the answer.
            return json_response({"runId": session.current_run_id, "swapped": False})
        run_id = self._continue(req, session, calling)
        return json_response({"runId": run_id, "swapped": True})

    def _continue(self, req: Request, session: Session, calling: str) -> str:
        """Trigger the next run on the session's config with swapSessionRun's continuation payload."""
        config = session.trigger_config
        payload = {k: v for k, v in config["basePayload"].items() if k not in ("message", "messages", "trigger")}
        payload.update(sessionId=session.id, continuation=True, previousRunId=calling)
        options = {k: config[k] for k in TRIGGER_OPTIONS if config.get(k) is not None}
        run, _ = self.runs.create_run(req.env_, session.task, {"payload": payload, "options": options})
        session.current_run_id, session.updated_at = run.id, self.store.now()
        self.store.touch()
        return run.id
