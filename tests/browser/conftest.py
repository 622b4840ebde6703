"""Playwright (Python) driving the Debian Chromium, headless, against the `stack` fixture.

Never downloads a browser: Chromium comes from scripts/install_browser.sh (apt).
"""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("ARIANE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
TEST_SECONDS = 150      # hard bound for one test (Playwright's own timeouts are shorter)


@pytest.fixture(autouse=True)
def _bounded():
    """Stop a test that hangs (no pytest-timeout in the venv)."""
    def expired(signum, frame):
        raise TimeoutError(f"browser test took more than {TEST_SECONDS} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(TEST_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} missing: run scripts/install_browser.sh"
        if os.environ.get("ARIANE_REQUIRE_STACK"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=60_000)
        yield b
        b.close()


@pytest.fixture(scope="session")
def web(request):
    """The web server of the test stack; ARIANE_WEB_URL reuses servers already running (e.g. `make run`)."""
    url = os.environ.get("ARIANE_WEB_URL")
    return url.rstrip("/") if url else request.getfixturevalue("stack")["web"]


@pytest.fixture
def context(browser, web):
    ctx = browser.new_context(locale="fr-FR", viewport={"width": 1100, "height": 900})
    ctx.set_default_timeout(30_000)
    ctx.set_default_navigation_timeout(30_000)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=web)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, web):
    pg = context.new_page()
    pg.errors = []
    pg.external = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.external.append(r.url)
          if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "about:")) else None)
    yield pg
    pg.close()


@pytest.fixture
def shot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name, full_page=True):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
    return take
