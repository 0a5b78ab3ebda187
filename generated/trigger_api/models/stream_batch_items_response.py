from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamBatchItemsResponse")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "items_accepted": "itemsAccepted",
    "items_deduplicated": "itemsDeduplicated",
    "sealed": "sealed",
    "enqueued_count": "enqueuedCount",
    "expected_count": "expectedCount",
    "run_count": "runCount",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class StreamBatchItemsResponse:
    """A ``StreamBatchItemsResponse`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    items_accepted: int
    items_deduplicated: int
    sealed: bool
    """ False: items are missing; send the stream again """
    enqueued_count: int | None = None
    expected_count: int | None = None
    run_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        items_accepted = self.items_accepted

        items_deduplicated = self.items_deduplicated

        sealed = self.sealed

        enqueued_count: int | None | Unset
        if isinstance(self.enqueued_count, Unset):
            enqueued_count = UNSET
        else:
            enqueued_count = self.enqueued_count

        expected_count: int | None | Unset
        if isinstance(self.expected_count, Unset):
            expected_count = UNSET
        else:
            expected_count = self.expected_count

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "itemsAccepted": items_accepted,
                "itemsDeduplicated": items_deduplicated,
                "sealed": sealed,
            }
        )
        if enqueued_count is not UNSET:
            field_dict["enqueuedCount"] = enqueued_count
        if expected_count is not UNSET:
            field_dict["expectedCount"] = expected_count
        if run_count is not UNSET:
            field_dict["runCount"] = run_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        items_accepted = _src["itemsAccepted"]

        items_deduplicated = _src["itemsDeduplicated"]

        sealed = _src["sealed"]

        enqueued_count: int | None | Unset = _src.get("enqueuedCount")

        expected_count: int | None | Unset = _src.get("expectedCount")

        run_count: int | None | Unset = _src.get("runCount")

        stream_batch_items_response = cls(
            id,
            items_accepted,
            items_deduplicated,
            sealed,
            enqueued_count,
            expected_count,
            run_count,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        stream_batch_items_response.additional_properties = d
        return stream_batch_items_response

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
