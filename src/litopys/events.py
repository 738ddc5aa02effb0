"""Stage 7: PLOVER events — who did what to whom, when, where, and according to whom.

Triggers come from ``event_triggers.tsv`` (verb lemmas, and light-verb constructions such as
"запровадити санкції", "провести зустріч"). Roles come from case and prepositions over simple
noun-phrase chunks: the nominative phrase is the source ("який" takes its antecedent, a subjectless
conjunct borrows the sentence's subject), "з" + instrumental, "до"/"проти" + genitive or an
accusative phrase is the target. The date follows a careful reader: a time expression in the
event's own clause, else in its sentence, else the narrative time carried from earlier sentences
(the publication date for the lead), and no date at all after a vague "раніше".
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from litopys.attribution import Passage, antecedent, inside_quotes, speech_verbs
from litopys.lang.uk import resources
from litopys.link import LinkedMention, Linking, country_of_adjective, generic_actor, is_nominative, roles
from litopys.mentions import lemmas, org_heads
from litopys.model import Actor, Event, Quote, Timex
from litopys.morphology import parses, sentences, text_of, token_at_char, tokens_between

_NP_POS = {"NOUN", "ADJF", "NUMR", "ADJS"}
_CLAUSE_WORDS = {
    "що",
    "щоб",
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "яких",
    "де",
    "коли",
    "хоча",
    "якщо",
    "бо",
    "оскільки",
    "адже",
    "поки",
    "доки",
    "як",
}
_RELATIVES = {"який", "яка", "яке", "які"}
_PRONOUN_GENDER = {"він": "masc", "вона": "femn", "вони": "plur"}
# short words whose first dictionary reading is not the preposition ("під" as a noun)
_PREPOSITIONS = {
    "з",
    "із",
    "зі",
    "до",
    "у",
    "в",
    "на",
    "проти",
    "від",
    "для",
    "під",
    "за",
    "через",
    "по",
    "після",
    "перед",
    "між",
    "серед",
    "без",
    "біля",
    "щодо",
    "над",
}
_COORDINATORS = {"і", "й", "та"}
_TARGET_PREPOSITIONS = {None, "з", "із", "зі", "до", "проти", "на", "щодо", "перед", "по"}
_LOCATION_PREPOSITIONS = {"у", "в", "на", "біля", "під", "поблизу"}
_RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
# types whose target, when the clause names none, is another actor of the sentence
_NEEDS_TARGET = {"THREATEN", "ACCUSE", "SANCTION"}
_VAGUE_PAST = {"PAST_REF"}


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    object: str
    type: str
    mode: str
    negated_type: str


@dataclass(slots=True)
class Phrase:
    """A noun-phrase chunk that names an actor."""

    start: int
    end: int
    actors: list[Actor]
    prep: str | None
    nominative: bool
    generic: str | None = None  # sector of a generic actor noun without a country ("уряд")
    implied: Actor | None = None  # that actor placed in the country the sentence is about


@dataclass(slots=True)
class _Found:
    event: Event
    sentence: int
    source_keys: frozenset[str] = field(default_factory=frozenset)
    target_keys: frozenset[str] = field(default_factory=frozenset)


@functools.cache
def triggers() -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = {}
    for r in resources.table("event_triggers.tsv"):
        t = Trigger(r["lemma"], r.get("object", ""), r["type"], r.get("mode", ""), r.get("negated_type", ""))
        table.setdefault(t.lemma, []).append(t)
    for rows in table.values():
        rows.sort(key=lambda t: not t.object)  # constructions with an object first
    return table


@functools.cache
def mode_modifiers() -> dict[tuple[str, str], str]:
    return {(r["type"], r["lemma"]): r["mode"] for r in resources.table("mode_modifiers.tsv")}


def _refined_mode(doc: Doc, trig: Token, sent: Span, etype: str, mode: str | None) -> str | None:
    """ "надала гуманітарну допомогу": an adjective near the trigger names the mode."""
    table = mode_modifiers()
    for tok in doc[max(sent.start, trig.i - 2) : min(sent.end, trig.i + 5)]:
        for p in parses(tok.text):
            if (etype, p.lemma) in table:
                return table[(etype, p.lemma)]
    return mode


@functools.cache
def modality_cues() -> dict[str, tuple[str, str]]:
    return {r["lemma"]: (r["modality"], r.get("mode", "")) for r in resources.table("modality_cues.tsv")}


# ---------------------------------------------------------------- chunks and clauses


def _pos(tok: Token) -> str | None:
    found = parses(tok.text)
    return found[0].pos if found else None


def _is_np_word(tok: Token, linking: Linking) -> bool:
    if tok.is_punct or tok.is_space:
        return False
    if linking.at(tok.i) is not None:
        return True
    if tok.lower_ in _COORDINATORS or tok.lower_ in _CLAUSE_WORDS:
        return False
    found = parses(tok.text)
    if not found:
        return tok.text[:1].isupper()
    if len(tok.text) <= 5 and any(p.pos in ("PREP", "CONJ", "PRCL") for p in found):
        return False
    return found[0].pos in _NP_POS or (found[0].pos == "NPRO" and tok.lower_ not in ("він", "вона", "вони"))


def _clauses(sent: Span) -> list[int]:
    """Clause number of every token of ``sent``: a new clause after ", що", ", який", ";", after a
    comma followed by a finite verb (the main clause resuming after a relative one), and after an
    attribution lead-in ("Як передає Reuters, ...")."""
    ids = []
    current = 0
    prev: Token | None = None
    lead_in = _is_lead_in(sent)
    for tok in sent:
        after_comma = prev is not None and prev.text == ","
        if (
            tok.text in (";", ":")
            or (after_comma and (tok.lower_ in _CLAUSE_WORDS or _finite_verb(tok)))
            or (after_comma and lead_in and current == 0)
        ):
            current += 1
        ids.append(current)
        if not tok.is_space:
            prev = tok
    return ids


def _is_lead_in(sent: Span) -> bool:
    """ "Як передає Reuters, ...", "За даними МВС, ...": the first clause only says who reports."""
    words = [t.lower_ for t in sent if not t.is_space][:2]
    return bool(words) and (
        words[0] == "як"
        or words[:2] in (["за", "даними"], ["за", "словами"], ["за", "інформацією"], ["на", "думку"])
    )


def _finite_verb(tok: Token) -> bool:
    return any(p.pos == "VERB" and not p.has("infn") for p in parses(tok.text)[:1])


def _phrases(doc: Doc, sent: Span, linking: Linking, in_time: set[int]) -> list[Phrase]:
    """Noun-phrase chunks of a sentence. Time expressions are adverbials, not phrases; a person's
    name (or "лідер КНДР") that can be nominative starts a new phrase unless a title precedes it
    in the same phrase ("президент США Джо Байден" stays one phrase)."""
    phrases = []
    i = sent.start
    while i < sent.end:
        if i in in_time or not _is_np_word(doc[i], linking):
            i += 1
            continue
        j = i + 1
        titled = _is_title(doc[i])
        while j < sent.end and j not in in_time and _is_np_word(doc[j], linking):
            m = linking.at(j)
            if (
                not titled
                and m is not None
                and m.start == j
                and _before_verb(doc, m)
                and is_nominative(doc, m)
            ):
                break  # "У разі порушення перемир'я | США запровадять ..."
            if not titled and (
                (m is not None and m.start == j and _starts_subject(doc, m, linking))
                or (m is None and _is_title(doc[j]) and _can_be_nominative(doc[j]))
            ):
                break
            if not titled and _case_break(doc[j - 1], doc[j]):
                break  # "президент Франції Емманюель Макрон" keeps its name: the title governs it
            titled = titled or _is_title(doc[j])
            j += 1
        phrase = _phrase(doc, i, j, linking)
        if phrase is not None:
            phrases.append(phrase)
        i = j
    return phrases


def _dominant_country(linking: Linking) -> str | None:
    """The country the article is mostly about: the most mentioned country entity."""
    counts = {e.country: len(e.mentions) for e in linking.entities if e.type == "LOC" and e.country}
    return max(counts, key=lambda c: counts[c]) if counts else None


def _sentence_country(sent: Span, linking: Linking) -> str | None:
    """The country of the first place named in the sentence ("У Тбілісі ... поліція затримала")."""
    for m in linking.between(sent.start, sent.end):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "LOC" and ent.country:
            return ent.country
    return None


def _imply_countries(phrases: list[Phrase], country: str | None) -> None:
    """ "поліція", "силовики", "влада" name a country's actor without naming the country."""
    if country is None:
        return
    for p in phrases:
        if not p.actors and p.generic is not None:
            p.implied = Actor(None, country, country + p.generic, None)


