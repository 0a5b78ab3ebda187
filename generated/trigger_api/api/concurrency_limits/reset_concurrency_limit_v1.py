from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concurrency_limit import ConcurrencyLimit
from ...models.concurrency_limit_key import ConcurrencyLimitKey
from ...models.error_response import ErrorResponse
from ...models.reset_concurrency_limit_v1_body import ResetConcurrencyLimitV1Body
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    name: str,
    *,
    body: ResetConcurrencyLimitV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/concurrency-limits/{name}/reset".format(
            name=errors.path_segment(name, "name"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ConcurrencyLimit | ConcurrencyLimitKey:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ConcurrencyLimit.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ConcurrencyLimitKey.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(loads_json(response.content))

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
) -> Response[ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ResetConcurrencyLimitV1Body,
) -> Response[ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse]:
    """Reset a concurrency limit

     Back to the declared bounds; with `concurrencyKey`, clears only that key's override.

    Args:
        name (str):
        body (ResetConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ResetConcurrencyLimitV1Body,
) -> ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse | None:
    """Reset a concurrency limit

     Back to the declared bounds; with `concurrencyKey`, clears only that key's override.

    Args:
        name (str):
        body (ResetConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ResetConcurrencyLimitV1Body,
) -> Response[ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse]:
    """Reset a concurrency limit

     Back to the declared bounds; with `concurrencyKey`, clears only that key's override.

    Args:
        name (str):
        body (ResetConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ResetConcurrencyLimitV1Body,
) -> ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse | None:
    """Reset a concurrency limit

     Back to the declared bounds; with `concurrencyKey`, clears only that key's override.

    Args:
        name (str):
        body (ResetConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimit | ConcurrencyLimitKey | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed


def build(
    name: str,
    *,
    body: ResetConcurrencyLimitV1Body,
) -> ApiRequest[ConcurrencyLimit | ConcurrencyLimitKey]:
    """The request of `POST /api/v1/concurrency-limits/{name}/reset` (Reset a concurrency limit), with its success parser.

    Example::

        request = reset_concurrency_limit_v1.build(...)
    """
    return ApiRequest(
        "reset_concurrency_limit_v1",
        lambda: _get_kwargs(
            name=name,
            body=body,
        ),
        _parse_success,
        "/api/v1/concurrency-limits/{name}/reset",
    )


def _parse_success(response: httpx.Response) -> ConcurrencyLimit | ConcurrencyLimitKey:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ConcurrencyLimit | ConcurrencyLimitKey:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ConcurrencyLimit.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ConcurrencyLimitKey.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of reset_concurrency_limit_v1")
