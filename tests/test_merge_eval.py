"""The merge-evaluation corpus (issue #6) is well formed, and the benchmark over it runs and reports
measurements. The figures themselves are measured (docs/STORE.md), not asserted as thresholds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "merge-eval"
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("merge_eval", ROOT / "benchmarks" / "merge_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles() -> list[dict[str, str]]:
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _gold() -> dict:
    return json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


def test_corpus_articles() -> None:
    articles = _articles()
    assert len(articles) >= 40
    assert len({a["outlet"] for a in articles}) >= 6
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))
    assert len({a["text"] for a in articles}) == len(articles)  # distinct texts: none skipped as duplicate
    for a in articles:
        assert {"id", "text", "published", "url", "outlet", "title"} <= a.keys()
        assert a["url"].startswith("https://")
        assert len(a["published"]) == 10 and a["published"].startswith("2025-")
        assert 80 <= len(a["text"].split()) <= 180, a["id"]
    # one invented domain per outlet
    hosts: dict[str, set[str]] = {}
    for a in articles:
        hosts.setdefault(a["outlet"], set()).add(a["url"].split("/")[2])
    assert all(len(h) == 1 for h in hosts.values())
    assert len({next(iter(h)) for h in hosts.values()}) == len(hosts)


def test_gold_clusters() -> None:
    ids = {a["id"] for a in _articles()}
    events = _gold()["events"]
    assert len(events) == 15
    assert len({e["id"] for e in events}) == 15
    seen: list[str] = []
    for e in events:
        assert e["type"] in PLOVER
        assert len(e["source"]) == 3 and (e["target"] is None or len(e["target"]) == 3)
        assert len(e["date"]) == 10
        assert len(e["articles"]) >= 2, e["id"]
        assert set(e["articles"]) <= ids, e["id"]
        seen += e["articles"]
    assert len(seen) == len(set(seen))  # each article reports one gold event
    assert set(seen) == ids
    # the hard cases the corpus is meant to contain
    by_date: dict[str, list[dict]] = {}
    for e in events:
        by_date.setdefault(e["date"], []).append(e)
    assert any(
        len({(x["source"], x["target"]) for x in same}) > 1 for same in by_date.values() if len(same) > 1
    ), "two events on one day with different actors"
    pairs = [(x, y) for x in events for y in events if x["id"] < y["id"]]
    assert any(
        {x["source"], x["target"]} == {y["source"], y["target"]}
        and (x["type"] != y["type"] or x["date"] != y["date"])
        for x, y in pairs
    ), "two events with the same actors but another type or date"


@pytest.fixture(scope="module")
def result() -> dict:
    return _benchmark().evaluate(CORPUS, workers=1)


def test_benchmark_reports_measurements(result: dict) -> None:
    assert result["ingested"] == len(_articles())
    assert result["rejected"] == 0
    assert result["gold_events"] == 15
    pairs = result["pairs"]
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= pairs[key] <= 1.0
    assert pairs["gold"] == sum(len(e["articles"]) * (len(e["articles"]) - 1) // 2 for e in _gold()["events"])
    assert 0 <= pairs["true"] <= min(pairs["predicted"], pairs["gold"])
    assert result["entries_total"] >= result["entries_with_gold_type"] >= result["distinct_best_entries"]
    assert 0 <= result["events_in_one_entry"] <= 15
    assert len(result["events"]) == 15
    for e in result["events"]:
        assert 0 <= e["covered"] <= e["articles"]
        assert e["one_entry"] == (e["covered"] == e["articles"])
        assert len(e["left_out"]) == e["articles"] - e["covered"]
    json.dumps(result)  # what --json writes


def test_benchmark_command_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "merge.json"
    _benchmark().main(["--json", str(out)])
    printed = capsys.readouterr().out
    assert "pairwise merge: precision" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert 0.0 <= data["pairs"]["recall"] <= 1.0
