"""Property and fuzz tests of ``litopys.analyze`` (issue #9, reliability).

Whatever the text — random Unicode with lone surrogates, mixed scripts, right-to-left runs, emoji
with ZWJ sequences and skin tones, combining and zero-width marks, NUL and other control characters,
unbalanced quotes and brackets, HTML fragments, mutilated real articles — ``analyze``:

* never raises, and the record validates against ``litopys-1.schema.json`` and encodes as UTF-8;
* keeps every offset valid: each span's ``text`` is ``record["text"][start:end]`` with
  ``0 <= start < end <= len(text)``, each attribution and event evidence span lies inside the text
  and holds its trigger, and every entity reference (speaker, source, actor, location,
  according_to) names an entity of the record;
* is deterministic: the same input gives the same record, also after other analyses in between;
* finishes each example within the hypothesis deadline.

Repetitive texts (one pattern over 100,000 characters, no sentence end) must take linear time.
Fixed big inputs run ``analyze`` in child processes, two at a time, that report their time and peak
RSS: a 10 MB article text and one-megabyte pathological texts (a single token, random characters
without a space, a URL, quote marks only, brackets only, newlines only); ``pytest -s`` prints the
numbers.

Budget: ``LITOPYS_FUZZ_EXAMPLES`` examples per property (default 200, sized for CI); a long local
run to hunt for crashes::

    LITOPYS_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -k "not big and not repetitive"
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import spacy
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st

from litopys import analyze
from litopys.mentions import _Surnames
from litopys.morphology import _MAX_RUN, pipeline, with_full_stops
from litopys.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "src" / "litopys" / "schema" / "litopys-1.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
EXAMPLES = int(os.environ.get("LITOPYS_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=20),  # per example; a few KB of text take well under a second
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 200,  # CI runs the same examples every time; long runs explore
    database=None if EXAMPLES <= 200 else settings.default.database,
)

# ----------------------------------------------------------------------------------- properties


def check_record(record: dict[str, Any], source: str, *, schema: bool = True) -> None:
    """Every invariant of a `litopys/1` record analysed from ``source``."""
    if schema:
        VALIDATOR.validate(record)
    body = record["text"]
    assert body == normalize(source)
    assert record["article"]["id"] == hashlib.sha256(body.encode("utf-8")).hexdigest()
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # no lone surrogate survives
    n = len(body)

    def span(item: dict[str, Any], where: str) -> None:
        start, end = item["start"], item["end"]
        assert 0 <= start < end <= n, (where, start, end, n)
        assert body[start:end] == item["text"], (where, start, end, item["text"], body[start:end])

    ids = [e["id"] for e in record["entities"]]
    assert len(set(ids)) == len(ids), ids
    known = set(ids)
    for ent in record["entities"]:
        assert ent["mentions"], ent
        for m in ent["mentions"]:
            span(m, f"mention of {ent['id']}")
    for t in record["timexes"]:
        span(t, "timex")
    for q in record["quotes"]:
        span(q, "quote")
        assert q["speaker"] is None or q["speaker"] in known, q
    for a in record["attributions"]:
        assert 0 <= a["start"] <= a["end"] <= n, a
        assert a["source"] is None or a["source"] in known, a
    events = [v["id"] for v in record["events"]]
    assert len(set(events)) == len(events), events
    for v in record["events"]:
        assert 0 <= v["start"] < v["end"] <= n, v
        if v["trigger"]:
            assert v["trigger"] in body[v["start"] : v["end"]], v
        for ref in (v["location"], v["according_to"]):
            assert ref is None or ref in known, v
        for actor in v["source"] + v["target"]:
            assert actor["entity"] is None or actor["entity"] in known, v


def analyze_checked(text: str, published: dt.date | None = None) -> dict[str, Any]:
    record = analyze(text, published).to_dict()
    check_record(record, text)
    return record


# ----------------------------------------------------------------------------------- strategies

NEWS = [
    "Президент України Володимир Зеленський",
    "Зеленський",
    "Зеленського",
    "В. Зеленський",
    "Президент Франції Емманюель Макрон",
    "Макрона",
    "лідер КНДР Кім Чен Ин",
    "Урсула фон дер Ляєн",
    "міністр оборони Рустем Умєров",
    "Умєрова",
    "Жан-Ноель Барро",
    "речник Кремля Дмитро Пєсков",
    "Міністерство закордонних справ України",
    "МЗС",
    "Збройні сили України",
    "ЗСУ",
    "Верховна Рада",
    "НАТО",
    "ЄС",
    "ООН",
    "Укрінформ",
    "Reuters",
    "ТАСС",
    "Білий дім",
    "Кремль",
    "Київ",
    "Києві",
    "Харкова",
    "Одеса",
    "у Парижі",
    "Росія",
    "Росії",
    "РФ",
    "США",
    "Франція",
    "по Нілу",
    "проспект Руставелі",
    "заявив",
    "заявила",
    "повідомляє",
    "повідомили",
    "за словами",
    "як зазначив",
    "розповів",
    "наголосив",
    "підписали угоду",
    "обстріляли",
    "атакували дронами",
    "запровадили санкції проти",
    "зустрівся з",
    "засудили",
    "вимагають",
    "погрожує",
    "надала гуманітарну допомогу",
    "не підтримали",
    "планує",
    "якщо",
    "у разі",
    "14 березня",
    "14 березня 2024 року",
    "20.03.2024",
    "2023-09-12",
    "у понеділок",
    "вчора",
    "минулого тижня",
    "о 14:30",
    "з 1 по 5 червня",
    "протягом трьох днів",
    "щороку",
    "у 2022 році",
    "24 лютого 2022 року",
    "наприкінці вересня",
    "через 3000000 днів",
    "Про це повідомляє Укрінформ.",
    "Джерело в уряді",
    "стало відомо",
    "пише The Guardian",
    "з посиланням на пресслужбу",
    "«Ми переможемо»",
    "«Україна отримає підтримку стільки, скільки буде потрібно», — сказав він.",
    "— Ворог атакував знову, — зазначив речник.",
    "Він зазначив, що переговори тривають.",
]
PUNCT = [*"«»“”„\"'‘’‚()[]{}<>—–-…/.,:;!?", "...", "?!", "р.", "ст.", "м."]
HTML = [
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<b>",
    "</b>",
    '<a href="https://www.ukrinform.ua/rubric-ato/3843000-zelenskyj.html?utm_source=x&amp;y=1">',
    "</a>",
    "&nbsp;",
    "&laquo;",
    "&raquo;",
    "&#8212;",
    "&amp;",
    "<!-- коментар -->",
    "<script>var q = '«'; if (a < b) {}</script>",
    '<div class="article-body">',
    "</div>",
    "<",
    ">",
    "&",
]
EMOJI = [
    "🇺🇦",
    "🇺",
    "👍🏽",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "❤️",
    "1️⃣",
    "🤷🏻‍♀️",
    "👩🏿‍🚀",
    "🔥",
    "\U0001f600",
    "\U0001f3fb",
    "\ufe0f",
    "\u20e3",
]
RTL = [
    "مرحبا بالعالم",
    "كييف",
    "زيلينسكي قال",
    "שלום עולם",
    "ירושלים",
    "\u200f",
    "\u200e",
    "\u202e",
    "\u202b",
    "\u202c",
    "\u2067",
    "\u2069",
    "\u061c",
]
INVISIBLE = [
    "\x00",
    "\x00" * 7,
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u180e",
    "\u2028",
    "\u2029",
    "\x85",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\u00a0",
    "\u3000",
    "\ud800",  # lone surrogates: a Python str can hold them, UTF-8 cannot
    "\udfff",
    "\ud83d\ude00",  # a surrogate pair as two code points
]

any_unicode = st.text(st.characters(codec=None, exclude_categories=()), max_size=20)
combining = st.text(st.characters(categories=["Mn", "Mc", "Me"]), min_size=1, max_size=6)
controls = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Co", "Cn"]), max_size=6)
cyrillic = st.text(st.characters(min_codepoint=0x400, max_codepoint=0x52F), min_size=1, max_size=14)
numbers = st.from_regex(r"\d{1,5}([./:-]\d{1,4}){0,2}", fullmatch=True)
brackets = st.text(st.sampled_from("«»“”„\"'‘’‚()[]{}<>—–-"), min_size=1, max_size=12)

piece = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(NEWS),
    st.sampled_from(PUNCT),
    st.sampled_from(HTML),
    st.sampled_from(EMOJI),
    st.sampled_from(RTL),
    st.sampled_from(INVISIBLE),
    any_unicode,
    combining,
    controls,
    cyrillic,
    numbers,
    brackets,
)
separator = st.sampled_from(["", " ", " ", " ", "\n", ", ", ". "])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Realistic Ukrainian news pieces interleaved with every kind of hostile character."""
    parts = draw(st.lists(st.tuples(piece, separator), max_size=60))
    return "".join(p + s for p, s in parts)


