from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_metadata import RunMetadata
from ...models.update_run_metadata_v1_body import UpdateRunMetadataV1Body
from ...models.update_run_metadata_v1_response_400 import UpdateRunMetadataV1Response400
from ...models.update_run_metadata_v1_response_401 import UpdateRunMetadataV1Response401
from ...models.update_run_metadata_v1_response_404 import UpdateRunMetadataV1Response404
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
    *,
    body: UpdateRunMetadataV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/runs/{run_id}/metadata".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RunMetadata
    | UpdateRunMetadataV1Response400
    | UpdateRunMetadataV1Response401
    | UpdateRunMetadataV1Response404
    | None
):
    if response.status_code == 200:
        response_200 = RunMetadata.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = UpdateRunMetadataV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = UpdateRunMetadataV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = UpdateRunMetadataV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRunMetadataV1Body,
) -> Response[
    RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404
]:
    """Update run metadata

     Update the metadata of a run.

    Args:
        run_id (str):
        body (UpdateRunMetadataV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRunMetadataV1Body,
) -> (
    RunMetadata
    | UpdateRunMetadataV1Response400
    | UpdateRunMetadataV1Response401
    | UpdateRunMetadataV1Response404
    | None
):
    """Update run metadata

     Update the metadata of a run.

    Args:
        run_id (str):
        body (UpdateRunMetadataV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRunMetadataV1Body,
) -> Response[
    RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404
]:
    """Update run metadata

     Update the metadata of a run.

    Args:
        run_id (str):
        body (UpdateRunMetadataV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRunMetadataV1Body,
) -> (
    RunMetadata
    | UpdateRunMetadataV1Response400
    | UpdateRunMetadataV1Response401
    | UpdateRunMetadataV1Response404
    | None
):
    """Update run metadata

     Update the metadata of a run.

    Args:
        run_id (str):
        body (UpdateRunMetadataV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunMetadata | UpdateRunMetadataV1Response400 | UpdateRunMetadataV1Response401 | UpdateRunMetadataV1Response404
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    run_id: str,
    *,
    body: UpdateRunMetadataV1Body,
) -> ApiRequest[RunMetadata]:
    """The request of `PUT /api/v1/runs/{run_id}/metadata` (Update run metadata), with its success parser.

    Example::

        request = update_run_metadata_v1.build(...)
    """
    return ApiRequest(
        "update_run_metadata_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/metadata",
    )


def _parse_success(response: httpx.Response) -> RunMetadata:
    if response.status_code == 200:
        response_200 = RunMetadata.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of update_run_metadata_v1")
