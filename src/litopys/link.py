"""Stage 4: linking mentions into entities.

Gives every mention a canonical nominative name (Кім Чен Ином → Кім Чен Ин, Трудової партії →
Трудова партія), groups the mentions of one entity (full names, surnames alone, gazetteer aliases,
an abbreviation given in brackets), finds each entity's country and actor code (from the gazetteer
and from role descriptors such as "президент США", "речник Пентагону", "міністр оборони РФ"), links
descriptor-only mentions ("лідер КНДР") to the person already introduced, and gives each entity a
cross-article key.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from litopys.lang.uk import resources
from litopys.mentions import (
    Candidate,
    GazetteerEntry,
    compound_org_prefix,
    country_names,
    gazetteer,
    generic_actors,
    is_capitalized,
    is_mission_name,
    lemmas,
    match_entry,
    name_particles,
    org_heads,
    org_prefixes,
    word_lemmas,
)
from litopys.model import Entity, Mention
from litopys.morphology import (
    CASES,
    Parse,
    analyzer,
    inflect,
    nominative,
    parses,
    readings,
    sentence_of,
    token_at_char,
    tokens_between,
)

_NAME_TAGS = ("Name", "Surn", "Patr")


@dataclass(slots=True)
class LinkedMention:
    start: int  # token indices
    end: int
    entity: str
    descriptor: bool = False
    type: str = "PER"  # the entity's type: which word of the mention carries its case


@dataclass(slots=True)
class Linking:
    entities: list[Entity] = field(default_factory=list)
    mentions: list[LinkedMention] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)  # entity id → role lemmas
    # entity id → "masc"/"femn" as the text shows it ("міністерка Реем Алабалі-Радован прибула")
    genders: dict[str, str] = field(default_factory=dict)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        found = self._by_id.get(entity_id)
        if found is None or found.id != entity_id or self._by_id_count != len(self.entities):
            # entities are appended (and, rarely, re-identified): index again when the list changed
            self._by_id = {e.id: e for e in self.entities}
            self._by_id_count = len(self.entities)
            found = self._by_id.get(entity_id)
        return found

    _by_id: dict[str, Entity] = field(default_factory=dict)
    _by_id_count: int = -1
    _index: dict[int, LinkedMention] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _indexed: int = -1

    def at(self, token_index: int) -> LinkedMention | None:
        """The mention covering a token; a name wins over a descriptor that contains it."""
        if self._indexed != len(self.mentions):
            self._index = {}
            for m in sorted(self.mentions, key=lambda m: not m.descriptor):
                for k in range(m.start, m.end):
                    self._index[k] = m
            self._starts = [m.start for m in self.mentions]
            self._indexed = len(self.mentions)
        return self._index.get(token_index)

    def sort(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._indexed = -1

    def before(self, pos: int) -> Iterator[LinkedMention]:
        """Mentions that start before token ``pos``, the nearest first (stop early: no full scan)."""
        self.at(0)
        for k in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            yield self.mentions[k]

    def between(self, lo: int, hi: int) -> list[LinkedMention]:
        """Mentions that start in token range [lo, hi) (``mentions`` is kept sorted by start)."""
        self.at(0)
        return self.mentions[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]


# ---------------------------------------------------------------- lexicons


@functools.cache
def roles() -> dict[tuple[str, ...], tuple[str, str]]:
    """Role descriptor lemma sequences → (sector, kind)."""
    return {
        tuple(r["lemma"].split()): (r.get("sector", ""), r.get("kind", "title"))
        for r in resources.table("roles.tsv")
    }


@functools.cache
def _persons() -> tuple[dict[str, tuple[str, str, str]], dict[str, list[tuple[str, str, str]]]]:
    """Well-known people: full name or alias → (name, country, sector); surname → candidates."""
    full: dict[str, tuple[str, str, str]] = {}
    by_surname: dict[str, list[tuple[str, str, str]]] = {}
    for row in resources.table("persons.tsv"):
        value = (row["name"], row.get("country", ""), row.get("sector", ""))
        for name in [row["name"], *filter(None, row.get("aliases", "").split("|"))]:
            full[name.strip().lower()] = value
        by_surname.setdefault(row["name"].split()[-1].lower(), []).append(value)
    return full, by_surname


def known_person(name: str) -> tuple[str, str, str] | None:
    """(full name, country, sector) of a prominent person the article names without a descriptor.
    A surname alone counts only when one listed person has it."""
    full, by_surname = _persons()
    key = name.lower()
    if key in full:
        return full[key]
    if " " not in key and len(by_surname.get(key, [])) == 1:
        return by_surname[key][0]
    return None


@functools.cache
def country_adjectives() -> dict[str, str]:
    """Adjectives and demonyms of countries, and of their capitals and large cities."""
    rows = resources.table("country_adjectives.tsv") + resources.table("city_adjectives.tsv")
    return {r["lemma"]: r["country"] for r in rows}


def country_of_adjective(tok: Token) -> str | None:
    table = country_adjectives()
    for p in parses(tok.text):
        if p.lemma in table:
            return table[p.lemma]
    return None


@functools.cache
def _gazetteer_by_name() -> dict[tuple[str, str], GazetteerEntry]:
    """(type, lower-case canonical or form) → entry, to look up names found by patterns."""
    table: dict[tuple[str, str], GazetteerEntry] = {}
    for entries in gazetteer().values():
        for e in entries:
            table.setdefault((e.type, e.form.lower()), e)
    return table


def lookup(type_: str, name: str) -> GazetteerEntry | None:
    return _gazetteer_by_name().get((type_, name.lower()))


# ---------------------------------------------------------------- canonical names


def _restore_case(surface: str, form: str) -> str:
    if surface.isupper() and len(surface) > 1:
        return form.upper()
    if surface[:1].isupper():
        return (
            "-".join(part[:1].upper() + part[1:] if part else part for part in form.split("-"))
            if "-" in surface and all(p[:1].isupper() for p in surface.split("-") if p)
            else form[:1].upper() + form[1:]
        )
    return form


def person_name(tokens: list[Token]) -> str:
    """Nominative of a person's name: all parts must agree in case and gender."""
    words = [t for t in tokens if t.text not in (".", "-") and t.lower_ not in name_particles()]
    best: tuple[int, list[str]] | None = None
    subject = _subject_of_verb_after(tokens)
    if subject is not None:
        # "Тосіміцу Мотегі заявив", "Мака Бочорішвілі провела": the subject is nominative, and a
        # foreign name the dictionary does not know stays as written (not "Тосіміц", a guessed dative)
        found = [_nominative_or_as_written(tok, subject, tok is words[0] and len(words) > 1) for tok in words]
        written = [f for f in found if f]
        if len(written) == len(found):
            best = (-1, written)
    for rank, (case, gender) in enumerate(itertools.product(CASES, ("masc", "femn"))):
        if best is not None:
            break
        forms: list[str] = []
        for tok in words:
            if len(tok.text) == 1:  # an initial
                forms.append(tok.text + ".")
                continue
            prefer = "Name" if tok is words[0] and len(words) > 1 else "Surn"
            form = _person_part(tok.text, case, gender, prefer)
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            first_of_double = nxt is not None and nxt.text == "-" and tok is not words[0]
            if form is None and first_of_double:
                form = tok.text  # "Боцан-Харченка": the first part of a double surname may not decline
            if form is None:
                break
            forms.append(_restore_case(tok.text, form))
        else:
            if best is None or rank < best[0]:
                best = (rank, forms)
            break
    if best is None:
        # no agreeing reading: the words as written, hyphens kept tight ("Мохаммед аль-Хулаїфі")
        return re.sub(r"\s*-\s*", "-", " ".join(t.text for t in tokens))
    parts = iter(best[1])
    name = ""
    for tok in tokens:
        if tok.text == ".":
            name += "."
        elif tok.text == "-":
            name = name.rstrip() + "-"  # "Жан-Ноель"
            continue
        else:
            name += tok.lower_ if tok.lower_ in name_particles() else next(parts)
        name += " "
    return name.replace(". ", ". ").strip()


def _subject_of_verb_after(tokens: list[Token]) -> str | None:
    """The gender ("masc"/"femn", or "" when it shows none) of a singular finite verb right after the
    name, making the name its subject; None when no such verb follows."""
    last = tokens[-1]
    doc = last.doc
    # right after the name, or a few words on when a nominative title opens the sentence before it
    # ("Генеральний секретар кабінету Мінору Кіхара на пресконференції наголосив")
    reach = 5 if _titled_sentence_start(tokens[0]) else 1
    for tok in doc[last.i + 1 : min(len(doc), last.i + 1 + reach)]:
        if tok.is_punct:
            return None
        verbs = [p for p in parses(tok.text)[:1] if p.pos == "VERB" and not p.has("infn")]
        if verbs:
            if verbs[0].has("plur"):
                return None
            return next((g for g in ("masc", "femn") if verbs[0].has(g)), "")
    return None


def _titled_sentence_start(first: Token) -> bool:
    """Does the sentence open with a nominative title and run to ``first`` with no punctuation?"""
    sent = sentence_of(first)
    words = [t for t in first.doc[sent.start : first.i] if not t.is_space]
    if not words or any(t.is_punct for t in words):
        return False
    titles = _title_words()
    oblique = {"gent", "datv", "accs", "ablt", "loct"}  # the dictionary leaves some nominatives caseless
    return any(
        p.lemma in titles and not p.grammemes & oblique
        for t in words[:3]
        for p in parses(t.text)
        if p.pos == "NOUN"
    )


