from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.waitpoint_token import WaitpointToken
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    waitpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/waitpoints/tokens/{waitpoint_id}".format(
            waitpoint_id=errors.path_segment(waitpoint_id, "waitpoint_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | WaitpointToken | None:
    if response.status_code == 200:
        response_200 = WaitpointToken.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WaitpointToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | WaitpointToken]:
    """Retrieve a waitpoint token

     Retrieves a waitpoint token by its ID, including its current status and output if it has been
    completed.

    Args:
        waitpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | WaitpointToken | None:
    """Retrieve a waitpoint token

     Retrieves a waitpoint token by its ID, including its current status and output if it has been
    completed.

    Args:
        waitpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WaitpointToken
    """

    return sync_detailed(
        waitpoint_id=waitpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | WaitpointToken]:
    """Retrieve a waitpoint token

     Retrieves a waitpoint token by its ID, including its current status and output if it has been
    completed.

    Args:
        waitpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | WaitpointToken | None:
    """Retrieve a waitpoint token

     Retrieves a waitpoint token by its ID, including its current status and output if it has been
    completed.

    Args:
        waitpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WaitpointToken
    """

    return (
        await asyncio_detailed(
            waitpoint_id=waitpoint_id,
            client=client,
        )
    ).parsed


def build(
    waitpoint_id: str,
) -> ApiRequest[WaitpointToken]:
    """The request of `GET /api/v1/waitpoints/tokens/{waitpoint_id}` (Retrieve a waitpoint token), with its success parser.

    Example::

        request = retrieve_waitpoint_token_v1.build(...)
    """
    return ApiRequest(
        "retrieve_waitpoint_token_v1",
        lambda: _get_kwargs(
            waitpoint_id=waitpoint_id,
        ),
        _parse_success,
        "/api/v1/waitpoints/tokens/{waitpoint_id}",
    )


def _parse_success(response: httpx.Response) -> WaitpointToken:
    if response.status_code == 200:
        response_200 = WaitpointToken.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_waitpoint_token_v1")
