from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_transcript import SessionTranscript
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    session: str,
    *,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions/{session}/transcript".format(
            session=errors.path_segment(session, "session"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionTranscript | None:
    if response.status_code == 200:
        response_200 = SessionTranscript.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionTranscript]:
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
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionTranscript]:
    """Read a page of a session's persisted transcript

    Args:
        session (str):
        limit (int | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionTranscript]
    """

    kwargs = _get_kwargs(
        session=session,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | SessionTranscript | None:
    """Read a page of a session's persisted transcript

    Args:
        session (str):
        limit (int | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionTranscript
    """

    return sync_detailed(
        session=session,
        client=client,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    session: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionTranscript]:
    """Read a page of a session's persisted transcript

    Args:
        session (str):
        limit (int | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionTranscript]
    """

    kwargs = _get_kwargs(
        session=session,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | SessionTranscript | None:
    """Read a page of a session's persisted transcript

    Args:
        session (str):
        limit (int | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionTranscript
    """

    return (
        await asyncio_detailed(
            session=session,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed


def build(
    session: str,
    *,
    limit: int | None = None,
    before: str | None = None,
) -> ApiRequest[SessionTranscript]:
    """The request of `GET /api/v1/sessions/{session}/transcript` (Read a page of a session's persisted transcript), with its success parser.

    Example::

        request = get_session_transcript_v1.build(...)
    """
    return ApiRequest(
        "get_session_transcript_v1",
        lambda: _get_kwargs(
            session=session,
            limit=limit,
            before=before,
        ),
        _parse_success,
        "/api/v1/sessions/{session}/transcript",
    )


def _parse_success(response: httpx.Response) -> SessionTranscript:
    if response.status_code == 200:
        response_200 = SessionTranscript.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_session_transcript_v1")
