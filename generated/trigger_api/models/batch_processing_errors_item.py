from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchProcessingErrorsItem")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "index": "index",
    "task_identifier": "taskIdentifier",
    "error": "error",
    "error_code": "errorCode",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BatchProcessingErrorsItem:
    """A ``BatchProcessingErrorsItem`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    index: int
    task_identifier: str
    error: str
    error_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        task_identifier = self.task_identifier

        error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "taskIdentifier": task_identifier,
                "error": error,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        index = _src["index"]

        task_identifier = _src["taskIdentifier"]

        error = _src["error"]

        error_code: None | str | Unset = _src.get("errorCode")

        batch_processing_errors_item = cls(
            index,
            task_identifier,
            error,
            error_code,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        batch_processing_errors_item.additional_properties = d
        return batch_processing_errors_item

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