@functools.cache
def _title_words() -> frozenset[str]:
    """Every noun lemma of a role descriptor ("секретар" of "генеральний секретар")."""
    return frozenset(word for key in roles() for word in key)


def _nominative_or_as_written(tok: Token, gender: str, first: bool) -> str | None:
    if len(tok.text) == 1:
        return tok.text + "."  # an initial
    prefer = "Name" if first else "Surn"
    for g in (gender,) if gender else ("masc", "femn"):
        form = _person_part(tok.text, "nomn", g, prefer)
        if form is not None:
            return _restore_case(tok.text, form)
    # unknown to the dictionary, or known only as a thing ("Мінору" as a form of "мінор"): as written;
    # "Путіну" (a known surname in the dative) is not
    personal = any(g in r[3] for r in readings(tok.text) for g in ("Name", "Surn", "Patr", "anim"))
    return tok.text if not analyzer().word_is_known(tok.lower_) or not personal else None


def _person_part(word: str, case: str, gender: str, prefer: str = "Surn") -> str | None:
    # a first name reads best as a Name, a last name as a Surn ("Денисові Шмигалі" → Денис Шмигаль)
    for case_, gender_, number, grammemes in sorted(readings(word), key=lambda r: prefer not in r[3]):
        if "Fixd" in grammemes:
            if gender_ in (None, gender) or ("Surn" not in grammemes and "Name" not in grammemes):
                return word.lower()
            continue
        if case_ != case or number == "plur":
            continue
        if gender_ not in (None, gender) and "ADJF" not in grammemes:
            continue
        if (
            not any(t in grammemes for t in _NAME_TAGS)
            and "ADJF" not in grammemes
            and "NOUN" not in grammemes
        ):
            continue
        pos = "ADJF" if "ADJF" in grammemes else "NOUN"
        tag = next((t for t in _NAME_TAGS if t in grammemes), None)
        form = nominative(word, pos=pos, case=case, gender=gender, require=tag)
        if form:
            return form
    if prefer == "Surn" and (form := _surname_by_ending(word, case, gender)) is not None:
        return form
    if not readings(word) or all(r[0] is None for r in readings(word)):
        return word.lower()  # unknown to the dictionary: keep as written
    if (
        case == "nomn"
        and gender == "femn"
        and prefer == "Surn"
        and word.lower().endswith(_FEMININE_SURNAME_ENDINGS)
        and any("Surn" in r[3] for r in readings(word))
    ):
        return word.lower()  # "Яшина", "Петрова": a woman's surname the dictionary knows only as a man's
    return None


_FEMININE_SURNAME_ENDINGS = ("ова", "ева", "єва", "іна", "ина", "їна")

# How possessive-suffix surnames (-ов, -ев, -єв, -ін, -ин, -їн) decline, for the many the dictionary
# does not know ("Ігорю Каргополову" → Каргополов): (case, gender) → endings after the suffix.
_SURNAME_CASE_ENDINGS = {
    ("gent", "masc"): ("а",),
    ("accs", "masc"): ("а",),
    ("datv", "masc"): ("у", "ові"),
    ("ablt", "masc"): ("им",),
    ("loct", "masc"): ("ові", "у"),
    ("gent", "femn"): ("ої",),
    ("datv", "femn"): ("ій",),
    ("loct", "femn"): ("ій",),
    ("accs", "femn"): ("у",),
    ("ablt", "femn"): ("ою",),
}
_SURNAME_SUFFIXES = ("ов", "ев", "єв", "ін", "ин", "їн")


def _surname_by_ending(word: str, case: str, gender: str) -> str | None:
    """The nominative of a surname the dictionary does not know, read off its possessive suffix."""
    if analyzer().word_is_known(word.lower()) or len(word) < 6:
        return None
    lower = word.lower()
    for ending in _SURNAME_CASE_ENDINGS.get((case, gender), ()):
        stem = lower.removesuffix(ending)
        if stem != lower and stem.endswith(_SURNAME_SUFFIXES):
            return stem + ("а" if gender == "femn" else "")
    return None


def phrase_name(tokens: list[Token], head: int | None) -> str:
    """Nominative of an adjective + noun phrase; words after the head (genitives) stay as written."""
    if head is None:
        head = next((k for k, t in enumerate(tokens) if _noun_readings(t)), len(tokens) - 1)
    # proper words before the head ("Тенгрі Транзит Банку") stay as written; adjectives agree
    adjectives = [t for t in tokens[:head] if any("ADJF" in r[3] for r in readings(t.text))]
    reading = _agreeing_reading(adjectives, tokens[head])
    if reading is None and adjectives and tokens[head].text.isupper():
        # "Житомирської ОВА": an abbreviation has no case of its own; the adjective's reading decides
        reading = next(
            ((c, g, n) for c, g, n, grammemes in readings(adjectives[-1].text) if "ADJF" in grammemes and g),
            None,
        )
    if reading is None:
        return " ".join(t.text for t in tokens)
    case, gender, number = reading
    out = []
    for k, tok in enumerate(tokens):
        if k < head:
            form = (
                nominative(tok.text, pos="ADJF", case=case, gender=gender, number=number)
                if tok in adjectives
                else None
            )
        elif k == head:
            form = nominative(tok.text, pos="NOUN", case=case, number=number)
            heads = [p.lemma for p in parses(tok.text) if p.lemma in org_heads()]
            if heads and not any(p.lemma in org_heads() for p in parses(form or "")):
                form = heads[0]  # "Банку" is the bank's genitive, not a jar's accusative
        else:
            form = None
        out.append(_restore_case(tok.text, form) if form and not tok.text.isupper() else tok.text)
    return _join(tokens, out)


def _noun_readings(tok: Token) -> list[tuple[str | None, str | None, str | None]]:
    return [(c, g, n) for c, g, n, grammemes in readings(tok.text) if "NOUN" in grammemes]


def _agreeing_reading(
    adjectives: list[Token], head: Token
) -> tuple[str | None, str | None, str | None] | None:
    """The head noun's reading (case, gender, number) that its adjectives agree with."""
    options = _noun_readings(head)
    for case, gender, number in options:
        if all(
            any(
                c == case
                and (n == number or number is None)
                and (g == gender or number == "plur" or g is None)
                for c, g, n, gr in readings(adj.text)
                if "ADJF" in gr
            )
            for adj in adjectives
        ):
            return case, gender, number
    return options[0] if options else None


def _join(tokens: list[Token], forms: list[str]) -> str:
    text = ""
    for tok, form in zip(tokens, forms, strict=True):
        text += form + (" " if tok.whitespace_ else "")
    return text.strip()


def single_name(tok: Token) -> str:
    if (
        tok.text.isupper()
        or not tok.text[:1].isalpha()
        or not any("\u0400" <= c <= "\u04ff" for c in tok.text)
    ):
        return tok.text
    form = nominative(tok.text, pos="NOUN")
    return _restore_case(tok.text, form) if form else tok.text


def canonical(doc: Doc, cand: Candidate) -> str:
    """The nominative name of one mention."""
    if cand.entry is not None:
        return cand.entry.form  # the nominative form the gazetteer matched
    if "name" in cand.extra:
        return cand.extra["name"]  # built from its parts where it was found: "Посольство Росії в Канаді"
    tokens = list(doc[cand.start : cand.end])
    surface = doc[cand.start : cand.end].text
    if cand.how in ("latin", "abbr"):
        return surface
    if cand.how == "place":
        # "аеродром Кневичі" stays as written; "у місті Києві" → Київ
        return single_name(tokens[0]) if len(tokens) == 1 and not _appositive(doc, cand) else surface
    if cand.how == "asian":
        return surface  # "Лай Цін-де" does not decline
    if cand.how == "arabic":
        return _arabic_name(tokens, cand.type)
    if cand.how == "street":
        head = nominative(tokens[0].text, pos="NOUN") or tokens[0].lower_
        return " ".join([head] + [t.text for t in tokens[1:]])
    if cand.type == "PER":
        return person_name(tokens)
    if len(tokens) == 1:
        return single_name(tokens[0])
    return phrase_name(tokens, None if cand.head is None else cand.head - cand.start)


def _arabic_name(tokens: list[Token], type_: str) -> str:
    """ "Ель-Обейда" → "Ель-Обейд", "Аль-Харітом Ідрісом" → "Аль-Харіт Ідріс": the article keeps its
    capital; a place declines only in its last part."""
    if type_ == "PER":
        name = person_name(tokens)
        article = next(
            (t.text for t in tokens if t.text[:1].isupper() and t.lower_ == name[: len(t.text)].lower()), None
        )
        return article + name[len(article) :] if article else name
    last = tokens[-1]
    nouns = [p for p in parses(last.text) if p.pos == "NOUN"]
    stem = single_name(last) if nouns else last.text
    return "".join(t.text_with_ws for t in tokens[:-1]) + stem


def _appositive(doc: Doc, cand: Candidate) -> bool:
    """A name after a place noun stays as written unless it agrees in case with the noun
    ("аеродром Кневичі" stays; "у місті Києві" → Київ)."""
    if cand.head is None:
        return True
    head_cases = {r[0] for r in readings(doc[cand.head].text) if r[0]}
    name_cases = {r[0] for r in readings(doc[cand.start].text) if r[0] and "NOUN" in r[3]}
    return not (head_cases & name_cases) or head_cases & name_cases == {"nomn"}


