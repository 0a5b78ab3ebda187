"""Prompts: versions created by deploys (``emulator.add_prompt``), promotion, overrides and resolve.

Each rule follows the webapp: the routes ``routes/api.v1.prompts.*.ts``, ``v3/services/promptService.server.ts``
(labels, overrides), ``presenters/v3/PromptPresenter.server.ts`` (list, resolution order) and
``v3/services/createBackgroundWorker.server.ts`` (what a deploy does to a prompt's versions).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._state import Environment, Store


@dataclass
class PromptVersion:
    id: str
    version: int
    labels: list[str]
    source: str
    model: str | None
    config: dict[str, Any] | None
    text_content: str | None
    commit_message: str | None
    content_hash: str
    created_at: float

    def present(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "labels": self.labels,
            "source": self.source,
            "model": self.model,
            "textContent": self.text_content,
            "commitMessage": self.commit_message,
            "contentHash": self.content_hash,
            "createdAt": iso(self.created_at),
        }


@dataclass
class Prompt:
    friendly_id: str
    slug: str
    description: str | None
    tags: list[str]
    default_model: str | None
    default_config: dict[str, Any] | None
    updated_at: float
    versions: list[PromptVersion] = field(default_factory=list)

    def labelled(self, label: str) -> PromptVersion | None:
        """The newest version carrying ``label`` (``findFirst … orderBy version desc``)."""
        return next((v for v in reversed(self.versions) if label in v.labels), None)

    def move_label(self, label: str, to: PromptVersion | None) -> None:
        for version in self.versions:
            if label in version.labels:
                version.labels.remove(label)
        if to is not None:
            to.labels.append(label)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def compile_template(template: str, variables: dict[str, Any]) -> str:
    """``compileTemplate`` of routes/api.v1.prompts.$slug.ts: ``{{#name}}…{{/name}}`` sections, then ``{{name}}``."""

    def js_string(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, dict):
            return "[object Object]"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, list):
            return ",".join("" if item is None else js_string(item) for item in value)
        return str(value)

    def truthy(value: Any) -> bool:  # JavaScript truthiness: [] and {} are truthy, 0 and "" are not
        return value is not None and value is not False and value != 0 and value != ""

    def section(match: re.Match[str]) -> str:
        if not truthy(variables.get(match[1])):
            return ""
        return re.sub(r"\{\{(\w+)\}\}", lambda m: value_text(variables.get(m[1])), match[2])

    def value_text(value: Any) -> str:  # `String(value ?? "")`
        return "" if value is None else js_string(value)

    result = re.sub(r"\{\{#(\w+)\}\}([\s\S]*?)\{\{/\1\}\}", section, template)
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: value_text(variables.get(m[1])), result)


def _body_error(path: str, message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"path": [path], "message": message}])


def _positive_version(body: dict[str, Any]) -> int:
    # PromotePromptVersionRequestBody / ReactivatePromptOverrideRequestBody: z.number().int().positive().
    version = body.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _body_error("version", "Expected a positive integer")
    return version


