from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.webhook_delivery_status import (
    WebhookDeliveryStatus,
    parse_webhook_delivery_status,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_delivery_list_item_endpoint_type_0 import (
        WebhookDeliveryListItemEndpointType0,
    )


T = TypeVar("T", bound="WebhookDeliveryListItem")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "endpoint": "endpoint",
    "status": "status",
    "external_delivery_id": "externalDeliveryId",
    "is_test": "isTest",
    "created_at": "createdAt",
    "processed_at": "processedAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class WebhookDeliveryListItem:
    """A ``WebhookDeliveryListItem`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ Stable friendly id, e.g. `whd_…` """
    endpoint: None | WebhookDeliveryListItemEndpointType0
    """ The endpoint the delivery arrived on; null once it is removed """
    status: WebhookDeliveryStatus
    external_delivery_id: str
    """ The provider's delivery id """
    is_test: bool
    created_at: datetime.datetime
    processed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint: dict[str, Any] | None
        if isinstance(self.endpoint, WebhookDeliveryListItemEndpointType0):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        status = self.status.value

        external_delivery_id = self.external_delivery_id

        is_test = self.is_test

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        processed_at: None | str
        if isinstance(self.processed_at, datetime.datetime):
            processed_at = (
                (
                    self.processed_at
                    if self.processed_at.tzinfo
                    else self.processed_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            processed_at = self.processed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoint": endpoint,
                "status": status,
                "externalDeliveryId": external_delivery_id,
                "isTest": is_test,
                "createdAt": created_at,
                "processedAt": processed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        _endpoint = _src["endpoint"]
        endpoint: None | WebhookDeliveryListItemEndpointType0
        if _endpoint is None:
            endpoint = None
        else:
            try:
                if not isinstance(_endpoint, dict):
                    raise TypeError()
                endpoint_type_0 = WebhookDeliveryListItemEndpointType0.from_dict(_endpoint)

                endpoint = endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                endpoint = _endpoint

        status = parse_webhook_delivery_status(_src["status"])

        external_delivery_id = _src["externalDeliveryId"]

        is_test = _src["isTest"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        _processed_at = _src["processedAt"]
        processed_at: datetime.datetime | None
        if _processed_at is None:
            processed_at = None
        else:
            try:
                if not isinstance(_processed_at, str):
                    raise TypeError()
                processed_at_type_0 = parse_datetime(_processed_at)

                processed_at = processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                processed_at = _processed_at

        webhook_delivery_list_item = cls(
            id,
            endpoint,
            status,
            external_delivery_id,
            is_test,
            created_at,
            processed_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        webhook_delivery_list_item.additional_properties = d
        return webhook_delivery_list_item

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


from ..models.webhook_delivery_list_item_endpoint_type_0 import (
    WebhookDeliveryListItemEndpointType0,
)
