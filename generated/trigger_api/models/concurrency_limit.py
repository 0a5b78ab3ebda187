from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concurrency_limit_bound import ConcurrencyLimitBound


T = TypeVar("T", bound="ConcurrencyLimit")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "per_key": "perKey",
    "total": "total",
    "running": "running",
    "queued": "queued",
    "paused": "paused",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ConcurrencyLimit:
    """A ``ConcurrencyLimit`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The limit's id, `climit_…` """
    name: str
    per_key: ConcurrencyLimitBound
    total: ConcurrencyLimitBound
    running: int
    """ Runs executing that hold this limit """
    queued: int
    """ Queued runs that must clear this limit to execute """
    paused: bool | None = None
    """ A paused limit admits no runs (older servers omit it) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        per_key = self.per_key.to_dict()

        total = self.total.to_dict()

        running = self.running

        queued = self.queued

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "perKey": per_key,
                "total": total,
                "running": running,
                "queued": queued,
            }
        )
        if paused is not UNSET:
            field_dict["paused"] = paused

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        name = _src["name"]

        per_key = ConcurrencyLimitBound.from_dict(_src["perKey"])

        total = ConcurrencyLimitBound.from_dict(_src["total"])

        running = _src["running"]

        queued = _src["queued"]

        paused: bool | None | Unset = _src.get("paused")

        concurrency_limit = cls(
            id,
            name,
            per_key,
            total,
            running,
            queued,
            paused,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        concurrency_limit.additional_properties = d
        return concurrency_limit

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


from ..models.concurrency_limit_bound import ConcurrencyLimitBound
