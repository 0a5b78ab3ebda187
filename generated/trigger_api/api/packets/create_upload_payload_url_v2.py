from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_upload_payload_url_v2_response_200 import (
    CreateUploadPayloadUrlV2Response200,
)
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/packets/{filename}".format(
            filename=errors.path_segment(filename, "filename"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUploadPayloadUrlV2Response200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateUploadPayloadUrlV2Response200.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUploadPayloadUrlV2Response200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateUploadPayloadUrlV2Response200 | ErrorResponse]:
    """Presign the upload of a large payload

     Answers a URL to PUT the payload to and the `storagePath` to trigger with (`payloadType:
    application/store`).

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadPayloadUrlV2Response200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> CreateUploadPayloadUrlV2Response200 | ErrorResponse | None:
    """Presign the upload of a large payload

     Answers a URL to PUT the payload to and the `storagePath` to trigger with (`payloadType:
    application/store`).

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadPayloadUrlV2Response200 | ErrorResponse
    """

    return sync_detailed(
        filename=filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateUploadPayloadUrlV2Response200 | ErrorResponse]:
    """Presign the upload of a large payload

     Answers a URL to PUT the payload to and the `storagePath` to trigger with (`payloadType:
    application/store`).

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadPayloadUrlV2Response200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filename: str,
    *,
    client: AuthenticatedClient,
) -> CreateUploadPayloadUrlV2Response200 | ErrorResponse | None:
    """Presign the upload of a large payload

     Answers a URL to PUT the payload to and the `storagePath` to trigger with (`payloadType:
    application/store`).

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadPayloadUrlV2Response200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            filename=filename,
            client=client,
        )
    ).parsed


def build(
    filename: str,
) -> ApiRequest[CreateUploadPayloadUrlV2Response200]:
    """The request of `PUT /api/v2/packets/{filename}` (Presign the upload of a large payload), with its success parser.

    Example::

        request = create_upload_payload_url_v2.build(...)
    """
    return ApiRequest(
        "create_upload_payload_url_v2",
        lambda: _get_kwargs(
            filename=filename,
        ),
        _parse_success,
        "/api/v2/packets/{filename}",
    )


def _parse_success(response: httpx.Response) -> CreateUploadPayloadUrlV2Response200:
    if response.status_code == 200:
        response_200 = CreateUploadPayloadUrlV2Response200.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_upload_payload_url_v2")
