"""Benchmark: tokens/s of the CRF recogniser on one core.

    OMP_NUM_THREADS=1 python benchmarks/bench_ner.py [DATA_DIR] [MODEL_DIR]

Times tokenization (``spacy.blank("uk")``) + feature extraction + CRF tagging over the texts of the
dev split of NER-UK 2.0 (the split of ``litopys.training.ner``), one call of
``CrfNer.__call__`` per line Doc. Reports a cold round (empty per-word caches: every word form is
analysed by pymorphy3 for the first time, as on a fresh process reading new text) and the best
of several warm rounds (forms already cached, as in a long-running service).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path("/work/shared/data/ner-uk-2.0-train")
MODEL_DIR = ROOT / "src" / "litopys" / "models" / "ner-uk-crf"
ROUNDS = 3


def clear_caches() -> None:
    """Forget every per-word-form result, so the next round pays for all the analysis."""
    from litopys.training import crf_ner

    for fn in (crf_ner.word_features, crf_ner.context_features, crf_ner._lemma_set, crf_ner._analyses):
        fn.cache_clear()


def one_round(model, texts: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    n_tokens = 0
    for text in texts:
        doc = model.nlp.make_doc(text)
        n_tokens += len(doc)
        model(doc)
    return time.perf_counter() - started, n_tokens


def main(argv: list[str]) -> int:
    from litopys.training import crf_ner

    data_dir = Path(argv[0]) if argv else DATA_DIR
    model_dir = Path(argv[1]) if len(argv) > 1 else MODEL_DIR
    _, dev, _ = crf_ner.load_corpus(data_dir)
    texts = [doc.text for doc in dev]
    model = crf_ner.CrfNer(model_dir)
    model("Прогрів .")  # load the dictionaries and gazetteers outside the timing
    clear_caches()
    seconds, n_tokens = one_round(model, texts)
    print(f"cold: {n_tokens} tokens in {seconds:.2f} s = {n_tokens / seconds:,.0f} tokens/s")
    best = min(one_round(model, texts)[0] for _ in range(ROUNDS))
    print(f"warm (best of {ROUNDS}): {n_tokens / best:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
