from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.queue_type import QueueType, parse_queue_type
from ..models.queue_version import QueueVersion, parse_queue_version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_concurrency_type_0 import QueueConcurrencyType0


T = TypeVar("T", bound="Queue")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "type_": "type",
    "running": "running",
    "queued": "queued",
    "paused": "paused",
    "concurrency_limit": "concurrencyLimit",
    "concurrency": "concurrency",
    "version": "version",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class Queue:
    """A ``Queue`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The queue ID, e.g., `queue_1234` """
    name: str
    """ The queue name. For task queues, this is the task ID. For custom queues, this is the name you specified. """
    type_: QueueType
    """ The type of queue:
    - `task`: Created automatically for each task
    - `custom`: Created explicitly in your code using `queue()`
     """
    running: int
    """ The number of runs currently executing """
    queued: int
    """ The number of runs currently queued """
    paused: bool
    """ Whether the queue is paused. When paused, no new runs will start. """
    concurrency_limit: int | None = None
    """ The current concurrency limit of the queue """
    concurrency: QueueConcurrencyType0 | None = None
    """ Detailed concurrency information """
    version: QueueVersion | None = None
    """ V1: the queue's own concurrency limit applies; V2: concurrency is managed through concurrency limits (absent
    on older servers, meaning V1) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        running = self.running

        queued = self.queued

        paused = self.paused

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        concurrency: dict[str, Any] | None | Unset
        if isinstance(self.concurrency, Unset):
            concurrency = UNSET
        elif isinstance(self.concurrency, QueueConcurrencyType0):
            concurrency = self.concurrency.to_dict()
        else:
            concurrency = self.concurrency

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "running": running,
                "queued": queued,
                "paused": paused,
            }
        )
        if concurrency_limit is not UNSET:
            field_dict["concurrencyLimit"] = concurrency_limit
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        name = _src["name"]

        type_ = parse_queue_type(_src["type"])

        running = _src["running"]

        queued = _src["queued"]

        paused = _src["paused"]

        concurrency_limit: int | None | Unset = _src.get("concurrencyLimit")

        _concurrency = _src.get("concurrency")
        concurrency: None | QueueConcurrencyType0 | Unset
        if _concurrency is None:
            concurrency = None
        else:
            try:
                if not isinstance(_concurrency, dict):
                    raise TypeError()
                concurrency_type_0 = QueueConcurrencyType0.from_dict(_concurrency)

                concurrency = concurrency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                concurrency = _concurrency

        _version = _src.get("version")
        version: QueueVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = parse_queue_version(_version)

        queue = cls(
            id,
            name,
            type_,
            running,
            queued,
            paused,
            concurrency_limit,
            concurrency,
            version,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        queue.additional_properties = d
        return queue

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


from ..models.queue_concurrency_type_0 import QueueConcurrencyType0
