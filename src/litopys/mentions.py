"""Stage 3: named-entity mentions (PER, ORG, LOC).

Several recognizers propose spans, each in its own pass, and a token once claimed by a pass is not
offered to the next: gazetteer names first (countries, cities, outlets, seats of power), then
phrase patterns built on morphology (an organization or place head noun with its adjectives and
genitive modifiers, a place name after "аеродром", "місто", ...), Latin-script names, person names
(dictionary Name/Surn/Patr tags), all-caps abbreviations, and finally a capitalized word after a
spatial preposition. Every mention keeps the evidence of how it was found,
because linking (``link.py``) needs it to choose canonical names.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from litopys.lang.uk import resources
from litopys.morphology import analyzer, inflect, is_function_word, parses, pipeline, text_of

_NAME_TAGS = ("Name", "Surn", "Patr")
_QUOTES_OPEN = {'"', "«", "„", "“"}
_QUOTES_CLOSE = {'"', "»", "“", "”"}
# Latin script with its accented letters ("La Nación", "BirGün", "DİSK"): À-ɏ covers Latin-1
# Supplement and Latin Extended-A/B
_LATIN_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-z0-9&'.\-À-ÖØ-öø-ɏ]*|[a-z0-9][a-z0-9-]*\.(?:kg|ru|ua|by|kz|md|ge|com|net|org|io|info|news))$"
)
_WEB_NAME = re.compile(r"\.(?:kg|ru|ua|by|kz|md|ge|com|net|org|io|info|news)$", re.IGNORECASE)
_LATIN_LINKERS = {"of", "the", "and", "for", "de", "la", "&", "News", "The"}
_CYRILLIC_CAPS = re.compile(r"^[А-ЯІЇЄҐ][А-ЯІЇЄҐ0-9\-]{1,7}$")
_MODEL_DESIGNATION = re.compile(r"-\d")
_SPATIAL_PREPOSITIONS = {"у", "в", "до", "з", "із", "зі", "від", "біля", "поблизу", "під", "через", "над"}


@dataclass(slots=True)
class GazetteerEntry:
    form: str
    type: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    tokens: tuple[tuple[str, frozenset[str]], ...]  # (form as written, its lemmas)


@dataclass(slots=True)
class Candidate:
    start: int  # token index
    end: int  # token index, exclusive
    type: str
    how: str  # gazetteer | org | loc | place | latin | person | abbr | model | fallback
    entry: GazetteerEntry | None = None
    head: int | None = None  # token index of the head noun for phrase patterns
    extra: dict[str, str] = field(default_factory=dict)


def is_capitalized(tok: Token) -> bool:
    first = tok.text[:1]
    return first.isalpha() and first.isupper()


def is_cyrillic(tok: Token) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in tok.text)


def lemmas(tok: Token) -> frozenset[str]:
    return word_lemmas(tok.text)


@functools.lru_cache(maxsize=200_000)
def word_lemmas(word: str) -> frozenset[str]:
    return frozenset(p.lemma for p in parses(word)) | {word.lower()}


def is_name_like(tok: Token) -> bool:
    return any(p.has(tag) for p in parses(tok.text) for tag in _NAME_TAGS)


def only_name_like(tok: Token) -> bool:
    """True when the dictionary knows the word only as a name (not also as a common word)."""
    found = parses(tok.text)
    return bool(found) and all(any(p.has(t) for t in _NAME_TAGS) or p.has("Fixd") for p in found)


# ---------------------------------------------------------------- gazetteer


@functools.cache
def gazetteer() -> dict[str, list[GazetteerEntry]]:
    """Gazetteer entries indexed by every lemma of their first token."""
    tokenizer = pipeline().tokenizer
    index: dict[str, list[GazetteerEntry]] = {}
    for row in resources.table("gazetteer.tsv"):
        toks = tuple(
            (t.text, word_lemmas(t.text) if t.text[:1].isalpha() else frozenset({t.text.lower()}))
            for t in tokenizer(row["form"])
        )
        if not toks:
            continue
        entry = GazetteerEntry(
            form=row["form"],
            type=row["type"],
            name=row["name"] or row["form"],
            country=row.get("country") or None,
            sector=row.get("sector") or None,
            kind=row.get("kind", ""),
            tokens=toks,
        )
        for key in toks[0][1]:
            index.setdefault(key, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.tokens))
    return index


def _token_matches(tok: Token, form: str, lems: frozenset[str]) -> bool:
    if form[:1].isupper() and not tok.text[:1].isupper():
        return False
    if tok.text.lower() == form.lower():
        return True
    # Abbreviations must match exactly: "США", "КНДР" are not inflected.
    if len(form) > 1 and form.isupper():
        return False
    return bool(lems & lemmas(tok))


def match_entry(words: list[Token], i: int, entry: GazetteerEntry) -> int | None:
    """Number of consecutive words matched from position i, or None."""
    if i + len(entry.tokens) > len(words):
        return None
    for k, (form, lems) in enumerate(entry.tokens):
        tok = words[i + k]
        if k > 0 and tok.i != words[i + k - 1].i + 1:
            return None
        if not _token_matches(tok, form, lems):
            return None
    return len(entry.tokens)


def _gazetteer_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    index = gazetteer()
    found: list[Candidate] = []
    words = [t for t in doc if not t.is_space]
    pos = 0
    while pos < len(words):
        tok = words[pos]
        best: tuple[int, GazetteerEntry] | None = None
        if not taken[tok.i] and tok.text[:1].isalnum():
            seen: set[int] = set()
            for key in sorted(lemmas(tok)):  # sorted: ties never depend on a set's hash order
                for entry in index.get(key, ()):
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    n = match_entry(words, pos, entry)
                    if (
                        n
                        and (best is None or n > best[0])
                        and not any(taken[words[pos + k].i] and not words[pos + k].is_punct for k in range(n))
                    ):
                        best = (n, entry)
        if best is None:
            pos += 1
            continue
        n, entry = best
        start, end = words[pos].i, words[pos + n - 1].i + 1
        if entry.sector == "MED" and _latin(doc[end - 1]):
            end = _edition_end(doc, end, taken)  # "Politico Europe", "Kyiv Independent Online"
        elif entry.sector == "MED":
            end = _quoted_edition_end(doc, start, end, taken)  # "«Суспільне Харків»"
        other = _another_countrys(doc, end, entry)
        if other is not None:
            # "Сили оборони Естонії": the same body of another country
            entry = dataclasses.replace(entry, name=f"{entry.form} {doc[end].text}", country=other, tokens=())
            end += 1
            n += 1
        if not (n == 1 and (_sentence_initial_common_word(doc[start], entry) or _first_name(doc, start))):
            found.append(Candidate(start, end, entry.type, "gazetteer", entry=entry))
            _claim(taken, start, end)
        pos += n
    return found


def _another_countrys(doc: Doc, end: int, entry: GazetteerEntry) -> str | None:
    """The country whose name follows an organization's short name in the genitive ("Сили оборони
    Естонії"): the same body of that country, not the one the short name stands for (Ukraine's)."""
    if entry.type != "ORG" or entry.country is None or end >= len(doc) or not is_capitalized(doc[end]):
        return None
    if not entry.name.startswith(entry.form + " ") and entry.name.lower() != entry.form.lower():
        # only a name shortened by its owner ("Сили оборони [України]", "Офіс президента [України]")
        # takes another
        return None
    nxt = doc[end]
    if not any(p.has("gent") for p in parses(nxt.text)):
        return None
    return next(
        (
            e.country
            for key in sorted(lemmas(nxt))
            for e in gazetteer().get(key, ())
            if e.type == "LOC"
            and e.kind == "country"
            and e.country not in (None, entry.country)
            and len(e.tokens) == 1
        ),
        None,
    )


def _latin(tok: Token) -> bool:
    return tok.text[:1].isascii() and tok.text[:1].isalpha()


def _edition_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """An outlet's Latin name goes on with capitalized Latin words of its edition ("Politico
    Europe"); the outlet stays the one the gazetteer knows."""
    k = end
    while k < len(doc) and k - end < 2 and not taken[k] and _latin(doc[k]) and doc[k].text[:1].isupper():
        if doc[k - 1].whitespace_ == "":
            break
        k += 1
    return k


