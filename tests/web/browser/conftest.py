"""The browser tests' world: the demo case plus two hostile articles, served by a real uvicorn
server on 127.0.0.1, driven by Debian's Chromium through Playwright.

Chromium is found through ``ONRECORD_CHROMIUM`` or on the PATH. Without it the tests skip —
unless ``ONRECORD_REQUIRE_BROWSER=1`` (CI), where a missing browser is a failure. Every test
gets a fresh page that records what a hostile article could try: dialogs, console errors
(CSP violations among them), page errors and requests to any host but 127.0.0.1. Its
screenshot lands in ``artifacts/screenshots/<test>.png`` whatever the outcome.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, Request, sync_playwright

from onrecord.case import Case, open_case
from onrecord.demo import run_demo
from onrecord.ingest import SourceMeta
from onrecord.pipeline import add_sources, run_check
from onrecord.web.app import create_app

CHROMIUM_ENV = "ONRECORD_CHROMIUM"
REQUIRE_ENV = "ONRECORD_REQUIRE_BROWSER"
SCREENSHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
HOST = "127.0.0.1"
VENDOR = "/static/vendor/"

# The payloads: each sets window.__xss if it ever runs.
SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
LINK = '<a href="javascript:window.__xss=1">the full memo</a>'
HOSTILE_NAME = "Ivan Petrov"

# Plain text: the markup is literal text of the article, so it reaches every view as data.
HOSTILE_TEXT = f"""Envoy met Kislyak at the Hay-Adams, an unverified dossier says

WASHINGTON — {HOSTILE_NAME}, a trade envoy, met Sergey Kislyak, Russia's ambassador to the \
United States, at the Hay-Adams hotel {SCRIPT} on March 3, 2017, according to an unverified \
dossier.

"I never met Sergey Kislyak {IMG}," {HOSTILE_NAME} told reporters on March 6, 2017.

The embassy pointed reporters to {LINK} and declined to comment further.
"""

# Real markup: ingest must drop the script and the handlers before anything is stored.
HOSTILE_HTML = f"""<!DOCTYPE html><html><head><title>Envoy's second meeting {SCRIPT}</title>
<meta property="article:published_time" content="2017-03-09"></head>
<body onload="window.__xss=1"><article><h1>Envoy's second meeting</h1>
<p>{HOSTILE_NAME} met Sergey Kislyak again at the Hay-Adams hotel on March 8, 2017, two people
familiar with the meeting said. {SCRIPT}</p>
<p>"There was no meeting {IMG}," {HOSTILE_NAME} said on March 9, 2017, pointing to {LINK}.</p>
</article></body></html>
"""


def chromium_path() -> str | None:
    return os.environ.get(CHROMIUM_ENV) or shutil.which("chromium")


@pytest.fixture(scope="session")
def chromium() -> str:
    found = chromium_path()
    if found and Path(found).exists():
        return found
    message = f"no Chromium: set {CHROMIUM_ENV} or install Debian's chromium package"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{message} ({REQUIRE_ENV}=1: the browser tests must run)")
    pytest.skip(message)


def _hostile_sources(folder: Path) -> list[str]:
    folder.mkdir()
    text = folder / "envoy-hay-adams.txt"
    text.write_text(HOSTILE_TEXT, encoding="utf-8")
    html = folder / "envoy-second-meeting.html"
    html.write_text(HOSTILE_HTML, encoding="utf-8")
    return [str(text), str(html)]


@pytest.fixture(scope="session")
def case(tmp_path_factory: pytest.TempPathFactory, chromium: str) -> Case:
    """The demo case with the hostile articles added and the record checked again."""
    root = tmp_path_factory.mktemp("browser")
    folder = run_demo(root / "case").folder
    built = open_case(folder)
    meta = SourceMeta(date(2017, 3, 7), f"Capitol Ledger {IMG}", "javascript:window.__xss=1")
    added = add_sources(built, _hostile_sources(root / "hostile"), meta)
    assert not added.failed, added.failed
    run_check(built)
    return built


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def server(case: Case) -> Iterator[str]:
    """``onrecord serve`` on a free port of 127.0.0.1, in a background thread."""
    config = uvicorn.Config(create_app(case), host=HOST, port=_free_port(), log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://{HOST}:{config.port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Watch:
    """What happened in a page that a safe app never does."""

    foreign: list[str] = field(default_factory=list)  # requests to any host but 127.0.0.1
    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def request(self, request: Request) -> None:
        if urlsplit(request.url).hostname != HOST:
            self.foreign.append(request.url)

    def dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not _vendor_style_blocked(message):
            self.console_errors.append(message.text)


def _vendor_style_blocked(message: ConsoleMessage) -> bool:
    """vis-timeline's bundle injects ``<style>`` copies of its stylesheet, which the page
    links itself: the CSP blocks them on purpose (no inline style) and the console says so.
    Those are the only errors a test lets pass — from /static/vendor/, about inline style."""
    source = urlsplit(message.location.get("url", "")).path
    return source.startswith(VENDOR) and "inline style" in message.text


@dataclass
class Browsing:
    """A page on the live app, and what it was watched doing."""

    page: Page
    base: str
    watch: Watch

    def open(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def path(self) -> str:
        """The current address without scheme and host (query and fragment kept)."""
        parts = urlsplit(self.page.url)
        return (
            parts.path
            + (f"?{parts.query}" if parts.query else "")
            + (f"#{parts.fragment}" if parts.fragment else "")
        )

    def xss_ran(self) -> bool:
        return bool(self.page.evaluate("() => window.__xss !== undefined"))


@pytest.fixture
def browsing(browser: Browser, server: str, request: pytest.FixtureRequest) -> Iterator[Browsing]:
    """A fresh page; afterwards its screenshot, and the promises every page keeps: nothing
    leaves 127.0.0.1, no dialog opens, no console error (a CSP violation is one)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    watch = Watch()
    page.on("request", watch.request)
    page.on("dialog", watch.dialog)
    page.on("console", watch.console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    try:
        yield Browsing(page, server, watch)
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{request.node.name}.png", full_page=True)
        context.close()
    assert watch.foreign == [], "requests left 127.0.0.1"
    assert watch.dialogs == []
    assert watch.console_errors == []
    assert watch.page_errors == []
