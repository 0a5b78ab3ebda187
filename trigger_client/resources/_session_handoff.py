"""Builders of a session's transcript read and run handoff (``sessions.transcript``, ``sessions.end_and_continue``).

Shapes: ``@trigger.dev/core`` 4.8.3 ``schemas/api.js`` SessionTranscriptResponseBody and
EndAndContinueSessionRequestBody; query: its ``apiClient/index.js`` ``getSessionTranscript`` (``limit``, ``before``).
"""

from __future__ import annotations

from trigger_api.api.sessions import end_and_continue_session_v1, get_session_transcript_v1
from trigger_api.models import EndAndContinueSessionRequestBody, SessionHandoff, SessionTranscript
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call

# EndAndContinueSessionRequestBody: reason .max(64); externalDeploymentId.js EXTERNAL_DEPLOYMENT_ID_MAX_LENGTH.
MAX_REASON = 64
MAX_EXTERNAL_DEPLOYMENT_ID = 128


def _bounded(value: str, field: str, most: int) -> str:
    checked = v.text(value, field)
    if len(checked) > most:
        raise ValidationError(field, f"at most {most} characters, got {len(checked)}")
    return checked


def transcript(session: str, limit: int | None, before: str | None) -> Operation[SessionTranscript]:
    return call(
        get_session_transcript_v1.build(
            session=v.text(session, "session"),
            limit=None if limit is None else v.int_range(limit, "limit", 1, 2**31 - 1),
            before=None if before is None else v.text(before, "before"),
        )
    )


def end_and_continue(
    session: str, calling_run_id: str, reason: str, external_deployment_id: str | None
) -> Operation[SessionHandoff]:
    body = EndAndContinueSessionRequestBody(
        calling_run_id=v.run_id(calling_run_id, "calling_run_id"),
        reason=_bounded(reason, "reason", MAX_REASON),
        external_deployment_id=None
        if external_deployment_id is None
        else _bounded(external_deployment_id, "external_deployment_id", MAX_EXTERNAL_DEPLOYMENT_ID),
    )
    return call(end_and_continue_session_v1.build(session=v.text(session, "session"), body=body))
