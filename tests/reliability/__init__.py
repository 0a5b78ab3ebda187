"""Reliability suite: faults, load, bad input, hostile responses, lifecycle and secrets (``-m soak --soak`` for
the long runs)."""
