from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_jwt_claims_v1_response_200 import CreateJwtClaimsV1Response200
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/jwt/claims",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateJwtClaimsV1Response200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateJwtClaimsV1Response200.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateJwtClaimsV1Response200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateJwtClaimsV1Response200 | ErrorResponse]:
    """Claims for a public access token

     The claims (`sub` = environment id, `pub` = true) a locally signed public JWT carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateJwtClaimsV1Response200 | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreateJwtClaimsV1Response200 | ErrorResponse | None:
    """Claims for a public access token

     The claims (`sub` = environment id, `pub` = true) a locally signed public JWT carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateJwtClaimsV1Response200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateJwtClaimsV1Response200 | ErrorResponse]:
    """Claims for a public access token

     The claims (`sub` = environment id, `pub` = true) a locally signed public JWT carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateJwtClaimsV1Response200 | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CreateJwtClaimsV1Response200 | ErrorResponse | None:
    """Claims for a public access token

     The claims (`sub` = environment id, `pub` = true) a locally signed public JWT carries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateJwtClaimsV1Response200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def build() -> ApiRequest[CreateJwtClaimsV1Response200]:
    """The request of `POST /api/v1/auth/jwt/claims` (Claims for a public access token), with its success parser.

    Example::

        request = create_jwt_claims_v1.build(...)
    """
    return ApiRequest(
        "create_jwt_claims_v1",
        lambda: _get_kwargs(),
        _parse_success,
        "/api/v1/auth/jwt/claims",
    )


def _parse_success(response: httpx.Response) -> CreateJwtClaimsV1Response200:
    if response.status_code == 200:
        response_200 = CreateJwtClaimsV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_jwt_claims_v1")
