from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.input_stream_sent import InputStreamSent
from ...models.send_input_stream_v1_body import SendInputStreamV1Body
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
    stream_id: str,
    *,
    body: SendInputStreamV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/v1/streams/{run_id}/input/{stream_id}".format(
            run_id=errors.path_segment(run_id, "run_id"),
            stream_id=errors.path_segment(stream_id, "stream_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InputStreamSent | None:
    if response.status_code == 200:
        response_200 = InputStreamSent.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(loads_json(response.content))

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InputStreamSent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SendInputStreamV1Body,
) -> Response[ErrorResponse | InputStreamSent]:
    """Send data to a run's input stream

    Args:
        run_id (str):
        stream_id (str):
        body (SendInputStreamV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InputStreamSent]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        stream_id=stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SendInputStreamV1Body,
) -> ErrorResponse | InputStreamSent | None:
    """Send data to a run's input stream

    Args:
        run_id (str):
        stream_id (str):
        body (SendInputStreamV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InputStreamSent
    """

    return sync_detailed(
        run_id=run_id,
        stream_id=stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SendInputStreamV1Body,
) -> Response[ErrorResponse | InputStreamSent]:
    """Send data to a run's input stream

    Args:
        run_id (str):
        stream_id (str):
        body (SendInputStreamV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InputStreamSent]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        stream_id=stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SendInputStreamV1Body,
) -> ErrorResponse | InputStreamSent | None:
    """Send data to a run's input stream

    Args:
        run_id (str):
        stream_id (str):
        body (SendInputStreamV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InputStreamSent
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            stream_id=stream_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    run_id: str,
    stream_id: str,
    *,
    body: SendInputStreamV1Body,
) -> ApiRequest[InputStreamSent]:
    """The request of `POST /realtime/v1/streams/{run_id}/input/{stream_id}` (Send data to a run's input stream), with its success parser.

    Example::

        request = send_input_stream_v1.build(...)
    """
    return ApiRequest(
        "send_input_stream_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            stream_id=stream_id,
            body=body,
        ),
        _parse_success,
        "/realtime/v1/streams/{run_id}/input/{stream_id}",
    )


def _parse_success(response: httpx.Response) -> InputStreamSent:
    if response.status_code == 200:
        response_200 = InputStreamSent.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of send_input_stream_v1")
