from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queue import Queue
from ...models.reset_queue_concurrency_v1_body import ResetQueueConcurrencyV1Body
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    queue_param: str,
    *,
    body: ResetQueueConcurrencyV1Body | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/queues/{queue_param}/concurrency/reset".format(
            queue_param=errors.path_segment(queue_param, "queue_param"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    # trigger-client: an optional body left out is no body at all, so no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Queue | None:
    if response.status_code == 200:
        response_200 = Queue.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Queue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    body: ResetQueueConcurrencyV1Body | Unset = UNSET,
) -> Response[Any | Queue]:
    """Reset queue concurrency limit

     Reset the concurrency limit of a queue back to its base value defined in code.

    Args:
        queue_param (str):
        body (ResetQueueConcurrencyV1Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Queue]
    """

    kwargs = _get_kwargs(
        queue_param=queue_param,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    body: ResetQueueConcurrencyV1Body | Unset = UNSET,
) -> Any | Queue | None:
    """Reset queue concurrency limit

     Reset the concurrency limit of a queue back to its base value defined in code.

    Args:
        queue_param (str):
        body (ResetQueueConcurrencyV1Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Queue
    """

    return sync_detailed(
        queue_param=queue_param,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    body: ResetQueueConcurrencyV1Body | Unset = UNSET,
) -> Response[Any | Queue]:
    """Reset queue concurrency limit

     Reset the concurrency limit of a queue back to its base value defined in code.

    Args:
        queue_param (str):
        body (ResetQueueConcurrencyV1Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Queue]
    """

    kwargs = _get_kwargs(
        queue_param=queue_param,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    body: ResetQueueConcurrencyV1Body | Unset = UNSET,
) -> Any | Queue | None:
    """Reset queue concurrency limit

     Reset the concurrency limit of a queue back to its base value defined in code.

    Args:
        queue_param (str):
        body (ResetQueueConcurrencyV1Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Queue
    """

    return (
        await asyncio_detailed(
            queue_param=queue_param,
            client=client,
            body=body,
        )
    ).parsed


def build(
    queue_param: str,
    *,
    body: ResetQueueConcurrencyV1Body | None = None,
) -> ApiRequest[Queue]:
    """The request of `POST /api/v1/queues/{queue_param}/concurrency/reset` (Reset queue concurrency limit), with its success parser.

    Example::

        request = reset_queue_concurrency_v1.build(...)
    """
    return ApiRequest(
        "reset_queue_concurrency_v1",
        lambda: _get_kwargs(
            queue_param=queue_param,
            body=body,
        ),
        _parse_success,
        "/api/v1/queues/{queue_param}/concurrency/reset",
    )


def _parse_success(response: httpx.Response) -> Queue:
    if response.status_code == 200:
        response_200 = Queue.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of reset_queue_concurrency_v1")