# ---------------------------------------------------------------- grouping


def link(doc: Doc, candidates: list[Candidate]) -> Linking:
    result = Linking()
    by_key: dict[str, Entity] = {}
    person_parts: dict[str, Entity] = {}
    entries: dict[str, GazetteerEntry] = {}
    names: dict[str, list[str]] = {}
    shortened: dict[str, Entity] = {}  # every way an organization's name can be cut to initials
    qualified: dict[str, dict[str, Entity]] = {}  # an organization's name without its last words
    owned: dict[str, str] = {}  # key of a body named with a country adjective → that country

    def new_entity(type_: str, key: str, name: str) -> Entity:
        ent = Entity(id=f"E{len(result.entities) + 1}", type=type_, name=name, key=key)  # type: ignore[arg-type]
        result.entities.append(ent)
        by_key[key] = ent
        return ent

    candidates = _split_at_known_surnames(doc, candidates)
    ordered = sorted(candidates, key=lambda c: (-(c.type == "PER" and c.end - c.start > 1), c.start))
    # places the text itself calls so ("села Гута Степанська"), not the recogniser's guesses
    places = {
        canonical(doc, c).lower()
        for c in candidates
        if c.type == "LOC" and c.how in ("place", "gazetteer", "arabic")
    }
    for cand in ordered:
        name = canonical(doc, cand)
        if cand.type == "PER" and cand.how != "gazetteer" and name.lower() in places:
            # "села Гута Степанська … у Гуті Степанській": a name the text calls a place is one
            cand = dataclasses.replace(cand, type="LOC")
        entry = cand.entry or lookup(cand.type, name)
        if entry is not None and entry.type != cand.type and cand.how != "gazetteer":
            entry = None
        ent: Entity | None = None
        if entry is not None:
            key = f"{entry.type}:{entry.name.lower()}"
            ent = by_key.get(key) or new_entity(entry.type, key, entry.name)
            entries[ent.id] = entry
        elif cand.type == "PER":
            core = [w for w in name.lower().split() if w not in name_particles()]
            if len(core) >= 2 and known_person(name) is None:
                # "з Андрієм Сибігою": a listed person in a case the dictionary cannot undo
                written = [t.lower_ for t in doc[cand.start : cand.end] if t.is_alpha]
                name = _listed_person(core) or _listed_person(written) or name
            key = f"PER:{name.lower()}"
            ent = by_key.get(key)
            core = [w for w in name.lower().split() if w not in name_particles()]
            if ent is None and len(core) == 1:
                ent = _known_person(doc, cand, core[0], person_parts)
            if ent is None:
                ent = new_entity("PER", key, name)
                for part in core:
                    person_parts.setdefault(part, ent)
        elif (
            cand.how != "gazetteer"
            and cand.end - cand.start == 1
            and (person := _known_person(doc, cand, name.lower(), person_parts)) is not None
            # the surname itself under a case ending, not a place sharing a stem with it
            and len(person.name.split()) > 1
            and doc[cand.start].lower_.startswith(person.name.lower().split()[-1])
        ):
            # "після зустрічі з Ауном" after "Жозеф Аун": the surname of the person named before,
            # whatever type the recogniser guessed for the bare word
            ent = person
        else:
            alias = _bracket_alias_of(doc, cand, result) or (
                _acronym_alias(name, shortened) if cand.type == "ORG" else None
            )
            key = f"{cand.type}:{name.lower()}"
            owner = _country_adjective_before(doc, cand) if cand.type == "ORG" else None
            if owner is not None:
                # "латвійського МЗС" is not the "МЗС" of another sentence: a body of each country
                alias, key = None, f"{key}|{owner}"
                owned[key] = owner
            if alias is None and owner is None and key not in by_key and cand.type == "ORG":
                # "МЗС" after "МЗС Данії": the one organization named before with its country after
                earlier = qualified.get(name.lower(), {})
                alias = next(iter(earlier.values())) if len(earlier) == 1 else None
                # "Генштабу" after "Генеральний штаб Збройних сил України": the one body so named
                expanded = _compound_short(name)
                if alias is None and expanded is not None:
                    bodies = {
                        e.id: e
                        for e in by_key.values()
                        if e.type == "ORG"
                        # "МЗС Ірану" counts as well: two ministries so named leave "МЗС" open
                        and e.name.lower().startswith((expanded, f"{name.lower()} "))
                    }
                    alias = next(iter(bodies.values())) if len(bodies) == 1 else None
            ent = alias or by_key.get(key) or new_entity(cand.type, key, name)
        names.setdefault(ent.id, []).append(name)
        if ent.type == "ORG":
            for form in _short_forms(name):
                shortened.setdefault(form, ent)
            for full in {name, ent.name}:
                words = full.lower().split()
                for cut in (1, 2):
                    if len(words) > cut:
                        qualified.setdefault(" ".join(words[:-cut]), {})[ent.id] = ent
        result.mentions.append(LinkedMention(cand.start, cand.end, ent.id, type=ent.type))
        span = doc[cand.start : cand.end]
        ent.mentions.append(Mention(span.start_char, span.end_char, span.text))
    # places and organizations first: people take their country from them ("президент США")
    for ent in sorted(result.entities, key=lambda e: e.type == "PER"):
        ent.mentions.sort(key=lambda m: m.start)
        _finish_entity(doc, ent, entries.get(ent.id), names.get(ent.id, []), result)
    for ent in result.entities:
        if ent.key in owned and ent.country in (None, owned[ent.key]):
            _name_with_owner(ent, owned[ent.key])
    result.sort()
    _genders_in_text(doc, result)
    _pairwise_countries(doc, result)
    _countries_of_national_posts(doc, result)
    _join_forms_to_names(doc, result)
    _link_descriptors(doc, result)
    _link_org_anaphors(doc, result)
    return result


# compound short names of bodies and the words they stand for
_COMPOUND_SHORTS = {
    "генштаб": "генеральний штаб",
    "міноборони": "міністерство оборони",
    "мінфін": "міністерство фінансів",
    "мін'юст": "міністерство юстиції",
    "мінекономіки": "міністерство економіки",
    "міненерго": "міністерство енергетики",
    "держдеп": "державний департамент",
    "мзс": "міністерство закордонних справ",
    "мвс": "міністерство внутрішніх справ",
}


def _compound_short(name: str) -> str | None:
    """The words a compound short name stands for, in any case ("Генштабу", "Мінфіні")."""
    word = name.lower()
    return next(
        (
            full
            for short, full in _COMPOUND_SHORTS.items()
            if word.startswith(short) and len(word) - len(short) <= 3
        ),
        None,
    )


def _name_with_owner(ent: Entity, country: str) -> None:
    """ "турецьке МЗС" is "МЗС Туреччини", the name other articles use for it."""
    if ent.country is None:
        ent.country, ent.code = country, country + (ent.code or "")
    owner = country_names().get(country)
    genitive = inflect(owner, "gent") if owner is not None and " " not in owner else None
    # only a bare abbreviation or head noun: "Керемет Банк" is a name of its own
    if genitive and (ent.name.isupper() or " " not in ent.name):
        ent.name = f"{ent.name} {genitive[:1].upper()}{genitive[1:]}"
        ent.key = f"{ent.type}:{ent.name.lower()}"


def _genders_in_text(doc: Doc, linking: Linking) -> None:
    """A person's gender as the article writes it: the title before the name ("міністерка",
    "речник") and a past-tense verb right after it ("прибула"); foreign first names the dictionary
    does not know ("Реем") are decided so."""
    votes: dict[str, Counter[str]] = {}
    for m in linking.mentions:
        ent = linking.entity(m.entity)
        if ent is None or ent.type != "PER" or m.descriptor:
            continue
        before = [t for t in doc[max(0, m.start - 3) : m.start] if not t.is_punct]
        titles = [p for t in before for p in parses(t.text)[:1] if p.pos == "NOUN" and (p.lemma,) in roles()]
        after = doc[m.end] if m.end < len(doc) else None
        verbs = (
            [p for p in parses(after.text) if p.pos == "VERB" and p.has("past")] if after is not None else []
        )
        for p in titles[-1:] + verbs[:1]:
            if gender := next((g for g in ("masc", "femn") if p.has(g)), None):
                votes.setdefault(ent.id, Counter())[gender] += 1
    for ent_id, counted in votes.items():
        (top, n), *rest = counted.most_common()
        if not rest or n > rest[0][1]:
            linking.genders[ent_id] = top


# sectors of posts that belong to one state: its government, courts, police, army, parliament, parties
# heads of groups that act on their own or for whoever runs them, not as a state's body
_NON_STATE_HEADS = frozenset({"угруповання", "угрупування", "група", "мережа"})
_NATIONAL_SECTORS = frozenset({"GOV", "JUD", "COP", "MIL", "LEG", "PTY", "MED", "CVL"})
# bodies that are one state's whatever their name: courts, police, armies, parties, outlets
_NATIONAL_BODY_SECTORS = frozenset({"JUD", "COP", "MIL", "PTY", "MED"})
# how far before a name its title may name an international employer ("заступниця прокурора МКС")
_TITLE_REACH = 6


