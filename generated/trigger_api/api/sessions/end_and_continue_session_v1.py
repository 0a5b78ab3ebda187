from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.end_and_continue_session_request_body import (
    EndAndContinueSessionRequestBody,
)
from ...models.error_response import ErrorResponse
from ...models.session_handoff import SessionHandoff
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    session: str,
    *,
    body: EndAndContinueSessionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions/{session}/end-and-continue".format(
            session=errors.path_segment(session, "session"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionHandoff | None:
    if response.status_code == 200:
        response_200 = SessionHandoff.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

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
) -> Response[ErrorResponse | SessionHandoff]:
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
    body: EndAndContinueSessionRequestBody,
) -> Response[ErrorResponse | SessionHandoff]:
    """Hand a session over to a fresh run

    Args:
        session (str):
        body (EndAndContinueSessionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionHandoff]
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
    body: EndAndContinueSessionRequestBody,
) -> ErrorResponse | SessionHandoff | None:
    """Hand a session over to a fresh run

    Args:
        session (str):
        body (EndAndContinueSessionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionHandoff
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
    body: EndAndContinueSessionRequestBody,
) -> Response[ErrorResponse | SessionHandoff]:
    """Hand a session over to a fresh run

    Args:
        session (str):
        body (EndAndContinueSessionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionHandoff]
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
    body: EndAndContinueSessionRequestBody,
) -> ErrorResponse | SessionHandoff | None:
    """Hand a session over to a fresh run

    Args:
        session (str):
        body (EndAndContinueSessionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionHandoff
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
    body: EndAndContinueSessionRequestBody,
) -> ApiRequest[SessionHandoff]:
    """The request of `POST /api/v1/sessions/{session}/end-and-continue` (Hand a session over to a fresh run), with its success parser.

    Example::

        request = end_and_continue_session_v1.build(...)
    """
    return ApiRequest(
        "end_and_continue_session_v1",
        lambda: _get_kwargs(
            session=session,
            body=body,
        ),
        _parse_success,
        "/api/v1/sessions/{session}/end-and-continue",
    )


def _parse_success(response: httpx.Response) -> SessionHandoff:
    if response.status_code == 200:
        response_200 = SessionHandoff.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of end_and_continue_session_v1")
