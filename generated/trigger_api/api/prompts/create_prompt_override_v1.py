from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prompt_override_request_body import (
    CreatePromptOverrideRequestBody,
)
from ...models.error_response import ErrorResponse
from ...models.prompt_override_created import PromptOverrideCreated
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    slug: str,
    *,
    body: CreatePromptOverrideRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/prompts/{slug}/override".format(
            slug=errors.path_segment(slug, "slug"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PromptOverrideCreated | None:
    if response.status_code == 200:
        response_200 = PromptOverrideCreated.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PromptOverrideCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CreatePromptOverrideRequestBody,
) -> Response[ErrorResponse | PromptOverrideCreated]:
    """Create a prompt override

    Args:
        slug (str):
        body (CreatePromptOverrideRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromptOverrideCreated]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CreatePromptOverrideRequestBody,
) -> ErrorResponse | PromptOverrideCreated | None:
    """Create a prompt override

    Args:
        slug (str):
        body (CreatePromptOverrideRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromptOverrideCreated
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CreatePromptOverrideRequestBody,
) -> Response[ErrorResponse | PromptOverrideCreated]:
    """Create a prompt override

    Args:
        slug (str):
        body (CreatePromptOverrideRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromptOverrideCreated]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CreatePromptOverrideRequestBody,
) -> ErrorResponse | PromptOverrideCreated | None:
    """Create a prompt override

    Args:
        slug (str):
        body (CreatePromptOverrideRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromptOverrideCreated
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed


def build(
    slug: str,
    *,
    body: CreatePromptOverrideRequestBody,
) -> ApiRequest[PromptOverrideCreated]:
    """The request of `POST /api/v1/prompts/{slug}/override` (Create a prompt override), with its success parser.

    Example::

        request = create_prompt_override_v1.build(...)
    """
    return ApiRequest(
        "create_prompt_override_v1",
        lambda: _get_kwargs(
            slug=slug,
            body=body,
        ),
        _parse_success,
        "/api/v1/prompts/{slug}/override",
    )


def _parse_success(response: httpx.Response) -> PromptOverrideCreated:
    if response.status_code == 200:
        response_200 = PromptOverrideCreated.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_prompt_override_v1")
