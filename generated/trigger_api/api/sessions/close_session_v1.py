from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_session_request_body import CloseSessionRequestBody
from ...models.session_object import Session
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    session: str,
    *,
    body: CloseSessionRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions/{session}/close".format(
            session=errors.path_segment(session, "session"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    # trigger-client: an optional body left out is no body at all, so no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Session | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Session]:
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
    body: CloseSessionRequestBody | Unset = UNSET,
) -> Response[Any | Session]:
    """Close a session

     Close a session. Closing is terminal and idempotent — closing an already-closed session returns the
    existing row unchanged. A closed session cannot be reopened, and reusing its `externalId` on create
    returns `409`.

    Requires a secret key — a session public token cannot close a session.

    Args:
        session (str):
        body (CloseSessionRequestBody | Unset): Body for `POST /api/v1/sessions/{session}/close`.
            Up to 1KB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session]
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
    body: CloseSessionRequestBody | Unset = UNSET,
) -> Any | Session | None:
    """Close a session

     Close a session. Closing is terminal and idempotent — closing an already-closed session returns the
    existing row unchanged. A closed session cannot be reopened, and reusing its `externalId` on create
    returns `409`.

    Requires a secret key — a session public token cannot close a session.

    Args:
        session (str):
        body (CloseSessionRequestBody | Unset): Body for `POST /api/v1/sessions/{session}/close`.
            Up to 1KB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Session
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
    body: CloseSessionRequestBody | Unset = UNSET,
) -> Response[Any | Session]:
    """Close a session

     Close a session. Closing is terminal and idempotent — closing an already-closed session returns the
    existing row unchanged. A closed session cannot be reopened, and reusing its `externalId` on create
    returns `409`.

    Requires a secret key — a session public token cannot close a session.

    Args:
        session (str):
        body (CloseSessionRequestBody | Unset): Body for `POST /api/v1/sessions/{session}/close`.
            Up to 1KB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session]
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
    body: CloseSessionRequestBody | Unset = UNSET,
) -> Any | Session | None:
    """Close a session

     Close a session. Closing is terminal and idempotent — closing an already-closed session returns the
    existing row unchanged. A closed session cannot be reopened, and reusing its `externalId` on create
    returns `409`.

    Requires a secret key — a session public token cannot close a session.

    Args:
        session (str):
        body (CloseSessionRequestBody | Unset): Body for `POST /api/v1/sessions/{session}/close`.
            Up to 1KB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Session
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
    body: CloseSessionRequestBody | None = None,
) -> ApiRequest[Session]:
    """The request of `POST /api/v1/sessions/{session}/close` (Close a session), with its success parser.

    Example::

        request = close_session_v1.build(...)
    """
    return ApiRequest(
        "close_session_v1",
        lambda: _get_kwargs(
            session=session,
            body=body,
        ),
        _parse_success,
        "/api/v1/sessions/{session}/close",
    )


def _parse_success(response: httpx.Response) -> Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of close_session_v1")
