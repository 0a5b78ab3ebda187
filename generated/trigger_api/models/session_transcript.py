from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_transcript_cursors_type_0 import SessionTranscriptCursorsType0


T = TypeVar("T", bound="SessionTranscript")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"messages": "messages", "cursors": "cursors", "next_cursor": "nextCursor"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SessionTranscript:
    """A ``SessionTranscript`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    messages: list[Any]
    """ UI messages (each with an `id`), oldest first """
    cursors: SessionTranscriptCursorsType0 | None = None
    next_cursor: str | None = None
    """ The oldest returned message's id, when older exist """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        cursors: dict[str, Any] | None | Unset
        if isinstance(self.cursors, Unset):
            cursors = UNSET
        elif isinstance(self.cursors, SessionTranscriptCursorsType0):
            cursors = self.cursors.to_dict()
        else:
            cursors = self.cursors

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        messages: list[Any] = _src["messages"]

        _cursors = _src.get("cursors")
        cursors: None | SessionTranscriptCursorsType0 | Unset
        if _cursors is None:
            cursors = None
        else:
            try:
                if not isinstance(_cursors, dict):
                    raise TypeError()
                cursors_type_0 = SessionTranscriptCursorsType0.from_dict(_cursors)

                cursors = cursors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cursors = _cursors

        next_cursor: None | str | Unset = _src.get("nextCursor")

        session_transcript = cls(
            messages,
            cursors,
            next_cursor,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        session_transcript.additional_properties = d
        return session_transcript

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


from ..models.session_transcript_cursors_type_0 import SessionTranscriptCursorsType0
