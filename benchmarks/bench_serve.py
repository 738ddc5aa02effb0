"""Benchmark: the web service (``litopys serve``) on a store of 20,000 articles.

    python benchmarks/bench_serve.py [--articles N] [--db FILE] [--rounds R] [--browser] [--json]

Builds the store once (reused when FILE already holds N articles; default
``build/bench-serve-20000.duckdb``): the examples are analyzed for real, then their rows are
copied inside DuckDB (``INSERT … SELECT`` over ``generate_series``) up to N articles, with new
article ids, 12 outlets and every date moved by the same number of days per copy (copies 730 apart
share their dates, so their reports merge into entries of two sources). Then, with the app in
this process behind httpx, it times:

- **cold**: the first ``GET /`` and ``GET /api/timeline`` after start-up (the latter reads every
  report and merges them), split into reading and merging, and the background warm-up after it;
- **first**/**warm**: each request the first time (filters not yet cached) and the median of R
  more rounds: the page, the timeline's first page, page 100, filtered timelines, an event view,
  the actor network and the facets;
- with ``--browser``: the page in headless Chromium (Debian's ``/usr/bin/chromium``) against
  uvicorn, from navigation to the first entries shown, on a fresh server and reloaded.

Figures and the machine are recorded in docs/WEB.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]

OUTLETS = [
    "Українська правда",
    "Укрінформ",
    "Суспільне",
    "Європейська правда",
    "Дзеркало тижня",
    "ЛІГА.net",
    "НВ",
    "Радіо Свобода",
    "Економічна правда",
    "Громадське",
    "Фокус",
    "Інтерфакс-Україна",
]
PERIOD = 730  # days over which the copies' dates are spread


def seed_store(db: Path) -> None:
    """Analyze the 14 examples (with their .json sidecars) into a fresh store (a few seconds)."""
    from litopys.ingest import run_ingest
    from litopys.store import Store

    with Store(db) as store:
        run_ingest([ROOT / "examples"], store, workers=1)


def synthesize(db: Path, articles: int) -> None:
    """Grow a store of analyzed examples to ``articles`` articles by copying rows in DuckDB."""
    import duckdb

    con = duckdb.connect(str(db))
    try:
        base = int(con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]
        copies = -(-articles // base)
        outlets = "[" + ", ".join("'" + o.replace("'", "''") + "'" for o in OUTLETS) + "]"
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "CREATE TEMP TABLE base AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS b FROM articles"
        )
        con.execute(
            f"""CREATE TEMP TABLE copy AS
            SELECT base.id AS old, base.b, c.generate_series AS c,
                   sha256(base.id || ':' || c.generate_series::VARCHAR) AS new,
                   (c.generate_series % {PERIOD})::INTEGER AS shift
            FROM base, generate_series(1, {copies - 1}) AS c
            WHERE c.generate_series * {base} + base.b < {articles}"""
        )
        con.execute(
            f"""INSERT INTO articles
            SELECT k.new, a.url || '?copy=' || k.c::VARCHAR, {outlets}[1 + (k.c % {len(OUTLETS)})],
                   a.published + k.shift, coalesce(a.title, split_part(a.text, chr(10), 1)), a.text,
                   a.origin || '#' || k.c::VARCHAR, a.pipeline, a.ingested_at + to_seconds(k.c),
                   a.n_entities, a.n_events
            FROM articles a JOIN copy k ON k.old = a.id"""
        )
        for table in ("entities", "mentions", "timexes", "quotes", "attributions", "event_sources"):
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            select = ", ".join("k.new" if c == "article_id" else f't."{c}"' for c in columns)
            con.execute(
                f"INSERT INTO {table} SELECT {select} FROM {table} t JOIN copy k ON k.old = t.article_id"
            )
        columns = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
        day = "regexp_full_match(coalesce(t.date, ''), '\\d{4}-\\d{2}-\\d{2}')"
        shifted = {
            "article_id": "k.new",
            "date": f"CASE WHEN {day} THEN strftime(t.date_start + k.shift, '%Y-%m-%d') ELSE t.date END",
            "date_start": f"CASE WHEN {day} THEN t.date_start + k.shift ELSE t.date_start END",
            "date_end": f"CASE WHEN {day} THEN t.date_end + k.shift ELSE t.date_end END",
        }
        select = ", ".join(shifted.get(c, f't."{c}"') for c in columns)
        con.execute(f"INSERT INTO events SELECT {select} FROM events t JOIN copy k ON k.old = t.article_id")
        con.execute(
            f"UPDATE articles SET outlet = {outlets}[1 + (hash(id) % {len(OUTLETS)})::INTEGER],"
            " title = coalesce(title, split_part(text, chr(10), 1)) WHERE id IN (SELECT id FROM base)"
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def build(db: Path, articles: int) -> float:
    """Make (or reuse) a store of ``articles`` articles; the seconds it took."""
    import duckdb

    if db.exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
            have = int(con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]
            con.close()
        except duckdb.Error:
            have = -1
        if have == articles:
            return 0.0
        db.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    seed_store(db)
    synthesize(db, articles)
    return time.perf_counter() - start


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--browser", action="store_true", help="also time the page in headless Chromium (/usr/bin/chromium)"
    )
    args = parser.parse_args()
    db = args.db or ROOT / "build" / f"bench-serve-{args.articles}.duckdb"
    built = build(db, args.articles)

    import httpx

    from litopys.serve import create_app
    from litopys.store import Store

    with Store(db, read_only=True) as store:
        counts = store.counts()
    app = create_app(db)
    transport = httpx.ASGITransport(app=app)

    import asyncio

    async def run() -> dict[str, float]:
        figures: dict[str, float] = {}
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

            async def get(url: str) -> float:
                start = time.perf_counter()
                response = await client.get(url)
                elapsed = time.perf_counter() - start
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
                return elapsed

            figures["cold: GET / (page)"] = await get("/")
            figures["cold: GET /api/timeline (first page)"] = await get("/api/timeline")
            first = (await client.get("/api/timeline")).json()
            snapshot = app.state.timeline.snapshot
            waited = time.perf_counter()
            await asyncio.to_thread(snapshot.prepared.wait, 60)
            figures["warm-up after the first page: facets, histogram, network (background)"] = (
                snapshot.prepare_seconds
            )
            figures["  (of the cold first page: reading reports)"] = snapshot.load_seconds
            figures["  (of the cold first page: merging and indexing)"] = (
                snapshot.build_seconds - snapshot.load_seconds
            )
            del waited
            entry = first["entries"][0]["id"]
            urls = {
                "GET / (page)": "/",
                "GET /api/timeline (first page)": "/api/timeline",
                "GET /api/timeline?page=100": "/api/timeline?page=100",
                "GET /api/timeline?actor=Росія": "/api/timeline?actor=%D0%A0%D0%BE%D1%81%D1%96%D1%8F",
                "GET /api/timeline?q=санкц&outlet=НВ": "/api/timeline?q=%D1%81%D0%B0%D0%BD%D0%BA%D1%86"
                "&outlet=%D0%9D%D0%92",
                "GET /api/timeline?pair=Росія&pair=Україна": "/api/timeline?"
                + urlencode([("pair", "Росія"), ("pair", "Україна")]),
                "GET /api/events/{id}": f"/api/events/{entry}",
                "GET /api/network": "/api/network",
                "GET /api/facets": "/api/facets",
            }
            for name, url in urls.items():
                once = await get(url)  # the first time these filters are asked for
                figures[f"first: {name}"] = once
                figures[f"warm: {name}"] = statistics.median([await get(url) for _ in range(args.rounds)])
            figures["entries"] = first["total"]
            figures["undated entries"] = first["undated_total"]
        return figures

    figures = asyncio.run(run())
    if args.browser:
        figures.update(browser_figures(db, args.rounds))
    info = {
        "articles": counts["articles"],
        "events": counts["events"],
        "store MB": round(db.stat().st_size / 1e6, 1),
        "build s": round(built, 1),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
    }
    if args.json:
        print(json.dumps({"store": info, "figures": figures}, ensure_ascii=False, indent=2))
        return
    print(", ".join(f"{k}: {v}" for k, v in info.items()))
    for name, value in figures.items():
        if isinstance(value, float):
            print(f"{name:<58} {value * 1000:9.1f} ms")
        else:
            print(f"{name:<58} {value:9d}")


def browser_figures(db: Path, rounds: int) -> dict[str, float]:
    """The page in headless Chromium against uvicorn: from navigation to the first entries shown
    (the page's ``data-rendered`` mark), on a fresh server (cold) and then reloaded (warm)."""
    import socket
    import threading

    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    from litopys.serve import create_app

    os.environ.setdefault("SE_OFFLINE", "true")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(120)

    def rendered() -> float:
        driver.get(f"http://127.0.0.1:{port}/")
        mark = WebDriverWait(driver, 120, poll_frequency=0.02).until(
            lambda d: d.find_element("tag name", "html").get_attribute("data-rendered")
        )
        return float(mark) / 1000

    try:
        cold = rendered()
        app = server.config.app
        snapshot = app.state.timeline.snapshot  # type: ignore[attr-defined]
        snapshot.prepared.wait(60)
        warm = statistics.median([rendered() for _ in range(rounds)])
    finally:
        driver.quit()
        server.should_exit = True
        thread.join(10)
        shutil.rmtree(profile, ignore_errors=True)
    return {
        "browser, cold: page to first entries shown": cold,
        "browser, warm: page to first entries shown": warm,
    }


if __name__ == "__main__":
    sys.exit(main())
