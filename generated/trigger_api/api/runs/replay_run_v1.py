from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.replay_run_request_body import ReplayRunRequestBody
from ...models.replay_run_v1_response_400 import ReplayRunV1Response400
from ...models.replay_run_v1_response_401 import ReplayRunV1Response401
from ...models.replay_run_v1_response_404 import ReplayRunV1Response404
from ...models.replayed_run import ReplayedRun
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    run_id: str,
    *,
    body: ReplayRunRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/runs/{run_id}/replay".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    # trigger-client: an optional body left out is no body at all, so no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun | None:
    if response.status_code == 200:
        response_200 = ReplayedRun.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ReplayRunV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ReplayRunV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ReplayRunV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun]:
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
    body: ReplayRunRequestBody | Unset = UNSET,
) -> Response[ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun]:
    """Replay a run

     Creates a new run with the same payload and options as the original run.

    Args:
        run_id (str):
        body (ReplayRunRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun]
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
    body: ReplayRunRequestBody | Unset = UNSET,
) -> ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun | None:
    """Replay a run

     Creates a new run with the same payload and options as the original run.

    Args:
        run_id (str):
        body (ReplayRunRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun
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
    body: ReplayRunRequestBody | Unset = UNSET,
) -> Response[ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun]:
    """Replay a run

     Creates a new run with the same payload and options as the original run.

    Args:
        run_id (str):
        body (ReplayRunRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun]
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
    body: ReplayRunRequestBody | Unset = UNSET,
) -> ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun | None:
    """Replay a run

     Creates a new run with the same payload and options as the original run.

    Args:
        run_id (str):
        body (ReplayRunRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplayRunV1Response400 | ReplayRunV1Response401 | ReplayRunV1Response404 | ReplayedRun
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
    body: ReplayRunRequestBody | None = None,
) -> ApiRequest[ReplayedRun]:
    """The request of `POST /api/v1/runs/{run_id}/replay` (Replay a run), with its success parser.

    Example::

        request = replay_run_v1.build(...)
    """
    return ApiRequest(
        "replay_run_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/replay",
    )


def _parse_success(response: httpx.Response) -> ReplayedRun:
    if response.status_code == 200:
        response_200 = ReplayedRun.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of replay_run_v1")
