"""Train the Ukrainian PER/ORG/LOC named-entity recogniser on NER-UK 2.0.

The corpus (lang-uk NER-UK 2.0, CC BY-NC-SA 4.0) is a directory of ``docs/<id>.txt`` texts with
``docs/<id>.ann`` brat-like stand-off annotations.  Training Docs are tokenized by the very
tokenizer the production pipeline uses (``spacy.blank("uk")``), one Doc per text line, and the
character spans are aligned to tokens with ``alignment_mode="contract"``.  The model is spaCy's
transition-based ``ner`` over a CNN tok2vec with hashed NORM/PREFIX/SUFFIX/SHAPE features and no
pretrained vectors (see ``ner.cfg``).

Reproduce the shipped model with::

    python -m litopys.training.ner /work/shared/data/ner-uk-2.0-train src/litopys/models/ner-uk
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.training.initialize import init_nlp
from spacy.training.loop import create_evaluation_callback, create_train_batches, train_while_improving
from spacy.util import fix_random_seed, load_config, registry, resolve_dot_names

CONFIG_PATH = Path(__file__).with_name("ner.cfg")
LABEL_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
CORE_LABELS = ("PER", "ORG", "LOC")
ROLE_SOURCE_LABEL = "JOB"

# Variants tried during development; "base" is the one shipped (see docs/NER.md for the numbers).
#   overrides: dotted config keys -> values;  lemma: put litopys.morphology lemmas on the tokens
#   and hash LEMMA as an extra feature;  role: keep JOB spans as an extra ROLE label.
VARIANTS: dict[str, dict[str, Any]] = {
    "base": {"overrides": {}, "lemma": False, "role": False},
    "lemma": {
        "overrides": {
            "components.ner.model.tok2vec.embed.attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA"],
            "components.ner.model.tok2vec.embed.rows": [10000, 2500, 5000, 1000, 10000],
        },
        "lemma": True,
        "role": False,
    },
    "drop": {"overrides": {"training.dropout": 0.25}, "lemma": False, "role": False},
    "role": {"overrides": {"training.dropout": 0.25}, "lemma": False, "role": True},
    "wide": {
        "overrides": {
            "components.ner.model.tok2vec.embed.width": 128,
            "components.ner.model.tok2vec.encode.width": 128,
            "components.ner.model.tok2vec.embed.rows": [20000, 5000, 10000, 1000],
        },
        "lemma": False,
        "role": False,
    },
}
DEFAULT_VARIANT = "base"


# --------------------------------------------------------------------------------------------
# Corpus


def _read_ann(path: Path) -> list[tuple[str, int, int]]:
    """(label, start, end) of every text-bound annotation; continuation lines are skipped."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 4 or not fields[0].startswith("T"):
            continue  # the text of a span that crosses a line break continues on its own line
        try:
            start, end = int(fields[2]), int(fields[3])
        except ValueError:
            continue
        spans.append((fields[1], start, end))
    return spans


def _select_spans(
    raw: Iterable[tuple[str, int, int]], keep_role: bool, stats: Counter[str]
) -> list[tuple[str, int, int]]:
    """Map labels and resolve nesting: the outermost PER/ORG/LOC wins; ROLE only where free."""
    core, role = [], []
    for label, start, end in raw:
        stats[f"ann_{label}"] += 1
        if label in LABEL_MAP:
            core.append((LABEL_MAP[label], start, end))
        elif keep_role and label == ROLE_SOURCE_LABEL:
            role.append(("ROLE", start, end))
    kept: list[tuple[str, int, int]] = []
    for group in (core, role):
        for label, start, end in sorted(group, key=lambda s: (s[1] - s[2], s[1])):  # longest first
            if any(start < e and s < end for _, s, e in kept):
                stats[f"overlap_dropped_{label}"] += 1
                continue
            kept.append((label, start, end))
    return sorted(kept, key=lambda s: s[1])


def _doc_examples(
    nlp: Language, text: str, spans: list[tuple[str, int, int]], stats: Counter[str]
) -> list[Doc]:
    """One Doc per non-empty line of ``text``, with the line's entities aligned to tokens."""
    docs = []
    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        doc = nlp.make_doc(line)
        ents: list[Span] = []
        missing: list[Span] = []
        for label, start, end in spans:
            if start >= line_end or end <= line_start:
                continue
            if start < line_start or end > line_end:
                # an entity broken by a line break: leave its tokens unannotated, not "O"
                stats[f"crosses_line_{label}"] += 1
                part = doc.char_span(
                    max(start, line_start) - line_start,
                    min(end, line_end) - line_start,
                    alignment_mode="expand",
                )
                if part is not None:
                    missing.append(part)
                continue
            span = doc.char_span(start - line_start, end - line_start, label, alignment_mode="contract")
            if span is None:
                stats[f"unalignable_{label}"] += 1
                continue
            # contracted to token boundaries (beyond trimming outer whitespace)
            if span.text != line[start - line_start : end - line_start].strip():
                stats[f"misaligned_contracted_{label}"] += 1
            stats[f"kept_{label}"] += 1
            ents.append(span)
        doc.set_ents(ents, missing=missing)
        stats["docs_lines"] += 1
        stats["tokens"] += len(doc)
        docs.append(doc)
    return docs


