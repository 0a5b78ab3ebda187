from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_batch_v1_response_200_errors_type_0_item_error_type_0 import (
        RetrieveBatchV1Response200ErrorsType0ItemErrorType0,
    )


T = TypeVar("T", bound="RetrieveBatchV1Response200ErrorsType0Item")

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
class RetrieveBatchV1Response200ErrorsType0Item:
    """A ``RetrieveBatchV1Response200ErrorsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    index: int | None = None
    """ The index of the failed item. """
    task_identifier: str | None = None
    """ The task identifier of the failed item. """
    error: RetrieveBatchV1Response200ErrorsType0ItemErrorType0 | None = None
    """ The error details. """
    error_code: str | None = None
    """ An optional error code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        task_identifier: None | str | Unset
        if isinstance(self.task_identifier, Unset):
            task_identifier = UNSET
        else:
            task_identifier = self.task_identifier

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RetrieveBatchV1Response200ErrorsType0ItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        index: int | None | Unset = _src.get("index")

        task_identifier: None | str | Unset = _src.get("taskIdentifier")

        _error = _src.get("error")
        error: None | RetrieveBatchV1Response200ErrorsType0ItemErrorType0 | Unset
        if _error is None:
            error = None
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = RetrieveBatchV1Response200ErrorsType0ItemErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        error_code: None | str | Unset = _src.get("errorCode")

        retrieve_batch_v1_response_200_errors_type_0_item = cls(
            index,
            task_identifier,
            error,
            error_code,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        retrieve_batch_v1_response_200_errors_type_0_item.additional_properties = d
        return retrieve_batch_v1_response_200_errors_type_0_item

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


from ..models.retrieve_batch_v1_response_200_errors_type_0_item_error_type_0 import (
    RetrieveBatchV1Response200ErrorsType0ItemErrorType0,
)
