"""The dashboard in a real headless browser (Debian's chromium driven by Playwright) over the
sample corpus: map markers, timeline, table filters, an article with highlights, a review with
the token, story and alerts pages, a report carrying `<script>`, at laptop and phone width.

FRONTWATCH_SCREENSHOTS=DIR writes a full-page screenshot of every page visited to DIR.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import expect

from frontwatch.api import create_app
from frontwatch.config import Settings
from frontwatch.store import open_store

from .conftest import make_article, make_event

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "dashboard-test-token"
_SHOTS_DIR = os.environ.get("FRONTWATCH_SCREENSHOTS")
SHOTS = Path(_SHOTS_DIR) if _SHOTS_DIR else None
SIZES = {"laptop": (1366, 768), "phone": (390, 844)}
EVIL = (
    "Officials said <script>window.__pwned = 1; alert('x')</script> nothing happened. "
    "See <a href=\"javascript:alert('y')\">the statement</a> for details. "
    "Russian troops arrived in Belarus on Monday."
)
WIDEST = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
  .join(', ')"""
ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _copy_sqlite(url: str, target: Path) -> str:
    """A private copy of the shared sample store, so these tests may write to it freely."""
    source = sqlite3.connect(url.removeprefix("sqlite:///"))
    copy = sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return f"sqlite:///{target}"


@pytest.fixture(scope="module")
def server(sample_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from frontwatch.analyze.alerts import load_rules, watch_once

    tmp = tmp_path_factory.mktemp("dashboard")
    store = open_store(_copy_sqlite(sample_db, tmp / "dashboard.db"))
    rules = load_rules(ROOT / "samples" / "rules.yaml")
    for day in range(10, 22):  # the rules' alerts over the sample corpus's January
        watch_once(store, rules, date(2023, 1, 1) + timedelta(days=day))
    evil = replace(
        make_article(7001, EVIL), url="javascript:alert(document.domain)", title="<b>Evil</b> report"
    )
    store.store_article(evil, evil.text.encode(), None, [make_event(evil, 2)])
    app = create_app(Settings(db_url="unused", cache_dir=tmp), store=store, token=TOKEN)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (make system-deps installs it)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )  # fmt: skip
        yield b
        b.close()


class Tab:
    """A page that records requests leaving the server, console errors and dialogs."""

    def __init__(self, browser: Any, server: str, size: str = "laptop") -> None:
        width, height = SIZES[size]
        self.size, self.width = size, width
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: None if r.url.startswith(server) else self.external.append(r.url))
        self.page.on(
            "console",
            lambda m: (
                self.errors.append(m.text)
                if m.type == "error" and "Failed to load resource" not in m.text
                else None
            ),
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on(
            "response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None
        )
        self.server = server

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path: str) -> Any:
        self.page.goto(self.server + path)
        return self.page

    def check(self, name: str) -> None:
        """Nothing left the machine, no script error, no sideways scroll; then a screenshot."""
        assert self.external == [], f"requests left the machine: {self.external[:3]}"
        assert self.errors == [], f"errors in the page: {self.errors[:3]}"
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        scroll = self.page.evaluate("document.documentElement.scrollWidth")
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(SHOTS / f"{name}-{self.size}.png"), full_page=True)
        wide = self.page.evaluate(WIDEST) if scroll > self.width else ""
        assert scroll <= self.width, f"{name} scrolls sideways at {self.width}px ({scroll}px wide): {wide}"

    def close(self) -> None:
        self.page.close()


@pytest.fixture(params=list(SIZES))
def tab(request: pytest.FixtureRequest, browser: Any, server: str) -> Iterator[Tab]:
    t = Tab(browser, server, request.param)
    yield t
    t.close()


@pytest.fixture
def laptop(browser: Any, server: str) -> Iterator[Tab]:
    t = Tab(browser, server, "laptop")
    yield t
    t.close()


def test_map_timeline_and_table(tab: Tab) -> None:
    page = tab.goto("/")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    markers = page.locator("path.event-marker")
    assert markers.count() > 5, "no event markers on the map"
    radii = {m.get_attribute("d") for m in markers.all()[:40]}
    assert len(radii) > 1  # sized by the number of reports
    fills = set(markers.evaluate_all("ms => ms.map(m => m.getAttribute('fill'))"))
    assert len(fills) > 1  # coloured by type
    assert page.locator("#map-legend .legend-dot").count() >= 2
    assert page.locator("#timeline canvas").count() > 0, "no timeline chart"
    assert page.locator("#events tbody tr").count() > 3
    assert page.locator("#events .badge.fact-actual").count() > 0
    assert page.locator("#events .badge.attr").count() > 0  # attributed claims in the corpus
    tab.check("index")
    markers.first.click(force=True)
    page.wait_for_selector(".leaflet-popup a[href^='/stories/']")


