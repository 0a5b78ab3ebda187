"""Python client for the Trigger.dev API."""

__version__ = "0.1.0"
