"""Merge evaluation (issue #6): do reports of one event from different outlets end up in one entry?

    python benchmarks/merge_eval.py [--corpus corpus/merge-eval] [--workers N] [--json OUT.json]

Ingests ``articles.jsonl`` of the corpus into a fresh temporary DuckDB store (``litopys.ingest``
/ ``litopys.store``, the code behind ``litopys ingest``), merges every stored event into a
timeline (``litopys.timeline.load_reports`` + ``merge``, the code behind ``litopys timeline``)
and scores the result against ``gold.json`` (15 events, each with the articles that report it):

- **pairwise merge precision / recall / F1** over article pairs. A gold pair is two articles of
  the same gold event. A predicted pair is two articles that some timeline entry lists together,
  counted only when the entry's type is the gold type of *both* articles' events (so an extra
  event an article mentions in passing, of another type, never counts);
- **entries**: all timeline entries, and the entries that carry a gold article's event of its gold
  type (ideally exactly 15, one per gold event);
- **per gold event**: the best entry (the entry of the gold type that lists most of the event's
  articles), whether all its articles are in that one entry, into how many entries they were split,
  and for every article left out why: no event of the gold type extracted at all (an extraction
  miss), or extracted but not merged — with the merge conditions that failed against the best
  entry (modality, source, target, date, place).

Prints a table; ``--json`` writes the whole result.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "merge-eval"


def load_corpus(corpus: Path = CORPUS) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The articles (one JSON object per line) and the gold clusters."""
    lines = (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    return articles, gold


def _side_matches(xs: Sequence[Any], ys: Sequence[Any]) -> bool:
    from litopys.timeline import same_actor

    if not xs or not ys:
        return not xs and not ys
    return any(same_actor(x, y) for x in xs for y in ys)


def _why_apart(report: Any, entry: Any) -> list[str]:
    """The merge conditions ``report`` fails against some report already in ``entry``."""
    from litopys.timeline import dates_compatible, places_compatible

    failed: set[str] = set()
    for other in entry.reports:
        if report.modality != other.modality:
            failed.add(f"modality {report.modality}≠{other.modality}")
        if not _side_matches(report.source, other.source):
            failed.add("source")
        if not _side_matches(report.target, other.target):
            failed.add("target")
        if not dates_compatible(report, other):
            failed.add(f"date {report.date}≠{other.date}")
        if not places_compatible(report, other):
            failed.add(f"place {report.location_name}≠{other.location_name}")
    return sorted(failed)


def _actors(actors: Sequence[Any]) -> str:
    return "+".join(a.name or a.key or "?" for a in actors) or "—"


def evaluate(corpus: Path = CORPUS, workers: int = 1) -> dict[str, Any]:
    """Ingest the corpus into a temporary store, build the timeline and score it against the gold."""
    from litopys.ingest import article_id, run_ingest
    from litopys.store import Store
    from litopys.timeline import load_reports, merge, summarize

    articles, gold = load_corpus(corpus)
    events = gold["events"]
    by_hash = {article_id(a["text"]): a["id"] for a in articles}
    gold_of: dict[str, dict[str, Any]] = {}
    for event in events:
        for aid in event["articles"]:
            gold_of[aid] = event

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "merge-eval.duckdb"
        with Store(db) as store:
            ingest_report = run_ingest([corpus / "articles.jsonl"], store, workers=workers)
            reports = load_reports(store)
    ingest_seconds = time.perf_counter() - started
    entries = merge(reports)

    def cid(report: Any) -> str:
        return by_hash.get(report.article_id, report.article_id)

    # entry index -> corpus article ids it lists; entry type is the type of all its reports
    members = [{cid(r) for r in entry.reports} for entry in entries]
    types = [entry.reports[0].type for entry in entries]

    gold_pairs = {
        frozenset(pair) for event in events for pair in combinations(sorted(set(event["articles"])), 2)
    }
    predicted: set[frozenset[str]] = set()
    for arts, etype in zip(members, types, strict=True):
        typed = sorted(a for a in arts if a in gold_of and gold_of[a]["type"] == etype)
        predicted.update(frozenset(pair) for pair in combinations(typed, 2))
    true_pairs = predicted & gold_pairs
    precision = len(true_pairs) / len(predicted) if predicted else 1.0
    recall = len(true_pairs) / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    false_pairs = sorted(
        [*sorted(pair), gold_of[sorted(pair)[0]]["id"], gold_of[sorted(pair)[1]]["id"]]
        for pair in predicted - gold_pairs
    )

    gold_entries = {
        i for i, (listed, etype) in enumerate(zip(members, types, strict=True))
        if any(a in gold_of and gold_of[a]["type"] == etype for a in listed)
    }  # fmt: skip

    per_event = []
    best_entries: list[int] = []
    for event in events:
        wanted: list[str] = list(dict.fromkeys(event["articles"]))
        wanted_set = set(wanted)
        candidates = [i for i in range(len(entries)) if types[i] == event["type"] and members[i] & wanted_set]

        def rank(i: int, date: str = event["date"], wanted_set: set[str] = wanted_set) -> tuple[Any, ...]:
            return (len(members[i] & wanted_set), entries[i].date == date, -len(members[i] - wanted_set), -i)

        best = max(candidates, key=rank) if candidates else None
        covered = sorted(members[best] & wanted_set) if best is not None else []
        if best is not None:
            best_entries.append(best)
        left_out: list[dict[str, Any]] = []
        for aid in wanted:
            if aid in covered:
                continue
            own = [r for r in reports if cid(r) == aid and r.type == event["type"]]
            if not own or best is None:
                left_out.append({"article": aid, "reason": "extraction: no event of the gold type"})
                continue
            details = [
                {
                    "date": r.date,
                    "modality": r.modality,
                    "source": _actors(r.source),
                    "target": _actors(r.target),
                    "failed": _why_apart(r, entries[best]),
                    "evidence": r.evidence[:90],
                }
                for r in own
            ]
            left_out.append(
                {"article": aid, "reason": "merge: not merged with the best entry", "reports": details}
            )
        # entries needed to hold every article that has an event of the gold type (greedy cover)
        coverable = {cid(r) for r in reports if cid(r) in wanted_set and r.type == event["type"]}
        split, remaining = 0, set(coverable)
        while remaining:
            pick = max(candidates, key=lambda i: len(members[i] & remaining))
            remaining -= members[pick]
            split += 1
        lead = entries[best] if best is not None else None
        per_event.append(
            {
                "id": event["id"],
                "type": event["type"],
                "date": event["date"],
                "articles": len(wanted),
                "covered": len(covered),
                "one_entry": len(covered) == len(wanted),
                "extracted": len(coverable),
                "split_into": split,
                "entries_of_type": len(candidates),
                "entry_date": lead.date if lead else None,
                "entry_date_ok": bool(lead and lead.date == event["date"]),
                "entry_summary": summarize(lead) if lead else None,
                "entry_source": _actors(lead.first.source) if lead else None,
                "entry_target": _actors(lead.first.target) if lead else None,
                "entry_foreign_articles": sorted(members[best] - wanted_set) if best is not None else [],
                "left_out": left_out,
            }
        )

    extracted = {cid(r) for r in reports if cid(r) in gold_of and r.type == gold_of[cid(r)]["type"]}
    dated = {
        cid(r)
        for r in reports
        if cid(r) in gold_of and r.type == gold_of[cid(r)]["type"] and r.date == gold_of[cid(r)]["date"]
    }
    return {
        "corpus": str(corpus),
        "articles": len(articles),
        "outlets": len({a["outlet"] for a in articles}),
        "ingested": ingest_report.analyzed,
        "rejected": len(ingest_report.rejected or []),
        "ingest_seconds": round(ingest_seconds, 2),
        "reports": len(reports),
        "gold_events": len(events),
        "entries_total": len(entries),
        "entries_with_gold_type": len(gold_entries),
        "distinct_best_entries": len(set(best_entries)),
        "events_in_one_entry": sum(e["one_entry"] for e in per_event),
        "entries_for_gold_events": sum(e["split_into"] for e in per_event),
        "events_found": sum(e["split_into"] > 0 for e in per_event),
        "articles_with_gold_type": len(extracted),
        "articles_with_gold_type_and_date": len(dated),
        "pairs": {
            "gold": len(gold_pairs),
            "predicted": len(predicted),
            "true": len(true_pairs),
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "false": false_pairs,
        },
        "events": per_event,
    }


def print_table(result: dict[str, Any]) -> None:
    r, p, n = result, result["pairs"], result["gold_events"]
    print(
        f"corpus: {r['articles']} articles, {r['outlets']} outlets, {n} gold events;"
        f" ingested {r['ingested']} in {r['ingest_seconds']} s, {r['reports']} reports"
    )
    print(
        f"timeline: {r['entries_for_gold_events']} entries hold the gold events (ideal {n});"
        f" {r['events_found']}/{n} events found, {r['distinct_best_entries']} distinct best entries;"
        f" {r['entries_total']} entries in all"
    )
    print(
        f"articles with an event of their gold type: {r['articles_with_gold_type']}/{r['articles']}"
        f" (and the gold date: {r['articles_with_gold_type_and_date']})"
    )
    print(
        f"pairwise merge: precision {p['precision']:.3f} ({p['true']}/{p['predicted']}),"
        f" recall {p['recall']:.3f} ({p['true']}/{p['gold']}), F1 {p['f1']:.3f}"
    )
    print(f"gold events with all their articles in one entry: {r['events_in_one_entry']}/{n}")
    print()
    print("cov: articles in the best entry; ext: articles with an event of the gold type;")
    print("ent: entries those articles are split into (greedy cover); one: all articles in one entry")
    head = ("event", "type", "date", "cov", "ext", "ent", "one", "entry date", "summary of the best entry")
    row = "{:<5} {:<9} {:<10} {:>5} {:>3} {:>3} {:<3} {:<10}  {}"
    print(row.format(*head))
    print("-" * 100)
    for e in result["events"]:
        cov = f"{e['covered']}/{e['articles']}"
        one = "yes" if e["one_entry"] else "no"
        print(
            row.format(
                e["id"], e["type"], e["date"], cov, e["extracted"], e["split_into"], one,
                e["entry_date"] or "—", e["entry_summary"] or "—",
            )
        )  # fmt: skip
        if e["entry_foreign_articles"]:
            print(f"{'':<6}also lists: {', '.join(e['entry_foreign_articles'])}")
        for miss in e["left_out"]:
            line = f"{'':<6}{miss['article']}: {miss['reason']}"
            for rep in miss.get("reports", []):
                failed = ", ".join(rep["failed"]) or "complete-link order"
                line += (
                    f"\n{'':<10}[{rep['date']} {rep['modality']} {rep['source']} → {rep['target']}:"
                    f" {failed}] «{rep['evidence']}»"
                )
            print(line)
    if p["false"]:
        print()
        print("wrongly merged pairs:", "; ".join(f"{a}({ea})+{b}({eb})" for a, b, ea, eb in p["false"]))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="folder with articles.jsonl and gold.json"
    )
    parser.add_argument("--workers", type=int, default=1, help="analysis processes (default 1: in-process)")
    parser.add_argument("--json", type=Path, help="write the full result as JSON to this file ('-': stdout)")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.workers)
    if args.json and str(args.json) == "-":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
