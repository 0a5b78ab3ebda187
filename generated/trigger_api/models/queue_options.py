from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="QueueOptions")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"name": "name", "concurrency_limit": "concurrencyLimit"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class QueueOptions:
    """A ``QueueOptions`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    name: str | None = None
    """ You can define a shared queue and then pass the name in to your task. """
    concurrency_limit: int | None = None
    """ An optional property that specifies the maximum number of concurrent run executions. If this property is
    omitted, the task can potentially use up the full concurrency of an environment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        concurrency_limit = self.concurrency_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if concurrency_limit is not UNSET:
            field_dict["concurrencyLimit"] = concurrency_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        name = _src.get("name")

        concurrency_limit = _src.get("concurrencyLimit")

        queue_options = cls(
            name,
            concurrency_limit,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        queue_options.additional_properties = d
        return queue_options

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