def _case_break(prev: Token, tok: Token) -> bool:
    """A nominative word after an oblique noun cannot be its genitive modifier: a new phrase."""
    before = [p for p in parses(prev.text) if p.pos == "NOUN"]
    here = [p for p in parses(tok.text) if p.pos in ("NOUN", "ADJF")]
    if not before or not here or any(p.has("Fixd") for p in before + here):
        return False
    return (
        not any(p.has("nomn") for p in before)
        and any(p.has("nomn") for p in here)
        and not any(p.has("gent") for p in here)
    )


def _is_title(tok: Token) -> bool:
    table = roles()
    return any(table.get((lem,), ("", ""))[1] == "title" for lem in lemmas(tok))


def _before_verb(doc: Doc, m: LinkedMention) -> bool:
    if m.end >= len(doc):
        return False
    return any(p.pos == "VERB" and not p.has("infn") for p in parses(doc[m.end].text)[:1])


def _can_be_nominative(tok: Token) -> bool:
    return any(p.has("nomn") for p in parses(tok.text))


def _starts_subject(doc: Doc, m: LinkedMention, linking: Linking) -> bool:
    ent = linking.entity(m.entity)
    if ent is None or ent.type != "PER" or not is_nominative(doc, m):
        return False
    indeclinable = all(any(p.has("Fixd") for p in parses(t.text)) for t in doc[m.start : m.end])
    after_noun = m.start > 0 and any(p.pos == "NOUN" for p in parses(doc[m.start - 1].text)[:1])
    return not (indeclinable and after_noun)  # "Заяву Шойгу": an indeclinable owner of a noun


