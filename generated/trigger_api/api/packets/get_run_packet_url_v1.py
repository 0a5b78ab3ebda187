from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_run_packet_url_v1_field import GetRunPacketUrlV1Field
from ...models.packet_url import PacketUrl
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
    field: GetRunPacketUrlV1Field,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{run_id}/packets/{field}".format(
            run_id=errors.path_segment(run_id, "run_id"),
            field=errors.path_segment(field, "field"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PacketUrl | None:
    if response.status_code == 200:
        response_200 = PacketUrl.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PacketUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    field: GetRunPacketUrlV1Field,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PacketUrl]:
    """Presign the download of a run's stored payload or output

    Args:
        run_id (str):
        field (GetRunPacketUrlV1Field):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PacketUrl]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        field=field,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    field: GetRunPacketUrlV1Field,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PacketUrl | None:
    """Presign the download of a run's stored payload or output

    Args:
        run_id (str):
        field (GetRunPacketUrlV1Field):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PacketUrl
    """

    return sync_detailed(
        run_id=run_id,
        field=field,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    field: GetRunPacketUrlV1Field,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PacketUrl]:
    """Presign the download of a run's stored payload or output

    Args:
        run_id (str):
        field (GetRunPacketUrlV1Field):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PacketUrl]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        field=field,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    field: GetRunPacketUrlV1Field,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PacketUrl | None:
    """Presign the download of a run's stored payload or output

    Args:
        run_id (str):
        field (GetRunPacketUrlV1Field):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PacketUrl
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            field=field,
            client=client,
        )
    ).parsed


def build(
    run_id: str,
    field: GetRunPacketUrlV1Field,
) -> ApiRequest[PacketUrl]:
    """The request of `GET /api/v1/runs/{run_id}/packets/{field}` (Presign the download of a run's stored payload or output), with its success parser.

    Example::

        request = get_run_packet_url_v1.build(...)
    """
    return ApiRequest(
        "get_run_packet_url_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            field=field,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/packets/{field}",
    )


def _parse_success(response: httpx.Response) -> PacketUrl:
    if response.status_code == 200:
        response_200 = PacketUrl.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_run_packet_url_v1")
