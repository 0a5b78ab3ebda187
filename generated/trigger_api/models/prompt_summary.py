from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import parse_datetime

T = TypeVar("T", bound="PromptSummary")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "slug": "slug",
    "friendly_id": "friendlyId",
    "description": "description",
    "tags": "tags",
    "default_model": "defaultModel",
    "current_version": "currentVersion",
    "has_override": "hasOverride",
    "updated_at": "updatedAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class PromptSummary:
    """A ``PromptSummary`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    slug: str
    friendly_id: str
    description: None | str
    tags: list[str]
    default_model: None | str
    """ override > current > default """
    current_version: int | None
    has_override: bool
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        friendly_id = self.friendly_id

        description: None | str
        description = self.description

        tags = self.tags

        default_model: None | str
        default_model = self.default_model

        current_version: int | None
        current_version = self.current_version

        has_override = self.has_override

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "friendlyId": friendly_id,
                "description": description,
                "tags": tags,
                "defaultModel": default_model,
                "currentVersion": current_version,
                "hasOverride": has_override,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        slug = _src["slug"]

        friendly_id = _src["friendlyId"]

        description: None | str = _src["description"]

        tags: list[str] = _src["tags"]

        default_model: None | str = _src["defaultModel"]

        current_version: int | None = _src["currentVersion"]

        has_override = _src["hasOverride"]

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        prompt_summary = cls(
            slug,
            friendly_id,
            description,
            tags,
            default_model,
            current_version,
            has_override,
            updated_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        prompt_summary.additional_properties = d
        return prompt_summary

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
