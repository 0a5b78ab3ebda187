from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_waitpoint_token_request import CompleteWaitpointTokenRequest
from ...models.completed_waitpoint_token import CompletedWaitpointToken
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    waitpoint_id: str,
    *,
    body: CompleteWaitpointTokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/waitpoints/tokens/{waitpoint_id}/complete".format(
            waitpoint_id=errors.path_segment(waitpoint_id, "waitpoint_id"),
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
) -> Any | CompletedWaitpointToken | None:
    if response.status_code == 200:
        response_200 = CompletedWaitpointToken.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CompletedWaitpointToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteWaitpointTokenRequest | Unset = UNSET,
) -> Response[Any | CompletedWaitpointToken]:
    """Complete a waitpoint token

     Completes a waitpoint token, unblocking any run that is waiting for it via `wait.forToken()`. An
    optional `data` payload can be passed and will be returned to the waiting run. If the token is
    already completed, this is a no-op and returns `success: true`.

    This endpoint accepts both secret API keys and short-lived JWTs (public access tokens), making it
    safe to call from frontend clients.

    Args:
        waitpoint_id (str):
        body (CompleteWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompletedWaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteWaitpointTokenRequest | Unset = UNSET,
) -> Any | CompletedWaitpointToken | None:
    """Complete a waitpoint token

     Completes a waitpoint token, unblocking any run that is waiting for it via `wait.forToken()`. An
    optional `data` payload can be passed and will be returned to the waiting run. If the token is
    already completed, this is a no-op and returns `success: true`.

    This endpoint accepts both secret API keys and short-lived JWTs (public access tokens), making it
    safe to call from frontend clients.

    Args:
        waitpoint_id (str):
        body (CompleteWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompletedWaitpointToken
    """

    return sync_detailed(
        waitpoint_id=waitpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteWaitpointTokenRequest | Unset = UNSET,
) -> Response[Any | CompletedWaitpointToken]:
    """Complete a waitpoint token

     Completes a waitpoint token, unblocking any run that is waiting for it via `wait.forToken()`. An
    optional `data` payload can be passed and will be returned to the waiting run. If the token is
    already completed, this is a no-op and returns `success: true`.

    This endpoint accepts both secret API keys and short-lived JWTs (public access tokens), making it
    safe to call from frontend clients.

    Args:
        waitpoint_id (str):
        body (CompleteWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompletedWaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waitpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: CompleteWaitpointTokenRequest | Unset = UNSET,
) -> Any | CompletedWaitpointToken | None:
    """Complete a waitpoint token

     Completes a waitpoint token, unblocking any run that is waiting for it via `wait.forToken()`. An
    optional `data` payload can be passed and will be returned to the waiting run. If the token is
    already completed, this is a no-op and returns `success: true`.

    This endpoint accepts both secret API keys and short-lived JWTs (public access tokens), making it
    safe to call from frontend clients.

    Args:
        waitpoint_id (str):
        body (CompleteWaitpointTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompletedWaitpointToken
    """

    return (
        await asyncio_detailed(
            waitpoint_id=waitpoint_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    waitpoint_id: str,
    *,
    body: CompleteWaitpointTokenRequest | None = None,
) -> ApiRequest[CompletedWaitpointToken]:
    """The request of `POST /api/v1/waitpoints/tokens/{waitpoint_id}/complete` (Complete a waitpoint token), with its success parser.

    Example::

        request = complete_waitpoint_token_v1.build(...)
    """
    return ApiRequest(
        "complete_waitpoint_token_v1",
        lambda: _get_kwargs(
            waitpoint_id=waitpoint_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/waitpoints/tokens/{waitpoint_id}/complete",
    )


def _parse_success(response: httpx.Response) -> CompletedWaitpointToken:
    if response.status_code == 200:
        response_200 = CompletedWaitpointToken.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of complete_waitpoint_token_v1")
