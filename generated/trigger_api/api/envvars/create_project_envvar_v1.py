from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_project_envvar_v1_response_401 import (
    CreateProjectEnvvarV1Response401,
)
from ...models.create_project_envvar_v1_response_404 import (
    CreateProjectEnvvarV1Response404,
)
from ...models.env_var import EnvVar
from ...models.invalid_env_vars_request_response import InvalidEnvVarsRequestResponse
from ...models.success import Success
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    project_ref: str,
    env: str,
    *,
    body: EnvVar,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{project_ref}/envvars/{env}".format(
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
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success | None
):
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = InvalidEnvVarsRequestResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = CreateProjectEnvvarV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = CreateProjectEnvvarV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success
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
    body: EnvVar,
) -> Response[
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success
]:
    """Create environment variable

     Create a new environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (EnvVar):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success]
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
    body: EnvVar,
) -> (
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success | None
):
    """Create environment variable

     Create a new environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (EnvVar):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success
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
    body: EnvVar,
) -> Response[
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success
]:
    """Create environment variable

     Create a new environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (EnvVar):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success]
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
    body: EnvVar,
) -> (
    CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success | None
):
    """Create environment variable

     Create a new environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        body (EnvVar):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectEnvvarV1Response401 | CreateProjectEnvvarV1Response404 | InvalidEnvVarsRequestResponse | Success
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
    body: EnvVar,
) -> ApiRequest[Success]:
    """The request of `POST /api/v1/projects/{project_ref}/envvars/{env}` (Create environment variable), with its success parser.

    Example::

        request = create_project_envvar_v1.build(...)
    """
    return ApiRequest(
        "create_project_envvar_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            env=env,
            body=body,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/envvars/{env}",
    )


def _parse_success(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_project_envvar_v1")
