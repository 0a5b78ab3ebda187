from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.queue_object_type import QueueObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_object_concurrency_type_0 import QueueObjectConcurrencyType0


T = TypeVar("T", bound="QueueObject")


@_attrs_define
class QueueObject:
    id: str
    """ The queue ID, e.g., `queue_1234` """
    name: str
    """ The queue name. For task queues, this is the task ID. For custom queues, this is the name you specified. """
    type_: QueueObjectType
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
    concurrency_limit: int | None | Unset = UNSET
    """ The current concurrency limit of the queue """
    concurrency: None | QueueObjectConcurrencyType0 | Unset = UNSET
    """ Detailed concurrency information """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.queue_object_concurrency_type_0 import QueueObjectConcurrencyType0

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
        elif isinstance(self.concurrency, QueueObjectConcurrencyType0):
            concurrency = self.concurrency.to_dict()
        else:
            concurrency = self.concurrency

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.queue_object_concurrency_type_0 import QueueObjectConcurrencyType0

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = QueueObjectType(d.pop("type"))

        running = d.pop("running")

        queued = d.pop("queued")

        paused = d.pop("paused")

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrencyLimit", UNSET))

        def _parse_concurrency(data: object) -> None | QueueObjectConcurrencyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                concurrency_type_0 = QueueObjectConcurrencyType0.from_dict(data)

                return concurrency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueueObjectConcurrencyType0 | Unset, data)

        concurrency = _parse_concurrency(d.pop("concurrency", UNSET))

        queue_object = cls(
            id=id,
            name=name,
            type_=type_,
            running=running,
            queued=queued,
            paused=paused,
            concurrency_limit=concurrency_limit,
            concurrency=concurrency,
        )

        queue_object.additional_properties = d
        return queue_object

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
