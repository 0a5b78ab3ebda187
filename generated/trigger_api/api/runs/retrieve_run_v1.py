from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retrieve_run_v1_response_400 import RetrieveRunV1Response400
from ...models.retrieve_run_v1_response_401 import RetrieveRunV1Response401
from ...models.retrieve_run_v1_response_404 import RetrieveRunV1Response404
from ...models.run import Run
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/runs/{run_id}".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = RetrieveRunV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = RetrieveRunV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = RetrieveRunV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run]:
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
) -> Response[RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run]:
    """Retrieve a run

     Retrieve information about a run, including its status, payload, output, and attempts. If you
    authenticate with a Public API key, we will omit the payload and output fields for security reasons.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run]
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
) -> RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run | None:
    """Retrieve a run

     Retrieve information about a run, including its status, payload, output, and attempts. If you
    authenticate with a Public API key, we will omit the payload and output fields for security reasons.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run]:
    """Retrieve a run

     Retrieve information about a run, including its status, payload, output, and attempts. If you
    authenticate with a Public API key, we will omit the payload and output fields for security reasons.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run]
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
) -> RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run | None:
    """Retrieve a run

     Retrieve information about a run, including its status, payload, output, and attempts. If you
    authenticate with a Public API key, we will omit the payload and output fields for security reasons.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveRunV1Response400 | RetrieveRunV1Response401 | RetrieveRunV1Response404 | Run
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed


def build(
    run_id: str,
) -> ApiRequest[Run]:
    """The request of `GET /api/v3/runs/{run_id}` (Retrieve a run), with its success parser.

    Example::

        request = retrieve_run_v1.build(...)
    """
    return ApiRequest(
        "retrieve_run_v1",
        lambda: _get_kwargs(
            run_id=run_id,
        ),
        _parse_success,
        "/api/v3/runs/{run_id}",
    )


def _parse_success(response: httpx.Response) -> Run:
    if response.status_code == 200:
        response_200 = Run.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_run_v1")
