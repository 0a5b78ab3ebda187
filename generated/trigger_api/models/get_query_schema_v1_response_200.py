from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_query_schema_v1_response_200_tables_type_0_item import (
        GetQuerySchemaV1Response200TablesType0Item,
    )


T = TypeVar("T", bound="GetQuerySchemaV1Response200")


@_attrs_define
class GetQuerySchemaV1Response200:
    tables: list[GetQuerySchemaV1Response200TablesType0Item] | None | Unset = UNSET
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
        from ..models.get_query_schema_v1_response_200_tables_type_0_item import (
            GetQuerySchemaV1Response200TablesType0Item,
        )

        d = dict(src_dict)

        def _parse_tables(data: object) -> list[GetQuerySchemaV1Response200TablesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tables_type_0 = []
                _tables_type_0 = data
                for tables_type_0_item_data in _tables_type_0:
                    tables_type_0_item = GetQuerySchemaV1Response200TablesType0Item.from_dict(tables_type_0_item_data)

                    tables_type_0.append(tables_type_0_item)

                return tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetQuerySchemaV1Response200TablesType0Item] | None | Unset, data)

        tables = _parse_tables(d.pop("tables", UNSET))

        get_query_schema_v1_response_200 = cls(
            tables=tables,
        )

        get_query_schema_v1_response_200.additional_properties = d
        return get_query_schema_v1_response_200

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