def _phrase(doc: Doc, start: int, end: int, linking: Linking) -> Phrase | None:
    people: list[Actor] = []
    others: list[Actor] = []
    seen: set[str] = set()
    generic = None
    for k in range(start, end):
        m = linking.at(k)
        if m is not None:
            if m.entity in seen:
                continue
            seen.add(m.entity)
            ent = linking.entity(m.entity)
            if ent is None:
                continue
            actor = Actor(entity=ent.id, country=ent.country, code=ent.code, text=ent.name)
            (people if ent.type == "PER" else others).append(actor)
            continue
        country = country_of_adjective(doc[k])
        if country is not None and (_is_noun(doc[k]) or _actor_noun_after(doc, k, end)):
            others.append(Actor(entity=None, country=country, code=country, text=doc[k].text))
        elif generic is None and (g := generic_actor(doc[k])) is not None:
            generic = g.get("sector") or ""
    actors = people[-1:] if people else others[:1]
    if not actors and generic is None:
        return None
    prev = doc[start - 1] if start > 0 else None
    prep = prev.lower_ if prev is not None and _pos(prev) == "PREP" else None
    if prev is not None and prev.lower_ in _PREPOSITIONS:
        prep = prev.lower_
    return Phrase(start, end, actors, prep, prep is None and _nominative(doc, start, end), generic)


def _is_noun(tok: Token) -> bool:
    """A demonym ("грузинів") is an actor noun itself."""
    return any(p.pos == "NOUN" for p in parses(tok.text)[:1])


def _actor_noun_after(doc: Doc, k: int, end: int) -> bool:
    """ "північнокорейського лідера", "російські війська" name actors; "російських активів" does not."""
    for tok in doc[k + 1 : end]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if not found:
            continue
        return (
            any(p.has("anim") for p in found)
            or generic_actor(tok) is not None
            or any(p.lemma in org_heads() for p in found)
        )
    return False


def _nominative(doc: Doc, start: int, end: int) -> bool:
    for tok in doc[start:end]:
        found = parses(tok.text)
        if not found:
            continue
        if any(p.pos == "NOUN" for p in found) or any(p.has("Fixd") for p in found):
            return any(p.has("nomn") or p.has("Fixd") for p in found)
    return True


# ---------------------------------------------------------------- triggers


def _is_directive(tok: Token) -> bool:
    return any(speech_verbs().get(p.lemma) == "directive" for p in parses(tok.text) if p.pos == "VERB")


def _governs_event(doc: Doc, tok: Token, sent: Span, clauses: list[int]) -> bool:
    """ "наказав уряду поглиблювати співпрацю", "пообіцяла передати Україні системи ППО": an order,
    promise or plan to do something is the event it governs (planned), not an event of its own."""
    planned = any(modality_cues().get(p.lemma, ("", ""))[0] == "planned" for p in parses(tok.text))
    if not (_is_directive(tok) or planned):
        return False
    clause = clauses[tok.i - sent.start]
    return any(
        clauses[t.i - sent.start] == clause and _infinitive(t) and _trigger_at(doc, t, sent)
        for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)]
    )


