from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execute_query_csv_response import ExecuteQueryCsvResponse
from ...models.execute_query_json_response import ExecuteQueryJsonResponse
from ...models.execute_query_request_body import ExecuteQueryRequestBody
from ...models.execute_query_v1_response_400 import ExecuteQueryV1Response400
from ...models.execute_query_v1_response_429 import ExecuteQueryV1Response429
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: ExecuteQueryRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ExecuteQueryCsvResponse
    | ExecuteQueryJsonResponse
    | ExecuteQueryV1Response400
    | ExecuteQueryV1Response429
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ExecuteQueryCsvResponse | ExecuteQueryJsonResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_execute_query_response_type_0 = ExecuteQueryJsonResponse.from_dict(data)

                return componentsschemas_execute_query_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_execute_query_response_type_1 = ExecuteQueryCsvResponse.from_dict(data)

            return componentsschemas_execute_query_response_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ExecuteQueryV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 429:
        response_429 = ExecuteQueryV1Response429.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExecuteQueryRequestBody,
) -> Response[
    Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429
]:
    """Execute a TRQL query

     Execute a TRQL (Trigger.dev Query Language) query against your run data. TRQL is a SQL-style query
    language that allows you to analyze runs, calculate metrics, and export data.

    Args:
        body (ExecuteQueryRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429]
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
    body: ExecuteQueryRequestBody,
) -> (
    Any
    | ExecuteQueryCsvResponse
    | ExecuteQueryJsonResponse
    | ExecuteQueryV1Response400
    | ExecuteQueryV1Response429
    | None
):
    """Execute a TRQL query

     Execute a TRQL (Trigger.dev Query Language) query against your run data. TRQL is a SQL-style query
    language that allows you to analyze runs, calculate metrics, and export data.

    Args:
        body (ExecuteQueryRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExecuteQueryRequestBody,
) -> Response[
    Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429
]:
    """Execute a TRQL query

     Execute a TRQL (Trigger.dev Query Language) query against your run data. TRQL is a SQL-style query
    language that allows you to analyze runs, calculate metrics, and export data.

    Args:
        body (ExecuteQueryRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExecuteQueryRequestBody,
) -> (
    Any
    | ExecuteQueryCsvResponse
    | ExecuteQueryJsonResponse
    | ExecuteQueryV1Response400
    | ExecuteQueryV1Response429
    | None
):
    """Execute a TRQL query

     Execute a TRQL (Trigger.dev Query Language) query against your run data. TRQL is a SQL-style query
    language that allows you to analyze runs, calculate metrics, and export data.

    Args:
        body (ExecuteQueryRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecuteQueryCsvResponse | ExecuteQueryJsonResponse | ExecuteQueryV1Response400 | ExecuteQueryV1Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: ExecuteQueryRequestBody,
) -> ApiRequest[ExecuteQueryCsvResponse | ExecuteQueryJsonResponse]:
    """The request of `POST /api/v1/query` (Execute a TRQL query), with its success parser.

    Example::

        request = execute_query_v1.build(...)
    """
    return ApiRequest(
        "execute_query_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/query",
    )


def _parse_success(response: httpx.Response) -> ExecuteQueryCsvResponse | ExecuteQueryJsonResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ExecuteQueryCsvResponse | ExecuteQueryJsonResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_execute_query_response_type_0 = ExecuteQueryJsonResponse.from_dict(data)

                return componentsschemas_execute_query_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_execute_query_response_type_1 = ExecuteQueryCsvResponse.from_dict(data)

            return componentsschemas_execute_query_response_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of execute_query_v1")
