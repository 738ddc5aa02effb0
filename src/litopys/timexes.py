"""Stage 3: time expressions (TIMEX3).

Finds dates, times, durations, recurring times and vague time references in normalized Ukrainian
text and gives each a TIMEX3 (ISO 8601) value. Every word of the language (month names in all
cases, weekdays, numerals, parts of the day, relative and vague words) lives in
``lang/uk/data/time.tsv``; this module only holds the grammar that combines them.

Partial dates ("18 серпня", "у липні", "у вівторок") get their year (or week) from the
publication date, in the direction the verbs of the clause imply: a past-tense verb points back,
a future-tense verb or a planning word ("планує", "має намір") points forward, and without a
signal the candidate closest to the publication date wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from litopys import morphology
from litopys.lang.uk import resources
from litopys.model import Timex

_DATA = "time.tsv"


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    form: str
    kind: str
    value: str
    tags: frozenset[str]


@functools.cache
def _entries() -> dict[str, tuple[_Entry, ...]]:
    by_kind: dict[str, list[_Entry]] = defaultdict(list)
    for row in resources.read_table(_DATA):
        form = row.get("form", "").lower()
        kind = row.get("kind", "")
        if not form or not kind:
            continue
        tags = frozenset(t for t in row.get("tags", "").split(",") if t)
        by_kind[kind].append(_Entry(form, kind, row.get("value", ""), tags))
    return {k: tuple(v) for k, v in by_kind.items()}


def _forms(kind: str, pred=None) -> list[_Entry]:
    return [e for e in _entries().get(kind, ()) if pred is None or pred(e)]


def _alt(entries: Iterable[_Entry] | Iterable[str]) -> str:
    """A regex alternation of word forms built as a trie (fast); a space matches any whitespace run."""
    words = {_space_key(e.form if isinstance(e, _Entry) else e) for e in entries}
    words.discard("")
    if not words:
        return "(?!)"
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _value_map(kind: str) -> dict[str, str]:
    return {_space_key(e.form): e.value for e in _entries().get(kind, ())}


def _space_key(s: str | None) -> str:
    return " ".join(s.split()) if s else ""


def _case(*cases: str):
    wanted = set(cases)
    return lambda e: bool(e.tags & wanted)


# ---------------------------------------------------------------------------------------------
# Patterns (compiled once at import)
# ---------------------------------------------------------------------------------------------

# Named groups of a match; values are matched strings or None.
_G = dict[str, Any]

B0 = r"(?<![\w'])"
B1 = r"(?![\w'])"


class _L:
    """Regex fragments and value tables built from the lexicon."""

    def __init__(self) -> None:
        month = _forms("month")
        self.month_val = {e.form: int(e.value) for e in month}
        self.MON_GEN = _alt(_forms("month", _case("gent")))
        self.MON_LOC = _alt(_forms("month", _case("loct")))
        self.MON_NOM = _alt(_forms("month", _case("nomn", "accs")))
        self.MON_ANY = _alt(month)
        wd = _forms("weekday")
        self.weekday_val = {e.form: int(e.value) for e in wd}
        self.weekday_tags = {e.form: e.tags for e in wd}
        self.WD_ACC = _alt(_forms("weekday", _case("accs", "nomn")))
        self.WD_GEN = _alt(_forms("weekday", _case("gent")))
        self.WD_LOCP = _alt(_forms("weekday", _case("loct:p", "datv:p")))
        self.WD_ANY = _alt(_forms("weekday", _case("accs", "nomn", "gent")))
        ords = _forms("ordinal")
        self.ORD_M = _alt(e for e in ords if "m" in e.tags and int(e.value) < 100)
        self.ORD_F = _alt(e for e in ords if "f" in e.tags and int(e.value) <= 24)
        self.ORD_ANY = _alt(e for e in ords if int(e.value) < 100)
        self.ORD_M_BIG = _alt(e for e in ords if "m" in e.tags)
        self.TENS = _alt(_forms("tens"))
        self.HUNDREDS = _alt(_forms("hundreds"))
        self.THOUSANDS = _alt(_forms("thousands"))
        self.CARD = _alt(_forms("cardinal"))
        self.card_val = _value_map("cardinal")
        self.FRACTION = _alt(_forms("fraction"))
        self.fraction_val = _value_map("fraction")
        self.HALFUNIT = _alt(_forms("halfunit"))
        self.halfunit_val = _value_map("halfunit")
        units = _forms("unit")
        self.unit_val = {e.form: e.value for e in units}
        self.unit_tags = {e.form: e.tags for e in units}
        self.UNIT = _alt(units)
        self.UNIT_ABLT = {e.form for e in units if "ablt" in e.tags}
        self.UNIT_PERIOD = _alt(e for e in units if e.value in {"W", "M", "Y"})
        self.UNIT_GEN_PERIOD = _alt(e for e in units if e.value in {"W", "M", "Y", "D"} and "gent" in e.tags)
        self.UNIT_EVERY = _alt(e for e in units if e.value in {"D", "W", "M", "Y", "H"})
        seasons = _forms("season")
        self.season_val = {e.form: e.value for e in seasons}
        self.SEASON = _alt(seasons)
        self.SEASON_GEN = _alt(_forms("season", _case("gent")))
        self.SEASON_ADV = _alt(_forms("season_adv"))
        self.season_adv_val = _value_map("season_adv")
        self.EARLY_LATE = _alt(_forms("early_late"))
        self.early_late_val = _value_map("early_late")
        self.DAYPART = _alt(_forms("daypart"))
        self.daypart_val = _value_map("daypart")
        self.DAYPART_NOUN = _alt(_forms("daypart_noun"))
        self.daypart_noun_val = _value_map("daypart_noun")
        self.RELDAY = _alt(_forms("relday"))
        self.relday_val = _value_map("relday")
        self.ANCHOR = _alt(_forms("anchor"))
        self.anchor_val = _value_map("anchor")
        self.RELYEAR = _alt(_forms("relyear"))
        self.relyear_val = _value_map("relyear")
        self.VAGUE = _alt(_forms("vague"))
        self.vague_val = _value_map("vague")
        self.vague_block_before = {e.form for e in _forms("vague_block_before")}
        self.vague_block_after = {e.form for e in _forms("vague_block_after")}
        self.decade_block_after = {e.form for e in _forms("decade_block_after")}
        self.RELWORD = _alt(_forms("relword"))
        self.relword_val = _value_map("relword")
        self.MOD = _alt(_forms("mod"))
        self.mod_val = _value_map("mod")
        self.PART = _alt(_forms("part"))
        self.part_val = _value_map("part")
        self.DUR_MOD = _alt(_forms("dur_mod"))
        self.dur_mod_val = _value_map("dur_mod")
        self.DUR_PREP = _alt(_forms("dur_prep"))
        self.DUR_LAST = _alt(_forms("dur_last"))
        self.AGO = _alt(_forms("ago"))
        self.AFTER = _alt(_forms("after"))
        self.SET = _alt(_forms("set"))
        self.set_val = _value_map("set")
        self.EVERY = _alt(_forms("every"))
        self.DISTRIB = _alt(_forms("distributive"))
        self.WEEKEND = _alt(_forms("weekend"))
        self.future_cues = frozenset(e.form for e in _forms("future_cue"))
        self.infn_cues = frozenset(e.form for e in _forms("future_cue") if "infn" in e.tags)
        self.PREP_TARGET = _alt(_forms("prep_target"))
        self.PREP_GEN = [e.form for e in _forms("prep_gen")]
        self.ANCHOR_BEFORE_PREP = _alt(_forms("anchor_before_prep"))
        self.ANCHOR_BEFORE = _alt(_forms("anchor_before"))
        self.ANCHOR_AFTER = _alt(_forms("anchor_after"))
        self.DAYPART_EVERY = _alt(e for e in _forms("daypart_noun") if e.value != "AF")
        self.YEARWORD = _alt(_forms("yearword"))
        self.YEARWORD_PL = _alt(_forms("yearword_plural"))
        self.YEARWORD_NOABBR = _alt(e for e in _forms("yearword") if not e.form.endswith("."))
        self.CENTURYWORD = _alt(_forms("centuryword"))
        self.YEAR_SUF = _alt(_forms("year_suffix"))
        self.DAY_SUF = _alt(_forms("day_suffix"))
        self.DEC_SUF = _alt(_forms("decade_suffix"))
        self.DECADE_WORD = _alt(_forms("decade_word"))
        self.decade_word_val = _value_map("decade_word")
        self.PREP_CLOCK = _alt(_forms("prep_clock"))
        self.HALF_TO = _alt(_forms("half_to"))
        self.TZ = _alt(_forms("timezone"))
        self.PREP_IN = _alt(_forms("prep_in"))
        self.FROM = _alt(_forms("range_from"))
        self.TO = _alt(_forms("range_to"))
        self.NIGHT_TO = _alt(_forms("night_to"))
        self.NIGHT = _alt(e for e in _forms("daypart_noun") if e.value == "NI" and e.form == "ніч")
        self.NIGHT_ADV = _alt(e for e in _forms("daypart") if e.value == "NI")
        hours = _forms("unit", lambda e: e.value == "H" and "loct" in e.tags)
        self.HOURWORD = _alt(hours)
        # Numerals spelled out: value of each word, summed over a phrase.
        num: dict[str, int] = {}
        for kind in ("cardinal", "tens", "hundreds", "thousands", "ordinal"):
            for e in _entries().get(kind, ()):
                if e.value.isdigit():
                    num[_space_key(e.form)] = int(e.value)
        self.num_val = num
        self.NUM_TOKEN = re.compile(B0 + _alt(num) + B1)
        # A count before a unit: digits, a spelled-out numeral ("двадцять п'ять", "двохсот"), a fraction.
        self.COUNT = (
            rf"(?:\d+(?:[.,]5)?|(?:{self.HUNDREDS}\s+)?(?:{self.TENS}\s+)?{self.CARD}"
            rf"|(?:{self.HUNDREDS}\s+)?{self.TENS}|{self.HUNDREDS}|{self.FRACTION})"
        )


L = _L()

_PREP = rf"(?:(?P<prep>{L.PREP_IN})\s+)?"


def _day(p: str) -> str:
    return (
        rf"(?:(?P<{p}dn>[0-3]?\d)(?:-(?:{L.DAY_SUF}))?(?![\d\w])"
        rf"|(?P<{p}dw>(?:{L.TENS}\s+)?{L.ORD_M}){B1})"
    )


_YEAR_WORDS = (
    rf"(?:{L.THOUSANDS}(?:\s+{L.HUNDREDS})?(?:\s+{L.TENS})?\s+{L.ORD_M}|{L.ORD_M_BIG}|"
    rf"{L.THOUSANDS}(?:\s+{L.HUNDREDS})?(?:\s+{L.TENS})?)"
)


def _yr(p: str, bare: bool = True) -> str:
    """A year after a month or date: 2023, 2023 року, 2023 р., минулого року, торік."""
    digits = rf"(?P<{p}y>\d{{4}})(?!\d)(?:-(?:{L.YEAR_SUF}))?"
    digits += rf"(?:\s+{L.YEARWORD})?" if bare else rf"\s+{L.YEARWORD}"
    return (
        rf"(?:{digits}|(?P<{p}yw>{_YEAR_WORDS})\s+{L.YEARWORD_NOABBR}"
        rf"|(?P<{p}yrl>{L.RELWORD})\s+{L.YEARWORD_NOABBR}|(?P<{p}yrel>{L.RELYEAR}){B1})"
    )


_RULES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d\w.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d\-/])"),
    (
        "numeric",
        rf"(?<![\d\w.,/])(?P<d>\d{{1,2}})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)"
        rf"(?:\s+{L.YEARWORD})?",
    ),
    (
        "night",
        rf"{B0}(?:{L.PREP_IN}\s+{L.NIGHT}|{L.NIGHT_ADV})"
        # "у ніч з 11 на 12 вересня", "у ніч із суботи на неділю": the night is dated by its morning
        rf"(?:\s+(?:{L.FROM})\s+(?:[0-3]?\d|(?:{L.TENS}\s+)?{L.ORD_M}|{L.WD_GEN}))?"
        rf"\s+{L.NIGHT_TO}\s+(?:{_day('')}\s+(?P<m>{L.MON_GEN}){B1}"
        rf"(?:\s+{_yr('')})?|(?P<wd>{L.WD_ANY}){B1})",
    ),
    ("date", rf"(?<![\d.,/\-:])\b{_day('')}\s+(?P<m>{L.MON_GEN}){B1}(?:\s+{_yr('')})?"),
    # the same, led by an ordinal in words ("першого вересня"); \b above needs a digit or letter
    (
        "range",
        rf"{B0}(?:(?P<from>{L.FROM})\s+)?{_day('a')}\s*(?:[-–—]|\s+{L.TO}\s+)\s*{_day('b')}"
        rf"\s+(?P<m>{L.MON_GEN}){B1}(?:\s+{_yr('')})?",
    ),
    (
        "range2",
        rf"{B0}(?:(?P<from>{L.FROM})\s+)?{_day('a')}\s+(?P<ma>{L.MON_GEN})\s*(?:[-–—]|\s+{L.TO}\s+)\s*"
        rf"{_day('b')}\s+(?P<mb>{L.MON_GEN}){B1}(?:\s+{_yr('')})?",
    ),
    (
        "yrange",
        rf"{B0}(?:(?:{L.FROM})\s+(?P<ya>\d{{4}})(?:\s+{L.YEARWORD})?\s+{L.TO}\s+(?P<yb>\d{{4}})"
        rf"|(?:{L.PREP_IN}\s+)?(?P<yc>\d{{4}})\s*[-–—]\s*(?P<yd>\d{{4}}))\s+(?:{L.YEARWORD_PL}|{L.YEARWORD})",
    ),
    ("month_year", rf"{B0}{_PREP}(?P<m>{L.MON_ANY})\s+{_yr('')}"),
    (
        "month_range",
        rf"{B0}{_PREP}(?P<ma>{L.MON_LOC})\s*[-–—]\s*(?P<m>{L.MON_LOC}){B1}(?:\s+{_yr('')})?",
    ),
    ("prep_month", rf"{B0}(?P<prep>{L.PREP_IN})\s+(?P<m>{L.MON_LOC}){B1}"),
    # "заплановано на грудень": a month in the accusative after "на"
    ("target_month", rf"{B0}(?P<prep>{L.PREP_TARGET})\s+(?P<m>{L.MON_NOM}){B1}"),
    # "торік у березні", "минулого року в грудні", "торік восени": the year named before the month
    (
        "rel_month",
        rf"{B0}(?:(?P<yrel>{L.RELYEAR})|(?P<yrl>{L.RELWORD})\s+{L.YEARWORD_NOABBR})\s+"
        rf"(?:(?:{L.PREP_IN})\s+(?P<m>{L.MON_LOC})|(?P<sa>{L.SEASON_ADV})){B1}",
    ),
    (
        "mod",
        rf"{B0}(?P<mod>{L.MOD})\s+(?:"
        rf"(?P<m>{L.MON_GEN}){B1}(?:\s+{_yr('')})?"
        rf"|(?P<dec>(?:\d{{3}}0|\d0)-(?:{L.DEC_SUF})|{L.DECADE_WORD}){B1}(?:\s+{L.YEARWORD_PL})?"
        rf"|(?P<cent>[ivxlхі]+|\d{{1,2}})(?:-(?:{L.YEAR_SUF}))?\s+{L.CENTURYWORD}"
        rf"|{_yr('t', bare=True)}"
        rf"|(?:(?P<rel>{L.RELWORD})\s+)?(?P<sn>{L.SEASON_GEN}){B1}"
        rf"|(?:(?P<urel>{L.RELWORD})\s+)?(?P<unit>{L.UNIT_GEN_PERIOD}){B1}"
        rf"|(?P<wd>{L.WD_GEN}){B1})",
    ),
    (
        "year",
        rf"{B0}{_PREP}(?:(?P<y>\d{{4}})(?:-(?:{L.YEAR_SUF}))?\s+{L.YEARWORD}"
        rf"|(?P<y3>\d{{4}})-(?:{L.YEAR_SUF}){B1}|(?P<yw>{_YEAR_WORDS})\s+{L.YEARWORD_NOABBR})",
    ),
    (
        "decade",
        rf"{B0}{_PREP}(?:(?P<dd>\d{{3}}0|\d0)-(?:{L.DEC_SUF}){B1}(?:\s+{L.YEARWORD_PL})?"
        rf"|(?P<dw>{L.DECADE_WORD})(?:\s+(?P<dwy>{L.YEARWORD_PL}))?{B1})",
    ),
    (
        "century",
        rf"{B0}{_PREP}(?P<c>[ivxlхі]+|\d{{1,2}})(?:-(?:{L.YEAR_SUF}))?\s+{L.CENTURYWORD}",
    ),
    (
        "part",
        rf"{B0}{_PREP}(?P<o>{L.ORD_ANY})\s+(?P<p>{L.PART}){B1}(?:\s+(?:(?P<m>{L.MON_GEN}){B1}|{_yr('')}"
        rf"|(?P<yb>{L.YEARWORD_NOABBR}){B1}"
        rf"|(?P<cent>[ivxlхі]+|\d{{1,2}})(?:-(?:{L.YEAR_SUF}))?\s+{L.CENTURYWORD}))?",
    ),
    (
        "season",
        rf"{B0}(?:(?:{L.PREP_IN}|на)\s+)?(?:(?P<el>{L.EARLY_LATE})\s+(?P<sn>{L.SEASON})|(?P<sa>{L.SEASON_ADV}))"
        rf"{B1}(?:\s+{_yr('')})?",
    ),
    ("season_rel", rf"{B0}(?:(?:{L.PREP_IN})\s+)?(?P<rel>{L.RELWORD})\s+(?P<sn>{L.SEASON}){B1}"),
    (
        "rel_period",
        rf"{B0}(?:(?:{L.PREP_IN}|на)\s+)?(?P<rel>{L.RELWORD})\s+(?:(?P<unit>{L.UNIT_PERIOD})|(?P<we>{L.WEEKEND})){B1}",
    ),
    ("weekend", rf"{B0}на\s+(?P<we>{L.WEEKEND}){B1}"),
    # "минулої ночі", "цього ранку", "наступного вечора": a part of a day next to the publication
    ("rel_daypart", rf"{B0}(?P<rel>{L.RELWORD})\s+(?P<dpn>{L.DAYPART_EVERY}){B1}"),
    (
        "daypart_wd",
        rf"{B0}(?P<dp>{L.DAYPART})\s+(?:(?P<rel>{L.RELWORD})\s+)?(?P<wd>{L.WD_GEN}){B1}",
    ),
    ("weekday", rf"{B0}{_PREP}(?:(?P<rel>{L.RELWORD})\s+)?(?P<wd>{L.WD_ANY}){B1}"),
    # "з понеділка", "до п'ятниці": a genitive weekday after a preposition (left out of the span)
    (
        "wd_gen",
        "(?:" + "|".join(rf"(?<={B0}{re.escape(p)}\s)" for p in L.PREP_GEN) + ")"
        rf"(?P<wd>{L.WD_GEN}){B1}",
    ),
    ("wd_set", rf"{B0}(?:{L.DISTRIB}\s+(?P<wdl>{L.WD_LOCP})|{L.EVERY}\s+(?P<wd>{L.WD_ANY})){B1}"),
    ("every", rf"{B0}{L.EVERY}\s+(?:(?P<unit>{L.UNIT_EVERY})|(?P<dpn>{L.DAYPART_EVERY})){B1}"),
    # "за два дні до того", "через тиждень після цього": counted from the previous date in the text
    (
        "anchor_n",
        rf"{B0}(?:(?P<before>{L.ANCHOR_BEFORE_PREP})|{L.AFTER})\s+(?:(?P<n>{L.COUNT})\s+)?(?P<u>{L.UNIT})\s+"
        rf"(?:(?P<dirb>{L.ANCHOR_BEFORE})|{L.ANCHOR_AFTER}){B1}",
    ),
    (
        "clock",
        rf"{B0}(?:(?P<prep>{L.PREP_CLOCK})\s+)?(?:"
        rf"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?![\d:])"
        rf"|(?P<hh>{L.HALF_TO})\s+(?:(?P<hhw>{L.ORD_F})|(?P<hhn>[01]?\d|2[0-4])(?:-?у)?)"
        rf"|(?P<hw>{L.ORD_F})(?:\s+(?P<hour2>{L.HOURWORD}))?|(?P<hn>[01]?\d|2[0-3])(?:-(?:й|ій))?(?:\s+(?P<hour>{L.HOURWORD}))?)"
        rf"{B1}(?:\s+(?P<dpn>{L.DAYPART_NOUN}){B1})?(?:\s+(?P<tz>{L.TZ}){B1})?",
    ),
    (
        "ago",
        rf"{B0}(?:(?P<n>{L.COUNT})\s+)?(?P<u>{L.UNIT})\s+(?P<dir>{L.AGO}){B1}"
        rf"|{B0}(?P<half>{L.HALFUNIT})\s+(?P<dir2>{L.AGO}){B1}",
    ),
    (
        "after",
        rf"{B0}{L.AFTER}\s+(?:(?:(?P<n>{L.COUNT})\s+)?(?P<u>{L.UNIT})|(?P<half>{L.HALFUNIT})){B1}",
    ),
    (
        "duration",
        rf"{B0}(?:(?P<prep>{L.DUR_LAST}|{L.DUR_PREP})\s+)?(?:(?P<mod>{L.DUR_MOD})\s+)?"
        rf"(?:(?P<half>{L.HALFUNIT})|(?P<n>{L.COUNT})\s+(?P<u>{L.UNIT})|(?P<u1>{L.UNIT})){B1}",
    ),
]
# Single words and fixed phrases share one pass; the group that matched names the rule.
_LEX_RULES = ("anchor", "relday", "relyear", "set", "daypart", "vague")
_LEX_LISTS = {
    "anchor": L.ANCHOR,
    "relday": L.RELDAY,
    "relyear": L.RELYEAR,
    "set": L.SET,
    "daypart": L.DAYPART,
    "vague": L.VAGUE,
}
_RULES.append(("lex", B0 + "(?:" + "|".join(f"(?P<{n}>{_LEX_LISTS[n]})" for n in _LEX_RULES) + ")" + B1))
_PRIORITY_EXTRA = {name: 100 + i for i, name in enumerate(_LEX_RULES)}

# Lower priority number = preferred when two candidates have the same length.
_PRIORITY = {name: i for i, (name, _) in enumerate(_RULES)} | _PRIORITY_EXTRA
_COMPILED = [(name, re.compile(rx)) for name, rx in _RULES]

# Every rule needs at least one of these words, or a number joined to a sign ("12.09.2023",
# "2023-09-12", "10:00", "2022-го", "1990-х"; a bare number needs a word such as a month or
# "року" beside it to be a time): the patterns only run in windows
# around them, which skips most of an article's text. A window reaches _MARGIN characters past
# its trigger words on both sides, more than the function words any expression has beyond them
# ("наприкінці ...", "... за київським часом", "... до того").
_TRIGGER_KINDS = [
    *("month", "weekday", "ordinal", "unit", "season", "season_adv", "daypart", "daypart_noun"),
    *("relday", "relyear", "anchor", "set", "vague", "halfunit", "decade_word", "centuryword"),
    *("yearword", "yearword_plural", "weekend", "tens", "hundreds", "thousands", "cardinal"),
    *("fraction", "part", "timezone", "mod"),  # "на початку 2023": a bare year after a modifier
]
_TRIGGER = re.compile(
    r"\d[-./:–—]\w|" + B0 + _alt(e for k in _TRIGGER_KINDS for e in _entries().get(k, ())) + B1
)
_MARGIN = 40
_SPACE = re.compile(r"\s")


def _windows(low: str) -> list[tuple[int, int]]:
    """Spans of ``low`` that can hold a time expression: merged neighbourhoods of trigger words."""
    spans: list[tuple[int, int]] = []
    n = len(low)
    for m in _TRIGGER.finditer(low):
        a = max(0, m.start() - _MARGIN)
        b = min(n, m.end() + _MARGIN)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    out = []
    for a, b in spans:
        sp = _SPACE.search(low, b)  # end a window between words, never inside one
        out.append((a, sp.start() if sp else n))
    return out


# Length-preserving lower-casing (str.lower can change the length of a few characters).
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ"
_LOWER_MAP = str.maketrans(_UPPER, _UPPER.lower())
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "і": 1, "х": 10}
_ROMAN_UPPER = set("IVXLCХІ")
_WORD = re.compile(r"[\w']+")
_CYR_WORD = re.compile(r"[а-яіїєґ'][а-яіїєґ'\-]*")
_SENT_END = re.compile(r"[.!?…]+[\"»”)]*\s+|\n+")
_CLAUSE_SEP = re.compile(r"[,;:()]|\s[-–—]\s")
_SENTENCE_REACH = 1000  # characters either side of a timex
_ABBREV = resources.abbreviations()


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: str
    g: _G
    cats: set[str] = field(default_factory=set)


def _cats(rule: str, g: _G) -> set[str]:
    if rule in {"iso", "numeric", "date", "relday", "anchor"}:
        return {"date"}
    if rule in {"weekday", "wd_gen"}:
        return {"wd"}
    if rule == "daypart_wd":
        return {"wd", "dp"}
    if rule == "daypart":
        return {"dp"}
    if rule == "clock":
        return {"clock"}
    if rule == "night":
        return {"date", "dp"} if g.get("m") else {"wd", "dp"}
    return set()


def _valid(rule: str, g: _G, start: int, end: int, low: str) -> bool:
    if rule in {"date", "range", "range2", "night"}:
        for p in ("", "a", "b"):
            dn = g.get(p + "dn")
            if dn is not None and not 1 <= int(dn) <= 31:
                return False
            dw = g.get(p + "dw")
            if dw is not None and not 1 <= _num(dw) <= 31:
                return False
    if rule == "weekday":
        wd = g["wd"]
        tags = L.weekday_tags.get(_space_key(wd), frozenset())
        if "gent" in tags and not (tags & {"accs", "nomn"}) and not g["rel"]:
            return False
        if not g["prep"] and not g["rel"] and not (tags & {"nomn", "accs"}):
            return False
    if rule == "decade" and g.get("dw") and not (g.get("prep") or g.get("dwy")):
        return False
    if rule == "decade" and g.get("dw") and _first_word(low[end : end + 40]) in L.decade_block_after:
        return False  # "у двадцятих числах вересня" counts days, not years
    if rule in {"century", "mod", "part"}:
        c = g.get("c") if rule == "century" else g.get("cent")
        if c is not None and _century(c) is None:
            return False
    if rule == "clock":
        if not g["prep"] and not g["tz"] and g["h"] is None:
            return False
        if g["h"] is not None and not (g["prep"] or g["tz"]):
            return False
        if g["hn"] is not None and not (g["hour"] or g["dpn"] or g["tz"]):
            return False
        if g["hw"] is not None and not g["prep"]:
            return False
    if rule == "duration":
        if g["u1"] and not (g["prep"] or g["mod"]):
            return False
        # "2022 року" is a year, not a duration; "1000 днів" is a duration
        n = g["n"]
        if (
            n
            and n.isdigit()
            and len(n) >= 4
            and (len(n) > 4 or L.unit_val.get(g["u"] or "") in {"Y", "DE", "CE"})
        ):
            return False
        if g["u1"] and "gent:p" in L.unit_tags.get(g["u1"], frozenset()) and not g["prep"]:
            return False
    if rule == "part":
        o = _num(g["o"])
        kind = L.part_val.get(_space_key(g["p"]), "")
        if (kind == "H" and o not in (1, 2)) or (kind == "Q" and not 1 <= o <= 4):
            return False
    if rule == "vague":
        prev = _last_word(low[max(0, start - 40) : start].rstrip())
        nxt = _first_word(low[end : end + 40])
        if prev in L.vague_block_before or nxt in L.vague_block_after:
            return False
        if prev in L.UNIT_ABLT:
            return False
    return True


def _last_word(s: str) -> str:
    i = len(s)
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_'"):
        i -= 1
    return s[i:]


def _first_word(s: str) -> str:
    m = re.match(r"\s*([\w']+)", s)
    return m.group(1) if m else ""


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"«„“(—–-'":
        i -= 1
    if i < 0:
        return True
    if text[i] == "\n":
        return True
    if text[i] in "!?…":
        return True
    if text[i] == ".":
        word = _last_word(text[:i]).lower()
        return not (word in _ABBREV or (len(word) == 1 and word.isalpha()))
    return False


def _case_ok(text: str, c: _Cand) -> bool:
    for w in _WORD.finditer(text, c.start, c.end):
        word = w.group(0)
        if not word[0].isupper():
            continue
        if set(word) <= _ROMAN_UPPER:
            continue
        if word.isupper() and len(word) > 1 and not word.isalpha():
            continue
        if w.start() == c.start and _is_sentence_start(text, c.start):
            continue
        return False
    return True


def _candidates(text: str, low: str, full_scan: bool = False) -> list[_Cand]:
    found: list[_Cand] = []
    windows = [(0, len(low))] if full_scan else _windows(low)
    for name, rx in _COMPILED:
        for a, b in windows:
            for m in rx.finditer(low, a, b):
                if m.end() == m.start():
                    continue
                rule = name
                g = m.groupdict()
                if name == "lex":
                    rule = m.lastgroup or ""
                    g = {"w": g[rule], "dp": g[rule]}
                if not _valid(rule, g, m.start(), m.end(), low):
                    continue
                c = _Cand(m.start(), m.end(), rule, g)
                if not _case_ok(text, c):
                    continue
                c.cats = _cats(rule, g)
                found.append(c)
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[_Cand] = []
    occupied = bytearray(len(low) + 1)
    for c in found:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_JOIN = re.compile(r"\s*,?\s*")


def _groups(text: str, cands: list[_Cand]) -> list[list[_Cand]]:
    """Adjacent weekday / part of day / date / clock pieces form one composite expression."""
    groups: list[list[_Cand]] = []
    for c in cands:
        if groups and c.cats:
            last = groups[-1]
            have: set[str] = set().union(*(x.cats for x in last))
            gap = text[last[-1].end : c.start]
            if have and not (have & c.cats) and _JOIN.fullmatch(gap) and "\n" not in gap:
                last.append(c)
                continue
        groups.append([c])
    return groups


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _num(phrase: str) -> int:
    return sum(L.num_val.get(_space_key(t.group(0)), 0) for t in L.NUM_TOKEN.finditer(phrase))


def _century(c: str) -> int | None:
    if c.isdigit():
        n = int(c)
        return n if 1 <= n <= 21 else None
    total = 0
    prev = 0
    for ch in reversed(c):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 1 <= total <= 21 else None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_end(y: int, m: int) -> dt.date:
    ny, nm = _add_months(y, m, 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _interval(kind: str, y: int, a: int, b: int) -> tuple[dt.date, dt.date] | None:
    """The calendar interval of a partial date placed in year ``y``."""
    if kind == "day":
        d = _safe_date(y, a, b)
        return (d, d) if d else None
    if kind == "month":
        return dt.date(y, a, 1), _month_end(y, a)
    if kind in {"season", "H", "Q"}:
        first, last = a, b
        sy, sm = _add_months(y, 1, first - 1)
        ey, em = _add_months(y, 1, last - 1)
        return dt.date(sy, sm, 1), _month_end(ey, em)
    return None


def _pick_year(kind: str, a: int, b: int, direction: str | None, pub: dt.date) -> int:
    chosen = _closest_year(kind, a, b, direction, pub)
    if direction is None:
        return chosen
    # "Четвер, 22 січня, він оголосив днем жалоби" (published on 21 January): a date days away
    # outranks the verb's tense, which would send it a year back
    nearest = _closest_year(kind, a, b, None, pub)
    iv_chosen, iv_nearest = _interval(kind, chosen, a, b), _interval(kind, nearest, a, b)
    if iv_chosen and iv_nearest and _distance(iv_nearest, pub) <= 7 < _distance(iv_chosen, pub) - 180:
        return nearest
    return chosen


def _distance(iv: tuple[dt.date, dt.date], pub: dt.date) -> int:
    s, e = iv
    return 0 if s <= pub <= e else min(abs((s - pub).days), abs((e - pub).days))


def _closest_year(kind: str, a: int, b: int, direction: str | None, pub: dt.date) -> int:
    best: tuple[tuple[int, int], int] | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        iv = _interval(kind, y, a, b)
        if iv is None:
            continue
        s, e = iv
        if direction == "past":
            if s > pub:
                continue
            key = ((pub - s).days, 0)
        elif direction == "futr":
            if e < pub:
                continue
            key = ((s - pub).days, 0)
        else:
            dist = 0 if s <= pub <= e else min(abs((s - pub).days), abs((e - pub).days))
            key = (dist, 0 if s <= pub else 1)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else pub.year


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


@dataclass(slots=True)
class _Ctx:
    text: str
    low: str
    pub: dt.date | None
    mask: bytearray
    last_day: dt.date | None = None
    _sent: list[int] | None = None

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        if self._sent is None:
            cuts = [0]
            for m in _SENT_END.finditer(self.text):
                before = _last_word(self.text[max(0, m.start() - 64) : m.start()]).lower()
                if self.text[m.start()] == "." and before in _ABBREV:
                    nxt = self.text[m.end() : m.end() + 1]
                    if not nxt[:1].isupper():
                        continue
                cuts.append(m.end())
            cuts.append(len(self.text))
            self._sent = cuts
        cuts = self._sent
        k = bisect.bisect_right(cuts, start) - 1
        s = cuts[k] if k >= 0 else 0
        j = bisect.bisect_left(cuts, end)
        e = cuts[j] if j < len(cuts) else len(self.text)
        # A text without sentence ends is one endless "sentence", and every timex in it would scan
        # all of it (quadratic); no real sentence reaches this far from its time expression.
        return max(s, start - _SENTENCE_REACH), min(e, end + _SENTENCE_REACH)

    def direction(self, start: int, end: int) -> str | None:
        if self._scheduled_for(start):
            return "futr"  # "скликав на 26 березня саміт": the date set lies ahead of the setting
        s, e = self.sentence_bounds(start, end)
        left = s
        for m in _CLAUSE_SEP.finditer(self.text, s, start):
            left = m.end()
        right_m = _CLAUSE_SEP.search(self.text, end, e)
        right = right_m.start() if right_m else e
        clause = self._signal(left, right, start, end)
        if clause is not None:
            return clause[0]
        best: tuple[int, str] | None = None
        for a, b in ((s, left), (right, e)):
            for w in _CYR_WORD.finditer(self.low, a, b):
                sig = self._word_sig(w)
                if sig is None or self._inside(w.start()):
                    continue
                dist = start - w.end() if w.end() <= start else w.start() - end
                if best is None or dist < best[0]:
                    best = (dist, sig)
        return best[1] if best else None

    def _scheduled_for(self, start: int) -> bool:
        """ "скликав на 26 березня", "перенесли на травень": a date a meeting is set for."""
        words = _CYR_WORD.findall(self.low[max(0, start - 40) : start])
        if len(words) < 2 or words[-1] != "на":
            return False
        return any(p.lemma in _SCHEDULING for p in morphology.parses(words[-2]))

    def _word_sig(self, w: re.Match[str]) -> str | None:
        """The tense signal of a word; "збираються вийти" is a plan, "зібралися в залі" is not."""
        sig = _word_signal(w.group(0))
        if sig is None or not sig.startswith("cue?"):
            return sig
        nxt = _first_word(self.low[w.end() : w.end() + 40])
        if nxt and any(p.pos == "VERB" and "infn" in p.grammemes for p in morphology.parses(nxt)):
            # "збиралися підкласти": a plan made in the past points forward unless a past act is told
            # beside it ("у березні пошкодили кабелі і збиралися підкласти ...")
            return "cue_past" if sig == "cue?past" else "cue"
        return sig[4:] or None

    def _inside(self, pos: int) -> bool:
        return bool(self.mask[pos])

    def _signal(self, a: int, b: int, start: int, end: int) -> tuple[str] | None:
        seen: set[str] = set()
        for w in _CYR_WORD.finditer(self.low, a, b):
            if start <= w.start() < end or self._inside(w.start()):
                continue
            sig = self._word_sig(w)
            if sig:
                seen.add(sig)
        if "cue" in seen or "futr" in seen:
            return ("futr",)
        if "past" in seen:
            return ("past",)
        if "cue_past" in seen:
            return ("futr",)
        return None


# verbs that set a date for something: the date after "на" lies ahead of the setting
_SCHEDULING = frozenset(
    {
        "скликати",
        "призначити",
        "призначати",
        "перенести",
        "переносити",
        "запланувати",
        "планувати",
        "відкласти",
        "відкладати",
        "запросити",
        "домовитися",
    }
)


@functools.lru_cache(maxsize=50_000)
def _word_signal(word: str) -> str | None:
    found = morphology.parses(word)
    if not found:
        return None
    for p in found:
        if p.lemma in L.infn_cues:
            tense = "futr" if "futr" in p.grammemes else "past" if "past" in p.grammemes else ""
            return "cue?" + tense
        if p.lemma in L.future_cues:
            return "cue"
    first = found[0]
    if first.pos in {"NOUN", "ADJF", "NUMR", "PREP", "CONJ", "NPRO", "PRCL"}:
        return None
    noun = any(p.pos == "NOUN" for p in found)  # "війну" is a noun, not the future of "війнути"
    for p in found:
        if p.pos == "VERB":
            if "futr" in p.grammemes and not noun:
                return "futr"
            if "past" in p.grammemes:
                return "past"
    if first.pos == "VERB" and "pres" in first.grammemes:
        return None
    return None


def _day_of(g: _G, p: str = "") -> int:
    dn = g.get(p + "dn")
    if dn is not None:
        return int(dn)
    return _num(g.get(p + "dw") or "")


def _explicit_year(g: _G, pub: dt.date | None, p: str = "") -> int | str | None:
    """Year given next to a date: an int, "X" when relative without a publication date, or None."""
    y = g.get(p + "y")
    if y:
        return int(y)
    yw = g.get(p + "yw")
    if yw:
        n = _num(yw)
        return n if 1000 <= n <= 2999 else None
    rel = g.get(p + "yrl") or g.get(p + "yrel")
    if rel:
        off = int(L.relword_val.get(_space_key(rel), L.relyear_val.get(_space_key(rel), "0")))
        return pub.year + off if pub else "X"
    return None


@dataclass(slots=True)
class _Val:
    type: str
    value: str
    mod: str | None = None
    day: dt.date | None = None
    warning: str | None = None


def _resolve_day(ctx: _Ctx, c: _Cand, month: int, day: int, g) -> tuple[str, dt.date | None]:
    y = _explicit_year(g, ctx.pub)
    if isinstance(y, int):
        d = _safe_date(y, month, day)
        return (d.isoformat(), d) if d else (f"{y:04d}-{month:02d}-{day:02d}", None)
    if ctx.pub is None or y == "X":
        return f"XXXX-{month:02d}-{day:02d}", None
    year = _pick_year("day", month, day, ctx.direction(c.start, c.end), ctx.pub)
    d = _safe_date(year, month, day)
    return (d.isoformat(), d) if d else (f"{year:04d}-{month:02d}-{day:02d}", None)


def _month_value(ctx: _Ctx, c: _Cand, month: int, g, p: str = "") -> str:
    y = _explicit_year(g, ctx.pub, p)
    if isinstance(y, int):
        return f"{y:04d}-{month:02d}"
    if ctx.pub is None or y == "X":
        return f"XXXX-{month:02d}"
    year = _pick_year("month", month, 0, ctx.direction(c.start, c.end), ctx.pub)
    return f"{year:04d}-{month:02d}"


def _season_value(ctx: _Ctx, c: _Cand, code: str, g, rel: str | None = None) -> str:
    y = _explicit_year(g, ctx.pub)
    if isinstance(y, int):
        return f"{y:04d}-{code}"
    if ctx.pub is None or y == "X":
        return f"XXXX-{code}"
    a, b = _SEASON_MONTHS[code]
    if rel is not None:
        base = ctx.pub.year - (1 if code == "WI" and ctx.pub.month <= 2 else 0)
        return f"{base + int(L.relword_val.get(_space_key(rel), '0')):04d}-{code}"
    year = _pick_year("season", a, b, ctx.direction(c.start, c.end), ctx.pub)
    return f"{year:04d}-{code}"


def _weekday_date(ctx: _Ctx, c: _Cand, wd: int, rel: str | None) -> dt.date | None:
    pub = ctx.pub
    if pub is None:
        return None
    pw = pub.isoweekday()
    back = (pw - wd) % 7
    fwd = (wd - pw) % 7
    if rel is not None:
        off = int(L.relword_val.get(_space_key(rel), "0"))
        if off < 0:
            return pub - dt.timedelta(days=back or 7)
        if off > 0:
            return pub + dt.timedelta(days=fwd or 7)
        return pub + dt.timedelta(days=wd - pw)
    direction = ctx.direction(c.start, c.end)
    if direction == "past":
        return pub - dt.timedelta(days=back)
    if direction == "futr":
        return pub + dt.timedelta(days=fwd)
    return pub - dt.timedelta(days=back) if back <= fwd else pub + dt.timedelta(days=fwd)


def _dur(n: str | None, unit: str, half: str | None = None) -> str:
    if half:
        return L.halfunit_val[_space_key(half)]
    code = L.unit_val[_space_key(unit)]
    if n is None:
        q: float | str = 1
    elif n.replace(",", ".").replace(".", "", 1).isdigit():
        q = float(n.replace(",", "."))
    elif _space_key(n) in L.fraction_val:
        q = float(L.fraction_val[_space_key(n)])
    elif L.card_val.get(_space_key(n)) == "X":
        q = "X"
    else:
        q = _num(n) or 1
    if code == "DE":
        q = q * 10 if not isinstance(q, str) else q
        code = "Y"
    elif code == "CE":
        q = q * 100 if not isinstance(q, str) else q
        code = "Y"
    qs = q if isinstance(q, str) else (str(int(q)) if float(q).is_integer() else str(q))
    if code in {"H", "MIN"}:
        return f"PT{qs}{'H' if code == 'H' else 'M'}"
    return f"P{qs}{'D' if code == 'DAY' else code}"


def _shift(
    ctx: _Ctx, n: str | None, unit: str | None, half: str | None, sign: int, base: dt.date | None = None
) -> _Val:
    """The date ``n unit`` before (sign -1) or after (+1) the publication date or ``base``."""
    ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
    dur = _dur(n, unit or "", half)
    if "X" in dur:
        return _Val("DATE", ref)
    m = re.fullmatch(r"P(T?)([\d.]+)([DWMYH])", dur)
    if m is None:
        return _Val("DATE", ref)
    q = float(m.group(2))
    code = ("T" if m.group(1) else "") + m.group(3)
    # "через пів року" is six months, not zero years
    if code == "Y" and not q.is_integer():
        code, q = "M", q * 12
    if code == "M" and not q.is_integer():
        code, q = "D", q * 30
    pub = base or ctx.pub
    if code in {"D", "W"}:
        days = q * (7 if code == "W" else 1)
        if pub is None:
            return _Val("DATE", "XXXX-XX-XX")
        d = pub + dt.timedelta(days=sign * round(days))
        return _Val("DATE", d.isoformat(), day=d)
    if code == "M":
        if pub is None:
            return _Val("DATE", "XXXX-XX")
        y, mo = _add_months(pub.year, pub.month, sign * round(q))
        return _Val("DATE", f"{y:04d}-{mo:02d}")
    if code == "Y":
        if pub is None:
            return _Val("DATE", "XXXX")
        return _Val("DATE", f"{pub.year + sign * round(q):04d}")
    if pub is None:
        return _Val("DATE", "XXXX-XX-XX")
    # hours and minutes: whole days only ("48 годин тому" is two days back, "три години тому" today)
    hours = q if code == "TH" else q / 60
    d = pub + dt.timedelta(days=sign * int(hours // 24))
    return _Val("DATE", d.isoformat(), day=d)


def _clock(g) -> str | None:
    if g.get("h") is not None:
        h, mi = int(g["h"]), int(g["mi"])
    elif g.get("hh"):
        h = _num(g["hhw"]) if g.get("hhw") else int(g["hhn"])
        h, mi = h - 1, 30
    elif g.get("hw"):
        h, mi = _num(g["hw"]), 0
    elif g.get("hn") is not None:
        h, mi = int(g["hn"]), 0
    else:
        return None
    dpn = g.get("dpn")
    if dpn:
        code = L.daypart_noun_val.get(_space_key(dpn))
        if code in {"EV", "AF"} and h < 12:
            h += 12
        if code == "NI" and h == 12:
            h = 0
    if not 0 <= h <= 24:
        return None
    return f"{h % 24:02d}:{mi:02d}"


def _value(ctx: _Ctx, c: _Cand) -> _Val | None:
    """The value of a single (non-composite) candidate."""
    g = c.g
    r = c.rule
    pub = ctx.pub
    if r == "iso" or r == "numeric":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _Val("DATE", d.isoformat(), day=d) if d else None
    if r in {"date", "night"} and g.get("m"):
        month = L.month_val[_space_key(g["m"])]
        v, d = _resolve_day(ctx, c, month, _day_of(g), g)
        return _Val("DATE", v, day=d)
    if r in {"range", "range2"}:
        mb = L.month_val[_space_key(g["m"] if r == "range" else g["mb"])]
        ma = mb if r == "range" else L.month_val[_space_key(g["ma"])]
        da, db = _day_of(g, "a"), _day_of(g, "b")
        y = _explicit_year(g, pub)
        if not isinstance(y, int):
            if pub is None or y == "X":
                return _Val("DATE", f"XXXX-{ma:02d}-{da:02d}/XXXX-{mb:02d}-{db:02d}")
            y = _pick_year("day", mb, db, ctx.direction(c.start, c.end), pub)
        ya = y - 1 if ma > mb else y
        a, b = _safe_date(ya, ma, da), _safe_date(y, mb, db)
        if a is None or b is None or a > b:
            return None
        return _Val("DATE", f"{a.isoformat()}/{b.isoformat()}", day=b)
    if r == "yrange":
        ya, yb = g["ya"] or g["yc"], g["yb"] or g["yd"]
        if int(ya) >= int(yb):
            return None
        return _Val("DATE", f"{ya}/{yb}")
    if r == "month_range":
        ma, mb = L.month_val[_space_key(g["ma"])], L.month_val[_space_key(g["m"])]
        if ma >= mb:
            return None
        end = _month_value(ctx, c, mb, g)
        return _Val("DATE", f"{end[:4]}-{ma:02d}/{end}")
    if r in {"month_year", "prep_month", "target_month"}:
        return _Val("DATE", _month_value(ctx, c, L.month_val[_space_key(g["m"])], g))
    if r == "rel_month":
        if g["sa"]:
            code, _, smod = L.season_adv_val[_space_key(g["sa"])].partition(":")
            return _Val("DATE", _season_value(ctx, c, code, g), smod or None)
        return _Val("DATE", _month_value(ctx, c, L.month_val[_space_key(g["m"])], g))
    if r == "anchor_n":
        sign = -1 if g["before"] else 1
        if bool(g["before"]) != bool(g["dirb"]):
            return None
        return _shift(ctx, g["n"], g["u"], None, sign, ctx.last_day or pub)
    if r == "mod":
        mod = L.mod_val[_space_key(g["mod"])]
        if g["m"]:
            return _Val("DATE", _month_value(ctx, c, L.month_val[_space_key(g["m"])], g), mod)
        if g["dec"]:
            return _Val("DATE", _decade(g["dec"]), mod)
        if g["cent"]:
            n = _century(g["cent"])
            return _Val("DATE", f"{(n or 1) - 1:02d}", mod)
        if g["ty"] or g["tyw"] or g["tyrl"] or g["tyrel"]:
            y = _explicit_year(g, pub, "t")
            return _Val("DATE", f"{y:04d}" if isinstance(y, int) else "XXXX", mod)
        if g["sn"]:
            code = L.season_val[_space_key(g["sn"])]
            return _Val("DATE", _season_value(ctx, c, code, {}, g["rel"]), mod)
        if g["unit"]:
            code = L.unit_val[_space_key(g["unit"])]
            off = int(L.relword_val.get(_space_key(g["urel"] or ""), "0"))
            if code == "D":
                if g["urel"]:
                    return None
                d = ctx.last_day or pub
                return _Val("DATE", d.isoformat() if d else "XXXX-XX-XX", mod, day=d)
            return _Val("DATE", _period(pub, code, off), mod)
        if g["wd"]:
            wd = L.weekday_val[_space_key(g["wd"])]
            d = _weekday_date(ctx, c, wd, None)
            return _Val("DATE", d.isoformat() if d else f"XXXX-WXX-{wd}", mod, day=d)
        return None
    if r == "year":
        y = _explicit_year({"y": g["y"] or g["y3"], "yw": g["yw"]}, pub)
        return _Val("DATE", f"{y:04d}") if isinstance(y, int) else None
    if r == "decade":
        if g["dd"]:
            return _Val("DATE", _decade(g["dd"]))
        return _Val("DATE", L.decade_word_val[_space_key(g["dw"])] + "X")
    if r == "century":
        n = _century(g["c"])
        return _Val("DATE", f"{n - 1:02d}") if n else None
    if r == "part":
        o = _num(g["o"])
        kind = L.part_val[_space_key(g["p"])]
        if g["m"]:
            month = L.month_val[_space_key(g["m"])]
            return _Val("DATE", _month_value(ctx, c, month, {}), "START" if o == 1 else "END")
        if g["cent"]:
            if kind != "H":
                return None
            return _Val("DATE", f"{(_century(g['cent']) or 1) - 1:02d}", "START" if o == 1 else "END")
        y = _explicit_year(g, pub)
        if not isinstance(y, int):
            if pub is None or y == "X":
                return _Val("DATE", f"XXXX-{kind}{o}")
            if g["yb"]:
                y = pub.year
            else:
                span = 6 if kind == "H" else 3
                first_month = (o - 1) * span + 1
                last_month = first_month + span - 1
                y = _pick_year(kind, first_month, last_month, ctx.direction(c.start, c.end), pub)
        return _Val("DATE", f"{y:04d}-{kind}{o}")
    if r == "season":
        if g["sa"]:
            code, _, mod = L.season_adv_val[_space_key(g["sa"])].partition(":")
            return _Val("DATE", _season_value(ctx, c, code, g), mod or None)
        code = L.season_val[_space_key(g["sn"])]
        return _Val("DATE", _season_value(ctx, c, code, g), L.early_late_val[_space_key(g["el"])])
    if r == "season_rel":
        code = L.season_val[_space_key(g["sn"])]
        return _Val("DATE", _season_value(ctx, c, code, {}, g["rel"]))
    if r == "rel_period":
        off = int(L.relword_val[_space_key(g["rel"])])
        if g["we"]:
            return _Val("DATE", _period(pub, "W", off) + "-WE")
        return _Val("DATE", _period(pub, L.unit_val[_space_key(g["unit"])], off))
    if r == "rel_daypart":
        code = L.daypart_noun_val[_space_key(g["dpn"])]
        off = int(L.relword_val[_space_key(g["rel"])])
        if code == "NI":
            # the night just past ends on the publication day: "минулої ночі" = "цієї ночі" = "вночі"
            off = max(off, 0)
        d = ctx.pub + dt.timedelta(days=off) if ctx.pub else None
        return _Val("TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{code}", day=d)
    if r == "weekend":
        return _Val("DATE", _period(pub, "W", 0) + "-WE")
    if r == "wd_set":
        w = g["wdl"] or g["wd"]
        return _Val("SET", f"XXXX-WXX-{L.weekday_val[_space_key(w)]}")
    if r == "every":
        if g["dpn"]:
            return _Val("SET", "XXXX-XX-XXT" + L.daypart_noun_val[_space_key(g["dpn"])])
        return _Val("SET", _dur(None, g["unit"]))
    if r == "set":
        return _Val("SET", L.set_val[_space_key(g["w"])])
    if r == "relyear":
        off = int(L.relyear_val[_space_key(g["w"])])
        return _Val("DATE", f"{pub.year + off:04d}" if pub else "XXXX")
    if r == "vague":
        return _Val("DATE", L.vague_val[_space_key(g["w"])])
    if r == "ago":
        return _shift(ctx, g["n"], g["u"], g["half"], -1)
    if r == "after":
        return _shift(ctx, g["n"], g["u"], g["half"], +1)
    if r == "duration":
        u = g["u"] or g["u1"]
        v = _dur(g["n"], u or "", g["half"])
        dmod = L.dur_mod_val.get(_space_key(g["mod"])) if g["mod"] else None
        return _Val("DURATION", v, dmod)
    return None


def _decade(s: str) -> str:
    digits = s.split("-")[0]
    if len(digits) == 4:
        return digits[:3] + "X"
    n = int(digits)
    return ("20" if n < 20 else "19") + digits[0] + "X"


def _period(pub: dt.date | None, code: str, off: int) -> str:
    if code == "W":
        if pub is None:
            return "XXXX-WXX"
        return _week(pub + dt.timedelta(days=7 * off))
    if code == "M":
        if pub is None:
            return "XXXX-XX"
        y, m = _add_months(pub.year, pub.month, off)
        return f"{y:04d}-{m:02d}"
    if pub is None:
        return "XXXX"
    return f"{pub.year + off:04d}"


def _composite(ctx: _Ctx, group: list[_Cand]) -> _Val | None:
    """Weekday / date / part of day / clock pieces of one expression, combined."""
    day: dt.date | None = None
    day_text: str | None = None
    wd: int | None = None
    wd_rel: str | None = None
    dp: str | None = None
    clock: str | None = None
    start, end = group[0].start, group[-1].end
    whole = _Cand(start, end, "composite", group[0].g)
    for c in group:
        g = c.g
        if c.rule in {"iso", "numeric", "date"} or (c.rule == "night" and g.get("m")):
            sub = _value(ctx, _Cand(start, end, c.rule, g))
            if sub is None:
                return None
            day, day_text = sub.day, sub.value
        if c.rule == "relday":
            off = int(L.relday_val[_space_key(g["w"])])
            day = ctx.pub + dt.timedelta(days=off) if ctx.pub else None
            day_text = day.isoformat() if day else "XXXX-XX-XX"
        if c.rule == "anchor":
            off = int(L.anchor_val[_space_key(g["w"])])
            base = ctx.last_day or ctx.pub
            day = base + dt.timedelta(days=off) if base else None
            day_text = day.isoformat() if day else "XXXX-XX-XX"
        if c.rule in {"weekday", "daypart_wd", "wd_gen"} or (c.rule == "night" and g.get("wd")):
            wd = L.weekday_val[_space_key(g["wd"])]
            wd_rel = g.get("rel")
        if c.rule in {"daypart", "daypart_wd"}:
            dp = L.daypart_val[_space_key(g["dp"])]
        if c.rule == "night":
            dp = "NI"
        if c.rule == "clock":
            clock = _clock(g)
            if clock is None:
                return None
    warning = None
    if day_text is None and wd is not None:
        day = _weekday_date(ctx, whole, wd, wd_rel)
        day_text = day.isoformat() if day else f"XXXX-WXX-{wd}"
    elif day is not None and wd is not None and day.isoweekday() != wd:
        warning = f"weekday mismatch: {day.isoformat()} is weekday {day.isoweekday()}, text says {wd}"
    if day_text is None:
        base = ctx.last_day or ctx.pub
        day = base
        day_text = base.isoformat() if base else "XXXX-XX-XX"
    if clock is None and dp is None:
        return _Val("DATE", day_text, day=day, warning=warning)
    suffix = clock if clock is not None else dp
    return _Val("TIME", f"{day_text}T{suffix}", day=day, warning=warning)


def find_timexes(text: str, published: dt.date | None) -> list[Timex]:
    """All time expressions of ``text`` with TIMEX3 values, sorted by offset, non-overlapping."""
    if not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    low = text.translate(_LOWER_MAP)
    if len(low) != len(text):  # pragma: no cover - translate is one-to-one
        low = text
    cands = _candidates(text, low)
    groups = _groups(text, cands)
    mask = bytearray(len(text) + 1)
    for grp in groups:
        a, b = grp[0].start, grp[-1].end
        mask[a:b] = b"\x01" * (b - a)
    ctx = _Ctx(text, low, published, mask)
    out: list[Timex] = []
    for group in groups:
        first = group[0]
        try:
            val = _composite(ctx, group) if len(group) > 1 or first.cats else _value(ctx, first)
        except (OverflowError, ValueError):
            # beyond the calendar: "через 3000000 днів", or "завтра" published on 9999-12-31
            val = None
        if val is None:
            continue
        start, end = group[0].start, group[-1].end
        if val.day is not None and val.type in {"DATE", "TIME"} and not val.value.endswith("REF"):
            ctx.last_day = val.day
        out.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=val.type,  # type: ignore[arg-type]
                value=val.value,
                mod=val.mod,
                warning=val.warning,
            )
        )
    return out
