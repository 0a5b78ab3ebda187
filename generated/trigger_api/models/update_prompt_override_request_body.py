from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="UpdatePromptOverrideRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"text_content": "textContent", "model": "model", "commit_message": "commitMessage"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class UpdatePromptOverrideRequestBody:
    """A ``UpdatePromptOverrideRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    text_content: str | None = None
    model: str | None = None
    commit_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_content = self.text_content

        model = self.model

        commit_message = self.commit_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_content is not UNSET:
            field_dict["textContent"] = text_content
        if model is not UNSET:
            field_dict["model"] = model
        if commit_message is not UNSET:
            field_dict["commitMessage"] = commit_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        text_content = _src.get("textContent")

        model = _src.get("model")

        commit_message = _src.get("commitMessage")

        update_prompt_override_request_body = cls(
            text_content,
            model,
            commit_message,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        update_prompt_override_request_body.additional_properties = d
        return update_prompt_override_request_body

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
