"""Suite-wide settings: property tests are reproducible in CI and not timing-sensitive on a loaded machine."""

from __future__ import annotations

import os

from hypothesis import settings

# The plugin is opt-in (no pytest11 entry point): a project enables it exactly like this.
pytest_plugins = ["trigger_client.testing.pytest_plugin"]

settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