def _pairwise_countries(doc: Doc, linking: Linking) -> None:
    """ "Міністри закордонних справ Азербайджану та Вірменії Джейхун Байрамов і Арарат Мірзоян": two
    names joined after a plural title of two countries take the countries in their order."""
    for second in linking.mentions:
        ent = linking.entity(second.entity)
        if ent is None or ent.type != "PER" or ent.country is not None or second.start < 4:
            continue
        join = second.start - 1
        if doc[join].text[:1].isupper() and linking.at(join) is None:
            join -= 1  # "і Арарат Мірзоян": a first name the recognizer left out
        if doc[join].lower_ not in ("і", "й", "та"):
            continue
        first = linking.at(join - 1)
        first_ent = linking.entity(first.entity) if first is not None else None
        if first is None or first_ent is None or first_ent.type != "PER":
            continue
        countries = _two_countries_before(doc, first.start, linking)
        if countries is not None and first_ent.country in (None, countries[0]):
            ent.country = countries[1]
            sector = (first_ent.code or "")[3:] if first_ent.country else first_ent.code or ""
            ent.code = countries[1] + sector


def _two_countries_before(doc: Doc, start: int, linking: Linking) -> tuple[str, str] | None:
    """The countries of "<plural title> ... A та B" right before ``start``."""
    b = linking.at(start - 1)
    a = linking.at(b.start - 2) if b is not None and b.start >= 2 else None
    if a is None or b is None or doc[b.start - 1].lower_ not in ("і", "й", "та"):
        return None
    first, second = linking.entity(a.entity), linking.entity(b.entity)
    if first is None or second is None or not first.country or not second.country:
        return None
    title = next((t for t in doc[max(0, a.start - 5) : a.start] if _title_words() & lemmas(t)), None)
    if title is None or not any(p.has("plur") for p in parses(title.text)[:1]):
        return None
    return first.country, second.country


def _countries_of_national_posts(doc: Doc, linking: Linking) -> None:
    """ "Міністерка внутрішніх справ Марі Рантанен", "Бакинський суд" with no country named: a
    national post or body is the country's the story has mostly been about up to the name. Posts of
    an international body ("прокурора МКС", "Її генеральна секретарка") stay without a country."""
    # bodies first: "Лідер РНП Озгюр Озель" is the party's once the party has its country
    for ent in sorted(linking.entities, key=lambda e: e.type == "PER"):
        if ent.type not in ("PER", "ORG") or ent.country is not None or ent.code not in _NATIONAL_SECTORS:
            continue
        ministry = ent.name.lower().startswith(("міністерство", "мін"))  # a ministry is one state's
        if ent.type == "ORG" and (
            international_name(ent.name) or (ent.code not in _NATIONAL_BODY_SECTORS and not ministry)
        ):
            continue  # "Європейська служба зовнішніх дій"; "Рада Безпеки" may be the UN's
        first = next((m for m in linking.mentions if m.entity == ent.id), None)
        if first is None or (ent.type == "PER" and _international_employer_before(doc, first.start, linking)):
            continue
        if ent.type == "ORG" and first.start > 0 and lemmas(doc[first.start - 1]) & _NON_STATE_HEADS:
            continue  # "угруповання APT28", "мережа «Ґраніт»": a group is no state's body by default
        lead = _country_leading_before(doc, first.start, linking)
        if lead is not None:
            # "Сербія свою причетність заперечує. Президент Александар Вучич назвав ...": the post is
            # of the country the sentence before opened with
            ent.country = lead
            ent.code = lead + ent.code
            continue
        counts = Counter(
            other.country
            for m in linking.mentions
            if m.start < first.start
            and (other := linking.entity(m.entity)) is not None
            and other.country
            and other.code != "IGO"
            # "Посольство США в Каракасі" tells where the story is no more than its parts do
            and not is_mission_name(other.name)
        )
        if counts:
            ent.country = counts.most_common(1)[0][0]
            ent.code = ent.country + ent.code


def _country_leading_before(doc: Doc, start: int, linking: Linking) -> str | None:
    """The country that opens the sentence before, when the title at ``start`` opens its own."""
    sent = sentence_of(doc[start])
    if start - sent.start > 1 or sent.start == 0:
        return None
    before = sentence_of(doc[sent.start - 1])
    m = linking.at(before.start)
    ent = linking.entity(m.entity) if m is not None else None
    if ent is None or ent.type != "LOC" or ent.country is None or ent.code != ent.country:
        return None
    return ent.country if is_nominative(doc, m) else None  # type: ignore[arg-type]


# words that make a body's name international rather than one state's
_INTERNATIONAL_WORDS = ("європейськ", "міжнародн", "світов", "всесвітн", "оон", "нато", "спільн")


def international_name(name: str) -> bool:
    """Does a body's name make it international ("Європейська служба зовнішніх дій")?"""
    return any(word in name.lower() for word in _INTERNATIONAL_WORDS)


def _international_employer_before(doc: Doc, start: int, linking: Linking) -> bool:
    sent = sentence_of(doc[start])
    for tok in doc[max(sent.start, start - _TITLE_REACH) : start]:
        if tok.lower_ in ("її", "його", "їх", "їхній", "їхня"):
            return True  # the post of an organization named before
        m = linking.at(tok.i)
        other = linking.entity(m.entity) if m is not None else None
        if other is not None and other.type == "ORG" and (other.country is None or other.code == "IGO"):
            return True
    return False


def _join_forms_to_names(doc: Doc, linking: Linking) -> None:
    """ "НАЕК «Енергоатом»", "ТОВ «Будпостач»": an abbreviation of a legal form right before a quoted
    name is that organization, not one of its own."""
    for m in list(linking.mentions):
        ent = linking.entity(m.entity)
        if (
            ent is None
            or ent.type != "ORG"
            or m.end + 2 >= len(doc)
            or doc[m.end].text not in ("«", '"', "„")
        ):
            continue
        if not doc[m.start : m.end].text.isupper():
            continue
        named = linking.at(m.end + 1)
        owner = linking.entity(named.entity) if named is not None else None
        if owner is None or owner.type != "ORG" or owner.id == ent.id or named is None:
            continue
        if named.end >= len(doc) or doc[named.end].text not in ("»", '"', "“", "”"):
            continue
        m.entity = owner.id
        span = doc[m.start : m.end]
        owner.mentions.append(Mention(span.start_char, span.end_char, span.text))
        owner.mentions.sort(key=lambda x: x.start)
        ent.mentions = [x for x in ent.mentions if x.start != span.start_char]
        if not ent.mentions:
            linking.entities.remove(ent)
    linking.sort()


