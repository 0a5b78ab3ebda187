from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_schema_tables_type_0_item import QuerySchemaTablesType0Item


T = TypeVar("T", bound="QuerySchema")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"tables": "tables"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class QuerySchema:
    """A ``QuerySchema`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    tables: list[QuerySchemaTablesType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables: list[dict[str, Any]] | None | Unset
        if isinstance(self.tables, Unset):
            tables = UNSET
        elif isinstance(self.tables, list):
            tables = []
            for tables_type_0_item_data in self.tables:
                tables_type_0_item = tables_type_0_item_data.to_dict()
                tables.append(tables_type_0_item)

        else:
            tables = self.tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tables is not UNSET:
            field_dict["tables"] = tables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _tables = _src.get("tables")
        tables: list[QuerySchemaTablesType0Item] | None | Unset
        if _tables is None:
            tables = None
        else:
            try:
                if not isinstance(_tables, list):
                    raise TypeError()
                tables_type_0 = []
                _tables_type_0 = _tables
                for tables_type_0_item_data in _tables_type_0:
                    tables_type_0_item = QuerySchemaTablesType0Item.from_dict(tables_type_0_item_data)

                    tables_type_0.append(tables_type_0_item)

                tables = tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tables = _tables

        query_schema = cls(
            tables,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        query_schema.additional_properties = d
        return query_schema

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


from ..models.query_schema_tables_type_0_item import QuerySchemaTablesType0Item
