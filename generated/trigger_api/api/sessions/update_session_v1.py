from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_with_details_response import ErrorWithDetailsResponse
from ...models.session_object import Session
from ...models.update_session_request_body import UpdateSessionRequestBody
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    session: str,
    *,
    body: UpdateSessionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/sessions/{session}".format(
            session=errors.path_segment(session, "session"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorWithDetailsResponse | Session | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = ErrorWithDetailsResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorWithDetailsResponse | Session]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequestBody,
) -> Response[Any | ErrorWithDetailsResponse | Session]:
    """Update a session

     Update a session's `tags` or `metadata`. Pass `metadata: null` to clear it.

    Requires a secret key — a session public token cannot update a session. `externalId` is read-only
    after create: it cannot be changed or cleared. Sending a value different from the current one
    (including `null` when one is set) returns `422`; sending the same value is accepted as a no-op.

    Args:
        session (str):
        body (UpdateSessionRequestBody): Body for `PATCH /api/v1/sessions/{session}`. The whole
            body must be 32KB or smaller. Every field is optional; omitted fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | Session]
    """

    kwargs = _get_kwargs(
        session=session,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequestBody,
) -> Any | ErrorWithDetailsResponse | Session | None:
    """Update a session

     Update a session's `tags` or `metadata`. Pass `metadata: null` to clear it.

    Requires a secret key — a session public token cannot update a session. `externalId` is read-only
    after create: it cannot be changed or cleared. Sending a value different from the current one
    (including `null` when one is set) returns `422`; sending the same value is accepted as a no-op.

    Args:
        session (str):
        body (UpdateSessionRequestBody): Body for `PATCH /api/v1/sessions/{session}`. The whole
            body must be 32KB or smaller. Every field is optional; omitted fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | Session
    """

    return sync_detailed(
        session=session,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequestBody,
) -> Response[Any | ErrorWithDetailsResponse | Session]:
    """Update a session

     Update a session's `tags` or `metadata`. Pass `metadata: null` to clear it.

    Requires a secret key — a session public token cannot update a session. `externalId` is read-only
    after create: it cannot be changed or cleared. Sending a value different from the current one
    (including `null` when one is set) returns `422`; sending the same value is accepted as a no-op.

    Args:
        session (str):
        body (UpdateSessionRequestBody): Body for `PATCH /api/v1/sessions/{session}`. The whole
            body must be 32KB or smaller. Every field is optional; omitted fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | Session]
    """

    kwargs = _get_kwargs(
        session=session,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequestBody,
) -> Any | ErrorWithDetailsResponse | Session | None:
    """Update a session

     Update a session's `tags` or `metadata`. Pass `metadata: null` to clear it.

    Requires a secret key — a session public token cannot update a session. `externalId` is read-only
    after create: it cannot be changed or cleared. Sending a value different from the current one
    (including `null` when one is set) returns `422`; sending the same value is accepted as a no-op.

    Args:
        session (str):
        body (UpdateSessionRequestBody): Body for `PATCH /api/v1/sessions/{session}`. The whole
            body must be 32KB or smaller. Every field is optional; omitted fields are left unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | Session
    """

    return (
        await asyncio_detailed(
            session=session,
            client=client,
            body=body,
        )
    ).parsed


def build(
    session: str,
    *,
    body: UpdateSessionRequestBody,
) -> ApiRequest[Session]:
    """The request of `PATCH /api/v1/sessions/{session}` (Update a session), with its success parser.

    Example::

        request = update_session_v1.build(...)
    """
    return ApiRequest(
        "update_session_v1",
        lambda: _get_kwargs(
            session=session,
            body=body,
        ),
        _parse_success,
        "/api/v1/sessions/{session}",
    )


def _parse_success(response: httpx.Response) -> Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of update_session_v1")
