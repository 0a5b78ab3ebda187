"""The error raised for each status the server answers with: one :class:`APIStatusError` subclass per status a
caller may want to catch on its own (400, 401, 403, 404, 409, 422, 429 and 5xx).

Example::

    from trigger_client import TriggerClient, NotFoundError

    with TriggerClient() as client:
        try:
            client.runs.retrieve("run_missing")
        except NotFoundError as exc:
            print(exc.status_code, exc.message)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from trigger_client._exceptions import APIStatusError
from trigger_client._http.headers import header_int, reset_epoch_ms


class BadRequestError(APIStatusError):
    """HTTP 400: the server rejected the request's parameters or body.

    Example::

        try:
            client.runs.reschedule("run_1234", "30m")  # only a delayed run can be rescheduled
        except BadRequestError as exc:
            print(exc.body)  # may list the invalid fields
    """


class AuthenticationError(APIStatusError):
    """HTTP 401: the key or token is missing, wrong or revoked.

    Example::

        try:
            TriggerClient(secret_key="tr_dev_revoked", max_retries=0).runs.list().first_page()
        except AuthenticationError:
            print("check TRIGGER_SECRET_KEY")
    """


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credential is valid but not allowed to do this.

    Example::

        token = client.auth.create_public_token(scopes={"read": {"tags": ["user_7"]}})
        try:
            for run in TriggerClient(access_token=token).runs.subscribe("run_1234"):  # a run without that tag
                print(run.status)
        except PermissionDeniedError:
            print("a public token cannot call management endpoints")
    """


class NotFoundError(APIStatusError):
    """HTTP 404: the run, schedule, queue... does not exist (in this environment).

    Example::

        try:
            run = client.runs.retrieve("run_missing")
        except NotFoundError:
            run = None
    """


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's state.

    Example::

        try:
            client.runs.bulk.abort("bulk_1234")
        except ConflictError as exc:
            print(exc.message)  # e.g. the action already completed
    """


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request was understood but cannot be processed.

    Example::

        try:
            client.schedules.create(task="send-email", cron="0 9 * * *", deduplication_key="daily")
        except UnprocessableEntityError as exc:
            print(exc.message)
    """


class RateLimitError(APIStatusError):
    """HTTP 429: the environment's rate limit is exhausted.

    ``retry_after`` is the number of seconds to wait (from ``x-ratelimit-reset`` or ``retry-after``);
    ``limit``, ``remaining`` and ``reset`` (epoch milliseconds, converted where a refused v3 batch sends seconds) come
    from the ``x-ratelimit-*`` headers.

    Example::

        try:
            client.tasks.trigger("send-email", {"to": "ada@example.com"})
        except RateLimitError as exc:
            time.sleep(exc.retry_after or 1)
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(
            message,
            response=response,
            status_code=status_code,
            headers=headers,
            body=body,
            code=code,
            param=param,
            type=type,
            status=status,
        )
        self.retry_after = retry_after
        self.limit = header_int(self.headers, "x-ratelimit-limit")
        self.remaining = header_int(self.headers, "x-ratelimit-remaining")
        self.reset = reset_epoch_ms(self.headers)


class InternalServerError(APIStatusError):
    """HTTP 5xx after all retries.

    Example::

        try:
            client.runs.retrieve("run_1234")
        except InternalServerError as exc:
            print("Trigger.dev is having trouble:", exc.status_code)
    """
