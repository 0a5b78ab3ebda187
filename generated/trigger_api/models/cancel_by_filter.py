from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.bulk_cancel_action import BulkCancelAction, parse_bulk_cancel_action
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.bulk_action_filter import BulkActionFilter


T = TypeVar("T", bound="CancelByFilter")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"action": "action", "filter_": "filter", "name": "name"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CancelByFilter:
    """A ``CancelByFilter`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    action: BulkCancelAction
    filter_: BulkActionFilter
    """ Selects runs using SDK-style run-list filter fields, excluding pagination fields. In HTTP requests these
    fields are sent as JSON body properties, so time fields are top-level (`from`, `to`, `period`) instead of nested
    under `createdAt`. Provide at least one property. """
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        filter_ = self.filter_.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "filter": filter_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        action = parse_bulk_cancel_action(_src["action"])

        filter_ = BulkActionFilter.from_dict(_src["filter"])

        name = _src.get("name")

        cancel_by_filter = cls(
            action,
            filter_,
            name,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        cancel_by_filter.additional_properties = d
        return cancel_by_filter

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


from ..models.bulk_action_filter import BulkActionFilter
