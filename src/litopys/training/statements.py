"""Train the reader of acts done by saying (``litopys.statements``) on the project's gold articles.

Every gold article is analysed with the reader switched off; each sentence the rules leave without
an event but that holds a quote by a speaker of known country is a training example. Its label is
the type of a gold event told in that sentence whose source is the speaker's country (ACCUSE first,
then THREATEN, REJECT, REQUEST), else "none". A multinomial logistic regression (scikit-learn,
L-BFGS, L2) over the sentence's features is fitted and written as JSON with the confidence
threshold the reader uses. Same gold and same code give the same file.

Train and ship::

    python -m litopys.training.statements gold src/litopys/models/statements-uk.json --folds 5

``--folds K`` first reports a K-fold cross-validation grouped by article: how many sentences the
reader would name an act in, and how many of those have a gold event of that type by the speaker.
The model learns from the rules' output, so it is retrained whenever the rules change much.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from litopys.evaluate import GoldDocument, find_occurrences, load_gold
from litopys.pipeline import analyze
from litopys.statements import MODEL_FORMAT, MODEL_PATH, TYPES, Candidate, collecting

#: Regularisation strength and confidence threshold, chosen by grouped 5-fold cross-validation on
#: the gold articles (docs/EVENTS.md).
C = 0.3
THRESHOLD = 0.6


def _gold_sentences(gold: GoldDocument, text: str, event: dict[str, Any]) -> list[tuple[int, int]]:
    needles = event.get("sentence_contains")
    spans: list[tuple[int, int]] = []
    for needle in needles if isinstance(needles, list) else [needles]:
        if isinstance(needle, str) and needle:
            spans.extend(find_occurrences(text, needle))
    return spans


def label(gold: GoldDocument, text: str, candidate: Candidate) -> str:
    """The act a gold event by the speaker's country does in the candidate sentence, else "none"."""
    told: set[str] = set()
    for event in gold.items("events"):
        sources = event.get("source") or []
        if candidate.speaker_country not in (sources if isinstance(sources, list) else [sources]):
            continue
        if any(a < candidate.end and candidate.start < b for a, b in _gold_sentences(gold, text, event)):
            told.add(str(event.get("type", "")).upper())
    return next((kind for kind in TYPES if kind in told), "none")


def examples(folder: Path) -> list[tuple[str, Candidate, str]]:
    """(article id, candidate sentence, label) for every gold article under ``folder``."""
    rows: list[tuple[str, Candidate, str]] = []
    for gold in load_gold(folder):
        with collecting() as bag:
            record = analyze(gold.text, gold.published)
        rows.extend((gold.id, c, label(gold, record.text, c)) for c in bag)
    return rows


def fit(rows: list[tuple[str, Candidate, str]]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([c.features for _, c, _ in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [y for _, _, y in rows])
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 5) for w in model.coef_[:, k]]
        for k, name in enumerate(names)
        if max(abs(float(w)) for w in model.coef_[:, k]) >= 1e-4
    }
    return {
        "format": MODEL_FORMAT,
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), 5) for b in model.intercept_],
        "threshold": THRESHOLD,
        "trained_on": {"articles": len({a for a, _, _ in rows}), "sentences": len(rows)},
        "labels": dict(sorted(Counter(y for _, _, y in rows).items())),
        "weights": weights,
    }


def cross_validate(rows: list[tuple[str, Candidate, str]], folds: int) -> dict[str, int]:
    from litopys.statements import load_model

    articles = sorted({a for a, _, _ in rows})
    fold_of = {a: k % folds for k, a in enumerate(articles)}
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "model.json"
        for k in range(folds):
            train = [r for r in rows if fold_of[r[0]] != k]
            scratch.write_text(json.dumps(fit(train)), encoding="utf-8")
            model = load_model(scratch)
            for article, candidate, gold_label in rows:
                if fold_of[article] != k:
                    continue
                kind, probability = model.read(candidate.features)
                named = kind in TYPES and probability >= model.threshold
                tally["gold acts"] += gold_label != "none"
                tally["named"] += named
                tally["named right"] += named and kind == gold_label
    return dict(tally)


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("gold", type=Path, help="folder of litopys-gold/1 files (the repository's gold/)")
    parser.add_argument("out", type=Path, nargs="?", default=MODEL_PATH, help="model file to write")
    parser.add_argument("--folds", type=int, default=0, help="report a grouped K-fold cross-validation first")
    args = parser.parse_args(argv)
    rows = examples(args.gold)
    print(f"{len(rows)} sentences from {len({a for a, _, _ in rows})} articles", file=sys.stderr)
    if args.folds > 1:
        print(json.dumps(cross_validate(rows, args.folds)), file=sys.stderr)
    model = fit(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model['weights'])} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
