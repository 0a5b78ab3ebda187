"""Local emulator of the Trigger.dev API for tests and demos.

Example:
    >>> from trigger_client.testing import ManualClock, TriggerEmulator
    >>> emulator = TriggerEmulator(clock=ManualClock())
    >>> client = httpx.Client(transport=emulator.transport, base_url=emulator.base_url)  # doctest: +SKIP
"""

from ._clock import ManualClock, RealClock
from ._http import DroppedConnection
from ._limits import Faults, FixedWindow, Limits, TokenBucket
from ._server import TriggerEmulator
from ._state import Project
from ._validation import SpecMismatch, SpecValidationError
from ._worker import TaskContext

__all__ = [
    "DroppedConnection",
    "Faults",
    "FixedWindow",
    "Limits",
    "ManualClock",
    "Project",
    "RealClock",
    "SpecMismatch",
    "SpecValidationError",
    "TaskContext",
    "TokenBucket",
    "TriggerEmulator",
]
