from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_run_v1_response_400 import CancelRunV1Response400
from ...models.cancel_run_v1_response_401 import CancelRunV1Response401
from ...models.cancel_run_v1_response_404 import CancelRunV1Response404
from ...models.canceled_run import CanceledRun
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/runs/{run_id}/cancel".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun | None:
    if response.status_code == 200:
        response_200 = CanceledRun.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = CancelRunV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = CancelRunV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = CancelRunV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun]:
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
) -> Response[CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun]:
    """Cancel a run

     Cancels an in-progress run. If the run is already completed, this will have no effect.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun | None:
    """Cancel a run

     Cancels an in-progress run. If the run is already completed, this will have no effect.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun]:
    """Cancel a run

     Cancels an in-progress run. If the run is already completed, this will have no effect.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun | None:
    """Cancel a run

     Cancels an in-progress run. If the run is already completed, this will have no effect.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelRunV1Response400 | CancelRunV1Response401 | CancelRunV1Response404 | CanceledRun
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed


def build(
    run_id: str,
) -> ApiRequest[CanceledRun]:
    """The request of `POST /api/v2/runs/{run_id}/cancel` (Cancel a run), with its success parser.

    Example::

        request = cancel_run_v1.build(...)
    """
    return ApiRequest(
        "cancel_run_v1",
        lambda: _get_kwargs(
            run_id=run_id,
        ),
        _parse_success,
        "/api/v2/runs/{run_id}/cancel",
    )


def _parse_success(response: httpx.Response) -> CanceledRun:
    if response.status_code == 200:
        response_200 = CanceledRun.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of cancel_run_v1")
