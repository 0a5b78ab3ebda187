from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.resolve_prompt_request_body import ResolvePromptRequestBody
from ...models.resolve_prompt_response_body import ResolvePromptResponseBody
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    slug: str,
    *,
    body: ResolvePromptRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/prompts/{slug}".format(
            slug=errors.path_segment(slug, "slug"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResolvePromptResponseBody | None:
    if response.status_code == 200:
        response_200 = ResolvePromptResponseBody.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | ResolvePromptResponseBody]:
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
    body: ResolvePromptRequestBody,
) -> Response[ErrorResponse | ResolvePromptResponseBody]:
    """Resolve a prompt with variables

    Args:
        slug (str):
        body (ResolvePromptRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResolvePromptResponseBody]
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
    body: ResolvePromptRequestBody,
) -> ErrorResponse | ResolvePromptResponseBody | None:
    """Resolve a prompt with variables

    Args:
        slug (str):
        body (ResolvePromptRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResolvePromptResponseBody
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
    body: ResolvePromptRequestBody,
) -> Response[ErrorResponse | ResolvePromptResponseBody]:
    """Resolve a prompt with variables

    Args:
        slug (str):
        body (ResolvePromptRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResolvePromptResponseBody]
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
    body: ResolvePromptRequestBody,
) -> ErrorResponse | ResolvePromptResponseBody | None:
    """Resolve a prompt with variables

    Args:
        slug (str):
        body (ResolvePromptRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResolvePromptResponseBody
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
    body: ResolvePromptRequestBody,
) -> ApiRequest[ResolvePromptResponseBody]:
    """The request of `POST /api/v1/prompts/{slug}` (Resolve a prompt with variables), with its success parser.

    Example::

        request = resolve_prompt_v1.build(...)
    """
    return ApiRequest(
        "resolve_prompt_v1",
        lambda: _get_kwargs(
            slug=slug,
            body=body,
        ),
        _parse_success,
        "/api/v1/prompts/{slug}",
    )


def _parse_success(response: httpx.Response) -> ResolvePromptResponseBody:
    if response.status_code == 200:
        response_200 = ResolvePromptResponseBody.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of resolve_prompt_v1")
