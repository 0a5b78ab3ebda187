"""Optional dependencies: import them where needed, or fail with one line naming the extra that provides them."""

from __future__ import annotations

import importlib
from types import ModuleType

from trigger_client._exceptions import ConfigurationError


class MissingDependencyError(ConfigurationError, ImportError):
    """An optional feature was used without the extra that installs its dependencies.

    Example::

        from trigger_client.testing import TriggerEmulator

        try:
            TriggerEmulator(validate=True)
        except MissingDependencyError as exc:
            print(exc)  # ... pip install 'trigger-client[emulator]'
    """


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingDependencyError` telling which extra to install.

    Example::

        uvicorn = require("uvicorn", extra="emulator", feature="serving the emulator over HTTP")
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        # Only the package itself missing means "install the extra"; a broken install keeps its own error.
        if exc.name != module.split(".")[0]:
            raise
        raise MissingDependencyError(
            f"{feature} needs {module.split('.')[0]}, which is not installed: pip install 'trigger-client[{extra}]'"
        ) from None
