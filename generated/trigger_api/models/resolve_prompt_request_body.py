from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resolve_prompt_request_body_variables import (
        ResolvePromptRequestBodyVariables,
    )


T = TypeVar("T", bound="ResolvePromptRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"variables": "variables", "label": "label", "version": "version"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ResolvePromptRequestBody:
    """A ``ResolvePromptRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    variables: ResolvePromptRequestBodyVariables | None = None
    label: str | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        label = self.label

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variables is not UNSET:
            field_dict["variables"] = variables
        if label is not UNSET:
            field_dict["label"] = label
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _variables = _src.get("variables")
        variables: ResolvePromptRequestBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = ResolvePromptRequestBodyVariables.from_dict(_variables)

        label = _src.get("label")

        version = _src.get("version")

        resolve_prompt_request_body = cls(
            variables,
            label,
            version,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        resolve_prompt_request_body.additional_properties = d
        return resolve_prompt_request_body

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


from ..models.resolve_prompt_request_body_variables import (
    ResolvePromptRequestBodyVariables,
)
