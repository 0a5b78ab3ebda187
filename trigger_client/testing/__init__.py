"""Local emulator of the Trigger.dev API for tests and demos."""
