from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorWithDetailsResponseDetailsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"code": "code", "message": "message", "path": "path"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ErrorWithDetailsResponseDetailsType0Item:
    """A ``ErrorWithDetailsResponseDetailsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    code: str
    """ The error code """
    message: str
    """ The error message """
    path: list[str] | None = None
    """ The relevant path in the request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        path: list[str] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = self.path

        else:
            path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        code = _src["code"]

        message = _src["message"]

        _path = _src.get("path")
        path: list[str] | None | Unset
        if _path is None:
            path = None
        else:
            try:
                if not isinstance(_path, list):
                    raise TypeError()
                path_type_0: list[str] = _path

                path = path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                path = _path

        error_with_details_response_details_type_0_item = cls(
            code,
            message,
            path,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        error_with_details_response_details_type_0_item.additional_properties = d
        return error_with_details_response_details_type_0_item

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
