from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_run_object import CommonRunObject


T = TypeVar("T", bound="RetrieveRunResponseRelatedRunsType0")


@_attrs_define
class RetrieveRunResponseRelatedRunsType0:
    root: CommonRunObject | Unset = UNSET
    parent: CommonRunObject | Unset = UNSET
    children: list[CommonRunObject] | None | Unset = UNSET
    """ The immediate children of the run. Will be omitted if the run has no children """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root, Unset):
            root = self.root.to_dict()

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

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
        if root is not UNSET:
            field_dict["root"] = root
        if parent is not UNSET:
            field_dict["parent"] = parent
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_run_object import CommonRunObject

        d = dict(src_dict)
        _root = d.pop("root", UNSET)
        root: CommonRunObject | Unset
        if isinstance(_root, Unset):
            root = UNSET
        else:
            root = CommonRunObject.from_dict(_root)

        _parent = d.pop("parent", UNSET)
        parent: CommonRunObject | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = CommonRunObject.from_dict(_parent)

        def _parse_children(data: object) -> list[CommonRunObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = CommonRunObject.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommonRunObject] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        retrieve_run_response_related_runs_type_0 = cls(
            root=root,
            parent=parent,
            children=children,
        )

        retrieve_run_response_related_runs_type_0.additional_properties = d
        return retrieve_run_response_related_runs_type_0

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
