"""The dashboard in a real headless browser (Debian's chromium driven by Playwright) over the
sample corpus: map markers, table filters, an article with highlights, a review with the token."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from frontwatch.api import create_app
from frontwatch.config import Settings
from frontwatch.store import open_store

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "dashboard-test-token"
_SHOTS_DIR = os.environ.get("FRONTWATCH_SCREENSHOTS")
SHOTS = Path(_SHOTS_DIR) if _SHOTS_DIR else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(sample_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(sample_db)
    settings = Settings(db_url=sample_db, cache_dir=tmp_path_factory.mktemp("cache"))
    app = create_app(settings, store=store, token=TOKEN)
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
def browser() -> Iterator[object]:
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


def _shot(page: object, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(1366, 768), (390, 844)], ids=["laptop", "phone"])
def test_map_timeline_and_table(server: str, browser: object, size: tuple[int, int]) -> None:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})  # type: ignore[attr-defined]
    external: list[str] = []
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith(server) else None)
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    assert page.locator("path.event-marker").count() > 0, "no event markers on the map"
    assert page.locator("#timeline canvas").count() > 0, "no timeline chart"
    rows = page.locator("#events tbody tr")
    assert rows.count() > 3
    assert page.evaluate("document.documentElement.scrollWidth") <= size[0] + 1, "page scrolls sideways"
    assert external == [], f"requests left the machine: {external[:3]}"
    _shot(page, f"index-{size[0]}")
    page.close()


def test_filter_table(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    page.goto(server + "/")
    page.select_option("select[name=type]", "MOBILIZE")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**type=MOBILIZE**")
    types = page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.type)")
    assert types and set(types) == {"MOBILIZE"}
    page.close()


def test_article_highlights_and_review(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    page.goto(server + "/?type=MOBILIZE")
    page.locator("#events tbody tr td:last-child a").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text mark.trigger").count() > 0
    assert page.locator("#article-text mark.actor").count() > 0
    _shot(page, "article")
    page.locator("ul a[href^='/events/']").first.click()
    page.wait_for_selector("form#review")
    page.select_option("select[name=verdict]", "disputed")
    page.fill("input[name=comment]", "second source needed <script>x</script>")
    page.fill("input[name=token]", "wrong-token")
    page.click("form#review button")
    page.wait_for_function("document.getElementById('review-status').textContent.length > 0")
    assert "Not saved" in page.inner_text("#review-status")
    page.fill("input[name=token]", TOKEN)
    page.click("form#review button")
    page.wait_for_function("document.getElementById('review-status').textContent === 'Saved.'")
    page.reload()
    assert "second source needed <script>x</script>" in page.inner_text("#reviews")
    assert page.locator("#reviews script").count() == 0
    _shot(page, "event")
    page.close()


def test_story_and_alerts_pages(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})  # type: ignore[attr-defined]
    page.goto(server + "/alerts")
    assert page.locator("h1").inner_text() == "Alerts"
    _shot(page, "alerts")
    page.goto(server + "/?type=MOBILIZE")
    page.locator("#events tbody tr td:nth-child(2) a").first.click()
    link = page.locator("a[href^='/stories/']")
    assert link.count() == 1, "an event page links to its story"
    link.first.click()
    assert page.locator("ol.reports li").count() >= 1
    _shot(page, "story")
    page.close()
