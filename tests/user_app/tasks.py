"""Task functions a user hands to ``serve --tasks tests.user_app.tasks:TASKS``."""

from __future__ import annotations

from typing import Any


def greet(payload: dict[str, Any]) -> str:
    return f"hello {payload['name']}"


TASKS = {"greet": greet}
