"""Deployments (one seeded deployed version per environment) and promotion."""

from __future__ import annotations

from typing import Any

from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import cursor_page
from ._state import Deployment, Environment, Settings, Store

SEED_VERSION = "20250101.1"


def add_deployment(store: Store, env: Environment, version: str, *, promote: bool = True) -> Deployment:
    """Record a DEPLOYED version in ``env`` (and make it current when ``promote``)."""
    now = store.now()
    deployment = Deployment(
        id=store.new_id("deployment_"),
        short_code=store.new_id("", 8),
        version=version,
        created_at=now,
        content_hash=store.new_id("", 16),
        deployed_at=now,
    )
    env.deployments.append(deployment)
    if promote:
        env.current_deployment = deployment
    store.touch()
    return deployment


class DeploymentRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/deployments/latest", self.latest)
        router.add("GET", "/api/v1/deployments/current", self.current)
        router.add("GET", "/api/v1/deployments", self.list, in_spec=False)
        router.add("GET", "/api/v1/deployments/{deploymentId}", self.retrieve)
        router.add("POST", "/api/v1/deployments/{version}/promote", self.promote)

    def _detail(self, env: Environment, d: Deployment) -> dict[str, Any]:
        tasks = [
            {"id": f"task_{name}", "slug": name, "filePath": "src/trigger/tasks.ts", "exportName": name}
            for name in sorted(self.settings.tasks)
        ]
        return {
            "id": d.id,
            "status": "DEPLOYED",
            "contentHash": d.content_hash,
            "shortCode": d.short_code,
            "version": d.version,
            "imageReference": f"registry.trigger.dev/{env.project.ref}:{d.version}.{env.slug}",
            "imagePlatform": "linux/amd64",
            "externalBuildData": None,
            "errorData": None,
            "worker": {"id": d.id.replace("deployment_", "worker_"), "version": d.version, "tasks": tasks},
        }

    def _summary(self, d: Deployment) -> dict[str, Any]:
        return {
            "id": d.id,
            "createdAt": iso(d.created_at),
            "shortCode": d.short_code,
            "version": d.version,
            "runtime": "node",
            "runtimeVersion": "22.12.0",
            "status": "DEPLOYED",
            "deployedAt": iso(d.deployed_at),
        }

    def latest(self, req: Request) -> Response:
        if not req.env_.deployments:
            raise ApiError(404, "Deployment not found")
        detail = self._detail(req.env_, req.env_.deployments[-1])
        return json_response(
            {k: v for k, v in detail.items() if k not in ("worker", "imagePlatform", "externalBuildData")}
        )

    def current(self, req: Request) -> Response:
        if req.env_.current_deployment is None:
            raise ApiError(404, "Deployment not found")
        return json_response(self._summary(req.env_.current_deployment))

    def list(self, req: Request) -> Response:
        newest_first = list(reversed(req.env_.deployments))
        return json_response(cursor_page(newest_first, req, self._summary, lambda d: d.id))

    def retrieve(self, req: Request) -> Response:
        found = next((d for d in req.env_.deployments if d.id == req.params["deploymentId"]), None)
        if found is None:
            raise ApiError(404, "Deployment not found")
        return json_response(self._detail(req.env_, found))

    def promote(self, req: Request) -> Response:
        found = next((d for d in req.env_.deployments if d.version == req.params["version"]), None)
        if found is None:
            raise ApiError(404, "Deployment not found")
        req.env_.current_deployment = found
        self.store.touch()
        return json_response({"id": found.id, "version": found.version, "shortCode": found.short_code})
