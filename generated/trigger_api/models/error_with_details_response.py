from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_with_details_response_details_type_0_item import (
        ErrorWithDetailsResponseDetailsType0Item,
    )


T = TypeVar("T", bound="ErrorWithDetailsResponse")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"error": "error", "details": "details"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ErrorWithDetailsResponse:
    """A ``ErrorWithDetailsResponse`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    error: str
    details: list[ErrorWithDetailsResponseDetailsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        error = _src["error"]

        _details = _src.get("details")
        details: list[ErrorWithDetailsResponseDetailsType0Item] | None | Unset
        if _details is None:
            details = None
        else:
            try:
                if not isinstance(_details, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = _details
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = ErrorWithDetailsResponseDetailsType0Item.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                details = details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                details = _details

        error_with_details_response = cls(
            error,
            details,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        error_with_details_response.additional_properties = d
        return error_with_details_response

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


from ..models.error_with_details_response_details_type_0_item import (
    ErrorWithDetailsResponseDetailsType0Item,
)
