from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionHandoff")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"run_id": "runId", "swapped": "swapped", "pending_version": "pendingVersion"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SessionHandoff:
    """A ``SessionHandoff`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    run_id: str
    """ The run that now holds the session """
    swapped: bool
    """ False: another run had already taken over """
    pending_version: bool | None = None
    """ The new run waits for its deployment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        swapped = self.swapped

        pending_version: bool | None | Unset
        if isinstance(self.pending_version, Unset):
            pending_version = UNSET
        else:
            pending_version = self.pending_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
                "swapped": swapped,
            }
        )
        if pending_version is not UNSET:
            field_dict["pendingVersion"] = pending_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        run_id = _src["runId"]

        swapped = _src["swapped"]

        pending_version: bool | None | Unset = _src.get("pendingVersion")

        session_handoff = cls(
            run_id,
            swapped,
            pending_version,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        session_handoff.additional_properties = d
        return session_handoff

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
