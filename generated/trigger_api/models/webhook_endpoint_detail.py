from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.webhook_endpoint_status import (
    WebhookEndpointStatus,
    parse_webhook_endpoint_status,
)
from ..models.webhook_secret_provisioning import (
    WebhookSecretProvisioning,
    parse_webhook_secret_provisioning,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_endpoint_subscriber import WebhookEndpointSubscriber


T = TypeVar("T", bound="WebhookEndpointDetail")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "declared_id": "declaredId",
    "source": "source",
    "status": "status",
    "secret_provisioning": "secretProvisioning",
    "secret_set": "secretSet",
    "tenant_id": "tenantId",
    "external_ref": "externalRef",
    "url": "url",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "subscribers": "subscribers",
    "setup_prompt": "setupPrompt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class WebhookEndpointDetail:
    """A ``WebhookEndpointDetail`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ Stable friendly id, e.g. `wh_…` """
    declared_id: str
    """ The id the endpoint is declared with in code """
    source: str
    """ Provider tag, e.g. `stripe`, `github`, `standard` """
    status: WebhookEndpointStatus
    secret_provisioning: WebhookSecretProvisioning
    secret_set: bool
    """ Whether a signing secret is set (never returned) """
    tenant_id: None | str
    external_ref: None | str
    url: str
    """ The hosted ingress URL to point the provider at """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    subscribers: list[WebhookEndpointSubscriber]
    setup_prompt: str
    """ Instructions for an AI agent to register this endpoint with its provider """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        declared_id = self.declared_id

        source = self.source

        status = self.status.value

        secret_provisioning = self.secret_provisioning.value

        secret_set = self.secret_set

        tenant_id: None | str
        tenant_id = self.tenant_id

        external_ref: None | str
        external_ref = self.external_ref

        url = self.url

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        subscribers = []
        for subscribers_item_data in self.subscribers:
            subscribers_item = subscribers_item_data.to_dict()
            subscribers.append(subscribers_item)

        setup_prompt = self.setup_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "declaredId": declared_id,
                "source": source,
                "status": status,
                "secretProvisioning": secret_provisioning,
                "secretSet": secret_set,
                "tenantId": tenant_id,
                "externalRef": external_ref,
                "url": url,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "subscribers": subscribers,
                "setupPrompt": setup_prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        declared_id = _src["declaredId"]

        source = _src["source"]

        status = parse_webhook_endpoint_status(_src["status"])

        secret_provisioning = parse_webhook_secret_provisioning(_src["secretProvisioning"])

        secret_set = _src["secretSet"]

        tenant_id: None | str = _src["tenantId"]

        external_ref: None | str = _src["externalRef"]

        url = _src["url"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        subscribers = []
        _subscribers = _src["subscribers"]
        for subscribers_item_data in _subscribers:
            subscribers_item = WebhookEndpointSubscriber.from_dict(subscribers_item_data)

            subscribers.append(subscribers_item)

        setup_prompt = _src["setupPrompt"]

        webhook_endpoint_detail = cls(
            id,
            declared_id,
            source,
            status,
            secret_provisioning,
            secret_set,
            tenant_id,
            external_ref,
            url,
            created_at,
            updated_at,
            subscribers,
            setup_prompt,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        webhook_endpoint_detail.additional_properties = d
        return webhook_endpoint_detail

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


from ..models.webhook_endpoint_subscriber import WebhookEndpointSubscriber