def _split_at_known_surnames(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Two people run together into one span split where the surname of a person named earlier
    begins or ends it: "з … Іньяціо Кассісом | Сибіга обговорив", "Захисник Жемайтіса | Арунас
    Вайткус". The other word must be in an oblique case, so "Володимир Кличко" after "Віталій
    Кличко" stays whole."""
    people = sorted(
        (c for c in candidates if c.type == "PER" and c.end - c.start >= 2), key=lambda c: c.start
    )
    by_end = iter(sorted(people, key=lambda c: c.end))
    known = next(by_end, None)
    surnames: dict[str, str] = {}  # surname → first name, of the people named so far
    cuts: dict[int, int] = {}
    for cand in people:
        while known is not None and known.end <= cand.start:
            surnames[doc[known.end - 1].lower_] = doc[known.start].lower_
            known = next(by_end, None)
        cut = _surname_cut(doc, cand, surnames)
        if cut is not None:
            cuts[id(cand)] = cut
    result: list[Candidate] = []
    for cand in candidates:
        cut = cuts.get(id(cand))
        if cut is None:
            result.append(cand)
            continue
        result.append(replace(cand, end=cut, head=None))
        result.append(replace(cand, start=cut, head=None))
    return result


def _surname_cut(doc: Doc, cand: Candidate, surnames: dict[str, str]) -> int | None:
    last, first = doc[cand.end - 1], doc[cand.start]
    before_last = doc[cand.end - 2]
    if (
        surnames.get(last.lower_) not in (None, first.lower_)
        and before_last.text[:1].isupper()
        and _oblique(before_last)
    ):
        return cand.end - 1
    stems = _name_stems(first.lower_)
    rest = [t.lower_ for t in doc[cand.start + 1 : cand.end]]
    if (
        cand.end - cand.start >= 3
        and _oblique(first)
        and any(stem in _listed_by_surname_stem() for stem in stems - {first.lower_})
        and _listed_person(rest) is not None
    ):
        # "Речник Путіна Дмитро Пєсков": a listed person's surname in the genitive, then another
        # listed person in full
        return cand.start + 1
    for surname, given in surnames.items():
        if cand.end - cand.start >= 3 and stems & _name_stems(surname) and given != first.lower_:
            return cand.start + 1 if _oblique(first) else None
    return None


def _oblique(tok: Token) -> bool:
    """A name word the dictionary cannot read as nominative ("Жемайтіса"), or an unknown one with an
    instrumental ending ("Кассісом")."""
    found = parses(tok.text)
    if len(tok.text) >= 5 and tok.lower_.endswith(_INSTRUMENTAL_ENDINGS):
        return True
    return bool(found) and not any(p.has("nomn") for p in found)


_INSTRUMENTAL_ENDINGS = ("ом", "ем", "єм", "ою", "ею", "єю")


def _country_adjective_before(doc: Doc, cand: Candidate) -> str | None:
    """The country of a lower-case country adjective right before a name ("латвійського МЗС")."""
    k = cand.start - 1
    if k >= 0 and doc[k].text in ("«", '"', "„"):
        k -= 1
    return country_of_adjective(doc[k]) if k >= 0 and doc[k].text.islower() else None


def _known_person(doc: Doc, cand: Candidate, part: str, person_parts: dict[str, Entity]) -> Entity | None:
    """A surname alone names the person introduced in full: "Умєрова" (accusative) → Рустем Умєров."""
    if part in person_parts:
        return person_parts[part]
    word = doc[cand.end - 1].text
    for case in CASES:
        for gender in ("masc", "femn"):
            form = _person_part(word, case, gender)
            if form and form.lower() in person_parts:
                return person_parts[form.lower()]
    # names the dictionary does not know ("Сибігу", "Мілею", "Тарріела" after "Джея Тарріели"):
    # the same stem under a case ending, and only a surname (the last word of a full name)
    stems = _name_stems(word.lower())
    matches = {
        ent.id: ent
        for part, ent in person_parts.items()
        if stems & _name_stems(part) and ent.name.lower().split()[-1] == part
    }
    return next(iter(matches.values())) if len(matches) == 1 else None


# case endings of Ukrainian nouns; a name's stem is what is left before one
_CASE_ENDINGS = (
    "а",
    "я",
    "у",
    "ю",
    "ові",
    "еві",
    "єві",
    "ом",
    "ем",
    "єм",
    "і",
    "ї",
    "и",
    "ою",
    "ею",
    "єю",
    "о",
    "е",
    "й",
    "ь",
)


# "Сибізі", "Шмигалі... ": before the dative/locative "-і" a stem's г, к, х turn into з, ц, с
_ALTERNATIONS = {"з": "г", "ц": "к", "с": "х"}


@functools.lru_cache(maxsize=100_000)
def _name_stems(word: str) -> frozenset[str]:
    """Every stem of at least four letters a case ending can leave: "мілею" → {міл(too short), міле}."""
    stems = {word[: -len(e)] for e in _CASE_ENDINGS if word.endswith(e)}
    if word.endswith("і") and len(word) > 2 and word[-2] in _ALTERNATIONS:
        stems.add(word[:-2] + _ALTERNATIONS[word[-2]])
    return frozenset(x for x in stems | {word} if len(x) >= 4)


@functools.cache
def _listed_by_surname_stem() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    full, _ = _persons()
    for name in {value[0] for value in full.values()}:
        words = tuple(w for w in name.lower().split() if w not in name_particles())
        for stem in _name_stems(words[-1]):
            index.setdefault(stem, []).append(words)
    return index


def _listed_person(words: list[str]) -> str | None:
    """The listed full name whose every word shares a stem with the word written ("Андрієм Сибігою",
    "Андрію Сибізі" → Андрій Сибіга); only when exactly one listed person fits."""
    fits = {
        listed
        for stem in _name_stems(words[-1])
        for listed in _listed_by_surname_stem().get(stem, [])
        if len(listed) == len(words)
        and all(_name_stems(a) & _name_stems(b) for a, b in zip(listed, words, strict=True))
    }
    if len(fits) != 1:
        return None
    found = known_person(" ".join(next(iter(fits))))
    return found[0] if found is not None else None


def _acronym_alias(name: str, shortened: dict[str, Entity]) -> Entity | None:
    """ "Херсонська ОВА" and "Херсонська обласна військова адміністрація": one organization, its
    name shortened to the initials of some of its words (in either order of appearance)."""
    for form in (name.lower(), *_short_forms(name)):
        ent = shortened.get(form)
        if ent is not None:
            return ent
    return None


def _short_forms(name: str) -> list[str]:
    """A name with a run of two or more of its words (not the first) cut to their initials, lower
    case except the initials: "Херсонська обласна військова адміністрація" → "херсонська ОВА", ...;
    a name that already has an abbreviation maps to itself."""
    words = name.split()
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        return [" ".join(w if w.isupper() else w.lower() for w in words)]
    if len(words) > 8:
        return []
    forms = []
    for a in range(1, len(words)):
        for b in range(a + 2, len(words) + 1):
            initials = "".join(w[0] for w in words[a:b]).upper()
            if initials.isalpha():
                forms.append(
                    " ".join([w.lower() for w in words[:a]] + [initials] + [w.lower() for w in words[b:]])
                )
    return forms


def _bracket_alias_of(doc: Doc, cand: Candidate, result: Linking) -> Entity | None:
    """ "Центральне інформаційне агентство Кореї (KCNA)": the bracketed name is an alias."""
    if cand.start < 2 or doc[cand.start - 1].text != "(":
        return None
    before = next((m for m in result.mentions if m.end == cand.start - 1), None)
    if before is None:
        return None
    ent = result.entity(before.entity)
    return ent if ent is not None and ent.type in ("ORG", cand.type) else None


def _finish_entity(
    doc: Doc, ent: Entity, entry: GazetteerEntry | None, names: list[str], result: Linking
) -> None:
    if entry is not None:
        ent.country, sector = entry.country, entry.sector
        if ent.type == "ORG":
            # organizations are named as the article introduces them; abbreviations yield to full names,
            # and a name cut short ("Служби безпеки") to the listed one it begins
            listed = entry.name
            full = [listed if listed.lower().startswith(n.lower()) else n for n in names if not n.isupper()]
            ent.name = max(full, key=len) if full else entry.name
    else:
        sector = None
        if ent.type == "ORG":
            full = [n for n in names if not n.isupper()]
            ent.name = max(full, key=len) if full else names[0]
            sector, ent.country = _org_sector_country(doc, ent)
        elif ent.type == "PER":
            sector, ent.country = _person_descriptors(doc, ent, result)
    if ent.type == "PER" and entry is not None:
        sector, _ = _person_descriptors(doc, ent, result)
    known = known_person(ent.name) if ent.type == "PER" else None
    if known is not None:
        if " " not in ent.name:
            # "президент Зеленський" in one article, "Володимир Зеленський" in another: one key
            ent.name, ent.key = known[0], f"PER:{known[0].lower()}"
        if not known[1] and known[2] == "IGO" and entry is None:
            # "Генсек Антоніу Гутерреш" in a story about Lebanon: an international official has none
            ent.country, sector = None, "IGO"
        elif ent.country is None or (known[1] and entry is None):
            # a listed person's country outranks one guessed from a bare title ("речник МЗС")
            ent.country, sector = known[1] or ent.country, sector or known[2] or None
    if entry is None and ent.type != "PER" and _names_a_treaty(ent.name):
        # "Оттавська конвенція", "Мінські угоди": a treaty named after a city belongs to no country
        ent.country, sector = None, None
    ent.code = (ent.country or "") + (sector or "") or None
    if ent.type == "LOC" and entry is not None and entry.kind not in ("country",):
        ent.code = None
    ent.key = ent.key or f"{ent.type}:{ent.name.lower()}"


_TREATIES = frozenset({"конвенція", "договір", "угода", "пакт", "протокол", "хартія", "меморандум"})


def _names_a_treaty(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and any(word_lemmas(w.lower()) & _TREATIES for w in words[:3])


def _org_sector_country(doc: Doc, ent: Entity) -> tuple[str | None, str | None]:
    sector = country = None
    for mention in ent.mentions:
        for k in tokens_between(doc, mention.start, mention.end):
            tok = doc[k]
            for p in parses(tok.text):
                if sector is None and p.lemma in org_heads() and org_heads()[p.lemma]:
                    sector = org_heads()[p.lemma]
            if country is None and is_capitalized(tok):
                country = _country_of_token(tok)
    for mention in ent.mentions if sector is None else ():
        sector = _sector_of_head_before(doc, mention)
        if sector is not None:
            break
    for mention in ent.mentions if country is None else ():
        # "польської Агенції внутрішньої безпеки": the country adjective before the name
        before = token_at_char(doc, mention.start) - 1
        if before >= 0 and doc[before].text in ("«", '"', "„"):
            before -= 1  # "киргизького «Тенгрі Транзит Банку»"
        # "німецький державний банк розвитку KfW": past the lower-case words of its description
        headed = False  # "позиції італійського контингенту Тимчасових сил ООН": the contingent's
        for k in range(before, max(-1, before - 5), -1):
            tok = doc[k]
            if not tok.text.islower() or not tok.is_alpha:
                break
            country = country_of_adjective(tok)
            if country is not None and k < before and not headed:
                country = None  # an adjective further back describes the name only through a head noun
                break
            if country is not None or any(p.pos in ("VERB", "PREP", "CONJ") for p in parses(tok.text)[:1]):
                break
            headed = headed or any(p.lemma in org_heads() for p in parses(tok.text)[:2] if p.pos == "NOUN")
        if country is not None:
            break
    for mention in ent.mentions if country is None else ():
        # "Росавіація", "Укрзалізниця": the prefix of a one-word name says whose body it is
        prefix = compound_org_prefix(mention.text)
        if prefix is not None:
            sector = sector or org_prefixes()[prefix][0]
            country = org_prefixes()[prefix][1]
            break
    for mention in ent.mentions if country is None else ():
        # "Центр спеціальних операцій «А» СБУ": a unit named with the body it belongs to
        country = _owner_abbreviation_country(doc, token_at_char(doc, mention.end - 1) + 1)
        if country is not None:
            break
    for mention in ent.mentions if country is None and sector in _SEATED_SECTORS else ():
        # "Окружний суд у Варшаві", "прокуратура у Вроцлаві": a state body sits in its own country
        after = token_at_char(doc, mention.end - 1) + 1
        if after + 1 < len(doc) and doc[after].lower_ in ("у", "в") and is_capitalized(doc[after + 1]):
            country = _country_of_token(doc[after + 1])
            if country is not None:
                break
    return sector, country


_SEATED_SECTORS = frozenset({"JUD", "COP", "GOV", "LEG"})


def _owner_abbreviation_country(doc: Doc, k: int) -> str | None:
    """The country of a known organization's abbreviation at ``k``, past a quoted name."""
    if k < len(doc) and doc[k].text in ("«", '"', "„"):
        close = next(
            (j for j in range(k + 1, min(len(doc), k + 6)) if doc[j].text in ("»", '"', "“", "”")), None
        )
        if close is None:
            return None
        k = close + 1
    if k >= len(doc) or not doc[k].text.isupper() or len(doc[k].text) < 2:
        return None
    return next(
        (
            e.country
            for e in gazetteer().get(doc[k].text.lower(), ())
            # "Центр «А» СБУ", "П'ятий флот ВМС США": a body's owner, or the country, abbreviated
            if e.country and (e.type == "ORG" or (e.type == "LOC" and e.kind == "country"))
        ),
        None,
    )


def _sector_of_head_before(doc: Doc, mention: Mention) -> str | None:
    """The sector of a lower-case head noun right before a name: "телеканал CNN", "видання
    «Дзеркало тижня»" (MED)."""
    k = token_at_char(doc, mention.start) - 1
    if k >= 0 and doc[k].text in ("«", '"', "„"):
        k -= 1
    if k < 0 or not doc[k].text.islower():
        return None
    for p in parses(doc[k].text)[:2]:
        if org_heads().get(p.lemma):
            return org_heads()[p.lemma]
    return None


def _country_of_token(tok: Token) -> str | None:
    """The country a word names, or a country's name of several words starting at it ("Південної
    Кореї")."""
    words = list(tok.doc[tok.i : tok.i + 4])
    for key in lemmas(tok):
        for entry in gazetteer().get(key, ()):
            if not entry.country or entry.type != "LOC":
                continue
            if len(entry.tokens) > 1:
                if entry.kind == "country" and match_entry(words, 0, entry):
                    return entry.country
                continue
            form = entry.tokens[0][0]
            if form.isupper() and tok.text != form:
                continue
            return entry.country
    return country_of_adjective(tok)


# ---------------------------------------------------------------- descriptors


# what a title is about, not whose it is: "доповідач щодо Сербії", "директор ВООЗ для Європи"
_TOPIC_PREPOSITIONS = frozenset({"щодо", "стосовно", "про", "для", "між"})


def _portfolio_word(tok: Token) -> bool:
    """A lower-case genitive noun or adjective, the stuff of a portfolio ("економіки", "сільського")."""
    return tok.text.islower() and any(
        p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(tok.text)[:2]
    )


def _military_rank(word: str) -> bool:
    """ "генерал-лейтенанту", "контр-адмірала": a hyphenated rank."""
    return any(roles().get((p.lemma,), ("", ""))[0] == "MIL" for p in parses(word)[:2])


def _addressees(tok: Token) -> bool:
    """A plural noun in the dative ("журналістам", "дипломатам") is whom something was said to."""
    readings = [p for p in parses(tok.text) if p.pos == "NOUN"]
    return bool(readings) and all(p.has("plur") and p.has("datv") for p in readings)


def descriptor_before(doc: Doc, start: int, linking: Linking) -> tuple[set[str], str | None, str | None]:
    """Role lemmas, sector and country from the words right before a name:
    "речник Білого дому Джон Кірбі" → ({"речник"}, GOV, USA)."""
    sent_start = sentence_of(doc[start]).start
    k = start - 1
    window: list[Token] = []
    held_in: str | None = None
    while k >= sent_start and start - k <= 12:
        tok = doc[k]
        if tok.text in _QUOTE_MARKS:
            k -= 1
            continue  # "Гендиректор «Росатому» Олексій Ліхачов": the quoted name is part of the title
        if (
            tok.text == ","
            and window
            and k - 1 >= sent_start
            and _portfolio_word(doc[k - 1])
            and _portfolio_word(window[0])
        ):
            k -= 1
            continue  # "Міністр економіки, довкілля та сільського господарства": a list of portfolios
        if (
            tok.text == "-"
            and not tok.whitespace_
            and k > sent_start
            and not doc[k - 1].whitespace_
            and window
            and _military_rank(doc[k - 1].text + "-" + window[0].text)
        ):
            # "російському генерал-лейтенанту": a hyphen inside a rank's word
            k -= 1
            continue
        if tok.is_punct or tok.is_space:
            break
        other = linking.at(k)
        if other is not None and other.type == "PER" and other.end == k + 1:
            break  # "… Іньяціо Кассісом | Сибіга": the words before belong to another person
        if (
            any(p.pos in ("VERB", "PREP", "CONJ", "INFN") for p in parses(tok.text)[:1])
            and linking.at(k) is None
        ):
            if tok.lower_ in ("в", "у") and window and _only_place(window, linking):
                # "посол Канади в Україні Наталка Цмоць": where the role is held, not whose it is;
                # with no other country named ("уповноважена з прав дитини в РФ") it is the post's
                held_in = held_in or _place_country(window, linking)
                window = []
                k -= 1
                continue
            if tok.lower_ == "при" and window and linking.at(window[0].i) is not None:
                # "постійний представник Китаю при ООН Фу Цун": the body the post is at, not whose
                window = []
                k -= 1
                continue
            between = next(
                (j for j in range(k - 1, max(sent_start - 1, k - 4), -1) if doc[j].lower_ == "між"), None
            )
            if tok.lower_ in ("і", "й", "та") and between is not None:
                # "Спецпредставник ЄС з питань діалогу між Белградом і Приштиною": the pair is the
                # topic of the title, not its owner
                window = []
                k = between - 1
                continue
            if tok.lower_ in ("і", "й", "та") and _joins_genitives(doc, k, window, linking):
                # "міністр постачання і внутрішньої торгівлі Єгипту": one portfolio of two nouns
                k -= 1
                continue
            if tok.lower_ in _PORTFOLIO_PREPOSITIONS and _portfolio(window):
                # "координатор ООН з гуманітарних питань", "міністр у справах ветеранів": the
                # portfolio belongs to the title before it
                k -= 1
                continue
            if tok.lower_ in _TOPIC_PREPOSITIONS and window:
                # "доповідач Європарламенту щодо Сербії Тоніно Пікула": the topic is not his country;
                # the title before it is his
                window = []
                k -= 1
                continue
            break
        if _addressees(tok):
            break  # "сказав журналістам радник Масад Булос": whom he told, not his post
        window.insert(0, tok)
        k -= 1
    found_roles, sector, country = _describe(window, linking)
    if not found_roles and (counterpart := _counterpart(window)) is not None:
        # "з аргентинським колегою Пабло Кірно": a counterpart of the country named by the adjective
        return {counterpart}, None, next((c for t in window if (c := country_of_adjective(t))), None)
    # not for a post of an organization: "координатор ООН … в Україні" is the UN's
    of_organization = any((m := linking.at(t.i)) is not None and m.type == "ORG" for t in window)
    if (
        found_roles
        and country is None
        and held_in is not None
        and not _envoy(found_roles)
        and not of_organization
    ):
        country = held_in
    if found_roles and country is None and any(t.lower_ in ("країни", "держави") for t in window):
        # "президент країни Хав'єр Мілей": the country the text has just named
        country = _country_named_before(doc, start, linking)
    if not found_roles and not _genitive_chain(window, linking):
        # "Позицію Будапешта Качка назвав": the words before the name are no title of his; a
        # genitive chain is the tail of one ("міністр постачання і | внутрішньої торгівлі Єгипту")
        return found_roles, None, None
    return found_roles, sector, country


_QUOTE_MARKS = frozenset({"«", "»", '"', "„", "“", "”"})
# a title that only says "the other side's own" (its sector is whatever the other side holds)
_COUNTERPARTS = frozenset({"колега", "колежанка", "візаві"})


def _counterpart(window: list[Token]) -> str | None:
    return next((p.lemma for t in window[-2:] for p in parses(t.text)[:2] if p.lemma in _COUNTERPARTS), None)


def _place_country(window: list[Token], linking: Linking) -> str | None:
    m = linking.at(window[0].i)
    ent = linking.entity(m.entity) if m is not None else None
    return ent.country if ent is not None else None


# roles held abroad: "посол у Франції" is not French
_ENVOYS = frozenset({"посол", "посолка", "посланець", "представник", "представниця", "консул", "аташе"})


def _envoy(found_roles: set[str]) -> bool:
    return any(r.split()[0] in _ENVOYS or "посол" in r for r in found_roles)


def _country_named_before(doc: Doc, start: int, linking: Linking) -> str | None:
    """The country of the last country or capital named before token ``start``."""
    for m in linking.before(start):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "LOC" and ent.country and ent.code == ent.country:
            return ent.country
    return None


def _joins_genitives(doc: Doc, k: int, window: list[Token], linking: Linking) -> bool:
    if not window or k == 0 or linking.at(k - 1) is not None or linking.at(window[0].i) is not None:
        return False
    return _genitive_chain([doc[k - 1], window[0]], linking) and doc[k - 1].is_alpha


def _genitive_chain(window: list[Token], linking: Linking) -> bool:
    words = [tok for tok in window if linking.at(tok.i) is None]
    return all(any(p.has("gent") for p in parses(tok.text)) for tok in words)


_PORTFOLIO_PREPOSITIONS = frozenset({"з", "із", "зі", "у", "в"})
_PORTFOLIO_NOUNS = frozenset({"питання", "справа", "право"})


def _portfolio(window: list[Token]) -> bool:
    """The words after the preposition name a portfolio: "(з) питань європейської інтеграції",
    "(з) прав людини", "(у) справах ветеранів"."""
    return any(_PORTFOLIO_NOUNS & lemmas(tok) for tok in window[:3])


def _only_place(window: list[Token], linking: Linking) -> bool:
    found = [linking.at(t.i) for t in window]
    ids = {m.entity for m in found if m is not None}
    if any(m is None for m in found) or len(ids) != 1:
        return False
    ent = linking.entity(ids.pop())
    return ent is not None and ent.type == "LOC"


def _describe(window: list[Token], linking: Linking) -> tuple[set[str], str | None, str | None]:
    found_roles: set[str] = set()
    sector = country = org_sector = None
    # "екстрадицію до Сполучених Штатів 57-річного громадянина Росії": a country named after the
    # role is its holder's, whatever country the words before the role name
    country_after_role: str | None = None
    table = roles()
    i = 0
    while i < len(window):
        tok = window[i]
        matched = False
        for size in (3, 2, 1):
            if i + size > len(window):
                continue
            for combo in itertools.product(*(sorted(lemmas(t)) for t in window[i : i + size])):
                role = table.get(tuple(combo))
                if role and role[1] != "modifier":
                    found_roles.add(" ".join(combo))
                    sector = sector or role[0] or None
                    i += size
                    matched = True
                    break
            if matched:
                break
        if matched:
            continue
        mention = linking.at(tok.i)
        if mention is not None:
            ent = linking.entity(mention.entity)
            before = tok.doc[mention.start - 1] if mention.start > 0 else None
            where = (
                ent is not None
                and ent.type == "LOC"
                and before is not None
                and before.lower_ in ("у", "в", "на")
            )
            if where and not found_roles:
                pass  # "сказав на брифінгу в Кишиневі голова місії МВФ": where it was said, not whose post
            elif ent is not None and ent.type in ("LOC", "ORG") and ent.country:
                country = country or ent.country
                if found_roles:
                    country_after_role = country_after_role or ent.country
                if ent.type == "ORG" and ent.code and len(ent.code) > 3:
                    org_sector = org_sector or ent.code[3:]
            elif ent is not None and ent.type == "ORG" and ent.code:
                org_sector = org_sector or ent.code  # "координатор ООН": an international body (IGO)
        else:
            country = country or country_of_adjective(tok)
            if found_roles:
                country_after_role = country_after_role or country_of_adjective(tok)
        i += 1
    country = country_after_role or country
    if org_sector and (sector in (None, "GOV", "BUS")):
        sector = org_sector  # "генеральний директор МАГАТЕ": the agency's, not a company's
    return found_roles, sector, country


def _person_descriptors(doc: Doc, ent: Entity, linking: Linking) -> tuple[str | None, str | None]:
    sector = country = None
    for m in linking.mentions:
        if m.entity != ent.id:
            continue
        found_roles, s, c = descriptor_before(doc, m.start, linking)
        linking.roles.setdefault(ent.id, set()).update(found_roles)
        sector = sector or s
        country = country or c
    return sector, country


# titles that name the same post: an envoy to the UN is its country's "постійний представник"
_SAME_POST: dict[str, frozenset[str]] = {
    "посол": frozenset({"представник", "постпред", "представниця", "постпредка"}),
    "посолка": frozenset({"представниця", "постпредка"}),
    "постпред": frozenset({"представник", "посол"}),
    "постпредка": frozenset({"представниця", "посолка"}),
}


def _link_descriptors(doc: Doc, linking: Linking) -> None:
    """A role noun with a country and no name ("лідер КНДР", "північнокорейський лідер") refers to
    the one person of that role and country the article names."""
    table = roles()
    people = [e for e in linking.entities if e.type == "PER" and e.country]
    added: list[LinkedMention] = []
    for tok in doc:
        if linking.at(tok.i) is not None:
            continue
        role_lemmas = [lem for lem in lemmas(tok) if (lem,) in table and table[(lem,)][1] == "title"]
        if not role_lemmas:
            continue
        sent = sentence_of(tok)
        window = list(doc[max(sent.start, tok.i - 1) : min(sent.end, tok.i + 3)])
        _, _, country = _describe([t for t in window if t.i != tok.i], linking)
        tail = [] if country is not None else _genitive_tail(doc, window[-1].i + 1, sent.end, linking)
        if tail:
            _, _, country = _describe([t for t in window + tail if t.i != tok.i], linking)
        if country is None:
            matches = _last_holder(doc, tok, role_lemmas, linking)
        else:
            # "український міністр" is the minister of foreign affairs of Ukraine the article named
            held = {e.id: {w for r in linking.roles.get(e.id, set()) for w in r.split()} for e in people}
            # "американський посол" is the "постійний представник США" named before
            posts = set(role_lemmas).union(*(_SAME_POST.get(r, ()) for r in role_lemmas))
            matches = [e for e in people if e.country == country and posts & held[e.id]]
            if not matches:
                # "Глава польської дипломатії висловився": the one Pole named before, with no title
                # of his own recorded
                named: set[str] = set()
                for earlier in linking.before(tok.i):
                    if earlier.start < tok.i - _ANAPHOR_REACH:
                        break  # a bounded look back keeps long documents linear
                    named.add(earlier.entity)
                # a "колега" holds no post of her own yet: the title now names it; one with another
                # title ("керівник бюро") is someone else
                untitled = [
                    e
                    for e in people
                    if e.country == country and e.id in named and not held[e.id] - _COUNTERPARTS
                ]
                matches = untitled if len(untitled) == 1 and not _titles_name_after(doc, tok, linking) else []
        quoted_after = tok.i + 1 < len(doc) and doc[tok.i + 1].text in _QUOTE_MARKS
        if len(matches) != 1 or ((quoted_after or tail) and _titles_name_after(doc, tok, linking)):
            # "Гендиректор «Росатому» Олексій Ліхачов", "Лідер опозиційної партії (ODS) Петр Фіала":
            # the title of the name that follows
            continue
        end = tok.i + 1
        after = linking.at(end) if end < len(doc) else None
        owner = linking.entity(after.entity) if after is not None else None
        same_country = owner is not None and country is not None and owner.country == country
        if after is not None and owner is not None and owner.type != "PER" and same_country:
            end = after.end  # "лідер КНДР": the country belongs to the descriptor
        if (
            end < len(doc)
            and (m := linking.at(end)) is not None
            and (e := linking.entity(m.entity)) is not None
            and e.type == "PER"
        ):
            continue  # a title before a name: already that person's descriptor
        adjective_before = (
            country is not None and tok.i > 0 and country_of_adjective(doc[tok.i - 1]) == country
        )
        start = tok.i - 1 if adjective_before else tok.i
        added.append(LinkedMention(start, end, matches[0].id, descriptor=True))
        span = doc[start:end]
        matches[0].mentions.append(Mention(span.start_char, span.end_char, span.text))
    linking.mentions.extend(added)
    linking.sort()
    for ent in linking.entities:
        if ent.type == "PER":
            ent.mentions.sort(key=lambda m: m.start)


def _genitive_tail(doc: Doc, k: int, end: int, linking: Linking) -> list[Token]:
    """ "Міністерка культури і національної спадщини Польщі": the genitive chain after a title, up to
    the country that closes it, says whose post it is even when the country comes five words on."""
    tail: list[Token] = []
    while k < end and len(tail) < 5:
        tok = doc[k]
        if (m := linking.at(k)) is not None:
            return tail + list(doc[k : m.end])
        joins = tok.lower_ in ("і", "й", "та")
        if not (
            joins or (tok.is_alpha and tok.text.islower() and any(p.has("gent") for p in parses(tok.text)))
        ):
            return []
        tail.append(tok)
        k += 1
    return []


# how far back (in tokens, about fifteen sentences) a bare title or head noun looks for its referent
_ANAPHOR_REACH = 400
_TITLE_MODIFIERS = frozenset({"колишній", "новий", "попередній", "майбутній", "тодішній", "інший"})


# the short forms of long titles: "Гендиректор додав" is the "генеральний директор" named before
_SHORT_TITLES = {
    "генеральний директор": "гендиректор",
    "генеральний секретар": "генсек",
    "генеральна секретарка": "генсекретарка",
    "генеральний прокурор": "генпрокурор",
}


def _last_holder(doc: Doc, tok: Token, role_lemmas: list[str], linking: Linking) -> list[Entity]:
    """A bare title ("Міністр також закликав", "за словами прем'єра") names the person who last held
    it in the text before; a plural title, a qualified one ("колишній міністр") or a title with a
    portfolio the person does not hold ("міністр оборони" after a foreign minister) names no one."""
    if any(p.has("plur") for p in parses(tok.text)[:1]) or _titles_name_after(doc, tok, linking):
        return []
    if tok.i > 0 and lemmas(doc[tok.i - 1]) & _TITLE_MODIFIERS:
        return []
    portfolio = _role_at(doc, tok)
    latest: tuple[int, Entity] | None = None
    for m in linking.between(max(0, tok.i - _ANAPHOR_REACH), tok.i):
        ent = linking.entity(m.entity)
        if ent is None or ent.type != "PER" or m.end > tok.i or m.descriptor:
            continue
        held = linking.roles.get(ent.id, set())
        held = held | {_SHORT_TITLES[r] for r in held if r in _SHORT_TITLES}
        fits = portfolio in held if portfolio else any(r.split()[0] in role_lemmas for r in held)
        if fits and (latest is None or m.start > latest[0]):
            latest = (m.start, ent)
    return [latest[1]] if latest is not None else []


def _titles_name_after(doc: Doc, tok: Token, linking: Linking) -> bool:
    """The title is part of a longer descriptor of a name that follows in the same phrase
    ("віцепрем'єр-міністр з питань … інтеграції Тарас Качка", "радник президентки … Станіслав
    Секрієру")."""
    for k in range(tok.i + 1, min(len(doc), tok.i + 10)):
        if doc[k].text in _QUOTE_MARKS or doc[k].text in ("(", ")"):
            continue  # "Лідер партії (ODS) Петр Фіала"
        if doc[k].is_punct or doc[k].is_space:
            return False
        m = linking.at(k)
        if m is not None and m.type == "PER" and not m.descriptor:
            return True
        if m is None and any(p.pos in ("VERB", "INFN", "GRND") for p in parses(doc[k].text)[:1]):
            return False
    return False


def _role_at(doc: Doc, tok: Token) -> str | None:
    """The multiword role that starts at ``tok`` ("міністр оборона"), if any."""
    table = roles()
    for size in (3, 2):
        words = doc[tok.i : tok.i + size]
        if len(words) < size or any(not t.is_alpha for t in words):
            continue
        for combo in itertools.product(*(sorted(lemmas(t)) for t in words)):
            if table.get(tuple(combo), ("", ""))[1] == "title":
                return " ".join(combo)
    return None


@functools.cache
def org_anaphors() -> dict[str, frozenset[str]]:
    return {r["lemma"]: frozenset(r["heads"].split()) for r in resources.table("org_anaphors.tsv")}


_DEMONSTRATIVES = frozenset({"цей", "той", "сам", "згаданий"})


def _link_org_anaphors(doc: Doc, linking: Linking) -> None:
    """A bare noun that heads organizations' names ("банк", "відомство") refers to the last such
    organization named before it; a qualified one ("центральний банк", "банк розвитку") is another."""
    added: list[LinkedMention] = []
    for tok in doc:
        if linking.at(tok.i) is not None or not tok.is_alpha or not tok.text[1:].islower():
            continue
        table = org_anaphors()
        heads = next((table[p.lemma] for p in parses(tok.text)[:2] if p.lemma in table), None)
        if heads is None or _qualified(doc, tok, linking):
            continue
        ent = _last_org_headed(tok, heads, linking)
        if ent is not None:
            added.append(LinkedMention(tok.i, tok.i + 1, ent.id, descriptor=True, type="ORG"))
            ent.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text))
    linking.mentions.extend(added)
    linking.sort()
    for ent in linking.entities:
        if ent.type == "ORG":
            ent.mentions.sort(key=lambda m: m.start)


