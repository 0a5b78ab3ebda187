from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import parse_datetime

T = TypeVar("T", bound="PromptVersion")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "version": "version",
    "labels": "labels",
    "source": "source",
    "model": "model",
    "text_content": "textContent",
    "commit_message": "commitMessage",
    "content_hash": "contentHash",
    "created_at": "createdAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class PromptVersion:
    """A ``PromptVersion`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    version: int
    labels: list[str]
    """ `current`, `override`… """
    source: str
    """ `code` for deployed versions, else `api`, `dashboard`… """
    model: None | str
    text_content: None | str
    commit_message: None | str
    content_hash: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        labels = self.labels

        source = self.source

        model: None | str
        model = self.model

        text_content: None | str
        text_content = self.text_content

        commit_message: None | str
        commit_message = self.commit_message

        content_hash = self.content_hash

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "labels": labels,
                "source": source,
                "model": model,
                "textContent": text_content,
                "commitMessage": commit_message,
                "contentHash": content_hash,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        version = _src["version"]

        labels: list[str] = _src["labels"]

        source = _src["source"]

        model: None | str = _src["model"]

        text_content: None | str = _src["textContent"]

        commit_message: None | str = _src["commitMessage"]

        content_hash = _src["contentHash"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        prompt_version = cls(
            id,
            version,
            labels,
            source,
            model,
            text_content,
            commit_message,
            content_hash,
            created_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        prompt_version.additional_properties = d
        return prompt_version

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
