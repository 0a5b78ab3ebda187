from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var_value import EnvVarValue
from ...models.error_response import ErrorResponse
from ...models.invalid_env_vars_request_response import InvalidEnvVarsRequestResponse
from ...models.success import Success
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    project_ref: str,
    env: str,
    name: str,
    *,
    body: EnvVarValue,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/projects/{project_ref}/envvars/{env}/{name}".format(
            project_ref=errors.path_segment(project_ref, "project_ref"),
            env=errors.path_segment(env, "env"),
            name=errors.path_segment(name, "name"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvalidEnvVarsRequestResponse | Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = InvalidEnvVarsRequestResponse.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | InvalidEnvVarsRequestResponse | Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: EnvVarValue,
) -> Response[ErrorResponse | InvalidEnvVarsRequestResponse | Success]:
    """Update environment variable

     Update a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):
        body (EnvVarValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvalidEnvVarsRequestResponse | Success]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: EnvVarValue,
) -> ErrorResponse | InvalidEnvVarsRequestResponse | Success | None:
    """Update environment variable

     Update a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):
        body (EnvVarValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvalidEnvVarsRequestResponse | Success
    """

    return sync_detailed(
        project_ref=project_ref,
        env=env,
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: EnvVarValue,
) -> Response[ErrorResponse | InvalidEnvVarsRequestResponse | Success]:
    """Update environment variable

     Update a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):
        body (EnvVarValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvalidEnvVarsRequestResponse | Success]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
    body: EnvVarValue,
) -> ErrorResponse | InvalidEnvVarsRequestResponse | Success | None:
    """Update environment variable

     Update a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):
        body (EnvVarValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvalidEnvVarsRequestResponse | Success
    """

    return (
        await asyncio_detailed(
            project_ref=project_ref,
            env=env,
            name=name,
            client=client,
            body=body,
        )
    ).parsed


def build(
    project_ref: str,
    env: str,
    name: str,
    *,
    body: EnvVarValue,
) -> ApiRequest[Success]:
    """The request of `PUT /api/v1/projects/{project_ref}/envvars/{env}/{name}` (Update environment variable), with its success parser.

    Example::

        request = update_project_envvar_v1.build(...)
    """
    return ApiRequest(
        "update_project_envvar_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            env=env,
            name=name,
            body=body,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/envvars/{env}/{name}",
    )


def _parse_success(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of update_project_envvar_v1")
