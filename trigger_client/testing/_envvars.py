"""Environment variables per project and environment (secret values read back empty)."""

from __future__ import annotations

from typing import Any

from ._http import ApiError, Request, Response, Router, json_response
from ._state import Environment, EnvVar, Store

# Never stored, silently dropped (v3/environmentVariableRules.server.ts).
RESERVED = frozenset({"TRIGGER_SECRET_KEY", "TRIGGER_API_URL"})
_SUCCESS = {"success": True}
_TITLES = {"DEVELOPMENT": "Development", "STAGING": "Staging", "PRODUCTION": "Production", "PREVIEW": "Preview"}


def write_variables(env: Environment, variables: dict[str, str], *, override: bool, is_secret: bool | None) -> None:
    """EnvironmentVariablesRepository.create (v3/environmentVariables/environmentVariablesRepository.server.ts):
    reserved names and empty names or values are dropped; without ``override`` one name already set fails the
    whole request and nothing is written; a name already set keeps its secrecy unless ``is_secret`` is given."""
    values = {k: v for k, v in variables.items() if k not in RESERVED}
    dropped_reserved = len(values) != len(variables)
    values = {k: v for k, v in values.items() if k.strip() and v.strip()}
    if not values:
        suffix = " All the variables submitted are not allowed." if dropped_reserved else ""
        raise ApiError(400, f"You must set at least one valid variable.{suffix}")
    if not override:
        existing = [name for name in values if name in env.envvars]
        if existing:
            where = f"Variable already set in {_TITLES[env.type]}."
            raise ApiError(
                400,
                "Some of the variables are already set for these environments. Set override to true to override them.",
                variableErrors=[{"key": name, "error": where} for name in existing],
            )
    for name, value in values.items():
        current = env.envvars.get(name)
        secret = is_secret if is_secret is not None else bool(current and current.is_secret)
        env.envvars[name] = EnvVar(value, secret)


def _present(name: str, var: EnvVar) -> dict[str, Any]:
    return {"name": name, "value": "" if var.is_secret else var.value, "isSecret": var.is_secret}


class EnvVarRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        base = "/api/v1/projects/{projectRef}/envvars/{env}"
        router.add("GET", base, self.list, auth="env_or_pat")
        router.add("POST", base, self.create, auth="env_or_pat")
        router.add("POST", base + "/import", self.import_, auth="env_or_pat")
        router.add("GET", base + "/{name}", self.retrieve, auth="env_or_pat")
        router.add("PUT", base + "/{name}", self.update, auth="env_or_pat")
        router.add("DELETE", base + "/{name}", self.delete, auth="env_or_pat")

    def _get(self, req: Request) -> tuple[str, EnvVar]:
        name = req.params["name"]
        var = req.env_.envvars.get(name)
        if var is None:
            raise ApiError(404, "Environment variable not found")
        return name, var

    def list(self, req: Request) -> Response:
        return json_response([_present(n, v) for n, v in sorted(req.env_.envvars.items())])

    def retrieve(self, req: Request) -> Response:
        return json_response(_present(*self._get(req)))

    def create(self, req: Request) -> Response:
        # routes/api.v1.projects.$projectRef.envvars.$slug.ts: create is an upsert (override: true).
        body = req.json_object()
        name, value, is_secret = body.get("name"), body.get("value"), body.get("isSecret")
        if not isinstance(name, str) or not isinstance(value, str) or not isinstance(is_secret, bool | None):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["name"], "message": "Required"}])
        write_variables(req.env_, {name: value}, override=True, is_secret=is_secret)
        self.store.touch()
        return json_response(_SUCCESS)

    def update(self, req: Request) -> Response:
        name, var = self._get(req)
        body = req.json_object()
        if not isinstance(body.get("value"), str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["value"], "message": "Required"}])
        # EnvironmentVariablesRepository.edit with keepEmptyValues: a blank value is ignored, yet answers success.
        if body["value"].strip():
            req.env_.envvars[name] = EnvVar(body["value"], var.is_secret)
            self.store.touch()
        return json_response(_SUCCESS)

    def delete(self, req: Request) -> Response:
        name, _ = self._get(req)
        del req.env_.envvars[name]
        self.store.touch()
        return json_response(_SUCCESS)

    def import_(self, req: Request) -> Response:
        # routes/api.v1.projects.$projectRef.envvars.$slug.import.ts
        body = req.json_object()
        variables, override, is_secret = body.get("variables"), body.get("override"), body.get("isSecret")
        # The server takes an object map; the spec's array form is rejected like it is there.
        valid = isinstance(variables, dict) and all(isinstance(v, str) for v in variables.values())
        if not valid or not isinstance(override, bool | None) or not isinstance(is_secret, bool | None):
            raise ApiError(400, "Invalid body")
        assert isinstance(variables, dict)
        write_variables(req.env_, variables, override=bool(override), is_secret=is_secret)
        self.store.touch()
        return json_response(_SUCCESS)
