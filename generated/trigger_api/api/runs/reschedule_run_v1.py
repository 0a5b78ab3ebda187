from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reschedule_run_request_body import RescheduleRunRequestBody
from ...models.reschedule_run_v1_response_400 import RescheduleRunV1Response400
from ...models.reschedule_run_v1_response_401 import RescheduleRunV1Response401
from ...models.reschedule_run_v1_response_404 import RescheduleRunV1Response404
from ...models.run import Run
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
    *,
    body: RescheduleRunRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/runs/{run_id}/reschedule".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = RescheduleRunV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = RescheduleRunV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = RescheduleRunV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run]:
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
    body: RescheduleRunRequestBody,
) -> Response[RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run]:
    """Rescheduled a delayed run

     Updates a delayed run with a new delay. Only valid when the run is in the DELAYED state.

    Args:
        run_id (str):
        body (RescheduleRunRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run]
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
    body: RescheduleRunRequestBody,
) -> RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run | None:
    """Rescheduled a delayed run

     Updates a delayed run with a new delay. Only valid when the run is in the DELAYED state.

    Args:
        run_id (str):
        body (RescheduleRunRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run
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
    body: RescheduleRunRequestBody,
) -> Response[RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run]:
    """Rescheduled a delayed run

     Updates a delayed run with a new delay. Only valid when the run is in the DELAYED state.

    Args:
        run_id (str):
        body (RescheduleRunRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run]
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
    body: RescheduleRunRequestBody,
) -> RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run | None:
    """Rescheduled a delayed run

     Updates a delayed run with a new delay. Only valid when the run is in the DELAYED state.

    Args:
        run_id (str):
        body (RescheduleRunRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RescheduleRunV1Response400 | RescheduleRunV1Response401 | RescheduleRunV1Response404 | Run
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
    body: RescheduleRunRequestBody,
) -> ApiRequest[Run]:
    """The request of `POST /api/v1/runs/{run_id}/reschedule` (Rescheduled a delayed run), with its success parser.

    Example::

        request = reschedule_run_v1.build(...)
    """
    return ApiRequest(
        "reschedule_run_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/reschedule",
    )


def _parse_success(response: httpx.Response) -> Run:
    if response.status_code == 200:
        response_200 = Run.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of reschedule_run_v1")