def _quoted_edition_end(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """A quoted outlet's name goes on to its closing quote with one or two capitalized words of a
    regional edition ("«Суспільне Харків»"); the outlet stays the one the gazetteer knows."""
    if start == 0 or doc[start - 1].text not in _QUOTES_OPEN:
        return end
    k = end
    while k < len(doc) and k - end < 2 and not taken[k] and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k if k > end and k < len(doc) and doc[k].text in _QUOTES_CLOSE else end


def _first_name(doc: Doc, i: int) -> bool:
    """ "Володимир Зеленський": a gazetteer word (here a city) followed by a surname is a first name;
    followed by a first name the dictionary lists ("Косова Альбін Курті") it is the place the
    person's title is of."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        nxt is not None
        and not _listed_first_name(nxt.text)
        and is_capitalized(nxt)
        and is_cyrillic(nxt)
        and not nxt.is_sent_start
        and not nxt.text.isupper()
        and _first_name_word(doc[i])
        and any(
            p.has("Name") or (p.has("anim") and p.has("nomn") and not p.has("plur"))
            for p in parses(doc[i].text)
        )  # "Білорусі Олександр": a genitive place, then a name
        and (
            any(p.has("Surn") or p.has("Name") or p.has("ADJF") for p in parses(nxt.text))
            or (
                _titled_before(doc, i)
                and not any(p.has("gent") for p in parses(doc[i].text))  # "міністр справ Косова Джелал"
                and not any(lem in gazetteer() for lem in lemmas(nxt))
            )
        )
        and _cases_agree(doc[i], nxt)  # "Ізраїлю Ісраель Кац": a dative place, then a name
    )


def _titled_before(doc: Doc, i: int) -> bool:
    """ "міністр оборони Веллінгтон Ку": a title (with its portfolio) right before the word, so a
    surname the dictionary cannot read may follow it."""
    for tok in reversed(doc[max(0, i - 3) : i]):
        if lemmas(tok) & role_words():
            return True
        if tok.is_punct or not (tok.text.islower() or any(p.has("gent") for p in parses(tok.text))):
            return False  # "міністр оборони Тайваню Веллінгтон Ку": the title's country may come between
    return False


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


def _cases_agree(first: Token, surname: Token) -> bool:
    """A first name stands in the case of the surname after it."""

    def cases(tok: Token, name_only: bool) -> set[str]:
        found = [p for p in parses(tok.text) if not name_only or p.has("Name")]
        return {c for p in found for c in _CASES if p.has(c)}

    own, other = cases(first, True), cases(surname, False)
    return not own or not other or bool(own & other)


def _sentence_initial_common_word(tok: Token, entry: GazetteerEntry) -> bool:
    """ "Суми" starting a sentence may be the city or the plural of "сума"; keep only clear cases."""
    if not tok.is_sent_start or entry.form.isupper() or entry.type != "LOC":
        return False
    return any(p.lemma != entry.name.lower() and p.pos not in (None, "NOUN") for p in parses(tok.text))


# ---------------------------------------------------------------- phrase patterns


def _head_lexicon(name: str) -> dict[str, str]:
    return {row["lemma"]: row.get("sector", "") or row.get("kind", "") for row in resources.table(name)}


@functools.cache
def org_heads() -> dict[str, str]:
    return _head_lexicon("org_heads.tsv")


@functools.cache
def geo_heads() -> dict[str, str]:
    return _head_lexicon("geo_heads.tsv")


@functools.cache
def generic_actors() -> dict[str, dict[str, str]]:
    return {row["lemma"]: row for row in resources.table("generic_actors.tsv")}


def _head_lemma(tok: Token, lexicon: dict[str, str]) -> str | None:
    for p in parses(tok.text):
        if p.pos == "NOUN" and p.lemma in lexicon:
            return p.lemma
    return None


def _is_adjective(tok: Token) -> bool:
    return any(p.pos == "ADJF" for p in parses(tok.text))


def _pos_first(tok: Token) -> str | None:
    found = parses(tok.text)
    return found[0].pos if found else None


def _is_genitive_noun(tok: Token) -> bool:
    return any(p.pos == "NOUN" and p.has("gent") for p in parses(tok.text))


def _phrase_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """Organizations and places named by a head noun: "Трудова партія", "Корейський півострів"."""
    found: list[Candidate] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if taken[i] or not is_capitalized(tok) or not is_cyrillic(tok):
            i += 1
            continue
        named = _name_before_head(doc, i, taken)
        if named is not None:
            # "«Тенгрі Транзит Банку»", "Керемет Банку": proper words before a capitalized head noun
            found.append(Candidate(i, named + 1, "ORG", "org", head=named))
            _claim(taken, i, named + 1)
            i = named + 1
            continue
        # Capitalized adjectives (and lower-case ones after the first) up to a head noun.
        j = i
        while (
            j < n
            and not taken[j]
            and _is_adjective(doc[j])
            and not _head_lemma(doc[j], org_heads())
            and (j == i or doc[j].text.islower())
        ):
            j += 1
        if j >= n or taken[j]:
            i += 1
            continue
        head = doc[j]
        org = _head_lemma(head, org_heads())
        geo = None if org else _head_lemma(head, geo_heads())
        if not org and not geo and j > i and _CYRILLIC_CAPS.match(head.text):
            org = "abbreviation"  # "Запорізької ОВА": adjectives before an abbreviated name
        if not org and not geo:
            i += 1
            continue
        if j == i:
            # A capitalized head noun itself ("Міністерство оборони України"); at the start of a
            # sentence only a name given with its abbreviation ("Конфедерація ... Туреччини (DİSK)")
            generic = generic_actors().get(org or geo or "")
            if geo or (
                tok.is_sent_start
                and (generic is None or generic.get("proper") != "1")
                and not (
                    org and _abbreviation_follows(doc, _extend_genitives(doc, j + 1, taken, earlier, False))
                )
            ):
                i += 1
                continue
        end = j + 1
        if org:
            end = _extend_genitives(doc, end, taken, earlier, city=org in _CITY_BODIES)
            end = _portfolio_after(doc, end, taken)
            end = _cause_after(doc, end, taken, org)
        if (
            at_sentence_start(tok)
            and not any(is_capitalized(t) for t in doc[i + 1 : end])
            and not (org and j > i and lemmas(tok) & _INSTITUTIONAL_ADJECTIVES)
        ):
            # "Мобільні вогневі групи ..." starts a sentence; it is not a name ("Європейська
            # федерація транспортників" is)
            i += 1
            continue
        found.append(Candidate(i, end, "ORG" if org else "LOC", "org" if org else "loc", head=j))
        _claim(taken, i, end)
        i = end
    return found


# adjectives that open the names of institutions even at the start of a sentence
_INSTITUTIONAL_ADJECTIVES = frozenset(
    {"європейський", "міжнародний", "всесвітній", "світовий", "національний", "всеукраїнський"}
)


def _name_before_head(doc: Doc, i: int, taken: list[bool]) -> int | None:
    """The index of a capitalized organization head ("Банк", "Холдинг") that ends a run of one to
    three capitalized words starting at ``i`` (no adjective the dictionary knows among them)."""
    if at_sentence_start(doc[i]) and not (i > 0 and doc[i - 1].text in _QUOTES_OPEN):
        return None
    k = i
    while k < len(doc) and k - i < 4 and not taken[k] and is_capitalized(doc[k]) and is_cyrillic(doc[k]):
        if k > i and _head_lemma(doc[k], org_heads()) and not _is_adjective(doc[k]):
            return k
        if _is_adjective(doc[k]) or _head_lemma(doc[k], org_heads()):
            return None  # adjectives and heads at the start are the ordinary pattern's
        k += 1
    return None


def _abbreviation_follows(doc: Doc, end: int) -> bool:
    """ "... (DİSK)", "... (НАБУ)": a name followed by its abbreviation in parentheses."""
    words = doc[end : end + 3]
    return (
        len(words) == 3
        and words[0].text == "("
        and words[2].text == ")"
        and words[1].text.isupper()
        and 2 <= len(words[1].text) <= 8
    )


_PORTFOLIO_NOUNS = frozenset(
    {"питання", "справа", "право", "координація", "захист", "нагляд", "розвиток", "контроль", "реінтеграція"}
)


def _portfolio_after(doc: Doc, end: int, taken: list[bool]) -> int:
    """ "Управління ООН | з координації гуманітарних питань", "Комітет | з питань нацбезпеки": a
    portfolio after "з" belongs to an organization's name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("з", "із") or taken[end + 1]:
        return end
    k = end + 1
    while k < len(doc) and k - end <= 5 and not taken[k] and doc[k].text.islower():
        if not (_is_genitive_noun(doc[k]) or _is_adjective(doc[k]) or _joins_adjectives(doc, k, end + 1)):
            break
        k += 1
    while k > end + 1 and not _is_genitive_noun(doc[k - 1]):
        k -= 1
    has_portfolio = any(_PORTFOLIO_NOUNS & lemmas(t) for t in doc[end + 1 : k])
    if not has_portfolio:
        return end
    return _watched_after(doc, k, taken)


def _watched_after(doc: Doc, k: int, taken: list[bool]) -> int:
    """ "з контролю | за іноземними активами", "з нагляду | за ядерною безпекою": what the portfolio
    watches over, in the instrumental after "за", is part of the name."""
    governed = doc[k].lower_ in ("з", "із") and bool(lemmas(doc[k - 1]) & _GOVERNING_WITH)
    if k + 1 >= len(doc) or not (doc[k].lower_ == "за" or governed):
        return k  # "з питань поводження | з військовополоненими", "з питань боротьби | з корупцією"
    j = k + 1
    while j < len(doc) and j - k <= 4 and not taken[j] and doc[j].text.islower():
        if not any(p.has("ablt") and p.pos in ("NOUN", "ADJF") for p in parses(doc[j].text)):
            break
        j += 1
    while j > k + 1 and not any(p.has("ablt") and p.pos == "NOUN" for p in parses(doc[j - 1].text)):
        j -= 1
    return j if j > k + 1 else k


# portfolio nouns that take "з" + instrumental inside a name
_GOVERNING_WITH = frozenset({"поводження", "боротьба", "співпраця", "взаємодія", "зв'язок", "робота"})


# movements named for their cause: "Коаліція за повернення українських дітей", "Рух за мир"
_CAUSE_HEADS = frozenset(
    {"коаліція", "рух", "альянс", "ініціатива", "кампанія", "ліга", "фонд", "об'єднання"}
)


def _cause_after(doc: Doc, end: int, taken: list[bool], head: str) -> int:
    """ "Міжнародна коаліція | за повернення українських дітей": the cause after "за" (a noun in
    the accusative and its genitive words) is part of a movement's name."""
    if head not in _CAUSE_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "за" or taken[end + 1]:
        return end
    cause = doc[end + 1]
    if not cause.text.islower() or not any(p.pos == "NOUN" and p.has("accs") for p in parses(cause.text)):
        return end
    k = end + 2
    while k < len(doc) and k - end <= 5 and not taken[k] and doc[k].text.islower():
        if not (_is_genitive_noun(doc[k]) or _is_adjective(doc[k])):
            break
        k += 1
    while k > end + 2 and not _is_genitive_noun(doc[k - 1]):
        k -= 1
    return k


def _joins_adjectives(doc: Doc, k: int, end: int) -> bool:
    return (
        doc[k].lower_ in ("і", "й", "та")
        and k > end
        and k + 1 < len(doc)
        and _is_adjective(doc[k - 1])
        and doc[k + 1].text.islower()
        and _is_adjective(doc[k + 1])
    )


# bodies named after the city they sit in ("Окружний суд Гааги", "мерія Львова")
_CITY_BODIES = frozenset({"суд", "прокуратура", "мерія"})


# "Литовське МЗС того ж дня": a pointing word starts the next phrase, never ends a name
_POINTING_WORDS = frozenset({"того", "цього", "тієї", "цієї", "тих", "цих", "такого", "свого", "всього"})
_LIST_CONJUNCTIONS = frozenset({"та", "і", "й"})


def _portfolio_list_goes_on(doc: Doc, k: int) -> bool:
    """At a comma or a conjunction after a genitive noun of a name: do lower-case genitive nouns follow,
    the list ending with "та"/"і" and a noun ("торгівлі, промисловості та рибальства")?"""
    n = len(doc)
    j = k
    while j < n and j - k <= 8 and _is_genitive_noun(doc[j - 1]):
        if doc[j].text != "," and doc[j].lower_ not in _LIST_CONJUNCTIONS:
            return False
        item = j + 1
        while (
            item < n
            and doc[item].text.islower()
            and _is_adjective(doc[item])
            and not _is_genitive_noun(doc[item])
        ):
            item += 1  # "та стратегічних комунікацій"
        if item >= n or not (doc[item].text.islower() and _is_genitive_noun(doc[item])):
            return False
        if doc[j].lower_ in _LIST_CONJUNCTIONS:
            return True
        j = item + 1
    return False


def _extend_genitives(
    doc: Doc, end: int, taken: list[bool], earlier: list[Candidate], claim: bool = True, city: bool = False
) -> int:
    """Take the lower-case genitive modifiers of an organization name and one proper name after them
    ("Міністерство закордонних справ України", "агентство Кореї"); a country the gazetteer already
    claimed there becomes part of the organization's name (unless ``claim`` is off: a probe)."""
    n = len(doc)
    k = end
    while k < n and k - end < 6:
        if _joins_adjectives(doc, k, end):
            k += 1  # "Міністерство закордонних і європейських справ"
            continue
        if k > end and _portfolio_list_goes_on(doc, k):
            k += 1  # "Міністерство торгівлі, промисловості та рибальства Норвегії"
            continue
        if not (
            not doc[k].is_space
            and doc[k].lower_ not in _POINTING_WORDS
            and doc[k].text.islower()
            and (_is_genitive_noun(doc[k]) or _is_adjective(doc[k]))
            and not any(p.pos in ("PREP", "CONJ") for p in parses(doc[k].text))
            # "Інституту вивчення війни": an imperative the dictionary ranks first is no verb here
            and not any(p.pos == "VERB" and not p.has("impr") for p in parses(doc[k].text)[:1])
        ):
            break
        k += 1
    # the last lower-case word must be a noun, otherwise an adjective would dangle
    while k > end and not _is_genitive_noun(doc[k - 1]):
        k -= 1
    if k >= n or not is_capitalized(doc[k]) or doc[k].is_sent_start:
        return k
    if taken[k]:
        country = next(
            (
                c
                for c in earlier
                if c.start == k
                and c.entry is not None
                and (
                    c.entry.kind == "country"
                    or c.entry.form.isupper()
                    or (city and c.entry.kind in ("capital", "city"))
                )
            ),
            None,
        )
        if country is None:
            return k
        if claim:
            earlier.remove(country)
        return country.end
    if (_is_genitive_noun(doc[k]) and not is_name_like(doc[k])) or doc[k].text.isupper():
        return k + 1
    return k


@functools.cache
def mission_heads() -> dict[str, str]:
    """Head phrase of a diplomatic mission (nominative, as in the data) → sector."""
    return {r["lemma"]: r["sector"] for r in resources.table("diplomatic_missions.tsv")}


@functools.cache
def country_names() -> dict[str, str]:
    """Country code → its name in the gazetteer ("TUR" → "Туреччина")."""
    names: dict[str, str] = {}
    for entries in gazetteer().values():
        for e in entries:
            if e.type == "LOC" and e.kind == "country" and e.country:
                names.setdefault(e.country, e.name)
    return names


def _mission_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """A country's embassy or consulate named by its owner ("Посольство Росії", "посольстві США в
    Берліні", "консульства РФ у Стамбулі"): one organization, the countries and the city inside it
    no entities of their own."""
    found: list[Candidate] = []
    starts = {c.start: c for c in earlier}
    for tok in doc:
        head = _mission_head_at(doc, tok.i)
        if head is None or any(taken[tok.i : tok.i + len(head.split())]):
            continue
        owner = starts.get(tok.i + len(head.split()))
        if owner is None or owner.entry is None:
            continue
        if not (owner.entry.kind == "country" or owner.entry.form.isupper()):
            continue
        parts, end, seat = [owner], owner.end, None
        if end + 1 < len(doc) and doc[end].lower_ in ("в", "у", "на", "при"):
            seat = starts.get(end + 1)
            if seat is not None and seat.type in ("LOC", "ORG"):
                parts.append(seat)  # "в Оттаві", "при ООН": where it sits is part of its name
                end = seat.end
            else:
                seat = None
        name = _mission_name(doc, head, owner, seat)
        found.append(Candidate(tok.i, end, "ORG", "org", head=tok.i, extra={"name": name}))
        _claim(taken, tok.i, end)
    return found


@functools.cache
def _mission_prefixes() -> tuple[str, ...]:
    """The first four letters of each head phrase: a cheap test before any lemma is looked up."""
    return tuple(sorted({phrase[:4] for phrase in mission_heads()}))


def _mission_head_at(doc: Doc, i: int) -> str | None:
    if not doc[i].lower_.startswith(_mission_prefixes()):
        return None
    for phrase in sorted(mission_heads(), key=lambda p: -len(p.split())):
        words = phrase.split()
        tokens = doc[i : i + len(words)]
        if len(tokens) == len(words) and all(
            lemmas(t) & word_lemmas(w) for t, w in zip(tokens, words, strict=True)
        ):
            return phrase
    return None


@functools.lru_cache(maxsize=100_000)
def is_mission_name(name: str) -> bool:
    """Does an organization's name begin with an embassy's or consulate's head noun?"""
    words = name.split()
    return any(
        len(words) >= len(phrase.split())
        and all(word_lemmas(a) & word_lemmas(b) for a, b in zip(words, phrase.split(), strict=False))
        for phrase in mission_heads()
    )


def _mission_name(doc: Doc, head: str, owner: Candidate, seat: Candidate | None) -> str:
    """ "Посольство Росії в Канаді" for "посольства РФ в Оттаві": the owner's and the host country's
    own names, so every mention of one mission gets one name."""
    # the owner after the head is in the genitive already; an abbreviation gives way to the name
    # ("посольства РФ" → "Посольство Росії"), as one mission is named either way
    surface = doc[owner.start : owner.end].text
    full = owner.entry.name if owner.entry is not None else surface
    genitive = inflect(full, "gent") if surface.isupper() and " " not in full and not full.isupper() else None
    name = f"{head[:1].upper()}{head[1:]} {genitive[:1].upper() + genitive[1:] if genitive else surface}"
    if seat is None:
        return name
    prep = doc[seat.start - 1].lower_
    host = seat.entry.country if seat.entry is not None and prep != "при" else None
    country = country_names().get(host or "")
    place = inflect(country, "loct") if country and " " not in country else None
    if place is None:
        return f"{name} {doc[seat.start - 1 : seat.end].text}"
    place = place[:1].upper() + place[1:]
    euphonic = "у" if re.match(r"[вфВФ]|[^аеєиіїоуюяАЕЄИІЇОУЮЯ]{2}", place) else "в"
    return f"{name} {euphonic} {place}"


def _place_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """A name right after a place noun: "аеродром Кневичі", "космодромі "Східний"", "місті Суми"."""
    found: list[Candidate] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if i + 1 >= n or not tok.text.islower():
            continue
        kind = _head_lemma(tok, geo_heads())
        org = None if kind else _head_lemma(tok, org_heads())
        if not kind and not org:
            continue
        titled = i > 0 and bool(lemmas(doc[i - 1]) & _holder_words())
        if titled and not _place_then_person(doc, i + 1, taken, kind):
            continue  # "президент країни Хав'єр Мілей": the name is the title holder's, not the place's
        j = i + 1
        quoted = doc[j].text in _QUOTES_OPEN
        if quoted:
            j += 1
        k = j
        while k < n and not taken[k] and is_capitalized(doc[k]) and k - j < 4 and not doc[k].text.isupper():
            if k > j and (_listed_first_name(doc[k].text) or titled):
                break  # "міста Сеута Хуан Хесус Вівас": the town's head is named after it
            k += 1  # an abbreviation after a place noun is a genitive owner ("озеро НАТО")
        if k < n and k > j and _is_adjective(doc[k - 1]) and _head_lemma(doc[k], geo_heads()):
            continue  # "громад Херсонської області": the region's own name follows, not the community's
        if not quoted and k - j >= 2 and any(p.has("Name") for p in parses(doc[j].text)):
            continue  # "Губернатор Саратовської області Роман Бусаргін": a first name and surname
        if quoted:
            if not (k < n and doc[k].text in _QUOTES_CLOSE and k > j):
                continue
        elif k == j or org or not _apposition(tok, doc[j]):
            # unquoted names after organization nouns are too often the start of something else;
            # "районі Харкова" is a district of a city, not a place called "Харкова"
            continue
        if not quoted and _known_organization(doc, j):
            continue  # "27 країн Європейського Союзу": the union the countries belong to, no place's name
        if kind and geo_heads()[kind] == "street" and not quoted:
            if _known_settlement(doc, j):
                continue  # "вийшли на вулиці Тбілісі": the streets of a city, not a street's name
            found.append(Candidate(i, k, "LOC", "street", head=i))  # "проспект Руставелі"
            _claim(taken, i, k)
            continue
        found.append(Candidate(j, k, "LOC" if kind else "ORG", "place", head=i))
        _claim(taken, j, k)
    return found


_SETTLEMENT_KINDS = {"capital", "city", "country"}


# place nouns a title holder's own place follows: "очільник району Кадикьой Мехмет Ердем"
_LOCAL_HEADS = frozenset({"settlement", "district", "city", "admin"})


def _place_then_person(doc: Doc, j: int, taken: list[bool], kind: str | None) -> bool:
    """After "очільник району", three capitalized words are the district's name and then the
    holder's two ("Кадикьой Мехмет Ердем"); a country's head is never followed by its own name."""
    if kind is None or geo_heads().get(kind) not in _LOCAL_HEADS:
        return False
    words = list(itertools.takewhile(lambda t: is_capitalized(t) and is_cyrillic(t), doc[j : j + 4]))
    return len(words) == 3 and not any(taken[t.i] for t in words) and not any(t.is_sent_start for t in words)


def _known_organization(doc: Doc, j: int) -> bool:
    """Does an organization of the gazetteer start at the word at ``j``?"""
    words = list(doc[j : j + 6])
    return any(
        entry.type == "ORG" and match_entry(words, 0, entry)
        for key in lemmas(doc[j]) | {doc[j].text.lower()}
        for entry in gazetteer().get(key, [])
    )


def _known_settlement(doc: Doc, j: int) -> bool:
    """Is the word at ``j`` a city or country of the gazetteer?"""
    words = list(doc[j : j + 6])
    return any(
        entry.type == "LOC" and entry.kind in _SETTLEMENT_KINDS and match_entry(words, 0, entry)
        for key in lemmas(doc[j]) | {doc[j].text.lower()}
        for entry in gazetteer().get(key, [])
    )


def _apposition(head: Token, name: Token) -> bool:
    """ "аеродром Кневичі" (a name in the nominative) or "у місті Києві" (agreeing in case)."""
    # person-name readings of a place ("Кневичі" as a surname) say nothing about its case
    name_cases = {
        p.grammemes & _CASE_TAGS
        for p in parses(name.text)
        if p.pos == "NOUN" and not p.has("Surn") and not p.has("Name")
    }
    if not name_cases:
        return True
    head_cases = set().union(*(p.grammemes & _CASE_TAGS for p in parses(head.text) if p.pos == "NOUN"))
    flat = set().union(*name_cases)
    return "nomn" in flat or bool(head_cases & flat)


_CASE_TAGS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


# ---------------------------------------------------------------- names


@functools.cache
def latin_org_words() -> frozenset[str]:
    return resources.word_set("latin_org_words.txt")


def _latin_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """Latin-script names are organizations when they look like one ("Yonhap News Agency", "The
    Guardian"), follow an organization noun ("видання Politico") or report something ("пише Axios");
    product and weapon names (HIMARS, Shahed) are not entities."""
    found: list[Candidate] = []
    known: set[tuple[str, ...]] = set()  # "банк розвитку KfW ... Торік KfW": a name found is found again
    n = len(doc)
    i = 0
    while i < n:
        if taken[i] or not _LATIN_WORD.match(doc[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and (
            (
                not taken[j]
                and (
                    _LATIN_WORD.match(doc[j].text)
                    or (doc[j].text in _LATIN_LINKERS and j + 1 < n and _LATIN_WORD.match(doc[j + 1].text))
                )
            )
            # "France-Presse", "Rheinmetall-Werke": a hyphen glued on both sides joins Latin words
            or (
                doc[j].text == "-"
                and not doc[j - 1].whitespace_
                and not doc[j].whitespace_
                and j + 1 < n
                and not taken[j + 1]
                and bool(_LATIN_WORD.match(doc[j + 1].text))
            )
        ):
            j += 1
        words = [t.text.rstrip(".").lower() for t in doc[i:j] if t.text != "-"]
        named = (
            any(w in latin_org_words() for w in words)
            or tuple(words) in known
            or bool(_WEB_NAME.search(doc[i].text))  # "Civil.ge", "24.kg": a site is an outlet
        )
        introduced = i > 0 and (_org_head_before(doc, i) or _reports(doc[i - 1]))
        if (named or introduced) and len(doc[i].text.rstrip(".")) > 1:
            if j < n and doc[j].text == "Україна":
                # the Ukrainian edition or chapter: "Forbes Україна", "Transparency International Україна"
                country = next((c for c in earlier if c.start == j and c.end == j + 1), None)
                if country is not None or not taken[j]:
                    if country is not None:
                        earlier.remove(country)
                    j += 1
            found.append(Candidate(i, j, "ORG", "latin"))
            known.add(tuple(words))
            _claim(taken, i, j)
        i = j
    return found


def _org_head_before(doc: Doc, i: int) -> bool:
    """An organization noun right before, or before its singular genitive complement: "банк
    розвитку KfW" (not "партію ракет Aster", a batch of things; not a Roman numeral)."""
    if re.fullmatch(r"[IVXLC]+", doc[i].text):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if _head_lemma(doc[k], org_heads()) is not None:
            return True
        complement = doc[k].text.islower() and any(
            p.pos == "NOUN" and p.has("gent") and not p.has("plur") for p in parses(doc[k].text)[:1]
        )
        if not complement:
            return False
    return False


def _reports(tok: Token) -> bool:
    """ "пише", "повідомляє", "передає": a report verb right before a name."""
    return any(p.pos == "VERB" and p.lemma in _REPORT_VERBS for p in parses(tok.text))


_REPORT_VERBS = frozenset({"писати", "повідомляти", "передавати", "повідомити", "написати", "цитувати"})


@functools.cache
def name_particles() -> frozenset[str]:
    return resources.word_set("name_particles.txt")


def at_sentence_start(tok: Token) -> bool:
    """First word of a sentence, also after an opening dash or quote ("— Противник ...")."""
    k = tok.i
    while k > 0 and not tok.doc[k].is_sent_start:
        k -= 1
        prev = tok.doc[k]
        if not (prev.is_punct or prev.is_space):
            return False
    return True


def _person_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    seen = _Surnames()
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if (
            taken[i]
            or len(tok.text) == 1  # "Іскандер-М": a model letter; an initial is taken with its surname
            or not is_capitalized(tok)
            or not is_cyrillic(tok)
            or not (is_name_like(tok) or tok.lower_ in seen or tok.lower_ in _listed_surnames())
            or (i > 0 and doc[i - 1].text in _QUOTES_OPEN)
            # "Ван І. Під час візиту": a preposition opening the next sentence is no surname
            or (i > 0 and re.fullmatch(r"(?:[А-ЯІЇЄҐ])?\.", doc[i - 1].text) and is_function_word(tok))
            # "голови Держгеокадастру Наталії Кравчук": before a first name, the body a title heads
            or (i + 1 < n and _body_in_genitive(tok) and _known_first_name(doc[i + 1]))
            # "співробітник Центру Карнегі Сергій Вакуленко": the body's own name, then the person's
            or (
                0 < i < n - 1
                and _listed_first_name(doc[i + 1].text)
                and not _listed_first_name(tok.text)
                and _head_lemma(doc[i - 1], org_heads()) is not None
            )
        ):
            i += 1
            continue
        j = _name_end(doc, i, taken)
        start = i
        # an initial before the name: "В. Зеленський"
        if (
            i >= 2
            and doc[i - 1].text == "."
            and len(doc[i - 2].text) == 1
            and doc[i - 2].text.isupper()
            and not taken[i - 2]
        ):
            start = i - 2
        elif i >= 1 and re.fullmatch(r"[А-ЯІЇЄҐ]\.", doc[i - 1].text):
            start = i - 1  # the tokenizer keeps "В." together
        # a first name the dictionary knows only as a common animate noun ("Володимир"), or not at
        # all ("Олоф Гілл", "Іньяціо Кассіс")
        if (
            start == i
            and i > 0
            and not taken[i - 1]
            and (
                _first_name_word(doc[i - 1])
                or _foreign_first_name(doc[i - 1])
                or (_capitalized_mid_sentence(doc[i - 1]) and _after_title(doc, i - 1, taken))
            )
            and not (_known_first_name(tok) and _body_in_genitive(doc[i - 1]))
            # "Центру Карнегі Сергій": a known first name begins the person after a body's name
            and not (
                _listed_first_name(tok.text) and i >= 2 and _head_lemma(doc[i - 2], org_heads()) is not None
            )
        ):
            start = i - 1
        # "фон дер Ляєн" alone, after the full name was introduced
        while start > 0 and doc[start - 1].lower_ in name_particles() and not taken[start - 1]:
            start -= 1
        if (
            at_sentence_start(tok)
            and j - i == 1
            and not only_name_like(tok)
            and tok.lower_ not in seen
            and tok.lower_ not in _listed_surnames()  # "Зеленський заявив": a listed person, not an adjective
        ):
            i += 1
            continue
        inner = next((k for k in range(i + 1, j - 1) if _listed_first_name(doc[k].text)), None)
        if inner is not None and start == i and tok.lower_ in seen and not _listed_first_name(tok.text):
            start = inner  # "адвокат Хазарадзе Давид Кікнадзе": whose lawyer, then the lawyer's name
        # "по Нілу", "на Балтиці": a lone unknown name after a spatial preposition is a place
        if j - start == 1 and tok.lower_ not in seen and _after_place_preposition(doc, start):
            found.append(Candidate(start, j, "LOC", "fallback"))
        else:
            found.append(Candidate(start, j, "PER", "person"))
        seen.add(doc[j - 1].lower_)
        _claim(taken, start, j)
        i = j
    return found


_PLACE_PREPOSITIONS = {"у", "в", "на", "до", "по", "через", "біля", "під", "над", "поблизу", "вздовж"}


def _after_place_preposition(doc: Doc, start: int) -> bool:
    """ "по Нілу", "по Верхній Галілеї": a spatial preposition, maybe with a capitalized adjective
    of the name between."""
    k = start - 1
    if k > 0 and is_capitalized(doc[k]) and _is_adjective(doc[k]) and not at_sentence_start(doc[k]):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PLACE_PREPOSITIONS


@functools.cache
def _listed_surnames() -> frozenset[str]:
    """Last names of the well-known people in persons.tsv, as written in the nominative (long enough
    not to be a word of their own: "Ван І" gives none)."""
    last = (row["name"].split()[-1].lower() for row in resources.table("persons.tsv"))
    return frozenset(w for w in last if len(w) >= 4 and w.isalpha())


def _hyphenated_place_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """ "Кампо-де-Майо", "Сен-Жан-де-Люз": capitalized parts joined by hyphens and lower-case
    particles, written as one word, name a place (people write their particles apart)."""
    found: list[Candidate] = []
    n = len(doc)
    i = 0
    while i < n:
        if taken[i] or not (is_capitalized(doc[i]) and doc[i].text.isalpha()):
            i += 1
            continue
        j = i + 1
        particles = 0
        while j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            nxt = doc[j + 1]
            if nxt.text.islower() and len(nxt.text) <= 3 and j + 3 < n and doc[j + 2].text == "-":
                particles += 1
                j += 2
                continue
            if not is_capitalized(nxt) or taken[j + 1]:
                break
            j += 2
        if particles and j - i >= 5 and not any(taken[k] for k in range(i, j) if doc[k].text != "-"):
            found.append(Candidate(i, j, "LOC", "place"))
            _claim(taken, i, j)
            i = j
            continue
        i += 1
    return found


# the Arabic article as Ukrainian writes it before a capitalized name ("Ель-Обейд", "Ер-Ріяд")
_ARABIC_ARTICLES = frozenset(
    {"Аль", "Ал", "Ель", "Ел", "Ен", "Ер", "Ес", "Ет", "Еш", "Ез", "Ед", "Ас", "Аш", "Ат", "Ад", "Ан", "Аз"}
)


# a capitalized article, a hyphen and a capital: where to look before reading tokens
_ARABIC_NAME = re.compile(r"(?<![\w-])(" + "|".join(sorted(_ARABIC_ARTICLES)) + r")-[А-ЯІЇЄҐ]")
# a short capitalized word, a short capitalized one and a lower-case syllable after a hyphen
_EAST_ASIAN_NAME = re.compile(
    r"(?<![\w-])[А-ЯІЇЄҐ][а-яіїєґ'’]{0,3} [А-ЯІЇЄҐ][а-яіїєґ'’]{0,4}-[а-яіїєґ]{1,4}(?![\w-])"
)


def _arabic_article_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """ "Ель-Обейд", "Ен-Нагуд", "посол Аль-Харіт Ідріс": a capitalized Arabic article joined by a
    hyphen is one name with what follows. After a title, a first name or before another capitalized
    word it is a person; after an organization noun a body; otherwise a place (a town's name)."""
    found: list[Candidate] = []
    n = len(doc)
    for match in _ARABIC_NAME.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.start() + len(match.group(1)))
        if span is None or span.end + 1 >= n:
            continue
        i = span.start
        tok, dash, name = doc[i], doc[i + 1], doc[i + 2]
        if taken[i] or taken[i + 2] or dash.text != "-":
            continue
        if tok.whitespace_ or dash.whitespace_ or not (is_capitalized(name) and is_cyrillic(name)):
            continue
        if _gazetteer_starts(doc, i):
            continue  # "Аль-Джазіра", "Аль-Каїда": the gazetteer knows the name and its type
        end = i + 3
        before = doc[i - 1] if i > 0 else None
        titled = before is not None and bool(lemmas(before) & _holder_words())
        first_name = before is not None and not taken[i - 1] and _known_first_name(before)
        more = end < n and not taken[end] and is_capitalized(doc[end]) and is_cyrillic(doc[end])
        more = more and not doc[end].is_sent_start and not doc[end].text.isupper()
        if titled or first_name or more:
            start = i - 1 if first_name else i
            end = _name_end(doc, i + 2, taken) if more else end
            found.append(Candidate(start, end, "PER", "arabic"))
        elif before is not None and _head_lemma(before, org_heads()) and not _head_lemma(before, geo_heads()):
            found.append(Candidate(i, end, "ORG", "arabic"))
        else:
            found.append(Candidate(i, end, "LOC", "arabic"))
        _claim(taken, found[-1].start, found[-1].end)
    return found


def _east_asian_name_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """ "Лай Цін-де", "Цай Ін-вень", "Ко Вень-чже": a one-syllable surname and a given name of two
    syllables joined by a hyphen, the second in lower case. Such names do not decline."""
    found: list[Candidate] = []
    n = len(doc)
    for match in _EAST_ASIAN_NAME.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.end - span.start != 4:
            continue
        i, d = span.start, span.start + 2
        family, given, dash, rest = doc[i], doc[i + 1], doc[d], doc[d + 1]
        if any(taken[k] for k in (i, i + 1, i + 3)) or given.whitespace_ or dash.whitespace_:
            continue
        if not (is_capitalized(family) and is_cyrillic(family) and len(family.text) <= 4):
            continue
        if not (is_capitalized(given) and is_cyrillic(given) and len(given.text) <= 5):
            continue
        if not (rest.text.islower() and rest.is_alpha and len(rest.text) <= 4):
            continue
        if i + 4 < n and doc[i + 4].text == "-":
            continue  # "Ростов-на-Дону": a place's particles
        found.append(Candidate(i, i + 4, "PER", "asian"))
        _claim(taken, i, i + 4)
    return found


def _gazetteer_starts(doc: Doc, i: int) -> bool:
    words = list(doc[i : i + 6])
    return any(
        match_entry(words, 0, entry)
        for key in lemmas(doc[i]) | {doc[i].text.lower()}
        for entry in gazetteer().get(key, [])
    )


def _titled_person_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """ "Лідер РНП Озгюр Озель", "Генеральний секретар АСЕАН Као Кім Хоурн", "мера Стамбула Екрема
    Імамоглу": capitalized words after a role title and its genitive complement (an organization,
    a place, an abbreviation) name a person even when the dictionary knows none of them."""
    found: list[Candidate] = []
    titles = role_words()
    n = len(doc)
    for i, tok in enumerate(doc):
        if taken[i] or not (lemmas(tok) & titles) or not any(p.pos == "NOUN" for p in parses(tok.text)[:1]):
            continue
        k = _after_complement(doc, i + 1, taken)
        if (
            k >= n
            or taken[k]
            or at_sentence_start(doc[k])
            or not (is_capitalized(doc[k]) and is_cyrillic(doc[k]))
            or doc[k].text.isupper()
        ):
            continue
        if k + 1 < n and _body_in_genitive(doc[k]) and _known_first_name(doc[k + 1]):
            continue  # "голови Держгеокадастру Наталії Кравчук": the body the title heads, then the name
        j = _name_end(doc, k, taken)
        inner = next((m for m in range(k + 1, j - 1) if _listed_first_name(doc[m].text)), None)
        if inner is not None and _seen_surname(doc, k, earlier) and not _listed_first_name(doc[k].text):
            k = inner  # "адвокат Хазарадзе Давид Кікнадзе": whose lawyer, then the lawyer's name
        words = doc[k:j]
        if not words or len(words) > 4 or any(_common_word(t) for t in words):
            continue
        rest = next((c for c in earlier if c.start == j and c.type == "PER"), None)
        if rest is not None and _listed_first_name(doc[j].text) and _seen_surname(doc, k, earlier):
            continue  # "адвокат Хазарадзе | Давид Кікнадзе": the person whose lawyer, then the lawyer
        if rest is not None:  # "Као | Кім Хоурн": the rest of the name was found on its own
            earlier.remove(rest)
            j = rest.end
        found.append(Candidate(k, j, "PER", "person"))
        _claim(taken, k, j)
    return found


def _seen_surname(doc: Doc, k: int, earlier: list[Candidate]) -> bool:
    """Is the word at ``k`` the last word of a person found before?"""
    word = doc[k].lower_
    return any(c.type == "PER" and doc[c.end - 1].lower_ == word for c in earlier)


def _body_in_genitive(tok: Token) -> bool:
    """A capitalized thing in the genitive, never a name: "Держгеокадастру", "Нафтогазу"."""
    nouns = [p for p in parses(tok.text) if p.pos == "NOUN"]
    return (
        bool(nouns)
        and all(p.has("inan") and not (p.grammemes & _NAME_GRAMMEMES) for p in nouns)
        and any(p.has("gent") for p in nouns)
    )


def _after_complement(doc: Doc, k: int, taken: list[bool]) -> int:
    """The first word after a title's complement: lower-case genitive words, names already found,
    abbreviations ("секретар АСЕАН", "мера Стамбула", "міністр закордонних справ Філіппін")."""
    start = k
    while k < len(doc) and k - start < 7:
        tok = doc[k]
        found_before = taken[k] and not (tok.is_punct or tok.is_space)
        abbreviation = tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 8
        genitive = tok.text.islower() and (_is_genitive_noun(tok) or _is_adjective(tok))
        # "представник Китаю при ООН Фу Цун": the body a post is held at
        at_body = tok.lower_ == "при" and k + 1 < len(doc) and (taken[k + 1] or doc[k + 1].text.isupper())
        if tok.is_sent_start or not (found_before or abbreviation or genitive or at_body):
            break
        k += 1
    return k


def _common_word(tok: Token) -> bool:
    """A word the dictionary knows only as something other than a name."""
    found = parses(tok.text)
    return (
        bool(found)
        and tok.text[:1].isupper()
        and all(p.pos not in ("NOUN",) or not (p.grammemes & _NAME_GRAMMEMES) for p in found)
        and any(p.pos in ("ADJF", "VERB", "PREP", "CONJ", "NPRO", "ADVB") for p in found[:1])
    )


_ADJECTIVAL_CASE_ENDINGS = ("ого", "ому", "им", "ім", "ої", "ій", "ою", "у")


class _Surnames:
    """The last words of the names found so far: "Умєрова прийняли ..." starts with a word that
    inflects a surname met before.

    A word inflects a seen name when both share all but the last letter of the shorter one (at least
    three letters) and their lengths differ by at most three. The keys hold each name's length with
    its prefixes of the lengths a lookup can ask for, so a lookup is seven set probes rather than a
    scan of every name found (which made long documents quadratic).
    """

    def __init__(self) -> None:
        self.keys: set[tuple[int, int, str]] = set()
        self.short: set[str] = set()  # names too short to share a stem ("Аун"): met as written

    def add(self, last: str) -> None:
        n = len(last)
        if n <= 4:
            self.short.add(last)
        for stem in range(max(3, n - 4), n):
            self.keys.add((n, stem, last[:stem]))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self.short:
            return True
        w = len(word)
        for n in range(w - 3, w + 4):
            stem = min(n, w) - 1
            if stem >= 3 and (n, stem, word[:stem]) in self.keys:
                return True
            # adjective-type surnames change their last two letters: "Зеленський" → "Зеленського"
            if (
                stem >= 7
                and word.endswith(_ADJECTIVAL_CASE_ENDINGS)
                and (n, stem - 1, word[: stem - 1]) in self.keys
            ):
                return True
        return False


def _hyphenated_name_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """A first name before a hyphenated surname ("Марія Львова-Бєлова", "Олександр Боцан-Харченко")
    or a particle joined by a hyphen ("Мохаммед аль-Хулаїфі"): one person, although a part of the
    surname may also be a place ("Львова")."""
    found = []
    n = len(doc)
    for i in range(1, n - 2):
        first, left, dash, right = doc[i - 1], doc[i], doc[i + 1], doc[i + 2]
        if (
            dash.text != "-"
            or left.whitespace_
            or dash.whitespace_
            or any(taken[k] for k in (i - 1, i, i + 2))
        ):
            continue
        if not (is_capitalized(right) and is_cyrillic(right) and _first_name_word(first)):
            continue
        joined = (is_capitalized(left) and is_cyrillic(left) and not left.text.isupper()) or (
            left.lower_ in name_particles()
        )
        if joined and (not first.is_sent_start or _known_first_name(first)):
            found.append(Candidate(i - 1, i + 3, "PER", "person"))
            _claim(taken, i - 1, i + 3)
    return found


def _capitalized_mid_sentence(tok: Token) -> bool:
    """ "інспектор Ярі Гуттунен": a capital letter inside a sentence, on a word that is no title,
    no place or body word and no abbreviation, begins the name ("Ярі" also reads as "яр")."""
    if not (is_capitalized(tok) and is_cyrillic(tok)) or tok.text.isupper() or at_sentence_start(tok):
        return False
    found = parses(tok.text)
    heads = org_heads().keys() | geo_heads().keys() | role_words()
    return not any(p.lemma in heads or p.has("Geox") or p.has("Orgn") or p.pos == "ADJF" for p in found[:1])


def _after_title(doc: Doc, k: int, taken: list[bool]) -> bool:
    """The word before is a title ("інспектор") or ends a body's name ("поліції")."""
    return k > 0 and ((taken[k - 1] and not doc[k - 1].is_punct) or bool(lemmas(doc[k - 1]) & role_words()))


def _known_first_name(tok: Token) -> bool:
    return any(p.has("Name") for p in parses(tok.text))


@functools.lru_cache(maxsize=100_000)
def _listed_first_name(word: str) -> bool:
    """A first name the dictionary lists (not one it guesses from an ending, as "Бусаргін")."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return False  # the analyzer fails on characters Unicode gives no name
    return any(p.is_known and "Name" in p.tag for p in analyzer().parse(word.lower()))


_CYRILLIC_WORD = re.compile(r"[А-ЯІЇЄҐа-яіїєґ'ʼ’-]+")


def _foreign_first_name(tok: Token) -> bool:
    return is_capitalized(tok) and is_cyrillic(tok) and not tok.text.isupper() and _unknown_word(tok.text)


@functools.lru_cache(maxsize=100_000)
def _unknown_word(word: str) -> bool:
    """Does the dictionary only guess at this word (no reading it actually lists)?"""
    return not any(p.is_known for p in analyzer().parse(word.lower()))


def _first_name_word(tok: Token) -> bool:
    """A capitalized word that can be a first name; a title ("Президент Зеленський") cannot."""
    found = parses(tok.text)
    return (
        is_capitalized(tok)
        and is_cyrillic(tok)
        and not tok.text.isupper()
        and not any(p.lemma in role_words() for p in found)
        and any(p.has("Name") or (p.pos == "NOUN" and p.has("anim")) for p in found)
    )


@functools.cache
def _holder_words() -> frozenset[str]:
    """One-word roles a person holds, not the modifiers of one ("колишнього села Гута")."""
    return frozenset(
        r["lemma"]
        for r in resources.table("roles.tsv")
        if " " not in r["lemma"] and r.get("kind") != "modifier"
    )


@functools.cache
def role_words() -> frozenset[str]:
    """One-word role descriptors (президент, міністр, речник) from ``roles.tsv``."""
    return frozenset(r["lemma"] for r in resources.table("roles.tsv") if " " not in r["lemma"])


def _name_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """End of a personal name starting at ``i``: capitalized words and name particles."""
    n = len(doc)
    j = i + 1
    while j < n and j - i < 6:
        word = doc[j]
        if (
            word.text == "-"
            and not doc[j - 1].whitespace_
            and j + 1 < n
            and is_capitalized(doc[j + 1])
            and not taken[j + 1]
        ):
            j += 2  # "Жан-Ноель"
            continue
        if taken[j]:
            break
        k = j
        while k < n and doc[k].lower_ in name_particles():
            k += 1
        if k > j and k < n and k - j <= 3 and is_capitalized(doc[k]):
            j = k  # "фон дер" before "Ляєн"
            continue
        if not (is_capitalized(word) and is_cyrillic(word)) or word.is_sent_start or word.text.isupper():
            break
        j += 1
    return j


def _abbreviation_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """Organization abbreviations ("НАБУ", "МЗС Естонії" with the country that owns it)."""
    found = []
    common = resources.word_set("common_abbreviations.txt")
    for tok in doc:
        if (
            taken[tok.i]
            or not _CYRILLIC_CAPS.match(tok.text)
            or parses_as_common(tok)
            or tok.lower_ in common
            or _MODEL_DESIGNATION.search(tok.text)  # "КАБ-500", "Х-101", "С-400": weapon types
        ):
            continue
        end = tok.i + 1
        owner = next(
            (c for c in earlier if c.start == end and c.entry is not None and c.entry.kind == "country"), None
        )
        if owner is not None:
            earlier.remove(owner)
            end = owner.end
        found.append(Candidate(tok.i, end, "ORG", "abbr"))
        _claim(taken, tok.i, end)
    return found


@functools.cache
def org_prefixes() -> dict[str, tuple[str, str | None]]:
    """Word beginnings of one-word body names, with the sector and the country the prefix names."""
    return {
        row["prefix"]: (row["sector"], row["country"] or None) for row in resources.table("org_prefixes.tsv")
    }


@functools.lru_cache(maxsize=100_000)
def compound_org_prefix(word: str) -> str | None:
    """The prefix that makes ``word`` a one-word body name ("Росавіація" → "Рос"), if any."""
    if not word[:1].isupper():
        return None  # every prefix is capitalized: most words end here
    prefix = next((p for p in org_prefixes() if word.startswith(p)), None)
    if prefix is None or len(word) < len(prefix) + 3:
        return None
    rest = word[len(prefix) :]
    if not (rest[:1].islower() and rest.isalpha()) or rest.startswith("і"):
        return None  # "Росія", "Росіянин", "Україна" are the country and its people
    if word.lower().startswith(tuple(resources.word_set("prefixed_non_bodies.txt"))):
        return None  # "Ростов", "Мінськ": places
    found = parses(word)
    if found[0].pos not in (None, "NOUN") or any(p.has("Name") or p.has("Surn") for p in found[:2]):
        return None  # "Ростислав", "Росляков": people
    return prefix


def _compound_org_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """One-word names of ministries and state bodies: "Мінекономіки", "Міноборони", "Держстат",
    "Росавіація"."""
    found = []
    for tok in doc:
        word = tok.text
        if taken[tok.i] or compound_org_prefix(word) is None:
            continue
        if any(p.lemma in org_heads() or p.lemma in generic_actors() for p in parses(word)):
            continue  # "Міністерства" is the head of a longer name, found by the phrase patterns
        if (
            at_sentence_start(tok)
            and not any(p.has("Fixd") for p in parses(word))
            and analyzer().word_is_known(word.lower())
        ):
            continue  # "Мінус", "Укриття" starting a sentence are ordinary words
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and is_capitalized(nxt) and is_cyrillic(nxt) and is_name_like(nxt):
            continue  # "Мінору Кіхара": a first name before a surname, not a ministry
        found.append(Candidate(tok.i, tok.i + 1, "ORG", "abbr"))
        taken[tok.i] = True
    return found


def parses_as_common(tok: Token) -> bool:
    return any(p.pos in ("PREP", "CONJ", "PRCL", "NPRO") for p in parses(tok.text))


def _fallback_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """A capitalized noun right after a spatial preposition is a place ("до Владивостока")."""
    found = []
    for tok in doc:
        i = tok.i
        if taken[i] or i == 0 or tok.is_sent_start or not is_capitalized(tok) or not is_cyrillic(tok):
            continue
        if doc[i - 1].text.lower() not in _SPATIAL_PREPOSITIONS:
            continue
        if any(p.pos not in ("NOUN", None) for p in parses(tok.text)[:1]):
            continue
        found.append(Candidate(i, i + 1, "LOC", "fallback"))
        taken[i] = True
    return found


def _model_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """Names the statistical recogniser finds and no rule has claimed (organizations in quotes,
    local bodies, people the dictionary does not know)."""
    recognizer = statistical_recognizer()
    if recognizer is None:
        return []
    found = []
    for start_char, end_char, label in recognizer(doc):
        span = doc.char_span(start_char, end_char, alignment_mode="contract")
        if span is None:
            continue
        start, end = span.start, _sentence_end_inside(doc, span.start, span.end)
        if label == "PER":
            # "Косова Джелал Свечла": a place the gazetteer claimed, read by the model as a first name
            while start < end - 1 and taken[start] and not doc[start].is_punct:
                start += 1
        if end <= start or any(taken[k] for k in range(start, end) if not doc[k].is_punct):
            continue
        if end - start == 1 and not _single_word_name(doc[start]):
            continue
        if label == "PER" and all(_latin_word(doc[k]) for k in range(start, end) if doc[k].is_alpha):
            label = "ORG"  # "у соцмережі Truth Social": Ukrainian spells people in Cyrillic, not brands
        found.append(Candidate(start, end, label, "model"))
        _claim(taken, start, end)
    return found


def _latin_word(tok: Token) -> bool:
    return tok.text.isascii() and tok.is_alpha


def _sentence_end_inside(doc: Doc, start: int, end: int) -> int:
    """Where a tagged span must stop: a name never runs over the end of a sentence ("кадастр.
    Робота ..."); an initial's period ("В. Зеленський") is no end. What is kept before the end
    must close on a noun or a name, not "кадастру відновлена"."""
    for k in range(start, end):
        tok = doc[k]
        initial = tok.text == "." and k > start and len(doc[k - 1].text) == 1 and doc[k - 1].text.isupper()
        if tok.text in (".", "!", "?", "…") and not initial:
            last = k
            while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
                last -= 1
            if last > start and _pos_first(doc[last - 1]) in ("VERB", "ADJF", "ADJS", "ADVB"):
                return start
            return last
    return end


def _repeat_pass(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """A name of several words found once is found again in its other cases ("Державний земельний
    кадастр" in a headline, "Державного земельного кадастру" in the text): same lemmas, word by
    word, starting with a capital letter."""
    by_first: dict[str, dict[tuple[str, ...], Candidate]] = {}
    for c in earlier:
        words = doc[c.start : c.end]
        if c.type in ("ORG", "LOC") and len(words) >= 2 and not any(t.is_space for t in words):
            key = tuple(_lemma_key(t) for t in words)
            by_first.setdefault(key[0], {}).setdefault(key, c)
    found: list[Candidate] = _repeated_surnames(doc, taken, earlier)
    if not by_first:
        return found
    i = 0
    while i < len(doc):
        tok = doc[i]
        names = (
            [kc for lem in lemmas(tok) | {tok.lower_} for kc in by_first.get(lem, {}).items()]
            if not taken[i] and is_capitalized(tok)
            else []
        )
        match = next(
            (
                (len(key), c)
                # longest first; among equals the earliest found (never the hash order of a set)
                for key, c in sorted(names, key=lambda kc: (-len(kc[0]), kc[1].start, kc[0]))
                if _same_words(doc, i, key, taken)
            ),
            None,
        )
        if match is None:
            i += 1
            continue
        n, c = match
        found.append(Candidate(i, i + n, c.type, c.how, c.entry, extra=dict(c.extra)))
        _claim(taken, i, i + n)
        i += n
    return found


def _repeated_surnames(doc: Doc, taken: list[bool], earlier: list[Candidate]) -> list[Candidate]:
    """ "Лідер РНП Озгюр Озель ... Озель пообіцяв": the surname of a person found with a full name
    is that person again, in any case, even opening a sentence."""
    seen = _Surnames()
    for c in earlier:
        if c.type == "PER" and c.end - c.start >= 2 and doc[c.end - 1].text.isalpha():
            seen.add(doc[c.end - 1].lower_)
    found: list[Candidate] = []
    for i, tok in enumerate(doc):
        if (
            not taken[i]
            and is_capitalized(tok)
            and is_cyrillic(tok)
            and len(tok.text) >= 4
            and tok.lower_ in seen
            and not (i + 1 < len(doc) and is_capitalized(doc[i + 1]) and not taken[i + 1])
        ):
            found.append(Candidate(i, i + 1, "PER", "person"))
            _claim(taken, i, i + 1)
    return found


def _lemma_key(tok: Token) -> str:
    found = lemmas(tok)
    return min(found) if found else tok.lower_


def _same_words(doc: Doc, i: int, key: tuple[str, ...], taken: list[bool]) -> bool:
    words = doc[i : i + len(key)]
    return len(words) == len(key) and all(
        not taken[t.i] and (k in lemmas(t) or k == t.lower_) for t, k in zip(words, key, strict=True)
    )


def _single_word_name(tok: Token) -> bool:
    """One word is trusted as a name only when nothing else explains its capital letter: not an
    abbreviation (ППО, ВВП: the abbreviation pass decides those), not the first word of a sentence,
    not a common noun of the dictionary ("Опозиція", "Майдан")."""
    if tok.text.isupper() or at_sentence_start(tok) or not is_cyrillic(tok):
        return False
    return not any(p.pos == "NOUN" and not (p.grammemes & _NAME_GRAMMEMES) for p in parses(tok.text)[:1])


@functools.cache
def statistical_recognizer() -> Callable[[Doc], list[tuple[int, int, str]]] | None:
    """The shipped CRF recogniser, or None when python-crfsuite or the model is missing."""
    if os.environ.get("LITOPYS_NO_MODEL"):
        return None
    try:
        from litopys.training.crf_ner import DEFAULT_MODEL_DIR, MODEL_FILE, load
    except ImportError:
        return None
    if not (DEFAULT_MODEL_DIR / MODEL_FILE).exists():
        return None
    return load(DEFAULT_MODEL_DIR)


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Fixd"})


def _claim(taken: list[bool], start: int, end: int) -> None:
    for k in range(start, end):
        taken[k] = True


_PASSES = (
    _arabic_article_pass,
    _east_asian_name_pass,
    _hyphenated_place_pass,
    _hyphenated_name_pass,
    _place_pass,
    _gazetteer_pass,
    _mission_pass,
    _compound_org_pass,
    _phrase_pass,
    _latin_pass,
    _person_pass,
    _titled_person_pass,
    _model_pass,
    _repeat_pass,
    _abbreviation_pass,
    _fallback_pass,
)


def find_mentions(doc: Doc) -> list[Candidate]:
    taken = [tok.is_space or tok.is_punct for tok in doc]
    found: list[Candidate] = []
    for recognizer in _PASSES:
        found.extend(recognizer(doc, taken, found))
    found = [c for c in (_within_sentence(doc, c) for c in found) if c is not None]
    found = [c for c in (_model_span_trimmed(doc, c) for c in found) if c is not None]
    found = [_quoted_words_cut(doc, _quoted_name_only(doc, c)) for c in found]
    found = [_without_demonym(doc, c) for c in found]
    found = _with_hyphenated_prefixes(doc, found)
    found.sort(key=lambda c: c.start)
    return found


def _with_hyphenated_prefixes(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "Індо-Тихоокеанське командування": a capitalized first part glued by a hyphen belongs to
    the name the tokenizer split it from (and is no name of its own)."""
    extended: dict[int, int] = {}  # index in ``found`` -> new start
    for n, cand in enumerate(found):
        k = cand.start
        if cand.type == "PER" or k < 2 or doc[k - 1].text != "-" or doc[k - 1].whitespace_:
            continue
        first = doc[k - 2]
        if not first.whitespace_ and is_capitalized(first) and first.is_alpha:
            extended[n] = k - 2
    if not extended:
        return found
    swallowed = {(start, start + 1) for start in extended.values()}
    return [
        dataclasses.replace(c, start=extended[n]) if n in extended else c
        for n, c in enumerate(found)
        if n in extended or (c.start, c.end) not in swallowed
    ]


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(
        r["lemma"] for r in resources.table("country_adjectives.tsv") if r.get("kind") == "demonym"
    )


def _without_demonym(doc: Doc, cand: Candidate) -> Candidate:
    """ "Норвежця Ейвінда Сандвіка" (a capital only because the sentence starts there): the
    inhabitant noun says where the person is from; the name begins after it."""
    if cand.type != "PER" or cand.end - cand.start < 3:
        return cand
    if any(p.lemma in _demonyms() for p in parses(doc[cand.start].text)[:2]):
        return dataclasses.replace(cand, start=cand.start + 1)
    return cand


def _quoted_name_only(doc: Doc, cand: Candidate) -> Candidate:
    """ "Моніторинговий канал «Кримський вітер»": a recognised span that opens a quote and stops
    right before its closing mark is the quoted name; the words before it only describe it."""
    if (
        cand.how not in ("model", "fallback")
        or cand.end >= len(doc)
        or doc[cand.end].text not in _QUOTES_CLOSE
    ):
        return cand
    inside = [k for k in range(cand.start, cand.end) if doc[k].text in _QUOTES_OPEN | _QUOTES_CLOSE]
    if len(inside) != 1 or doc[inside[0]].text not in _QUOTES_OPEN or inside[0] + 1 >= cand.end:
        return cand
    return dataclasses.replace(cand, start=inside[0] + 1, entry=None, head=None)


def _quoted_words_cut(doc: Doc, cand: Candidate) -> Candidate:
    """ "НПЗ «проявом терористичної сутності ...»": lower-case words in quotes are someone's words,
    not a name; a recognised name ends before the quote."""
    if cand.how not in ("model", "fallback"):
        return cand
    opening = next((k for k in range(cand.start + 1, cand.end - 1) if doc[k].text in _QUOTES_OPEN), None)
    if opening is None or not doc[opening + 1].text.islower():
        return cand
    return dataclasses.replace(cand, end=opening, entry=None, head=None)


_TIME_UNITS = frozenset({"день", "тиждень", "місяць", "рік", "ранок", "вечір", "ніч"})
_TIME_QUALIFIERS = frozenset({"минулий", "цей", "наступний", "позаминулий", "торішній", "той"})
# "під час", "після": a name never runs on into when something happened
_TIME_PREPOSITIONS = frozenset({"після", "протягом", "впродовж", "напередодні"})


def _time_preposition_at(doc: Doc, k: int, end: int) -> bool:
    word = doc[k]
    if not word.is_lower:
        return False
    during = word.text == "під" and k + 1 < end and doc[k + 1].text == "час"
    return during or word.text in _TIME_PREPOSITIONS


def _model_span_trimmed(doc: Doc, cand: Candidate) -> Candidate | None:
    """The statistical model's span without the time phrase around it: "Минулого місяця китайська
    берегова охорона" starts no name (and what is left, in lower case, is none); "суддя Марейке Бос
    під час оголошення вироку" ends before "під час", and a name right after a role is a person."""
    if cand.how != "model":
        return cand
    start, end = cand.start, cand.end
    if (
        end - start > 2
        and {p.lemma for p in parses(doc[start].text)[:2]} & _TIME_QUALIFIERS
        and lemmas(doc[start + 1]) & _TIME_UNITS
    ):
        start += 2
        if not is_capitalized(doc[start]):
            return None
    end = next((k for k in range(start + 1, end) if _time_preposition_at(doc, k, end)), end)
    if (start, end) == (cand.start, cand.end):
        return cand
    kind = cand.type
    if (
        start > 0
        and lemmas(doc[start - 1]) & role_words()
        and all(is_capitalized(doc[k]) for k in range(start, end))
    ):
        kind = "PER"
    return dataclasses.replace(cand, start=start, end=end, type=kind, entry=None, head=None)


def _within_sentence(doc: Doc, cand: Candidate) -> Candidate | None:
    """A name never runs over a sentence end ("написав у X. Сибіга закликав"): keep its last part."""
    start = cand.start
    for k in range(cand.start + 1, cand.end):
        if doc[k].is_sent_start and doc[k - 1].whitespace_ and re.fullmatch(r"[А-ЯІЇЄҐ]\.", doc[k - 1].text):
            return None  # "Ван І. Під час": a one-letter name's end, then the next sentence's first word
        if doc[k].is_sent_start and doc[k - 1].whitespace_ and doc[k - 1].text in (".", "!", "?"):
            start = k  # not "ZN.UA", which the segmenter may cut inside
    if start == cand.start:
        return cand
    if start >= cand.end:
        return None
    return dataclasses.replace(cand, start=start, entry=None, head=None)
