"""Hosted webhook endpoints and their deliveries: ``client.webhooks.endpoints`` and ``client.webhooks.deliveries``.

Verifying Trigger.dev's own alert webhooks is a separate thing: :func:`trigger_client.webhooks.construct_event`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypedDict

from trigger_api.api.webhooks import (
    list_webhook_deliveries_v1,
    list_webhook_endpoints_v1,
    replay_webhook_delivery_v1,
    retrieve_webhook_delivery_v1,
    retrieve_webhook_endpoint_v1,
    rotate_webhook_endpoint_secret_v1,
    set_webhook_endpoint_secret_v1,
)
from trigger_api.models import (
    ListWebhookEndpointsResponse,
    ReplayedWebhookDelivery,
    RotatedWebhookSecret,
    RotateWebhookEndpointSecretRequestBody,
    SetWebhookEndpointSecretRequestBody,
    WebhookDelivery,
    WebhookDeliveryListItem,
    WebhookDeliveryStatus,
    WebhookEndpoint,
    WebhookEndpointDetail,
    WebhookSecretSet,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call, confidential
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client.resources._base import AsyncResource, MaskedStr, SyncResource, docs_from

DELIVERY_STATUSES = tuple(item.value for item in WebhookDeliveryStatus)
# @trigger.dev/core 4.8.3 schemas/webhookApi.js: MAX_WEBHOOK_PREVIOUS_SECRET_TTL_SECONDS and the secret's .max(4096).
MAX_PREVIOUS_SECRET_TTL = 7 * 24 * 60 * 60
MAX_SECRET_LENGTH = 4096

SecretTTL = dt.timedelta | int


class WebhookSecret(MaskedStr):
    """A signing secret the API returned once: the real value as a ``str``, masked in reprs and logs.

    Example::

        secret = client.webhooks.endpoints.rotate_secret("stripe").secret
        os.environ["STRIPE_WEBHOOK_SECRET"] = secret  # the real value; repr(secret) is masked
    """

    __slots__ = ()


def _endpoint_id(value: str) -> str:
    # The server takes the `wh_` id or the id declared in code (SDK 4.8.3 docs/cli-webhooks-commands.mdx).
    return v.segment(value, "endpoint")


def _delivery_id(value: str) -> str:
    return v.resource_id(value, "delivery_id", "whd_", "webhooks.deliveries.list()")


def _ttl(value: SecretTTL | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.timedelta):
        seconds = value.total_seconds()
        if seconds != int(seconds):
            raise ValidationError("previous_secret_ttl", f"must be whole seconds, got {value}")
        value = int(seconds)
    return v.int_range(value, "previous_secret_ttl", 0, MAX_PREVIOUS_SECRET_TTL)


def _list_endpoints() -> Operation[list[WebhookEndpoint]]:
    def data(answer: ListWebhookEndpointsResponse) -> list[WebhookEndpoint]:
        return list(answer.data)

    return call(list_webhook_endpoints_v1.build()).then(data)


def _retrieve_endpoint(endpoint: str) -> Operation[WebhookEndpointDetail]:
    return call(retrieve_webhook_endpoint_v1.build(endpoint_id=_endpoint_id(endpoint)))


def _mask_secret(answer: RotatedWebhookSecret) -> RotatedWebhookSecret:
    answer.secret = WebhookSecret(answer.secret)
    return answer


def _rotate(endpoint: str, previous_secret_ttl: SecretTTL | None) -> Operation[RotatedWebhookSecret]:
    # The SDK always sends a body, `{}` without a TTL (apiClient generateWebhookEndpointSecret).
    body = RotateWebhookEndpointSecretRequestBody(previous_secret_ttl_seconds=_ttl(previous_secret_ttl))
    op = call(rotate_webhook_endpoint_secret_v1.build(endpoint_id=_endpoint_id(endpoint), body=body))
    return confidential(op).then(_mask_secret)  # the answer carries the new secret: never quote it in an error


def _set_secret(endpoint: str, secret: str, previous_secret_ttl: SecretTTL | None) -> Operation[WebhookSecretSet]:
    # SetWebhookEndpointSecretRequestBody: z.string().trim().min(1).max(4096).
    value = v.text(secret, "secret").strip()
    if len(value) > MAX_SECRET_LENGTH:
        raise ValidationError("secret", f"at most {MAX_SECRET_LENGTH} characters, got {len(value)}")
    body = SetWebhookEndpointSecretRequestBody(secret=value, previous_secret_ttl_seconds=_ttl(previous_secret_ttl))
    op = call(set_webhook_endpoint_secret_v1.build(endpoint_id=_endpoint_id(endpoint), body=body))
    return confidential(op, [secret, value])


class _ListArgs(TypedDict, total=False):
    """Checked arguments of list_webhook_deliveries_v1.build (mypy checks the keys against its signature)."""

    filter_endpoint: list[str]
    filter_status: list[WebhookDeliveryStatus]
    filter_period: str
    filter_from: dt.datetime
    filter_to: dt.datetime
    page_size: int


def _utc(value: Any, field: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, f"must be a datetime, got {type(value).__name__}")
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _list_query(
    endpoint: str | Sequence[str] | None,
    status: str | Sequence[str] | None,
    period: str | None,
    from_: dt.datetime | None,
    to: dt.datetime | None,
    page_size: int | None,
) -> PageQuery[WebhookDeliveryListItem, str]:
    params: _ListArgs = {}
    if endpoint is not None:
        params["filter_endpoint"] = v.string_list(endpoint, "endpoint")
    if status is not None:
        statuses = v.string_list(status, "status")
        for i, item in enumerate(statuses):
            if item not in DELIVERY_STATUSES:
                raise ValidationError(f"status[{i}]", f"must be one of {', '.join(DELIVERY_STATUSES)}, got {item!r}")
        params["filter_status"] = [WebhookDeliveryStatus(s) for s in statuses]
    if period is not None and (from_ is not None or to is not None):
        raise ValidationError("period", "cannot be combined with from_/to; pass either a period or a date range")
    if period is not None:
        params["filter_period"] = v.text(period, "period")
    # The SDK sends these with toISOString() and the route coerces dates (ApiWebhookDeliveryPresenter.server.ts).
    if from_ is not None:
        params["filter_from"] = _utc(from_, "from_")
    if to is not None:
        params["filter_to"] = _utc(to, "to")
    if page_size is not None:
        params["page_size"] = v.int_range(page_size, "page_size", 1, 100)

    def fetch(after: str | None) -> Operation[Page[WebhookDeliveryListItem]]:
        return call(list_webhook_deliveries_v1.build(**params, page_after=after)).then(cursor_page)

    return PageQuery(fetch, next_cursor)


def _retrieve_delivery(delivery_id: str) -> Operation[WebhookDelivery]:
    return call(retrieve_webhook_delivery_v1.build(delivery_id=_delivery_id(delivery_id)))


def _replay(delivery_id: str, target_id: str | None) -> Operation[ReplayedWebhookDelivery]:
    target = None if target_id is None else v.text(target_id, "target_id")
    return call(replay_webhook_delivery_v1.build(delivery_id=_delivery_id(delivery_id), target_id=target))


class WebhookEndpoints(SyncResource):
    """Webhook endpoints declared in code: ``client.webhooks.endpoints``. Name one by its ``wh_`` id or its
    declared id."""

    def list(self) -> list[WebhookEndpoint]:
        """The environment's webhook endpoints.

        Example::

            for endpoint in client.webhooks.endpoints.list():
                print(endpoint.declared_id, endpoint.url, endpoint.secret_set)
        """
        return self._run(_list_endpoints())

    def retrieve(self, endpoint: str) -> WebhookEndpointDetail:
        """One endpoint with its subscribers.

        Example::

            detail = client.webhooks.endpoints.retrieve("stripe")
            print([s.task_id for s in detail.subscribers])
        """
        return self._run(_retrieve_endpoint(endpoint))

    def rotate_secret(self, endpoint: str, *, previous_secret_ttl: SecretTTL | None = None) -> RotatedWebhookSecret:
        """Generate a new signing secret, returned once (``.secret``, masked in reprs). ``previous_secret_ttl``
        (a ``timedelta`` or seconds, at most 7 days) keeps the replaced secret working meanwhile; without it the
        old secret stops at once.

        Example::

            rotated = client.webhooks.endpoints.rotate_secret("github", previous_secret_ttl=timedelta(hours=24))
            print(rotated.previous_secret_expires_at)
        """
        return self._run(_rotate(endpoint, previous_secret_ttl))

    def set_secret(
        self, endpoint: str, secret: str, *, previous_secret_ttl: SecretTTL | None = None
    ) -> WebhookSecretSet:
        """Store the signing secret or public key a provider issued (such as Stripe's ``whsec_…``).

        Example::

            client.webhooks.endpoints.set_secret("stripe", os.environ["STRIPE_WEBHOOK_SECRET"],
                                                 previous_secret_ttl=3600)
        """
        return self._run(_set_secret(endpoint, secret, previous_secret_ttl))


@docs_from(WebhookEndpoints)
class AsyncWebhookEndpoints(AsyncResource):
    async def list(self) -> list[WebhookEndpoint]:
        return await self._run(_list_endpoints())

    async def retrieve(self, endpoint: str) -> WebhookEndpointDetail:
        return await self._run(_retrieve_endpoint(endpoint))

    async def rotate_secret(
        self, endpoint: str, *, previous_secret_ttl: SecretTTL | None = None
    ) -> RotatedWebhookSecret:
        return await self._run(_rotate(endpoint, previous_secret_ttl))

    async def set_secret(
        self, endpoint: str, secret: str, *, previous_secret_ttl: SecretTTL | None = None
    ) -> WebhookSecretSet:
        return await self._run(_set_secret(endpoint, secret, previous_secret_ttl))


class WebhookDeliveries(SyncResource):
    """Webhook deliveries, newest first: ``client.webhooks.deliveries``."""

    def list(
        self,
        *,
        endpoint: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[WebhookDeliveryListItem]:
        """Deliveries, fetched lazily; ``status`` is one or more of ``pending``, ``processing``, ``succeeded``,
        ``failed``, ``filtered`` and ``unmatched``.

        Example::

            for delivery in client.webhooks.deliveries.list(endpoint="stripe", status="failed", period="1d"):
                print(delivery.id, delivery.external_delivery_id)
        """
        return self._paginate(_list_query(endpoint, status, period, from_, to, page_size), v.limit(limit))

    def retrieve(self, delivery_id: str) -> WebhookDelivery:
        """One delivery with its event, headers and each subscriber's result.

        Example::

            delivery = client.webhooks.deliveries.retrieve("whd_1234")
            print(delivery.status, [(t.id, t.run_id) for t in delivery.targets])
        """
        return self._run(_retrieve_delivery(delivery_id))

    def replay(self, delivery_id: str, *, target_id: str | None = None) -> ReplayedWebhookDelivery:
        """Route the delivery's event again as a new delivery; ``target_id`` sends it to that one subscriber
        regardless of its filter.

        Example::

            replayed = client.webhooks.deliveries.replay("whd_1234")
            print(replayed.delivery_id, replayed.replayed_from)
        """
        return self._run(_replay(delivery_id, target_id))


@docs_from(WebhookDeliveries)
class AsyncWebhookDeliveries(AsyncResource):
    def list(
        self,
        *,
        endpoint: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[WebhookDeliveryListItem]:
        return self._paginate(_list_query(endpoint, status, period, from_, to, page_size), v.limit(limit))

    async def retrieve(self, delivery_id: str) -> WebhookDelivery:
        return await self._run(_retrieve_delivery(delivery_id))

    async def replay(self, delivery_id: str, *, target_id: str | None = None) -> ReplayedWebhookDelivery:
        return await self._run(_replay(delivery_id, target_id))


class Webhooks(SyncResource):
    """Hosted webhooks: ``client.webhooks.endpoints`` and ``client.webhooks.deliveries``."""

    @property
    def endpoints(self) -> WebhookEndpoints:
        """Webhook endpoints."""
        return WebhookEndpoints(self._client)

    @property
    def deliveries(self) -> WebhookDeliveries:
        """Webhook deliveries."""
        return WebhookDeliveries(self._client)


class AsyncWebhooks(AsyncResource):
    """Hosted webhooks: ``client.webhooks.endpoints`` and ``client.webhooks.deliveries``."""

    @property
    def endpoints(self) -> AsyncWebhookEndpoints:
        """Webhook endpoints."""
        return AsyncWebhookEndpoints(self._client)

    @property
    def deliveries(self) -> AsyncWebhookDeliveries:
        """Webhook deliveries."""
        return AsyncWebhookDeliveries(self._client)
