"""AI prompts: list, versions, resolve with variables, promote, and overrides (``client.prompts``).

Named as the SDK's ``prompts.*`` (``@trigger.dev/sdk`` 4.8.3 ``dist/esm/v3/prompts.js``) in snake_case. Prompts
are created by deploys (``prompts.define`` in code); an override is a version made through the API or the
dashboard that ``resolve`` prefers until it is removed.
"""

from __future__ import annotations

import builtins  # in the classes, `list` names the method
from collections.abc import Mapping
from typing import Any

from trigger_api.api.prompts import (
    create_prompt_override_v1,
    list_prompt_versions_v1,
    list_prompts_v1,
    promote_prompt_version_v1,
    reactivate_prompt_override_v1,
    remove_prompt_override_v1,
    resolve_prompt_v1,
    update_prompt_override_v1,
)
from trigger_api.models import (
    CreatePromptOverrideRequestBody,
    PromotePromptVersionRequestBody,
    PromptList,
    PromptOk,
    PromptOverrideCreated,
    PromptSummary,
    PromptVersion,
    PromptVersionList,
    ReactivatePromptOverrideRequestBody,
    ResolvedPrompt,
    ResolvePromptRequestBody,
    ResolvePromptRequestBodyVariables,
    ResolvePromptResponseBody,
    UpdatePromptOverrideRequestBody,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _slug(slug: Any) -> str:
    return v.segment(slug, "slug")


def _version(version: Any) -> int:
    # PromotePromptVersionRequestBody / ReactivatePromptOverrideRequestBody: a positive integer.
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(
            "version", f"must be a positive integer (a version from prompts.versions()), got {version!r}"
        )
    return version


def _optional_text(value: Any, field: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"must be a string, got {type(value).__name__}")
    return value


def _list() -> Operation[list[PromptSummary]]:
    return call(list_prompts_v1.build()).then(_data_of_list)


def _data_of_list(answer: PromptList) -> list[PromptSummary]:
    return answer.data


def _data_of_versions(answer: PromptVersionList) -> list[PromptVersion]:
    return answer.data


def _data_of_resolve(answer: ResolvePromptResponseBody) -> ResolvedPrompt:
    return answer.data


def _versions(slug: str) -> Operation[list[PromptVersion]]:
    return call(list_prompt_versions_v1.build(_slug(slug))).then(_data_of_versions)


def _resolve(
    slug: str, variables: Mapping[str, Any] | None, label: str | None, version: int | None
) -> Operation[ResolvedPrompt]:
    if variables is not None and not isinstance(variables, Mapping):
        raise ValidationError("variables", f"must be a mapping of names to values, got {type(variables).__name__}")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise ValidationError("version", f"must be an integer, got {version!r}")
    body = ResolvePromptRequestBody(
        # The SDK always sends variables ({} by default), as ResolvePromptRequestBody defaults them.
        variables=ResolvePromptRequestBodyVariables.from_dict(dict(variables or {})),
        label=None if label is None else v.text(label, "label"),
        version=version,
    )
    return call(resolve_prompt_v1.build(_slug(slug), body=body)).then(_data_of_resolve)


def _promote(slug: str, version: int) -> Operation[PromptOk]:
    body = PromotePromptVersionRequestBody(version=_version(version))
    return call(promote_prompt_version_v1.build(_slug(slug), body=body))


def _create_override(
    slug: str, text_content: str, model: str | None, commit_message: str | None, source: str | None
) -> Operation[PromptOverrideCreated]:
    if not isinstance(text_content, str):
        raise ValidationError("text_content", f"must be the prompt template text, got {type(text_content).__name__}")
    if source == "code":
        # routes/api.v1.prompts.$slug.override.ts: `code` is reserved for deploy-created versions.
        raise ValidationError("source", "'code' is reserved for versions created by deploys; use another name")
    body = CreatePromptOverrideRequestBody(
        text_content=text_content,
        model=_optional_text(model, "model"),
        commit_message=_optional_text(commit_message, "commit_message"),
        source=_optional_text(source, "source"),
    )
    return call(create_prompt_override_v1.build(_slug(slug), body=body))


def _update_override(
    slug: str, text_content: str | None, model: str | None, commit_message: str | None
) -> Operation[PromptOk]:
    body = UpdatePromptOverrideRequestBody(
        text_content=_optional_text(text_content, "text_content"),
        model=_optional_text(model, "model"),
        commit_message=_optional_text(commit_message, "commit_message"),
    )
    return call(update_prompt_override_v1.build(_slug(slug), body=body))


def _remove_override(slug: str) -> Operation[PromptOk]:
    return call(remove_prompt_override_v1.build(_slug(slug)))


def _reactivate_override(slug: str, version: int) -> Operation[PromptOk]:
    body = ReactivatePromptOverrideRequestBody(version=_version(version))
    return call(reactivate_prompt_override_v1.build(_slug(slug), body=body))


class Prompts(SyncResource):
    """AI prompts of the environment: ``client.prompts``."""

    def list(self) -> builtins.list[PromptSummary]:
        """Every prompt with its current version and whether an override is active.

        Example::

            for prompt in client.prompts.list():
                print(prompt.slug, prompt.current_version, prompt.has_override)
        """
        return self._run(_list())

    def versions(self, slug: str) -> builtins.list[PromptVersion]:
        """A prompt's versions, newest first, with their labels (``current``, ``override``).

        Example::

            for version in client.prompts.versions("customer-support"):
                print(version.version, version.labels, version.source)
        """
        return self._run(_versions(slug))

    def resolve(
        self,
        slug: str,
        variables: Mapping[str, Any] | None = None,
        *,
        label: str | None = None,
        version: int | None = None,
    ) -> ResolvedPrompt:
        """The prompt's text with ``{{variables}}`` filled in: the given ``version``, else the active override,
        else the version labelled ``label`` (default ``current``).

        Example::

            resolved = client.prompts.resolve("customer-support", {"customerName": "Alice"})
            print(resolved.version, resolved.model, resolved.text)
        """
        return self._run(_resolve(slug, variables, label, version))

    def promote(self, slug: str, version: int) -> PromptOk:
        """Make a deployed (code) version the ``current`` one.

        Example::

            client.prompts.promote("customer-support", 2)
        """
        return self._run(_promote(slug, version))

    def create_override(
        self,
        slug: str,
        *,
        text_content: str,
        model: str | None = None,
        commit_message: str | None = None,
        source: str | None = None,
    ) -> PromptOverrideCreated:
        """A new version that ``resolve`` prefers over the deployed one; it replaces any active override.

        Example::

            created = client.prompts.create_override(
                "customer-support", text_content="Hello {{customerName}}!", model="gpt-4o-mini"
            )
            print(created.version)
        """
        return self._run(_create_override(slug, text_content, model, commit_message, source))

    def update_override(
        self,
        slug: str,
        *,
        text_content: str | None = None,
        model: str | None = None,
        commit_message: str | None = None,
    ) -> PromptOk:
        """Edit the active override in place (the server answers 400 when none is active).

        Example::

            client.prompts.update_override("customer-support", text_content="Hi {{customerName}}!")
        """
        return self._run(_update_override(slug, text_content, model, commit_message))

    def remove_override(self, slug: str) -> PromptOk:
        """Stop using the override: ``resolve`` goes back to the deployed version.

        Example::

            client.prompts.remove_override("customer-support")
        """
        return self._run(_remove_override(slug))

    def reactivate_override(self, slug: str, version: int) -> PromptOk:
        """Make an earlier override version (not a deployed one) the active override again.

        Example::

            client.prompts.reactivate_override("customer-support", 3)
        """
        return self._run(_reactivate_override(slug, version))


@docs_from(Prompts)
class AsyncPrompts(AsyncResource):
    async def list(self) -> builtins.list[PromptSummary]:
        return await self._run(_list())

    async def versions(self, slug: str) -> builtins.list[PromptVersion]:
        return await self._run(_versions(slug))

    async def resolve(
        self,
        slug: str,
        variables: Mapping[str, Any] | None = None,
        *,
        label: str | None = None,
        version: int | None = None,
    ) -> ResolvedPrompt:
        return await self._run(_resolve(slug, variables, label, version))

    async def promote(self, slug: str, version: int) -> PromptOk:
        return await self._run(_promote(slug, version))

    async def create_override(
        self,
        slug: str,
        *,
        text_content: str,
        model: str | None = None,
        commit_message: str | None = None,
        source: str | None = None,
    ) -> PromptOverrideCreated:
        return await self._run(_create_override(slug, text_content, model, commit_message, source))

    async def update_override(
        self,
        slug: str,
        *,
        text_content: str | None = None,
        model: str | None = None,
        commit_message: str | None = None,
    ) -> PromptOk:
        return await self._run(_update_override(slug, text_content, model, commit_message))

    async def remove_override(self, slug: str) -> PromptOk:
        return await self._run(_remove_override(slug))

    async def reactivate_override(self, slug: str, version: int) -> PromptOk:
        return await self._run(_reactivate_override(slug, version))