def _optional_string(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise _body_error(key, "Expected string")
    return value


class PromptRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Prompts belong to one environment (projectId_runtimeEnvironmentId_slug); keyed by environment id.
        self.prompts: dict[str, dict[str, Prompt]] = {}

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/prompts", self.list)
        router.add("POST", "/api/v1/prompts/{slug}", self.resolve)
        router.add("GET", "/api/v1/prompts/{slug}/versions", self.versions)
        router.add("POST", "/api/v1/prompts/{slug}/promote", self.promote)
        router.add("POST", "/api/v1/prompts/{slug}/override", self.create_override)
        router.add("PUT", "/api/v1/prompts/{slug}/override", self.update_override)
        router.add("DELETE", "/api/v1/prompts/{slug}/override", self.remove_override)
        router.add("POST", "/api/v1/prompts/{slug}/override/reactivate", self.reactivate_override)

    def deploy(
        self,
        env: Environment,
        slug: str,
        content: str,
        *,
        model: str | None,
        config: dict[str, Any] | None,
        description: str | None,
        tags: list[str],
    ) -> int:
        """What a deploy does (createWorkerPrompts): upsert the prompt and, when the code definition changed,
        add a ``code`` version labelled ``latest`` and ``current``. Returns the version now current."""
        now = self.store.now()
        mine = self.prompts.setdefault(env.id, {})
        prompt = mine.get(slug)
        if prompt is None:
            prompt = mine[slug] = Prompt(self.store.new_id("prompt_"), slug, description, tags, model, config, now)
        prompt.description, prompt.tags, prompt.default_model, prompt.default_config = description, tags, model, config
        prompt.updated_at = now
        digest = content_hash(json.dumps({"content": content, "model": model, "config": config}, separators=(",", ":")))
        latest_code = next((v for v in reversed(prompt.versions) if v.source == "code"), None)
        if latest_code is not None and latest_code.content_hash == digest:
            current = prompt.labelled("current")
            return current.version if current else latest_code.version
        version = PromptVersion(
            self.store.new_id("", 25), len(prompt.versions) + 1, [], "code", model, config, content, None, digest, now
        )
        prompt.move_label("latest", None)
        prompt.move_label("current", None)
        version.labels.extend(["latest", "current"])
        prompt.versions.append(version)
        return version.version

    def _find(self, req: Request) -> Prompt:
        prompt = self.prompts.get(req.env_.id, {}).get(req.params["slug"])
        if prompt is None:
            raise ApiError(404, "Prompt not found")
        return prompt

    @staticmethod
    def _version(prompt: Prompt, number: int) -> PromptVersion:
        for version in prompt.versions:
            if version.version == number:
                return version
        raise ApiError(404, f"Version {number} not found")

    def list(self, req: Request) -> Response:
        """PromptPresenter.listPrompts: newest update first; the model is override > current > default."""
        rows = []
        for prompt in sorted(self.prompts.get(req.env_.id, {}).values(), key=lambda p: -p.updated_at):
            current, override = prompt.labelled("current"), prompt.labelled("override")
            model = next((v.model for v in (override, current) if v is not None and v.model is not None), None)
            rows.append(
                {
                    "slug": prompt.slug,
                    "friendlyId": prompt.friendly_id,
                    "description": prompt.description,
                    "tags": prompt.tags,
                    "defaultModel": model or prompt.default_model,
                    "currentVersion": current.version if current else None,
                    "hasOverride": override is not None,
                    "updatedAt": iso(prompt.updated_at),
                }
            )
        return json_response({"data": rows})

    def versions(self, req: Request) -> Response:
        # PromptPresenter.listVersions: newest first, at most 50.
        prompt = self._find(req)
        return json_response({"data": [v.present() for v in reversed(prompt.versions)][:50]})

    def resolve(self, req: Request) -> Response:
        body = req.json_object()
        variables = body.get("variables", {})
        if not isinstance(variables, dict):
            raise _body_error("variables", "Expected object")
        label, number = _optional_string(body, "label"), body.get("version")
        if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
            raise _body_error("version", "Expected number")
        prompt = self._find(req)
        # PromptPresenter.resolveVersion: an explicit version, else the override, else the label (default current).
        if number is not None:
            version = next((v for v in prompt.versions if v.version == number), None)
        else:
            version = prompt.labelled("override") or prompt.labelled(label or "current")
        if version is None:
            raise ApiError(404, "No version found")
        if not version.text_content:
            raise ApiError(404, "Prompt has no content")
        data = {
            "promptId": prompt.friendly_id,
            "slug": prompt.slug,
            "version": version.version,
            "labels": version.labels,
            "template": version.text_content,
            "text": compile_template(version.text_content, variables),
            "model": version.model if version.model is not None else prompt.default_model,
            "config": version.config if version.config is not None else prompt.default_config,
        }
        return json_response({"data": data})

    def promote(self, req: Request) -> Response:
        number = _positive_version(req.json_object())
        prompt = self._find(req)
        version = self._version(prompt, number)
        if version.source != "code":  # promoteVersion with sourceGuard
            raise ApiError(400, "Only code-sourced versions can be promoted. Use the override API instead.")
        prompt.move_label("current", version)
        return json_response({"ok": True})

    def create_override(self, req: Request) -> Response:
        body = req.json_object()
        text = body.get("textContent")
        if not isinstance(text, str):
            raise _body_error("textContent", "Required")
        source = _optional_string(body, "source")
        if source == "code":  # the route's refine: `code` is reserved for deploy-created versions
            raise _body_error("source", "Invalid input")
        model, message = _optional_string(body, "model"), _optional_string(body, "commitMessage")
        prompt = self._find(req)
        version = PromptVersion(
            self.store.new_id("", 25),
            len(prompt.versions) + 1,
            [],
            source or "api",
            model or None,
            None,
            text,
            message or None,
            content_hash(text),
            self.store.now(),
        )
        prompt.versions.append(version)
        prompt.move_label("override", version)
        return json_response({"ok": True, "version": version.version})

    def update_override(self, req: Request) -> Response:
        body = req.json_object()
        text, model = _optional_string(body, "textContent"), _optional_string(body, "model")
        message = _optional_string(body, "commitMessage")
        prompt = self._find(req)
        version = prompt.labelled("override")
        if version is None:
            raise ApiError(400, "No active override to update")
        version.text_content = text if text is not None else (version.text_content or "")
        version.model = model if model is not None else version.model
        version.commit_message = message if message is not None else version.commit_message
        version.content_hash = content_hash(version.text_content)
        return json_response({"ok": True})

    def remove_override(self, req: Request) -> Response:
        self._find(req).move_label("override", None)
        return json_response({"ok": True})

    def reactivate_override(self, req: Request) -> Response:
        number = _positive_version(req.json_object())
        prompt = self._find(req)
        version = self._version(prompt, number)
        if version.source == "code":
            raise ApiError(400, "Code-sourced versions cannot be reactivated as overrides")
        prompt.move_label("override", version)
        return json_response({"ok": True})
