"""Environment variables per project and environment (secret values read back empty)."""

from __future__ import annotations

import re
from typing import Any

from ._http import ApiError, Request, Response, Router, json_response
from ._state import EnvVar, Store

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SUCCESS = {"success": True}


def _check_name(name: Any) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise ApiError(
            400,
            "Invalid environment variable name",
            variableErrors=[{"key": str(name), "error": "Names must start with a letter or _ and use A-Z, 0-9, _"}],
        )
    return name


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
        body = req.json_object()
        name = _check_name(body.get("name"))
        if not isinstance(body.get("value"), str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["value"], "message": "Required"}])
        if name in req.env_.envvars:
            raise ApiError(400, f"Environment variable {name} already exists", variableErrors=[{"key": name}])
        req.env_.envvars[name] = EnvVar(body["value"], bool(body.get("isSecret")))
        self.store.touch()
        return json_response(_SUCCESS)

    def update(self, req: Request) -> Response:
        name, var = self._get(req)
        body = req.json_object()
        if not isinstance(body.get("value"), str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["value"], "message": "Required"}])
        req.env_.envvars[name] = EnvVar(body["value"], var.is_secret)
        self.store.touch()
        return json_response(_SUCCESS)

    def delete(self, req: Request) -> Response:
        name, _ = self._get(req)
        del req.env_.envvars[name]
        self.store.touch()
        return json_response(_SUCCESS)

    def import_(self, req: Request) -> Response:
        body = req.json_object()
        variables = body.get("variables")
        # The server takes an object map; the spec's array form is rejected like it is there.
        if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
            raise ApiError(
                400, "Invalid body", issues=[{"path": ["variables"], "message": "Expected object of strings"}]
            )
        for name in variables:
            _check_name(name)
        override, is_secret = bool(body.get("override")), bool(body.get("isSecret"))
        for name, value in variables.items():
            if override or name not in req.env_.envvars:
                req.env_.envvars[name] = EnvVar(value, is_secret)
        self.store.touch()
        return json_response(_SUCCESS)