@functools.cache
def articles() -> tuple[str, ...]:
    return tuple(p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.uk.txt")))


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A real article cut to at most 3,000 characters, then spliced, cut and scrambled."""
    text = draw(st.sampled_from(articles()))
    start = draw(st.integers(0, max(0, len(text) - 3000)))
    text = text[start : start + 3000]
    for _ in range(draw(st.integers(0, 10))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "strip_quotes"]))
        if op == "insert":
            text = text[:pos] + draw(news_like() if draw(st.booleans()) else piece) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 300)) :]
        elif op == "duplicate":
            text = text[:pos] + text[pos : pos + draw(st.integers(1, 300))] * 2 + text[pos:]
        else:  # unbalance the quotes and brackets of a stretch
            end = pos + draw(st.integers(1, 500))
            drop = draw(st.sampled_from(["«", "»", "(", ")", '"', "—"]))
            text = text[:pos] + text[pos:end].replace(drop, "") + text[end:]
    return text


publication = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.dates(),  # up to the ends of the calendar: 0001-01-01 and 9999-12-31
)

# Inputs that crashed or hung ``analyze`` before their fix (see the report for issue #9).
SURROGATE = "Київ \ud800 заявив"
DASHES = "—" * 5_000  # spaCy's affix loop was quadratic in a run without spaces
CALENDAR_END = "Завтра о 14:30 і через 3000000 днів, а вчора — 9999 року."
TANGUT = "Київ \U00017000 Зеленський \U00017000а заявив"  # letters without a Unicode name
CUE_AT_END = "Міністерство оборони Росії заявило,"  # the report verb's comma is the last token

# ------------------------------------------------------------------------------------ the tests


@FUZZ
@given(text=news_like(), published=publication)
@example(text=SURROGATE, published=None)
@example(text="\udfff", published=None)
@example(text=DASHES, published=None)
@example(text="(" * 3_000 + "«" * 3_000, published=None)
@example(text=CALENDAR_END, published=dt.date(9999, 12, 31))
@example(text=CALENDAR_END, published=dt.date(1, 1, 1))
@example(text="e\u200b\u0301 «Зеленський»", published=None)
@example(text=TANGUT, published=None)
@example(text=CUE_AT_END, published=None)
def test_news_like_text(text: str, published: dt.date | None) -> None:
    note(f"analyze({text!r}, {published!r})")  # hypothesis shows this for a failing example
    analyze_checked(text, published)


@FUZZ
@given(text=mutated_articles(), published=publication)
def test_mutated_articles(text: str, published: dt.date | None) -> None:
    note(f"analyze({text!r}, {published!r})")
    analyze_checked(text, published)


@FUZZ
@given(text=st.text(st.characters(codec=None, exclude_categories=()), max_size=2_000))
def test_random_unicode(text: str) -> None:
    note(f"analyze({text!r})")
    analyze_checked(text, dt.date(2024, 3, 15))


@settings(FUZZ, max_examples=max(10, EXAMPLES // 5))
@given(first=news_like(), other=mutated_articles())
def test_deterministic(first: str, other: str) -> None:
    note(f"first={first!r}, other={other!r}")
    once = analyze(first, "2024-03-15").to_dict()
    analyze(other, "2024-03-15")  # per-process caches must not leak between articles
    assert analyze(first, "2024-03-15").to_dict() == once


@settings(FUZZ, max_examples=EXAMPLES * 5)
@given(text=st.one_of(news_like(), st.text(st.characters(codec=None, exclude_categories=()))))
@example(text="\u2014" * 40)
@example(text="x" + "." * 100 + " " + "«" * 70 + "»")
def test_bounded_tokenizer_matches_spacy(text: str) -> None:
    """Below ``_MAX_RUN`` the linear-time tokenizer splits exactly like spaCy's own."""
    text = normalize(text)
    ours = [(t.text, t.whitespace_) for t in pipeline().tokenizer(text)]
    assert ours == [(t.text, t.whitespace_) for t in _stock_tokenizer()(text)]


@functools.cache
def _stock_tokenizer() -> Any:
    """spaCy's own tokenizer with the same full-stop rule, searching whole strings (no window)."""
    tokenizer = spacy.blank("uk").tokenizer
    tokenizer.suffix_search = with_full_stops(tokenizer.suffix_search)
    return tokenizer


@FUZZ
@given(
    run=st.text(st.sampled_from("аб—«»()..'-:/1"), min_size=_MAX_RUN + 1, max_size=3 * _MAX_RUN),
    around=st.tuples(
        st.sampled_from(["", " ", "\n", "Київ "]), st.sampled_from(["", " ", "  ", "\n", " Київ"])
    ),
)
def test_long_runs_keep_the_text(run: str, around: tuple[str, str]) -> None:
    text = around[0] + run + around[1]
    doc = pipeline().tokenizer(text)
    assert doc.text == text
    assert all(len(t) <= _MAX_RUN for t in doc)


@settings(FUZZ, max_examples=EXAMPLES * 5)
@given(names=st.lists(st.text("абвгдеоумий", max_size=11)), word=st.text("абвгдеоумий", max_size=11))
def test_surname_index_matches_the_scan(names: list[str], word: str) -> None:
    """``_Surnames`` answers like the linear scan it replaced (plus the adjectival case endings:
    "Зеленського" inflects "Зеленський" two letters before its end, and short names as written)."""
    seen = _Surnames()
    for name in names:
        seen.add(name)

    def inflects(last: str) -> bool:
        if len(last) <= 4 and word == last:
            return True  # a short name ("Аун") is met as written
        stem = min(len(last), len(word)) - 1
        if abs(len(word) - len(last)) > 3 or stem < 3:
            return False
        if word[:stem] == last[:stem]:
            return True
        adjectival = word.endswith(("ого", "ому", "им", "ім", "ої", "ій", "ою", "у"))
        near = stem - 1 >= len(last) - 4
        return stem >= 7 and near and adjectival and word[: stem - 1] == last[: stem - 1]

    assert (word in seen) == any(inflects(last) for last in names)


# ------------------------------------------------------------------------- repetitive texts

# One pattern repeated over 100,000 characters: no sentence ends, thousands of speech verbs, quote
# marks, names and dates in one run. Each of these took quadratic time before its fix (the first
# one 97 s; a megabyte of it would have taken hours); now each takes a second or two.
REPEATED = {
    # every speech verb looked at its whole (endless) sentence
    "speech-verbs": "Зеленський заявив, що ",
    "quote-openings": "Зеленський заявив: «",
    # every trigger inside a quote copied the sentence up to the quote
    "quote-marks": "«„“\"»”'",
    # every capitalized word was compared with every name found before it
    "surnames": "Умєров Умєрова Шмигаль Шмигаля ",
    # spaCy's affix loop: one run without spaces
    "dashes": "—",
    "brackets": "((([[{<",
    # every time expression scanned its whole sentence for tense signals
    "dates": "14 березня о 14:30 вчора, ",
    "events": "За словами Макрона, Росія атакувала Україну, ",
}


@pytest.mark.parametrize("unit", list(REPEATED.values()), ids=list(REPEATED))
def test_repetitive_text_is_linear(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    analyze_checked(text, dt.date(2024, 3, 15))
    assert time.process_time() - started < 30  # 1-4 s here


# ------------------------------------------------------------------------------ big inputs

_CHILD = """
import json, resource, sys, time
from tests.test_fuzz import big_input, check_record
from litopys import analyze

text = big_input(sys.argv[1])
analyze("Київ, 14 березня. Зеленський заявив: «Так».", "2024-03-15")  # load the resources first
started, cpu = time.perf_counter(), time.process_time()
record = analyze(text, "2024-03-15").to_dict()
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
check_record(record, text, schema=False)
print(json.dumps({
    "chars": len(text),
    "bytes": len(text.encode("utf-8", "surrogatepass")),
    "seconds": round(seconds, 1),
    "cpu_seconds": round(cpu, 1),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    "counts": {k: len(record[k]) for k in ("entities", "timexes", "quotes", "attributions", "events")},
}))
"""

MB = 1_000_000
# case → (minimum size in characters, CPU seconds bound, peak RSS bound in MB). The bounds leave
# room for a slower machine; the measured numbers are in docs/RELIABILITY.md.
BIG = {
    "articles-10mb": (5 * MB, 400, 2_000),  # 10 MB of UTF-8
    "random-token": (MB, 150, 1_500),
    "quotes-only": (MB, 150, 1_500),
    "brackets-only": (MB, 150, 1_500),
    "url-token": (MB, 150, 1_500),
    "one-letter-token": (MB, 150, 1_500),
    "newlines-only": (MB, 150, 1_500),
}


def big_input(case: str) -> str:
    """The fixed big inputs, built the same way in every process."""
    if case == "articles-10mb":
        parts, size, i = [], 0, 0
        while size < 10 * MB:  # bytes of UTF-8: about 5.5 million characters
            text = articles()[i % len(articles())]
            part = f"Оновлення {i + 1}. " + text.replace("2025", str(2000 + i % 26)) + "\n\n"
            parts.append(part)
            size += len(part.encode("utf-8"))
            i += 1
        return "".join(parts)
    if case == "one-letter-token":
        return "а" * MB
    if case == "random-token":  # a megabyte without whitespace, from the first 12,000 code points
        rng = random.Random(9)
        alphabet = [chr(c) for c in range(0x21, 0x2FFF) if not chr(c).isspace()]
        return "".join(rng.choices(alphabet, k=MB))
    if case == "url-token":
        path = "/".join(f"rubric-{k}/стаття-{k}.html?utm_source=x&id={k}" for k in range(MB // 40))
        return ("Читайте https://www.ukrinform.ua/" + path)[:MB] + " — повідомляє Укрінформ."
    if case == "quotes-only":
        return ("«„“\"»”'" * MB)[:MB]
    if case == "brackets-only":
        return ("((([[{<" * MB)[:MB]
    if case == "newlines-only":
        return "\n" * MB
    raise ValueError(case)


def run_big(case: str, timeout: float = 900) -> dict[str, Any]:
    """Analyze one big input in a fresh interpreter; its time and peak RSS as it reports them."""
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, case],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return dict(json.loads(proc.stdout))


@pytest.fixture(scope="module")
def big_runs(request: pytest.FixtureRequest) -> Iterator[dict[str, Future[dict[str, Any]]]]:
    """The selected big inputs, two child processes at a time (the 10 MB one first)."""
    wanted = [
        item.callspec.params["case"]
        for item in request.session.items
        if "big_runs" in getattr(item, "fixturenames", ()) and hasattr(item, "callspec")
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield {case: pool.submit(run_big, case) for case in BIG if case in wanted}


@pytest.mark.parametrize("case", list(BIG))
def test_big_input(case: str, big_runs: dict[str, Future[dict[str, Any]]]) -> None:
    """10 MB of real articles and one-megabyte pathological texts: bounded time and memory, and a
    valid record (offsets and references; the schema is checked on the small inputs)."""
    result = big_runs[case].result()
    print(case, result)  # the numbers for docs/RELIABILITY.md (pytest -s shows them)
    chars, cpu, rss = BIG[case]
    assert result["chars"] >= chars
    assert result["cpu_seconds"] < cpu
    assert result["peak_rss_mb"] < rss
    if case == "articles-10mb":
        assert result["counts"]["entities"] and result["counts"]["events"] and result["counts"]["quotes"]
