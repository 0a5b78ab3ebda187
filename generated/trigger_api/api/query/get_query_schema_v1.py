from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_schema import QuerySchema
from ...types import ApiRequest, Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/query/schema",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | QuerySchema | None:
    if response.status_code == 200:
        response_200 = QuerySchema.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | QuerySchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | QuerySchema]:
    """Get query schema

     Get the schema for TRQL queries, including all available tables, their columns, data types,
    descriptions, and allowed values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QuerySchema]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | QuerySchema | None:
    """Get query schema

     Get the schema for TRQL queries, including all available tables, their columns, data types,
    descriptions, and allowed values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QuerySchema
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | QuerySchema]:
    """Get query schema

     Get the schema for TRQL queries, including all available tables, their columns, data types,
    descriptions, and allowed values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | QuerySchema]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | QuerySchema | None:
    """Get query schema

     Get the schema for TRQL queries, including all available tables, their columns, data types,
    descriptions, and allowed values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | QuerySchema
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def build() -> ApiRequest[QuerySchema]:
    """The request of `GET /api/v1/query/schema` (Get query schema), with its success parser.

    Example::

        request = get_query_schema_v1.build(...)
    """
    return ApiRequest(
        "get_query_schema_v1",
        lambda: _get_kwargs(),
        _parse_success,
        "/api/v1/query/schema",
    )


def _parse_success(response: httpx.Response) -> QuerySchema:
    if response.status_code == 200:
        response_200 = QuerySchema.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_query_schema_v1")
