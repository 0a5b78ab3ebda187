from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_object import SessionObject
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SessionObject | None:
    if response.status_code == 200:
        response_200 = SessionObject.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SessionObject]:
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
) -> Response[Any | SessionObject]:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionObject]
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
) -> Any | SessionObject | None:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionObject
    """

    return sync_detailed(
        session=session,
        client=client,
    ).parsed


async def asyncio_detailed(
    session: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SessionObject]:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionObject]
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
) -> Any | SessionObject | None:
    """Retrieve a session

     Retrieve a single session by its friendly id (`session_…`) or your `externalId`. The response
    includes `triggerConfig` and the friendly `currentRunId` of the live run, if any.

    Args:
        session (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionObject
    """

    return (
        await asyncio_detailed(
            session=session,
            client=client,
        )
    ).parsed