def _qualified(doc: Doc, tok: Token, linking: Linking) -> bool:
    first = parses(tok.text)[:1]
    if not first or first[0].pos != "NOUN" or first[0].has("plur"):
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is not None
        and before.is_alpha
        and not lemmas(before) & _DEMONSTRATIVES
        and any(p.pos in ("ADJF", "PRTF") for p in parses(before.text)[:1])
    ):
        return True  # "японське агентство", "Центральний банк"
    if tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if linking.at(nxt.i) is not None or (nxt.is_alpha and not nxt.text.islower()):
            return True  # "агентство Reuters", "банку ПриватБанк"
        found = parses(nxt.text)[:1]
        if found and found[0].pos in ("NOUN", "ADJF") and found[0].has("gent"):
            return True  # "банк розвитку", "міністерство оборони"
    return False


def _last_org_headed(tok: Token, heads: frozenset[str], linking: Linking) -> Entity | None:
    latest: tuple[int, Entity] | None = None
    for m in linking.between(max(0, tok.i - _ANAPHOR_REACH), tok.i):
        if m.descriptor:
            continue
        ent = linking.entity(m.entity)
        if ent is None or ent.type != "ORG" or _name_head(ent.name) not in heads:
            continue
        if latest is None or m.start > latest[0]:
            latest = (m.start, ent)
    return latest[1] if latest is not None else None


