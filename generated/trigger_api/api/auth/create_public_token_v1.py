from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_public_token_v1_body import CreatePublicTokenV1Body
from ...models.create_public_token_v1_response_200 import CreatePublicTokenV1Response200
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: CreatePublicTokenV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/public-tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePublicTokenV1Response200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreatePublicTokenV1Response200.from_dict(loads_json(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePublicTokenV1Response200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePublicTokenV1Body,
) -> Response[CreatePublicTokenV1Response200 | ErrorResponse]:
    """Mint a public access token on the server

    Args:
        body (CreatePublicTokenV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePublicTokenV1Response200 | ErrorResponse]
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
    body: CreatePublicTokenV1Body,
) -> CreatePublicTokenV1Response200 | ErrorResponse | None:
    """Mint a public access token on the server

    Args:
        body (CreatePublicTokenV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePublicTokenV1Response200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePublicTokenV1Body,
) -> Response[CreatePublicTokenV1Response200 | ErrorResponse]:
    """Mint a public access token on the server

    Args:
        body (CreatePublicTokenV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePublicTokenV1Response200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePublicTokenV1Body,
) -> CreatePublicTokenV1Response200 | ErrorResponse | None:
    """Mint a public access token on the server

    Args:
        body (CreatePublicTokenV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePublicTokenV1Response200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CreatePublicTokenV1Body,
) -> ApiRequest[CreatePublicTokenV1Response200]:
    """The request of `POST /api/v1/auth/public-tokens` (Mint a public access token on the server), with its success parser.

    Example::

        request = create_public_token_v1.build(...)
    """
    return ApiRequest(
        "create_public_token_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/auth/public-tokens",
    )


def _parse_success(response: httpx.Response) -> CreatePublicTokenV1Response200:
    if response.status_code == 200:
        response_200 = CreatePublicTokenV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_public_token_v1")
