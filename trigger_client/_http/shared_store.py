"""What a :class:`~trigger_client._http.shared_limit.SharedRateLimit` and its stores (a locked file, Redis) share:
the bucket state, the pure change a store applies to it, and the check of a seconds setting."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol

from trigger_client._exceptions import ConfigurationError

State = dict[str, Any]
Change = Callable[["State | None", float], "tuple[State, float]"]
"""A bucket's change: from its stored state (None when absent or unreadable) at ``now`` (epoch seconds) to its new
state and the result of the operation. A store may apply it more than once (a lost compare-and-set), so it is pure."""


class Store(Protocol):
    """Where a :class:`SharedRateLimit` keeps its buckets; ``update`` returns 0.0 when the store cannot be used."""

    def update(self, key: str, change: Change, now: float) -> float: ...

    async def aupdate(self, key: str, change: Change, now: float) -> float: ...

    def describe(self) -> str: ...


def positive_seconds(name: str, value: object) -> float:
    """``value`` as a finite number of seconds > 0, or ConfigurationError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"SharedRateLimit: {name} must be seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"SharedRateLimit: {name} must be > 0 seconds, got {value!r}")
    return float(value)