def _trigger_at(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    table = triggers()
    for p in parses(tok.text):
        if p.pos not in ("VERB", "INFN", "ADJF") or p.lemma not in table:
            continue
        if (p.pos == "ADJF" and not p.has("Pass")) or p.has("impr"):
            continue
        for t in table[p.lemma]:
            if not t.object:
                return t
            window = list(doc[tok.i + 1 : min(sent.end, tok.i + 8)]) + list(
                doc[max(sent.start, tok.i - 3) : tok.i]
            )
            if any(t.object in {q.lemma for q in parses(w.text)} for w in window):
                return t
    return None


# ---------------------------------------------------------------- roles


def _source(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], linking: Linking
) -> tuple[list[Actor], Phrase | None]:
    clause = clauses[trig.i - sent.start]
    in_clause = [p for p in phrases if clauses[p.start - sent.start] == clause and p.actors]
    first = _first_word(doc, sent, clauses, clause)
    if first is not None and first.lower_ in _RELATIVES:
        # "..., який зустрівся": the phrase right before the comma is the subject
        before = [p for p in phrases if p.end <= first.i]
        if before and before[-1].end >= first.i - 1 and before[-1].actors:
            return before[-1].actors, before[-1]
        return [], None
    left = [p for p in in_clause if p.end <= trig.i and p.nominative and not _after_verb(doc, p)]
    if left:
        return _coordinated(doc, left[-1], phrases), left[-1]
    pronoun = _pronoun(doc, sent, clauses, clause, trig)
    if pronoun is not None:
        ent_id = antecedent(doc, pronoun.i, linking, _PRONOUN_GENDER[pronoun.lower_])
        ent = linking.entity(ent_id)
        if ent is not None:
            return [Actor(ent.id, ent.country, ent.code, ent.name)], None
    right = [p for p in in_clause if p.start > trig.i and p.nominative]
    if right and not _subject_noun_before(doc, sent, trig, clauses):
        # "приїздив міністр оборони РФ": the subject follows the verb only when nothing
        # nominative precedes it ("ворог обстріляв Дніпро": Дніпро is the object)
        return _coordinated(doc, right[0], phrases), right[0]
    place = None if _subject_noun_before(doc, sent, trig, clauses) else _impersonal_source(trig, in_clause)
    if place is not None:
        return place.actors, place
    lead_in = _is_lead_in(sent)
    earlier = [
        p
        for p in phrases
        if p.end <= trig.i
        and p.nominative
        and not _after_verb(doc, p)
        and clauses[p.start - sent.start] < clause
        and not (lead_in and clauses[p.start - sent.start] == 0)
        and _agrees_in_number(doc, p, trig)
    ]
    if earlier and (first is None or first.lower_ not in ("що", "щоб") or _infinitive(trig)):
        return _coordinated(doc, earlier[0], phrases), earlier[0]
    # "поліція затримала понад 50 людей": a generic actor of the country the sentence is about
    generic = [p for p in phrases if clauses[p.start - sent.start] == clause and p.nominative and p.implied]
    left_generic = [p for p in generic if p.end <= trig.i and not _after_verb(doc, p)]
    chosen = left_generic[-1] if left_generic else next((p for p in generic if p.start > trig.i), None)
    if chosen is not None and chosen.implied is not None:
        return [chosen.implied], chosen
    # "відбувся обмін полоненими між Україною та Росією": the parties after "між"
    between = next((p for p in phrases if clauses[p.start - sent.start] == clause and p.prep == "між"), None)
    if between is not None and between.actors:
        return between.actors[:1], between
    return [], None


