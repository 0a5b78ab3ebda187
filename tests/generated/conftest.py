"""Fixtures shared by the generated-client tests; the wire cases themselves live in ``cases.py``."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_core import OpenAPI

from codegen import generate, spec
from tests.generated.cases import BASE_URL, SPEC


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    """A validator for the patched spec shipped as ``generated/trigger_api/openapi.json``."""
    assert SPEC["servers"][0]["url"] == BASE_URL
    return OpenAPI.from_dict(SPEC)


@pytest.fixture(scope="session")
def vendored() -> dict[str, Any]:
    """The vendored spec as plain containers (deep copies of ruamel timestamps would lose their zone)."""
    plain: dict[str, Any] = spec.to_plain(spec.load(generate.DEFAULT_SPEC))
    return plain
