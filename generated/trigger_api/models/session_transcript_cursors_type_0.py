from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionTranscriptCursorsType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"last_out_event_id": "lastOutEventId", "last_in_event_id": "lastInEventId"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SessionTranscriptCursorsType0:
    """A ``SessionTranscriptCursorsType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    last_out_event_id: str | None = None
    last_in_event_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_out_event_id: None | str | Unset
        if isinstance(self.last_out_event_id, Unset):
            last_out_event_id = UNSET
        else:
            last_out_event_id = self.last_out_event_id

        last_in_event_id: None | str | Unset
        if isinstance(self.last_in_event_id, Unset):
            last_in_event_id = UNSET
        else:
            last_in_event_id = self.last_in_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_out_event_id is not UNSET:
            field_dict["lastOutEventId"] = last_out_event_id
        if last_in_event_id is not UNSET:
            field_dict["lastInEventId"] = last_in_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        last_out_event_id: None | str | Unset = _src.get("lastOutEventId")

        last_in_event_id: None | str | Unset = _src.get("lastInEventId")

        session_transcript_cursors_type_0 = cls(
            last_out_event_id,
            last_in_event_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        session_transcript_cursors_type_0.additional_properties = d
        return session_transcript_cursors_type_0

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