@functools.lru_cache(maxsize=4096)
def _name_head(name: str) -> str | None:
    """The head noun of an organization's name: its first noun ("Європейський інвестиційний банк");
    an abbreviation is its own head ("НАТО", which "альянс" stands for)."""
    if name.isupper() and " " not in name:
        return name.lower()
    for word in name.split():
        for p in parses(word.strip("«»\"'"))[:1]:
            if p.pos == "NOUN":
                return p.lemma
    return None


def generic_actor(tok: Token) -> dict[str, str] | None:
    """A collective actor noun ("уряд", "військові"); an adjective ("військову співпрацю") is not."""
    found = parses(tok.text)
    if found and found[0].pos != "NOUN" and not (found[0].has("plur") and found[0].has("nomn")):
        if not _noun_reading_fits(tok, found):
            return None
        nouns = [p for p in found if p.pos == "NOUN" and p.lemma in generic_actors()]
        return generic_actors()[nouns[0].lemma] if nouns else None
    for p in found:
        if p.lemma in generic_actors():
            return generic_actors()[p.lemma]
        role = roles().get((p.lemma,))
        if role is not None and role[1] == "group":  # "правоохоронці", "посадовці"
            return {"lemma": p.lemma, "sector": role[0], "proper": "0"}
    return None


def _noun_reading_fits(tok: Token, found: tuple[Parse, ...]) -> bool:
    """The dictionary ranks "судно" an adverb first and "судна" an adjective first; the noun reading
    is the one in a sentence where no adjective reading agrees with the next word ("судна берегової
    охорони", "судно протаранило"), while "військову співпрацю" stays an adjective."""
    if not any(p.pos == "NOUN" for p in found) or found[0].pos not in ("ADVB", "ADJF"):
        return False
    if found[0].pos == "ADVB":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return True
    adjective_cases = {c for p in found if p.pos == "ADJF" for c in CASES if p.has(c)}
    return not any(
        p.pos in ("NOUN", "ADJF") and any(p.has(c) for c in adjective_cases) for p in parses(nxt.text)
    )


