from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resolved_prompt_config_type_0 import ResolvedPromptConfigType0


T = TypeVar("T", bound="ResolvedPrompt")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "prompt_id": "promptId",
    "slug": "slug",
    "version": "version",
    "labels": "labels",
    "template": "template",
    "text": "text",
    "model": "model",
    "config": "config",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ResolvedPrompt:
    """A ``ResolvedPrompt`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    prompt_id: str
    slug: str
    version: int
    labels: list[str]
    template: str | None = None
    text: str | None = None
    model: str | None = None
    config: ResolvedPromptConfigType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_id = self.prompt_id

        slug = self.slug

        version = self.version

        labels = self.labels

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ResolvedPromptConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptId": prompt_id,
                "slug": slug,
                "version": version,
                "labels": labels,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template
        if text is not UNSET:
            field_dict["text"] = text
        if model is not UNSET:
            field_dict["model"] = model
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        prompt_id = _src["promptId"]

        slug = _src["slug"]

        version = _src["version"]

        labels: list[str] = _src["labels"]

        template: None | str | Unset = _src.get("template")

        text: None | str | Unset = _src.get("text")

        model: None | str | Unset = _src.get("model")

        _config = _src.get("config")
        config: None | ResolvedPromptConfigType0 | Unset
        if _config is None:
            config = None
        else:
            try:
                if not isinstance(_config, dict):
                    raise TypeError()
                config_type_0 = ResolvedPromptConfigType0.from_dict(_config)

                config = config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                config = _config

        resolved_prompt = cls(
            prompt_id,
            slug,
            version,
            labels,
            template,
            text,
            model,
            config,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        resolved_prompt.additional_properties = d
        return resolved_prompt

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.resolved_prompt_config_type_0 import ResolvedPromptConfigType0
