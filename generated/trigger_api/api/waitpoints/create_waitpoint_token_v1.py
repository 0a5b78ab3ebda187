from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_waitpoint_token_request import CreateWaitpointTokenRequest
from ...models.created_waitpoint_token import CreatedWaitpointToken
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    body: CreateWaitpointTokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/waitpoints/tokens",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    # trigger-client: an optional body left out is no body at all, so no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedWaitpointToken | None:
    if response.status_code == 200:
        response_200 = CreatedWaitpointToken.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreatedWaitpointToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWaitpointTokenRequest | Unset = UNSET,
) -> Response[Any | CreatedWaitpointToken]:
    """Create a waitpoint token

     Creates a new waitpoint token that can be used to pause a run until an external event completes it.
    The token includes a `url` which can be called via HTTP POST to complete the waitpoint. Use the
    token ID with `wait.forToken()` inside a task to pause execution until the token is completed.

    Args:
        body (CreateWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedWaitpointToken]
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
    body: CreateWaitpointTokenRequest | Unset = UNSET,
) -> Any | CreatedWaitpointToken | None:
    """Create a waitpoint token

     Creates a new waitpoint token that can be used to pause a run until an external event completes it.
    The token includes a `url` which can be called via HTTP POST to complete the waitpoint. Use the
    token ID with `wait.forToken()` inside a task to pause execution until the token is completed.

    Args:
        body (CreateWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedWaitpointToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWaitpointTokenRequest | Unset = UNSET,
) -> Response[Any | CreatedWaitpointToken]:
    """Create a waitpoint token

     Creates a new waitpoint token that can be used to pause a run until an external event completes it.
    The token includes a `url` which can be called via HTTP POST to complete the waitpoint. Use the
    token ID with `wait.forToken()` inside a task to pause execution until the token is completed.

    Args:
        body (CreateWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedWaitpointToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWaitpointTokenRequest | Unset = UNSET,
) -> Any | CreatedWaitpointToken | None:
    """Create a waitpoint token

     Creates a new waitpoint token that can be used to pause a run until an external event completes it.
    The token includes a `url` which can be called via HTTP POST to complete the waitpoint. Use the
    token ID with `wait.forToken()` inside a task to pause execution until the token is completed.

    Args:
        body (CreateWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedWaitpointToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CreateWaitpointTokenRequest | None = None,
) -> ApiRequest[CreatedWaitpointToken]:
    """The request of `POST /api/v1/waitpoints/tokens` (Create a waitpoint token), with its success parser.

    Example::

        request = create_waitpoint_token_v1.build(...)
    """
    return ApiRequest(
        "create_waitpoint_token_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/waitpoints/tokens",
    )


def _parse_success(response: httpx.Response) -> CreatedWaitpointToken:
    if response.status_code == 200:
        response_200 = CreatedWaitpointToken.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_waitpoint_token_v1")
