from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.execute_query_request_body_format import (
    ExecuteQueryRequestBodyFormat,
    parse_execute_query_request_body_format,
)
from ..models.execute_query_request_body_scope import (
    ExecuteQueryRequestBodyScope,
    parse_execute_query_request_body_scope,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ExecuteQueryRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "query": "query",
    "scope": "scope",
    "period": "period",
    "from_": "from",
    "to": "to",
    "format_": "format",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ExecuteQueryRequestBody:
    """A ``ExecuteQueryRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    query: str
    """ The TRQL query to execute """
    scope: ExecuteQueryRequestBodyScope | None = ExecuteQueryRequestBodyScope.ENVIRONMENT
    """ The scope of data to query - environment (default), project, or organization """
    period: str | None = None
    """ Time period shorthand (e.g., "7d", "30d", "1h"). Cannot be used with from/to. """
    from_: datetime.datetime | None = None
    """ Start of time range as ISO 8601 timestamp. Must be used with 'to'. """
    to: datetime.datetime | None = None
    """ End of time range as ISO 8601 timestamp. Must be used with 'from'. """
    format_: ExecuteQueryRequestBodyFormat | None = ExecuteQueryRequestBodyFormat.JSON
    """ Response format - "json" returns structured data (default), "csv" returns CSV string """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = (
                (self.from_ if self.from_.tzinfo else self.from_.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = (
                (self.to if self.to.tzinfo else self.to.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            to = self.to

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if period is not UNSET:
            field_dict["period"] = period
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        query = _src["query"]

        _scope = _src.get("scope")
        scope: ExecuteQueryRequestBodyScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = parse_execute_query_request_body_scope(_scope)

        period: None | str | Unset = _src.get("period")

        _from_ = _src.get("from")
        from_: datetime.datetime | None | Unset
        if _from_ is None:
            from_ = None
        else:
            try:
                if not isinstance(_from_, str):
                    raise TypeError()
                from_type_0 = parse_datetime(_from_)

                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                from_ = _from_

        _to = _src.get("to")
        to: datetime.datetime | None | Unset
        if _to is None:
            to = None
        else:
            try:
                if not isinstance(_to, str):
                    raise TypeError()
                to_type_0 = parse_datetime(_to)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                to = _to

        _format_ = _src.get("format")
        format_: ExecuteQueryRequestBodyFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = parse_execute_query_request_body_format(_format_)

        execute_query_request_body = cls(
            query,
            scope,
            period,
            from_,
            to,
            format_,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        execute_query_request_body.additional_properties = d
        return execute_query_request_body

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
