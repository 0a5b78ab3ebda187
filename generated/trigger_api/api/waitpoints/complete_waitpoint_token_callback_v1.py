from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_waitpoint_token_callback_v1_body import (
    CompleteWaitpointTokenCallbackV1Body,
)
from ...models.completed_waitpoint_token import CompletedWaitpointToken
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    waitpoint_id: str,
    callback_hash: str,
    *,
    body: CompleteWaitpointTokenCallbackV1Body | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/waitpoints/tokens/{waitpoint_id}/callback/{callback_hash}".format(
            waitpoint_id=errors.path_segment(waitpoint_id, "waitpoint_id"),
            callback_hash=errors.path_segment(callback_hash, "callback_hash"),
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

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 411:
        response_411 = cast(Any, None)
        return response_411

    if response.status_code == 413:
        response_413 = cast(Any, None)
        return response_413

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
    callback_hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteWaitpointTokenCallbackV1Body | Unset = UNSET,
) -> Response[Any | CompletedWaitpointToken]:
    """Complete a waitpoint token via HTTP callback

     Completes a waitpoint token using the pre-signed callback URL returned in the `url` field when the
    token was created. No API key is required — the `callbackHash` in the URL acts as the authentication
    token.

    This is designed to be given directly to external services (e.g. as a webhook URL) so they can
    unblock a waiting run without needing access to your API key. The entire request body is passed as
    the output data to the waiting run.

    If the token is already completed, this is a no-op and returns `success: true`.

    Args:
        waitpoint_id (str):
        callback_hash (str):
        body (CompleteWaitpointTokenCallbackV1Body | Unset): Any JSON object. The entire body is
            passed as the output data to the run waiting on this token. If the body is not valid JSON,
            an empty object is used. Example: {'status': 'approved', 'comment': 'Looks good to me!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompletedWaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
        callback_hash=callback_hash,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waitpoint_id: str,
    callback_hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteWaitpointTokenCallbackV1Body | Unset = UNSET,
) -> Any | CompletedWaitpointToken | None:
    """Complete a waitpoint token via HTTP callback

     Completes a waitpoint token using the pre-signed callback URL returned in the `url` field when the
    token was created. No API key is required — the `callbackHash` in the URL acts as the authentication
    token.

    This is designed to be given directly to external services (e.g. as a webhook URL) so they can
    unblock a waiting run without needing access to your API key. The entire request body is passed as
    the output data to the waiting run.

    If the token is already completed, this is a no-op and returns `success: true`.

    Args:
        waitpoint_id (str):
        callback_hash (str):
        body (CompleteWaitpointTokenCallbackV1Body | Unset): Any JSON object. The entire body is
            passed as the output data to the run waiting on this token. If the body is not valid JSON,
            an empty object is used. Example: {'status': 'approved', 'comment': 'Looks good to me!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompletedWaitpointToken
    """

    return sync_detailed(
        waitpoint_id=waitpoint_id,
        callback_hash=callback_hash,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waitpoint_id: str,
    callback_hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteWaitpointTokenCallbackV1Body | Unset = UNSET,
) -> Response[Any | CompletedWaitpointToken]:
    """Complete a waitpoint token via HTTP callback

     Completes a waitpoint token using the pre-signed callback URL returned in the `url` field when the
    token was created. No API key is required — the `callbackHash` in the URL acts as the authentication
    token.

    This is designed to be given directly to external services (e.g. as a webhook URL) so they can
    unblock a waiting run without needing access to your API key. The entire request body is passed as
    the output data to the waiting run.

    If the token is already completed, this is a no-op and returns `success: true`.

    Args:
        waitpoint_id (str):
        callback_hash (str):
        body (CompleteWaitpointTokenCallbackV1Body | Unset): Any JSON object. The entire body is
            passed as the output data to the run waiting on this token. If the body is not valid JSON,
            an empty object is used. Example: {'status': 'approved', 'comment': 'Looks good to me!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompletedWaitpointToken]
    """

    kwargs = _get_kwargs(
        waitpoint_id=waitpoint_id,
        callback_hash=callback_hash,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waitpoint_id: str,
    callback_hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteWaitpointTokenCallbackV1Body | Unset = UNSET,
) -> Any | CompletedWaitpointToken | None:
    """Complete a waitpoint token via HTTP callback

     Completes a waitpoint token using the pre-signed callback URL returned in the `url` field when the
    token was created. No API key is required — the `callbackHash` in the URL acts as the authentication
    token.

    This is designed to be given directly to external services (e.g. as a webhook URL) so they can
    unblock a waiting run without needing access to your API key. The entire request body is passed as
    the output data to the waiting run.

    If the token is already completed, this is a no-op and returns `success: true`.

    Args:
        waitpoint_id (str):
        callback_hash (str):
        body (CompleteWaitpointTokenCallbackV1Body | Unset): Any JSON object. The entire body is
            passed as the output data to the run waiting on this token. If the body is not valid JSON,
            an empty object is used. Example: {'status': 'approved', 'comment': 'Looks good to me!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompletedWaitpointToken
    """

    return (
        await asyncio_detailed(
            waitpoint_id=waitpoint_id,
            callback_hash=callback_hash,
            client=client,
            body=body,
        )
    ).parsed


def build(
    waitpoint_id: str,
    callback_hash: str,
    *,
    body: CompleteWaitpointTokenCallbackV1Body | None = None,
) -> ApiRequest[CompletedWaitpointToken]:
    """The request of `POST /api/v1/waitpoints/tokens/{waitpoint_id}/callback/{callback_hash}` (Complete a waitpoint token via HTTP callback), with its success parser.

    Example::

        request = complete_waitpoint_token_callback_v1.build(...)
    """
    return ApiRequest(
        "complete_waitpoint_token_callback_v1",
        lambda: _get_kwargs(
            waitpoint_id=waitpoint_id,
            callback_hash=callback_hash,
            body=body,
        ),
        _parse_success,
        "/api/v1/waitpoints/tokens/{waitpoint_id}/callback/{callback_hash}",
    )


def _parse_success(response: httpx.Response) -> CompletedWaitpointToken:
    if response.status_code == 200:
        response_200 = CompletedWaitpointToken.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(
        f"status {response.status_code} is not a documented success of complete_waitpoint_token_callback_v1"
    )
