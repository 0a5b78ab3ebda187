from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_session_request_body import CreateSessionRequestBody
from ...models.created_session import CreatedSession
from ...models.error_response import ErrorResponse
from ...models.error_with_details_response import ErrorWithDetailsResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: CreateSessionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse | None:
    if response.status_code == 200:
        response_200 = CreatedSession.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CreatedSession.from_dict(loads_json(response.content))

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = ErrorWithDetailsResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequestBody,
) -> Response[Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse]:
    """Create a session

     Create a Session and trigger its first run in one atomic call. A Session is the durable identity for
    a bi-directional stream of records (the `.in` and `.out` channels) that survives across the runs
    processing it.

    Idempotent on `externalId` within an environment. Calling create again with an `externalId` that
    already maps to an open session returns the existing session with `isCached: true` and `201` becomes
    `200`. Reusing an `externalId` whose session is already closed or expired returns `409`.

    Authorize with a secret key, or a public token carrying `write:sessions` for the session you are
    creating.

    Args:
        body (CreateSessionRequestBody): Body for `POST /api/v1/sessions`. The whole body must be
            32KB or smaller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequestBody,
) -> Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse | None:
    """Create a session

     Create a Session and trigger its first run in one atomic call. A Session is the durable identity for
    a bi-directional stream of records (the `.in` and `.out` channels) that survives across the runs
    processing it.

    Idempotent on `externalId` within an environment. Calling create again with an `externalId` that
    already maps to an open session returns the existing session with `isCached: true` and `201` becomes
    `200`. Reusing an `externalId` whose session is already closed or expired returns `409`.

    Authorize with a secret key, or a public token carrying `write:sessions` for the session you are
    creating.

    Args:
        body (CreateSessionRequestBody): Body for `POST /api/v1/sessions`. The whole body must be
            32KB or smaller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequestBody,
) -> Response[Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse]:
    """Create a session

     Create a Session and trigger its first run in one atomic call. A Session is the durable identity for
    a bi-directional stream of records (the `.in` and `.out` channels) that survives across the runs
    processing it.

    Idempotent on `externalId` within an environment. Calling create again with an `externalId` that
    already maps to an open session returns the existing session with `isCached: true` and `201` becomes
    `200`. Reusing an `externalId` whose session is already closed or expired returns `409`.

    Authorize with a secret key, or a public token carrying `write:sessions` for the session you are
    creating.

    Args:
        body (CreateSessionRequestBody): Body for `POST /api/v1/sessions`. The whole body must be
            32KB or smaller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSessionRequestBody,
) -> Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse | None:
    """Create a session

     Create a Session and trigger its first run in one atomic call. A Session is the durable identity for
    a bi-directional stream of records (the `.in` and `.out` channels) that survives across the runs
    processing it.

    Idempotent on `externalId` within an environment. Calling create again with an `externalId` that
    already maps to an open session returns the existing session with `isCached: true` and `201` becomes
    `200`. Reusing an `externalId` whose session is already closed or expired returns `409`.

    Authorize with a secret key, or a public token carrying `write:sessions` for the session you are
    creating.

    Args:
        body (CreateSessionRequestBody): Body for `POST /api/v1/sessions`. The whole body must be
            32KB or smaller.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedSession | ErrorResponse | ErrorWithDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CreateSessionRequestBody,
) -> ApiRequest[CreatedSession]:
    """The request of `POST /api/v1/sessions` (Create a session), with its success parser.

    Example::

        request = create_session_v1.build(...)
    """
    return ApiRequest(
        "create_session_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/sessions",
    )


def _parse_success(response: httpx.Response) -> CreatedSession:
    if response.status_code == 200:
        response_200 = CreatedSession.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CreatedSession.from_dict(loads_json(response.content))

        return response_201

    raise ValueError(f"status {response.status_code} is not a documented success of create_session_v1")
