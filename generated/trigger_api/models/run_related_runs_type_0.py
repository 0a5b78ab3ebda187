from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_run_object import CommonRunObject


T = TypeVar("T", bound="RunRelatedRunsType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"root": "root", "parent": "parent", "children": "children"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunRelatedRunsType0:
    """A ``RunRelatedRunsType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    root: CommonRunObject | None = None
    parent: CommonRunObject | None = None
    children: list[CommonRunObject] | None = None
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
        _src: Any = src_dict
        _root = _src.get("root")
        root: CommonRunObject | Unset
        if isinstance(_root, Unset):
            root = UNSET
        else:
            root = CommonRunObject.from_dict(_root)

        _parent = _src.get("parent")
        parent: CommonRunObject | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = CommonRunObject.from_dict(_parent)

        _children = _src.get("children")
        children: list[CommonRunObject] | None | Unset
        if _children is None:
            children = None
        else:
            try:
                if not isinstance(_children, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = _children
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = CommonRunObject.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                children = children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                children = _children

        run_related_runs_type_0 = cls(
            root,
            parent,
            children,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_related_runs_type_0.additional_properties = d
        return run_related_runs_type_0

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


from ..models.common_run_object import CommonRunObject
