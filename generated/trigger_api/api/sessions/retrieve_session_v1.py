from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_object import Session
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    session: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions/{session}".format(
            session=errors.path_segment(session, "session"),
        ),
    }

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
) -> Response[Any | Session]:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session]
    """

    kwargs = _get_kwargs(
        session=session,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session: str,
    *,
    client: AuthenticatedClient,
) -> Any | Session | None:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Session
    """

    return sync_detailed(
        session=session,
        client=client,
    ).parsed


async def asyncio_detailed(
    session: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Session]:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Session]
    """

    kwargs = _get_kwargs(
        session=session,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session: str,
    *,
    client: AuthenticatedClient,
) -> Any | Session | None:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

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
        )
    ).parsed


def build(
    session: str,
) -> ApiRequest[Session]:
    """The request of `GET /api/v1/sessions/{session}` (Retrieve a session), with its success parser.

    Example::

        request = retrieve_session_v1.build(...)
    """
    return ApiRequest(
        "retrieve_session_v1",
        lambda: _get_kwargs(
            session=session,
        ),
        _parse_success,
        "/api/v1/sessions/{session}",
    )


def _parse_success(response: httpx.Response) -> Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_session_v1")
