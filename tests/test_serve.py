"""``litopys serve``: the JSON API over a store built from the examples — timeline pages, filters,
event views with marked texts, the actor network, the paste endpoint and its limits (1 MB body →
413, deadline → 504), a busy store (503), cache refresh, read-only access and request paths that
never reach the file system."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from litopys.ingest import run_ingest
from litopys.plover import QUADS, TYPES
from litopys.serve import MAX_BODY, create_app
from litopys.store import Store
from litopys.timeline import load_reports, select
from litopys.web.marks import Mark, segment

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ("Укрінформ", "Суспільне", "Європейська правда")
ECHO = "eu-sanctions-package-2025-05-21"  # told again by a fourth outlet, so its events merge
EXAMPLES = sorted((ROOT / "examples").glob("*.uk.txt"))
ARTICLES = len(EXAMPLES) + 1


def build_store(base: Path) -> Path:
    """The examples (three outlets, their sidecar dates and titles) plus one story told twice."""
    folder = base / "in"
    folder.mkdir(parents=True, exist_ok=True)
    for n, source in enumerate(EXAMPLES):
        stem = source.name.removesuffix(".uk.txt")
        meta = json.loads(Path(f"{source}.json").read_text(encoding="utf-8"))
        meta.update(outlet=OUTLETS[n % len(OUTLETS)], url=f"https://news.example/{stem}")
        text = source.read_text(encoding="utf-8")
        (folder / source.name).write_text(text, encoding="utf-8")
        (folder / f"{source.name}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        if stem == ECHO:
            echo = folder / f"zz-echo-{source.name}"
            echo.write_text(text + "\n\nЗа матеріалами інших видань.\n", encoding="utf-8")
            again = {**meta, "outlet": "НВ", "url": "https://nv.example/echo"}
            (folder / f"{echo.name}.json").write_text(json.dumps(again, ensure_ascii=False), encoding="utf-8")
    db = base / "serve.duckdb"
    with Store(db) as store:
        report = run_ingest([folder], store, workers=1)
    assert report.analyzed == ARTICLES and not report.rejected
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def stored(db: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    with Store(db, read_only=True) as store:
        return store.query(sql, params or [])


def joined(text: dict[str, Any]) -> str:
    return "".join(s["text"] for s in text["segments"])


def covered(text: dict[str, Any], mark: int) -> str:
    return "".join(s["text"] for s in text["segments"] if mark in s["marks"])


# ---------------------------------------------------------------------------------------------
# Page and assets


def test_page_and_assets_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script src="/static/app.js" defer></script>' in page.text and 'lang="uk"' in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    for name, kind in (
        ("app.js", "text/javascript"),
        ("app.css", "text/css"),
        ("favicon.svg", "image/svg+xml"),
    ):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and asset.headers["content-type"].startswith(kind)
        # nothing is fetched from elsewhere: no absolute URL but the SVG namespace
        text = asset.text.replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in text and "https://" not in text.replace("https?:", ""), name
    html = page.text
    assert "http://" not in html and "https://" not in html
    # Swagger UI and ReDoc would load scripts from a CDN: off; the spec itself is served
    assert client.get("/docs").status_code == 404
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/timeline",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/network",
        "/api/analyze",
    ):
        assert path in spec["paths"], path


# ---------------------------------------------------------------------------------------------
# Timeline


def test_first_page_lists_dated_entries_newest_first_with_quads_and_sources(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    assert data["total"] > 50 and data["page"] == 1 and data["size"] == 50 and len(data["entries"]) == 50
    assert data["pages"] == -(-data["total"] // 50)
    starts = [e["start"] for e in data["entries"]]
    assert all(s is not None for s in starts) and starts == sorted(starts, reverse=True)
    for e in data["entries"]:
        assert e["date"] and e["summary"] and e["evidence"]
        assert e["type"] in TYPES and e["quad"] == TYPES[e["type"]][0] and e["quad"] in QUADS
        assert e["sources"] >= 1 and e["n_outlets"] == len(e["outlets"])
    # undated entries are listed apart
    assert all(e["date"] is None for e in data["undated"])
    assert data["undated_total"] == len(data["undated"]) or data["undated_total"] > data["size"]
    # the histogram counts every dated entry once
    hist = data["histogram"]
    outer = sum(hist[side]["total"] for side in ("before", "after") if hist[side])
    assert sum(b["total"] for b in hist["buckets"]) + outer == data["total"]
    assert outer <= 0.02 * data["total"] + 2  # only the far tails go to the outer bars
    assert data["snapshot"]["articles"] == ARTICLES and not data["stale"]

    asc = client.get("/api/timeline", params={"order": "asc", "size": 7, "page": 2}).json()
    assert [e["start"] for e in asc["entries"]] == sorted(e["start"] for e in asc["entries"])
    first = client.get("/api/timeline", params={"order": "asc", "size": 7}).json()
    assert not {e["id"] for e in first["entries"]} & {e["id"] for e in asc["entries"]}
    assert first["entries"][-1]["start"] <= asc["entries"][0]["start"]


def test_a_story_told_by_two_outlets_is_one_entry_with_two_sources(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"outlet": "НВ", "size": 200}).json()
    assert data["total"] >= 3
    for e in data["entries"]:
        # the echo and its original, and any other article of the corpus that tells the same event
        assert e["sources"] >= 2 and "НВ" in e["outlets"] and len(e["outlets"]) >= 2


@pytest.mark.parametrize(
    ("params", "kwargs"),
    [
        ({"actor": "Росія"}, {"actors": ["Росія"]}),
        ({"actor": ["Росія", "Грузія"]}, {"actors": ["Росія", "Грузія"]}),
        ({"pair": ["Росія", "Україна"]}, {"pair": ("Росія", "Україна")}),
        ({"type": "SANCTION"}, {"types": ["SANCTION"]}),
        (
            {"from": "2025-01-01", "to": "2025-06-30"},
            {"date_from": dt.date(2025, 1, 1), "date_to": dt.date(2025, 6, 30)},
        ),
        ({"q": "санкц"}, {"query": "санкц"}),
    ],
)
def test_filters_keep_the_entries_with_a_matching_report(
    client: TestClient, db: Path, params: dict[str, Any], kwargs: dict[str, Any]
) -> None:
    data = client.get("/api/timeline", params={**params, "size": 200}).json()
    with Store(db, read_only=True) as store:
        reports = load_reports(store)
    wanted = {(r.article_id[:16], r.event_id) for r in select(reports, **kwargs)}
    assert wanted and data["total"] + data["undated_total"] > 0
    entries = list(data["entries"])
    for page in range(2, data["pages"] + 1):  # more than a page of entries as the example corpus grows
        entries += client.get("/api/timeline", params={**params, "size": 200, "page": page}).json()["entries"]
    ids = [e["id"] for e in entries + data["undated"]]
    assert len(ids) == data["total"] + data["undated_total"]
    for entry_id in ids[:: max(1, len(ids) // 15)]:  # a sample: each view reads article texts
        view = client.get(f"/api/events/{entry_id}").json()
        assert any((r["article"][:16], r["event"]) in wanted for r in view["reports"]), entry_id
    if "type" in params:
        assert {e["type"] for e in data["entries"]} == {"SANCTION"}
    if "from" in params:
        for e in data["entries"]:
            assert e["end"] >= "2025-01-01" or e["start"] <= "2025-06-30"


def test_filters_are_validated(client: TestClient) -> None:
    for params in (
        {"pair": "Росія"},
        {"from": "2025-13-01"},
        {"page": 0},
        {"size": 1000},
        {"order": "sideways"},
    ):
        response = client.get("/api/timeline", params=params)
        assert response.status_code == 422, params
        assert response.json()["error"] == "invalid_request"
    none = client.get("/api/timeline", params={"actor": "Атлантида"}).json()
    assert none["total"] == 0 and none["entries"] == [] and none["histogram"]["buckets"] == []


# ---------------------------------------------------------------------------------------------
# Event and article views


def test_event_view_lists_every_article_and_marks_the_evidence_in_its_text(
    client: TestClient, db: Path
) -> None:
    entries = client.get("/api/timeline", params={"outlet": "НВ", "type": "SANCTION"}).json()["entries"]
    # the story told twice; another example may tell one of its events too (a merge the store should make)
    echo = next(e for e in entries if e["sources"] == 2)
    view = client.get(f"/api/events/{echo['id']}").json()
    assert view["summary"] == echo["summary"] and len(view["articles"]) == 2
    outlets = {a["outlet"] for a in view["articles"]}
    assert "НВ" in outlets and len(outlets) == 2 and outlets == set(echo["outlets"])
    for article in view["articles"]:
        assert article["url"].startswith("https://") and article["published"] == "2025-05-21"
        assert article["headline"] and article["text"]
        text = stored(db, "SELECT text FROM articles WHERE id = ?", [article["article"]])[0]["text"]
        marked = article["text"]
        # the segments are the stored text, cut at the marks (offsets are code points)
        assert joined(marked) == text
        kinds = {m["kind"] for m in marked["marks"]}
        assert {"evidence", "entity", "timex"} <= kinds
        for i, mark in enumerate(marked["marks"]):
            assert text[mark["start"] : mark["end"]] == covered(marked, i)
        evidence = [i for i, m in enumerate(marked["marks"]) if m["kind"] == "evidence"]
        assert sorted(marked["marks"][i]["event"] for i in evidence) == sorted(article["events"])
        for i in evidence:
            event = marked["marks"][i]["event"]
            report = next(
                r for r in view["reports"] if (r["article"], r["event"]) == (article["article"], event)
            )
            assert covered(marked, i) == report["evidence"]
    # any report's id finds the same entry
    other = next(r["id"] for r in view["reports"] if r["id"] != echo["id"])
    assert client.get(f"/api/events/{other}").json()["id"] == view["id"]


def test_article_view_and_unknown_ids(client: TestClient, db: Path) -> None:
    row = stored(db, "SELECT article_id, event_id FROM events ORDER BY article_id, event_id LIMIT 1")[0]
    view = client.get(f"/api/articles/{row['article_id']}", params={"event": row["event_id"]}).json()
    assert any(m["kind"] == "evidence" and m["event"] == row["event_id"] for m in view["text"]["marks"])
    assert client.get(f"/api/articles/{'0' * 64}").status_code == 404
    assert client.get("/api/events/0000000000000000-V1").json()["error"] == "not_found"
    assert client.get(f"/api/articles/{row['article_id']}", params={"event": "V1;DROP"}).status_code == 422


def test_segments_keep_astral_characters_and_nested_marks_whole() -> None:
    text = "😀 Київ, 5 травня: «Так»"
    marks = [
        Mark(2, 6, "entity", {"name": "Київ"}),
        Mark(8, 16, "timex", {"value": "2025-05-05"}),
        Mark(0, len(text), "evidence", {"event": "V1"}),
        Mark(18, 24, "quote"),
        Mark(40, 50, "entity"),  # outside the text: dropped
    ]
    out = segment(text, marks)
    assert joined(out) == text
    assert [m["kind"] for m in out["marks"]] == ["evidence", "entity", "timex", "quote"]
    for i, m in enumerate(out["marks"]):
        assert covered(out, i) == text[m["start"] : m["end"]]
    assert out["segments"][0] == {"text": "😀 ", "marks": [0]}
    assert out["segments"][1] == {"text": "Київ", "marks": [0, 1]}  # outer mark first


# ---------------------------------------------------------------------------------------------
# Network and facets


def test_network_weights_edges_by_events_and_colours_them_by_type(client: TestClient) -> None:
    data = client.get("/api/network").json()
    ids = {n["id"] for n in data["nodes"]}
    assert len(data["nodes"]) == 40 and data["actors_total"] >= 40 and data["edges"]
    for edge in data["edges"]:
        assert edge["source"] in ids and edge["target"] in ids and edge["source"] != edge["target"]
        assert edge["count"] == sum(edge["types"].values()) and edge["type"] in edge["types"]
        assert edge["quad"] == TYPES[edge["type"]][0]
    counts = [e["count"] for e in data["edges"]]
    assert counts == sorted(counts, reverse=True)
    russia = client.get("/api/network", params={"actor": "Росія", "limit": 10}).json()
    assert len(russia["nodes"]) <= 10 and any(n["name"] == "Росія" for n in russia["nodes"])


def test_facets_list_types_outlets_actors_and_dates(client: TestClient) -> None:
    data = client.get("/api/facets").json()
    assert [q["id"] for q in data["quads"]] == list(QUADS)
    assert {t["id"] for t in data["types"]} == set(TYPES)
    assert {o["name"] for o in data["outlets"]} == {*OUTLETS, "НВ"}
    assert sum(o["articles"] for o in data["outlets"]) == ARTICLES
    assert data["actors"][0]["entries"] >= data["actors"][-1]["entries"]
    assert data["dates"]["first"] <= data["dates"]["last"]


# ---------------------------------------------------------------------------------------------
# The paste box


def test_pasted_article_is_analyzed_with_marks_and_the_litopys_record(client: TestClient) -> None:
    text = (ROOT / "examples" / "macron-kyiv-2025-04-10.uk.txt").read_text(encoding="utf-8")
    response = client.post("/api/analyze", json={"text": text, "published": "2025-04-10"})
    assert response.status_code == 200, response.text
    data = response.json()
    schema = json.loads((ROOT / "src" / "litopys" / "schema" / "litopys-1.schema.json").read_text())
    jsonschema.validate(data["record"], schema)
    assert data["record"]["article"]["published"] == "2025-04-10"
    assert data["events"] and all(e["summary"] and e["quad"] in QUADS for e in data["events"])
    assert any(e["type"] == "CONSULT" for e in data["events"])
    assert joined(data["text"]) == data["record"]["text"]
    evidence = [i for i, m in enumerate(data["text"]["marks"]) if m["kind"] == "evidence"]
    assert len(evidence) == len(data["events"])
    for i in evidence:
        mark = data["text"]["marks"][i]
        event = next(e for e in data["events"] if e["id"] == mark["event"])
        assert covered(data["text"], i) == event["evidence"]
    # nothing is stored
    assert client.get("/api/status").json()["snapshot"]["articles"] == ARTICLES


def test_paste_input_is_validated(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": "Текст", "published": "2025-02-30"}).status_code == 422
    assert client.post("/api/analyze", json={"published": "2025-02-03"}).status_code == 422
    bad = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 422 and bad.json()["error"] == "invalid_request"
    empty = client.post("/api/analyze", json={"text": ""})
    assert empty.status_code == 200 and empty.json()["events"] == []


def test_request_body_over_1_mb_is_refused_with_413(client: TestClient) -> None:
    big = json.dumps({"text": "а" * (MAX_BODY // 2 + 10)}).encode()
    assert len(big) > MAX_BODY
    response = client.post("/api/analyze", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"text": "'
        for _ in range(20):
            yield "б".encode() * 30_000
        yield b'"}'

    streamed = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["error"] == "body_too_large"
    # just under the limit is fine (and analyzed within the deadline)
    ok = client.post("/api/analyze", json={"text": "Київ. " * 1000})
    assert ok.status_code == 200


def test_analysis_over_its_deadline_answers_504_and_the_next_one_works(db: Path) -> None:
    app = create_app(db, analyze_timeout=0.05)
    with TestClient(app) as c:
        response = c.post("/api/analyze", json={"text": "Президент України провів переговори. " * 200})
        assert response.status_code == 504 and response.json()["error"] == "analysis_timeout"
        app.state.analyzer.timeout = 60
        assert c.post("/api/analyze", json={"text": "Зеленський зустрівся з Макроном."}).status_code == 200


# ---------------------------------------------------------------------------------------------
# The store: busy, changing, read-only


def test_busy_store_answers_503_with_a_clear_message(tmp_path: Path, db: Path) -> None:
    copy = tmp_path / "busy.duckdb"
    shutil.copy(db, copy)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(copy)!r});"
            " print('ready', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with TestClient(create_app(copy, busy_wait=0.5)) as c:
            started = time.monotonic()
            response = c.get("/api/timeline")
            assert 0.45 < time.monotonic() - started < 10  # kept trying for busy_wait seconds
            assert response.status_code == 503 and response.headers["retry-after"]
            body = response.json()
            assert body["error"] == "store_busy" and "busy" in body["detail"] and "\n" not in body["detail"]
            holder.kill()
            holder.wait(10)
            assert c.get("/api/timeline").status_code == 200
    finally:
        holder.kill()
        holder.wait(10)


def test_a_changed_store_is_reread_in_the_background(tmp_path: Path, db: Path) -> None:
    from litopys import analyze

    copy = tmp_path / "grow.duckdb"
    shutil.copy(db, copy)
    with TestClient(create_app(copy)) as c:
        before = c.get("/api/timeline").json()
        text = "Президент Франції Емманюель Макрон 3 березня 2026 року зустрівся з прем'єр-міністром Японії."
        with Store(copy) as store:
            store.write(analyze(text, "2026-03-03"), origin="test")
        time.sleep(1.1)  # the store is looked at again after a second
        deadline = time.monotonic() + 60
        while True:
            now = c.get("/api/timeline").json()
            if not now["stale"] and now["snapshot"]["articles"] == ARTICLES + 1:
                break
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert now["total"] > before["total"]
        day = c.get("/api/timeline", params={"from": "2026-03-03", "to": "2026-03-03", "size": 200}).json()
        met = [
            e
            for e in day["entries"]
            if e["date"] == "2026-03-03" and any("Макрон" in (a["name"] or "") for a in e["source"])
        ]
        assert day["total"] >= 1 and met, day["entries"][:3]


def test_the_store_is_only_opened_read_only_and_never_changed(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import litopys.web.data as data

    opened: list[bool] = []
    real = data.Store

    def spy(path: Any, *, read_only: bool = False) -> Any:
        opened.append(read_only)
        return real(path, read_only=read_only)

    monkeypatch.setattr(data, "Store", spy)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with TestClient(create_app(db)) as c:
        entry = c.get("/api/timeline").json()["entries"][0]["id"]
        for url in ("/api/network", "/api/facets", f"/api/events/{entry}", "/api/status"):
            assert c.get(url).status_code == 200, url
        for method in ("put", "delete", "patch"):
            assert getattr(c, method)("/api/timeline").status_code == 405
    assert opened and all(opened)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_no_path_from_a_request_reaches_the_file_system(client: TestClient, db: Path) -> None:
    touched: list[str] = []
    watching = [True]

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if watching[0] and event in ("open", "os.listdir", "os.scandir", "shutil.copyfile"):
            touched.append(str(args[0]))

    sys.addaudithook(audit)
    attempts = [
        "/static/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e%2fserve.py",
        "/static/....//....//etc/passwd",
        "/static/app.js%00.png",
        "/static/C:%5Cwindows%5Cwin.ini",
        "/static/~root",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/events/..%2F..%2Fetc%2Fpasswd",
        "/api/timeline?outlet=../../etc/passwd&q=/etc/passwd&actor=file:///etc/passwd",
        f"/api/articles/{'a' * 64}?event=..%2Fpasswd",
        "/..%2F..%2Fetc%2Fpasswd",
        "/etc/passwd",
        f"/{db}",
    ]
    try:
        for url in attempts:
            response = client.get(url)
            assert response.status_code in (200, 404, 422), (url, response.status_code)
            assert "root:" not in response.text
    finally:
        watching[0] = False
    assert not [p for p in touched if "passwd" in p or "win.ini" in p or ".." in p or p.endswith("serve.py")]


def test_host_header_guard_and_cli_errors(db: Path, tmp_path: Path) -> None:
    with TestClient(
        create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://localhost"
    ) as c:
        assert c.get("/api/status").status_code == 200
        assert c.get("/api/status", headers={"host": "attacker.example"}).status_code == 400
    missing = subprocess.run(
        [sys.executable, "-m", "litopys.cli", "serve", "--db", str(tmp_path / "none.duckdb")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 3
    assert (
        missing.stderr.strip().startswith("litopys: error: no store at") and missing.stderr.count("\n") == 1
    )