def split_ids(data_dir: Path, dev_fraction: float = 0.15, seed: int = 13) -> tuple[list[str], list[str]]:
    """Deterministic split by document: sorted ids, shuffled with ``random.Random(seed)``."""
    ids = sorted(p.stem for p in (Path(data_dir) / "docs").glob("*.txt"))
    random.Random(seed).shuffle(ids)
    n_dev = round(len(ids) * dev_fraction)
    return sorted(ids[n_dev:]), sorted(ids[:n_dev])


def build_corpus(
    data_dir: Path, out_dir: Path, dev_fraction: float = 0.15, seed: int = 13, *, keep_role: bool = False
) -> dict:
    """Write ``train.spacy`` / ``dev.spacy`` DocBins to ``out_dir``; return the counts."""
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("uk")
    train_ids, dev_ids = split_ids(data_dir, dev_fraction, seed)
    result: dict[str, Any] = {}
    for part, ids in (("train", train_ids), ("dev", dev_ids)):
        stats: Counter[str] = Counter()
        docbin = DocBin(store_user_data=False)
        for doc_id in ids:
            text = (data_dir / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
            ann = data_dir / "docs" / f"{doc_id}.ann"
            raw = _read_ann(ann) if ann.exists() else []
            for doc in _doc_examples(nlp, text, _select_spans(raw, keep_role, stats), stats):
                docbin.add(doc)
        docbin.to_disk(out_dir / f"{part}.spacy")
        stats["documents"] = len(ids)
        result[part] = dict(sorted(stats.items()))
    result["dev_ids"] = dev_ids
    return result


# --------------------------------------------------------------------------------------------
# Training


def _config(variant: str, train_path: Path, dev_path: Path, seed: int):
    spec = VARIANTS[variant]
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": seed}
    overrides.update(spec["overrides"])
    config = load_config(CONFIG_PATH, overrides=overrides, interpolate=False)
    if spec["lemma"]:
        import litopys.morphology  # noqa: F401  (registers the litopys_morphology factory)

        config["components"]["litopys_morphology"] = {"factory": "litopys_morphology"}
        config["nlp"]["pipeline"] = ["litopys_morphology", "ner"]
        config["training"]["frozen_components"] = ["litopys_morphology"]
        config["training"]["annotating_components"] = ["litopys_morphology"]
    return config


def score_examples(examples: list[Example]) -> dict[str, Any]:
    """Exact-span P/R/F1 per type and micro over PER/ORG/LOC with spaCy's Scorer."""

    def core(doc: Doc, attr: str) -> list[Span]:
        return [e for e in doc.ents if e.label_ in CORE_LABELS]

    micro = Scorer.score_spans(examples, "ents", getter=core)
    every = Scorer.score_spans(examples, "ents")
    per_type = {k: {m: round(v[m], 4) for m in "prf"} for k, v in (every["ents_per_type"] or {}).items()}
    return {
        "micro_PER_ORG_LOC": {
            "p": round(micro["ents_p"] or 0.0, 4),
            "r": round(micro["ents_r"] or 0.0, 4),
            "f": round(micro["ents_f"] or 0.0, 4),
        },
        "per_type": per_type,
    }


def load_for_eval(model_dir: Path, lemma: bool = False) -> Language:
    """The saved model, preceded by litopys_morphology when the variant hashes LEMMA."""
    nlp = spacy.load(model_dir)
    if lemma:
        import litopys.morphology  # noqa: F401

        nlp.add_pipe("litopys_morphology", first=True)
    return nlp


def evaluate_model(nlp: Language, dev_path: Path) -> tuple[dict[str, Any], float, int]:
    """Score ``nlp`` on the dev DocBin; also return tokens/s (one process) and token count."""
    refs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    texts = [d.text for d in refs]
    t0 = time.perf_counter()
    preds = list(nlp.pipe(texts, batch_size=64))
    elapsed = time.perf_counter() - t0
    n_tokens = sum(len(d) for d in preds)
    scores = score_examples([Example(p, r) for p, r in zip(preds, refs, strict=True)])
    return scores, n_tokens / elapsed, n_tokens


def write_performance(model_dir: Path, scores: dict[str, Any]) -> None:
    """Record the dev scores in the saved model's meta.json ("performance")."""
    meta_path = Path(model_dir) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    micro = scores["micro_PER_ORG_LOC"]
    meta["performance"] = {
        "ents_p": micro["p"],
        "ents_r": micro["r"],
        "ents_f": micro["f"],
        "ents_per_type": scores["per_type"],
        "note": "exact-span scores on a 59-document dev split of NER-UK 2.0 train (seed 13)",
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _log(msg: str) -> None:
    print(msg, flush=True)


def train(
    data_dir: Path,
    output_dir: Path,
    *,
    seed: int = 13,
    max_minutes: int = 55,
    variant: str = DEFAULT_VARIANT,
    dev_fraction: float = 0.15,
) -> dict:
    """Build the corpus, train, keep the best dev checkpoint, save it (tokenizer + ner) to
    ``output_dir`` and return its dev scores."""
    started = time.perf_counter()
    spec = VARIANTS[variant]
    output_dir = Path(output_dir)
    fix_random_seed(seed)
    with tempfile.TemporaryDirectory(prefix="litopys-ner-") as tmp_name:
        tmp = Path(tmp_name)
        counts = build_corpus(data_dir, tmp / "corpus", dev_fraction, seed, keep_role=spec["role"])
        _log(json.dumps({k: v for k, v in counts.items() if k != "dev_ids"}, ensure_ascii=False))
        config = _config(variant, tmp / "corpus" / "train.spacy", tmp / "corpus" / "dev.spacy", seed)
        nlp = init_nlp(config, use_gpu=-1)
        config = nlp.config.interpolate()
        fix_random_seed(seed)
        from spacy.schemas import ConfigSchemaTraining

        T = registry.resolve(config["training"], schema=ConfigSchemaTraining)
        train_corpus, dev_corpus = resolve_dot_names(config, [T["train_corpus"], T["dev_corpus"]])
        optimizer = T["optimizer"]
        steps = train_while_improving(
            nlp,
            optimizer,
            create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
            create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
            dropout=T["dropout"],
            accumulate_gradient=T["accumulate_gradient"],
            patience=T["patience"],
            max_steps=T["max_steps"],
            eval_frequency=T["eval_frequency"],
            exclude=T["frozen_components"],
            annotating_components=T["annotating_components"],
            before_update=T["before_update"],
        )
        best_dir = tmp / "model-best"
        best: dict[str, Any] = {"score": -1.0, "step": 0}
        deadline = started + max_minutes * 60 - 120  # leave time for the final evaluation
        train_started = time.perf_counter()
        info: dict[str, Any] = {}
        for _batch, info, is_best in steps:
            if is_best is None:
                if time.perf_counter() > deadline:
                    _log(f"time limit reached at step {info['step']}")
                    break
                continue
            elapsed = (time.perf_counter() - train_started) / 60
            per_type = info["other_scores"].get("ents_per_type") or {}
            _log(
                f"step {info['step']:6d} epoch {info['epoch']:3d} loss {info['losses'].get('ner', 0):9.1f} "
                f"ents_f {info['score']:.4f} "
                + " ".join(f"{k}={v['f']:.3f}" for k, v in sorted(per_type.items()))
                + f" [{elapsed:.1f} min]{' *' if is_best else ''}"
            )
            if is_best:
                with nlp.use_params(optimizer.averages):
                    nlp.to_disk(best_dir)
                best = {"score": info["score"], "step": info["step"], "epoch": info["epoch"]}
            if time.perf_counter() > deadline:
                _log(f"time limit reached at step {info['step']}")
                break
        train_minutes = (time.perf_counter() - train_started) / 60

        final = spacy.load(best_dir)
        if "litopys_morphology" in final.pipe_names:
            final.remove_pipe("litopys_morphology")
        final.meta.update(
            {
                "name": "ner_uk",
                "version": "0.1.0",
                "description": "litopys Ukrainian PER/ORG/LOC NER (CNN tok2vec, no vectors), "
                f"variant '{variant}'",
                "license": "CC BY-NC-SA 4.0 (trained on lang-uk NER-UK 2.0)",
                "sources": [
                    {
                        "name": "NER-UK 2.0",
                        "url": "https://github.com/lang-uk/ner-uk",
                        "license": "CC BY-NC-SA 4.0",
                    }
                ],
            }
        )
        final.config["paths"]["train"] = None
        final.config["paths"]["dev"] = None
        if output_dir.exists():
            shutil.rmtree(output_dir)
        final.to_disk(output_dir)

        scores, tokens_per_s, n_tokens = evaluate_model(
            load_for_eval(output_dir, spec["lemma"]), tmp / "corpus" / "dev.spacy"
        )
    write_performance(output_dir, scores)
    size_mb = sum(p.stat().st_size for p in output_dir.rglob("*") if p.is_file()) / 2**20
    result = {
        "variant": variant,
        "seed": seed,
        "best_step": best.get("step"),
        "best_epoch": best.get("epoch"),
        "last_step": info.get("step"),
        "train_minutes": round(train_minutes, 1),
        "total_minutes": round((time.perf_counter() - started) / 60, 1),
        "dev": scores,
        "dev_tokens": n_tokens,
        "tokens_per_s": round(tokens_per_s),
        "model_size_mb": round(size_mb, 2),
        "corpus": {k: v for k, v in counts.items() if k != "dev_ids"},
    }
    _log(json.dumps(result, ensure_ascii=False, indent=1))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path, help="ner-uk-2.0-train directory (with docs/)")
    parser.add_argument("output_dir", type=Path, help="where to write the trained pipeline")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--max-minutes", type=int, default=55)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default=DEFAULT_VARIANT)
    args = parser.parse_args(argv)
    train(args.data_dir, args.output_dir, seed=args.seed, max_minutes=args.max_minutes, variant=args.variant)
    return 0


if __name__ == "__main__":
    sys.exit(main())
