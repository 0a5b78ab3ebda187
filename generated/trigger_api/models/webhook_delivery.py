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
    from ..models.webhook_delivery_endpoint_type_0 import WebhookDeliveryEndpointType0
    from ..models.webhook_delivery_headers_type_0 import WebhookDeliveryHeadersType0
    from ..models.webhook_delivery_target import WebhookDeliveryTarget


T = TypeVar("T", bound="WebhookDelivery")

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
    "idempotency_key": "idempotencyKey",
    "event": "event",
    "headers": "headers",
    "raw_body_hash": "rawBodyHash",
    "error": "error",
    "filter_reason": "filterReason",
    "targets": "targets",
    "updated_at": "updatedAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class WebhookDelivery:
    """A ``WebhookDelivery`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ Stable friendly id, e.g. `whd_…` """
    endpoint: None | WebhookDeliveryEndpointType0
    """ The endpoint the delivery arrived on; null once it is removed """
    status: WebhookDeliveryStatus
    external_delivery_id: str
    """ The provider's delivery id """
    is_test: bool
    created_at: datetime.datetime
    processed_at: datetime.datetime | None
    idempotency_key: str
    event: Any
    """ The size-capped, verified event body (any JSON, null included) """
    headers: None | WebhookDeliveryHeadersType0
    raw_body_hash: None | str
    error: None | str
    filter_reason: None | str
    targets: list[WebhookDeliveryTarget]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint: dict[str, Any] | None
        if isinstance(self.endpoint, WebhookDeliveryEndpointType0):
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

        idempotency_key = self.idempotency_key

        event = self.event

        headers: dict[str, Any] | None
        if isinstance(self.headers, WebhookDeliveryHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        raw_body_hash: None | str
        raw_body_hash = self.raw_body_hash

        error: None | str
        error = self.error

        filter_reason: None | str
        filter_reason = self.filter_reason

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

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
                "idempotencyKey": idempotency_key,
                "event": event,
                "headers": headers,
                "rawBodyHash": raw_body_hash,
                "error": error,
                "filterReason": filter_reason,
                "targets": targets,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        _endpoint = _src["endpoint"]
        endpoint: None | WebhookDeliveryEndpointType0
        if _endpoint is None:
            endpoint = None
        else:
            try:
                if not isinstance(_endpoint, dict):
                    raise TypeError()
                endpoint_type_0 = WebhookDeliveryEndpointType0.from_dict(_endpoint)

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

        idempotency_key = _src["idempotencyKey"]

        event = _src["event"]

        _headers = _src["headers"]
        headers: None | WebhookDeliveryHeadersType0
        if _headers is None:
            headers = None
        else:
            try:
                if not isinstance(_headers, dict):
                    raise TypeError()
                headers_type_0 = WebhookDeliveryHeadersType0.from_dict(_headers)

                headers = headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                headers = _headers

        raw_body_hash: None | str = _src["rawBodyHash"]

        error: None | str = _src["error"]

        filter_reason: None | str = _src["filterReason"]

        targets = []
        _targets = _src["targets"]
        for targets_item_data in _targets:
            targets_item = WebhookDeliveryTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        webhook_delivery = cls(
            id,
            endpoint,
            status,
            external_delivery_id,
            is_test,
            created_at,
            processed_at,
            idempotency_key,
            event,
            headers,
            raw_body_hash,
            error,
            filter_reason,
            targets,
            updated_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        webhook_delivery.additional_properties = d
        return webhook_delivery

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


from ..models.webhook_delivery_endpoint_type_0 import WebhookDeliveryEndpointType0
from ..models.webhook_delivery_headers_type_0 import WebhookDeliveryHeadersType0
from ..models.webhook_delivery_target import WebhookDeliveryTarget
