"""Benchmark: throughput of every pipeline stage and of the whole analysis on 1 and 2 cores,
against a floor of tokenizer + dictionary lemmatizer (issue #8; figures in docs/PERFORMANCE.md).

    python benchmarks/bench_pipeline.py [--articles 2000] [--cores 1,2] [--json]
    python benchmarks/bench_pipeline.py --articles 300 --profile profile.txt   # pyinstrument

The corpus is made from the 14 articles in ``examples/``: each benchmark article is the headline
and lead of one example followed by paragraphs of two or three others in a seeded random order,
cut at about 400 words, with some person names swapped for others of the same declension and the
days of dates changed, so no two texts are the same. Publication dates come from ``gold/<id>.json``.

Measurements, each in fresh worker processes (``multiprocessing``, spawn) that first warm up
on the 14 examples (dictionaries, lexicons, gazetteer index) and then start together:

- *floor_spacy*: the floor issue #8 names, ``spacy.blank("uk")`` with spaCy's ``lemmatizer``
  component in ``pymorphy3`` mode (no cache: every token is parsed);
- *floor*: ``spacy.blank("uk")`` tokenizer + the pymorphy3 lemma of every word token, cached per
  form exactly as the pipeline caches it (``litopys.morphology.parses``);
- *floor_uncached*: the same without the cache (``MorphAnalyzer.parse(w)[0].normal_form`` on every
  token), the cost on forms never seen before;
- *stages*: the stage functions called one by one as ``litopys.pipeline.analyze`` calls them,
  each timed apart;
- *whole*: ``litopys.analyze(text, published)``.

With N cores the corpus is cut into N equal slices, one per process. Throughput is articles (or
tokens: non-space tokens of the spaCy tokenizer) per second of wall time from the common start
to the last process's end; a stage's figure is articles per second of that stage's time summed
over the processes and divided by N. Peak memory is each process's ``ru_maxrss``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 8
TARGET_WORDS = 400
STAGES = (
    "normalize",
    "tokenize",
    "segment",
    "morphology",
    "mentions",
    "link",
    "timexes",
    "attribution",
    "events",
)
# Name stems swapped pairwise; each pair declines alike, so every case form stays a real word.
SWAPS = (
    ("Макрон", "Стармер"),
    ("Сибіг", "Кулеб"),
    ("Зеленськ", "Залужн"),
    ("Пєсков", "Лавров"),
    ("Шмигал", "Свириденк"),
)
_DAY = re.compile(
    r"\b([12]?\d|3[01])(\s+)(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|"
    r"жовтня|листопада|грудня)"
)


# ---------------------------------------------------------------------------------------------
# The corpus


def examples() -> list[tuple[str, str, str]]:
    """(id, text, published) of every bundled example."""
    out = []
    for path in sorted((ROOT / "examples").glob("*.uk.txt")):
        name = path.name.removesuffix(".uk.txt")
        gold = json.loads((ROOT / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        out.append((name, path.read_text(encoding="utf-8"), gold["published"]))
    return out


def _swap(text: str, rng: random.Random) -> str:
    for a, b in SWAPS:
        if rng.random() < 0.5:
            text = text.replace(a, "\x00").replace(b, a).replace("\x00", b)
    return _DAY.sub(lambda m: f"{rng.randint(1, 28)}{m[2]}{m[3]}", text)


def build_corpus(count: int, seed: int = SEED) -> list[tuple[str, str]]:
    """``count`` distinct articles of about 400 words, with publication dates."""
    base = examples()
    paragraphs = [[p for p in text.split("\n\n") if p.strip()] for _, text, _ in base]
    corpus: list[tuple[str, str]] = []
    seen: set[str] = set()
    k = 0
    while len(corpus) < count:
        rng = random.Random(seed * 1_000_003 + k)
        main = k % len(base)
        k += 1
        others = rng.sample([i for i in range(len(base)) if i != main], rng.choice((2, 3)))
        head = paragraphs[main][: rng.randint(2, 4)]
        pool = paragraphs[main][len(head) :] + [p for i in others for p in paragraphs[i][1:]]
        rng.shuffle(pool)
        body, words = list(head), sum(len(p.split()) for p in head)
        for para in pool:
            if words >= TARGET_WORDS:
                break
            body.append(para)
            words += len(para.split())
        text = _swap("\n\n".join(body) + "\n", rng)
        if text in seen:
            continue
        seen.add(text)
        corpus.append((text, base[main][2]))
    return corpus


# ---------------------------------------------------------------------------------------------
# One measuring process


def _floor(texts: list[tuple[str, str]]) -> dict[str, float]:
    import spacy

    from litopys.morphology import parses

    nlp = spacy.blank("uk")
    for text, _ in texts:
        for tok in nlp(text):
            if tok.is_space or tok.is_punct:
                continue
            found = parses(tok.text)
            if found:
                _ = found[0].lemma
    return {}


def _floor_uncached(texts: list[tuple[str, str]]) -> dict[str, float]:
    """The floor without the per-form cache: what the lemmatizer costs on never-seen forms."""
    import spacy

    from litopys.morphology import analyzer

    nlp = spacy.blank("uk")
    morph = analyzer()
    for text, _ in texts:
        for tok in nlp(text):
            if not (tok.is_space or tok.is_punct):
                _ = morph.parse(tok.text)[0].normal_form
    return {}


def _floor_spacy(texts: list[tuple[str, str]]) -> dict[str, float]:
    """The floor exactly as issue #8 names it: spaCy's blank Ukrainian pipeline with spaCy's own
    ``lemmatizer`` component in ``pymorphy3`` mode (it parses every token, no cache)."""
    import spacy

    nlp = spacy.blank("uk")
    nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    nlp.initialize()
    for text, _ in texts:
        nlp(text)
    return {}


def _whole(texts: list[tuple[str, str]]) -> dict[str, float]:
    from litopys.pipeline import analyze

    for text, published in texts:
        analyze(text, published)
    return {}


def _stages(texts: list[tuple[str, str]]) -> dict[str, float]:
    """The body of ``litopys.pipeline.analyze``, stage by stage, with a clock around each."""
    from litopys.attribution import find_attributions, find_quotes, passages, quoted_segments
    from litopys.events import find_events
    from litopys.link import link
    from litopys.mentions import find_mentions
    from litopys.morphology import pipeline
    from litopys.normalize import normalize
    from litopys.pipeline import parse_date
    from litopys.timexes import find_timexes

    nlp = pipeline()
    (_, segment), (_, morphology) = nlp.pipeline
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    for text, published in texts:
        date = parse_date(published)
        t0 = clock()
        clean = normalize(text)
        t1 = clock()
        doc = nlp.make_doc(clean)
        t2 = clock()
        doc = segment(doc)
        t3 = clock()
        doc = morphology(doc)
        t4 = clock()
        mentions = find_mentions(doc)
        t5 = clock()
        linking = link(doc, mentions)
        t6 = clock()
        timexes = find_timexes(clean, date)
        t7 = clock()
        segments = quoted_segments(clean)
        quotes = find_quotes(doc, linking, segments)
        attributions = find_attributions(doc, linking, segments)
        spans = passages(doc, attributions, quotes)
        t8 = clock()
        find_events(doc, linking, timexes, quotes, spans, segments, date.isoformat() if date else None)
        t9 = clock()
        for name, a, b in zip(
            STAGES, (t0, t1, t2, t3, t4, t5, t6, t7, t8), (t1, t2, t3, t4, t5, t6, t7, t8, t9), strict=True
        ):
            spent[name] += b - a
    return spent


MODES = {
    "floor_spacy": _floor_spacy,
    "floor": _floor,
    "floor_uncached": _floor_uncached,
    "stages": _stages,
    "whole": _whole,
}


FLOORS = ("floor_spacy", "floor", "floor_uncached")


def _worker(
    mode: str, texts: list[tuple[str, str]], warmup: list[tuple[str, str]], barrier: Any, out: Any
) -> None:
    run = MODES[mode]
    run(warmup)
    barrier.wait()
    start = time.perf_counter()
    spent = run(texts)
    end = time.perf_counter()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.put({"start": start, "end": end, "stages": spent, "articles": len(texts), "maxrss_mb": rss_kb / 1024})


def measure(
    mode: str, corpus: list[tuple[str, str]], cores: int, warmup: list[tuple[str, str]]
) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(cores)
    out = context.Queue()
    size = -(-len(corpus) // cores)
    procs = [
        context.Process(target=_worker, args=(mode, corpus[k * size : (k + 1) * size], warmup, barrier, out))
        for k in range(cores)
    ]
    for proc in procs:
        proc.start()
    results = [out.get() for _ in procs]
    for proc in procs:
        proc.join()
        if proc.exitcode:
            raise SystemExit(f"{mode} worker failed with exit code {proc.exitcode}")
    wall = max(r["end"] for r in results) - min(r["start"] for r in results)
    stages = {name: sum(r["stages"].get(name, 0.0) for r in results) / cores for name in STAGES}
    return {
        "cores": cores,
        "seconds": wall,
        "stage_seconds": stages if mode == "stages" else {},
        "maxrss_mb": [round(r["maxrss_mb"], 1) for r in results],
    }


# ---------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def tokens_of(corpus: list[tuple[str, str]]) -> int:
    import spacy

    nlp = spacy.blank("uk")
    return sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(text for text, _ in corpus))


def profile(corpus: list[tuple[str, str]], warmup: list[tuple[str, str]], out: Path) -> None:
    from pyinstrument import Profiler

    _whole(warmup)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    _whole(corpus)
    profiler.stop()
    out.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    print(f"profile of {len(corpus)} articles written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--cores", default="1,2", help="process counts to measure (default 1,2)")
    parser.add_argument("--modes", default=",".join(MODES), help="measurements to run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", type=Path, help="profile the whole analysis (pyinstrument) into FILE")
    args = parser.parse_args()
    corpus = build_corpus(args.articles)
    warmup = [(text, published) for _, text, published in examples()]
    if args.profile:
        profile(corpus, warmup, args.profile)
        return
    words = sum(len(text.split()) for text, _ in corpus)
    tokens = tokens_of(corpus)
    report: dict[str, Any] = {
        "machine": machine(),
        "articles": len(corpus),
        "words_per_article": round(words / len(corpus)),
        "tokens_per_article": round(tokens / len(corpus)),
        "runs": {},
    }
    cores = [int(c) for c in args.cores.split(",")]
    for mode in args.modes.split(","):
        for n in cores:
            print(f"measuring {mode} on {n} core(s)...", file=sys.stderr, flush=True)
            report["runs"][f"{mode}/{n}"] = measure(mode, corpus, n, warmup)
    rows = _rows(report, tokens, cores)
    report["table"] = rows
    whole = report["runs"].get(f"whole/{cores[0]}")
    for floor_mode in ("floor_spacy", "floor"):
        floor = report["runs"].get(f"{floor_mode}/{cores[0]}")
        if floor and whole:
            report[f"whole_to_{floor_mode}"] = round(whole["seconds"] / floor["seconds"], 2)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    _print(report, rows, cores)


def _rows(report: dict[str, Any], tokens: int, cores: list[int]) -> list[dict[str, Any]]:
    articles = report["articles"]
    names = [*FLOORS, *STAGES, "stages total", "whole analyze"]
    rows = []
    for name in names:
        row: dict[str, Any] = {"measure": name}
        for n in cores:
            if name in STAGES or name == "stages total":
                run = report["runs"].get(f"stages/{n}")
                if not run:
                    continue
                seconds = (
                    sum(run["stage_seconds"].values())
                    if name == "stages total"
                    else run["stage_seconds"][name]
                )
                memory = run["maxrss_mb"]
            else:
                run = report["runs"].get(f"{'whole' if name == 'whole analyze' else name}/{n}")
                if not run:
                    continue
                seconds, memory = run["seconds"], run["maxrss_mb"]
            seconds = max(seconds, 1e-9)
            row[f"articles/s ({n})"] = round(articles / seconds, 1)
            row[f"tokens/s ({n})"] = round(tokens / seconds)
            row[f"ms/article ({n})"] = round(seconds * 1000 * n / articles, 2)
            if name in (*FLOORS, "whole analyze", "stages total"):
                row[f"peak MB/worker ({n})"] = max(memory)
        rows.append(row)
    return rows


def _print(report: dict[str, Any], rows: list[dict[str, Any]], cores: list[int]) -> None:
    m = report["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}")
    print(
        f"corpus: {report['articles']} articles, {report['words_per_article']} words and "
        f"{report['tokens_per_article']} tokens per article"
    )
    columns = ["measure"]
    for n in cores:
        columns += [f"articles/s ({n})", f"tokens/s ({n})", f"ms/article ({n})", f"peak MB/worker ({n})"]
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True)))
    if "whole_to_floor_spacy" in report:
        print(
            f"whole / floor_spacy (issue #8's floor; time, {cores[0]} core): "
            f"{report['whole_to_floor_spacy']}x"
        )
    if "whole_to_floor" in report:
        print(f"whole / floor (cached lemmas; time, {cores[0]} core): {report['whole_to_floor']}x")
    if len(cores) > 1:
        one, many = report["runs"].get(f"whole/{cores[0]}"), report["runs"].get(f"whole/{cores[-1]}")
        if one and many:
            ratio = one["seconds"] / many["seconds"]
            print(f"whole analyze speed-up {cores[0]} -> {cores[-1]} cores: {ratio:.2f}x")


if __name__ == "__main__":
    main()
