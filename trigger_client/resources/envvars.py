"""Environment variables of a project's environments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trigger_api.api.envvars import (
    create_project_envvar_v1,
    delete_project_envvar_v1,
    get_project_envvar_v1,
    list_project_envvars_v1,
    update_project_envvar_v1,
    upload_project_envvars_v1,
)
from trigger_api.models import EnvVar, EnvVarValue, SucceedResponse, UploadProjectEnvvarsV1Body
from trigger_client import _validate as v
from trigger_client._core import Auth, Operation, call
from trigger_client._exceptions import ValidationError
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _scope(project_ref: str, env: str) -> dict[str, str]:
    return {
        "project_ref": v.resource_id(project_ref, "project_ref", "proj_", "your project settings"),
        "env": v.env_slug(env),
    }


def _name(name: str) -> str:
    name = v.text(name, "name")
    if "/" in name:
        raise ValidationError("name", f"environment variable names cannot contain '/', got {name!r}")
    return name


def _value(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, got {type(value).__name__}; convert it with str()")
    return value


def _list(project_ref: str, env: str) -> Operation[list[EnvVar]]:
    return Operation(list_project_envvars_v1, _scope(project_ref, env), Auth.PROJECT, _expect_list)


def _expect_list(parsed: Any) -> list[EnvVar]:
    if not isinstance(parsed, list):
        raise TypeError(f"expected a list of variables, got {type(parsed).__name__}")
    return parsed


def _create(project_ref: str, env: str, name: str, value: str, is_secret: bool | None) -> Operation[SucceedResponse]:
    body: dict[str, Any] = {"name": _name(name), "value": _value(value, "value")}
    if is_secret is not None:
        body["isSecret"] = bool(is_secret)
    return call(
        create_project_envvar_v1, SucceedResponse, Auth.PROJECT, **_scope(project_ref, env), body=EnvVar.from_dict(body)
    )


def _retrieve(project_ref: str, env: str, name: str) -> Operation[EnvVarValue]:
    return call(get_project_envvar_v1, EnvVarValue, Auth.PROJECT, **_scope(project_ref, env), name=_name(name))


def _update(project_ref: str, env: str, name: str, value: str) -> Operation[SucceedResponse]:
    body = EnvVarValue(value=_value(value, "value"))
    return call(
        update_project_envvar_v1, SucceedResponse, Auth.PROJECT, **_scope(project_ref, env), name=_name(name), body=body
    )


def _delete(project_ref: str, env: str, name: str) -> Operation[SucceedResponse]:
    return call(delete_project_envvar_v1, SucceedResponse, Auth.PROJECT, **_scope(project_ref, env), name=_name(name))


def _import(
    project_ref: str, env: str, variables: Mapping[str, str], override: bool, is_secret: bool | None
) -> Operation[SucceedResponse]:
    if not isinstance(variables, Mapping) or not variables:
        raise ValidationError("variables", "must be a non-empty dict of NAME -> value")
    body: dict[str, Any] = {
        "variables": {_name(k): _value(val, f"variables[{k!r}]") for k, val in variables.items()},
        "override": bool(override),
    }
    if is_secret is not None:
        body["isSecret"] = bool(is_secret)
    return call(
        upload_project_envvars_v1,
        SucceedResponse,
        Auth.PROJECT,
        **_scope(project_ref, env),
        body=UploadProjectEnvvarsV1Body.from_dict(body),
    )


class EnvVars(SyncResource):
    """Environment variables: ``client.envvars``. ``env`` is ``dev``, ``stg`` (or ``staging``), ``prod`` or
    ``preview``. Works with a secret key of that environment or a personal access token."""

    def list(self, project_ref: str, env: str) -> list[EnvVar]:
        """All variables of an environment (secret values read as empty).

        Example::

            for var in client.envvars.list("proj_1234", "prod"):
                print(var.name)
        """
        return self._run(_list(project_ref, env))

    def create(
        self, project_ref: str, env: str, *, name: str, value: str, is_secret: bool | None = None
    ) -> SucceedResponse:
        """Create a variable.

        Example::

            client.envvars.create("proj_1234", "dev", name="SLACK_TOKEN", value="xoxb-…", is_secret=True)
        """
        return self._run(_create(project_ref, env, name, value, is_secret))

    def retrieve(self, project_ref: str, env: str, name: str) -> EnvVarValue:
        """One variable's value.

        Example::

            client.envvars.retrieve("proj_1234", "dev", "SLACK_TOKEN").value
        """
        return self._run(_retrieve(project_ref, env, name))

    def update(self, project_ref: str, env: str, name: str, *, value: str) -> SucceedResponse:
        """Change a variable's value.

        Example::

            client.envvars.update("proj_1234", "dev", "SLACK_TOKEN", value="xoxb-new")
        """
        return self._run(_update(project_ref, env, name, value))

    def delete(self, project_ref: str, env: str, name: str) -> SucceedResponse:
        """Delete a variable.

        Example::

            client.envvars.delete("proj_1234", "dev", "SLACK_TOKEN")
        """
        return self._run(_delete(project_ref, env, name))

    def import_(
        self,
        project_ref: str,
        env: str,
        variables: Mapping[str, str],
        *,
        override: bool = False,
        is_secret: bool | None = None,
    ) -> SucceedResponse:
        """Import many variables at once; existing ones are kept unless ``override=True``.

        Example::

            client.envvars.import_("proj_1234", "dev", {"A": "1", "B": "2"}, override=True)
        """
        return self._run(_import(project_ref, env, variables, override, is_secret))


@docs_from(EnvVars)
class AsyncEnvVars(AsyncResource):
    async def list(self, project_ref: str, env: str) -> list[EnvVar]:
        return await self._run(_list(project_ref, env))

    async def create(
        self, project_ref: str, env: str, *, name: str, value: str, is_secret: bool | None = None
    ) -> SucceedResponse:
        return await self._run(_create(project_ref, env, name, value, is_secret))

    async def retrieve(self, project_ref: str, env: str, name: str) -> EnvVarValue:
        return await self._run(_retrieve(project_ref, env, name))

    async def update(self, project_ref: str, env: str, name: str, *, value: str) -> SucceedResponse:
        return await self._run(_update(project_ref, env, name, value))

    async def delete(self, project_ref: str, env: str, name: str) -> SucceedResponse:
        return await self._run(_delete(project_ref, env, name))

    async def import_(
        self,
        project_ref: str,
        env: str,
        variables: Mapping[str, str],
        *,
        override: bool = False,
        is_secret: bool | None = None,
    ) -> SucceedResponse:
        return await self._run(_import(project_ref, env, variables, override, is_secret))
