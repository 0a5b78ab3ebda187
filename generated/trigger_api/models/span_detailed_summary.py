from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_detailed_summary_data_type_0 import SpanDetailedSummaryDataType0


T = TypeVar("T", bound="SpanDetailedSummary")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "parent_id": "parentId",
    "run_id": "runId",
    "data": "data",
    "children": "children",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SpanDetailedSummary:
    """A ``SpanDetailedSummary`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ The span ID. """
    parent_id: str | None = None
    """ The parent span ID, if any. """
    run_id: str | None = None
    """ The run ID this span belongs to. """
    data: SpanDetailedSummaryDataType0 | None = None
    children: list[SpanDetailedSummary] | None = None
    """ Nested child spans. Each child has the same structure as the parent span. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SpanDetailedSummaryDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if data is not UNSET:
            field_dict["data"] = data
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        parent_id: None | str | Unset = _src.get("parentId")

        run_id: None | str | Unset = _src.get("runId")

        _data = _src.get("data")
        data: None | SpanDetailedSummaryDataType0 | Unset
        if _data is None:
            data = None
        else:
            try:
                if not isinstance(_data, dict):
                    raise TypeError()
                data_type_0 = SpanDetailedSummaryDataType0.from_dict(_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = _data

        _children = _src.get("children")
        children: list[SpanDetailedSummary] | None | Unset
        if _children is None:
            children = None
        else:
            try:
                if not isinstance(_children, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = _children
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = SpanDetailedSummary.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                children = children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                children = _children

        span_detailed_summary = cls(
            id,
            parent_id,
            run_id,
            data,
            children,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        span_detailed_summary.additional_properties = d
        return span_detailed_summary

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


from ..models.span_detailed_summary_data_type_0 import SpanDetailedSummaryDataType0
