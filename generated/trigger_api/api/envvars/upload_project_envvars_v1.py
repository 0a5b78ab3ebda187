from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invalid_env_vars_request_response import InvalidEnvVarsRequestResponse
from ...models.success import Success
from ...models.upload_project_envvars_v1_body import UploadProjectEnvvarsV1Body
from ...models.upload_project_envvars_v1_response_401 import (
    UploadProjectEnvvarsV1Response401,
)
from ...models.upload_project_envvars_v1_response_404 import (
    UploadProjectEnvvarsV1Response404,
)
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    project_ref: str,
    env: str,
    *,
    body: UploadProjectEnvvarsV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{project_ref}/envvars/{env}/import".format(
            project_ref=errors.path_segment(project_ref, "project_ref"),
            env=errors.path_segment(env, "env"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InvalidEnvVarsRequestResponse
    | Success
    | UploadProjectEnvvarsV1Response401
    | UploadProjectEnvvarsV1Response404
    | None
):
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = InvalidEnvVarsRequestResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = UploadProjectEnvvarsV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = UploadProjectEnvvarsV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
    body: UploadProjectEnvvarsV1Body,
) -> Response[
    InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404
]:
    """Upload environment variables

     Upload mulitple environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (UploadProjectEnvvarsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
    body: UploadProjectEnvvarsV1Body,
) -> (
    InvalidEnvVarsRequestResponse
    | Success
    | UploadProjectEnvvarsV1Response401
    | UploadProjectEnvvarsV1Response404
    | None
):
    """Upload environment variables

     Upload mulitple environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (UploadProjectEnvvarsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404
    """

    return sync_detailed(
        project_ref=project_ref,
        env=env,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
    body: UploadProjectEnvvarsV1Body,
) -> Response[
    InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404
]:
    """Upload environment variables

     Upload mulitple environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (UploadProjectEnvvarsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
    body: UploadProjectEnvvarsV1Body,
) -> (
    InvalidEnvVarsRequestResponse
    | Success
    | UploadProjectEnvvarsV1Response401
    | UploadProjectEnvvarsV1Response404
    | None
):
    """Upload environment variables

     Upload mulitple environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (UploadProjectEnvvarsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidEnvVarsRequestResponse | Success | UploadProjectEnvvarsV1Response401 | UploadProjectEnvvarsV1Response404
    """

    return (
        await asyncio_detailed(
            project_ref=project_ref,
            env=env,
            client=client,
            body=body,
        )
    ).parsed


def build(
    project_ref: str,
    env: str,
    *,
    body: UploadProjectEnvvarsV1Body,
) -> ApiRequest[Success]:
    """The request of `POST /api/v1/projects/{project_ref}/envvars/{env}/import` (Upload environment variables), with its success parser.

    Example::

        request = upload_project_envvars_v1.build(...)
    """
    return ApiRequest(
        "upload_project_envvars_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            env=env,
            body=body,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/envvars/{env}/import",
    )


def _parse_success(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of upload_project_envvars_v1")
