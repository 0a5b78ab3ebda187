from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.promote_prompt_version_request_body import (
    PromotePromptVersionRequestBody,
)
from ...models.prompt_ok import PromptOk
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    slug: str,
    *,
    body: PromotePromptVersionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/prompts/{slug}/promote".format(
            slug=errors.path_segment(slug, "slug"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PromptOk | None:
    if response.status_code == 200:
        response_200 = PromptOk.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | PromptOk]:
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
    body: PromotePromptVersionRequestBody,
) -> Response[ErrorResponse | PromptOk]:
    """Promote a prompt version

    Args:
        slug (str):
        body (PromotePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromptOk]
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
    body: PromotePromptVersionRequestBody,
) -> ErrorResponse | PromptOk | None:
    """Promote a prompt version

    Args:
        slug (str):
        body (PromotePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromptOk
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
    body: PromotePromptVersionRequestBody,
) -> Response[ErrorResponse | PromptOk]:
    """Promote a prompt version

    Args:
        slug (str):
        body (PromotePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PromptOk]
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
    body: PromotePromptVersionRequestBody,
) -> ErrorResponse | PromptOk | None:
    """Promote a prompt version

    Args:
        slug (str):
        body (PromotePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PromptOk
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
    body: PromotePromptVersionRequestBody,
) -> ApiRequest[PromptOk]:
    """The request of `POST /api/v1/prompts/{slug}/promote` (Promote a prompt version), with its success parser.

    Example::

        request = promote_prompt_version_v1.build(...)
    """
    return ApiRequest(
        "promote_prompt_version_v1",
        lambda: _get_kwargs(
            slug=slug,
            body=body,
        ),
        _parse_success,
        "/api/v1/prompts/{slug}/promote",
    )


def _parse_success(response: httpx.Response) -> PromptOk:
    if response.status_code == 200:
        response_200 = PromptOk.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of promote_prompt_version_v1")
