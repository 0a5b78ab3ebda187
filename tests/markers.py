"""Markers shared across test packages."""

from __future__ import annotations

import sys

import pytest

# openapi-python-client (pinned in the dev group) runs on Python 3.11+; on 3.10 the committed generated/ is used as is.
requires_generator = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="code generation needs Python 3.11+ (make generate runs on the default .venv)"
)
