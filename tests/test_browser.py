"""The web page in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium):
load the timeline of a store built from the examples, filter by an actor, open an event with the
keyboard, see its evidence highlighted, go back, paste an article and see its events, the actor
network, and the page on a 400 px screen. Each step leaves a screenshot in build/screenshots/."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.test_serve import build_store

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--lang=uk-UA",
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("browser"))
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "litopys.cli", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status", timeout=2) as response:
                    if json.load(response)["snapshot"]:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"litopys serve did not start: {process.stderr.read() if process.stderr else ''}"
                )
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: Any, condition: Any, timeout: float = 20, message: str = "") -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition, message)


def shot(driver: Any, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def query(driver: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def shown_count(text: str) -> int:
    """The number a count line opens with, as the page groups its digits ("1 075 подій")."""
    match = re.match(r"[\d\s\u00a0\u202f]+", text)
    assert match is not None, text
    return int(re.sub(r"\D", "", match.group(0)))


def test_analyst_walkthrough(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = browser
    d.set_window_size(1280, 1000)

    # 1. the first page: dated entries, the histogram and the strip
    d.get(server + "/")
    wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#entries a.entry")) == 50, message="entries")
    total = api(server, "/api/timeline")["total"]
    assert shown_count(d.find_element(By.ID, "timeline-count").text) == total
    assert d.find_elements(By.CSS_SELECTOR, "#histogram svg g.bar")
    assert len(d.find_elements(By.CSS_SELECTOR, "#strip svg g.dot-mark")) == 50
    first = d.find_element(By.CSS_SELECTOR, "#entries a.entry")
    assert "q-" in first.get_attribute("class") and first.find_element(By.CSS_SELECTOR, ".summary").text
    shot(d, "01-timeline")

    # 2. filter by an actor (typed, Enter): the URL keeps the filter
    field = d.find_element(By.ID, "f-actor")
    field.send_keys("Росія", Keys.ENTER)
    wait(d, lambda d: query(d).get("actor") == ["Росія"], message="actor in URL")
    expected = api(server, "/api/timeline?actor=%D0%A0%D0%BE%D1%81%D1%96%D1%8F")
    wait(d, lambda d: "актор: Росія" in d.find_element(By.ID, "timeline-count").text, message="filtered")
    assert shown_count(d.find_element(By.ID, "timeline-count").text) == expected["total"]
    shown = [a.get_attribute("data-id") for a in d.find_elements(By.CSS_SELECTOR, "#entries a.entry")]
    assert shown == [e["id"] for e in expected["entries"]]
    shot(d, "02-filter-actor")

    # 3. open an event with the keyboard (focus the entry, Enter)
    entry = expected["entries"][0]
    link = d.find_element(By.CSS_SELECTOR, f'#entries a.entry[data-id="{entry["id"]}"]')
    d.execute_script("arguments[0].focus()", link)
    assert d.switch_to.active_element == link
    link.send_keys(Keys.ENTER)
    wait(d, lambda d: query(d).get("event") == [entry["id"]], message="event in URL")
    title = wait(d, lambda d: d.find_element(By.ID, "event-title"), message="event view")
    assert title.text == entry["summary"]
    assert d.switch_to.active_element == title  # focus moves to the event
    assert query(d).get("actor") == ["Росія"]  # the filters stay in the URL
    shot(d, "03-event")

    # 4. the evidence sentence is highlighted inside each article's text, entities and dates marked
    marks = wait(
        d, lambda d: d.find_elements(By.CSS_SELECTOR, ".article .text mark.evidence"), message="evidence"
    )
    view = api(server, f"/api/events/{entry['id']}")
    evidence = " ".join(view["reports"][0]["evidence"].split())
    article = d.find_element(By.CSS_SELECTOR, ".article .text")
    highlighted = " ".join("".join(m.get_attribute("textContent") for m in marks[: len(marks)]).split())
    assert evidence in highlighted
    assert article.find_elements(By.CSS_SELECTOR, ".entity") and article.find_elements(
        By.CSS_SELECTOR, "time.timex"
    )
    assert len(d.find_elements(By.CSS_SELECTOR, ".article")) == len(view["articles"])
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", marks[0])
    shot(d, "04-evidence")

    # Back returns to the filtered timeline (history and URL state), Escape works too
    d.back()
    wait(
        d,
        lambda d: (
            "event" not in query(d) and not d.find_element(By.ID, "view-timeline").get_attribute("hidden")
        ),
    )
    wait(
        d,
        lambda d: d.find_element(By.ID, "f-actor").get_attribute("value") == "Росія",
        message="form from URL",
    )
    d.forward()
    wait(d, lambda d: d.find_elements(By.ID, "event-title"), message="forward")
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    wait(d, lambda d: "event" not in query(d), message="escape closes the event")

    # 5. paste an article and see its events
    d.find_element(By.ID, "tab-analyze").click()
    box = wait(d, lambda d: d.find_element(By.ID, "a-text"), message="paste box")
    text = (ROOT / "examples" / "macron-kyiv-2025-04-10.uk.txt").read_text(encoding="utf-8")
    d.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        box,
        text,
    )
    date = d.find_element(By.ID, "a-date")
    d.execute_script("arguments[0].value = '2025-04-10';", date)
    d.find_element(By.ID, "a-run").click()
    events = wait(
        d, lambda d: d.find_elements(By.CSS_SELECTOR, "#analyze-events li"), timeout=60, message="events"
    )
    assert "Знайдено:" in d.find_element(By.ID, "analyze-status").text
    summaries = [e.find_element(By.CSS_SELECTOR, ".summary").text for e in events]
    assert all(summaries) and any("Макрон" in s or "Зеленськ" in s for s in summaries)
    assert d.find_elements(By.CSS_SELECTOR, "#analyze-result .text mark.evidence")
    d.execute_script("document.getElementById('analyze-status').scrollIntoView()")
    shot(d, "05-paste-analysis")

    # 6. the actor network; Enter on a node filters the timeline by that actor
    d.get(server + "/?view=network")
    nodes = wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#network svg g.node"), message="network")
    assert d.find_elements(By.CSS_SELECTOR, "#network svg path.edge")
    assert d.find_elements(By.CSS_SELECTOR, "#edges tbody tr")
    shot(d, "06-network")
    d.execute_script("arguments[0].focus()", nodes[0])
    nodes[0].send_keys(Keys.ENTER)
    wait(d, lambda d: query(d).get("actor") and "view" not in query(d), message="node → actor filter")

    # 7. a narrow screen: no sideways scrolling, the event still readable
    d.set_window_size(400, 900)
    d.get(server + "/?actor=%D0%A0%D0%BE%D1%81%D1%96%D1%8F&event=" + entry["id"])
    wait(
        d, lambda d: d.find_elements(By.CSS_SELECTOR, ".article .text mark.evidence"), message="narrow event"
    )
    width = d.execute_script("return document.documentElement.scrollWidth")
    inner = d.execute_script("return window.innerWidth")
    assert width <= inner + 1, (width, inner)
    d.execute_script("document.querySelector('.article').scrollIntoView()")
    shot(d, "07-narrow-event")
    d.get(server + "/")
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#entries a.entry"), message="narrow timeline")
    assert d.execute_script("return document.documentElement.scrollWidth") <= inner + 1
    shot(d, "08-narrow-timeline")

    assert not console_errors(d)