def _subject_noun_before(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is there a nominative noun outside prepositional phrases before the verb in its clause?
    ("в Італії лідери двох країн підписали": "лідери" breaks the case chain and is the subject)."""
    clause = clauses[trig.i - sent.start]
    oblique = False
    prev_noun: Token | None = None
    for tok in doc[sent.start : trig.i]:
        if clauses[tok.i - sent.start] != clause:
            continue
        if tok.lower_ in _PREPOSITIONS:
            oblique, prev_noun = True, None
            continue
        nouns = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if not nouns:
            continue
        nominative = any(p.has("nomn") for p in nouns)
        if nominative and (not oblique or (prev_noun is not None and _case_break(prev_noun, tok))):
            return True
        prev_noun = tok
    return False


def _agrees_in_number(doc: Doc, phrase: Phrase, verb: Token) -> bool:
    """A singular subject does not go with a plural verb ("Орбан погодився ..., як вилучили ...")."""
    verb_number = {n for p in parses(verb.text)[:1] for n in ("sing", "plur") if p.has(n)}
    if not verb_number:
        return True
    for tok in doc[phrase.start : phrase.end]:
        nouns = [p for p in parses(tok.text) if p.pos == "NOUN" and not p.has("Fixd")]
        if nouns:
            numbers = {"plur" if p.has("plur") else "sing" for p in nouns}
            return bool(numbers & verb_number)
    return True


def _impersonal_source(trig: Token, in_clause: list[Phrase]) -> Phrase | None:
    """ "У Москві пообіцяли відповісти", "В Україні рішення привітали": a plural verb with no
    subject speaks for the place or institution named with "у/в" before it."""
    if not any(p.pos == "VERB" and p.has("plur") for p in parses(trig.text)[:1]):
        return None
    for p in reversed(in_clause):
        if p.end <= trig.i and p.prep in ("у", "в") and p.actors:
            return p
    return None


def _after_verb(doc: Doc, phrase: Phrase) -> bool:
    """A phrase right after a verb is its object ("звинуватив РФ"), not its subject."""
    if phrase.start == 0:
        return False
    return any(p.pos in ("VERB", "INFN") for p in parses(doc[phrase.start - 1].text)[:1])


def _infinitive(tok: Token) -> bool:
    return any(p.pos == "INFN" or p.has("infn") for p in parses(tok.text)[:1])


def _first_word(doc: Doc, sent: Span, clauses: list[int], clause: int) -> Token | None:
    for tok in sent:
        if clauses[tok.i - sent.start] == clause and not tok.is_punct and not tok.is_space:
            return tok
    return None


def _pronoun(doc: Doc, sent: Span, clauses: list[int], clause: int, trig: Token) -> Token | None:
    for tok in doc[sent.start : trig.i]:
        if clauses[tok.i - sent.start] == clause and tok.lower_ in ("він", "вона", "вони"):
            return tok
    return None


def _coordinated(doc: Doc, phrase: Phrase, phrases: list[Phrase]) -> list[Actor]:
    """ "Кім Чен Ин і Путін провели зустріч": both nominative phrases joined by "і" are the source."""
    actors = list(phrase.actors)
    idx = phrases.index(phrase)
    k = idx + 1
    # "Велика Британія та США", "міністри закордонних справ Литви, Латвії та Естонії"
    while k < len(phrases) and phrases[k].actors and phrases[k].prep is None:
        between = [t for t in doc[phrases[k - 1].end : phrases[k].start] if not t.is_space]
        if not (len(between) == 1 and (between[0].lower_ in _COORDINATORS or between[0].text == ",")):
            break
        if between[0].text == "," and not _list_continues(doc, phrases, k):
            break
        actors += phrases[k].actors
        k += 1
    k = idx - 1
    while k >= 0:
        prev = phrases[k]
        joint = doc[prev.end : phrases[k + 1].start]
        if len(joint) == 1 and joint[0].lower_ in _COORDINATORS and prev.nominative and prev.actors:
            actors = prev.actors + actors
            k -= 1
        else:
            break
    return actors


def _targets(
    doc: Doc,
    sent: Span,
    trig: Token,
    trigger: Trigger,
    source: list[Actor],
    source_phrase: Phrase | None,
    phrases: list[Phrase],
    clauses: list[int],
) -> list[Actor]:
    clause = clauses[trig.i - sent.start]
    source_keys = {_key(a) for a in source}
    source_country = next((a.country for a in source if a.country), None)

    def usable(p: Phrase) -> list[Actor]:
        if p is source_phrase or p.prep not in _TARGET_PREPOSITIONS:
            return []
        if p.prep == "на" and not _accusative(doc, p):
            return []  # "на космодромі": a place, not a target
        if not any(a.country for a in p.actors) and p.generic is not None and source_country:
            return [Actor(None, source_country, source_country + p.generic, None)]
        return [
            a
            for a in p.actors
            if _key(a) not in source_keys and a.country and not (a.code or "").endswith("MED")
        ]

    if trigger.mode == "visit":
        host = _visited(sent, trig, phrases, clauses, source_country)
        if host:
            return host

    in_clause = [p for p in phrases if clauses[p.start - sent.start] == clause]
    for p in in_clause:
        if p.start > trig.i and (found := usable(p)):
            return found + _coordinated_after(doc, p, phrases, usable)
    for p in reversed(in_clause):
        if p.end <= trig.i and p.prep is not None and (found := usable(p)):
            return found
    if source_phrase is not None and source_phrase.prep == "між":
        parties = _coordinated(doc, source_phrase, phrases)  # "між Україною та Росією"
        return [a for a in parties if _key(a) not in source_keys]
    if len(source) > 1 and trigger.type in _RECIPROCAL:
        return source[1:]  # "Україна та Франція підписали угоду": the parties act on each other
    if trigger.type in _NEEDS_TARGET:
        source_countries = {a.country for a in source}
        others = [
            a
            for p in phrases
            if clauses[p.start - sent.start] <= clause
            for a in p.actors
            if _key(a) not in source_keys
            and a.country
            and a.country not in source_countries
            and not (a.code or "").endswith("MED")  # the outlet that reports it is no target
        ]
        unique = list({_key(a): a for a in others}.values())
        return unique
    if trigger.type in ("ASSAULT", "AID"):
        # the country it struck, or where the aid goes ("профінансують розмінування в Україні")
        return _visited(sent, trig, phrases, clauses, source_country)
    return []


def _list_continues(doc: Doc, phrases: list[Phrase], k: int) -> bool:
    """A comma joins list members only when the list ends with "і/та" ("Литви, Латвії та Естонії")."""
    while k + 1 < len(phrases):
        between = [t for t in doc[phrases[k].end : phrases[k + 1].start] if not t.is_space]
        if len(between) != 1:
            return False
        if between[0].lower_ in _COORDINATORS:
            return True
        if between[0].text != ",":
            return False
        k += 1
    return False


def _coordinated_after(
    doc: Doc, phrase: Phrase, phrases: list[Phrase], usable: Callable[[Phrase], list[Actor]]
) -> list[Actor]:
    """ "по Харкову й Запоріжжю": phrases joined to the target by "і/й/та" are targets too."""
    extra: list[Actor] = []
    idx = phrases.index(phrase)
    while idx + 1 < len(phrases):
        nxt = phrases[idx + 1]
        between = doc[phrases[idx].end : nxt.start]
        if not (len(between) == 1 and between[0].lower_ in _COORDINATORS):
            break
        extra += [a for a in nxt.actors if a.country] if nxt.prep is None else usable(nxt)
        idx += 1
    return extra


def _accusative(doc: Doc, phrase: Phrase) -> bool:
    for tok in doc[phrase.start : phrase.end]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if found:
            return any(p.has("accs") or p.has("Fixd") for p in found)
    return False


def _visited(
    sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], source_country: str | None
) -> list[Actor]:
    """The host of a visit: the country of the place the visitor went to ("прибув до РФ",
    "прибув на аеродром ... у Владивостоці")."""
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if clauses[p.start - sent.start] != clause or p.prep not in ("до", "на", "у", "в"):
            continue
        for a in p.actors:
            if a.country and a.country != source_country:
                return [
                    Actor(
                        None if a.code is None and a.entity is None else a.entity,
                        a.country,
                        a.code if a.code and a.code == a.country else a.country,
                        a.text,
                    )
                ]
    return []


def _is_body(linking: Linking, actor: Actor) -> bool:
    """An organization without a country (the EU, NATO) can act; an unplaced person cannot be coded."""
    ent = linking.entity(actor.entity)
    return ent is not None and ent.type == "ORG"


def _key(actor: Actor) -> str:
    return actor.entity or f"country:{actor.country}"


def _location(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], linking: Linking
) -> str | None:
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if clauses[p.start - sent.start] != clause or p.prep not in _LOCATION_PREPOSITIONS | {"до"}:
            continue
        for a in p.actors:
            ent = linking.entity(a.entity)
            if ent is not None and ent.type == "LOC" and (ent.code is None or p.prep != "до"):
                return ent.id
    return None


# ---------------------------------------------------------------- modality and dates


def _modality(
    doc: Doc, sent: Span, trig: Token, trigger: Trigger, clauses: list[int]
) -> tuple[str, str | None]:
    clause = clauses[trig.i - sent.start]
    cues = modality_cues()
    mode = trigger.mode or None
    window = [t for t in doc[max(sent.start, trig.i - 4) : trig.i] if clauses[t.i - sent.start] == clause]
    clause_tokens = [t for t in doc[sent.start : trig.i] if clauses[t.i - sent.start] == clause]
    if any(t.lower_ == "не" for t in window[-2:]):
        return "negated", mode
    if _conditional(clause_tokens):
        return "conditional", mode
    for t in reversed(window):
        if _is_directive(t):
            return "planned", mode or "intend"
        for p in parses(t.text):
            cue = cues.get(p.lemma)
            if cue and cue[0] == "negated":
                return "negated", mode
            if cue and cue[0] in ("planned", "hypothetical"):
                return cue[0], mode or cue[1] or None
    if _conditional(clause_tokens):
        return "conditional", mode
    if any(p.has("futr") for p in parses(trig.text)[:1]):
        return "planned", mode
    return "asserted", mode


@functools.cache
def _conditional_cues() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(lemma.split()) for lemma, (modality, _) in modality_cues().items() if modality == "conditional"
    )


def _conditional(tokens: list[Token]) -> bool:
    """ "у разі", "якщо" before the trigger in its clause (matched on lemmas)."""
    seq = [{p.lemma for p in parses(t.text)} | {t.lower_} for t in tokens]
    for cue in _conditional_cues():
        for k in range(len(seq) - len(cue) + 1):
            if all(cue[n] in seq[k + n] for n in range(len(cue))):
                return True
    return False


def _concrete(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.value[:1].isdigit()


def _date_of(
    trig: Token,
    sent: Span,
    clauses: list[int],
    sentence_timexes: list[tuple[Timex, int]],
    narrative: str | None,
) -> str | None:
    clause = clauses[trig.i - sent.start]
    own = [t for t, c in sentence_timexes if c == clause]
    pool = own or [t for t, _ in sentence_timexes]
    if not pool:
        return narrative
    if any(not _concrete(t) and t.value in _VAGUE_PAST for t in pool) and not any(_concrete(t) for t in pool):
        return None
    concrete = [t for t in pool if _concrete(t)]
    if not concrete:
        return narrative
    return calendar_date(min(concrete, key=lambda t: abs(t.start - trig.idx)).value)


def calendar_date(value: str) -> str:
    """Events are dated by calendar day (or a coarser period): "2023-09-12TMO" → "2023-09-12"."""
    return value.split("T", 1)[0]


# ---------------------------------------------------------------- the stage


def find_events(
    doc: Doc,
    linking: Linking,
    timexes: list[Timex],
    quotes: list[Quote],
    passages: dict[int, Passage],
    segments: list[tuple[int, int]],
    published: str | None,
) -> list[Event]:
    found: list[_Found] = []
    narrative = published
    home = _dominant_country(linking)
    by_sentence: dict[int, list[Timex]] = {}
    for t in timexes:
        by_sentence.setdefault(token_at_char(doc, t.start), []).append(t)
    sent_of = [0] * len(doc)
    for n, s in enumerate(sentences(doc)):
        sent_of[s.start : s.end] = [n] * (s.end - s.start)
    timexes_in: dict[int, list[Timex]] = {}
    for tok_index, items in by_sentence.items():
        timexes_in.setdefault(sent_of[tok_index], []).extend(items)
    quote_spans = sorted((q.start, q.end, q.speaker) for q in quotes)
    for s_index, sent in enumerate(sentences(doc)):
        clauses = _clauses(sent)
        inside = timexes_in.get(s_index, [])
        sentence_timexes = [(t, clauses[_token_at(doc, t.start).i - sent.start]) for t in inside]
        in_time = {k for t in inside for k in _tokens_of(doc, t.start, t.end)}
        phrases = _phrases(doc, sent, linking, in_time)
        _imply_countries(phrases, _sentence_country(sent, linking) or home)
        passage = passages.get(sent.start_char, Passage(None, None))
        for tok in sent:
            if inside_quotes(segments, tok.idx):
                continue
            trigger = _trigger_at(doc, tok, sent)
            if trigger is None or _governs_event(doc, tok, sent, clauses):
                continue
            source, source_phrase = _source(doc, sent, tok, phrases, clauses, linking)
            if (
                not source
                and trigger.type == "PROTEST"
                and (place := _sentence_country(sent, linking) or home)
            ):
                source = [Actor(None, place, place + "CVL", None)]  # a protest with no organizer named
            if not source or not any(a.country or _is_body(linking, a) for a in source):
                continue
            target = _targets(doc, sent, tok, trigger, source, source_phrase, phrases, clauses)
            modality, mode = _modality(doc, sent, tok, trigger, clauses)
            etype = trigger.type
            if modality == "negated" and trigger.negated_type:
                etype = trigger.negated_type
            mode = _refined_mode(doc, tok, sent, etype, mode)
            speaker = _speaker_at(quote_spans, tok.idx)
            end = sent.end_char
            while end > sent.start_char and text_of(doc)[end - 1].isspace():
                end -= 1
            event = Event(
                id="",
                type=etype,
                mode=mode,
                source=source,
                target=target,
                date=_date_of(tok, sent, clauses, sentence_timexes, narrative),
                location=_location(doc, sent, tok, phrases, clauses, linking),
                modality=modality,  # type: ignore[arg-type]
                according_to=speaker or passage.source,
                start=sent.start_char,
                end=end,
                trigger=tok.text,
            )
            found.append(
                _Found(event, s_index, frozenset(_key(a) for a in source), frozenset(_key(a) for a in target))
            )
        narrative = _narrative_after(inside, narrative, published)
    _answer_accusations(found)
    return _merge(found)


def _speaker_at(quote_spans: list[tuple[int, int, str | None]], pos: int) -> str | None:
    k = bisect.bisect_right(quote_spans, (pos, 1 << 62, "")) - 1
    while k >= 0 and quote_spans[k][0] <= pos:
        if pos < quote_spans[k][1]:
            return quote_spans[k][2]
        k -= 1
        if k >= 0 and pos - quote_spans[k][0] > 20_000:
            break
    return None


def _tokens_of(doc: Doc, start: int, end: int) -> range:
    return tokens_between(doc, start, end)


def _token_at(doc: Doc, char: int) -> Token:
    return doc[token_at_char(doc, char)]


def _narrative_after(inside: list[Timex], narrative: str | None, published: str | None) -> str | None:
    """The time a reader carries into the next sentence."""
    if not inside:
        return narrative
    first = inside[0]
    if _concrete(first):
        return calendar_date(first.value)
    if first.value in _VAGUE_PAST:
        return None
    if first.value == "PRESENT_REF":
        return published
    return narrative


def _answer_accusations(found: list[_Found]) -> None:
    """ "У Москві звинувачення відкинули": a rejection with no target answers the latest accusation
    made against its source, so it targets the accuser."""
    for n, f in enumerate(found):
        if f.event.type != "REJECT" or f.event.target:
            continue
        rejecting = _countries(f.event.source)
        for earlier in reversed(found[:n]):
            if earlier.event.type == "ACCUSE" and rejecting & _countries(earlier.event.target):
                f.event.target = list(earlier.event.source)
                f.target_keys = earlier.source_keys
                break


def _merge(found: list[_Found]) -> list[Event]:
    """One real-world event told twice is one event: within a sentence, same type and source with the
    same (or a missing) target; across sentences, same type, mode, actors and date."""
    kept: list[_Found] = []
    for f in found:
        twin = next((k for k in kept if _same(k, f)), None)
        if twin is None:
            kept.append(f)
        elif not twin.target_keys and f.target_keys:
            twin.event.target, twin.target_keys = f.event.target, f.target_keys
    events = [k.event for k in kept]
    for n, e in enumerate(events, 1):
        e.id = f"V{n}"
    return events


def _countries(actors: list[Actor]) -> frozenset[str | None]:
    return frozenset(a.country for a in actors)


def _same(a: _Found, b: _Found) -> bool:
    if a.event.type != b.event.type:
        return False
    if a.sentence == b.sentence:
        targets_a, targets_b = _countries(a.event.target), _countries(b.event.target)
        return _countries(a.event.source) == _countries(b.event.source) and (
            targets_a == targets_b or not targets_a or not targets_b
        )
    # the headline and the lead often tell the same event with other words ("Росія атакувала Харків",
    # "Російські війська завдали ударів по Харкову"): same kind, sides, targets and day
    return (
        _countries(a.event.source) == _countries(b.event.source)
        and a.target_keys == b.target_keys
        and (bool(a.target_keys) or a.event.trigger.lower() == b.event.trigger.lower())
        and a.event.date is not None
        and a.event.date == b.event.date
    )