def test_filter_table(laptop: Tab) -> None:
    page = laptop.goto("/")
    page.select_option("select[name=type]", "MOBILIZE")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**type=MOBILIZE**")
    types = page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.type)")
    assert types and set(types) == {"MOBILIZE"}
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("path.event-marker").count() > 0  # the map follows the filter
    page.select_option("select[name=factuality]", "negated")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**factuality=negated**")
    facts = page.locator("#events tbody tr[data-factuality]").evaluate_all(
        "rows => rows.map(r => r.dataset.factuality)"
    )
    assert set(facts) <= {"negated"}
    page.goto(laptop.server + "/?since=2023-01-14&until=2023-01-10")
    assert "since is after until" in page.inner_text("main")
    laptop.errors.clear()  # the browser logs the 422 itself


def test_article_highlights_and_review(laptop: Tab) -> None:
    page = laptop.goto("/?type=MOBILIZE")
    page.locator("#events tbody tr td:last-child a").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text mark.trigger").count() > 0
    assert page.locator("#article-text mark.actor").count() > 0
    laptop.check("article")
    page.locator(".event-list a[href^='/events/']").first.click()
    page.wait_for_selector("form#review")
    page.select_option("select[name=verdict]", "disputed")
    page.fill("input[name=comment]", "second source needed <script>x</script>")
    page.fill("input[name=author]", "analyst <i>one</i>")
    page.fill("input[name=token]", "wrong-token")
    page.click("form#review button")
    expect(page.locator("#review-status")).to_contain_text("Not saved")
    assert "Bearer" in page.inner_text("#review-status")
    laptop.errors.clear()  # the browser logs the 401 itself
    page.fill("input[name=token]", TOKEN)
    page.click("form#review button")
    expect(page.locator("#review-status")).to_have_text("Saved.")
    assert page.locator("#verdict .review-disputed").count() == 1
    page.reload()
    reviews = page.inner_text("#reviews")
    assert "second source needed <script>x</script>" in reviews and "analyst <i>one</i>" in reviews
    assert " UTC" in reviews
    assert page.locator("#reviews script, #reviews i").count() == 0
    assert page.input_value("input[name=author]") == "analyst <i>one</i>"  # remembered
    laptop.check("event")


def test_wrong_verdict_leaves_the_story(laptop: Tab) -> None:
    page = laptop.goto("/?type=MOBILIZE")
    # hrefs first: the loop navigates the tab away from the table
    hrefs = [link.get_attribute("href") for link in page.locator("#events tbody tr td:nth-child(2) a").all()]
    for href in hrefs:  # an event of a story told by several reports
        page2 = laptop.goto(href)
        story = page2.locator("a[href^='/stories/']")
        if story.count() == 1:
            story.first.click()
            if page2.locator("ol.reports > li").count() >= 2:
                break
            page2.go_back()
    else:
        pytest.fail("no story with two reports among MOBILIZE events")
    page = page2
    story_url = page.url
    before = page.locator("ol.reports > li").count()
    event_href = page.locator("ol.reports > li a[href^='/events/']").first.get_attribute("href")
    page.goto(laptop.server + event_href)
    page.select_option("select[name=verdict]", "wrong")
    page.fill("input[name=token]", TOKEN)
    page.click("form#review button")
    expect(page.locator("#review-status")).to_have_text("Saved.")
    page.reload()
    assert "reviewed as wrong" in page.inner_text("dl.facts")
    page.goto(story_url)
    if page.locator("ol.reports").count():  # the story is re-derived without the event
        assert page.locator("ol.reports > li").count() == before - 1
        assert page.locator(f"ol.reports a[href='{event_href}']").count() == 0
    laptop.errors.clear()  # a story that vanished is a 404 the browser logs


def test_story_alerts_and_api_pages(tab: Tab) -> None:
    page = tab.goto("/alerts")
    assert page.locator("h1").inner_text() == "Alerts"
    assert page.locator("#alerts tbody tr a[href^='/stories/']").count() > 0, "no alert over the samples"
    tab.check("alerts")
    page.locator("#alerts a[href^='/stories/']").first.click()
    page.wait_for_selector("ol.reports")
    assert page.locator("ol.reports > li").count() >= 1
    assert (
        page.locator("ol.reports .outlet").count() >= 1 and page.locator("ol.reports .evidence").count() >= 1
    )
    tab.check("story")
    page = tab.goto("/api")
    assert page.locator(".op").count() >= 9
    tab.check("api")


def test_a_report_carrying_script_shows_as_text(tab: Tab) -> None:
    evil_id = make_article(7001, EVIL).id
    page = tab.goto(f"/articles/{evil_id}")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1; alert('x')</script>" in text
    assert "<a href=\"javascript:alert('y')\">" in text
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("main script").count() == 0
    assert page.locator("a[href^='javascript:'], a[href^='JAVASCRIPT:']").count() == 0
    assert "javascript:alert(document.domain)" in page.inner_text("p.meta")  # the url, as text
    assert page.locator("h1").inner_text() == "<b>Evil</b> report"
    tab.check("evil-article")