def is_nominative(doc: Doc, mention: LinkedMention) -> bool:
    """Can this mention be a grammatical subject? Not after a preposition; otherwise the word that
    carries the case decides: a person's last name ("Кім Чен Ином" is instrumental, "Кім Сон Нам"
    nominative), the head noun at the start of an organization's or place's name ("Міністерство
    оборони Росії" is nominative although "Росії" is not)."""
    if mention.start > 0 and any(p.pos == "PREP" for p in parses(doc[mention.start - 1].text)[:2]):
        return False
    tokens = list(doc[mention.start : mention.end])
    if mention.type == "PER" and len(tokens) >= 2 and not mention.descriptor:
        given = [p for p in parses(tokens[0].text) if p.has("Name") and not p.has("plur")]
        if given and all(p.has("nomn") for p in given):
            return True  # "Альбін Курті назвав": a first name only nominative decides for the surname
    for tok in reversed(tokens) if mention.type == "PER" else tokens:
        if not any("\u0400" <= ch <= "\u04ff" for ch in tok.text):
            continue  # Latin-script names do not decline
        if not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue  # "Індо-Тихоокеанське": the first part of a compound carries no case
        if any(ch.isupper() for ch in tok.text[1:]):
            return True  # nor abbreviations ("БелТА", "МЗС Хорватії"), whatever the dictionary guesses
        found = parses(tok.text)
        if not found:
            continue
        named = [p for p in found if any(p.has(t) for t in _NAME_TAGS)] if mention.descriptor is False else []
        relevant = named or [p for p in found if p.pos in ("NOUN", "ADJF")]
        if not relevant:
            continue
        if mention.type == "PER" and not named and all(p.has("inan") for p in relevant):
            continue  # an unknown foreign surname read as a thing ("Хулаїфі"): the first name decides
        if mention.type == "PER" and not named and _bare_unknown_surname(tok.text):
            return True  # "Вадефуль заявив": guessed as a plural genitive, but no case ending is there
        if (
            mention.type == "PER"
            and tok is tokens[-1]
            and len(tokens) > 1
            and _feminine_surname(tokens[0], named)
        ):
            return True  # "Євгенія Яшина": the dictionary reads "Яшина" as the genitive of "Яшин"
        return any(p.has("nomn") or p.has("Fixd") for p in relevant)
    return True


# endings of oblique cases that end in a consonant ("Вадефулем", "Вадефулів", "Шольцам")
_CONSONANT_CASE_ENDINGS = ("ом", "ем", "єм", "ів", "їв", "ам", "ям", "ах", "ях")


def _bare_unknown_surname(word: str) -> bool:
    """A surname the dictionary does not know that ends in a consonant or a soft sign and in none of
    the consonant-final case endings: only the nominative looks like that."""
    low = word.lower()
    if low[-1:] in "аеєиіїоуюяʼ'" or low.endswith(_CONSONANT_CASE_ENDINGS):
        return False
    return not any(p.is_known for p in analyzer().parse(low))


def _feminine_surname(first: Token, surname_readings: list[Parse]) -> bool:
    """A woman's nominative first name before a surname the dictionary knows only as masculine."""
    woman = any(p.has("Name") and p.has("femn") and p.has("nomn") for p in parses(first.text))
    return woman and bool(surname_readings) and not any(p.has("femn") for p in surname_readings)
