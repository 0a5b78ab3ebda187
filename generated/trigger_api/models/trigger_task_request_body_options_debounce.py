from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.trigger_task_request_body_options_debounce_mode import (
    TriggerTaskRequestBodyOptionsDebounceMode,
    parse_trigger_task_request_body_options_debounce_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerTaskRequestBodyOptionsDebounce")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"key": "key", "delay": "delay", "mode": "mode", "max_delay": "maxDelay"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class TriggerTaskRequestBodyOptionsDebounce:
    """A ``TriggerTaskRequestBodyOptionsDebounce`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    key: str
    delay: float | str
    mode: TriggerTaskRequestBodyOptionsDebounceMode | None = None
    max_delay: float | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        delay: float | str
        delay = self.delay

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        max_delay: float | str | Unset
        if isinstance(self.max_delay, Unset):
            max_delay = UNSET
        else:
            max_delay = self.max_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "delay": delay,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_delay is not UNSET:
            field_dict["maxDelay"] = max_delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        key = _src["key"]

        delay: float | str = _src["delay"]

        _mode = _src.get("mode")
        mode: TriggerTaskRequestBodyOptionsDebounceMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = parse_trigger_task_request_body_options_debounce_mode(_mode)

        max_delay: float | str | Unset = _src.get("maxDelay")

        trigger_task_request_body_options_debounce = cls(
            key,
            delay,
            mode,
            max_delay,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        trigger_task_request_body_options_debounce.additional_properties = d
        return trigger_task_request_body_options_debounce

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
