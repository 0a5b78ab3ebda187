"""The official TypeScript SDK for comparison: installed with npm into a cache outside the repository, run by Node.

Nothing here is required: without ``node``/``npm``, or when the install fails, the SDK figures are skipped with
the reason printed, and the rest of the bench runs as usual.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

# The SDK the client's wire behaviour follows (tests/emulator/official_sdk.py runs the same one against the
# emulator), so the one measured is the one we match.
SDK_VERSION = "4.8.3"
INSTALL_TIMEOUT = 240
DRIVER = Path(__file__).with_name("sdk_bench.mjs")


def cache_dir() -> Path:
    """Where the SDK is installed: ``$XDG_CACHE_HOME/trigger-client-bench/node`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trigger-client-bench" / "node"


def installed_version(node_modules: Path) -> str | None:
    try:
        manifest = json.loads((node_modules / "@trigger.dev" / "sdk" / "package.json").read_text())
    except (OSError, ValueError):
        return None
    version = manifest.get("version")
    return version if isinstance(version, str) else None


def ensure_sdk(install: bool) -> tuple[Path | None, str]:
    """The ``node_modules`` holding the pinned SDK, installing it if ``install``; else None and why not."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node and npm are not both on PATH"
    root = cache_dir()
    node_modules = root / "node_modules"
    if installed_version(node_modules) == SDK_VERSION:
        return node_modules, f"@trigger.dev/sdk {SDK_VERSION} from {root}"
    if not install:
        return None, f"@trigger.dev/sdk {SDK_VERSION} is not installed in {root} yet; a full run installs it"
    root.mkdir(parents=True, exist_ok=True)
    manifest = {"private": True, "dependencies": {"@trigger.dev/sdk": SDK_VERSION}}
    (root / "package.json").write_text(json.dumps(manifest, indent=2) + "\n")
    command = ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact"]
    try:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"npm install took over {INSTALL_TIMEOUT} s"
    if done.returncode != 0 or installed_version(node_modules) != SDK_VERSION:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"npm install of @trigger.dev/sdk {SDK_VERSION} failed: {reason}"
    return node_modules, f"@trigger.dev/sdk {SDK_VERSION} installed in {root}"


def node_version() -> str | None:
    node = shutil.which("node")
    if node is None:
        return None
    return subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout.strip() or None
