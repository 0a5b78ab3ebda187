"""The documentation site as a reader sees it: built strictly, served on 127.0.0.1 and opened in headless Chromium.

The home page, a guide and a reference page load without console errors, and the site's search finds
``batch_trigger``. A screenshot of each lands in ``docs/_build/screens/`` for review. Chromium and its driver are
Debian's packages, which ``make test`` installs when missing; outside CI a machine without them skips this file.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import trigger_client

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "docs" / "_build" / "screens"
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
WAIT_S = 30

if sys.version_info < (3, 11):
    # The documentation toolchain is a maintainer's tool on the default Python, as `make docs` runs it; on 3.10 the
    # lock resolves older mkdocstrings and pymdown-extensions releases that do not work together.
    pytest.skip("the documentation site is built on the default Python (3.11): make docs", allow_module_level=True)
if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI"):
        pytest.fail("chromium and chromedriver are missing: `make test` installs them (make system-packages)")
    pytest.skip("chromium/chromedriver not installed (make system-packages)", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not test output."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("site")
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)]
    done = subprocess.run(
        build, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    )
    assert done.returncode == 0, done.stdout + done.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    # Headless as root, and no background traffic: this machine reaches no network but loopback.
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not look for drivers online
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(WAIT_S)
    try:
        yield driver
    finally:
        driver.quit()


def _console_errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.mark.parametrize(
    ("page", "heading"),
    [
        ("", "Getting started"),
        ("guides/batches/", "Batches and shared rate limits"),
        ("reference/resources/", "Resources"),
    ],
    ids=["home", "guide", "reference"],
)
def test_page_loads_without_console_errors(site: str, browser: Any, page: str, heading: str) -> None:
    browser.get(f"{site}/{page}")
    title = WebDriverWait(browser, WAIT_S).until(expected_conditions.presence_of_element_located((By.TAG_NAME, "h1")))
    assert title.text == heading
    assert browser.title.endswith(f"trigger-client {trigger_client.__version__}")  # the version, defined once
    SCREENS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENS / f"{page.strip('/').replace('/', '-') or 'home'}.png"))
    assert _console_errors(browser) == []


def test_search_finds_batch_trigger(site: str, browser: Any) -> None:
    browser.get(f"{site}/")
    WebDriverWait(browser, WAIT_S).until(
        expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "label.md-search__icon, .md-search__input"))
    )
    browser.execute_script("document.querySelector('[data-md-toggle=search]').checked = true;")
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.send_keys("batch_trigger")

    def matches(driver: Any) -> list[str]:
        """The result texts once one names ``batch_trigger`` (read in one script: results re-render as they come)."""
        texts: list[str] = driver.execute_script(
            "return Array.from(document.querySelectorAll('.md-search-result__item'), e => e.textContent)"
        )
        return texts if any("batch_trigger" in text for text in texts) else []

    found = WebDriverWait(browser, WAIT_S).until(matches)
    SCREENS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENS / "search.png"))
    assert any("batch_trigger" in text for text in found), found  # until() raised a timeout otherwise
    assert _console_errors(browser) == []
