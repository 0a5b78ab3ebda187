"""Environment variables of a project's environments."""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dotenv import dotenv_values

from trigger_api.api.envvars import (
    create_project_envvar_v1,
    delete_project_envvar_v1,
    get_project_envvar_v1,
    list_project_envvars_v1,
    update_project_envvar_v1,
    upload_project_envvars_v1,
)
from trigger_api.models import (
    EnvVar,
    EnvVarValue,
    Success,
    UploadProjectEnvvarsV1Body,
    UploadProjectEnvvarsV1BodyParentVariables,
    UploadProjectEnvvarsV1BodyVariables,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Auth, Operation, call, confidential
from trigger_client._steps import Step
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _scope(project_ref: str, env: str) -> tuple[str, str]:
    return v.resource_id(project_ref, "project_ref", "proj_", "your project settings"), v.env_slug(env)


def _name(name: str) -> str:
    name = v.text(name, "name")
    if "/" in name:
        raise ValidationError("name", f"environment variable names cannot contain '/', got {name!r}")
    return v.segment(name, "name")


# Create and import drop these names and blank values without a word, and update ignores a blank value
# (v3/environmentVariableRules.server.ts, environmentVariablesRepository.server.ts), so they are refused here.
RESERVED_NAMES = ("TRIGGER_SECRET_KEY", "TRIGGER_API_URL")


def _new_name(name: str, field: str = "name") -> str:
    name = _name(name)
    if name in RESERVED_NAMES:
        raise ValidationError(field, f"{name} is set by Trigger.dev itself; the server ignores it")
    return name


def _value(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, got {type(value).__name__}; convert it with str()")
    if not value.strip():
        raise ValidationError(field, "is empty; the server ignores empty values, so set a value or delete the variable")
    return value


def _list(project_ref: str, env: str) -> Operation[list[EnvVar]]:
    return confidential(call(list_project_envvars_v1.build(*_scope(project_ref, env)), Auth.PROJECT))


def _create(project_ref: str, env: str, name: str, value: str, is_secret: bool | None) -> Operation[Success]:
    body = EnvVar(
        name=_new_name(name), value=_value(value, "value"), is_secret=None if is_secret is None else bool(is_secret)
    )
    op = call(create_project_envvar_v1.build(*_scope(project_ref, env), body=body), Auth.PROJECT)
    return confidential(op, [body.value])


def _retrieve(project_ref: str, env: str, name: str) -> Operation[EnvVarValue]:
    op = call(get_project_envvar_v1.build(*_scope(project_ref, env), name=_name(name)), Auth.PROJECT)
    return confidential(op)


def _update(project_ref: str, env: str, name: str, value: str) -> Operation[Success]:
    body = EnvVarValue(value=_value(value, "value"))
    op = call(update_project_envvar_v1.build(*_scope(project_ref, env), name=_name(name), body=body), Auth.PROJECT)
    return confidential(op, [body.value])


def _delete(project_ref: str, env: str, name: str) -> Operation[Success]:
    return call(delete_project_envvar_v1.build(*_scope(project_ref, env), _name(name)), Auth.PROJECT)


Variables = Mapping[str, str] | str | os.PathLike[str]


def load_variables(source: Variables, field: str = "variables") -> dict[str, str]:
    """NAME -> value from a mapping or a ``.env`` file path, checked."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ValidationError(field, f"no .env file at {path}; pass a path to a file or a dict")
        parsed = dotenv_values(path)
        missing = [name for name, value in parsed.items() if value is None]
        if missing:
            raise ValidationError(f"{field}[{missing[0]!r}]", f"has no value in {path}; write it as {missing[0]}=...")
        variables: Mapping[str, Any] = parsed
    elif isinstance(source, Mapping):
        variables = source
    else:
        raise ValidationError(field, f"must be a dict or a .env file path, got {type(source).__name__}")
    if not variables:
        raise ValidationError(field, "is empty; pass at least one NAME -> value")
    return {_new_name(k, f"{field}[{k!r}]"): _value(val, f"{field}[{k!r}]") for k, val in variables.items()}


@dataclass(frozen=True)
class EnvVarDiff:
    """What importing variables would do, by name only (values never appear).

    ``add``: new; ``change``: differ and would be overwritten (``override=True``); ``keep``: differ, and with
    ``override=False`` the server refuses the whole import because they are set; ``unchanged``; ``unknown``:
    secret on the server, so not comparable;
    ``only_remote``: on the server but not in the source (an import leaves them alone).

    Example::

        print(client.envvars.diff("proj_1234", "prod", ".env.production", override=True))
    """

    add: list[str]
    change: list[str]
    keep: list[str]
    unchanged: list[str]
    unknown: list[str]
    only_remote: list[str]

    def __str__(self) -> str:
        marks = (("+", self.add), ("~", self.change), ("=", self.keep), ("?", self.unknown), ("-", self.only_remote))
        lines = [f"{mark} {name}" for mark, names in marks for name in names]
        return "\n".join(lines) if lines else "no changes"


def compare(remote: list[EnvVar], local: Mapping[str, str], override: bool) -> EnvVarDiff:
    """Sort the local names into the buckets of :class:`EnvVarDiff` against the server's variables."""
    current = {var.name: var for var in remote}
    buckets: dict[str, list[str]] = {k: [] for k in ("add", "change", "keep", "unchanged", "unknown")}
    for name, value in sorted(local.items()):
        var = current.get(name)
        if var is None:
            buckets["add"].append(name)
        elif var.is_secret is True:
            buckets["unknown"].append(name)
        elif var.value == value:
            buckets["unchanged"].append(name)
        else:
            buckets["change" if override else "keep"].append(name)
    return EnvVarDiff(**buckets, only_remote=sorted(set(current) - set(local)))


def _import(
    project_ref: str,
    env: str,
    variables: Variables,
    override: bool,
    is_secret: bool | None,
    parent_variables: Variables | None,
) -> Operation[Success]:
    values = load_variables(variables)
    body = UploadProjectEnvvarsV1Body(
        variables=UploadProjectEnvvarsV1BodyVariables.from_dict(values),
        override=bool(override),
        # ImportEnvironmentVariablesRequestBody (packages/core/src/v3/schemas/api.ts): a preview branch's parent.
        parent_variables=None
        if parent_variables is None
        else UploadProjectEnvvarsV1BodyParentVariables.from_dict(load_variables(parent_variables, "parent_variables")),
        is_secret=None if is_secret is None else bool(is_secret),
    )
    op = call(upload_project_envvars_v1.build(*_scope(project_ref, env), body=body), Auth.PROJECT)
    return confidential(op, values.values())


def _diff(project_ref: str, env: str, variables: Variables, override: bool) -> Generator[Step, Any, EnvVarDiff]:
    local = load_variables(variables)  # read and checked before any request
    listed: list[EnvVar] = yield _list(project_ref, env)
    return compare(listed, local, override)


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

    def create(self, project_ref: str, env: str, *, name: str, value: str, is_secret: bool | None = None) -> Success:
        """Create a variable, or set it if it exists (the server upserts).

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

    def update(self, project_ref: str, env: str, name: str, *, value: str) -> Success:
        """Change a variable's value.

        Example::

            client.envvars.update("proj_1234", "dev", "SLACK_TOKEN", value="xoxb-new")
        """
        return self._run(_update(project_ref, env, name, value))

    def delete(self, project_ref: str, env: str, name: str) -> Success:
        """Delete a variable.

        Example::

            client.envvars.delete("proj_1234", "dev", "SLACK_TOKEN")
        """
        return self._run(_delete(project_ref, env, name))

    def import_(
        self,
        project_ref: str,
        env: str,
        variables: Variables,
        *,
        override: bool = False,
        is_secret: bool | None = None,
        parent_variables: Variables | None = None,
    ) -> Success:
        """Import many variables at once from a dict or a ``.env`` file. Without ``override=True`` the server
        refuses the whole import (400, naming them) when any name is already set, and writes nothing.
        ``is_secret=True`` stores them as secrets; ``parent_variables`` (a dict or ``.env`` file) are the parent
        environment's, for a preview branch. Check first with :meth:`diff`.

        Example::

            client.envvars.import_("proj_1234", "dev", {"A": "1", "B": "2"}, override=True)
            client.envvars.import_("proj_1234", "prod", ".env.production", is_secret=True)
        """
        return self._run(_import(project_ref, env, variables, override, is_secret, parent_variables))

    def diff(self, project_ref: str, env: str, variables: Variables, *, override: bool = False) -> EnvVarDiff:
        """A dry run of :meth:`import_`: which names it would add, change or keep (values are never shown).

        Example::

            print(client.envvars.diff("proj_1234", "prod", ".env.production"))
        """
        return self._drive(_diff(project_ref, env, variables, override))


@docs_from(EnvVars)
class AsyncEnvVars(AsyncResource):
    async def list(self, project_ref: str, env: str) -> list[EnvVar]:
        return await self._run(_list(project_ref, env))

    async def create(
        self, project_ref: str, env: str, *, name: str, value: str, is_secret: bool | None = None
    ) -> Success:
        return await self._run(_create(project_ref, env, name, value, is_secret))

    async def retrieve(self, project_ref: str, env: str, name: str) -> EnvVarValue:
        return await self._run(_retrieve(project_ref, env, name))

    async def update(self, project_ref: str, env: str, name: str, *, value: str) -> Success:
        return await self._run(_update(project_ref, env, name, value))

    async def delete(self, project_ref: str, env: str, name: str) -> Success:
        return await self._run(_delete(project_ref, env, name))

    async def import_(
        self,
        project_ref: str,
        env: str,
        variables: Variables,
        *,
        override: bool = False,
        is_secret: bool | None = None,
        parent_variables: Variables | None = None,
    ) -> Success:
        return await self._run(_import(project_ref, env, variables, override, is_secret, parent_variables))

    async def diff(self, project_ref: str, env: str, variables: Variables, *, override: bool = False) -> EnvVarDiff:
        return await self._drive(_diff(project_ref, env, variables, override))
