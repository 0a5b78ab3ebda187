from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_results_items_type_0_item_error_type_0 import (
        BatchResultsItemsType0ItemErrorType0,
    )
    from ..models.batch_results_items_type_0_item_usage_type_0 import (
        BatchResultsItemsType0ItemUsageType0,
    )


T = TypeVar("T", bound="BatchResultsItemsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "ok": "ok",
    "id": "id",
    "output": "output",
    "output_type": "outputType",
    "error": "error",
    "usage": "usage",
    "task_identifier": "taskIdentifier",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BatchResultsItemsType0Item:
    """A ``BatchResultsItemsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    ok: bool
    """ Whether this run completed successfully. """
    id: str
    """ The run ID. """
    output: str | None = None
    """ The serialized output as a string (present when ok is true). Use outputType to determine how to parse it —
    for "application/json" use JSON.parse(). """
    output_type: str | None = None
    """ The content type of the serialized output, e.g. "application/json". """
    error: BatchResultsItemsType0ItemErrorType0 | None = None
    """ Error details (present when ok is false). """
    usage: BatchResultsItemsType0ItemUsageType0 | None = None
    task_identifier: str | None = None
    """ The task identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        output_type: None | str | Unset
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        else:
            output_type = self.output_type

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchResultsItemsType0ItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, BatchResultsItemsType0ItemUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        task_identifier: None | str | Unset
        if isinstance(self.task_identifier, Unset):
            task_identifier = UNSET
        else:
            task_identifier = self.task_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "id": id,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if output_type is not UNSET:
            field_dict["outputType"] = output_type
        if error is not UNSET:
            field_dict["error"] = error
        if usage is not UNSET:
            field_dict["usage"] = usage
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        ok = _src["ok"]

        id = _src["id"]

        output: None | str | Unset = _src.get("output")

        output_type: None | str | Unset = _src.get("outputType")

        _error = _src.get("error")
        error: BatchResultsItemsType0ItemErrorType0 | None | Unset
        if _error is None:
            error = None
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = BatchResultsItemsType0ItemErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        _usage = _src.get("usage")
        usage: BatchResultsItemsType0ItemUsageType0 | None | Unset
        if _usage is None:
            usage = None
        else:
            try:
                if not isinstance(_usage, dict):
                    raise TypeError()
                usage_type_0 = BatchResultsItemsType0ItemUsageType0.from_dict(_usage)

                usage = usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                usage = _usage

        task_identifier: None | str | Unset = _src.get("taskIdentifier")

        batch_results_items_type_0_item = cls(
            ok,
            id,
            output,
            output_type,
            error,
            usage,
            task_identifier,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        batch_results_items_type_0_item.additional_properties = d
        return batch_results_items_type_0_item

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


from ..models.batch_results_items_type_0_item_error_type_0 import (
    BatchResultsItemsType0ItemErrorType0,
)
from ..models.batch_results_items_type_0_item_usage_type_0 import (
    BatchResultsItemsType0ItemUsageType0,
)
