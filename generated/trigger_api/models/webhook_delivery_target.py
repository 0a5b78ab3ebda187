from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.webhook_delivery_target_status import (
    WebhookDeliveryTargetStatus,
    parse_webhook_delivery_target_status,
)
from ..models.webhook_delivery_target_type import (
    WebhookDeliveryTargetType,
    parse_webhook_delivery_target_type,
)

if TYPE_CHECKING:
    from ..models.webhook_delivery_target_waiters_type_0 import (
        WebhookDeliveryTargetWaitersType0,
    )


T = TypeVar("T", bound="WebhookDeliveryTarget")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "type_": "type",
    "status": "status",
    "reason": "reason",
    "error": "error",
    "run_id": "runId",
    "session_id": "sessionId",
    "waiters": "waiters",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class WebhookDeliveryTarget:
    """A ``WebhookDeliveryTarget`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The subscriber id, or `waiters` for the waiter summary """
    type_: WebhookDeliveryTargetType
    status: WebhookDeliveryTargetStatus
    reason: None | str
    error: None | str
    run_id: None | str
    session_id: None | str
    waiters: None | WebhookDeliveryTargetWaitersType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        status = self.status.value

        reason: None | str
        reason = self.reason

        error: None | str
        error = self.error

        run_id: None | str
        run_id = self.run_id

        session_id: None | str
        session_id = self.session_id

        waiters: dict[str, Any] | None
        if isinstance(self.waiters, WebhookDeliveryTargetWaitersType0):
            waiters = self.waiters.to_dict()
        else:
            waiters = self.waiters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "reason": reason,
                "error": error,
                "runId": run_id,
                "sessionId": session_id,
                "waiters": waiters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        type_ = parse_webhook_delivery_target_type(_src["type"])

        status = parse_webhook_delivery_target_status(_src["status"])

        reason: None | str = _src["reason"]

        error: None | str = _src["error"]

        run_id: None | str = _src["runId"]

        session_id: None | str = _src["sessionId"]

        _waiters = _src["waiters"]
        waiters: None | WebhookDeliveryTargetWaitersType0
        if _waiters is None:
            waiters = None
        else:
            try:
                if not isinstance(_waiters, dict):
                    raise TypeError()
                waiters_type_0 = WebhookDeliveryTargetWaitersType0.from_dict(_waiters)

                waiters = waiters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                waiters = _waiters

        webhook_delivery_target = cls(
            id,
            type_,
            status,
            reason,
            error,
            run_id,
            session_id,
            waiters,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        webhook_delivery_target.additional_properties = d
        return webhook_delivery_target

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


from ..models.webhook_delivery_target_waiters_type_0 import (
    WebhookDeliveryTargetWaitersType0,
)
