from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_channel_appended import SessionChannelAppended
from ...models.session_channel_io import SessionChannelIo
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    session: str,
    io: SessionChannelIo,
    *,
    body: Any,
    x_part_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_part_id, Unset):
        headers["X-Part-Id"] = x_part_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/v1/sessions/{session}/{io}/append".format(
            session=errors.path_segment(session, "session"),
            io=errors.path_segment(io, "io"),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionChannelAppended | None:
    if response.status_code == 200:
        response_200 = SessionChannelAppended.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(loads_json(response.content))

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionChannelAppended]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session: str,
    io: SessionChannelIo,
    *,
    client: AuthenticatedClient,
    body: Any,
    x_part_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionChannelAppended]:
    """Append a record to a session's channel

    Args:
        session (str):
        io (SessionChannelIo): `in` (to the agent) or `out` (from the agent; secret key only)
        x_part_id (str | Unset):
        body (Any): The record: any JSON value (1 MiB)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionChannelAppended]
    """

    kwargs = _get_kwargs(
        session=session,
        io=io,
        body=body,
        x_part_id=x_part_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session: str,
    io: SessionChannelIo,
    *,
    client: AuthenticatedClient,
    body: Any,
    x_part_id: str | Unset = UNSET,
) -> ErrorResponse | SessionChannelAppended | None:
    """Append a record to a session's channel

    Args:
        session (str):
        io (SessionChannelIo): `in` (to the agent) or `out` (from the agent; secret key only)
        x_part_id (str | Unset):
        body (Any): The record: any JSON value (1 MiB)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionChannelAppended
    """

    return sync_detailed(
        session=session,
        io=io,
        client=client,
        body=body,
        x_part_id=x_part_id,
    ).parsed


async def asyncio_detailed(
    session: str,
    io: SessionChannelIo,
    *,
    client: AuthenticatedClient,
    body: Any,
    x_part_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionChannelAppended]:
    """Append a record to a session's channel

    Args:
        session (str):
        io (SessionChannelIo): `in` (to the agent) or `out` (from the agent; secret key only)
        x_part_id (str | Unset):
        body (Any): The record: any JSON value (1 MiB)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionChannelAppended]
    """

    kwargs = _get_kwargs(
        session=session,
        io=io,
        body=body,
        x_part_id=x_part_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session: str,
    io: SessionChannelIo,
    *,
    client: AuthenticatedClient,
    body: Any,
    x_part_id: str | Unset = UNSET,
) -> ErrorResponse | SessionChannelAppended | None:
    """Append a record to a session's channel

    Args:
        session (str):
        io (SessionChannelIo): `in` (to the agent) or `out` (from the agent; secret key only)
        x_part_id (str | Unset):
        body (Any): The record: any JSON value (1 MiB)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionChannelAppended
    """

    return (
        await asyncio_detailed(
            session=session,
            io=io,
            client=client,
            body=body,
            x_part_id=x_part_id,
        )
    ).parsed


def build(
    session: str,
    io: SessionChannelIo,
    *,
    body: Any,
    x_part_id: str | None = None,
) -> ApiRequest[SessionChannelAppended]:
    """The request of `POST /realtime/v1/sessions/{session}/{io}/append` (Append a record to a session's channel), with its success parser.

    Example::

        request = append_session_stream_v1.build(...)
    """
    return ApiRequest(
        "append_session_stream_v1",
        lambda: _get_kwargs(
            session=session,
            io=io,
            body=body,
            x_part_id=x_part_id,
        ),
        _parse_success,
        "/realtime/v1/sessions/{session}/{io}/append",
    )


def _parse_success(response: httpx.Response) -> SessionChannelAppended:
    if response.status_code == 200:
        response_200 = SessionChannelAppended.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of append_session_stream_v1")
