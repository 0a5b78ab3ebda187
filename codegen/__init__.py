"""Regenerates ``generated/trigger_api`` from the vendored Trigger.dev OpenAPI spec."""
