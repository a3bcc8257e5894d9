"""The web application in a real browser: Debian's headless Chromium driven by Playwright
against ``sleuth serve`` on 127.0.0.1, started by these tests.

Screenshots go to ``artifacts/screenshots/`` (or ``$SLEUTH_ARTIFACTS/screenshots``).
Chromium is installed by ``scripts/setup-browser`` (run by ``scripts/test``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from sleuth.catalog.build import BuildReport
from tests.conftest import EXAMPLES, REPO

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update"]
SHOTS = Path(os.environ.get("SLEUTH_ARTIFACTS", REPO / "artifacts")) / "screenshots"
ARTICLE = EXAMPLES / "000_be970ccc4db248b0.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(built: BuildReport) -> Iterator[str]:
    """``sleuth serve`` in a child process over the session's catalog; yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "sleuth", "serve", "--home", str(built.path.parent),
               "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/api/entities?q=Mir", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.stdout.read() if process.stdout else ""
            pytest.fail(f"sleuth serve did not start: {output}")
        time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup-browser")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: errors.append(f"dialog opened: {d.message}"))
    yield page
    context.close()
    assert not errors, f"the page reported errors: {errors}"


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def soyuz_paragraph() -> str:
    return next(p for p in ARTICLE.read_text(encoding="utf-8").split("\n\n")
                if "Soyuz 1, launched" in p)


def test_pasted_paragraph_shows_soyuz_1_contradicted_with_komarov(server: str,
                                                                   page: Page) -> None:
    page.goto(server + "/")
    page.fill("#text", soyuz_paragraph())
    page.click("#check-button")
    summary = page.locator("#summary").inner_text()
    assert "1 contradicted" in summary
    mark = page.locator("#annotated mark.contradicted", has_text="Soyuz 1")
    mark.click()
    panel = page.locator("#evidence")
    assert "contradicted" in panel.inner_text()
    assert "Vladimir Komarov" in panel.inner_text()
    subject = panel.locator("a", has_text="Soyuz 1").first
    assert (subject.get_attribute("href") or "").startswith("/entity/")
    shot(page, "check-soyuz-1-contradicted")


def test_download_json_report(server: str, page: Page, tmp_path: Path) -> None:
    page.goto(server + "/")
    page.fill("#text", "Luna 2 was launched on September 12, 1959.")
    page.click("#check-button")
    with page.expect_download() as info:
        page.click("#download-json")
    target = tmp_path / "report.json"
    info.value.save_as(target)
    report = json.loads(target.read_text(encoding="utf-8"))
    claims = report["documents"][0]["claims"]
    assert any(c["property"] == "launch_date" and c["verdict"] == "supported" for c in claims)


def test_upload_html_file(server: str, page: Page, tmp_path: Path) -> None:
    article = tmp_path / "salyut.html"
    article.write_text("<html><body><h1>Salyut</h1><p>Salyut 1 was launched on April 19, "
                       "1971.</p></body></html>", encoding="utf-8")
    page.goto(server + "/")
    page.set_input_files("#file", str(article))
    page.click("#check-button")
    assert page.locator("h1").inner_text() == "salyut.html"
    assert page.locator("#annotated mark.supported").count() >= 1


def test_vostok_6_page_from_the_search_box(server: str, page: Page) -> None:
    page.goto(server + "/explore")
    page.fill("header input[name=q]", "Vostok 6")
    page.press("header input[name=q]", "Enter")
    page.locator("ul.hits a", has_text="Vostok 6").first.click()
    assert page.locator("h1").inner_text().startswith("Vostok 6")
    facts = page.locator("#facts").inner_text()
    assert "Valentina Tereshkova" in facts and "1963-06-16" in facts
    shot(page, "entity-vostok-6")
    page.locator("#facts a", has_text="Valentina Tereshkova").first.click()
    assert page.locator("h1").inner_text().startswith("Valentina Tereshkova")


def test_space_race_chart_renders(server: str, page: Page) -> None:
    page.goto(server + "/explore")
    page.wait_for_selector("#race-chart[data-rendered=true]", timeout=30_000)
    page.wait_for_selector("#program-chart[data-rendered=true]", timeout=30_000)
    bars = page.locator("#race-chart .bars path").count()
    assert bars > 100  # one bar segment per country and year
    legend = " ".join(page.locator("#race-chart .legendtext").all_text_contents())
    assert "Union of Soviet Socialist Republics" in legend and "Russian Federation" in legend
    shot(page, "explore-space-race")


def test_mir_timeline_chart_renders(server: str, page: Page) -> None:
    page.goto(server + "/search?q=Mir")
    page.locator("ul.hits a", has_text="Mir").first.click()
    page.wait_for_selector("#timeline-chart[data-rendered=true]", timeout=30_000)
    assert page.locator("#timeline-chart .point").count() >= 10
    shot(page, "entity-mir-timeline")


def test_script_in_an_article_is_shown_not_run(server: str, page: Page) -> None:
    hostile = ("Salyut 1 was launched on April 19, 1971.\n"
               "<script>window.__pwned = 1; document.title = 'pwned'</script>\n"
               '<img src="x" onerror="window.__pwned = 2">')
    page.goto(server + "/")
    page.fill("#text", hostile)
    page.click("#check-button")
    text = page.locator("#annotated").inner_text()
    assert "<script>window.__pwned = 1" in text and '<img src="x"' in text
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    page.locator("#annotated mark").first.click()
    assert page.evaluate("window.__pwned") is None
    shot(page, "check-script-inert")


def test_every_claim_of_overlapping_spans_is_highlighted_and_reachable(server: str,
                                                                      page: Page) -> None:
    # the landing is counted from the launch, so its span holds the launch claim's
    page.goto(server + "/")
    page.fill("#text", "Luna 25 lifted off in August 2023 and crashed eight days after "
              "launch.")
    page.click("#check-button")
    marks = page.locator("#annotated mark")
    assert "crashed eight days after launch" in " ".join(marks.all_inner_texts())
    page.locator("#annotated mark.several").first.click()
    panel = page.locator("#evidence")
    assert "launch_date" in panel.inner_text()
    panel.locator("p.also button", has_text="landing_date").click()
    assert "landing_date = 2023-08-19" in panel.inner_text()
    # both pieces of the landing's span are marked as the one selected
    assert page.locator("#annotated mark.selected").count() == 2
    shot(page, "check-overlapping-claims")
