from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.queue_lookup import QueueLookup, parse_queue_lookup
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetQueueConcurrencyV1Body")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"type_": "type"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ResetQueueConcurrencyV1Body:
    """A ``ResetQueueConcurrencyV1Body`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    type_: QueueLookup | None = QueueLookup.ID
    """ How to interpret the `queueParam` path parameter:
    - `id`: Treat as a queue ID (default)
    - `task`: Treat as a task ID to get the task's default queue
    - `custom`: Treat as a custom queue name
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _type_ = _src.get("type")
        type_: QueueLookup | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = parse_queue_lookup(_type_)

        reset_queue_concurrency_v1_body = cls(
            type_,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        reset_queue_concurrency_v1_body.additional_properties = d
        return reset_queue_concurrency_v1_body

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
