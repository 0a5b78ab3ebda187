from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.concurrency_limit_key_bound import ConcurrencyLimitKeyBound


T = TypeVar("T", bound="ConcurrencyLimitKey")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "name": "name",
    "concurrency_key": "concurrencyKey",
    "per_key": "perKey",
    "running": "running",
    "paused": "paused",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ConcurrencyLimitKey:
    """A ``ConcurrencyLimitKey`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    name: str
    concurrency_key: str
    per_key: ConcurrencyLimitKeyBound
    running: int
    """ Runs executing for this key that hold this limit """
    paused: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        concurrency_key = self.concurrency_key

        per_key = self.per_key.to_dict()

        running = self.running

        paused = self.paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "concurrencyKey": concurrency_key,
                "perKey": per_key,
                "running": running,
                "paused": paused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        name = _src["name"]

        concurrency_key = _src["concurrencyKey"]

        per_key = ConcurrencyLimitKeyBound.from_dict(_src["perKey"])

        running = _src["running"]

        paused = _src["paused"]

        concurrency_limit_key = cls(
            name,
            concurrency_key,
            per_key,
            running,
            paused,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        concurrency_limit_key.additional_properties = d
        return concurrency_limit_key

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


from ..models.concurrency_limit_key_bound import ConcurrencyLimitKeyBound
