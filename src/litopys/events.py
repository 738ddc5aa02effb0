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
import copy
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from litopys import statements
from litopys.attribution import Passage, antecedent, latter, speech_verbs
from litopys.lang.uk import resources
from litopys.link import (
    LinkedMention,
    Linking,
    country_of_adjective,
    generic_actor,
    international_name,
    is_nominative,
    lookup,
    roles,
)
from litopys.mentions import geo_heads, is_capitalized, is_mission_name, lemmas, org_heads, word_lemmas
from litopys.model import Actor, Entity, Event, Quote, Timex
from litopys.morphology import (
    CASES,
    Parse,
    gerund_verbs,
    parses,
    sentence_of,
    sentences,
    text_of,
    token_at_char,
    tokens_between,
)
from litopys.plover import TYPES

_NP_POS = {"NOUN", "ADJF", "NUMR", "ADJS"}
_DEMONSTRATIVES = frozenset({"цей", "ця", "цю", "ці", "цього", "цієї", "цих", "той", "ту"})
# "вирішувати, кому і як допомагати": an infinitive in an indirect question is no act
_QUESTION_WORDS = frozenset({"кому", "кого", "як", "коли", "куди", "де", "чи", "чим"})
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
    "яку",
    "якому",
    "якій",
    "яким",
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
    "хто",
}
_RELATIVES = {"який", "яка", "яке", "які"}
_STATE_ADJECTIVES = {"державний", "національний"}
_REGIONAL_ADJECTIVES = {"обласний", "районний", "міський", "окружний", "апеляційний"}
_CONTRASTIVES = {"а", "але", "проте", "однак", "натомість", "зате"}
_NOT_A_CLAUSE = {"також", "саме", "й", "і", "не"}
# "той" (the latter): "Сибіга запросив Кірно до Києва. Той запрошення прийняв"
_PRONOUN_GENDER = {"він": "masc", "вона": "femn", "вони": "plur", "той": "masc"}
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
    # near a place: "поблизу Іматри", "неподалік Херсона" (the dictionary reads these as adverbs)
    "поблизу",
    "неподалік",
    "навколо",
    "довкола",
    "вздовж",
    "уздовж",
}
_COORDINATORS = {"і", "й", "та"}
_TARGET_PREPOSITIONS = {None, "з", "із", "зі", "до", "проти", "на", "щодо", "перед", "по"}
_LOCATION_PREPOSITIONS = {"у", "в", "на", "біля", "під", "поблизу"}
_RECIPROCAL = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
_ALL_TYPES = frozenset(TYPES)
# international and non-governmental bodies (and their officials) belong to no country
_BODIES_OF_NO_COUNTRY = frozenset({"IGO", "NGO"})
# verbs whose subject undergoes the act: "потрапили під санкції"
_UNDERGONE = frozenset({"потрапити", "потрапляти", "отримати", "отримувати"})
# types whose target, when the clause names none, is another actor of the sentence
_NEEDS_TARGET = {"THREATEN", "ACCUSE", "SANCTION"}
_HOSTILE_ACTS = frozenset(
    {"ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT", "REQUEST"}
)
# a reaction with no target of its own, and the earlier acts against its source it may answer
# rejections that answer what was said: denials, and judging it ("звинувачення є вигадкою", "назвав
# звинувачення брехнею"); blocking a budget or a declaration answers no one
_DENIALS = frozenset(
    {"відкинути", "відкидати", "заперечити", "заперечувати", "спростувати", "спростовувати", "відповісти"}
    | {"відхилити", "відхиляти"}  # "протест відхилив": the protest just lodged
    | {"бути", "назвати", "називати"}
    | {"визнати", "визнавати"}  # a REJECT from these is "не визнає": a claim or demand denied
    | {"мати", "нести"}  # "не має стосунку до", "не несе відповідальності": involvement denied
)
_REACTIONS: dict[str, frozenset[str]] = {
    "REJECT": frozenset({"ACCUSE", "REQUEST"}),  # "Кишинів цей борг не визнає": the one demanding it
    "ACCUSE": _HOSTILE_ACTS,
    "THREATEN": _HOSTILE_ACTS,
    # "Клименко рішення привітав": a welcome with no target answers the latest act done for the one
    # welcoming it
    "SUPPORT": frozenset({"COOPERATE", "AID", "CONCEDE", "RETREAT"}),
}
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
    told_again_in: int | None = None  # the body sentence that retells a headline event
    at: int = -1  # the trigger's token
    answer: bool = False  # "відповіли, що ...", "у відповідь заявили": words said back
    announced: bool = False  # "повідомила про арешт": dated by the announcement, not the act
    construction: str = ""  # the trigger's object lemma ("кордон" of "закрити кордон")


@functools.cache
def triggers() -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = {}
    for r in resources.table("event_triggers.tsv"):
        t = Trigger(r["lemma"], r.get("object", ""), r["type"], r.get("mode", ""), r.get("negated_type", ""))
        table.setdefault(t.lemma, []).append(t)
    # "направила два комплекти", "відправила генератори": what is aid when handed over is aid when
    # sent; not arms ("направила танки до кордону" moves forces, "відправила ракети" may strike)
    handed = [
        t
        for t in table.get("передати", [])
        if t.type == "AID" and t.object and t.object[0] != "@" and t.mode != "military"
    ]
    for verb in _SENDING_VERBS:
        rows = table.setdefault(verb, [])
        known = {t.object for t in rows}
        rows.extend(
            Trigger(verb, t.object, t.type, t.mode, t.negated_type) for t in handed if t.object not in known
        )
    for rows in table.values():
        rows.sort(key=lambda t: not t.object)  # constructions with an object first
    return table


_SENDING_VERBS = (
    "направити",
    "надіслати",
    "відправити",
    "доставити",
    "направляти",
    "надсилати",
    "відправляти",
)


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
    m = linking.at(tok.i)
    if m is not None and m.start < tok.i:
        return True  # the hyphen of "Абу-Дабі" belongs to the name
    if tok.text == "-" and _glued_hyphen(tok):
        return True  # "прем'єр-міністерка": a compound the tokenizer splits at its hyphen
    if tok.is_punct or tok.is_space:
        return False
    if m is not None:
        return True
    if tok.text.isdigit():
        return _count_of_members(tok)
    if tok.lower_ in _COORDINATORS or tok.lower_ in _CLAUSE_WORDS:
        return False
    found = parses(tok.text)
    if any(p.lemma == "який" for p in found[:1]):
        return False  # "у якому естонська влада звинуватила": the relative word opens a clause
    if not found:
        return tok.text[:1].isupper()
    if len(tok.text) <= 5 and any(p.pos in ("PREP", "CONJ", "PRCL") for p in found):
        return False
    return (
        found[0].pos in _NP_POS
        or (found[0].pos == "NPRO" and tok.lower_ not in ("він", "вона", "вони"))
        or generic_actor(tok) is not None  # "Судно берегової охорони": a noun the dictionary ranks second
    )


def _count_of_members(tok: Token) -> bool:
    """ "Лідери 27 країн ЄС", "міністри 30 держав": a number between a title noun and the countries
    it counts belongs to the phrase."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or not _is_title(doc[tok.i - 1]):
        return False
    return any(p.pos == "NOUN" and p.has("gent") and p.has("plur") for p in parses(doc[tok.i + 1].text)[:2])


def _glued_hyphen(tok: Token) -> bool:
    """A hyphen with a word right on each side and no space: "прем'єр-міністр"."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and not (doc[tok.i - 1].is_punct or doc[tok.i - 1].like_num)
        and not (doc[tok.i + 1].is_punct or doc[tok.i + 1].like_num)
    )


def _clauses(sent: Span) -> list[int]:
    """Clause number of every token of ``sent``: a new clause after ", що", ", який", ";", after a
    comma followed by a finite verb (the main clause resuming after a relative one), and after an
    attribution lead-in ("Як передає Reuters, ...")."""
    ids = []
    current = 0
    prev: Token | None = None
    lead_in = _is_lead_in(sent)
    verb_since_comma = verb_before_comma = relative = False
    for tok in sent:
        after_comma = prev is not None and prev.text == ","
        if after_comma:
            verb_before_comma, verb_since_comma = verb_since_comma, False
        coordinated = (  # "..., яку влаштував король, і зустрівся з Трампом": back to the main subject;
            # "..., і перші 40 фахівців прибудуть у квітні": a new subject and its verb
            after_comma
            and tok.lower_ in _COORDINATORS
            and tok.i + 1 < sent.end
            and _verb_within(sent, tok.doc[tok.i + 1], 4)
        )
        contrast = (  # "..., а слова Лукашенка назвав брехнею": a clause of its own ("а також" is not)
            after_comma
            and tok.lower_ in _CONTRASTIVES
            and (tok.i + 1 >= sent.end or tok.doc[tok.i + 1].lower_ not in _NOT_A_CLAUSE)
        )
        named_subject = (
            (  # "Японія запровадила санкції, Москва обіцяє відповідь": a new subject and verb
                after_comma
                and tok.text[:1].isupper()
                and tok.i + 1 < sent.end
                and _finite_verb(tok.doc[tok.i + 1])
            )
            or (  # "..., 42 держави ухвалили окрему заяву": a counted subject and its verb
                after_comma and tok.like_num and tok.i + 2 < sent.end and _finite_verb(tok.doc[tok.i + 2])
            )
            or (  # "Суд засудив журналіста ..., ЄС і ОБСЄ вимагають його звільнити": a list of names
                after_comma
                and verb_before_comma
                and tok.text[:1].isupper()
                and _may_be_subject(tok)
                and _verb_within(sent, tok, 5)
            )
            or (  # "Засідання скликали на вимогу України, її звернення підтримали Франція ...": a
                # possessive opens a new subject
                after_comma
                and verb_before_comma
                and tok.lower_ in _POSSESSIVE_OPENERS
                and _verb_within(sent, tok, 4)
            )
        )
        # "... в Україні — цю схему згодом назвали «данською моделлю»": a new statement after a dash
        restated = prev is not None and prev.text in ("—", "–") and tok.lower_ in _DEMONSTRATIVES
        if (
            tok.text in (";", ":")
            or restated
            or contrast
            or named_subject
            or (after_comma and tok.lower_ in _CLAUSE_WORDS)
            or (after_comma and _relative_after_noun(sent, tok))
            # "..., який прибув до Києва, заявив": the main clause resumes; but "Міністерство, у
            # середу, 26 листопада, оголосило" only closes a date set off by commas
            or (after_comma and _finite_verb(tok) and verb_before_comma)
            or (after_comma and lead_in and current == 0)
            or coordinated
            # "За даними ЗМІ, які посилаються на джерела, дипломата підозрюють": a relative clause
            # that has had its verb is closed by a comma before another verb's words
            or (after_comma and relative and verb_before_comma and _verb_within(sent, tok, 3))
        ):
            current += 1
            relative = after_comma and "який" in lemmas(tok)
        ids.append(current)
        verb_since_comma = verb_since_comma or _finite_verb(tok)
        if not tok.is_space:
            prev = tok
    return ids


# a place named by its kind alone ("в місті", "в області") stands for the last such place named,
# looked for this many tokens back (about fifteen sentences)
_ANAPHOR_REACH = 400
_PLACE_ANAPHORS = frozenset({"місто", "село", "селище", "область", "регіон", "столиця", "громада", "район"})


def _place_named_before(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], linking: Linking, source: list[Actor]
) -> list[Actor]:
    """ "пошкодили в місті понад 300 будинків": the country of the place last named before, when a
    bare "у місті" in the verb's clause points back to it (never the attacker's own)."""
    clause = clauses[trig.i - sent.start]
    for tok in sent:
        if clauses[tok.i - sent.start] != clause or tok.i == sent.start:
            continue
        bare = (
            doc[tok.i - 1].lower_ in ("у", "в", "на")
            and any(p.lemma in _PLACE_ANAPHORS for p in parses(tok.text)[:2])
            and not (tok.i + 1 < sent.end and doc[tok.i + 1].text[:1].isupper())
        )
        if not bare:
            continue
        place = _last_place_before(linking, tok.i)
        if place is not None and place.country not in _countries(source):
            return [Actor(place.id, place.country, place.country, place.name)]
        return []
    return []


def _last_place_before(linking: Linking, pos: int) -> Entity | None:
    """The last city or region (a place that is no country) named before token ``pos``."""
    for m in linking.before(pos):
        if m.start <= pos - _ANAPHOR_REACH:
            return None
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "LOC" and ent.country and not ent.code:
            return ent
    return None


_POSSESSIVE_OPENERS = frozenset({"її", "його", "їхній", "їхня", "їхнє", "їхні", "їх"})


def _may_be_subject(tok: Token) -> bool:
    """A nominative reading, or a name the dictionary cannot decline ("ЄС", "ОБСЄ")."""
    found = parses(tok.text)
    return not found or any(p.has("nomn") or p.has("Fixd") or p.pos is None for p in found)


def _verb_within(sent: Span, tok: Token, reach: int) -> bool:
    """A finite verb among ``tok`` and the next words before any punctuation."""
    for t in sent.doc[tok.i : min(sent.end, tok.i + reach)]:
        if t.is_punct:
            return False
        if _finite_verb(t):
            return True
    return False


def _is_lead_in(sent: Span) -> bool:
    """ "Як передає Reuters, ...", "За даними МВС, ...": the first clause only says who reports."""
    words = [t.lower_ for t in sent if not t.is_space][:2]
    return bool(words) and (
        words[0] == "як"
        or words[:2] in (["за", "даними"], ["за", "словами"], ["за", "інформацією"], ["на", "думку"])
    )


def _finite_verb(tok: Token) -> bool:
    return any(p.pos == "VERB" and not p.has("infn") for p in parses(tok.text)[:1])


def _may_be_finite(tok: Token) -> bool:
    """ "дозволить", "просить": the dictionary ranks a colloquial infinitive first; a standard
    infinitive ends in "-ти", so a finite reading is the one meant."""
    return _finite_verb(tok) or (
        not tok.lower_.endswith(("ти", "тися"))
        and any(p.pos == "VERB" and not p.has("infn") for p in parses(tok.text))
    )


def _phrases(doc: Doc, sent: Span, linking: Linking, in_time: set[int]) -> list[Phrase]:
    """Noun-phrase chunks of a sentence. Time expressions are adverbials, not phrases; a person's
    name (or "лідер КНДР") that can be nominative starts a new phrase unless a title precedes it
    in the same phrase ("президент США Джо Байден" stays one phrase)."""
    phrases: list[Phrase] = []
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
                titled
                and m is not None
                and m.start == j
                and m.type == "PER"
                and _named_in(doc, i, j, linking)
            ):
                titled = False  # "з главою МЗС Швейцарії Кассісом | Сибіга обговорив": the title has its name
            if (
                not titled
                and m is not None
                and m.start == j
                and _before_verb(doc, m, linking)
                and is_nominative(doc, m)
                and not _other_form_of_name(doc, m, linking)
                and not _owner_of_noun(doc, m)
                and not _names_noun_before(doc, m)
            ):
                break  # "У разі порушення перемир'я | США запровадять ..."
            if (
                m is not None
                and m.start == j
                and _pos(doc[j - 1]) == "NPRO"
                and is_nominative(doc, m)
                and not _other_form_of_name(doc, m, linking)
            ):
                break  # "Після цього | Угорщина блокувала": a pronoun closes the adverbial before a name
            if (
                not titled
                and m is not None
                and m.start == j
                and m.type == "PER"
                and _place_ends_at(linking, j - 1)
            ):
                break  # "Посол ЄС у Вірменії | Василіс Марагос": a place and a person are two phrases
            if (
                not titled
                and (
                    (m is not None and m.start == j and _starts_subject(doc, m, linking))
                    or (
                        m is None
                        and _is_title(doc[j])
                        # "Рада директорів": a possessive adjective (директорів) is no title noun
                        and any(p.has("nomn") and p.pos == "NOUN" for p in parses(doc[j].text))
                        # "американський посол": adjectives before a title are its own
                        and not all(_pos(t) == "ADJF" for t in doc[i:j])
                    )
                )
            ):
                break
            inside_name = m is not None and m.start < j  # "Абу-Дабі" is one name, whatever its cases
            if not titled and not inside_name and _case_break(doc[j - 1], doc[j]):
                break  # "президент Франції Емманюель Макрон" keeps its name: the title governs it
            if m is None and _name_ends_before(doc, j, linking):
                break  # "У Москві | рішення Токіо засудили": a place or a person takes no noun after it
            if m is None and _thing_after_collective(doc, j, linking):
                break  # "Опозиція | рішення лідерів ЄС підтримала": a collective actor owns no decision
            titled = titled or _is_title(doc[j])
            j += 1
        phrase = _phrase(doc, i, j, linking)
        if phrase is not None:
            phrases.append(_shares_place_preposition(doc, phrases, phrase))
        i = j
    return phrases


def _place_ends_at(linking: Linking, k: int) -> bool:
    """Does the name of a place end at token ``k``?"""
    m = linking.at(k)
    return m is not None and m.type == "LOC"


def _thing_after_collective(doc: Doc, j: int, linking: Linking) -> bool:
    """A collective actor noun in the nominative ("опозиція", "уряд") followed by a common noun that
    names a thing acted on (a trigger's object: "рішення", "угоду", "санкції")."""
    prev, tok = doc[j - 1], doc[j]
    if linking.at(j - 1) is not None or generic_actor(prev) is None or not tok.text[:1].islower():
        return False
    if not any(p.has("nomn") and p.pos == "NOUN" for p in parses(prev.text)):
        return False
    return any(p.pos == "NOUN" and p.lemma in _acted_on() for p in parses(tok.text)[:2])


@functools.cache
def _acted_on() -> frozenset[str]:
    """Nouns of things acted on: every object in the trigger lexicon."""
    return frozenset(
        t.object for rows in triggers().values() for t in rows if t.object and t.object[0] != "@"
    )


def _shares_place_preposition(doc: Doc, phrases: list[Phrase], phrase: Phrase) -> Phrase:
    """ "у селах Кфар-Кіла та Айтарун": a place joined to one named after a head noun shares its
    preposition."""
    if phrase.prep is not None or not phrases or phrase.start < 2:
        return phrase
    before = phrases[-1]
    if (
        before.end == phrase.start - 1
        and doc[before.end].lower_ in ("та", "і", "й")
        and before.prep is not None
        and _preposition_of_place_head(doc, before.start) == before.prep
        and not any(a.code and a.code == a.country for a in phrase.actors)
    ):
        return replace(phrase, prep=before.prep, nominative=False)
    if (
        before.end == phrase.start - 1
        and doc[before.end].lower_ in ("та", "і", "й")
        and before.prep is not None
        and _oblique_like(doc[before.end - 1], doc[phrase.start])
    ):
        # "з главами МЗС Японії та Південної Кореї": the second name shares the first one's case
        return replace(phrase, prep=before.prep, nominative=False)
    return phrase


def _oblique_like(last: Token, first: Token) -> bool:
    """Can ``first`` only be in an oblique case that ``last`` is also in?"""
    theirs = {c for p in parses(last.text) for c in CASES if p.has(c)}
    mine = [p for p in parses(first.text) if p.pos in ("NOUN", "ADJF")]
    if not mine or any(p.has("nomn") for p in mine):
        return False
    return any(p.has(c) for p in mine for c in theirs - {"nomn"})


def _places_of_home(doc: Doc, linking: Linking, home: str | None) -> None:
    """ "Ніжинський район", "Корюківська громада", "у селі Ягідне": a district, community or village
    of no named country lies in the country the article is about."""
    regional = _regional_home(linking)
    # places written right after "село", "район", "громада" (one pass over the mentions)
    after_head = {
        m.entity
        for m in linking.mentions
        if m.start > 0 and geo_heads().get(_lemma_of(doc[m.start - 1])) in ("admin", "settlement")
    }
    for ent in linking.entities:
        if ent.type != "LOC" or ent.country is not None:
            continue
        words = [w for w in ent.name.lower().split() if w]
        named_by_head = words and any(
            geo_heads().get(p.lemma) in ("admin", "settlement") for p in parses(words[-1])[:2]
        )
        if named_by_head or ent.id in after_head:
            ent.country = _country_of_place_after(doc, ent, linking) or regional or home


def _country_of_place_after(doc: Doc, ent: Entity, linking: Linking) -> str | None:
    """ "Ізмаїльського району Одещини": the region named right after the district holds it."""
    for m in linking.mentions:
        if m.entity != ent.id or m.end >= len(doc):
            continue
        at = m.end
        if (
            at + 2 < len(doc)
            and doc[at].lower_ in ("на", "у", "в")
            and any(p.lemma in _QUARTERS for p in parses(doc[at + 1].text)[:2])
        ):
            at += 2  # "села Рамія на півдні Лівану": the country whose part it lies in
        nxt = linking.at(at)
        owner = linking.entity(nxt.entity) if nxt is not None and nxt.start == at else None
        if owner is not None and owner.type == "LOC" and owner.country:
            return owner.country
    return None


_QUARTERS = frozenset({"південь", "північ", "схід", "захід", "центр", "прикордоння"})


def _regional_home(linking: Linking) -> str | None:
    """The country whose cities and regions the article names most often."""
    counts: dict[str, int] = {}
    for e in linking.entities:
        if e.type == "LOC" and e.country and e.code is None:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    return max(counts, key=lambda c: counts[c]) if counts else None


def _lemma_of(tok: Token) -> str:
    found = parses(tok.text)
    return found[0].lemma if found else tok.lower_


def _dominant_country(linking: Linking) -> str | None:
    """The country the article is mostly about: the most mentioned country entity."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for e in linking.entities:
        if e.type == "LOC" and e.country:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
            first[e.country] = min(first.get(e.country, 1 << 62), min(m.start for m in e.mentions))
    if not counts:
        return None
    # the most mentioned country; on a near tie the one the headline names first ("Фінляндія
    # пов'язала підпал з Росією" is Finland's story however often Moscow is named)
    top = max(counts.values())
    close = [c for c in counts if counts[c] * 3 >= top * 2]
    return min(close, key=lambda c: first[c])


def _located_country(sent: Span, linking: Linking) -> str | None:
    """The country of a place the sentence names with "у/в/на ..." (or opens with)."""
    doc = sent.doc
    for m in linking.between(sent.start, sent.end):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "LOC" and ent.country:
            before = doc[m.start - 1].lower_ if m.start > sent.start else ""
            if before in _LOCATION_PREPOSITIONS or m.start == sent.start:
                return ent.country
    return None


def _clear_home(linking: Linking) -> str | None:
    """The article's country when it clearly dominates (twice the mentions of any other)."""
    counts: dict[str, int] = {}
    for e in linking.entities:
        if e.type == "LOC" and e.country:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=lambda c: counts[c])


def _sentence_country(sent: Span, linking: Linking, home: str | None = None) -> str | None:
    """The country of the first place where something happens in the sentence ("У Тбілісі ...
    поліція затримала"); without one, the article's country rather than any place it names
    ("учасники протестували проти партії, яку звинувачують у зближенні з Москвою")."""
    first = None
    doc = sent.doc
    for m in linking.between(sent.start, sent.end):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "LOC" and ent.country:
            before = doc[m.start - 1].lower_ if m.start > sent.start else ""
            if before in _LOCATION_PREPOSITIONS or m.start == sent.start:
                return ent.country
            first = first or ent.country
    return home or first


def _origin_of_generics(doc: Doc, phrases: list[Phrase]) -> None:
    """ "Хакери з російського угруповання", "бойовики з Сирії": a generic actor noun followed by
    "з" and a country's actor belongs to that country; the "з" phrase is part of it, not a partner."""
    k = 0
    while k + 1 < len(phrases):
        p, q = phrases[k], phrases[k + 1]
        country = next((a.country for a in q.actors if a.country), None)
        if (
            not p.actors
            and p.generic is not None
            and q.prep in ("з", "із", "зі")
            and q.start == p.end + 1
            and country is not None
        ):
            p.actors = [Actor(None, country, country + p.generic, None)]
            p.end = q.end
            del phrases[k + 1]
        k += 1


def _imply_countries(phrases: list[Phrase], country: str | None) -> None:
    """ "поліція", "силовики", "влада" name a country's actor without naming the country."""
    if country is None:
        return
    for p in phrases:
        if not p.actors and p.generic:  # "хакери", "угруповання" (no sector): of no country by default
            p.implied = Actor(None, country, country + p.generic, None)


def _case_break(prev: Token, tok: Token) -> bool:
    """A word after an oblique noun that can be neither its genitive modifier nor in its case (an
    apposition) starts a new phrase: "У разі порушення | США ...", "У декларації | Росію назвали"."""
    before = [p for p in parses(prev.text) if p.pos == "NOUN"]
    here = [p for p in parses(tok.text) if p.pos in ("NOUN", "ADJF")]
    if not before or not here or any(p.has("Fixd") for p in before + here):
        return False
    if _new_adjective_phrase(prev, here):
        return True
    if (
        not any(p.has("gent") for p in here)
        and any(p.has("nomn") for p in here)
        and all(p.has("anim") for p in here)
        and all(p.has("inan") for p in before)
    ):
        return True  # "по півдню країни | росіяни випустили": people are no modifier of a place
    if any(p.has("nomn") for p in before) or any(p.has("gent") for p in here):
        return False
    if any(p.has("nomn") for p in here):
        return True
    cases_before = {c for p in before for c in CASES if p.has(c)}
    return not any(p.has(c) for p in here for c in cases_before)


def _new_adjective_phrase(prev: Token, here: list[Parse]) -> bool:
    """Ukrainian adjectives come before their noun, so a nominative adjective right after a noun
    opens the next phrase ("електростанцію Європи | російські війська захопили") unless it can be
    genitive, the start of a modifier ("міністр закордонних справ")."""
    adjective = [p for p in here if p.pos == "ADJF"]
    return (
        bool(adjective)
        and (all(p.pos == "ADJF" for p in here) or country_of_adjective(prev.doc[prev.i + 1]) is not None)
        and any(p.has("nomn") for p in adjective)
        and not any(p.has("gent") for p in adjective)
        and not any(p.pos == "ADJF" for p in parses(prev.text))
    )


def _name_ends_before(doc: Doc, j: int, linking: Linking) -> bool:
    """A common noun right after the name of a place or a person starts a new phrase."""
    prev = linking.at(j - 1)
    if prev is None or prev.end != j:
        return False
    ent = linking.entity(prev.entity)
    if ent is None or ent.type not in ("LOC", "PER", "ORG") or not _is_noun(doc[j]):
        return False
    # "затримала в Харкові агента ФСБ": after a place in a "в/у/на" phrase a title starts anew;
    # "У МЗС України заклик президента відкинули": so does a noun after a body one speaks in
    located = prev.start > 0 and doc[prev.start - 1].lower_ in _LOCATION_PREPOSITIONS
    if ent.type == "ORG":
        return located and doc[j].text[:1].islower()
    return (located and ent.type == "LOC") or not _is_title(doc[j])


def _is_title(tok: Token) -> bool:
    return _title_word(tok.text)


@functools.lru_cache(maxsize=100_000)
def _title_word(word: str) -> bool:
    """Cached by the word form, never by a Token (a Token keeps its whole Doc alive)."""
    table = roles()
    return any(table.get((lem,), ("", ""))[1] == "title" for lem in word_lemmas(word))


_PARENTHETICAL_STARTS = frozenset({"за", "як", "зокрема", "мабуть", "очевидно", "своєю", "втім"})


def _verb_after(doc: Doc, end: int) -> Token | None:
    """The finite verb right after token ``end``, past a parenthetical ("ЄІБ, за даними банку, надав")."""
    k = end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _PARENTHETICAL_STARTS:
        close = next((j for j in range(k + 2, min(len(doc), k + 9)) if doc[j].text == ","), None)
        if close is None or any(_finite_verb(t) for t in doc[k + 1 : close]):
            return None
        k = close + 1
    if k >= len(doc):
        return None
    return doc[k] if any(p.pos == "VERB" and not p.has("infn") for p in parses(doc[k].text)[:1]) else None


def _before_verb(doc: Doc, m: LinkedMention, linking: Linking | None = None) -> bool:
    """A verb right after the name, or after one more name joined to it ("Свириденко і Мелоні
    провели переговори": the two are the subject)."""
    if _verb_after(doc, m.end) is not None:
        return True
    if linking is None or m.end + 1 >= len(doc) or doc[m.end].lower_ not in ("і", "й", "та"):
        return False
    other = linking.at(m.end + 1)
    return other is not None and other.start == m.end + 1 and _verb_after(doc, other.end) is not None


def _names_noun_before(doc: Doc, m: LinkedMention) -> bool:
    """ "угруповання Sandworm", "компанія «Нафтогаз»": a name in apposition to a group noun."""
    if m.start == 0:
        return False
    prev = doc[m.start - 1]
    if prev.text in ("«", '"', "„"):
        prev = doc[m.start - 2] if m.start > 1 else prev
    if generic_actor(prev) is not None or any(p.lemma in org_heads() for p in parses(prev.text)[:2]):
        return True
    # "у своїй соцмережі Truth Social назвав": a Latin name after a common noun names that noun
    latin = all(t.text.isascii() for t in doc[m.start : m.end] if t.is_alpha)
    return (
        latin and prev.is_alpha and prev.text.islower() and _is_noun(prev) and not lemmas(prev) & _TIME_WORDS
    )


def _other_form_of_name(doc: Doc, m: LinkedMention, linking: Linking) -> bool:
    """A person's mention whose last word differs from the nominative the article itself wrote:
    "слова Лукашенка" after "Олександр Лукашенко" is genitive, whatever else it could be."""
    ent = linking.entity(m.entity)
    if ent is None or ent.type != "PER":
        return False
    last = ent.name.split()[-1].lower()
    seen = {x.text.split()[-1].lower() for x in ent.mentions if x.text.strip()}
    # the mention's last word as written: a hyphenated surname is several tokens ("Львова-Бєлова")
    written = doc[m.start : m.end].text.split()[-1].lower()
    return last in seen and written != last


def _owner_of_noun(doc: Doc, m: LinkedMention) -> bool:
    """ "рішення Токіо засудили": an indeclinable name right after a thing noun is its owner."""
    indeclinable = all(any(p.has("Fixd") for p in parses(t.text)) for t in doc[m.start : m.end])
    if not indeclinable or m.start == 0:
        return False
    before = [p for p in parses(doc[m.start - 1].text)[:2] if p.pos == "NOUN"]
    nxt = doc[m.end + 1] if m.end + 1 < len(doc) else None
    joined = nxt is not None and doc[m.end].lower_ in ("і", "й", "та") and nxt.text[:1].isupper()
    if joined and any(_verb_after(doc, k) is not None for k in range(m.end + 2, min(len(doc), m.end + 5))):
        return False  # "Перед церемонією Свириденко і Мелоні провели переговори": two names before a verb
    verb = _verb_after(doc, m.end)
    if verb is not None and any(not p.has("plur") for p in parses(verb.text)[:1]):
        return False  # "Від початку вторгнення ЄІБ … надав": a singular verb has it as subject
    return bool(before) and all(p.has("inan") for p in before)


def _starts_subject(doc: Doc, m: LinkedMention, linking: Linking) -> bool:
    ent = linking.entity(m.entity)
    if ent is None or ent.type != "PER" or not is_nominative(doc, m):
        return False
    if _other_form_of_name(doc, m, linking):
        return False
    indeclinable = all(any(p.has("Fixd") for p in parses(t.text)) for t in doc[m.start : m.end])
    after_noun = m.start > 0 and any(p.pos == "NOUN" for p in parses(doc[m.start - 1].text)[:1])
    return not (indeclinable and after_noun)  # "Заяву Шойгу": an indeclinable owner of a noun


def _model_of_weapon(doc: Doc, p: Phrase) -> bool:
    """ "ракета Х-22", "дрони Shahed": a model's name right after the weapon is no actor; a country
    is never a model ("у разі повторення ударів Росія залишає право на відповідь")."""
    if any(a.code and a.code == a.country for a in p.actors):
        return False
    k = p.start - 1
    if k > 0 and doc[k].text in '«„"':
        k -= 1  # "ракета «Іскандер-М»"
    return k >= 0 and any(q.lemma in weapons() for q in parses(doc[k].text)[:2] if q.pos == "NOUN")


def _weapon_after_adjective(doc: Doc, k: int, end: int) -> bool:
    """ "російська ракета Х-22": the country of the weapon is the phrase's actor, not its model name."""
    return k + 1 < end and any(p.lemma in weapons() and p.pos == "NOUN" for p in parses(doc[k + 1].text)[:2])


def _named_in(doc: Doc, start: int, end: int, linking: Linking) -> bool:
    """Does a person's name already stand in tokens ``start``..``end``?"""
    return any(m.type == "PER" and not m.descriptor for m in linking.between(start, end))


def _phrase(doc: Doc, start: int, end: int, linking: Linking) -> Phrase | None:
    people: list[Actor] = []
    others: list[Actor] = []
    groups: list[Actor] = []
    seen: set[str] = set()
    generic = None
    person_start: int | None = None
    for k in range(start, end):
        m = linking.at(k)
        if m is not None:
            if m.entity in seen:
                continue
            seen.add(m.entity)
            ent = linking.entity(m.entity)
            if ent is None:
                continue
            if (
                ent.type == "LOC"
                and ent.country is None
                and (ent.name.lower(),) in blocs()
                and any(p.has("nomn") and not p.has("plur") for p in parses(doc[m.start].text))
            ):
                # "Європа посилюватиме тиск" acts as a group; "до Європи", "залякати Європу" do not
                groups.append(Actor(entity=None, country=None, code="", text=ent.name))
                continue
            actor = Actor(entity=ent.id, country=ent.country, code=ent.code, text=ent.name)
            (people if ent.type == "PER" else others).append(actor)
            if ent.type == "PER":
                person_start = m.start
            continue
        country = country_of_adjective(doc[k])
        hostile = _hostile(doc[k])
        bloc = _bloc_at(doc, k, end)
        if bloc:
            groups.append(Actor(entity=None, country=None, code="", text=doc[k : k + bloc].text))
        elif hostile is not None:
            others.append(
                Actor(entity=None, country=hostile[0], code=hostile[0] + hostile[1], text=doc[k].text)
            )
        elif country is not None and (
            _is_noun(doc[k])
            or _actor_noun_after(doc, k, end)
            or _weapon_after_adjective(doc, k, end)
            or _shares_actor_noun(doc, k)
            # "екіпаж китайського рибальського судна": the crew of a country's ship is that country's
            or (k > start and generic_actor(doc[start]) is not None)
        ):
            others.append(Actor(entity=None, country=country, code=country, text=doc[k].text))
        elif generic is None and (g := generic_actor(doc[k])) is not None:
            generic = g.get("sector") or ""
    # "партнери України" are Ukraine's: a named actor in the phrase outranks the group
    actors = people[-1:] if people else (others or groups)[:1]
    if any("окупаційний" in lemmas(t) for t in doc[start:end]):
        # "окупаційна адміністрація Запорізької області": the occupier's body, not the region's
        actors = [_occupiers_body(a) for a in actors]
    if not actors and generic is None:
        return None
    before = start - 1
    if before > 0 and doc[before].text in '«„"':
        before -= 1  # "у «Хезболлі»": the preposition before the opening quote
    prev = doc[before] if before >= 0 else None
    prep = prev.lower_ if prev is not None and _pos(prev) == "PREP" else None
    if prev is not None and prev.lower_ in _PREPOSITIONS:
        prep = prev.lower_
    # "Представник ОБСЄ з питань свободи ЗМІ Ян Браату": the rest of a title and its holder, not a partner
    title_rest = (
        prep in ("з", "із")
        and "питання" in lemmas(doc[start])
        and any(_is_title(t) for t in doc[max(0, start - 4) : start])
    )
    if title_rest and person_start is not None:
        prep, start = None, person_start
    if prep is None and not any(a.code and a.code == a.country for a in actors):
        prep = _preposition_of_place_head(doc, start) or prep
    if (
        start >= 2
        and doc[start - 2].lower_ in ("за", "на")
        and prev is not None
        and prev.lower_ in _SAYING_NOUNS
    ):
        prep = doc[start - 2].lower_  # "Токіо, за словами Сибіги, виділить": who says it, no subject
    # "Гроссі може відвідати": a surname written as in the canonical name does not decline
    undeclined = bool(people) and _as_in_name(doc[end - 1], people[-1])
    nominative = prep is None and (_nominative(doc, start, end) or _counted(doc, start, end) or undeclined)
    return Phrase(start, end, actors, prep, nominative, generic)


# words that count a subject: "понад 20 російських безпілотників порушили", "кілька дронів атакували"
_QUANTIFIERS = frozenset(
    {"понад", "близько", "майже", "щонайменше", "кілька", "декілька", "десятки", "сотні"}
)


_RESTRAINT = frozenset({"стриманість", "деескалація", "припинення", "перемир'я"})


def _restraint_asked(doc: Doc, sent: Span, trig: Token) -> bool:
    """ "закликали до стриманості", "До деескалації закликали": restraint asked of no one named."""
    for t in doc[sent.start : sent.end - 1]:
        if t.lower_ == "до" and lemmas(doc[t.i + 1]) & _RESTRAINT and abs(t.i - trig.i) <= 4:
            return True
    return False


def _both_sides_asked(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """ "закликав обидві сторони", "закликали сторони конфлікту": the parties, right after the verb."""
    words = doc[trig.i + 1 : min(sent.end, trig.i + 4)]
    return any(lemmas(t) & _PARTY_WORDS and any(p.has("plur") for p in parses(t.text)[:2]) for t in words)


def _sides_at_odds(found: list[_Found], callers: frozenset[str | None]) -> list[Actor]:
    """Both sides of the latest hostile act told between two countries other than the callers."""
    for f in reversed(found[-_LOOK_BACK_EVENTS:]):
        if f.event.type not in _HOSTILE_ACTS:
            continue
        sides = {c for c in _countries(f.event.source) | _countries(f.event.target) if c is not None}
        if len(sides) >= 2 and not sides & callers:
            return [Actor(None, c, c, None) for c in sorted(sides)]
    return []


def _owner_fronted(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], judges: list[Actor]
) -> list[Actor]:
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if (
            p.end <= trig.i
            and clauses[p.start - sent.start] == clause
            and p.prep is None
            and _owner_after_thing(doc, p.start)
            and (owners := [a for a in p.actors if a.country and a.country not in _countries(judges)])
        ):
            return owners
    return []


def _owner_after_thing(doc: Doc, start: int) -> bool:
    """The word before ``start`` is a lifeless noun, lower-case or opening the sentence ("Дії Софії")."""
    k = start - 1
    if k < 0 or not (doc[k].text[:1].islower() or doc[k].is_sent_start) or lemmas(doc[k]) & _TIME_WORDS:
        return False
    if k > 0 and (_pos(doc[k - 1]) == "PREP" or doc[k - 1].lower_ in _PREPOSITIONS):
        return False  # "У ніч на четвер українські дрони": a date, no thing
    first = parses(doc[k].text)[:1]
    return (
        bool(first)
        and first[0].pos == "NOUN"
        and first[0].has("inan")
        and any(p.has("nomn") or p.has("accs") for p in parses(doc[k].text))
    )


_WHICH_FORMS = frozenset({"якому", "якій", "якого", "якої", "яких", "яким", "якими", "яку", "яке"})


def _relative_after_noun(sent: Span, tok: Token) -> bool:
    """ ", посередником в якому виступив Катар", ", у межах якої": a relative word a noun and a
    preposition away opens a clause of its own."""
    doc = tok.doc
    window = doc[tok.i : min(sent.end, tok.i + 3)]
    if len(window) < 2 or _pos(tok) != "NOUN":
        return False
    for t in window[1:]:
        if t.lower_ in _WHICH_FORMS:
            return True
        if _pos(t) != "PREP" and t.lower_ not in _PREPOSITIONS:
            return False
    return False


def _speaker_of_cue_after(doc: Doc, trig: Token, phrase: Phrase) -> bool:
    """ "..., уточнив речник Повітряних сил Юрій Ігнат": the phrase follows a comma and a speech verb
    (with the speaker's title between) after the event's verb."""
    for k in range(phrase.start - 1, max(trig.i, phrase.start - 6), -1):
        if any(speech_verbs().get(p.lemma) for p in parses(doc[k].text)[:1] if p.pos == "VERB"):
            return k - 1 > trig.i and doc[k - 1].text in (",", "—", "–")
        if doc[k].is_punct:
            return False
    return False


def _according_to(doc: Doc, phrase: Phrase) -> bool:
    """ "Росія, за підрахунками «Укренерго», знищила": the one whose count it is, named after "за/на"
    and a noun ("за даними", "на думку"), is no subject, however its name declines."""
    k = phrase.start - 1
    while k >= 0 and doc[k].text in '«„"':
        k -= 1
    return (
        k >= 1
        and doc[k].text[:1].islower()
        and _pos(doc[k]) == "NOUN"
        and doc[k - 1].lower_ in ("за", "на", "згідно")
        and (k == 1 or doc[k - 2].is_punct or bool(doc[k - 2].is_sent_start))
    )


def _after_noun(doc: Doc, start: int) -> bool:
    """The word before (past an opening quote) is a common noun: "бойовики «Хезболли»"."""
    k = start - 1
    while k >= 0 and doc[k].is_punct and doc[k].text in '«„"':
        k -= 1
    if k >= 0 and doc[k].text in _QUOTE_CLOSERS:
        # "Центру спеціальних операцій «А» СБУ": the owner after a quoted unit name
        opener = next((j for j in range(k - 1, max(-1, k - 6), -1) if doc[j].text in _QUOTE_OPENERS), None)
        return (
            opener is not None and opener > 0 and _is_noun(doc[opener - 1]) and not doc[opener - 1].is_punct
        )
    return k >= 0 and doc[k].text[:1].islower() and _pos(doc[k]) == "NOUN"


def _preposition_of_place_head(doc: Doc, start: int) -> str | None:
    """ "у селах Кфар-Кіла та Айтарун": a place named after its head noun keeps the head's
    preposition (a country never stands so: "по місту Росія завдала" has Росія as subject)."""
    k = start - 1
    while k > 0 and (doc[k].text == "-" or (is_capitalized(doc[k]) and doc[k + 1].text == "-")):
        k -= 1  # back over "Кфар-" of a hyphenated name
    if k < 1 or _pos(doc[k - 1]) != "PREP":
        return None
    if not any(p.lemma in geo_heads() and p.pos == "NOUN" for p in parses(doc[k].text)[:2]):
        return None
    return doc[k - 1].lower_


def _counted(doc: Doc, start: int, end: int) -> bool:
    """A phrase in the genitive after a number, right before a verb, is the counted subject."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and (before.like_num or before.lower_ in _QUANTIFIERS)
        and end < len(doc)
        and _finite_verb(doc[end])
    )


@functools.cache
def hostile_actors() -> dict[str, tuple[str, str]]:
    return {r["lemma"]: (r["country"], r.get("sector", "")) for r in resources.table("hostile_actors.tsv")}


def _hostile(tok: Token) -> tuple[str, str] | None:
    """ "ворог обстріляв Дніпро", "окупанти вдарили": the side attacking Ukraine, unnamed."""
    found = parses(tok.text)
    if not found:
        return None
    if found[0].pos == "ADJF":
        # "ворожі ударні дрони": only before a weapon or a force ("ворожим кроком" is a judgement)
        nxt = tok.doc[tok.i + 1 : tok.i + 3]
        if not any(
            q.lemma in weapons() or generic_actor(t) is not None for t in nxt for q in parses(t.text)[:2]
        ):
            return None
    elif found[0].pos != "NOUN":
        return None
    return hostile_actors().get(found[0].lemma)


@functools.cache
def blocs() -> dict[tuple[str, ...], bool]:
    """Lemma sequences naming a group of states ("західний країна") → written with a capital only."""
    return {tuple(r["lemma"].split()): r.get("capital") == "1" for r in resources.table("blocs.tsv")}


def _bloc_at(doc: Doc, k: int, end: int) -> int:
    """How many words from ``k`` name a group of states with no one country ("Захід", "союзників",
    "західні країни"); 0 when none do."""
    for size in (2, 1):
        words = doc[k : k + size]
        if k + size > end or len(words) < size:
            continue
        for combo in itertools.product(*(sorted({p.lemma for p in parses(t.text)[:2]}) for t in words)):
            capital = blocs().get(tuple(combo))
            written_as_name = doc[k].text[:1].isupper() and not doc[k].is_sent_start
            if capital is not None and (not capital or written_as_name):
                return size
    return 0


# "засідання відбулося", "наступну зустріч заплановано": a meeting told with no participants named
# is still a meeting
_MEETINGS = frozenset({"засідання", "зустріч", "конференція", "саміт", "переговори", "нарада"})
# talks between sides, not a body's sitting ("засідання групи")
_TALKS = frozenset({"переговори", "консультація", "раунд"})
# verbs whose subject is the event itself ("відбулися консультації України та Туреччини")
_TAKING_PLACE = frozenset({"відбутися", "відбуватися", "розпочатися", "завершитися", "пройти", "тривати"})
_MEETING_VERBS = frozenset({"відбутися", "завершитися", "запланувати", "провести", "розпочатися", "пройти"})


def _partner_with(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int]
) -> list[Actor] | None:
    """The partner named with "з" in the verb's clause ("меморандум із Сеулом підписали")."""
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if (
            p.prep in ("з", "із", "зі")
            and clauses[p.start - sent.start] == clause
            and any(a.country for a in p.actors)
        ):
            partners, end = list(p.actors), p.end
            for q in phrases:
                # "разом із Фінляндією та Естонією": the partners joined after the first
                joined = [t.lower_ for t in doc[end : q.start]] in (["та"], ["і"], ["й"])
                if q.start > end and q.prep in (None, p.prep) and joined:
                    partners.extend(q.actors)
                    end = q.end
            return partners
    return None


def _joint_act(doc: Doc, sent: Span, trig: Token) -> bool:
    """ "провели спільні навчання": the word "спільний" among the few words after the verb, or
    before it in its clause ("спільні штабні навчання ... проведуть у травні"); "разом із Фінляндією
    проведуть навчання": "разом" right before the partner."""
    after = list(doc[trig.i + 1 : min(sent.end, trig.i + 4)])
    before = []
    for t in reversed(doc[max(sent.start, trig.i - 12) : trig.i]):
        if t.is_punct:
            break
        before.append(t)
    words = after + before
    return any(p.lemma == "спільний" for t in words for p in parses(t.text)[:1]) or any(
        t.lower_ == "разом" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("з", "із", "зі") for t in words
    )


def _joint_partner(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], source: list[Actor]
) -> list[Actor] | None:
    """The other side of a joint act: named with "з", or a second country in the subject's words."""
    own = _countries(source) - {None}
    if not own:
        return None
    partner = _partner_with(doc, sent, trig, phrases, clauses)
    if partner is not None and _countries(partner) - own - {None}:
        return [a for a in partner if a.country not in own]
    clause = clauses[trig.i - sent.start]
    before = [
        a
        for p in phrases
        if p.end <= trig.i and clauses[p.start - sent.start] == clause and p.prep is None
        for a in p.actors
        if a.country and a.country not in own
    ]
    return _country_level(before) or None


def _is_person(linking: Linking, actor: Actor) -> bool:
    ent = linking.entity(actor.entity)
    return ent is not None and ent.type == "PER"


def _own_country_named(linking: Linking, p: Phrase, country: str | None) -> bool:
    """The phrase names the source's own country or capital ("готовність Анкари")."""
    for a in p.actors:
        ent = linking.entity(a.entity)
        if country and ent is not None and ent.type == "LOC" and ent.country == country:
            return True
    return False


def _group(actor: Actor) -> bool:
    """An actor from ``blocs.tsv``: no entity and, by design, no country."""
    return actor.entity is None and actor.country is None and bool(actor.text)


def _is_noun(tok: Token) -> bool:
    """A demonym ("грузинів") is an actor noun itself."""
    return any(p.pos == "NOUN" for p in parses(tok.text)[:1])


def _shares_actor_noun(doc: Doc, k: int) -> bool:
    """ "Індійські та пакистанські війська": a country adjective joined to another shares its noun."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ not in ("та", "і", "й"):
        return False
    return country_of_adjective(doc[k + 2]) is not None and _actor_noun_after(
        doc, k + 2, min(len(doc), k + 6)
    )


def _actor_noun_after(doc: Doc, k: int, end: int) -> bool:
    """ "північнокорейського лідера", "російські війська" name actors; "російських активів" does not."""
    for tok in doc[k + 1 : end]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if not found:
            continue
        return (
            any(p.has("anim") for p in found)
            or generic_actor(tok) is not None
            or any(p.lemma in org_heads() or p.lemma == "сторона" for p in found)  # "російська сторона"
        )
    return False


def _abbreviation(tok: Token) -> bool:
    """ "ВАКС", "НАБУ": an upper-case abbreviation does not decline (whatever a dictionary guesses)."""
    return 2 <= len(tok.text) <= 8 and tok.text.isupper() and tok.text.isalpha()


def _as_in_name(tok: Token, person: Actor) -> bool:
    """Is the word the person's surname exactly as the canonical name writes it ("Гроссі")?"""
    words = (person.text or "").split()
    return len(words) > 1 and tok.text == words[-1] and tok.text[-1:] in "іиоуеюя"


def _nominative(doc: Doc, start: int, end: int) -> bool:
    for tok in doc[start:end]:
        if _abbreviation(tok):
            return True
        found = parses(tok.text)
        if not found:
            continue
        if any(p.pos == "NOUN" for p in found) or any(p.has("Fixd") for p in found):
            # a reading with no case at all ("секретар" in the dictionary) may be the nominative
            return any(p.has("nomn") or p.has("Fixd") or not any(p.has(c) for c in CASES) for p in found)
        if all(
            p.pos in ("ADJF", "PRTF") and any(p.has(c) for c in CASES) and not p.has("nomn") for p in found
        ):
            return False  # "Одеській області": the adjective before the noun shows the case
    return True


# ---------------------------------------------------------------- triggers


def _is_directive(tok: Token) -> bool:
    return any(speech_verbs().get(p.lemma) == "directive" for p in parses(tok.text) if p.pos == "VERB")


_AGREEING = frozenset({"домовитися", "домовлятися"})
_REFUSING = frozenset({"відмовитися", "відмовлятися"})


def _governs_event(doc: Doc, tok: Token, sent: Span, clauses: list[int]) -> bool:
    """ "наказав уряду поглиблювати співпрацю", "пообіцяла передати Україні системи ППО": an order,
    promise or plan to do something is the event it governs (planned), not an event of its own."""
    if lemmas(tok) & _AGREEING:
        return False  # "Київ і Москва домовилися повернути екіпажі": the agreement is an event itself
    planned = any(modality_cues().get(p.lemma, ("", ""))[0] == "planned" for p in parses(tok.text))
    # an order is the act ordered; a call on others ("закликав партнерів ухвалити санкції") is a
    # REQUEST of its own
    order = _is_directive(tok) and not _is_request_verb(tok)
    if not (order or planned):
        return False
    clause = clauses[tok.i - sent.start]
    if any(
        clauses[t.i - sent.start] == clause and _infinitive(t) and _trigger_at(doc, t, sent)
        for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)]
    ):
        return True
    # "пообіцяла, що Євросоюз і надалі підтримуватиме Кишинів": the promised act is the event
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)] if not t.is_space]
    says_what = bool(after) and (after[0].text == ":" or [t.lower_ for t in after[:2]] == [",", "що"])
    return (
        planned
        and says_what
        and any(
            clauses[t.i - sent.start] > clause and _finite_verb(t) and _trigger_at(doc, t, sent)
            for t in doc[tok.i + 1 : sent.end]
        )
    )


def _modal_of_joined_infinitive(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> Token | None:
    """ "Гроссі може відвідати ЗАЕС, а перед тим зустрітися з президентом": an infinitive of a joined
    clause with no verb of its own depends on the verb of the infinitive before it."""
    clause = clauses[tok.i - sent.start]
    first = _first_word(doc, sent, clauses, clause)
    if not _infinitive(tok) or clause == 0 or first is None:
        return None
    if first.lower_ not in _COORDINATORS and first.lower_ not in _CONTRASTIVES:
        return None
    if any(_finite_verb(t) for t in doc[first.i : tok.i]):
        return None
    before = [t for t in doc[sent.start : first.i] if clauses[t.i - sent.start] == clause - 1]
    for k in range(len(before) - 2, -1, -1):
        if _finite_verb(before[k]) and any(_infinitive(t) for t in before[k + 1 : k + 4]):
            return before[k]
    return None


_TIME_WORDS = frozenset({"тиждень", "місяць", "рік", "день", "ранок", "вечір", "ніч", "тепер", "згодом"})


def _verb_of_infinitive(doc: Doc, tok: Token, sent: Span) -> Token | None:
    """ "У Москві пообіцяли вжити заходів": an infinitive's subject is the one of the verb before it."""
    if tok.i == sent.start or not _infinitive(tok):
        return None
    # "може наступного тижня особисто відвідати": past adverbs and a time phrase to the verb
    for before in reversed(doc[max(sent.start, tok.i - 5) : tok.i]):
        if _finite_verb(before):
            return before
        if not (
            any(p.pos in ("ADVB", "PRCL") for p in parses(before.text)[:1])
            or lemmas(before) & _TIME_WORDS
            or (before.i + 1 < len(doc) and lemmas(doc[before.i + 1]) & _TIME_WORDS)
        ):
            return None
    return None


def _verb_of_gerund(tok: Token, sent: Span) -> Token | None:
    if not any(p.pos == "GRND" for p in parses(tok.text)[:1]):
        return None
    before = (t for t in reversed(sent.doc[sent.start : tok.i]) if _finite_verb(t))
    return next(before, None) or next((t for t in sent.doc[tok.i + 1 : sent.end] if _finite_verb(t)), None)


_JUDGEMENTS = frozenset({"SUPPORT", "REJECT"})  # an ACCUSE of no target answers an act (_answer_accusations)
_OUTCOMES = frozenset({"результат", "рішення", "вибір", "вирок", "ухвала", "крок"})


# acts a side decides on and others welcome or reject ("У Києві рішення привітали")
_DECIDED_ACTS = frozenset({"SANCTION", "AGREE", "AID", "COOPERATE", "CONCEDE", "RETREAT", "COERCE"})


_DEALS_SIGNED = frozenset({"угода", "договір", "меморандум", "домовленість", "декларація"})


def _decision_in_clause(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> str | None:
    """ "deal" for "угоду", "домовленість", "decision" for "рішення", "ухвалу" in the verb's clause: a
    deal or decision someone made (not "кроки до миру")."""
    clause = clauses[tok.i - sent.start]
    for t in doc[sent.start : sent.end]:
        if clauses[t.i - sent.start] == clause and lemmas(t) & _DEALS_SIGNED:
            return "deal"
        if clauses[t.i - sent.start] == clause and lemmas(t) & {"рішення", "ухвала"}:
            return "decision"
        if clauses[t.i - sent.start] == clause and lemmas(t) & {"відмова"} and not _owner_follows(doc, t):
            return "refusal"  # "назвав відмову «великою помилкою»": the refusal the story is about
    return None


def _owner_follows(doc: Doc, t: Token) -> bool:
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return after is not None and after.is_alpha and any(p.has("gent") for p in parses(after.text)[:1])


def _latest_decision(found: list[_Found], s_index: int, judges: list[Actor], kind: str) -> _Found | None:
    """The latest deal (one agreed or signed) or decision told in the two sentences before, by a side
    other than the judges."""
    own = _countries(judges)
    reach = 8 if kind == "refusal" else 2  # a bare "відмова" is the story's, told further back
    for f in reversed(found):
        if f.sentence < s_index - reach:
            return None
        if kind == "refusal":
            made = f.event.type == "REJECT"
        elif kind == "deal":
            made = f.event.type == "AGREE" or f.construction in _DEALS_SIGNED
        else:
            made = f.event.type in _DECIDED_ACTS
        if f.sentence < s_index and made and f.event.source and not _countries(f.event.source) & own:
            return f
    return None


def _ownerless_outcome(doc: Doc, sent: Span, tok: Token, clauses: list[int], linking: Linking) -> bool:
    clause = clauses[tok.i - sent.start]
    for t in doc[sent.start : sent.end]:
        if clauses[t.i - sent.start] != clause or not (_OUTCOMES & lemmas(t)):
            continue
        after = doc[t.i + 1] if t.i + 1 < sent.end else None
        owned = after is not None and (
            linking.at(after.i) is not None or any(p.has("gent") for p in parses(after.text)[:1])
        )
        return not owned
    return False


def _shared_target(
    doc: Doc,
    found: list[_Found],
    s_index: int,
    tok: Token,
    source: list[Actor],
    clauses: list[int],
    sent: Span,
) -> list[Actor]:
    keys = frozenset(_key(a) for a in source)
    if _says_what(doc, tok, sent):
        return []  # "подякував військовим і пообіцяв, що Росія ...": the clause names its own side
    for f in reversed(_of_sentence(found, s_index)):
        if f.at < 0 or f.at >= tok.i:
            continue
        if f.source_keys != keys or not f.event.target:
            return []
        between = doc[f.at + 1 : tok.i]
        joined = any(t.lower_ in _COORDINATORS for t in between)
        same_clause = all(clauses[t.i - sent.start] == clauses[tok.i - sent.start] for t in between)
        return list(f.event.target) if joined and same_clause else []
    return []


def _announces_act(doc: Doc, tok: Token, sent: Span, linking: Linking) -> bool:
    """A verb that says what follows (", що ...") where what follows tells an act of its own: its
    object word lies in that act, not after the verb."""
    return _says_what(doc, tok, sent) and any(
        _finite_verb(t) and _trigger_at(doc, t, sent, linking) for t in doc[tok.i + 3 : sent.end]
    )


def _subject_after_shchob(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int]
) -> list[Actor]:
    """The nominative actor opening a ", щоб ..." clause right after a demand."""
    after = [t for t in doc[trig.i + 1 : min(sent.end, trig.i + 3)] if not t.is_space]
    if [t.lower_ for t in after[:2]] != [",", "щоб"]:
        return []
    clause = clauses[after[1].i - sent.start]
    for p in phrases:
        if p.start > after[1].i and clauses[p.start - sent.start] == clause:
            if not p.nominative:
                return []
            named = [a for a in p.actors if a.country]
            # "зажадав, щоб парламент скасував рішення": the body of the country the sentence is in
            return named or ([p.implied] if p.implied is not None and p.implied.country else [])
    return []


def _conditions_of_threats(
    doc: Doc, sent: Span, clauses: list[int], found: list[_Found], s_index: int
) -> None:
    """ "Москва відповість «симетрично», якщо Гаага вишле російських дипломатів": the act in the
    condition is no event of its own; its doer is whom the threat is aimed at."""
    here = [f for f in _of_sentence(found, s_index) if f.at >= 0]
    threats = [
        f for f in here if f.event.type == "THREATEN" and not _in_condition(doc, sent, doc[f.at], clauses)
    ]
    for threat in threats:
        own = _countries(threat.event.source) - {None}
        for cond in here:
            if (
                cond is threat
                or cond.event.modality != "conditional"
                or not _in_condition(doc, sent, doc[cond.at], clauses)
                or not (doers := _countries(cond.event.source) - {None})
                or doers & own
                or not own
            ):
                continue
            if not _countries(threat.event.target) - {None}:
                threat.event.target = _country_level(cond.event.source)
                threat.target_keys = frozenset(map(_key, threat.event.target))
            if cond in found:
                found.remove(cond)


_LIBERATING = frozenset({"звільнити", "звільняти", "деокупувати", "відбити"})
_ALLOWING = frozenset({"дати", "давати", "дозволити", "дозволяти"})


def _refused_to_suffer(doc: Doc, tok: Token, sent: Span) -> bool:
    """Is the verb "не дасть себе ...", "не дозволить себе ..." (залякати, шантажувати, втягнути)?"""
    if tok.i - 1 <= sent.start or doc[tok.i - 1].lower_ != "себе":
        return False
    before = doc[max(sent.start, tok.i - 4) : tok.i - 1]
    return any(t.lower_ == "не" for t in before) and any(lemmas(t) & _ALLOWING for t in before)


def _in_condition(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """Is ``tok`` in a clause opened by "якщо", "якби", "доки" or "поки" (a condition, not an act)?"""
    first = _first_word(doc, sent, clauses, clauses[tok.i - sent.start])
    return first is not None and first.lower_ in ("якщо", "якби", "доки", "поки")


def _says_what(doc: Doc, tok: Token, sent: Span) -> bool:
    """Does ", що" (or ": ") follow the verb, opening what is said?"""
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)] if not t.is_space]
    return bool(after) and (after[0].text == ":" or [t.lower_ for t in after[:2]] == [",", "що"])


def _requested(tok: Token, sent: Span, clauses: list[int]) -> bool:
    """ "закликав партнерів посилити тиск, зокрема ухвалити санкції": what is asked of others is
    the content of the REQUEST, not an act of the one asking."""
    if not _infinitive(tok):
        return False
    doc = sent.doc
    if tok.i - 1 > sent.start and doc[tok.i - 1].lower_ in _COORDINATORS:
        # "закликав партнерів пришвидшити постачання ППО та дозволити Україні бити": joined to the
        # infinitive before, asked as it is
        earlier = next(
            (t for t in reversed(doc[max(sent.start, tok.i - 12) : tok.i - 1]) if _infinitive(t)), None
        )
        if earlier is not None and _requested(earlier, sent, clauses):
            return True
    clause = clauses[tok.i - sent.start]
    for t in reversed(sent.doc[sent.start : tok.i]):
        if clauses[t.i - sent.start] != clause:
            return False
        if lemmas(t) & _DEMAND_NOUNS:
            # "зібралися з вимогою звільнити затриманих": what is demanded, not done; "спробою
            # змусити сербів визнати незалежність": what one is forced or tries to do, not done
            return True
        if _may_be_finite(t):  # the verb that governs the infinitive ("і пообіцяла виділити": not it)
            return (
                (_is_directive(t) and _is_request_verb(t))
                or _is_invitation(t)
                or _is_threat(t)
                or _is_permission(t, tok)
                or bool(lemmas(t) & _REFUSING)  # "відмовилася обговорювати мораторій": refused, not done
            )
    return False


_DEMAND_NOUNS = frozenset(
    {"вимога", "заклик", "прохання", "спроба", "змусити", "змушувати", "примусити", "примушувати"}
)


def _is_permission(verb: Token, infinitive: Token) -> bool:
    """ "не дозволив шведській прокуратурі провести розслідування": what another is (not) let do
    is no act of the one permitting; with no one named between ("не дозволить витрачати гроші")
    the infinitive still tells the refused act, unless it is a hostile one others would do ("не
    дозволить тероризувати вулиці")."""
    hostile = any(t.type in _HOSTILE_ACTS and not t.object for t in triggers().get(_lemma_of(infinitive), []))
    return (infinitive.i - verb.i > 1 or hostile) and any(
        p.pos == "VERB" and p.lemma in ("дозволити", "дозволяти") for p in parses(verb.text)[:2]
    )


def _is_threat(tok: Token) -> bool:
    """ "пригрозила оголосити страйк": what is threatened is the threat's content, not an act."""
    return any(
        p.pos == "VERB" and any(t.type == "THREATEN" and not t.object for t in triggers().get(p.lemma, []))
        for p in parses(tok.text)[:2]
    )


def _is_invitation(tok: Token) -> bool:
    """ "запросив колегу відвідати Київ": the visit is the invited side's, not yet made."""
    return any(p.pos == "VERB" and p.lemma in ("запросити", "запрошувати") for p in parses(tok.text)[:2])


def _is_request_verb(tok: Token) -> bool:
    return any(t.type == "REQUEST" for p in parses(tok.text) for t in triggers().get(p.lemma, []))


_ADMITTED = Trigger("визнати", "", "CONCEDE", "", "REJECT")


def _euphonic(lemma: str, table: dict[str, list[Trigger]]) -> str:
    """The lexicon's spelling of a verb written with the other euphonic prefix: "узяв під варту" is
    "взяти", "уразили" is "вразити" (Ukrainian alternates у- and в- by the sound before)."""
    if lemma in table or len(lemma) < 4 or lemma[0] not in "ув":
        return lemma
    other = ("в" if lemma[0] == "у" else "у") + lemma[1:]
    return other if other in table else lemma


def _trigger_at(doc: Doc, tok: Token, sent: Span, linking: Linking | None = None) -> Trigger | None:
    table = triggers()
    if lemmas(tok) & {"визнати", "визнавати"} and _says_what(doc, tok, sent):
        return _ADMITTED  # "Марченко визнав, що уряд не встиг ухвалити закон": an admission
    ahead = min(sent.end, tok.i + 12)
    for p in parses(tok.text):
        lemma = p.lemma if p.pos != "GRND" else next((v for v in gerund_verbs(p.lemma) if v in table), "")
        lemma = _euphonic(lemma, table)
        if p.pos not in ("VERB", "INFN", "ADJF", "GRND") or lemma not in table:
            continue
        if (p.pos == "ADJF" and not p.has("Pass")) or p.has("impr"):
            continue
        if lemma in _SACRIFICING and _instrumental_after(doc, tok, sent):
            continue  # "пожертвував польським селом": gave up, not gave
        objects: dict[str, bool] | None = None  # lemma of a word near the verb -> a direct object?
        for t in table[lemma]:
            if not t.object:
                return t
            if t.object == _PERSON_OBJECT:
                if linking is not None and _person_object_near(doc, tok, sent, linking):
                    return t
                continue
            if t.object == _ENVOY_OBJECT:
                if linking is not None and _envoy_object_near(doc, tok, sent, linking):
                    return t
                continue
            if t.object == _COUNTRY_RECEIVER:
                if _country_dative_after(doc, tok, sent) and not _papers_handed(doc, tok, sent):
                    return t
                continue
            if t.object == _STRUCK_AT:
                # "росіяни вже били по об'єктах": told as done; "Росія б'є по лікарнях" (a habit, in
                # the present) is a charge, "право бити по" no act at all
                if p.has("past") and _struck_at(doc, tok, sent):
                    return t
                continue
            if objects is None:
                objects = _objects_near(doc, tok, sent, ahead)
            if t.object == _FORCES_OBJECT:
                force = next((w for w in sorted(objects) if objects[w] and w in forces()), None)
                if force is not None:
                    # "перекинуло до кордону бронемашини": any force or hardware moved is a deployment
                    return Trigger(t.lemma, force, t.type, forces()[force] or t.mode, t.negated_type)
                continue
            if t.object == _WEAPON_OBJECT:
                weapon = next((w for w in objects if objects[w] and w in weapons()), None)
                if weapon is not None:
                    # "скидає на Харківщину тисячу КАБів": a weapon dropped or launched is an attack
                    return Trigger(t.lemma, weapon, t.type, weapons()[weapon] or t.mode, t.negated_type)
                continue
            if t.object == "пакет" and t.type == "SANCTION" and _package_of_money(doc, tok, ahead):
                continue
            if objects.get(t.object):
                return t
    return None


_MONEY_WORDS = frozenset({"мільярд", "мільйон", "тисяча", "сума", "долар", "євро", "гривня", "крона"})


def _package_of_money(doc: Doc, tok: Token, ahead: int) -> bool:
    """ "ухвалив пакет на 14 мільярдів крон на нові кораблі": a package of money, no sanctions."""
    for t in doc[tok.i + 1 : ahead]:
        if "пакет" in lemmas(t):
            rest = doc[t.i + 1 : min(ahead, t.i + 4)]
            return (
                len(rest) >= 2
                and rest[0].lower_ == "на"
                and (rest[1].like_num or bool(lemmas(rest[1]) & _MONEY_WORDS))
            )
    return False


def _objects_near(doc: Doc, tok: Token, sent: Span, ahead: int) -> dict[str, bool]:
    """The lemmas of the words a verb may take as its object: after it, fronted in its stretch, a
    relative word's noun, a "до" complement; True unless only inside a list's contents."""
    window = (
        list(doc[tok.i + 1 : ahead])
        + _fronted_words(doc, tok, sent)
        + _relative_antecedent(doc, tok, sent)
        + _complement_after_do(doc, tok, sent)
    )
    # "передав список (із понад 1200) полонених": a word after a list is what the list holds
    first_list = next((t.i for t in doc[tok.i + 1 : ahead] if lemmas(t) & _LISTS), len(doc))
    found: dict[str, bool] = {}
    for w in window:
        direct = not (tok.i < w.i and first_list < w.i)
        for q in parses(w.text):
            found[q.lemma] = found.get(q.lemma, False) or direct
            if re.fullmatch(r"[^\W\d]+-\w*\d\w*", q.lemma):  # "КАБ-500", "Х-101": the type's name
                base = q.lemma.split("-")[0]
                found[base] = found.get(base, False) or direct
    return found


_LISTS = frozenset({"список", "перелік", "реєстр"})


# "пожертвувати чим" is to sacrifice it; only "пожертвувати що" (кошти) is to donate
_SACRIFICING = frozenset({"пожертвувати", "жертвувати"})


def _instrumental_after(doc: Doc, tok: Token, sent: Span) -> bool:
    """Is the first noun after the verb (past its adjectives) in the instrumental only?"""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
        found = parses(t.text)
        if any(p.pos == "NOUN" for p in found):
            cases = {c for p in found if p.pos == "NOUN" for c in CASES if p.has(c)}
            return cases == {"ablt"}
        if not any(p.pos == "ADJF" for p in found):
            return False
    return False


def _fronted_words(doc: Doc, tok: Token, sent: Span) -> list[Token]:
    """Up to eight words before a verb in its own stretch of the sentence: "Техніку Україні
    передали" has its object there; "через які йдуть вантажі, і передавав знімки" does not."""
    # a parenthetical aside does not count against the eight words ("Наступний раунд переговорів, як
    # повідомляє Anadolu з посиланням на джерело в МЗС, може відбутися")
    before = list(doc[max(sent.start, tok.i - 24) : tok.i])
    commas = [k for k, t in enumerate(before) if t.text in (",", ";", ":")]
    aside = {  # "другий транш, як уточнили в Мінфіні, банк надасть": the object is past the aside
        k
        for a, b in itertools.pairwise(commas)
        if before[a].text == before[b].text == ","
        and (
            before[a + 1].lower_ in _PARENTHETICAL_STARTS
            # "Переговори, що тривали сім годин, відбулися": a relative clause on the noun before it
            or _relative_on_subject(before, a, b)
        )
        for k in range(a, b + 1)
    }
    kept = [t for k, t in enumerate(before) if k not in aside][-8:]
    cut = max((k + 1 for k, t in enumerate(kept) if t.text in (",", ";", ":")), default=0)
    return kept[cut:]


def _relative_on_subject(before: list[Token], a: int, b: int) -> bool:
    """ "Переговори, що тривали сім годин, відбулися": the commas at ``a`` and ``b`` enclose a
    relative clause with its own verb, on a noun no verb precedes (the subject of what follows)."""
    if a == 0 or not (before[a + 1].lower_ in _RELATIVE_FORMS | {"що"} and _is_noun(before[a - 1])):
        return False
    head = before[: a - 1]
    start = max((k + 1 for k, t in enumerate(head) if t.text in (",", ";", ":")), default=0)
    return not any(_finite_verb(t) for t in head[start:]) and any(_finite_verb(t) for t in before[a + 2 : b])


# the object column's value for "a named person": "Сибігу прийняв президент Мілей" (hosting)
_PERSON_OBJECT = "@person"
# the object column's value for "a named envoy": "Парамонова викликали до МЗС" after "посол Олексій Парамонов"
_ENVOY_OBJECT = "@envoy"
# the object column's value for "a country in the dative after the verb": "передасть Україні котельні"
_COUNTRY_RECEIVER = "@country"
# the object column's value for "any weapon of weapons.tsv": "скинули КАБи", "випустили «Іскандери»"
_WEAPON_OBJECT = "@weapon"
# the object column's value for "any force of forces.tsv": "перекинули бронемашини", "розгорнули батальйон"
_FORCES_OBJECT = "@forces"
# the object column's value for "what is struck, with по": "б'ють по лікарнях", "били по об'єктах"
_STRUCK_AT = "@по"
_NOT_STRUCK = frozenset({"суть", "черга", "телефон", "відеозв'язок", "радіо", "телебачення"})


def _struck_at(doc: Doc, tok: Token, sent: Span) -> bool:
    """ "по" and a noun phrase in the locative within three words after the verb (past adverbs)."""
    words = list(doc[tok.i + 1 : min(sent.end, tok.i + 4)])
    for k, t in enumerate(words[:-1]):
        if t.lower_ == "по":
            nxt = words[k + 1]
            return not lemmas(nxt) & _NOT_STRUCK and any(
                p.pos in ("NOUN", "ADJF", "NUMR") and p.has("loct") for p in parses(nxt.text)
            )
        if not any(p.pos in ("ADVB", "PRCL") for p in parses(t.text)[:1]):
            return False
    return False


def _country_dative_after(doc: Doc, tok: Token, sent: Span) -> bool:
    """A country's name in the dative within three words after the verb, before any punctuation."""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
        if t.is_punct:
            return False
        for p in parses(t.text)[:2]:
            if p.pos == "NOUN" and p.has("datv") and t.text[:1].isupper():
                entry = lookup("LOC", p.lemma[:1].upper() + p.lemma[1:])
                if entry is not None and entry.country and entry.kind == "country":
                    return True
    return False


# "передав Еміратам оновлений список", "передали Києву пропозиції": papers handed over are no aid
_PAPERS = frozenset(
    {"список", "перелік", "лист", "нота", "документ", "пропозиція", "запит", "проєкт", "план"}
)


def _papers_handed(doc: Doc, tok: Token, sent: Span) -> bool:
    """Is the first noun after the verb's dative receiver a paper (a list, a note, a proposal)?"""
    for t in doc[tok.i + 2 : min(sent.end, tok.i + 6)]:
        nouns = {p.lemma for p in parses(t.text) if p.pos == "NOUN"}
        if nouns:
            return bool(nouns & _PAPERS)
    return False


def _envoy_object_near(doc: Doc, tok: Token, sent: Span, linking: Linking) -> bool:
    """A person named before as an ambassador or chargé d'affaires, by name in an oblique case, within
    three words of the verb ("Того ж дня Парамонова викликали до МЗС")."""
    for m in linking.between(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)):
        ent = linking.entity(m.entity)
        if ent is None or ent.type != "PER" or not linking.roles.get(ent.id, set()) & _ENVOY_ROLES:
            continue
        if is_nominative(doc, m) and not _other_form_of_name(doc, m, linking):
            continue  # "посол Парамонов викликав": the envoy summons no one
        between = doc[m.end : tok.i] if m.end <= tok.i else doc[tok.i + 1 : m.start]
        if all(not t.is_punct for t in between):
            return True
    return False


_ENVOY_ROLES = frozenset({"посол", "повірений", "дипломат", "посланець"})


def _person_object_near(doc: Doc, tok: Token, sent: Span, linking: Linking) -> bool:
    """A person's name, not in the nominative, right before the verb or within two words after it."""
    for m in linking.between(max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)):
        ent = linking.entity(m.entity)
        # "Сибігу прийняв": a surname written otherwise than in the name is in an oblique case
        if (
            ent is None
            or ent.type != "PER"
            or (is_nominative(doc, m) and not _other_form_of_name(doc, m, linking))
        ):
            continue
        between = doc[m.end : tok.i] if m.end <= tok.i else doc[tok.i + 1 : m.start]
        if all(not t.is_punct for t in between):
            return True
    return _titled_person_after(doc, tok, sent, linking)


def _titled_person_after(doc: Doc, tok: Token, sent: Span, linking: Linking) -> bool:
    """ "прийняв у Белграді міністра закордонних справ Китаю Ван І": a title in the accusative within
    three words after the verb, and the person it names further on, with no comma between."""
    end = min(sent.end, tok.i + 4)
    title = next(
        (
            t
            for t in doc[tok.i + 1 : end]
            if _is_title(t) and any(p.has("accs") and p.has("anim") for p in parses(t.text)[:2])
        ),
        None,
    )
    if title is None:
        return False
    for m in linking.between(title.i + 1, min(sent.end, title.i + 8)):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "PER":
            return all(not t.is_punct for t in doc[title.i + 1 : m.start])
    return False


def _complement_after_do(doc: Doc, tok: Token, sent: Span) -> list[Token]:
    """ "засудив колишнього заступника міністра ... Петкуса до шести років": the "до" complement of
    the verb, however long its object."""
    for k in range(tok.i + 1, min(sent.end, tok.i + 16)):
        if doc[k].text in (",", ";", ":") or _finite_verb(doc[k]):
            return []
        if doc[k].lower_ == "до":
            return list(doc[k + 1 : min(sent.end, k + 4)])
    return []


def _relative_antecedent(doc: Doc, tok: Token, sent: Span) -> list[Token]:
    """ "Санкції, які Велика Британія запровадила": the noun a relative word stands for."""
    for k in range(tok.i - 1, max(sent.start, tok.i - 6) - 1, -1):
        if doc[k].lower_ in _RELATIVE_FORMS and k - 2 >= sent.start and doc[k - 1].text == ",":
            noun = k - 2
            if doc[noun].text in _QUOTE_CLOSERS:
                # "обмін «1000 на 1000», який провели": the noun before the quoted name
                opening = next(
                    (
                        j
                        for j in range(noun - 1, max(sent.start, noun - 12) - 1, -1)
                        if doc[j].text in _QUOTE_OPENERS
                    ),
                    None,
                )
                noun = opening - 1 if opening is not None and opening > sent.start else noun
            return [doc[noun]]
        if doc[k].is_punct:
            break
    return []


_RELATIVE_FORMS = _RELATIVES | {"яку", "якого", "якої", "яких", "якому", "якій", "яким"}
_OBJECT_RELATIVES = frozenset({"яку", "якого", "яких", "якому", "якій", "яким"})


# ---------------------------------------------------------------- roles


def _source(
    doc: Doc,
    sent: Span,
    trig: Token,
    phrases: list[Phrase],
    clauses: list[int],
    linking: Linking,
    obj: str = "",
) -> tuple[list[Actor], Phrase | None]:
    if any(p.pos == "VERB" and (p.has("1per") or p.has("2per")) for p in parses(trig.text)[:1]):
        return [], None  # «Ми не дозволимо Пхеньяну залякати наші народи»: "ми" acts, no noun does
    clause = clauses[trig.i - sent.start]
    in_clause = [p for p in phrases if clauses[p.start - sent.start] == clause and p.actors]
    first = _first_word(doc, sent, clauses, clause)
    own = [
        p for p in in_clause if first is not None and first.i < p.start and p.end <= trig.i and p.nominative
    ]
    if first is not None and first.lower_ == "хто" and not own:
        return [], None  # "для всіх, хто допомагає Кремлю": anyone who does it, no one named
    if first is not None and first.lower_ in _RELATIVES and own and not _after_verb(doc, own[-1]):
        # "Санкції, які Велика Британія запровадила": the relative word is the object
        return _coordinated(doc, own[-1], phrases), own[-1]
    if first is not None and first.lower_ in _RELATIVES:
        # "..., який зустрівся": the phrase right before the comma is the subject
        before = [p for p in phrases if p.end <= first.i]
        if before and before[-1].end >= first.i - 1 and before[-1].actors:
            # "Такаїчі та Лі Чже Мьон, які зустрілися": a plural relative stands for all the joined names
            plural = first.lower_ == "які"
            return (_coordinated(doc, before[-1], phrases) if plural else before[-1].actors), before[-1]
        return [], None
    left = [
        p
        for p in in_clause
        if p.end <= trig.i
        and p.nominative
        and not _after_verb(doc, p)
        and not _model_of_weapon(doc, p)
        and not _according_to(doc, p)
        and (
            _agrees_in_number(doc, p, trig, linking)
            or _joined_before(doc, p, phrases)
            or _joined_to_a_name(doc, p, trig)
        )
    ]
    if len(left) >= 2 and _thing_head(doc, left[-1]) and not _thing_head(doc, left[-2]):
        left = left[:-1]  # "Москва рішення київського суду не визнає": the thing is the object
    if (
        len(left) >= 2
        and left[-2].end < left[-1].start
        and _owner_after_thing(doc, left[-1].start)
        and not any(t.lower_ in ("і", "й", "та", ",") for t in doc[left[-2].end : left[-1].start])
    ):
        left = left[:-1]  # "Пекін протест Токіо відкинув": whose protest, not who rejects it
    shared = _shared_subject_verb(doc, sent, trig, clauses)
    if shared is not None and any(p.end <= shared.i for p in left):
        # "росіяни обстріляли села району та скинули на них авіабомби": the second verb's subject
        # is the first one's, not the object between them
        left = [p for p in left if p.end <= shared.i]
    speaking_place = _impersonal_source(trig, in_clause)
    judging_place = speaking_place or _closing_place(doc, trig, in_clause)
    if (
        left
        and judging_place is not None
        and (
            _thing_of_actor(doc, left[-1], linking)
            # "Дії Софії привітали в Брюсселі": the owner after the thing's noun
            or _owner_after_thing(doc, left[-1].start)
        )
    ):
        # "У Москві рішення Токіо засудили": Moscow speaks; the decision is Tokyo's
        return judging_place.actors, judging_place
    subject_pronoun = _pronoun(doc, sent, clauses, clause, trig)
    if (
        left
        and subject_pronoun is not None
        and left[-1].end <= subject_pronoun.i
        and _accusative(doc, left[-1])
    ):
        # "Заяви Брюсселя та Вашингтона він назвав втручанням": a pronoun before the verb is its
        # subject; the phrase fronted before it is the object
        left = []
    if not left and (
        before_aside := _subject_before_relative(doc, sent, clauses, clause, phrases)
        or _subject_before_as_aside(doc, sent, trig, clauses, clause, phrases)
    ):
        left = [before_aside]  # "Тасмагамбетов, якого цитує ТАСС, висловив жаль"
    if left:
        return _coordinated(doc, left[-1], phrases), left[-1]
    if shared is not None and (first_verbs := _source(doc, sent, shared, phrases, clauses, linking))[0]:
        # "Тасмагамбетов, якого цитує ТАСС, висловив жаль й закликав Єреван": the joined verb's
        # subject is the first verb's, not the one it calls on
        return first_verbs
    pronoun = _pronoun(doc, sent, clauses, clause, trig)
    main = _main_clause_before(doc, sent, clauses, clause)
    if pronoun is None and main is not None:
        # "Він заявив, що Маніла «діє ...», і закликав ...": the joined verb is the main subject's
        main_subjects = [
            p for p in phrases if clauses[p.start - sent.start] == main and p.nominative and p.actors
        ]
        if main_subjects:
            return _coordinated(doc, main_subjects[0], phrases), main_subjects[0]
        pronoun = _pronoun(doc, sent, clauses, main, trig)
    if pronoun is not None:
        # "З міністром Японії Мотегі він обговорив": a pronoun never stands for a name of its own clause
        clause_start = _clause_start(sent, pronoun, clauses)
        refer = latter if pronoun.lower_ == "той" else antecedent
        ent_id = refer(doc, clause_start, linking, _PRONOUN_GENDER[pronoun.lower_])
        ent = linking.entity(ent_id)
        if ent is not None:
            return [Actor(ent.id, ent.country, ent.code, ent.name)], None
    titled = _bare_title_subject(doc, sent, trig, clauses, phrases)
    if titled is not None:
        # "Дипломат також звинуватив Київ": a title alone stands for the person named before
        ent = linking.entity(
            antecedent(doc, _clause_start(sent, titled, clauses), linking, _title_gender(titled))
        )
        if ent is not None and ent.type == "PER":
            return [Actor(ent.id, ent.country, ent.code, ent.name)], None
    # "випустили чотири ракети «Іскандер-М»": the model's name after the weapon is no subject;
    # "Атака тривала п'ять годин, уточнив речник Юрій Ігнат": nor the speaker of a cue set off after it
    right = [
        p
        for p in in_clause
        if p.start > trig.i
        and p.nominative
        and not _model_of_weapon(doc, p)
        and not _speaker_of_cue_after(doc, trig, p)
    ]
    if right and not left and _countries_listed_after(doc, trig, right[0], phrases):
        # "її звернення підтримали Франція, Велика Британія, Данія та Словенія": a list of states
        # after a plural verb is its subject, whatever stands before the verb
        return _coordinated(doc, right[0], phrases), right[0]
    if right and speaking_place is not None and not _reflexive(trig) and _accusative(doc, right[0]):
        # "У Кремлі засудили рішення Токіо": the place speaks; what follows is what it judged
        return speaking_place.actors, speaking_place
    added = _closing_place(doc, trig, in_clause)
    if right and added is not None and right[0] is not added and _also_said(doc, added):
        return added.actors, added  # "Підтримали Варшаву і в Києві": Kyiv speaks, Warsaw is backed
    if (
        right
        and not _subject_noun_before(doc, sent, trig, clauses, obj)
        and not _impersonal_form(trig)
        # "знищили «пункт управління ЗСУ»": a singular thing after a plural verb is its object
        and not (_thing_head(doc, right[0]) and not _agrees_in_number(doc, right[0], trig, linking))
    ):
        # "приїздив міністр оборони РФ": the subject follows the verb only when nothing
        # nominative precedes it ("ворог обстріляв Дніпро": Дніпро is the object)
        return _coordinated(doc, right[0], phrases), right[0]
    # "У Міністерстві оборони Британії ці закиди відкинули": a fronted thing is the object
    closing = _closing_place(doc, trig, in_clause)
    subject_before = (
        _subject_noun_before(doc, sent, trig, clauses, obj)
        and not _thing_fronted(doc, sent, trig, clauses)
        # "Рішення засудили й у Москві": a thing before the verb is its object when a place closes it
        and not (closing is not None and _only_things(_clause_words_before(doc, sent, trig, clauses)))
    )
    place = None if subject_before else _impersonal_source(trig, in_clause) or closing
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
        # "Голова правління компанії «Укренерго» ... розповів, що випустили": a noun's complement
        # ("У квітні 2021 року Прага": a date's noun has none)
        and not (_after_noun(doc, p.start) and not lemmas(doc[p.start - 1]) & _TIME_WORDS)
        and (
            _agrees_in_number(doc, p, trig, linking)
            # "Такаїчі та Лі Чже Мьон, які зустрілися, засудили": names joined agree with a plural verb
            or (_plural_verb(trig) and len(_coordinated(doc, p, phrases)) > 1)
        )
    ]
    if (
        earlier
        and not _impersonal_form(trig)
        and (
            first is None
            or first.lower_ not in ("що", "щоб")
            or _infinitive(trig)
            or (
                first.lower_ == "що"
                and not _impersonal_form(trig)  # "повідомив, що уламками пошкоджено дах": no one's act
                and _said_by_subject(doc, sent, first, trig, clauses, obj)
            )
        )
    ):
        return _coordinated(doc, earlier[0], phrases), earlier[0]
    # "поліція затримала понад 50 людей": a generic actor of the country the sentence is about
    generic = [p for p in phrases if clauses[p.start - sent.start] == clause and p.nominative and p.implied]
    left_generic = [p for p in generic if p.end <= trig.i and not _after_verb(doc, p)]
    chosen = left_generic[-1] if left_generic else next((p for p in generic if p.start > trig.i), None)
    if chosen is not None and chosen.implied is not None:
        return [chosen.implied], chosen
    if (
        first is not None
        and first.lower_ == "що"
        and not _impersonal_form(trig)
        and _said_by_subject(doc, sent, first, trig, clauses, obj)
        and (speaker := _speaking_pronoun(doc, sent, clauses, clause, first, trig, linking)) is not None
    ):
        # "Він сказав, що засуджує ...": the clause goes on with the speaker the pronoun stands for
        return [Actor(speaker.id, speaker.country, speaker.code, speaker.name)], None
    # "відбувся обмін полоненими між Україною та Росією": the parties after "між"
    between = next((p for p in phrases if clauses[p.start - sent.start] == clause and p.prep == "між"), None)
    if between is not None and between.actors:
        return between.actors[:1], between
    return [], None


def _second_infinitive_before(doc: Doc, trig: Token, end: int) -> bool:
    """ "домовилися обмінюватися даними та поглиблювати співпрацю зі США": a partner after a second
    joined infinitive is that infinitive's, not the first verb's."""
    return any(
        t.lower_ in _COORDINATORS and t.i + 1 < end and _infinitive(doc[t.i + 1])
        for t in doc[trig.i + 1 : end]
    )


def _joined_verb_after(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> Token | None:
    """The next finite verb of the clause joined to ``trig`` by "і/та/й" ("назвала ... і звинуватила")."""
    clause = clauses[trig.i - sent.start]
    for tok in doc[trig.i + 2 : sent.end]:
        if clauses[tok.i - sent.start] != clause:
            return None
        if doc[tok.i - 1].lower_ in _COORDINATORS and _finite_verb(tok):
            return tok
    return None


def _object_after(doc: Doc, trig: Token, limit: Token) -> bool:
    """An accusative noun right after the verb, before ``limit`` ("назвала удар ...")."""
    for tok in doc[trig.i + 1 : min(limit.i, trig.i + 3)]:
        if tok.is_punct or tok.lower_ in _PREPOSITIONS or _pos(tok) == "PREP":
            return False
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]  # "рішення" reads accusative fourth
        if found:
            return any(p.has("accs") for p in found)
    return False


def _impersonal_form(tok: Token) -> bool:
    """The -но/-то form ("пошкоджено", "затримано"): it never has a subject. The dictionary ranks an
    adverb first for some ("уражено", "вражено"); a trigger is read as the verb."""
    return any(p.has("Impe") for p in parses(tok.text)[:2])


def _thing_fronted(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Are the nouns before a plural verb in its clause, after a "у/в" place or body, things that
    may be its object ("У Міністерстві оборони Британії ці закиди відкинули")?"""
    if not any(p.pos == "VERB" and p.has("plur") for p in parses(trig.text)[:1]):
        return False
    words = _clause_words_before(doc, sent, trig, clauses)
    if len(words) < 3 or words[0].lower_ not in ("у", "в"):
        return False
    return _only_things(words[2:])


def _clause_words_before(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> list[Token]:
    clause = clauses[trig.i - sent.start]
    return [t for t in doc[sent.start : trig.i] if clauses[t.i - sent.start] == clause and not t.is_space]


def _only_things(words: list[Token]) -> bool:
    """Can every nominative-looking noun among ``words`` be an inanimate accusative object?"""
    readings = [[p for p in parses(t.text) if p.pos == "NOUN"] for t in words]
    nominative = [found for found in readings if any(p.has("nomn") for p in found)]
    return bool(nominative) and all(
        not any(p.has("anim") for p in found) and any(p.has("accs") for p in found) for found in nominative
    )


def _bare_title_subject(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], phrases: list[Phrase]
) -> Token | None:
    """A nominative title opening the verb's clause with no name or body of its own ("Дипломат
    також звинуватив", "Міністр додав")."""
    clause = clauses[trig.i - sent.start]
    words = [t for t in doc[sent.start : trig.i] if clauses[t.i - sent.start] == clause and t.is_alpha]
    if not words or len(words) > 3:
        return None
    first = words[0]
    title = any(
        (p.lemma,) in roles()
        and p.pos == "NOUN"
        and (p.has("nomn") or not any(p.has(c) for c in CASES))
        and not p.has("plur")
        for p in parses(first.text)[:1]
    )
    named = any(p.start <= first.i + 1 and p.end > first.i and p.actors for p in phrases)
    rest_adverbs = all(any(q.pos in ("ADVB", "PRCL", "CONJ") for q in parses(t.text)[:1]) for t in words[1:])
    return first if title and not named and rest_adverbs else None


def _title_gender(tok: Token) -> str:
    return "femn" if all(p.has("femn") for p in parses(tok.text)[:1]) else "masc"


def _subject_before_relative(
    doc: Doc, sent: Span, clauses: list[int], clause: int, phrases: list[Phrase]
) -> Phrase | None:
    """A clause that opens with its verb right after a relative clause set off by commas ("Імангалі
    Тасмагамбетов, якого цитує ТАСС, висловив жаль") has the name before that clause for subject."""
    if clause < 2:
        return None
    first = _first_word(doc, sent, clauses, clause)
    opener = _first_word(doc, sent, clauses, clause - 1)
    if first is None or opener is None or not _finite_verb(first):
        return None
    # "Росія, як повідомляє ТАСС, підтримала": a report cue set off the same way
    cue = opener.lower_ == "як" and any(
        speech_verbs().get(p.lemma) for t in doc[opener.i + 1 : first.i] for p in parses(t.text)[:1]
    )
    if (
        not (lemmas(opener) & _RELATIVES or cue)
        or doc[opener.i - 1].text != ","
        or doc[first.i - 1].text != ","
    ):
        return None
    named = [p for p in phrases if clauses[p.start - sent.start] == clause - 2 and p.actors]
    return named[-1] if named and named[-1].end == opener.i - 1 and named[-1].nominative else None


def _subject_before_as_aside(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], clause: int, phrases: list[Phrase]
) -> Phrase | None:
    """ "Росія, як і раніше, підтримала Белград": an aside of "як" with no verb, set off by commas
    between the subject and its verb."""
    first = _first_word(doc, sent, clauses, clause)
    if clause < 1 or first is None or first.lower_ != "як" or doc[first.i - 1].text != ",":
        return None
    closing = next((t for t in doc[first.i + 1 : trig.i] if t.text == ","), None)
    if closing is None or any(
        # "як пише видання CivilNet": a report cue is an aside too
        _finite_verb(t) and not any(speech_verbs().get(p.lemma) for p in parses(t.text)[:1])
        for t in doc[first.i + 1 : closing.i]
    ):
        return None
    if any(not (_adverb_or_verb(t) or t.is_punct) for t in doc[closing.i + 1 : trig.i]):
        return None
    named = [p for p in phrases if clauses[p.start - sent.start] == clause - 1 and p.actors]
    return named[-1] if named and named[-1].end == first.i - 1 and named[-1].nominative else None


def _shared_subject_verb(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> Token | None:
    """The earlier finite verb of the clause when ``trig`` is joined to it by "і/та" ("обстріляли ...
    та скинули")."""
    if trig.i == sent.start or doc[trig.i - 1].lower_ not in _COORDINATORS:
        return None
    clause = clauses[trig.i - sent.start]
    return next(
        (t for t in doc[sent.start : trig.i - 1] if clauses[t.i - sent.start] == clause and _finite_verb(t)),
        None,
    )


def _said_by_subject(doc: Doc, sent: Span, that: Token, trig: Token, clauses: list[int], obj: str) -> bool:
    """ "Будапешт заявив, що не дасть на це згоди": a clause after a speech verb with no subject of
    its own goes on with the speaker's."""
    before = [t for t in doc[max(sent.start, that.i - 4) : that.i] if not t.is_space and t.text != ","]
    if not before or not any(speech_verbs().get(p.lemma) for t in before[-2:] for p in parses(t.text)[:1]):
        return False
    return not _subject_noun_before(doc, sent, trig, clauses, obj) and not any(
        t.lower_ in ("він", "вона", "вони", "воно") for t in doc[that.i + 1 : trig.i]
    )


def _subject_noun_before(doc: Doc, sent: Span, trig: Token, clauses: list[int], obj: str = "") -> bool:
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
        found = parses(tok.text)
        nouns = [p for p in found if p.pos == "NOUN"]
        if not nouns or (obj and obj not in weapons() and any(p.lemma == obj for p in nouns)):
            continue  # "свої обмеження запровадили Британія та США": the construction's object
        if any(p.pos == "NPRO" for p in found):
            nouns = [p for p in nouns if not p.has("Fixd")]  # "Того ж дня": the pronoun, not Togo
        if _plural_before_singular(nouns, trig):
            continue  # "Частину закупівлі профінансує ЄБРР": a plural reading is no subject of "профінансує"
        if _abbreviation(tok) and _after_noun(doc, tok.i):
            continue  # "системи ППО": an abbreviation after a common noun is that noun's attribute
        nominative = any(p.has("nomn") for p in nouns) or _abbreviation(tok) or _counted_noun(doc, tok, sent)
        if (
            nominative
            and (not oblique or (prev_noun is not None and _case_break(prev_noun, tok)))
            and not _singular_before_plural(doc, tok, trig)
            # "літак пошкодила ракета": a noun of another gender than a past verb is its object
            and _agrees_in_gender([p for p in nouns if p.has("nomn")], trig)
        ):
            return True
        prev_noun = tok
    return False


def _counted_noun(doc: Doc, tok: Token, sent: Span) -> bool:
    """ "перші 40 фахівців прибудуть": a genitive plural counted by a number is a subject."""
    before = [t for t in doc[max(sent.start, tok.i - 2) : tok.i] if not t.is_space]
    return (
        bool(before)
        and (before[-1].like_num or before[-1].lower_ in _QUANTIFIERS)
        and any(p.pos == "NOUN" and p.has("gent") and p.has("plur") for p in parses(tok.text))
    )


def _plural_before_singular(nouns: list[Parse], verb: Token) -> bool:
    singular_verb = any(
        p.pos == "VERB"
        and ((p.has("sing") and p.has("3per")) or (p.has("past") and not p.has("plur") and not p.has("Impe")))
        for p in parses(verb.text)[:1]
    )  # "підрозділи ... перекинула й Латвія": the past tense marks a singular subject by its gender
    nominatives = [p for p in nouns if p.has("nomn")]
    return singular_verb and bool(nominatives) and all(p.has("plur") for p in nominatives)


def _singular_before_plural(doc: Doc, noun: Token, verb: Token) -> bool:
    """ "Танкер ... затримали естонські моряки": a lone singular noun is not the subject of a plural
    past verb (unless coordinated: "Україна та Росія провели")."""
    if not any(p.pos == "VERB" and p.has("plur") and p.has("past") for p in parses(verb.text)[:1]):
        return False
    if any(p.has("plur") for p in parses(noun.text) if p.pos == "NOUN" and p.has("nomn")):
        return False
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return not (nxt is not None and (nxt.lower_ in _COORDINATORS or nxt.text == ","))


def _thing_of_actor(doc: Doc, phrase: Phrase, linking: Linking) -> bool:
    """ "рішення Токіо", "заяву Шойгу": a thing that belongs to an actor is no subject (in "У Москві
    рішення Токіо засудили" Moscow speaks)."""
    head = doc[phrase.start]
    if linking.at(head.i) is not None or _is_title(head) or generic_actor(head) is not None:
        return False
    after = linking.at(head.i + 1) if head.i + 1 < len(doc) else None
    if is_capitalized(head) and after is not None and after.start == head.i + 1 and after.type == "PER":
        return False  # "Арарат Мірзоян": a first name the dictionary also knows as a thing
    found = [p for p in parses(head.text)[:2] if p.pos == "NOUN"]
    return bool(found) and all(p.has("inan") and p.lemma not in org_heads() for p in found)


def _joined_before(doc: Doc, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """ "Україна та Росія провели": a singular phrase coordinated with the one before it."""
    k = phrases.index(phrase)
    if k == 0:
        return False
    return _joint(doc, phrases[k - 1].end, phrase.start, comma=True)


def _joined_to_a_name(doc: Doc, phrase: Phrase, verb: Token) -> bool:
    """ "«Нафтогаз» та Orlen підписали": a singular name joined by "і/та" to another name (one the
    recognizer may not know) is part of a plural subject."""
    k = phrase.end
    while k < verb.i and doc[k].text in _QUOTE_CLOSERS:
        k += 1
    if not (k + 1 < verb.i and doc[k].lower_ in _COORDINATORS):
        return False
    # "Посол ЄС Павел Герчинський і посли держав-членів засудили": joined to a plural title
    return doc[k + 1].text[:1].isupper() or _plural_subject_between(doc[k + 1 : k + 2])


_DEALS = frozenset({"угода", "меморандум", "договір", "декларація", "контракт", "домовленість", "протокол"})
_QUOTE_CLOSERS = frozenset({"»", '"', "“", "”"})
_QUOTE_OPENERS = frozenset({"«", '"', "„", "“"})


def _joint(doc: Doc, end: int, start: int, comma: bool = False) -> bool:
    """What lies between two coordinated phrases: "і" (or a comma), or "і" and the second person's
    bare title ("Кая Каллас і єврокомісарка з питань розширення Марта Кос")."""
    # a closing quote mark of a name before the joint does not count: "«Нафтогаз України» та ..."
    joint = [t for t in doc[end:start] if not t.is_space and t.text not in _QUOTE_CLOSERS]
    if not joint or not (joint[0].lower_ in _COORDINATORS or (comma and joint[0].text == ",")):
        return False
    # "Кястутіс Будріс і його польський колега": a possessive before the second one's title
    title = [t for t in joint[1:] if t.lower_ not in ("його", "її", "їхній", "їхня", "свій", "своя")]
    return not title or (
        len(title) <= 6 and _is_title(title[0]) and not any(t.is_punct or _finite_verb(t) for t in title)
    )


def _thing_head(doc: Doc, phrase: Phrase) -> bool:
    """Does the phrase start with a lower-case noun naming a thing ("пункт управління ЗСУ")?"""
    k = phrase.start + (doc[phrase.start].text in _QUOTE_OPENERS)
    nouns = [p for p in parses(doc[k].text)[:2] if p.pos == "NOUN"]
    return (
        doc[k].text.islower()
        and bool(nouns)
        and all(p.has("inan") for p in nouns)
        and generic_actor(doc[k]) is None  # "екіпаж судна", "уряд" act
    )


def _agrees_in_number(doc: Doc, phrase: Phrase, verb: Token, linking: Linking | None = None) -> bool:
    """A singular subject does not go with a plural verb ("Орбан погодився ..., як вилучили ...")."""
    verb_number = {n for p in parses(verb.text)[:1] for n in ("sing", "plur") if p.has(n)}
    if not verb_number and any(p.has(g) for p in parses(verb.text)[:1] for g in ("masc", "femn", "neut")):
        verb_number = {"sing"}  # the past tense marks gender only in the singular: "назвав"
    if not verb_number:
        return True
    if verb_number == {"plur"} and linking is not None and _one_person(doc, phrase, linking):
        return False  # "Імамоглу затримали": one person, however indeclinable, is no plural subject
    for tok in doc[phrase.start : phrase.end]:
        if _abbreviation(tok):
            continue  # "ВАКС продовжив": the number a dictionary guesses for an abbreviation is none
        nouns = [p for p in parses(tok.text) if p.pos == "NOUN" and not p.has("Fixd")]
        if tok.text[:1].islower():
            # a subject is nominative: "слова" (also genitive singular) is plural as a subject; a
            # name's guessed readings ("Цахкна" as a plural) are left alone
            nouns = [p for p in nouns if p.has("nomn")] or nouns
        if nouns:
            numbers = {"plur" if p.has("plur") else "sing" for p in nouns}
            if not numbers & verb_number:
                return False
            if tok.text[:1].isupper() and not _known_place(linking, tok):
                return True  # a name's gender is a guess
            # "Кишинів підтримала Румунія": a country's or a city's gender is known
            return _agrees_in_gender(nouns, verb)
    return True


def _known_place(linking: Linking | None, tok: Token) -> bool:
    m = linking.at(tok.i) if linking is not None else None
    ent = linking.entity(m.entity) if linking is not None and m is not None else None
    return ent is not None and ent.type == "LOC" and ent.country is not None and len(ent.name.split()) == 1


_GENDERS = ("masc", "femn", "neut")


def _agrees_in_gender(nouns: list[Parse], verb: Token) -> bool:
    """ "Опозиція рішення підтримала": a past singular verb marks the gender of its subject."""
    verb_genders = {g for p in parses(verb.text)[:1] if p.has("past") for g in _GENDERS if p.has(g)}
    noun_genders = {g for p in nouns if not p.has("plur") for g in _GENDERS if p.has(g)}
    return not verb_genders or not noun_genders or bool(verb_genders & noun_genders)


_SEAS = frozenset({"море", "океан", "акваторія", "затока"})


def _into_the_sea(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Does the act's clause send it into a sea or an ocean after the verb?"""
    clause = clauses[trig.i - sent.start]
    return any(
        clauses[t.i - sent.start] == clause and lemmas(t) & _SEAS
        for t in doc[trig.i + 1 : min(sent.end, trig.i + 9)]
    )


# documents that speak for those who adopted them: "Резолюція вимагає", "У декларації засуджено"
_DOCUMENTS = frozenset(
    {"резолюція", "декларація", "комюніке", "заява", "висновок", "меморандум", "звернення"}
)
_ADOPTING = frozenset({"ухвалити", "прийняти", "схвалити", "оприлюднити", "підписати", "затвердити"})


def _document_after(doc: Doc, sent: Span, tok: Token) -> str | None:
    """The document noun a verb of adopting takes as its object ("ухвалила резолюцію")."""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
        found = lemmas(t) & _DOCUMENTS
        if found:
            return min(found)
    return None


def _document_subject(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> str | None:
    """The document noun that is the nominative subject right before the verb in its clause."""
    clause = clauses[trig.i - sent.start]
    for t in reversed(doc[max(sent.start, trig.i - 4) : trig.i]):
        if clauses[t.i - sent.start] != clause:
            break
        nominative = [
            p
            for p in parses(t.text)
            if p.pos == "NOUN" and p.has("nomn") and (p.lemma in _DOCUMENTS or p.lemma == "документ")
        ]
        if nominative:
            return nominative[0].lemma
    return None


def _speaking_actors(p: Phrase) -> list[Actor]:
    """The actors a phrase names, or the group it implies ("організатори протесту")."""
    return list(p.actors) or ([p.implied] if p.implied is not None else [])


def _plural_verb(tok: Token) -> bool:
    return any(p.pos == "VERB" and p.has("plur") for p in parses(tok.text)[:1])


def _one_person(doc: Doc, phrase: Phrase, linking: Linking) -> bool:
    """A phrase that is one person's name alone (no plural noun beside it)."""
    people = [a for a in phrase.actors if (e := linking.entity(a.entity)) is not None and e.type == "PER"]
    nouns = [p for t in doc[phrase.start : phrase.end] for p in parses(t.text)[:1] if p.pos == "NOUN"]
    return (
        len(phrase.actors) == 1
        and bool(people)
        and phrase.end - phrase.start <= 3
        and not any(p.has("plur") for p in nouns)
        and all(t.text[:1].isupper() for t in doc[phrase.start : phrase.end] if t.text.isalpha())
    )


def _impersonal_source(trig: Token, in_clause: list[Phrase]) -> Phrase | None:
    """ "У Москві пообіцяли відповісти", "В Україні рішення привітали": a plural verb with no
    subject speaks for the place or institution named with "у/в" before it."""
    if not any(p.pos == "VERB" and p.has("plur") for p in parses(trig.text)[:1]):
        return None
    places = [
        p
        for p in in_clause
        if p.end <= trig.i
        and p.prep in ("у", "в")
        and any(a.country or a.code for a in p.actors)  # "в районі Станіслава": a village speaks for no one
        and "справа" not in lemmas(trig.doc[p.start])
    ]  # "повіреного у справах Естонії" is an envoy's title, no place
    # "У посольстві Росії в Аргентині назвали": the institution speaks, not the city it sits in
    bodies = [
        p for p in places if p.generic is not None or any(a.code and a.code != a.country for a in p.actors)
    ]
    chosen = bodies or places
    if not chosen or _plural_subject_between(trig.doc[chosen[-1].end : trig.i]):
        return None  # "У палаці його приймав Макрон, після переговорів лідери провели": a subject
    return chosen[-1]


def _plural_subject_between(words: Span) -> bool:
    """A title or party noun in the nominative plural ("лідери", "сторони", "міністри")."""
    return any(
        (_is_title(t) or lemmas(t) & _PARTY_WORDS)
        and any(p.pos == "NOUN" and p.has("nomn") and p.has("plur") for p in parses(t.text)[:2])
        for t in words
    )


# "звернення підтримали Франція, Британія та Данія": backers listed after the verb back someone else
_BACKING_VERBS = frozenset({"підтримати", "підтримувати"})


def _countries_listed_after(doc: Doc, trig: Token, first: Phrase, phrases: list[Phrase]) -> bool:
    """A plural verb followed right away by two or more coordinated states."""
    if not any(p.pos == "VERB" and p.has("plur") for p in parses(trig.text)[:1]) or first.start > trig.i + 1:
        return False
    listed = _coordinated(doc, first, phrases)
    return len(listed) >= 2 and all(a.country and a.code == a.country for a in listed)


def _reflexive(tok: Token) -> bool:
    """ "відбулися", "зібралися": a verb that takes no direct object."""
    return tok.lower_.endswith(("ся", "сь"))


def _closing_place(doc: Doc, trig: Token, in_clause: list[Phrase]) -> Phrase | None:
    """ "Рішення засудили й у Москві", "Угоду привітали в Брюсселі": a plural verb with no subject
    and a capital or institution with "у/в" closing its clause speaks for that place."""
    if not any(p.pos == "VERB" and p.has("plur") for p in parses(trig.text)[:1]):
        return None
    after = [p for p in in_clause if p.start > trig.i]
    if after and after[-1].prep not in ("у", "в"):
        after = []
    place = after[-1] if after and after[-1].actors else None
    if place is None:
        return None
    end = _past_places_joined(doc, place.end)
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "у Всесвітній продовольчій програмі ООН (ВПП).": the body's abbreviation after it
    closing = doc[end] if end < len(doc) else None
    if closing is not None and not (closing.is_punct and closing.text in ".!?;,"):
        return None
    between = doc[trig.i + 1 : place.start - 1]
    if any(_pos(t) not in ("CONJ", "PRCL", "ADVB") for t in between) and not _also_said(doc, place):
        return None  # "атакували два заводи в Рязані": where the act happened, not who judged it
    return place


_ALSO_WORDS = frozenset({"і", "й", "також", "теж"})


def _past_places_joined(doc: Doc, end: int) -> int:
    """ "у Варшаві та балтійських столицях.": past more places joined to the closing one (adjectives
    and nouns in the locative after "та/і/й")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("та", "і", "й"):
        return end
    k = end + 1
    while k < len(doc) and any(p.pos in ("ADJF", "NOUN") and p.has("loct") for p in parses(doc[k].text)):
        k += 1
    return k if k > end + 1 else end


def _also_said(doc: Doc, place: Phrase) -> bool:
    """ "Підтримали Варшаву і в Києві.": a country's capital added with "і/також" at the clause's end
    is one more voice, not where the act happened."""
    return (
        place.start >= 2
        and doc[place.start - 2].lower_ in _ALSO_WORDS
        and any(a.country and _seat_of_power(a) for a in place.actors)
    )


def _named_subject(
    doc: Doc, sent: Span, linking: Linking, actor: Actor, clauses: list[int], verb: Token
) -> bool:
    """Is the actor named in the verb's clause by a nominative name of its own, not as a place ("у
    Словаччині") nor by an adjective?"""
    for m in linking.between(sent.start, sent.end):
        if m.entity != actor.entity or clauses[m.start - sent.start] != clauses[verb.i - sent.start]:
            continue
        before = doc[m.start - 1] if m.start > sent.start else None
        after_preposition = before is not None and any(p.pos == "PREP" for p in parses(before.text)[:1])
        # "Зеленський і Санду домовилися ..., у Тирасполі протестують": the subject of another verb
        lo, hi = (m.end, verb.i) if m.end <= verb.i else (verb.i + 1, m.start)
        between = _verb_between(doc, lo, hi)
        return not after_preposition and not between and is_nominative(doc, m)
    return False


def _seat_of_power(actor: Actor) -> bool:
    """A country or its capital ("Київ", "Брюссель"), which speak for a state; other cities do not."""
    if actor.code == actor.country:
        return True
    entry = lookup("LOC", actor.text or "")
    return entry is not None and entry.kind == "capital"


def _after_verb(doc: Doc, phrase: Phrase) -> bool:
    """A phrase right after a verb is its object ("звинуватив РФ"), not its subject."""
    if phrase.start == 0:
        return False
    found = parses(doc[phrase.start - 1].text)
    # "З початку війни Норвегія ...": "війни" also reads as a verb form, but a noun reading wins
    return any(p.pos in ("VERB", "INFN") for p in found[:1]) and not any(p.pos == "NOUN" for p in found)


def _infinitive(tok: Token) -> bool:
    return any(p.pos == "INFN" or p.has("infn") for p in parses(tok.text)[:1])


def _first_word(doc: Doc, sent: Span, clauses: list[int], clause: int) -> Token | None:
    for tok in sent:
        if clauses[tok.i - sent.start] == clause and not tok.is_punct and not tok.is_space:
            return tok
    return None


def _main_clause_before(doc: Doc, sent: Span, clauses: list[int], clause: int) -> int | None:
    """For a clause joined by "і/та" right after a "що"/"який" clause: the main clause before that
    subordinate one, whose subject the joined verb shares."""
    first = _first_word(doc, sent, clauses, clause)
    if clause < 2 or first is None or first.lower_ not in ("і", "й", "та"):
        return None
    before = _first_word(doc, sent, clauses, clause - 1)
    if before is None or (before.lower_ not in ("що", "щоб") and before.lower_ not in _RELATIVES):
        return None
    main = clause - 2
    while (
        main > 0
        and (first := _first_word(doc, sent, clauses, main)) is not None
        and (first.lower_ in ("що", "щоб") or first.lower_ in _RELATIVES)
    ):
        main -= 1  # "заперечила, що ..., стверджуючи, що ..., і звинуватила": back to the main clause
    return main


def _speaking_pronoun(
    doc: Doc, sent: Span, clauses: list[int], clause: int, that: Token, trig: Token, linking: Linking
) -> Entity | None:
    """The entity a pronoun subject of the speech verb before "що" stands for, when the verb after
    "що" agrees with it ("Вона заявила, що засуджує": not "вони засуджують")."""
    if clause < 1 or (pronoun := _pronoun(doc, sent, clauses, clause - 1, that)) is None:
        return None
    gender = _PRONOUN_GENDER[pronoun.lower_]
    verb = parses(trig.text)[:1]
    if gender == "plur" or pronoun.lower_ == "той":
        return None  # "вони" and "той" stand for groups or a latter name: too loose to follow here
    if any(p.has("plur") for p in verb) or any(p.has("past") and not p.has(gender) for p in verb):
        return None
    return linking.entity(antecedent(doc, _clause_start(sent, pronoun, clauses), linking, gender))


def _pronoun(doc: Doc, sent: Span, clauses: list[int], clause: int, trig: Token) -> Token | None:
    for tok in doc[sent.start : trig.i]:
        if clauses[tok.i - sent.start] == clause and tok.lower_ in _PRONOUN_GENDER:
            return tok
    return None


def _coordinated(doc: Doc, phrase: Phrase, phrases: list[Phrase]) -> list[Actor]:
    """ "Кім Чен Ин і Путін провели зустріч": both nominative phrases joined by "і" are the source."""
    actors = list(phrase.actors)
    if phrase not in phrases:
        # a phrase of the whole sentence while only the quote's or the narration's are at hand
        # ("між Чернівцями та Сучавою" outside the quote being read)
        return actors
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
    listed = False  # "Йоганн Вадефуль, Жан-Ноель Барро і Радослав Сікорський": commas before the "і"
    while k >= 0:
        prev = phrases[k]
        joined = _joint(doc, prev.end, phrases[k + 1].start) or (
            listed and _joint(doc, prev.end, phrases[k + 1].start, comma=True)
        )
        if joined and prev.nominative and prev.actors:
            listed = True
            actors = prev.actors + actors
            k -= 1
        else:
            break
    return actors


# words that make a group someone else's, though of no one country: "європейські виробники"
_FOREIGN_QUALIFIERS = frozenset(
    {"європейський", "іноземний", "західний", "закордонний", "міжнародний", "чужий"}
)


_ON_REQUEST_OF = frozenset({"запит", "прохання", "вимога", "замовлення", "доручення", "ініціатива"})


def _targets(
    doc: Doc,
    sent: Span,
    trig: Token,
    trigger: Trigger,
    source: list[Actor],
    source_phrase: Phrase | None,
    phrases: list[Phrase],
    clauses: list[int],
    linking: Linking,
) -> list[Actor]:
    clause = clauses[trig.i - sent.start]
    source_keys = {_key(a) for a in source}
    source_country = next((a.country for a in source if a.country), None)

    def usable(p: Phrase) -> list[Actor]:
        aid_for = trigger.type == "AID" and p.prep == "для"  # "схвалив транш для України"
        if p is source_phrase or (
            p.prep not in _TARGET_PREPOSITIONS and not _sovereign_space(doc, p) and not aid_for
        ):
            return []
        if any("свій" in lemmas(t) for t in doc[max(sent.start, p.start - 1) : p.start + 1]):
            return []  # "не дозволить принижувати своїх дипломатів": the subject's own, no other side
        if p.prep == "на" and not _accusative(doc, p):
            return []  # "на космодромі": a place, not a target
        if (
            trigger.type in ("COERCE", "SANCTION", "ASSAULT", "RETREAT")
            and p.prep in ("на", "за", "з", "із")
            and lemmas(doc[p.start]) & _ON_REQUEST_OF
        ):
            return []  # "затримала добровольця на запит Москви": who asked, not whom the act is aimed at
        if trigger.mode == "disapprove" and _suffers_act_named(doc, p):
            # "Висилку польського дипломата засудили": the one expelled is not the one condemned (but
            # "ордери на арешт російських посадовців" charge those to be arrested)
            return []
        if trigger.type == "ACCUSE" and p.prep in ("на", "по") and _attack_noun_before(doc, p.start - 1):
            # "пов'язує кібератаку на Міноборони з хакерами", "засудили удар по лікарні в Сумах": the
            # attacked is not the accused
            return []
        if p.prep == "до" and p.start >= 2 and doc[p.start - 2].i != trig.i and _is_noun(doc[p.start - 2]):
            return []  # "перед переговорами про вступ до ЄС": the noun's complement, not the verb's
        if p.prep == "по" and p.start >= 2 and lemmas(doc[p.start - 2]) & _FELLOWS:
            return []  # "між союзниками по НАТО": whose allies, not whom the act is aimed at
        if (
            trigger.type in ("ASSAULT", "MOBILIZE")
            and p.prep in ("з", "із", "зі")
            and not _head_may_be(doc, p, "ablt")
        ):
            return []  # "запустили ракети з околиць Набатії": where from, not whom (a deportation
            # "з Херсонщини" is of the people of the place)
        if p.prep is None and _case_of_head(doc, p) == "gent" and _after_noun(doc, p.start):
            return []  # "запустили бойовики «Хезболли»": whose fighters, not whom they struck
        if trigger.type == "PROTEST" and p.prep in ("на", "у", "в", "до"):
            return []  # "вийшли на вулиці Тбілісі", "до будівлі парламенту": where, not against whom
        verb_after = p.end + 1 if p.end + 1 < sent.end and doc[p.end].lower_ == "не" else p.end
        if (
            p.nominative
            and verb_after < sent.end
            and _finite_verb(doc[verb_after])
            and _agrees_in_number(doc, p, doc[verb_after], linking)
            and not (p.end == trig.i and source_phrase is not None)  # "В Україні рішення ... привітали"
        ):
            # "..., Іспанія домоглася винятку", "після того як Єврокомісія не продовжила": the
            # subject of the next clause
            return []
        if (
            not any(a.country or _group(a) for a in p.actors)
            and p.generic is not None
            and (owner := _possessor_country(doc, p, linking)) is not None
            and owner != source_country
        ):
            return [Actor(None, owner, owner + p.generic, None)]  # "звинувативши її владу": Mexico's
        if (
            not any(a.country or _group(a) for a in p.actors)
            and p.generic
            and source_country
            and trigger.type != "AID"  # "виділить 120 млн на житло для переселенців": not the giver's own
            # "з президенткою МКЧХ Мір'яною Сполярич": an international body's head is no one's own
            and not any(a.code in _BODIES_OF_NO_COUNTRY for a in p.actors)
        ):
            if trigger.type == "ASSAULT" or (
                trigger.type == "ACCUSE" and p.generic == "CVL" and _generic_depends(doc, p)
            ):
                # "постраждали 30 людей": those struck are not the attacker's own; "назвав евакуацію
                # депортацією цивільного населення": the civilians suffer the act, no one charges them
                return []
            if trigger.type in ("SANCTION", "THREATEN"):
                # "обмеження проти представників влади": someone else's officials, the country the
                # story is about
                return [p.implied] if p.implied is not None and p.implied.country != source_country else []
            if trigger.mode == "expel" or any(lemmas(t) & _FOREIGN_QUALIFIERS for t in doc[p.start : p.end]):
                # "вислала дипломата": whoever is expelled is a foreigner; "звинуватив європейських
                # виробників": someone else's, of no one country
                return []
            return [Actor(None, source_country, source_country + p.generic, None)]
        if (
            not p.actors
            and p.implied is not None
            and p.implied.country
            and not (trigger.type == "AID" and p.implied.country == source_country)  # no aid to oneself
        ):
            return [p.implied]  # "закликав владу країни": the authorities of the country the sentence is in
        people = [a for a in p.actors if a.entity and _is_person(linking, a)]
        if state and source_country and people and not any(a.country for a in p.actors):
            # "ВАКС засудив Гнатюка", "Гнатюка затримали": a state acts on its own people (a detained
            # tanker or company is no one's by that alone)
            return [Actor(a.entity, source_country, source_country, a.text) for a in people][:1]
        if trigger.type in _POLICY_TYPES | {"CONSULT"} and _own_country_named(linking, p, source_country):
            return []  # "Фідан підтвердив готовність Анкари": his own country is not the other side
        return [
            a
            for a in p.actors
            if _key(a) not in source_keys
            and (a.country or _group(a) or a.code in _BODIES_OF_NO_COUNTRY)  # "підтримку місії МАГАТЕ"
            # an outlet is whom a fine, a ban or a sanction falls on, never the other side of talk
            and not ((a.code or "").endswith("MED") and trigger.type not in ("COERCE", "SANCTION"))
        ]

    state = _state_act(trigger)

    if len(source) > 1 and "обмін" in (trigger.lemma[:5], trigger.object):
        return source[1:] + source[:1]  # "Україна та Росія провели обмін полоненими": both release
    if trigger.mode == "visit":
        host = _visited(sent, trig, phrases, clauses, source_country)
        if host:
            return host
        # "побував на кордоні з Білоруссю": a visit's other side is its host, the place visited
        phrases = [p for p in phrases if p.prep is None]

    in_clause = [p for p in phrases if clauses[p.start - sent.start] == clause]
    if trigger.type == "MOBILIZE":
        # "провів навчання довкола Тайваню", "стягує війська до кордону з Литвою": whom a show of
        # force is aimed at is the country it is held around or by
        around = [
            a
            for p in in_clause
            if p.start > trig.i and p.prep in _AROUND
            for a in p.actors
            if a.country and a.country != source_country and (a.code == a.country or _seat_of_power(a))
        ]
        if around:
            return _country_level(around)
    joined = _joined_verb_after(doc, sent, trig, clauses)
    if joined is not None and _object_after(doc, trig, joined):
        # "назвала удар «тероризмом» і звинуватила Лондон": the first verb has its own object, and
        # what follows the next verb is that verb's ("контратакували і відкинули ворога" share one)
        in_clause = [p for p in in_clause if p.start < joined.i]
        phrases = [p for p in phrases if p.start < joined.i]
    if trigger.type in ("ACCUSE", "REJECT") and (doer := _doer_of_named_act(doc, sent, trig)) is not None:
        # "засудили російські удари по енергетиці України": whose strikes, not where they fell
        return [doer]
    demanded_of = next(
        (p for p in in_clause if trigger.type == "REQUEST" and p.prep == "від" and 0 < p.start - trig.i <= 3),
        None,
    )
    if demanded_of is not None and (asked := [a for a in demanded_of.actors if a.country]):
        return asked  # "вимагають від Москви вивести війська": the one asked
    if trigger.type == "REQUEST" and (demanded := _subject_after_shchob(doc, sent, trig, phrases, clauses)):
        return demanded  # "зажадав, щоб Молдова спершу погасила борг": the one who is to do it
    if trigger.type == "REQUEST" and _addressee_follows(doc, trig, sent):
        # "закликав партнерів по ЄС скоординувати дії проти Кремля": the one asked is the target,
        # not the one the requested action is against
        first = next((p for p in in_clause if p.start == trig.i + 1), None)
        return usable(first) if first is not None else []
    if len(_countries(source) - {None}) > 1 and trigger.type in _RECIPROCAL and trigger.object in _DEALS:
        # "Нафтогаз та польський Orlen підписали угоду про постачання газу зі США": the two sides
        # of a deal are each other's, whatever its topic names
        return source[1:]
    if (
        len(_countries(source) - {None}) > 1
        and trigger.type in ("CONSULT", "AGREE", "COOPERATE")
        and trigger.mode not in ("visit", "third-party")
    ):
        # "Німеччина, Франція та Польща провели в Берліні засідання щодо України", "Сеул і Токіо
        # домовилися обмінюватися даними про пуски КНДР": the sides deal with each other unless a
        # partner is named with "з"
        partner = [
            found
            for p in in_clause
            if p.start > trig.i
            and p.prep in ("з", "із", "зі")
            and not _second_infinitive_before(doc, trig, p.start)
            and (found := usable(p))
        ]
        return partner[0] if partner else source[1:]
    against = next((p for p in in_clause if p.start > trig.i and p.prep == "проти"), None)
    if trigger.type in _THREAT_OF and against is not None and (found := usable(against)):
        # "запропонує партнерам по ЄС нові санкції проти Ірану": whom they are against, not whom
        # they are offered to
        return found + _coordinated_after(doc, against, phrases, usable)
    if (
        (trigger.type in _THREAT_OF or trigger.type == "THREATEN")
        and against is None
        and (owner := _country_against(doc, sent, trig, clauses, trigger.object))
    ):
        return owner  # "санкції проти іранських структур": the country the adjective names
    for p in in_clause:
        if p.start > trig.i and (found := usable(p)):
            return found + _coordinated_after(doc, p, phrases, usable)
    opener = _first_word(doc, sent, clauses, clause)
    if opener is not None and opener.lower_ in _OBJECT_RELATIVES and opener.i > sent.start:
        # "Росія, яку підтримала Білорусь": the relative word is the object; it stands for the name
        # before the comma
        antecedent_phrase = next((p for p in reversed(phrases) if p.end <= opener.i - 1), None)
        if (
            antecedent_phrase is not None
            and antecedent_phrase.end >= opener.i - 1
            and antecedent_phrase.prep is None  # "посольства Угорщини у Варшаві, якого": not the place
        ):
            found = [a for a in antecedent_phrase.actors if _key(a) not in source_keys and a.country]
            if found:
                return found
    inverted = source_phrase is not None and source_phrase.start > trig.i
    for p in reversed(in_clause):
        # "Сибігу прийняв президент Мілей": with the subject after the verb, the phrase before it
        # is the object
        fronted = (
            p.prep is not None
            or ((state or inverted) and not p.nominative)
            # "Кишинів підтримала Румунія": a fronted name the verb does not agree with is its object
            or (inverted and not _agrees_in_number(doc, p, trig, linking))
            or (
                state and _impersonal_verb(trig) and not _agrees_in_number(doc, p, trig, linking)
            )  # "Імамоглу затримали"
            or _thing_of_actor(doc, p, linking)
        )
        if (
            p.end <= trig.i
            and fronted
            # "міністр торгівлі США Говард Лутнік звинуватив": the title's country is the subject's own
            and not (source_phrase is not None and p.end == source_phrase.start and p.prep is None)
            and not (
                p.prep is None
                and _verb_between(
                    doc, _clause_start(sent, doc[p.start], clauses), trig.i, skip=(p.start, p.end)
                )
            )
            and (found := usable(p))
        ):
            return found  # "проти Росії ЄС запровадив", "рішення Токіо засудили"
    if source_phrase is not None and source_phrase.prep == "між":
        parties = _coordinated(doc, source_phrase, phrases)  # "між Україною та Росією"
        return [a for a in parties if _key(a) not in source_keys]
    if (
        len(source) > 1
        and trigger.type in _RECIPROCAL
        and not (
            source_phrase is not None and source_phrase.start > trig.i and trigger.lemma in _BACKING_VERBS
        )
    ):
        return source[1:]  # "Україна та Франція підписали угоду": the parties act on each other
    if trigger.type in _NEEDS_TARGET:
        source_countries = {a.country for a in source}
        # "розслідує підпал як диверсію, яку замовили російські спецслужби": the relative clause on
        # the act names whom it is blamed on
        culprit_clause = (
            clause + 1
            if _relative_clause_follows(sent, clauses, clause)
            # "пообіцяв, що Росія відчуватиме наслідки": the threatened side is named in what is said
            or (trigger.type == "THREATEN" and _says_what(doc, trig, sent))
            else clause
        )
        others = [
            a
            for p in phrases
            if clauses[p.start - sent.start] <= culprit_clause
            and not (p.prep == "на" and _attack_noun_before(doc, p.start - 1))  # "тиск на Данію": the victim
            and not _where_attack_fell(doc, p)
            and not (trigger.mode == "disapprove" and _suffers_act_named(doc, p))
            for a in p.actors
            if _key(a) not in source_keys
            and a.country
            and a.country not in source_countries
            and not (a.code or "").endswith("MED")  # the outlet that reports it is no target
        ]
        unique = list({_key(a): a for a in others}.values())
        return unique
    if trigger.type in ("ASSAULT", "AID") or trigger.lemma == "відкрити":
        # the country it struck, where the aid goes ("профінансують розмінування в Україні"), where
        # an office opens ("відкрити в Києві представництво")
        return _visited(sent, trig, phrases, clauses, source_country)
    return []


# duties and bans fall "на" goods: "мита на американські товари"
_LEVIES = frozenset({"мито", "тариф", "заборона", "ембарго"})


def _country_against(doc: Doc, sent: Span, trig: Token, clauses: list[int], obj: str = "") -> list[Actor]:
    """ "проти іранських структур", "проти російських банків", "мита на американські товари": a
    country adjective after "проти" (after "на" for duties and bans)."""
    clause = clauses[trig.i - sent.start]

    def levied(t: Token) -> bool:
        # "пригрозив запровадити мита на всі данські товари": the duty named before the "на"
        return obj in _LEVIES or (t.i > trig.i + 1 and bool(lemmas(doc[t.i - 1]) & _LEVIES))

    at = next(
        (
            t.i
            for t in doc[trig.i + 1 : sent.end]
            if (t.lower_ == "проти" or (t.lower_ == "на" and levied(t)))
            and clauses[t.i - sent.start] == clause
        ),
        None,
    )
    if at is None:
        return []
    for t in doc[at + 1 : min(sent.end, at + 4)]:
        if (country := country_of_adjective(t)) is not None:
            return [Actor(None, country, country, t.text)]
        if _pos(t) not in ("ADJF", "NPRO") and not t.like_num:  # "на всі данські товари"
            break
    return []


def _verb_between(doc: Doc, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> bool:
    """ "назвала висилку дипломатів провокацією і пообіцяла": a phrase after an earlier verb is its."""
    return any(
        any(p.pos == "VERB" and not p.has("infn") and not p.has("impr") for p in parses(t.text)[:1])
        for t in doc[start:end]
        if not skip[0] <= t.i < skip[1]
    )


def _relative_clause_follows(sent: Span, clauses: list[int], clause: int) -> bool:
    """Whether the clause after ``clause`` opens with "який" in any form ("..., яку замовили ...")."""
    first = next((t for t, c in zip(sent, clauses, strict=False) if c == clause + 1), None)
    if first is not None and first.text == ",":
        first = first.doc[first.i + 1] if first.i + 1 < sent.end else None
    return first is not None and (
        first.lower_ in _RELATIVE_FORMS or any(p.lemma == "який" for p in parses(first.text)[:2])
    )


# what belongs to a state, entered or violated: "у повітряний простір Румунії", "у води Філіппін"
_SOVEREIGN_SPACES = frozenset({"простір", "територія", "вода", "води", "кордон", "акваторія"})


def _sovereign_space(doc: Doc, p: Phrase) -> bool:
    return p.prep in ("у", "в", "на") and any(
        q.lemma in _SOVEREIGN_SPACES
        for t in doc[p.start : min(p.end, p.start + 3)]
        for q in parses(t.text)[:2]
    )


def _addressee_follows(doc: Doc, trig: Token, sent: Span) -> bool:
    """ "закликав партнерів ...", "попросив уряд ...": an accusative noun right after the verb."""
    if trig.i + 1 >= sent.end or not _directive_verb(trig):
        return False
    for nxt in doc[trig.i + 1 : min(sent.end, trig.i + 4)]:
        if nxt.lower_ in _PREPOSITIONS or any(p.pos == "PREP" for p in parses(nxt.text)):
            return False  # "попросив про системи": the preposition's noun is no addressee
        found = [p for p in parses(nxt.text) if p.pos == "NOUN"]
        if found:
            return any(p.has("accs") for p in found)
        if not any(p.pos in ("ADJF", "NPRO") for p in parses(nxt.text)[:1]):
            return False  # "закликав інші держави": only words that agree with the noun may come first
    return False


def _directive_verb(tok: Token) -> bool:
    return any(speech_verbs().get(p.lemma) == "directive" for p in parses(tok.text)[:2])


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


def _head_may_be(doc: Doc, phrase: Phrase, case: str) -> bool:
    """Can the phrase's first noun be in this case? (Indeclinable names can be anything.)"""
    for tok in doc[phrase.start : phrase.end]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if found:
            return any(p.has(case) or p.has("Fixd") for p in found)
    return True


def _case_of_head(doc: Doc, phrase: Phrase) -> str | None:
    """The one case the phrase's first noun can be in ("gent" for "з околиць"), or None."""
    for tok in doc[phrase.start : phrase.end]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN"]
        if found:
            cases = {c for p in found for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if p.has(c)}
            return cases.pop() if len(cases) == 1 else None
    return None


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
        hosts = [
            Actor(
                None if a.code is None and a.entity is None else a.entity,
                a.country,
                a.code if a.code and a.code == a.country else a.country,
                a.text,
            )
            for q in _with_joined(sent.doc, p, phrases)
            for a in [next((a for a in q.actors if a.country and a.country != source_country), None)]
            if a is not None
        ]
        if hosts:
            return hosts  # "поїздки до Києва та Москви": both hosts
    return _capital_by_adjective(sent, trig, clauses, source_country)


def _capital_by_adjective(
    sent: Span, trig: Token, clauses: list[int], source_country: str | None
) -> list[Actor]:
    """ "прибув до французької столиці": the capital named by its country's adjective."""
    doc = sent.doc
    for t in doc[trig.i + 1 : min(sent.end - 2, trig.i + 6)]:
        if t.lower_ not in ("до", "у", "в") or clauses[t.i - sent.start] != clauses[trig.i - sent.start]:
            continue
        country = country_of_adjective(doc[t.i + 1])
        if country and country != source_country and "столиця" in word_lemmas(doc[t.i + 2].text):
            return [Actor(None, country, country, None)]
    return []


def _with_joined(doc: Doc, phrase: Phrase, phrases: list[Phrase]) -> list[Phrase]:
    """The phrase and those joined to it by "і/й/та" with no preposition of their own."""
    joined = [phrase]
    idx = phrases.index(phrase)
    while idx + 1 < len(phrases):
        nxt = phrases[idx + 1]
        between = doc[phrases[idx].end : nxt.start]
        if nxt.prep not in (None, phrase.prep) or not (
            len(between) == 1 and between[0].lower_ in _COORDINATORS
        ):
            break  # "до Києва та Москви": a name joined shares the preposition (its own would stand between)
        joined.append(nxt)
        idx += 1
    return joined


_SAY_VERBS = frozenset({"вирішувати", "вирішити", "диктувати", "визначати", "нав'язувати", "вказувати"})
# "не дозволить прийняти Україну до ЄС": a decision not allowed is blocked, a refusal
_DECISION_VERBS = frozenset(
    {
        "прийняти",
        "приймати",
        "ухвалити",
        "ухвалювати",
        "затвердити",
        "затверджувати",
        "відкрити",
        "відкривати",
    }
)


_RELEASING = frozenset({"звільнити", "відпустити", "звільняти", "відпускати"})


def _release_asked(doc: Doc, sent: Span, tok: Token) -> bool:
    """Is the act asked for a release ("зажадав негайно звільнити поліцейського") or consular access
    to the detained ("вимагає надати консульський доступ", "вимагав консульського доступу")?"""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
        if "консульський" in lemmas(t):
            return True
        if _infinitive(t):
            return bool(lemmas(t) & _RELEASING) or (
                t.i + 1 < sent.end and "консульський" in lemmas(doc[t.i + 1])
            )
        if lemmas(t) & {"звільнення", "повернення"}:
            return True  # "добиватиметься звільнення всіх українців"
    return False


def _latest_detainer(found: list[_Found], asking: frozenset[str | None]) -> list[Actor]:
    """The side that made the latest arrest told so far, if it is not the one asking."""
    for f in reversed(found):
        if f.event.type == "COERCE" and f.event.mode == "arrest":
            acting = _countries(f.event.source) - {None}
            return _country_level(f.event.source) if acting and not acting & asking else []
    return []


_ON_PURPOSE = frozenset({"свідомо", "навмисно", "цілеспрямовано", "умисно", "спеціально"})


def _rhetorical_accuser(
    doc: Doc,
    sent: Span,
    tok: Token,
    clauses: list[int],
    source: list[Actor],
    speaker: list[Actor],
    trying: bool = False,
) -> list[Actor]:
    """The speaker's side, when an attack is told in their words as a habit (a present verb) or as
    done on purpose ("свідомо", "цілеспрямовано") by another country; with ``trying``, an infinitive
    after a present verb of trying ("намагається залякати") instead of the habit."""
    acting, speaking = _countries(source) - {None}, _countries(speaker) - {None}
    if not acting or not speaking or acting & speaking:
        return []
    present = (not trying and any(p.pos == "VERB" and p.has("pres") for p in parses(tok.text)[:1])) or (
        trying
        and _infinitive(tok)
        and tok.i > sent.start
        and any(p.lemma in _TRYING and p.has("pres") for p in parses(doc[tok.i - 1].text)[:1])
    )
    clause = clauses[tok.i - sent.start]
    on_purpose = any(
        t.lower_ in _ON_PURPOSE
        for t in doc[max(sent.start, tok.i - 3) : tok.i]
        if clauses[t.i - sent.start] == clause
    )
    return _country_level(speaker) if present or on_purpose or _claimed(doc, sent, tok) else []


def _claimed(doc: Doc, sent: Span, tok: Token) -> bool:
    """Is the act told in a "що" clause after a verb of insisting or claiming ("Київ наполягає, що
    удар завдали самі окупанти"), or with "самі" for its doers?"""
    cue = next((t for t in reversed(doc[sent.start : tok.i]) if t.lower_ == "що"), None)
    comma = cue is not None and cue.i - 2 >= sent.start and doc[cue.i - 1].text == ","
    verb = doc[cue.i - 2] if cue is not None and comma else None
    return (verb is not None and bool(lemmas(verb) & _CLAIMING)) or any(
        t.lower_ in ("самі", "сама", "сам") for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)]
    )


_INSISTING = frozenset({"наполягати", "наполягти"})
# verbs that tell a contested claim: an attack told after them is laid at someone's door
_CLAIMING = frozenset({"наполягати", "наполягти"})
_TRYING = frozenset({"намагатися", "прагнути", "хотіти", "пробувати", "силкуватися"})
_INTENTIONS = frozenset({"намір", "готовність", "план", "рішення", "бажання"})


def _verb_of_intention(doc: Doc, sent: Span, tok: Token) -> Token | None:
    """The finite verb that announces the intention an infinitive completes ("про намір передати ...
    оголосили")."""
    if not _infinitive(tok) or tok.i - 1 < sent.start or not lemmas(doc[tok.i - 1]) & _INTENTIONS:
        return None
    return next((t for t in doc[tok.i + 1 : sent.end] if _finite_verb(t)), None)


_LASTING = frozenset({"тривати", "продовжитися"})
_OFFERING = frozenset({"запропонувати", "пропонувати"})


def _offer_before(doc: Doc, sent: Span, tok: Token) -> Token | None:
    """The verb of an offer earlier in the sentence that a rejection answers."""
    return next((t for t in reversed(doc[sent.start : tok.i]) if lemmas(t) & _OFFERING), None)


_UNTIL = frozenset({"доки", "поки", "допоки"})


def _side_until(doc: Doc, sent: Span, tok: Token, phrases: list[Phrase], source: list[Actor]) -> list[Actor]:
    """The named side right after "доки"/"поки" following the verb: whoever has to act first."""
    until = next((t.i for t in doc[tok.i + 1 : sent.end] if t.lower_ in _UNTIL), None)
    if until is None:
        return []
    after = next((p for p in phrases if p.start > until and p.prep is None), None)
    if after is None or after.start > until + 3 or not after.nominative:
        return []
    return [a for a in after.actors if a.country and a.country not in _countries(source)]


def _say_refused(doc: Doc, sent: Span, tok: Token) -> bool:
    """Is what is not allowed someone's say over the speaker ("вирішувати, кому допомагати") or a
    decision ("прийняти Україну до ЄС")?"""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)]:
        if _infinitive(t):
            return bool(lemmas(t) & (_SAY_VERBS | _DECISION_VERBS))
    return False


def _bodies_of_speaker(linking: Linking, actors: list[Actor], speaker: str | None) -> list[Actor]:
    """ "Сємоняк підтвердив, що розслідування вела Агенція внутрішньої безпеки": a body of no known
    country that an official speaks about is of the official's country (not a bloc's or an outlet's)."""
    said_by = linking.entity(speaker)
    country = said_by.country if said_by is not None and said_by.type == "PER" else None
    if country is None:
        return actors
    return [
        Actor(a.entity, country, country + (a.code or ""), a.text)
        if a.country is None
        and (e := linking.entity(a.entity)) is not None
        and e.type == "ORG"
        and (a.code or "") not in ("IGO", "MED", "NGO")
        else a
        for a in actors
    ]


def _unplaced_place(linking: Linking, actor: Actor) -> bool:
    ent = linking.entity(actor.entity)
    return ent is not None and ent.type == "LOC" and ent.country is None


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
            if cue and cue[0] == "planned" and _condition_follows(doc, sent, trig, clauses):
                return "conditional", mode  # "готова закрити весь кордон, якщо інциденти повторяться"
            if cue and cue[0] in ("planned", "hypothetical"):
                return cue[0], mode or cue[1] or None
    if _conditional(clause_tokens):
        return "conditional", mode
    if _future(trig) and _condition_follows(doc, sent, trig, clauses):
        return "conditional", mode  # "проведуть нові акції, якщо уряд не перегляне план"
    if _future(trig):
        return "planned", mode
    if trigger.lemma in ("планувати", "запланувати"):
        return "planned", mode  # "планує поїздки до Києва": the planning verb is itself the trigger
    return "asserted", mode


def _said_that(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """The trigger is in what someone says: its clause opens with "що" after a speech verb."""
    clause = clauses[tok.i - sent.start]
    first = _first_word(doc, sent, clauses, clause)
    if first is None or first.lower_ != "що":
        return False
    verbs = speech_verbs()
    return any(verbs.get(p.lemma) for t in doc[sent.start : first.i] for p in parses(t.text)[:1])


_WARNING_VERBS = frozenset(
    {"попередити", "попереджати", "пригрозити", "погрожувати", "застерегти", "застерігати"}
)


def _warned_that(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """The trigger's clause is what a warning says: "попередив, що ...", "пригрозила, що ..."."""
    first = _first_word(doc, sent, clauses, clauses[tok.i - sent.start])
    if first is None or first.lower_ != "що" or first.i - 2 < sent.start:
        return False
    verb = doc[first.i - 2] if doc[first.i - 1].text == "," else doc[first.i - 1]
    # "не виключив, що Варшава знову закриє переходи": not ruling an act out warns of it
    ruled_in = bool(lemmas(verb) & {"виключити", "виключати"}) and doc[verb.i - 1].lower_ == "не"
    return bool(lemmas(verb) & _WARNING_VERBS) or ruled_in


def _impersonal_condition(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the verb of the following "якщо" clause a plural with no subject ("не звільнять")?"""
    condition = next((t for t in doc[trig.i + 1 : sent.end] if t.lower_ == "якщо"), None)
    if condition is None:
        return False
    for t in doc[condition.i + 1 : sent.end]:
        readings = [p for p in parses(t.text) if p.pos == "VERB" and not p.has("infn")]
        if readings:  # "звільнять" reads first as an old infinitive
            return any(p.has("plur") and (p.has("past") or p.has("3per")) for p in readings)
    return False


def _condition_follows(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """The clause right after the trigger's opens with "якщо" (a condition put after the act)."""
    clause = clauses[trig.i - sent.start]
    following = [t for t in doc[trig.i + 1 : sent.end] if clauses[t.i - sent.start] == clause + 1]
    words = [t for t in following if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].lower_ == "якщо"


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


_QUOTES_RUNNING_ON = 4  # quotes begun before a sentence that are checked for running on into it


class _QuoteIndex:
    """The article's quotes looked up by character range, in their original order."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.order = sorted(range(len(quotes)), key=lambda k: quotes[k].start)
        self.starts = [quotes[k].start for k in self.order]

    def between(self, lo: int, hi: int) -> list[Quote]:
        """Quotes that start in ``[lo, hi)``."""
        picked = self.order[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]
        return [self.quotes[k] for k in sorted(picked)]

    def overlapping(self, lo: int, hi: int) -> list[Quote]:
        """Quotes that cross ``[lo, hi)``: those starting there and the few begun just before that run
        on into it (a long quote's later sentences); bounded so that a long text stays linear."""
        end = bisect.bisect_left(self.starts, hi)
        first = bisect.bisect_left(self.starts, lo)
        picked = list(self.order[first:end])
        for j in range(first - 1, max(-1, first - 1 - _QUOTES_RUNNING_ON), -1):
            if self.quotes[self.order[j]].end > lo:
                picked.append(self.order[j])
        return [self.quotes[k] for k in sorted(picked)]


@functools.cache
def occupiers() -> dict[str, str]:
    """Country of an occupied territory → the country the press means by "окупований" there."""
    return {r["country"]: r["occupier"] for r in resources.table("occupiers.tsv")}


def _occupiers_body(actor: Actor) -> Actor:
    occupier = occupiers().get(actor.country or "")
    if occupier is None:
        return actor
    sector = (actor.code or "")[3:] if actor.code and actor.code.startswith(actor.country or "\0") else ""
    return Actor(actor.entity, occupier, occupier + sector, actor.text)


def _occupier_struck(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], source: list[Actor]
) -> list[Actor]:
    """ "ЗСУ атакували аеродром в окупованому Криму": a side striking its own occupied land strikes
    the occupier."""
    clause = clauses[trig.i - sent.start]
    acting = _countries(source) - {None}
    for p in phrases:
        if clauses[p.start - sent.start] != clause or not any(
            "окупований" in lemmas(t) for t in doc[p.start : p.end]
        ):
            continue
        for a in p.actors:
            occupier = occupiers().get(a.country or "")
            if occupier and a.country in acting and occupier not in acting:
                return [Actor(None, occupier, occupier, None)]
    return []


_PROPOSING = frozenset({"запропонувати", "пропонувати"})


def _infinitive_after(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """An infinitive within four words after the verb in its clause (past an addressee)."""
    clause = clauses[trig.i - sent.start]
    return any(
        _infinitive(t) and clauses[t.i - sent.start] == clause
        for t in doc[trig.i + 1 : min(sent.end, trig.i + 5)]
    )


_ON_DUTY = frozenset({"патруль", "поліцейський", "поліція", "військовий", "солдат", "силовик", "гвардієць"})


def _forces_went_out(doc: Doc, sent: Span, trig: Token) -> bool:
    """Patrols, police or troops as the subject of "вийти" just before it."""
    for t in doc[max(sent.start, trig.i - 4) : trig.i]:
        if any(p.has("nomn") and (p.lemma in _ON_DUTY or p.lemma in forces()) for p in parses(t.text)[:2]):
            return True
    return False


def _offers_aid(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """ "запропонувала профінансувати реконструкцію": the infinitive right after the verb (no
    addressee between) is aid the proposer would give itself."""
    nxt = next((t for t in doc[trig.i + 1 : min(sent.end, trig.i + 3)] if not t.is_space), None)
    if nxt is None or not _infinitive(nxt) or clauses[nxt.i - sent.start] != clauses[trig.i - sent.start]:
        return False
    found = _trigger_at(doc, nxt, sent)
    return found is not None and found.type == "AID"


def _border_neighbour(doc: Doc, sent: Span, phrases: list[Phrase]) -> list[Actor]:
    """The country after "кордон(і) з/із" anywhere in the sentence."""
    for p in phrases:
        if p.prep in ("з", "із", "зі") and p.start >= 2 and "кордон" in lemmas(doc[p.start - 2]):
            return [a for a in p.actors if a.country]
    return []


def _relative_object(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], phrases: list[Phrase]
) -> list[Actor]:
    """The actors of the phrase a relative object word ("якого", "яку", "яких") opening the verb's
    clause stands for: the phrase that ends right before its comma."""
    first = _first_word(doc, sent, clauses, clauses[trig.i - sent.start])
    if first is None or first.lower_ not in _OBJECT_RELATIVES or first.i >= trig.i:
        return []
    before = [p for p in phrases if p.end <= first.i and p.end >= first.i - 1]
    return [a for a in before[-1].actors if a.country] if before else []


def _joined_target(here: list[_Found], source: list[Actor]) -> list[Actor]:
    """The target of the latest act of the same side told earlier in the sentence."""
    acting = _countries(source) - {None}
    for f in reversed(here):
        if f.event.target and acting & _countries(f.event.source):
            return list(f.event.target)
    return []


def _of_sentence(found: list[_Found], s_index: int) -> list[_Found]:
    """The events found in sentence ``s_index`` so far. Sentences are read in order, so they are the
    tail of ``found``; a scan of the whole list would make a long document quadratic."""
    k = len(found)
    while k and found[k - 1].sentence == s_index:
        k -= 1
    return found[k:]


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
    authors: dict[str | None, list[Actor]] = {}  # documents adopted in the text and who adopted them
    narrative = published
    home = _dominant_country(linking)
    regional_home = _regional_home(linking)
    _places_of_home(doc, linking, _clear_home(linking))
    clear_home = _clear_home(linking)
    by_sentence: dict[int, list[Timex]] = {}
    for t in timexes:
        by_sentence.setdefault(token_at_char(doc, t.start), []).append(t)
    sent_of = [0] * len(doc)
    # sentence 0 is the headline; a text that opens with its lead has none, so its first sentence
    # is numbered 1 and is never taken for a summary of the body
    first = 0 if _opens_with_headline(doc) else 1
    for n, s in enumerate(sentences(doc), start=first):
        sent_of[s.start : s.end] = [n] * (s.end - s.start)
    timexes_in: dict[int, list[Timex]] = {}
    for tok_index, items in by_sentence.items():
        timexes_in.setdefault(sent_of[tok_index], []).extend(items)
    quote_spans = sorted((q.start, q.end, q.speaker) for q in quotes)
    quote_index = _QuoteIndex(quotes)
    text = text_of(doc)
    previous_end = 0
    sentence_before: Span | None = None
    most_named = _most_named_countries(linking)
    for s_index, sent in enumerate(sentences(doc), start=first):
        if "\n" in text[previous_end : sent.start_char] and narrative != published:
            # a background paragraph ("У листопаді 2023 року ...") ends with its paragraph: the next
            # one is back in the story's time unless it names its own
            narrative = published
        last_word = next((t for t in reversed(sent) if not t.is_space), None)
        previous_end = last_word.idx + len(last_word.text) if last_word is not None else sent.end_char
        if _page_furniture(doc, sent):
            continue  # "Читайте також: Росія атакувала Київ": another article's headline, no event here
        clauses = _clauses(sent)
        inside = timexes_in.get(s_index, [])
        sentence_timexes = [(t, clauses[_token_at(doc, t.start).i - sent.start]) for t in inside]
        in_time = {k for t in inside for k in _tokens_of(doc, t.start, t.end)}
        phrases = _phrases(doc, sent, linking, in_time)
        _origin_of_generics(doc, phrases)
        _imply_countries(phrases, _sentence_country(sent, linking, home))
        _place_officials(doc, phrases, linking, clear_home, home)
        passage = passages.get(sent.start_char, Passage(None, None))
        # «... Путін використовує ...», — наголосив він і закликав: a verb outside a direct quote
        # takes none of the quote's names
        outside_speech = [p for p in phrases if not _in_direct_speech(doc, sent, segments, p)]
        for tok in sent:
            if lemmas(tok) & _ADOPTING and (paper := _document_after(doc, sent, tok)) is not None:
                adopters, _ = _source(doc, sent, tok, outside_speech, clauses, linking)
                if adopters:
                    authors[paper] = adopters
                    authors["документ"] = adopters  # "Документ зобов'язує Тегеран": the one just adopted
            segment = _segment_at(segments, tok.idx)
            if segment is not None and not _direct_speech(doc, sent, segment):
                segment = None  # "заявила, що російська сторона «обмежить присутність» Польщі"
            # inside a direct quote only the quote's own words name the actors; "ми" is the speaker
            local = (
                outside_speech
                if segment is None
                else [p for p in phrases if segment[0] < doc[p.start].idx < segment[1]]
            )
            trigger = (
                _trigger_at(doc, tok, sent, linking)
                or _phone_call(doc, tok, sent)
                or _taking_part(doc, tok, sent)
                or _judged_by_naming(doc, tok, sent)
                or _retaliation(doc, tok, sent)
                or _forces_moving(doc, tok, sent)
                or _answer(doc, tok, sent, linking)
                or _expected_of(doc, tok, sent)
            )
            if (
                trigger is not None
                and trigger.type != "SUPPORT"
                and lemmas(tok) & _NAMING_VERBS
                and _object_past_comma(doc, tok, sent, trigger.object)
            ):
                # "назвав санкції «важливим сигналом для всіх, хто причетний до злочинів»": the
                # predicate praises; the charge word is in a clause further on
                trigger = _praised_by_naming(doc, tok, sent) or trigger
            announced = trigger is None and (trigger := _announced_act(doc, tok, sent)) is not None
            if trigger is None or _governs_event(doc, tok, sent, clauses) or _requested(tok, sent, clauses):
                continue
            if trigger.object and _announces_act(doc, tok, sent, linking):
                continue  # "оголосив, що Таллінн передасть Києву пакет допомоги": the act is the event
            if trigger.type == "THREATEN" and trigger.lemma in _COPULAS | {"забаритися"} and not _future(tok):
                # "заводи є законними цілями": what is said of things struck, no threat; "Відповідь
                # Москви не забарилася" introduces the reply told next
                continue
            if trigger.object == "пакет":
                trigger = _package_kind(doc, sent, trigger, found)
            if (
                trigger.type == "ACCUSE"
                and (first_verb := _shared_subject_verb(doc, sent, tok, clauses)) is not None
                and lemmas(first_verb) & _SUMMONING
            ):
                continue  # "викликали повіреного ... й вручили йому ноту протесту": the one summons
            if (
                trigger.lemma in ("вийти", "виходити")
                and trigger.type == "PROTEST"
                and _forces_went_out(doc, sent, tok)
            ):
                continue  # "спільні патрулі вийшли на вулиці Белграда": patrols out on duty, no protest
            if _refused_to_suffer(doc, tok, sent):
                continue  # "Польща «не дасть себе залякати»": what the speaker will not suffer, no act
            if trigger.lemma in _INSISTING and _says_what(doc, tok, sent):
                continue  # "Київ наполягає, що удар завдали окупанти": insisting on a fact asks nothing
            if (
                trigger.lemma in _PROPOSING
                and not trigger.object
                and _infinitive_after(doc, sent, tok, clauses)
            ):
                # "Кишинів запропонував закуповувати газ", "запропонувала Китаю створити групу": a
                # proposal that someone act is a request
                if _offers_aid(doc, sent, tok, clauses):
                    continue  # "запропонувала профінансувати реконструкцію": the offered aid is the event
                trigger = replace(trigger, type="REQUEST")
            if _infinitive(tok) and any(
                t.lower_ in _QUESTION_WORDS for t in doc[max(sent.start, tok.i - 3) : tok.i]
            ):
                continue  # "не дозволить Москві вирішувати, кому і як допомагати"
            if (
                not _state_act(trigger)
                and _describes(doc, sent, tok, clauses)
                and not (trigger.type == "ACCUSE" and _subject_after_relative(doc, sent, tok, clauses))
            ):
                continue  # "компаній, які допомагають Москві": what someone habitually does, not an act
            # "Хорватія вислала дипломата, звинувативши його ...": a gerund's subject is its verb's
            subject_of = _verb_of_gerund(tok, sent) or tok
            if not lemmas(tok) & _TAKING_PLACE:
                # "мають відбутися консультації України та Туреччини": the talks, not "мають", have the sides
                subject_of = (
                    _verb_of_infinitive(doc, tok, sent)
                    or _modal_of_joined_infinitive(doc, sent, tok, clauses)
                ) or subject_of
            source, source_phrase = _source(doc, sent, subject_of, local, clauses, linking, trigger.object)
            if (
                trigger.type == "ASSAULT"
                and source_phrase is not None
                and source_phrase.prep in ("у", "в")
                and all((e := linking.entity(a.entity)) is not None and e.type == "LOC" for a in source)
            ):
                source, source_phrase = [], None  # "У Львові уламки ракети влучили": where it fell, not who
            if source and all(_unplaced_place(linking, a) for a in source):
                source, source_phrase = [], None  # "в Байройті затримали": where, of no known country
            if (
                source_phrase is not None
                and source_phrase.prep == "між"
                and trigger.type not in _RECIPROCAL | {"RETREAT"}
            ):
                # "якір пошкодив газогін між Фінляндією та Естонією": the sides of a link, not the doer
                source, source_phrase = [], None
            if trigger is _ADMITTED and any((a.code or "").endswith(("JUD", "IGO")) for a in source):
                continue  # "палата суду визнала, що претензії безпідставні": a ruling, no admission
            if announced and (not source or all((a.code or "").endswith("MED") for a in source)):
                continue  # "Reuters повідомило про арешт ...": an outlet reports; the act is someone else's
            source = _bodies_of_speaker(linking, source, _speaker_at(quote_spans, tok.idx))
            summoned: list[Actor] = []
            if trigger.lemma == "запросити" and trigger.object in _ENVOYS and not _to_a_ministry(doc, sent):
                continue  # "запросив посла на прийом": an invitation, not a summons
            if trigger.lemma in _SUMMONING and trigger.object in _ENVOYS:
                # "До МЗС Росії викликали посла Естонії": the side summoning is where the envoy is
                # called to; the envoy's country is the one protested to
                # "міністр Чехії доручив викликати до МЗС посла Росії": the one who orders it is the
                # host when the ministry is not named with its country
                ordering = _country_level(source)[:1] if _infinitive(tok) else []
                host, envoy = _summons(doc, sent, tok, local, clauses, clear_home or home, ordering)
                if host:
                    source, source_phrase, summoned = host, None, envoy
            blamed: list[Actor] = []
            if trigger.lemma in _BLAME_VERBS and (
                blamer := _speaker_actor(linking, _speaker_at(quote_spans, tok.idx))
            ):
                # «Ліван несе відповідальність за кожну ракету», — заявив Кац; "відповідальність лежить
                # на Кобахідзе": the speaker blames whoever bears it
                blamed = (
                    source
                    if trigger.lemma == "нести"
                    else next(
                        (p.actors for p in local if p.start > tok.i and p.prep == "на" and p.actors), []
                    )
                )
                source, source_phrase = blamer, None
            thing = source_phrase if trigger.lemma in _COPULAS else None
            said = _speaker_actor(linking, _speaker_at(quote_spans, tok.idx)) if thing is not None else []
            if thing is not None and said and _thing_of_actor(doc, thing, linking):
                # "заявив, що звинувачення Будапешта є вигадкою": the speaker rejects; the owner of
                # the thing judged is the target
                source, source_phrase = said, None
            # "заяви Брюсселя є «втручанням»": a charge laid on statements rejects them
            statement_judged = (
                (
                    trigger.lemma in _COPULAS
                    # "Атаки, за його словами, можуть бути злочинами": who says it, not what is judged
                    and any(
                        _STATEMENTS & lemmas(t) and t.lower_ != "словами"
                        for t in _clause_words_before(doc, sent, tok, clauses)
                    )
                )
                or (
                    # "назвала заяви посла «пропагандою»": calling statements names rejects them
                    bool(lemmas(tok) & _NAMING_VERBS)
                    and any(_STATEMENTS & lemmas(t) for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)])
                )
            )
            if not source and trigger.lemma in _COPULAS and _speaker_at(quote_spans, tok.idx):
                # "«Відповідь буде дзеркальною», — сказала Захарова": a judgement said is the speaker's
                source = _speaker_actor(linking, _speaker_at(quote_spans, tok.idx))
            if not source and segment is not None and _first_person(doc, sent, tok, clauses):
                # «Ми не дозволимо ...», — заявили організатори протесту: the speaker, or whoever
                # speaks outside the quote when the speaker has no name
                source = _speaker_actor(linking, _speaker_at(quote_spans, tok.idx)) or next(
                    (_speaking_actors(p) for p in outside_speech if p.nominative and _speaking_actors(p)),
                    [],
                )
            if not source and (paper := _document_subject(doc, sent, tok, clauses)) in authors:
                # "Генасамблея ухвалила резолюцію ... Резолюція вимагає від Росії": its authors demand
                source = authors[paper]
            if (
                not source
                and trigger.type == "ASSAULT"
                and trigger.lemma in _LASTING
                and _future(tok)
                and _said_that(doc, sent, tok, clauses)
            ):
                # "Бровді пообіцяв, що удари по російських НПЗ триватимуть": the speaker's side
                # promises more strikes (a threat once the said future is read)
                source = _country_level(_speaker_actor(linking, _speaker_at(quote_spans, tok.idx)))
            if not source and (governing := _verb_of_intention(doc, sent, tok)) is not None:
                # "Про намір передати Україні F-16 Нідерланди та Данія оголосили": the intention is
                # the announcers'
                source, _ = _source(doc, sent, governing, local, clauses, linking)
            if not source and _own_country_subject(doc, sent, tok, clauses):
                # "Лазаро заявила, що її країна засуджує ...": the speaker's country acts
                source = _country_level(_speaker_actor(linking, _speaker_at(quote_spans, tok.idx)))
            if (
                not source
                and trigger.type == "PROTEST"
                and (place := _protest_place(doc, sent, tok, local, clauses, linking) or home)
            ):
                source = [Actor(None, place, place + "CVL", None)]  # a protest with no organizer named
            if (
                trigger.lemma == "протестувати"
                and source
                and _finite_verb(tok)
                and all(
                    a.country
                    and (_seat_of_power(a) or (a.code or "").endswith("GOV"))
                    and _named_subject(doc, sent, linking, a, clauses, tok)
                    for a in source
                )
            ):
                # "Тайбей і Вашингтон протестують": states protest through diplomats, not in the street
                trigger = Trigger(trigger.lemma, trigger.object, "ACCUSE", "disapprove", "")
            if (
                not source
                and segment is not None
                and "THREATEN" in (trigger.type, trigger.negated_type)
                and (speaker := _speaker_at(quote_spans, tok.idx)) is not None
            ):
                # "«Такі дії не залишаться без відповіді», — сказав Пєсков": a threat with a thing for
                # its subject is the speaker's own
                source = _country_level(_speaker_actor(linking, speaker))
            on_person = trigger.type == "SANCTION" and _person_object(doc, sent, tok, clauses)
            if (
                not source
                and (
                    _state_act(trigger) or trigger.type == "MOBILIZE" or on_person or _envoy_summons(trigger)
                )
                and _impersonal_verb(tok)
                and segment is None
                and not _in_relative_clause(doc, sent, tok, clauses)
            ):
                # "Гнатюка затримали", "провели обшуки", "підняли винищувачі": the state where it
                # happened acts
                place = (
                    _clause_place(doc, sent, tok, local, clauses, linking)
                    or _reporter_country(linking, _speaker_at(quote_spans, tok.idx) or passage.source)
                    or regional_home  # where the article's cities are: the state that searches there
                    or home
                )
                if _envoy_summons(trigger) and place in _countries_after(local, clauses, sent, tok):
                    # "до МЗС викликали посла Росії" in a story Russia dominates: the side that acted
                    # just before summons, never the envoy's own country
                    place = _latest_other_side(found, _countries_after(local, clauses, sent, tok))
                source = [Actor(None, place, place + "GOV", None)] if place else []
            undergone: list[Actor] = []
            downed: list[Actor] = []
            if trigger.lemma in _UNDERGONE and source:
                # "Під обмеження потрапили дві компанії з Дубая": the subject is who is sanctioned
                undergone, source = source, []
            if (
                not source
                and trigger.type == "SANCTION"
                and (_impersonal_verb(tok) or undergone)
                and (earlier_sanction := _earlier_attack(found, [], s_index, kind="SANCTION")) is not None
            ):
                # "До санкційного списку внесли ще 189 суден": the side imposing the story's sanctions
                source = list(earlier_sanction.event.source)
            if not source and trigger.type == "AID" and undergone:
                # "Перший транш Україна має отримати до кінця квітня": from whoever is giving it
                source = (
                    _giver(doc, sent, tok, local, clauses)
                    or _earlier_giver(found, undergone, s_index)
                    or _programme_country(doc, sent, tok, clauses, undergone)
                )
            if (
                not source
                or source_phrase is None
                or source_phrase.start < _clause_start(sent, tok, clauses)
                or (source_phrase.generic is not None and not source_phrase.actors)  # "уряди двох країн"
                or source_phrase.prep == "між"  # "Сторони підписали меморандум ... між Білоруссю та ..."
            ) and (_the_parties(doc, sent, tok, clauses)):
                # "Сторони погодили дорожню карту", "лідери двох країн підписали угоду": the two
                # sides of the meeting (or exchange) told just before, not a subject of another clause
                # a background paragraph far below the story still speaks of the story's sides
                source = (
                    _parties_before(found, s_index) or _parties_before(found, s_index, reach=None) or source
                )
            if not source and "обмін" in (trigger.lemma, trigger.object):
                # "Попередній обмін відбувся 5 лютого": the sides of the exchanges the article tells
                source = _parties_before(found, s_index, {"RETREAT"}, reach=None)
            reporter = passage.source if segment is None else _speaker_at(quote_spans, tok.idx)
            if (
                trigger.type == "ASSAULT"
                and not source
                and any(p.has("Impe") for p in parses(tok.text))  # no grammatical subject at all
                # "за даними Повітряних сил, було випущено 47 дронів": what was launched at it is the
                # enemy's, not the reporting army's strike
                and lemmas(tok) & _STRIKING  # not "поранено", "пошкоджено": harm the victim reports
                # «Також знищено два пункти охорони», — йдеться в повідомленні ГУР: quoted as well
                and (military := _military_reporter(linking, reporter)) is not None
                # "Пожежу ліквідовано": a fire put out is no strike
                and not any(lemmas(t) & _PUT_OUT for t in doc[max(sent.start, tok.i - 3) : tok.i + 3])
            ):
                # "За даними Генштабу ЗСУ, уражено склад боєприпасів": an army reports its own strikes
                source = [Actor(None, military, military + "MIL", None)]
                shot_down = next(
                    (t for t in doc[tok.i + 1 : min(sent.end, tok.i + 6)] if lemmas(t) & weapons().keys()),
                    None,
                )
                owners = _weapon_owner(doc, shot_down, linking) if shot_down is not None else []
                if owners and military not in _countries(owners):
                    downed = owners  # "знищено 64 українські безпілотники": whose drones they were
            implied = False
            if not source and trigger.type == "ASSAULT" and segment is None:
                weapon = _weapon_in_clause(doc, sent, tok, clauses)
                if weapon is not None:
                    # "ракета влучила в житловий будинок": the attacker is the side that has been
                    # striking that country in this article (none named yet: unknown)
                    implied = True
                    target = _targets(doc, sent, tok, trigger, [], None, local, clauses, linking)
                    earlier = _earlier_attack(found, target, s_index)
                    # "із ліванської території випустили 12 ракет": the side whose ground it came from
                    owner = _weapon_owner(doc, weapon, linking) or _launched_from(
                        doc, sent, tok, clauses, linking
                    )
                    source = owner or (list(earlier.event.source) if earlier is not None else [])
                    if owner:
                        target = [a for a in target if a.country not in _countries(owner)]
                    if not target:
                        # "російські удари пошкодили в місті 300 будинків": the city named before
                        target = _place_named_before(doc, sent, tok, clauses, linking, source)
                    if not target and (told := earlier or _earlier_attack(found, [], s_index, False)):
                        target = _country_level(told.event.target)
            if (
                not source
                and trigger.type in _RECIPROCAL
                and home is not None
                and _impersonal_verb(tok)
                and segment is None
                and (partner := _partner_with(doc, sent, tok, local, clauses)) is not None
                and home not in _countries(partner)
            ):
                # "Меморандум із Сеулом підписали в понеділок": in the article's country's own news
                # an unnamed side dealing with a named partner is that country
                source = [Actor(None, home, home, None)]
            if (
                not source
                and trigger.type == "ASSAULT"
                and (launched := _launched_from(doc, sent, tok, clauses, linking))
            ):
                # "із ліванської території випустили 12 ракет", "з боку Росії обстріляли": the side
                # whose ground it came from
                source = launched
            if (
                not source
                and trigger.type == "ASSAULT"
                and _in_reply(doc, sent, tok)
                and (reply := _reply_sides(found)) is not None
            ):
                # "У відповідь винищувачі уразили склади": the side struck before strikes back
                (source, target), implied = reply, True
            named = any(a.country or a.code or _is_body(linking, a) or _group(a) for a in source)
            meeting = (
                trigger.type == "CONSULT"
                and trigger.object in _MEETINGS
                and trigger.lemma in _MEETING_VERBS
                and segment is None
                and any(
                    trigger.object in lemmas(t)
                    for t in [*_fronted_words(doc, tok, sent)[-4:], *doc[tok.i : min(sent.end, tok.i + 4)]]
                )
            )
            received = trigger.type == "AID" and any(a.country for a in undergone)
            if (
                meeting
                and not source
                and lemmas(tok) & (_TAKING_PLACE | {"запланувати"})
                and trigger.object in _TALKS
            ):
                # "Наступний раунд переговорів може відбутися в червні": the talks of the sides told before
                source = _parties_before(found, s_index)
                named = bool(source)
            if not implied and not named and not meeting and not received:
                continue  # "Україна отримала снаряди": aid to a named receiver from a giver not named
            if implied and not source and not target:
                continue  # "удар припав на пенсіонерів": no side and no country, no attack to tell
            if not implied:
                target = _targets(doc, sent, tok, trigger, source, source_phrase, local, clauses, linking)
                if trigger.type in _HOSTILE_ACTS and _ours_follow(doc, sent, tok, clauses):
                    # «Росія знищує нашу енергетику», says Ukraine's premier: "our" is the speaker's side
                    ours = _country_level(_speaker_actor(linking, _speaker_at(quote_spans, tok.idx)))
                    if ours and not _countries(ours) & _countries(source):
                        target = ours
                if trigger.lemma in _COPULAS and _countries(target) & _countries(source) - {None}:
                    # "заявив, що звинувачення проти дипломата є вигадкою": the accused is the one
                    # denying; whom the denial answers is found from the acts told before
                    target = []
                judging = trigger.type in ("ACCUSE", "REJECT")
                named_act = _act_named_after(doc, sent, tok, clauses) if judging else None
                if (
                    named_act in ("REJECT", "ASSAULT", "COERCE", "SANCTION")
                    and lemmas(tok) & _NAMING_VERBS
                    and (done := _earlier_attack(found, [], s_index, kind=named_act)) is not None
                    and _countries(done.event.source) - _countries(source) - {None}
                ):
                    # "Київ назвав вето «подарунком Кремлю»", "назвав атаку «найсмертоноснішою для
                    # Дніпра»": the one who did it, not who is named in what it is called
                    target = _country_level(
                        [a for a in done.event.source if a.country not in _countries(source)]
                    )
                if (
                    named_act in _RECIPROCAL
                    and lemmas(tok) & _NAMING_VERBS
                    and tok.i + 1 < sent.end
                    and _DEAL_NOUNS.get(_lemma_of(doc[tok.i + 1])) == named_act  # the meeting itself
                ):
                    # "Кім назвав саміт у Пусані «змовою маріонеток Вашингтона»": the meeting's
                    # sides told before, not whoever the name given mentions
                    kinds = {named_act} if named_act == "CONSULT" else _RECIPROCAL
                    sides = _parties_before(found, s_index, kinds, reach=None)
                    target = [a for a in sides if a.country not in _countries(source)] or target
                if not target and named_act is not None:
                    # "засудив удари по цивільних", "назвав масові затримання неприйнятними": the
                    # accused is the side that struck or detained
                    if named_act in _RECIPROCAL:
                        # the visit or deal judged is the one told before: its sides are the target
                        kinds = {named_act} if named_act == "CONSULT" else _RECIPROCAL
                        sides = _parties_before(found, s_index, kinds, reach=None)
                        target = [a for a in sides if a.country not in _countries(source)]
                    struck = (
                        None
                        if named_act in _RECIPROCAL
                        else _earlier_attack(found, [], s_index, kind=named_act)
                    )
                    if struck is not None:
                        target = [a for a in struck.event.source if a.country not in _countries(source)]
                if not target and trigger.type == "ASSAULT":
                    target = _occupier_struck(doc, sent, tok, phrases, clauses, source)
                if not target and trigger.type == "ASSAULT":
                    target = _place_named_before(doc, sent, tok, clauses, linking, source)
                if not target and trigger.type == "ASSAULT":
                    # "Генштаб підтвердив ураження НПЗ", "удар по місту Росія завдала 11 жовтня": the
                    # side struck is the one this attacker has struck in the story
                    earlier = _earlier_attack_by(found, source, s_index)
                    if earlier is None and segment is None:
                        earlier = _earlier_attack(found, [], s_index, named=False)
                    if earlier is not None and _countries(earlier.event.source) <= _countries(source) | {
                        None
                    }:
                        target = _country_level(
                            [a for a in earlier.event.target if a.country not in _countries(source)]
                        )
            if (
                trigger.type == "ASSAULT"
                and all(a.entity is None for a in source)
                and _in_reply(doc, sent, tok)
                and (reply := _reply_sides(found)) is not None
            ):
                # "У відповідь винищувачі уразили склади": the side struck before strikes back
                source, target = reply
            if len(_countries(source) - {None}) >= 2 and (
                _each_other(doc, sent, tok) or (trigger.type == "ASSAULT" and lemmas(tok) & _EXCHANGING)
            ):
                # "Єреван і Баку звинуватили одне одного", "армії обмінялися ударами": each side is
                # the other's target
                target = source[1:] + source[:1]
            if not target and source and trigger.mode == "third-party":
                # "Посередником в обміні виступили ОАЕ": between the sides of the story's exchange or talks
                sides = _parties_before(found, s_index, reach=None)
                target = [a for a in sides if a.country not in _countries(source)]
            if (
                (not target or lemmas(tok) & _NAMING_VERBS or _countries(target) <= _countries(source))
                and source
                and _pair_named_after(doc, sent, tok, clauses)
                and (pair := _pair_acting_before(found, s_index, _countries(source)))
            ):
                # "вживе «дзеркальних заходів» проти обох країн", "назвав дії двох урядів шантажем":
                # the pair that acted together last in the story
                target = pair
            if (
                not target
                and source
                and trigger.type in ("ASSAULT", "COERCE", "THREATEN")
                and _against_someone(doc, sent, tok, clauses)
            ):
                # "застосували водомети проти судна BRP Teresa Magbanua": against an unnamed party of
                # a two-sided story is against its other side
                sides = _parties_before(found, s_index, _ALL_TYPES)
                others = [a for a in sides if a.country not in _countries(source)]
                target = others if len(others) == 1 and len(sides) == 2 else []
            if (
                not target
                and trigger.type == "THREATEN"
                and _impersonal_condition(doc, sent, tok, clauses)
                and (country := _first_country(source, None)) is not None
                # a state's own spokeswoman threatens another state, not her own authorities
                and not any((a.code or "").endswith(("GOV", "MIL")) for a in source)
            ):
                # "пригрозила страйком, якщо затриманих не звільнять": the authorities must act
                target = [Actor(None, country, country + "GOV", None)]
            object_pronoun = _object_pronoun(doc, sent, tok, clauses) if source else None
            if object_pronoun is not None and (
                joined := _joined_target(_of_sentence(found, s_index), source)
            ):
                # "провів розмови з міністрами обох країн і закликав їх": whom the joined verb met
                target = joined
            elif not target and object_pronoun is not None:
                # "суд відправив його під варту": the person the pronoun stands for
                gender = {"його": "masc", "її": "femn", "їх": "plur"}[object_pronoun.lower_]
                ent = linking.entity(antecedent(doc, object_pronoun.i, linking, gender))
                if ent is not None and ent.type == "PER":
                    country = ent.country or (_first_country(source, None) if _state_act(trigger) else None)
                    target = [Actor(ent.id, country, country, ent.name)] if country else []
            if not target and source and trigger.type in _ON_WHOSE_THINGS:
                # "заборону на ввезення української продукції", "шефство над відбудовою Житомирської
                # області": the country whose goods or places the act is on
                target = _country_of_things(doc, sent, tok, clauses, linking, source)
            if not target and source and (trigger.type == "THREATEN" or trigger.negated_type == "THREATEN"):
                # "«Такі дії не залишаться без відповіді»": a threat answers what was just done to
                # the threatening side
                target = _done_to(found, _countries(source) - {None}, s_index)
            if not target and source and trigger.type in ("COERCE", "SANCTION"):
                # "закрила пункти пропуску, що ще працювали на кордоні з Білоруссю": the neighbour
                target = [
                    a for a in _border_neighbour(doc, sent, phrases) if a.country not in _countries(source)
                ]
            if not target and source and (antecedent_of := _relative_object(doc, sent, tok, clauses, local)):
                # "аташе посольства Росії, якого служба підозрює у шпигунстві": whom "якого" stands for
                target = [a for a in antecedent_of if a.country not in _countries(source)]
            if not target and source and trigger.type == "AID":
                # "Україні пообіцяла передати Німеччина": a receiver fronted in the dative; "Стокгольм
                # спрямує 2,5 мільярда крон на ремонт підстанцій": to whom the story's aid goes
                target = _fronted_receiver(
                    doc, sent, tok, local, clauses, source, linking
                ) or _earlier_receiver(found, source, s_index)
            if not target and source and trigger.type in ("AGREE", "REJECT"):
                # "Сибіга запросив Кірно до Києва. Той запрошення прийняв": an answer goes back to
                # whoever just addressed the one answering
                target = _addressed_by(found, source, s_index)
            if trigger.type == "RETREAT" and _lemma_of(tok) in _RETURN_VERBS:
                home_side = _receiver(doc, sent, tok, clauses, linking, source)
                if home_side is not None:
                    # "Україна повернула з полону 175 військових", "в Україну повернули ще 14 дітей":
                    # told from the side that gets its people back; the side that releases acts
                    captor = _captor(doc, sent, linking, found, s_index, home_side, target)
                    if captor:
                        source, target = captor, [Actor(None, home_side, home_side, None)]
            if undergone and not target:
                target = undergone
            if trigger.lemma in _REPELLING and source:
                # "Сили оборони відбили 41 атаку російських військ": the attack was the other side's
                attackers = target or _adversary(found, _first_country(source, ""))
                source, target = attackers, source
            if trigger.type == "ASSAULT" and source and not target and _countries(source) - {None}:
                # "українські підрозділи знищили шість танків": the side this one fights in the story
                target = _adversary(found, _first_country(source))
            if not target and trigger.type in _NEEDS_TARGET and _host_of_mission(linking, sent, source):
                # "У посольстві Росії в Аргентині угоду назвали «недружнім кроком»": an embassy's
                # words with no one named answer the country it sits in
                target = _host_of_mission(linking, sent, source)
            if trigger.type == "ASSAULT" and not target and (own := _countries(source) - {None}):
                # "Удару по лікарні російські війська завдали в ніч на понеділок" after "лікарні в
                # Сумах": the city or region last named, when it is not the attacker's own
                struck_place = _last_place_before(linking, tok.i)
                if struck_place is not None and struck_place.country not in own:
                    target = [
                        Actor(struck_place.id, struck_place.country, struck_place.country, struck_place.name)
                    ]
            if blamed:
                target = blamed
            if summoned:
                target = summoned
            if downed:
                target = downed
            if not target and source and _parties_addressed(doc, sent, tok, clauses):
                # "Держдеп закликав обидві сторони до стриманості": the two sides of the story's
                # latest two-sided event, conflicts included
                sides = _parties_before(found, s_index, _ALL_TYPES)
                target = [a for a in sides if a.country not in _countries(source)]
            if (
                not target
                and source
                and not (trigger.type == "REQUEST" and _addressee_follows(doc, tok, sent))
            ):
                # "подякував американському президентові ... і попросив про системи Patriot": the
                # second of two joined verbs of one subject addresses the same side
                target = _shared_target(doc, found, s_index, tok, source, clauses, sent)
            if not target and trigger.type in (*_JUDGEMENTS, "ACCUSE"):
                # "Дії Софії привітали в Брюсселі": the owner of the thing judged, fronted
                target = _owner_fronted(doc, sent, tok, local, clauses, source)
            if (
                not target
                and trigger.type == "ACCUSE"
                and (victims := _victims_named(doc, sent, tok, local, clauses, trigger.mode == "disapprove"))
            ):
                # "назвали тиск на Данію неприйнятним": whoever pressed Denmark in the story
                target = _latest_hostile_against(found, victims, source)
            if (
                not target
                and (kind := _decision_in_clause(doc, sent, tok, clauses)) is not None
                and (
                    trigger.type == "SUPPORT" or (kind == "refusal" and trigger.type in ("ACCUSE", "REJECT"))
                )
                and (decided := _latest_decision(found, s_index, source, kind)) is not None
            ):
                # "У Києві рішення привітали", "Угоду привітали в Києві": the decision or deal told
                # just before, by another side (a union's, when it has no country)
                target = _country_level(decided.event.source) or list(decided.event.source)
            if (
                not target
                and trigger.type in _JUDGEMENTS
                and home is not None
                and home not in _countries(source)
                and _ownerless_outcome(doc, sent, tok, clauses, linking)
            ):
                # "Натомість у Брюсселі результат привітали": an outcome of no named owner is the
                # outcome of the country the article is most about
                target = [Actor(None, home, home, None)]
            if (
                not target
                and trigger.type == "REJECT"
                and _statement_object(doc, sent, tok, clauses)
                and (author := _last_speaker_against(quote_spans, tok.idx, source, linking))
            ):
                # "Садовий ці заяви відкинув": the claims just quoted, made by the other side
                target = author
            if not target and (_state_act(trigger) or on_person) and _person_object(doc, sent, tok, clauses):
                # "засудили колишнього міністра", "затримали посередника": a state acts on its own
                # people unless they are named as another country's
                target = _country_level(source)[:1]
            modality, mode = _modality(doc, sent, tok, trigger, clauses)
            refused = trigger.type == "REJECT" or (trigger.negated_type == "REJECT" and modality == "negated")
            if refused and (offer := _offer_before(doc, sent, tok)) is not None:
                # "Анкара запропонувала розмістити місію, однак російська сторона цю ідею відхилила"
                proposer, _ = _source(doc, sent, offer, local, clauses, linking)
                if _countries(proposer) - {None} and not _countries(proposer) & _countries(source):
                    target = _country_level(proposer)
            if (
                not target
                and (trigger.type == "REJECT" or trigger.negated_type == "REJECT")
                and modality
                in (
                    "negated",
                    "asserted",
                )
            ):
                # "не погодиться на жоден крок, доки Київ не виконає вимог": refused to the one who must act
                target = _side_until(doc, sent, tok, local, source)
            if trigger.type == trigger.negated_type and modality != "negated":
                continue  # "не має стосунку до", "не збирається повертати": acts only when denied
            etype = "REJECT" if statement_judged and trigger.type == "ACCUSE" else trigger.type
            if (
                etype == "ACCUSE"
                and _lemma_of(tok) in _NAMING_VERBS
                and _decision_named(doc, sent, tok)
                and not any(lemmas(t) & _ORDERED_BY for t in doc[tok.i + 1 : min(sent.end, tok.i + 8)])
            ):
                # "назвав резолюцію «політизованою»", "назвав звинувачення «образливими»": what
                # is called names is a decision or a claim, and calling it so rejects it
                etype, mode = "REJECT", None
            if etype in ("REJECT", "ACCUSE") and _lemma_of(tok) in _NAMING_VERBS:
                # "назвав припущення про причетність Росії «абсурдними»", "назвав рішення «спробою
                # втягнути Грузію у війну»": the judge's own country is what the words are about, not
                # whom the judgement answers
                target = [
                    a
                    for a in target
                    if a.country not in _countries(source)
                    or (_is_person(linking, a) and _key(a) not in set(map(_key, source)))
                ]
                if not target and (
                    (etype == "REJECT" and _statement_object(doc, sent, tok, clauses))
                    or _them_named(doc, sent, tok)
                ):
                    # "Синєгубов назвав ці твердження «брехнею»", "Захарова назвала їх «черговою
                    # брехнею»": the claims just quoted, by the other side
                    target = _last_speaker_against(quote_spans, tok.idx, source, linking)
            if (
                etype == "ACCUSE"
                and trigger.lemma in ("засудити", "засуджувати")
                and any((a.code or "").endswith("JUD") for a in source)
            ):
                # "Литовський суд засудив трьох диверсантів": a court's condemnation is a sentence
                etype, mode = "SANCTION", "convict"
                if not target:
                    target = _country_level(source)[:1]
            if (
                etype == "ASSAULT"
                and not _countries(target) - {None}
                and _into_the_sea(doc, sent, tok, clauses)
            ):
                # "КНДР запустила балістичну ракету в бік Японського моря": a launch at no one is a
                # show of force, not an attack
                etype, mode, target = "MOBILIZE", "weapons", []
            if (
                etype == "MOBILIZE"
                and len(_countries(source) - {None}) >= 2
                # "Нідерланди й Німеччина відправлять до Польщі винищувачі": forces sent to a third
                # country are a deployment
                and not _countries(target) - _countries(source) - {None}
            ):
                # "Філіппіни та Японія провели спільні навчання": joint exercises are cooperation
                etype, mode = "COOPERATE", None
                target = target or source[1:] + source[:1]
            elif (
                etype == "MOBILIZE"
                and _joint_act(doc, sent, tok)
                and (partner := _joint_partner(doc, sent, tok, local, clauses, source)) is not None
            ):
                # "Каїр провів спільні військові навчання із Суданом", "кораблі ВМФ Росії та ВМС
                # Ірану розпочали спільні навчання": the partner named beside a joint exercise
                etype, mode, target = "COOPERATE", None, partner
            if modality == "negated" and trigger.lemma in ("дозволити", "допустити") and _future(tok):
                # «Ми не дозволимо тероризувати вулиці»: refusing to allow what others may do is a
                # warning; "не дозволить Москві вирішувати за нас": refusing another's say is a refusal
                etype = "REJECT" if _say_refused(doc, sent, tok) else "THREATEN"
                if (
                    target
                    and _countries(target) <= _countries(source)
                    and tok.i + 1 < sent.end
                    and _infinitive(doc[tok.i + 1])  # "не дозволимо Фіцо вивести ...": a warning to him
                    # «не дозволимо тероризувати вулиці»: a hostile act forbidden is a warning
                    and not any(
                        t.type in _HOSTILE_ACTS and not t.object
                        for t in triggers().get(_lemma_of(doc[tok.i + 1]), [])
                    )
                ):
                    # "не дозволить витрачати гроші угорців на зброю": its own people's, a refusal
                    etype, target = "REJECT", []
                modality = "asserted"
            elif modality == "negated" and _in_condition(doc, sent, tok, clauses):
                continue  # "якщо Тбілісі не скасує закон", "доки ЄК не надасть гарантій": a condition
            elif modality == "negated" and trigger.negated_type:
                # "не погодився" is a refusal that happened, not an agreement that did not; the
                # mode was the act's, not the refusal's ("не скорочуватиме підтримку")
                etype, modality, mode = trigger.negated_type, "asserted", None
                if trigger.type == "ACCUSE" and _countries(target) <= _countries(source):
                    target = []  # «Російська сторона не несе відповідальності»: a denial, answered later
                if etype == "REJECT" and trigger.object in ("провина", "вина") and not target:
                    # "Журналіст провини не визнав": a plea of not guilty answers his own state's charge
                    target = _country_level(source)
            elif modality == "negated" and etype in _POLICY_TYPES and not _past(tok):
                # «Ми не передаємо зброю», "не підтримає жодного кроку": a stated policy of refusal
                etype, modality = "REJECT", "asserted"
            elif (
                modality == "negated"
                and etype in _DENIABLE
                and not _future(tok)
                and (speaker_side := _speaker_actor(linking, _speaker_at(quote_spans, tok.idx)))
                and _countries(speaker_side) & _countries(source) - {None}
            ):
                # «Армія оборони Ізраїлю не атакувала сил ООН», says its spokesman: denying one's own
                # side's act rejects the charge
                etype, modality, mode, target = "REJECT", "asserted", None, []
            elif modality == "negated" and (
                segment is not None
                or (_future(tok) and _speaker_at(quote_spans, tok.idx) is not None and etype != "REJECT")
            ):
                # «Естонія нікому не погрожує»; "пообіцяв, що Київ не припинить переговорів": a
                # denial or a pledge not to act is no event ("не відмовиться від огляду суден" still
                # refuses what others ask)
                continue
            if (
                etype in _THREAT_OF
                and modality == "planned"
                and _future(tok)
                and _speaker_at(quote_spans, tok.idx) is not None
                and trigger.lemma not in _PROPOSING  # "запропонує партнерам санкції": a plan put to allies
            ):
                # "заявила, що російська сторона обмежить присутність Польщі": said, not done
                etype, mode = "THREATEN", _THREAT_OF[etype] if mode is None else _threat_mode(mode)
            if (
                etype in _THREAT_OF
                and modality in ("planned", "hypothetical")
                and _warned_that(doc, sent, tok, clauses)
            ):
                # "попередила, що Брюссель може розширити санкції": an act one warns of is a threat
                etype, mode, modality = (
                    "THREATEN",
                    _THREAT_OF[etype] if mode is None else _threat_mode(mode),
                    "asserted",
                )
            if (
                (etype in _THREAT_OF or etype == "PROTEST")
                and modality == "conditional"
                and (_future(tok) or _infinitive(tok))  # "готова закрити кордон, якщо ..."
                and (_said_that(doc, sent, tok, clauses) or _warned_that(doc, sent, tok, clauses))
            ):
                # "заявили, що проведуть нові акції, якщо уряд не перегляне план": an act someone
                # says they will do on a condition is a threat
                etype, mode = "THREATEN", _THREAT_OF.get(etype) if mode is None else _threat_mode(mode)
            if (
                etype == "REJECT"
                and trigger.lemma in _NAMING_VERBS
                and trigger.object in ("незаконний", "нелегітимний")
                and _act_named_after(doc, sent, tok, clauses) in ("COERCE", "ASSAULT")
            ):
                # "затримання назвали незаконним": an act called unlawful is charged; a decision
                # ("санкції назвали нелегітимними") is rejected
                etype, mode = "ACCUSE", None
            if (
                etype == "ACCUSE"
                and (act := _act_named_after(doc, sent, tok, clauses)) is not None
                and (doer := _latest_doer(found, act, _countries(source))) is not None
                and (
                    _countries(target) - {None} <= _countries(source)
                    # "Посолка ЄС в Україні засудила удар": the side struck is not the one condemned
                    or (act == "ASSAULT" and _countries(target) - {None} <= _countries(doer.event.target))
                )
            ):
                # "засудив напад на цивільне судно": whoever made the attack told before
                target = _country_level(doer.event.source)
            if (
                etype == "SUPPORT"
                and trigger is _NAMED_WELL_TRIGGER
                and (act := _act_named_after(doc, sent, tok, clauses)) is not None
                and (doer := _latest_doer(found, act, _countries(source))) is not None
            ):
                # "назвала затримання «правильним сигналом»": praise for whoever made the arrest
                target = _country_level(doer.event.source)
            if (
                etype == "ASSAULT"
                and trigger.lemma in ("відбити", "відбивати")
                and _air_attack_after(doc, sent, tok)
            ):
                # "відбито масовану атаку БпЛА": air defence; the act is the attack of the other side
                source, target = target, source
            if (
                etype == "REQUEST"
                and not target
                and source
                and all(a.entity is None and (a.code or "").endswith("CVL") and a.country for a in source)
            ):
                # "Протестувальники ... вимагали відкликати законопроєкт": people demand of their own state
                target = _country_level(source)
            if etype == "ACCUSE" and trigger.object == "нота" and _demand_in_note(doc, sent, tok):
                etype, mode = "REQUEST", None  # "передав ноту з вимогою розблокувати пункти пропуску"
            if (
                etype == "THREATEN"
                and target
                and all(a.entity is None for a in target)
                and _countries(target) <= _countries(source)
                and _acted_against(found, _countries(source))
            ):
                # "Москва «не залишить без відповіді» вислання дипломата": the diplomat is Moscow's,
                # the threat is at whoever expelled him (found from the acts told before)
                target = []
            if etype == "MOBILIZE" and target and _countries(target) <= _countries(source):
                target = []  # "до східного кордону перекидають прикордонників": forces moved at home
            if (
                etype in ("MOBILIZE", "SANCTION", "COERCE", "THREATEN")
                and not _countries(target) - _countries(source)
                and _in_reply(doc, sent, tok)
                and (answered := _answered_side(found, _countries(source), s_index))
            ):
                # "влада Венесуели у відповідь оголосила мобілізацію": against whoever acted just before
                target = answered
            if (
                etype == "REQUEST"
                and not _countries(target) - _countries(source)
                and _release_asked(doc, sent, tok)
                and (
                    holder := _latest_detainer(found, _countries(source))
                    # "Київ добиватиметься звільнення всіх українців": from the side it is at war with
                    or _adversary(found, _first_country(source), _HOSTILE_ACTS | {"RETREAT"})
                )
            ):
                # "зажадала негайно звільнити затриманих росіян": asked of whoever holds them
                target = holder
            if (
                etype == "REQUEST"
                and not target
                and _both_sides_asked(doc, sent, tok, clauses)
                and (at_odds := _sides_at_odds(found, frozenset()))
            ):
                target = at_odds  # "закликав обидві сторони «охолонути»": the two sides at odds
            if (
                etype == "REQUEST"
                and not target
                and _restraint_asked(doc, sent, tok)
                and (at_odds := _sides_at_odds(found, _countries(source)))
            ):
                # "До стриманості закликали Пекін і Вашингтон": the sides of the fight told before
                target = at_odds
            if etype == "REQUEST" and not target and (called := _called_for(doc, sent, tok)) is not None:
                # "закликав до активної співпраці": an appeal to no one in particular is the
                # cooperation (or talks) it calls for, planned
                etype, mode, modality = called.type, called.mode or None, "planned"
            mode = _refined_mode(doc, tok, sent, etype, mode)
            if implied and mode is None:
                mode = _weapon_mode(doc, sent, tok, clauses)
            speaker = _speaker_at(quote_spans, tok.idx)
            if (
                etype in ("THREATEN", "COERCE")
                and modality == "asserted"
                and (
                    accuser := _rhetorical_accuser(
                        doc, sent, tok, clauses, source, _speaker_actor(linking, speaker), trying=True
                    )
                )
            ):
                # "Цахкна заявив, що Москва «намагається залякати Естонію»": what another country
                # keeps doing, in the words of the side it is done to, is a charge, not an act told
                etype, mode, source, target = "ACCUSE", None, accuser, _country_level(source)
            if (
                etype == "ASSAULT"
                and trigger.lemma in _LIBERATING
                and (held := _countries(target) - {None})
                and held <= _countries(source)
            ):
                # "Сили оборони звільнили село Промінь": ground taken back from whoever held it
                holders = sorted({o for h in held if h and (o := occupiers().get(h))})
                target = [Actor(None, c, c, None) for c in holders]
            if etype == "THREATEN" and target and _own_places(linking, source, target):
                # "Росія не залишить без відповіді спробу «взяти в блокаду» Калінінградську область":
                # a threat is aimed not at one's own region but at whoever acted against it
                doer = _latest_hostile_doer(found, _countries(source) - {None})
                target = _country_level(doer.event.source) if doer is not None else []
            end = _sentence_end(doc, sent)
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
                _Found(
                    event,
                    s_index,
                    frozenset(_key(a) for a in source),
                    frozenset(_key(a) for a in target),
                    at=tok.i,
                    construction=trigger.object,
                    answer=trigger is _ANSWER_TRIGGER,
                    announced=announced,
                )
            )
            if (
                etype == "ASSAULT"
                and modality == "asserted"
                and (
                    accuser := _rhetorical_accuser(
                        doc, sent, tok, clauses, source, _speaker_actor(linking, speaker)
                    )
                )
            ):
                # «Росіяни б'ють по лікарнях», «Вони цілилися в операційні»: said by the side struck,
                # of what the other side keeps doing or meant to do, it is a charge
                charge_event = copy.copy(event)
                charge_event.type, charge_event.mode, charge_event.source = "ACCUSE", None, accuser
                charge_event.target = _country_level(source)
                found.append(
                    _Found(
                        charge_event,
                        s_index,
                        frozenset(map(_key, accuser)),
                        frozenset(map(_key, source)),
                        at=tok.i,
                    )
                )
        charge = _speech_accusation(doc, sent, quote_index, linking, _of_sentence(found, s_index), found) or (
            _adversary_described(
                doc, sent, quote_index, linking, phrases, clauses, _of_sentence(found, s_index), found
            )
        )
        dismissed = _claims_dismissed(doc, sent, quote_index, linking, clauses, _of_sentence(found, s_index))
        if dismissed is not None:
            word, source, target, speaker = dismissed
            when = _date_of(word, sent, clauses, sentence_timexes, narrative)
            event = _said_event(doc, sent, word, ("REJECT", None), (source, target), when, speaker)
            # a denial answers the latest charge or act against the speaker's side (_answer_accusations)
            keys = frozenset(map(_key, source)), frozenset(map(_key, target))
            found.append(_Found(event, s_index, *keys, at=word.i, answer=True))
        if charge is not None:
            noun, source, target, speaker = charge
            # "заяви Брюсселя та Відня є «неприйнятним втручанням»": calling others' statements a
            # charge rejects them
            rejected = _statements_judged(doc, sent, clauses, noun)
            charge_kind = ("REJECT", None) if rejected else ("ACCUSE", "allege")
            when = _date_of(noun, sent, clauses, sentence_timexes, narrative)
            event = _said_event(doc, sent, noun, charge_kind, (source, target), when, speaker)
            judged = _judged_act(found, s_index, source) if not target else None
            if not target and judged is None:
                continue  # «Це не випадковість»: nothing told just before that it could judge
            if judged is None and (attack := _attack_on(found, s_index, source, target, sent)) is not None:
                judged = attack  # "назвав удар «енергетичним терором» ... Україні": the attacker is charged
            if judged is not None:
                event.target = _country_level(judged.event.source)
            found.append(
                _Found(event, s_index, frozenset(map(_key, source)), frozenset(map(_key, event.target)))
            )
        for noun, source, target in [
            *_meetings_in_passing(doc, sent, linking, found, s_index),
            *_visits_named(doc, sent, linking, found, s_index),
        ]:
            found.append(
                _Found(
                    Event(
                        id="",
                        type="CONSULT",
                        mode=None,
                        source=source,
                        target=target,
                        date=_date_of(noun, sent, clauses, sentence_timexes, narrative),
                        location=_location(doc, sent, noun, phrases, clauses, linking),
                        modality="asserted",
                        according_to=passage.source,
                        start=sent.start_char,
                        end=_sentence_end(doc, sent),
                        trigger=noun.text,
                    ),
                    s_index,
                    frozenset(map(_key, source)),
                    frozenset(map(_key, target)),
                )
            )
        for noun, source, target in _attacks_in_passing(doc, sent, linking, found, s_index):
            date = _date_of(noun, sent, clauses, sentence_timexes, narrative)
            if any(
                f.event.type == "ASSAULT"
                and f.event.date == date
                and _countries(f.event.source) == _countries(source)
                and _countries(f.event.target) == _countries(target)
                for f in found
            ):
                continue  # "внаслідок удару загинули двоє": the strike the article has told
            event = Event(
                id="",
                type="ASSAULT",
                mode=None,
                source=source,
                target=target,
                date=date,
                location=None,
                modality="asserted",
                according_to=_speaker_at(quote_spans, noun.idx) or passage.source,
                start=sent.start_char,
                end=_sentence_end(doc, sent),
                trigger=noun.text,
            )
            found.append(_Found(event, s_index, frozenset(map(_key, source)), frozenset(map(_key, target))))
        found.extend(_gapped(doc, sent, phrases, [f for f in _of_sentence(found, s_index) if f.at >= 0]))
        _conditions_of_threats(doc, sent, clauses, found, s_index)
        if not _of_sentence(found, s_index) and (
            said_act := _act_by_saying(doc, sent, quote_index, linking, sentence_before, found, most_named)
        ):
            word, kind, source, target, speaker = said_act
            when = _date_of(word, sent, clauses, sentence_timexes, narrative)
            event = _said_event(doc, sent, word, (kind, None), (source, target), when, speaker)
            found.append(_Found(event, s_index, frozenset(map(_key, source)), frozenset(map(_key, target))))
        sentence_before = sent
        narrative = _narrative_after(inside, narrative, published)
    _repeat_targets(found)
    _answer_accusations(found)
    _bans_on_others(found)
    _signed_abroad(found, linking)
    found.extend(_accords_signed(found))
    _launches_at_no_one(found, doc)
    _domestic_targets(found, doc)
    found.extend(_mediations(found, doc, linking))
    # "Він пообіцяв посилити боротьбу з провідниками": a promise or offer to no one, of no act the
    # lexicon knows, is a statement of intent, not an agreement between sides
    found = [
        f
        for f in found
        if not (
            f.event.type == "AGREE"
            and not f.event.target
            and word_lemmas(f.event.trigger) & _PROMISES
            and len(_countries(f.event.source) - {None}) < 2
        )
    ]
    # "делегація побувала в селі Ягідне": a visit with no host abroad is a trip at home, no meeting
    found = [
        f for f in found if not (f.event.type == "CONSULT" and f.event.mode == "visit" and not f.event.target)
    ]
    _agreed_to_whom(found)
    _recalled_from(found)
    return _merge(found)


_REPEATABLE = frozenset({"COERCE", "SANCTION", "MOBILIZE", "AID"})


_LAUNCHING = frozenset({"запустити", "запускати", "випустити", "випускати", "пуск", "запуск"})


def _launches_at_no_one(found: list[_Found], doc: Doc) -> None:
    """ "КНДР запустила балістичну ракету в бік Японського моря": a launch into the sea or a test
    strikes no one and is a show of force (MOBILIZE), not an attack; "з території Білорусі запустили
    20 дронів" stays an attack on no one named."""
    for f in found:
        event = f.event
        if event.type != "ASSAULT" or event.target or not word_lemmas(event.trigger) & _LAUNCHING:
            continue
        words = doc[token_at_char(doc, event.start) : token_at_char(doc, max(event.start, event.end - 1)) + 1]
        if any(lemmas(t) & _NOWHERE and not _from_the_sea(doc, t) for t in words):
            event.type, event.mode = "MOBILIZE", None


_MEDIATING_WORDS = frozenset({"посередництва", "посередництву", "посередництвом"})


def _mediations(found: list[_Found], doc: Doc, linking: Linking) -> list[_Found]:
    """ "Україна та Росія провели обмін полоненими за посередництва ОАЕ": the go-between held talks
    with both sides (a third-party CONSULT), told with the release or return it brought about."""
    added: list[_Found] = []
    for f in found:
        if f.event.type != "RETREAT" or f.event.mode not in ("release", "return"):
            continue
        words = doc[
            token_at_char(doc, f.event.start) : token_at_char(doc, max(f.event.start, f.event.end - 1)) + 1
        ]
        mediator = next(
            (
                ent.country
                for t in words
                if t.lower_ in _MEDIATING_WORDS
                for u in doc[t.i + 1 : min(words.end, t.i + 3)]
                if (m := linking.at(u.i)) is not None
                and (ent := linking.entity(m.entity)) is not None
                and ent.country
            ),
            None,
        )
        sides = _country_level(f.event.source + f.event.target)
        if mediator is None or mediator in _countries(sides) or len(_countries(sides) - {None}) < 2:
            continue
        if any(
            a.sentence == f.sentence and a.event.source[:1] and a.event.source[0].country == mediator
            for a in added
        ):
            continue
        go_between = [Actor(None, mediator, mediator, None)]
        event = replace(f.event, id="", type="CONSULT", mode="third-party", source=go_between, target=sides)
        added.append(_Found(event, f.sentence, frozenset(map(_key, go_between)), frozenset(map(_key, sides))))
    return added


_NOWHERE = frozenset({"море", "океан", "випробування", "випробувальний", "тестовий"})


def _from_the_sea(doc: Doc, sea: Token) -> bool:
    """ "з акваторії Чорного моря": the sea the missiles were launched from, not into."""
    for t in reversed(doc[max(0, sea.i - 4) : sea.i]):
        if t.lower_ in ("з", "із", "зі"):
            return True
        if any(p.pos == "PREP" for p in parses(t.text)[:1]):
            return False
    return False


_SIGNING = frozenset({"підписати", "підписувати", "підписання"})


def _signed_abroad(found: list[_Found], linking: Linking) -> None:
    """ "Пашинян підписав у Парижі контракт на постачання гаубиць": a document signed abroad with no
    partner named is signed with the host country."""
    for f in found:
        event = f.event
        if event.type != "SUPPORT" or event.target or not event.location or f.at < 0:
            continue
        if not word_lemmas(event.trigger) & _SIGNING:
            continue
        place = linking.entity(event.location)
        acting = _countries(event.source) - {None}
        if place is None or place.country is None or not acting or place.country in acting:
            continue
        event.target = [Actor(None, place.country, place.country, None)]
        f.target_keys = frozenset(map(_key, event.target))


def _bans_on_others(found: list[_Found]) -> None:
    """ "ЄС заборонив обслуговування російських суден", "Японія заборонила експорт до Росії": a ban
    on another country's goods or people is a sanction; a ban at home ("губернатор заборонив
    зібрання") stays a restriction."""
    for f in found:
        event = f.event
        if event.type != "COERCE" or event.mode != "ban" or not event.target or not event.source:
            continue
        acting = _countries(event.source)
        targets = _countries(event.target)
        if None not in targets and not targets & acting:
            event.type, event.mode = "SANCTION", None


def _repeat_targets(found: list[_Found]) -> None:
    """ "Минулого тижня Литва вже закривала кордон на добу", after "Литва закрила кордон з
    Білоруссю": the same act by the same side, told with no other side, is on the side it was on.
    Sides of no country are the same side here: "Рада ЄС затвердила пакет" after "Лідери ЄС погодили
    пакет санкцій проти Росії" (bodies of one union)."""
    for n, f in enumerate(found):
        if f.event.type not in _REPEATABLE or f.event.target or f.at < 0 or f.event.mode == "arrest":
            continue  # whom one detains is told each time: the people held before are others
        acting = _countries(f.event.source) - {None}
        verbs = word_lemmas(f.event.trigger)
        same = next(
            (
                g
                for g in reversed(found[:n])
                if g.event.type == f.event.type
                and g.event.target
                and (
                    acting & _countries(g.event.source)
                    or (not acting and _countries(g.event.source) <= {None})
                )
                and (
                    verbs & word_lemmas(g.event.trigger)
                    or (f.construction and f.construction == g.construction)
                    or f.event.type == "SANCTION"  # "затвердила пакет" after "погодили пакет санкцій"
                )
            ),
            None,
        )
        if same is not None:
            f.event.target = _country_level(same.event.target)
            f.target_keys = frozenset(map(_key, f.event.target))


def _gapped(doc: Doc, sent: Span, phrases: list[Phrase], here: list[_Found]) -> list[_Found]:
    """ "Сибіга обговорив з Кассісом пріоритети ОБСЄ, а з Фіданом — безпеку судноплавства": a clause
    whose verb a dash stands for repeats the act of the clause before it, with its new partner (a
    phrase with a preposition) or its new subject ("Польща передала 100 мільйонів, а Литва — 50")."""
    extra: list[_Found] = []
    for f in here:
        after = [t for t in doc[f.at + 1 : sent.end] if t.lower_ == "а" and doc[t.i - 1].text == ","]
        for a in after[:1]:
            phrase = next((p for p in phrases if p.start in (a.i + 1, a.i + 2) and p.actors), None)
            if phrase is None or phrase.end >= sent.end or doc[phrase.end].text not in ("—", "–"):
                continue
            if phrase.start == a.i + 2 and phrase.prep is None:
                continue  # one word between "а" and the phrase that is no preposition
            event = copy.copy(f.event)
            if phrase.prep is None:
                event.source = list(phrase.actors)
            else:
                event.target = list(phrase.actors)
            if _countries(event.source) & _countries(event.target) - {None}:
                continue
            keys = frozenset(map(_key, event.source)), frozenset(map(_key, event.target))
            if keys == (f.source_keys, f.target_keys):
                continue
            extra.append(_Found(event, f.sentence, keys[0], keys[1], at=a.i))
    return extra


_MEETING_NOUNS = frozenset({"зустріч", "переговори", "розмова", "перемовини"})


def _meetings_in_passing(
    doc: Doc, sent: Span, linking: Linking, found: list[_Found], s_index: int
) -> list[tuple[Token, list[Actor], list[Actor]]]:
    """ "Під час зустрічі з главою МЗС Бразилії український міністр попросив …": the meeting named in
    passing is one too, between the sentence's acting side and the one met."""
    here = _of_sentence(found, s_index)
    if not here or any(f.event.type == "CONSULT" for f in here):
        return []
    source = _country_level(here[0].event.source)
    for tok in sent:
        if not (lemmas(tok) & _MEETING_NOUNS) or tok.i < sent.start + 2:
            continue
        if [t.lower_ for t in doc[tok.i - 2 : tok.i]] != ["під", "час"] and doc[tok.i - 1].lower_ != "після":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ not in ("з", "із", "зі"):
            continue
        met = next((m for m in linking.between(tok.i + 2, min(sent.end, tok.i + 8))), None)
        ent = linking.entity(met.entity) if met is not None else None
        if ent is not None and ent.country and source and ent.country not in _countries(source):
            return [(tok, source, [Actor(None, ent.country, ent.country, None)])]
    return []


_VISIT_NOUNS = frozenset({"візит", "поїздка"})
# "запланованого візиту", "майбутньої поїздки": a visit still to come is told by its verb, if at all
_VISIT_NOT_MADE = frozenset({"запланований", "майбутній", "можливий", "скасований", "перенесений"})


def _visits_named(
    doc: Doc, sent: Span, linking: Linking, found: list[_Found], s_index: int
) -> list[tuple[Token, list[Actor], list[Actor]]]:
    """ "Підписання відбулося в перший день візиту Шмигаля до британської столиці": a visit named
    by its noun, with the visitor in the genitive and the host after "до", is a meeting of the two."""
    if any(f.event.type == "CONSULT" for f in _of_sentence(found, s_index)):
        return []
    for tok in sent:
        if not any(p.pos == "NOUN" and p.lemma in _VISIT_NOUNS for p in parses(tok.text)[:1]):
            continue
        if tok.i > sent.start and lemmas(doc[tok.i - 1]) & _VISIT_NOT_MADE:
            continue
        # "візиту Шмигаля до", "візиту президента Польщі Анджея Дуди до": the name right before "до"
        to = next(
            (t.i for t in doc[tok.i + 2 : min(sent.end, tok.i + 9)] if t.lower_ == "до" or t.is_punct), None
        )
        if (
            to is None
            or doc[to].lower_ != "до"
            or not any(p.has("gent") for p in parses(doc[tok.i + 1].text)[:2])
        ):
            continue
        visitor = next((m for m in linking.between(tok.i + 1, to) if m.end == to), None)
        ent = linking.entity(visitor.entity) if visitor is not None else None
        if ent is None or not ent.country:
            continue
        host = _visit_host(doc, sent, to, linking)
        if host is not None and host != ent.country:
            return [(tok, [Actor(ent.id, ent.country, ent.code, ent.name)], [Actor(None, host, host, None)])]
    return []


def _fronted_receiver(
    doc: Doc,
    sent: Span,
    trig: Token,
    phrases: list[Phrase],
    clauses: list[int],
    giver: list[Actor],
    linking: Linking,
) -> list[Actor]:
    """A country in the dative before the verb of its clause ("Україні пообіцяла передати")."""
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if p.end > trig.i or p.prep is not None or clauses[p.start - sent.start] != clause:
            continue
        # "Два мобільні трансформатори Україні": the receiver may close the phrase of the gift
        last = doc[p.end - 1]
        if not any(r.has("datv") and r.pos == "NOUN" for r in parses(last.text)[:3]):
            continue
        named = linking.at(last.i)
        ent = linking.entity(named.entity) if named is not None else None
        if ent is not None and ent.type == "LOC" and ent.country and ent.country not in _countries(giver):
            return [Actor(ent.id, ent.country, ent.code, ent.name)]
    return []


def _visit_host(doc: Doc, sent: Span, start: int, linking: Linking) -> str | None:
    """The country of the place after "до" right after the visitor: "до Лондона", "до британської
    столиці"."""
    k = start
    if k >= sent.end or doc[k].lower_ != "до":
        return None
    if k + 1 < sent.end and (m := linking.at(k + 1)) is not None:
        ent = linking.entity(m.entity)
        return ent.country if ent is not None and ent.type in ("LOC", "ORG") else None
    if k + 2 < sent.end and lemmas(doc[k + 2]) & {"столиця", "країна"}:
        return country_of_adjective(doc[k + 1])
    return None


_IN_PASSING = (("під", "час"), ("внаслідок",), ("унаслідок",), ("в", "ході"), ("у", "ході"))


def _attacks_in_passing(
    doc: Doc, sent: Span, linking: Linking, found: list[_Found], s_index: int
) -> list[tuple[Token, list[Actor], list[Actor]]]:
    """ "дрон залетів у Румунію під час російської атаки на порти Ізмаїльського району": an attack
    named in passing, with its attacker (the adjective, or the attacker of the story's attacks) and
    the place attacked. Not when the sentence tells an attack with a verb already."""
    for f in reversed(found):
        if f.sentence != s_index:
            break
        if f.event.type == "ASSAULT":
            return []
    result = []
    for tok in sent:
        if not any(p.pos == "NOUN" and p.lemma in _attack_nouns() for p in parses(tok.text)[:1]):
            continue
        k = tok.i - 1
        adjective = (
            doc[k] if k >= sent.start and any(p.pos == "ADJF" for p in parses(doc[k].text)[:1]) else None
        )
        k -= adjective is not None
        if not any(
            [t.lower_ for t in doc[k - len(cue) + 1 : k + 1]] == list(cue)
            for cue in _IN_PASSING
            if k - len(cue) + 1 >= sent.start
        ):
            continue
        country = country_of_adjective(adjective) if adjective is not None else None
        weapon_end, owner = _weapon_after(doc, sent, tok)
        country = country or owner  # "удару російської керованої авіабомби по Краматорську"
        target = _attacked_place(doc, sent, doc[weapon_end - 1] if weapon_end > tok.i + 1 else tok, linking)
        source = [Actor(None, country, country, None)] if country else []
        if not source and (earlier := _earlier_attack(found, target, s_index)) is not None:
            source = _country_level(earlier.event.source)
        if source and not target and (earlier := _earlier_attack(found, [], s_index)) is not None:
            target = _country_level([a for a in earlier.event.target if a.country not in _countries(source)])
        if source and target:
            result.append((tok, source, target))
    return result


def _weapon_after(doc: Doc, sent: Span, noun: Token) -> tuple[int, str | None]:
    """The weapon named after an attack noun ("удару російської керованої авіабомби"): the token
    after it and the country of the adjective that owns it."""
    owner = None
    k = noun.i + 1
    while k < min(sent.end, noun.i + 5) and any(p.pos == "ADJF" for p in parses(doc[k].text)[:1]):
        owner = owner or country_of_adjective(doc[k])
        k += 1
    if k < sent.end and lemmas(doc[k]) & weapons().keys():
        return k + 1, owner
    return noun.i + 1, None


def _attacked_place(doc: Doc, sent: Span, noun: Token, linking: Linking) -> list[Actor]:
    """The country of the place after "на"/"по" that follows an attack noun ("атаки на Ізмаїл")."""
    after = doc[noun.i + 1 : min(sent.end, noun.i + 7)]
    if not len(after) or after[0].lower_ not in ("на", "по"):
        return []
    country = None
    for t in after[1:]:
        if t.is_punct or _finite_verb(t):
            break
        m = linking.at(t.i)
        ent = linking.entity(m.entity) if m is not None else None
        # the last place of a genitive chain is the largest: "порти Ізмаїльського району Одещини"
        country = (ent.country if ent is not None else country_of_adjective(t)) or country
    return [Actor(None, country, country, None)] if country else []


def _sentence_end(doc: Doc, sent: Span) -> int:
    end = sent.end_char
    while end > sent.start_char and text_of(doc)[end - 1].isspace():
        end -= 1
    return end


@functools.cache
def accusation_nouns() -> frozenset[str]:
    return frozenset(r["lemma"] for r in resources.table("accusation_nouns.tsv"))


def _speech_accusation(
    doc: Doc,
    sent: Span,
    quotes: _QuoteIndex,
    linking: Linking,
    in_sentence: list[_Found],
    found: list[_Found] | None = None,
) -> tuple[Token, list[Actor], list[Actor], str] | None:
    """What a speaker reports can itself be an accusation: "Лубінець заявив, що звільнені
    розповідають про катування в російських колоніях" accuses Russia. Needs a speaker of known
    country, an accusation noun in the reported words (not in a purpose clause: "щоб захищатися від
    агресії" is no charge), and another country's actor named in the noun's own clause, not as a
    victim ("вбивств українських цивільних", "агресії проти України"); nothing when the sentence
    already yields an accusation."""
    if any(f.event.type == "ACCUSE" for f in in_sentence):
        return None
    clauses = _clauses(sent)
    for q in quotes.between(sent.start_char, sent.end_char):
        if q.speaker is None:
            continue
        source = _speaker_actor(linking, q.speaker)
        own = {a.country for a in source}
        if not source or None in own:
            continue
        words = [t for t in doc[_token_at(doc, q.start).i : sent.end] if t.idx < q.end]
        for noun in (t for t in words if _accusation_noun(t) and not _time_phrase(doc, t)):
            clause = clauses[noun.i - sent.start]
            first = _first_word(doc, sent, clauses, clause)
            if first is not None and first.lower_ in ("щоб", "якщо", "якби"):
                continue  # a purpose or a condition ("якщо Київ продовжить ігнорувати вимоги") is no charge
            if noun.i > sent.start and doc[noun.i - 1].lower_ in ("не", "ні"):
                continue  # "Росія «ніколи не втручалася»": a denial
            # "Таллінн грає з вогнем, і наслідки цієї провокації ляжуть ...": one charge in two joined clauses
            # "... бачить у діях Росії «той самий почерк, що й у газовому шантажі»": a clause that goes
            # on from the one before ("і ...", "що й ...") shares its accused
            # «Кожен іранський дрон, який падає на міста, — це загроза»: a relative clause goes on
            # from the noun it describes, which may be the one accused
            joined = (
                {clause, clause - 1}
                if first is not None
                and (first.lower_ in _COORDINATORS or first.lower_ == "що" or first.lower_ in _RELATIVE_FORMS)
                else {clause}
            )
            named = [
                (abs(t.i - noun.i), a)
                for t in words
                if clauses[t.i - sent.start] in joined
                and not _victim(doc, t)
                and (a := _country_actor(t, linking))
                and a.country not in own
            ]
            if named:
                # the accused is named nearest the accusation: "катування в російських колоніях"
                return noun, source, [min(named, key=lambda pair: pair[0])[1]], q.speaker
            suffered = any(lemmas(t) & _SUFFERING for t in words if clauses[t.i - sent.start] in joined)
            at_odds = _HOSTILE_ACTS | {"RETREAT"}  # an exchange of prisoners is between enemies
            if suffered and (opponent := _adversary(found or [], _first_country(source) or "", at_odds)):
                # "Лубінець заявив, що звільнені зазнали в неволі насильства": what the freed
                # suffered accuses the side they were freed from
                return noun, source, opponent, q.speaker
            # not for "атака" (a fact told) nor in an appeal ("закликала утримуватися від ударів, що
            # загрожують судноплавству")
            charge_only = not any(p.lemma in _act_nouns() for p in parses(noun.text)[:2]) and not (
                q.cue and any(speech_verbs().get(lemma) == "directive" for lemma in word_lemmas(q.cue))
            )
            doer = _doer_of_act_said(words, clauses, sent, joined, found or [], own) if charge_only else []
            if doer:
                # "розцінює удари поблизу терміналів як загрозу", "поставки снарядів «затягують
                # конфлікт»": whoever made the strikes or the deliveries told before is accused
                return noun, source, doer, q.speaker
            opening = next((t for t in words if t.is_alpha), None)
            if opening is not None and opening.lower_ == "це":
                # «Це був не маневр, а напад»: a judgement of the act just told; whose act it was is
                # found after all events are read (_answer_accusations)
                return noun, source, [], q.speaker
    return None


def _said_event(
    doc: Doc,
    sent: Span,
    word: Token,
    kind: tuple[str, str | None],
    sides: tuple[list[Actor], list[Actor]],
    when: str | None,
    speaker: str | None,
) -> Event:
    """An event a speaker's words make (a charge, a dismissal), asserted and told by the speaker."""
    return Event(
        id="",
        type=kind[0],
        mode=kind[1],
        source=sides[0],
        target=sides[1],
        date=when,
        location=None,
        modality="asserted",
        according_to=speaker,
        start=sent.start_char,
        end=_sentence_end(doc, sent),
        trigger=word.text,
    )


def _act_by_saying(
    doc: Doc,
    sent: Span,
    quotes: _QuoteIndex,
    linking: Linking,
    earlier: Span | None,
    found: list[_Found],
    most_named: list[str],
) -> tuple[Token, str, list[Actor], list[Actor], str] | None:
    """ "«Кожен, хто стріляє з Лівану, заплатить високу ціну», — заявив Кац": a quoted sentence with
    no trigger word that the learned reader (statements.py) takes for a charge, a threat, a rejection
    or a demand. The speaker's country does it to another country the sentence names (the speaker's
    adversary in the events told so far if it names several), else to one the sentence before names,
    else to the country the article names most besides."""
    for q in quotes.overlapping(sent.start_char, sent.end_char):
        source = [a for a in _speaker_actor(linking, q.speaker) if a.country]
        if not source or q.speaker is None:
            continue
        own = source[0].country
        others = _countries_named(linking, sent, own)
        candidate = statements.Candidate(
            sent.start_char, sent.end_char, own or "", statements.features(doc, sent, q, bool(others))
        )
        kind = statements.read_act(candidate)
        if kind is None:
            return None
        if not others and earlier is not None:
            others = _countries_named(linking, earlier, own)
        if not others:
            others = [c for c in most_named if c != own][:1]
        if kind != "REQUEST":
            hostility = _hostility(found[-_LOOK_BACK_EVENTS:], own)
            foe = max(sorted(hostility), key=lambda c: hostility[c], default=None)
            if foe is not None and not any(hostility.get(c, 0) for c in others):
                others = [foe]  # "..., — заявив Вадефуль під час візиту до Гельсінкі": the host is no foe
            others = sorted(others, key=lambda c: -hostility.get(c, 0))  # stable: the first named on a tie
        target = [Actor(None, c, c, None) for c in others[:1]]
        word = next((t for t in sent if t.text == q.cue), sent[0])
        return word, kind, _country_level(source), target, q.speaker
    return None


_HOSTILE = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "COERCE", "SANCTION", "REJECT", "PROTEST"})


def _own_places(linking: Linking, source: list[Actor], target: list[Actor]) -> bool:
    """Are all the targets places (not people or bodies) of the source's own country?"""
    own = _countries(source) - {None}
    return bool(own) and all(
        a.country in own and (e := linking.entity(a.entity)) is not None and e.type == "LOC" for a in target
    )


def _latest_hostile_doer(found: list[_Found], own: Collection[str | None]) -> _Found | None:
    """The latest hostile act by another country, against ``own`` if any was told."""
    recent = [
        f
        for f in found[-_LOOK_BACK_EVENTS:]
        if f.event.type in _HOSTILE and not _countries(f.event.source) & set(own)
    ]
    recent = [f for f in recent if _countries(f.event.source) - {None}]
    against = [f for f in recent if _countries(f.event.target) & set(own)]
    latest = against or recent
    return latest[-1] if latest else None


def _hostility(found: list[_Found], own: str | None) -> dict[str, int]:
    """How often each country has been at odds with ``own`` in the events told so far, or has struck
    or coerced anyone: the side a charge or a warning is most likely aimed at."""
    score: dict[str, int] = {}
    for f in found:
        if f.event.type not in _HOSTILE:
            continue
        sources = {c for c in _countries(f.event.source) if c}
        targets = {c for c in _countries(f.event.target) if c}
        for c in sources if own in targets else targets if own in sources else ():
            score[c] = score.get(c, 0) + 2
        if f.event.type in ("ASSAULT", "COERCE"):
            for c in sources:
                score[c] = score.get(c, 0) + 1
    return score


def _countries_named(linking: Linking, sent: Span, own: str | None) -> list[str]:
    """Countries of the entities named in a sentence, in order, but the speaker's own."""
    named: list[str] = []
    for k in range(sent.start, sent.end):
        m = linking.at(k)
        if m is None or m.start != k:
            continue
        country = (linking.entity(m.entity) or _NO_ENTITY).country
        if country is not None and country != own and country not in named:
            named.append(country)
    return named


_NO_ENTITY = Entity(id="", type="LOC", name="")


def _most_named_countries(linking: Linking) -> list[str]:
    """Countries by how often the article names their entities, most first."""
    counts: dict[str, int] = {}
    for e in linking.entities:
        if e.country:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    return sorted(counts, key=lambda c: (-counts[c], c))


@functools.cache
def claim_dismissals() -> dict[str, frozenset[str]]:
    """kind (claim, groundless, unbacked) → lemmas (claim_dismissals.tsv)."""
    kinds: dict[str, set[str]] = {}
    for r in resources.table("claim_dismissals.tsv"):
        kinds.setdefault(r["kind"], set()).add(r["lemma"])
    return {k: frozenset(v) for k, v in kinds.items()}


def _claims_dismissed(
    doc: Doc, sent: Span, quotes: _QuoteIndex, linking: Linking, clauses: list[int], in_sentence: list[_Found]
) -> tuple[Token, list[Actor], list[Actor], str] | None:
    """ "Речник МЗС Білорусі заявив, що звинувачення проти дипломата «не підкріплені жодним фактом»":
    a speaker who says the claims are groundless rejects them; whose claims they were is the country
    named after the claim noun, else found after all events are read (the latest charge against the
    speaker's side)."""
    if any(f.event.type == "REJECT" for f in in_sentence):
        return None
    words_of = claim_dismissals()
    for q in quotes.between(sent.start_char, sent.end_char):
        source = _speaker_actor(linking, q.speaker) if q.speaker is not None else []
        own = {a.country for a in source}
        if not source or None in own or q.speaker is None:
            continue
        words = [t for t in doc[_token_at(doc, q.start).i : sent.end] if t.idx < q.end]
        for claim in (t for t in words if lemmas(t) & words_of["claim"]):
            clause = clauses[claim.i - sent.start]
            rest = [t for t in words if t.i > claim.i and clauses[t.i - sent.start] == clause]
            said = next((t for t in rest if lemmas(t) & words_of["groundless"]), None) or next(
                (
                    doc[t.i + 1]
                    for t in rest
                    if t.lower_ == "не" and t.i + 1 < sent.end and lemmas(doc[t.i + 1]) & words_of["unbacked"]
                ),
                None,
            )
            if said is None or (
                # "звинувачення не є безпідставними": a denial of the denial
                not lemmas(said) & words_of["unbacked"]
                and any(t.lower_ == "не" for t in doc[max(sent.start, said.i - 2) : said.i])
            ):
                continue
            claimants = [
                a
                for t in doc[claim.i + 1 : min(sent.end, claim.i + 3)]
                if (a := _country_actor(t, linking)) is not None and a.country not in own
            ]
            return said, source, _country_level(claimants[:1]), q.speaker
    return None


# "з початку вторгнення", "після анексії", "внаслідок атаки загинув працівник": when or why, no charge
# verbs that tell what the other side says or suffers, not what it does to anyone
_NOT_DEEDS = frozenset(
    {"заявити", "заявляти", "визнати", "визнавати", "втратити", "втрачати", "отримати", "мати", "бути"}
)


def _adversary_described(
    doc: Doc,
    sent: Span,
    quotes: _QuoteIndex,
    linking: Linking,
    phrases: list[Phrase],
    clauses: list[int],
    in_sentence: list[_Found],
    found: list[_Found],
) -> tuple[Token, list[Actor], list[Actor], str] | None:
    """«Росія вкотре намагається купити голоси», «Противник шукає прогалини в нашій обороні»: what
    a speaker says the side their country is at odds with does (the other side as the subject of a
    verb in the present or past) is a charge against it."""
    if any(f.event.type in ("ACCUSE", "REJECT") for f in in_sentence):
        return None
    for q in quotes.between(max(0, sent.start_char - 2000), sent.end_char):
        if q.end <= sent.start_char or q.speaker is None or q.kind != "direct":
            continue
        speaker = _speaker_actor(linking, q.speaker)
        own = _countries(speaker) - {None}
        if not own:
            continue
        for p in phrases:
            if not (q.start <= doc[p.start].idx < q.end) or not p.nominative or p.prep is not None:
                continue
            accused = _countries(p.actors) - {None}
            if (
                len(accused) != 1
                or accused & own
                or not (
                    _at_odds(found, own, accused)
                    or _hostile_head(doc[p.start])
                    or _told_as_wrongdoing(doc, sent, p.end, clauses)
                )
            ):
                continue
            if _in_condition(doc, sent, doc[p.start], clauses):
                continue  # "Якщо Загреб обирає конфронтацію, він її отримає": a condition, no charge
            verb = _deed_after(doc, sent, p.end)
            told = any(_countries(f.event.source) & accused for f in in_sentence)
            if verb is not None and not told and _trigger_at(doc, verb, sent, linking) is None:
                # what the other side did, told as an event of its own ("росіяни атакували"), is that event
                return verb, speaker, _country_level(p.actors), q.speaker
    return None


# adverbs that make a deed told of another side a wrong done on purpose
_WRONGDOING_ADVERBS = frozenset(
    {"свідомо", "навмисно", "умисно", "цинічно", "систематично", "системно", "планомірно", "брутально"}
)


def _told_as_wrongdoing(doc: Doc, sent: Span, end: int, clauses: list[int]) -> bool:
    """«Росія свідомо наражає на небезпеку наших громадян», «Індія знову вдається до агресії»: a
    deed told with an adverb of intent or repetition, or with a charge word in its own clause, is a
    charge whoever the speaker is."""
    if end >= sent.end:
        return False
    clause = clauses[end - sent.start]
    words = [t for t in doc[end : sent.end] if clauses[t.i - sent.start] == clause]
    return any(t.lower_ in _WRONGDOING_ADVERBS or _accusation_noun(t) for t in words)


def _at_odds(found: list[_Found], own: Collection[str | None], other: Collection[str | None]) -> bool:
    """Has one side done something hostile to the other in what was told before (in the last
    events, so a long document stays linear)?"""
    return any(
        f.event.type in _HOSTILE_ACTS
        and (
            (_countries(f.event.source) & set(other) and _countries(f.event.target) & set(own))
            or (_countries(f.event.source) & set(own) and _countries(f.event.target) & set(other))
        )
        for f in found[-_LOOK_BACK_EVENTS:]
    )


def _hostile_head(tok: Token) -> bool:
    return any(lem in hostile_actors() for lem in lemmas(tok))


def _deed_after(doc: Doc, sent: Span, end: int) -> Token | None:
    """The finite verb in the present or past right after a subject (past adverbs: "вкотре",
    "роками"), if it tells a deed rather than speech."""
    for tok in doc[end : min(sent.end, end + 3)]:
        found = parses(tok.text)[:1]
        if any(p.pos == "VERB" and not p.has("infn") and (p.has("pres") or p.has("past")) for p in found):
            return None if lemmas(tok) & _NOT_DEEDS or speech_verbs().get(found[0].lemma) else tok
        if not any(p.pos in ("ADVB", "PRCL") for p in found) and not lemmas(tok) & _TIME_WORDS:
            return None
    return None


_SINCE_WORDS = frozenset({"початку", "початок", "після", "часу", "день", "річницю", "роковини", "внаслідок"})


def _time_phrase(doc: Doc, noun: Token) -> bool:
    """ "з початку повномасштабного вторгнення", "після анексії Криму": when, not a charge."""
    return any(t.lower_ in _SINCE_WORDS for t in doc[max(0, noun.i - 3) : noun.i])


def _attack_on(
    found: list[_Found], sentence: int, judge: list[Actor], target: list[Actor], sent: Span
) -> _Found | None:
    """The strike a sentence names by a noun ("удар", "атака") when the side it charges is the side
    that strike fell on: the charge is the attacker's."""
    victims = _countries(target) - {None}
    if not victims or not any(_act_nouns().get(lemma) == "ASSAULT" for t in sent for lemma in lemmas(t)):
        return None
    attack = _judged_act(found, sentence, judge)
    if attack is None or attack.event.type != "ASSAULT" or not victims <= _countries(attack.event.target):
        return None
    return attack


def _judged_act(found: list[_Found], sentence: int, judge: list[Actor]) -> _Found | None:
    """The latest hostile act by another country told in the last three sentences: what «Це був не
    маневр, а напад» is said about."""
    own = _countries(judge)
    for f in reversed(found):
        if f.sentence < sentence - 3:
            return None
        acting = _countries(f.event.source) - {None}
        if f.event.type in ("ASSAULT", "COERCE", "THREATEN") and acting and not acting & own:
            return f
    return None


# "співпраця Пхеньяна й Москви «загрожує безпеці Японії»", "поставки «лише затягують конфлікт»"
@functools.cache
def accusation_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in resources.table("accusation_verbs.tsv"))


def _accusation_noun(tok: Token) -> bool:
    return any(
        (p.pos == "NOUN" and p.lemma in accusation_nouns())
        or (p.pos == "VERB" and p.lemma in accusation_verbs())
        for p in parses(tok.text)
    )


# people of a country who, named with it, are those an act befell: "громадяни Туреччини"
_PEOPLE_OF = frozenset(
    {"громадянин", "житель", "мешканець", "моряк", "рибалка", "пасажир", "працівник", "цивільний", "дитина"}
)


def _victim(doc: Doc, tok: Token) -> bool:
    """ "проти України", "українських цивільних": who suffers, not who is accused."""
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("проти", "на", "над"):
        return True
    if tok.i > 0 and lemmas(doc[tok.i - 1]) & _PEOPLE_OF:
        return True  # "громадяни Туреччини", "моряки України": people of a country, those who suffered
    if country_of_adjective(tok) is None or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    people = any(p.pos == "NOUN" and p.has("anim") for p in parses(after.text)[:1])
    group = generic_actor(after)
    # "іранський дрон" is the country's weapon, not its people
    return people or bool(group and group["sector"]) or any((lem,) in roles() for lem in lemmas(after))


def _country_actor(tok: Token, linking: Linking) -> Actor | None:
    """The actor a word names with its country: a linked name, a hostile noun, a country adjective."""
    m = linking.at(tok.i)
    ent = linking.entity(m.entity) if m is not None else None
    if ent is not None:
        return Actor(ent.id, ent.country, ent.code, ent.name) if ent.country else None
    hostile = _hostile(tok)
    if hostile is not None:
        return Actor(None, hostile[0], hostile[0] + hostile[1], tok.text)
    country = country_of_adjective(tok)
    return Actor(None, country, country, tok.text) if country else None


def _in_direct_speech(doc: Doc, sent: Span, segments: list[tuple[int, int]], p: Phrase) -> bool:
    """Is the phrase inside quoted speech (with a verb of its own: «Нафтогаз» is only a name)?"""
    segment = _segment_at(segments, doc[p.start].idx)
    if segment is None or not _direct_speech(doc, sent, segment):
        return False
    return any(_finite_verb(t) for t in sent if segment[0] < t.idx < segment[1])


def _segment_at(segments: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The quoted segment ``pos`` lies strictly inside, if any."""
    k = bisect.bisect_right(segments, (pos, 1 << 62)) - 1
    if k >= 0 and segments[k][0] < pos < segments[k][1]:
        return segments[k]
    return None


def _direct_speech(doc: Doc, sent: Span, segment: tuple[int, int]) -> bool:
    """A quote that is direct speech (it opens the sentence, follows a colon or a dash, or runs
    past the sentence), not a fragment quoted inside the reporter's own sentence."""
    if segment[0] <= sent.start_char or segment[1] > sent.end_char:
        return True
    text = text_of(doc)
    k = segment[0]  # the last character before the quote, without copying the sentence up to it
    while k > sent.start_char and text[k - 1].isspace():
        k -= 1
    return k == sent.start_char or text[k - 1] in ":—–-"


def _first_person(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """ "Ми залишатимемося поруч", "маємо докази": the speaker (or the side they speak for) acts."""
    if any(p.has("1per") for p in parses(trig.text)[:1]):
        return True
    clause = clauses[trig.i - sent.start]
    return any(
        clauses[t.i - sent.start] == clause and t.lower_ in _FIRST_PERSON_WORDS
        for t in doc[sent.start : trig.i]
    )


def _ours_follow(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the verb's object "our" something ("знищує нашу енергетику", "атакує наші міста")?"""
    clause = clauses[trig.i - sent.start]
    for t in doc[trig.i + 1 : min(sent.end, trig.i + 3)]:
        if clauses[t.i - sent.start] != clause or t.is_punct:
            return False
        if any(p.lemma == "наш" for p in parses(t.text)[:1]):
            return True
        if _pos(t) not in ("ADVB", "PREP"):  # "б'є саме по наших містах"
            return False
    return False


# "ми", and "наша відповідь": the speaker's own side
_FIRST_PERSON_WORDS = frozenset({"ми", "я", "наш", "наша", "наше", "наші"})


def _speaker_actor(linking: Linking, speaker: str | None) -> list[Actor]:
    ent = linking.entity(speaker)
    if ent is None or not (ent.country or ent.type == "ORG" or ent.code):
        return []  # a speaker of no country counts when their post is known ("генеральний директор МАГАТЕ")
    return [Actor(ent.id, ent.country, ent.code, ent.name)]


_POSSESSIVES = {"його", "її", "їхня", "їхній", "наша", "наш", "моя", "мій"}
_COUNTRY_NOUNS = {"країна", "держава", "уряд"}


def _own_country_subject(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the verb's subject "її країна", "наша держава", "його уряд"?"""
    clause = clauses[trig.i - sent.start]
    words = [t for t in doc[sent.start : trig.i] if clauses[t.i - sent.start] == clause and not t.is_space]
    for before, tok in itertools.pairwise(words):
        nominative = [p for p in parses(tok.text) if p.pos == "NOUN" and p.has("nomn")]
        if before.lower_ in _POSSESSIVES and any(p.lemma in _COUNTRY_NOUNS for p in nominative):
            return True
    return False


# acts only a state performs: an impersonal "затримали", "провели обшуки" means its organs did
_STATE_MODES = {("ACCUSE", "investigate"), ("SANCTION", "convict")}


def _countries_after(phrases: list[Phrase], clauses: list[int], sent: Span, tok: Token) -> set[str]:
    """The countries named after the verb in its clause."""
    clause = clauses[tok.i - sent.start]
    return {
        a.country
        for p in phrases
        if p.start > tok.i and clauses[p.start - sent.start] == clause
        for a in p.actors
        if a.country
    }


def _latest_other_side(found: list[_Found], others: set[str]) -> str | None:
    """The country of the latest act told before by a side not among ``others``."""
    for f in reversed(found):
        acting = sorted(c for c in _countries(f.event.source) if c and c not in others)
        if acting:
            return acting[0]
    return None


def _envoy_summons(trigger: Trigger) -> bool:
    """ "До МЗС викликали посла Росії", "вручили ноту протесту": only a state summons envoys."""
    return trigger.type == "ACCUSE" and trigger.object in _ENVOYS


def _state_act(trigger: Trigger) -> bool:
    return trigger.type == "COERCE" or (trigger.type, trigger.mode) in _STATE_MODES


def _person_object(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the verb's object, within three words after it, a person named by a title or an animate
    noun in the accusative ("колишнього міністра", "двох посадовців", "посередника")?"""
    clause = clauses[trig.i - sent.start]
    after = doc[trig.i + 1 : min(sent.end, trig.i + 4)]
    # "У Молдові колишнього міністра засудили": fronted before a verb with no subject
    before = reversed(doc[max(sent.start, trig.i - 3) : trig.i]) if _impersonal_verb(trig) else ()
    for side in (after, before):
        for tok in side:
            if clauses[tok.i - sent.start] != clause or tok.is_punct or _pos(tok) == "PREP":
                break
            nouns = [p for p in parses(tok.text) if p.pos == "NOUN"]
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            if _pos(tok) == "ADJF" and (nxt is None or nxt.is_punct or _pos(nxt) == "PREP"):
                # "повідомила затриманому про підозру": a participle standing for a person
                nouns = [p for p in parses(tok.text) if p.pos == "ADJF" and p.has("Pass")]
                nouns = [p for p in nouns if p.has("datv") or p.has("accs")]
                if nouns:
                    return True
            if nouns and _pos(tok) == "NOUN":
                oblique = any(p.has("anim") and (p.has("accs") or p.has("datv")) for p in nouns)
                if oblique and not any(p.has("nomn") for p in nouns):
                    return True
                break
    return False


def _describes(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """A present-tense verb of a relative clause ("які допомагають Москві", "яке діє під
    керівництвом ...") describes someone; it tells no event."""
    present = [p for p in parses(tok.text)[:1] if p.pos == "VERB" and p.has("pres")]
    return bool(present) and _in_relative_clause(doc, sent, tok, clauses)


def _air_attack_after(doc: Doc, sent: Span, tok: Token) -> bool:
    """Is the attack repelled one of drones or missiles ("атаку БпЛА", "атаку дронів")?"""
    words = list(doc[tok.i + 1 : min(sent.end, tok.i + 5)])
    at = next((k for k, t in enumerate(words) if "атака" in lemmas(t)), None)
    return at is not None and any(lemmas(t) & set(weapons()) for t in words[at + 1 : at + 3])


def _demand_in_note(doc: Doc, sent: Span, tok: Token) -> bool:
    """Does "з вимогою" follow the note within a few words, with no "протесту" before it?"""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 8)]:
        if "протест" in lemmas(t) or t.is_punct:
            return False
        if t.lower_ == "вимогою" and doc[t.i - 1].lower_ in ("з", "із"):
            return True
    return False


def _subject_after_relative(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """ "Кузьміна, якого влада звинувачує у фінансуванні": the relative word is the object and the
    clause has a subject of its own, so it tells what that subject does to the one described."""
    clause = clauses[tok.i - sent.start]
    words = [t for t in doc[sent.start : tok.i] if clauses[t.i - sent.start] == clause]
    opener = next((k for k, t in enumerate(words) if "який" in lemmas(t)), None)
    if opener is None or any(p.has("nomn") for p in parses(words[opener].text)[:1]):
        return False
    return any(
        any(p.pos == "NOUN" and p.has("nomn") for p in parses(t.text)[:1]) for t in words[opener + 1 :]
    )


def _in_relative_clause(doc: Doc, sent: Span, tok: Token, clauses: list[int]) -> bool:
    """ "затримала 74 людей, яких підозрюють у ...": a relative clause describes the main act's
    people; its impersonal verb is no act of its own."""
    clause = clauses[tok.i - sent.start]
    words = [t for t in doc[sent.start : tok.i] if clauses[t.i - sent.start] == clause]
    return any("який" in lemmas(t) for t in words)


def _impersonal_verb(tok: Token) -> bool:
    """A plural verb in the past or the third person ("затримали", "підозрюють"): with no subject it
    names no actor."""
    return _impersonal_form(tok) or any(
        p.pos == "VERB" and p.has("plur") and (p.has("past") or p.has("3per")) for p in parses(tok.text)[:1]
    )  # "затримано 11 осіб", "відкрито справи": the -но/-то form has no subject either


def _clause_place(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], linking: Linking
) -> str | None:
    """The country of a place named with "у/в" in the trigger's clause ("у Тбілісі затримали"); after
    the verb only where it is (locative), not where to ("затримали у Вроцлаві", not "вислали в Україну")."""
    clause = clauses[trig.i - sent.start]
    before = [p for p in phrases if p.end <= trig.i]
    after = [
        p
        for p in phrases
        if p.start > trig.i
        and _locative(doc[p.start])
        and not any(_finite_verb(t) for t in doc[trig.i + 1 : p.start])
    ]
    for p in before + after:
        if clauses[p.start - sent.start] != clause or p.prep not in ("у", "в"):
            continue
        for a in p.actors:
            ent = linking.entity(a.entity)
            if ent is not None and ent.type == "LOC" and ent.country:
                return ent.country
    for tok in doc[sent.start : trig.i]:
        # "у фінських територіальних водах затримано": a place told by its country's adjective
        if (
            clauses[tok.i - sent.start] == clause
            and tok.lower_ in ("у", "в")
            and tok.i + 1 < trig.i
            and (own := country_of_adjective(doc[tok.i + 1])) is not None
        ):
            return own
    return None


def _locative(tok: Token) -> bool:
    found = parses(tok.text)
    return any(p.has("loct") for p in found) and not any(p.has("accs") for p in found)


_OFFICIAL_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP", "SPY"}
# sectors of a country's own political life: officials, parties, opposition, unions, citizens
_DOMESTIC_SECTORS = _OFFICIAL_SECTORS | {"PTY", "OPP", "LAB", "CVL"}


def _place_officials(
    doc: Doc, phrases: list[Phrase], linking: Linking, home: str | None, dominant: str | None
) -> None:
    """ "Міністр зайнятості Давид Кларінваль", "Херсонська обласна військова адміністрація": an
    official of no named country belongs to the country the article is clearly about (``home``); a
    state body named as one ("Державний земельний кадастр") to the one it is mostly about."""
    for p in phrases:
        named = {m.entity for m in linking.between(p.start, p.end)}
        for n, a in enumerate(p.actors):
            ent = linking.entity(a.entity)
            unplaced = a.country is None and not a.code and ent is not None and ent.type == "PER"
            if unplaced and _international_title_before(doc, p, a, linking):
                p.actors[n] = Actor(a.entity, None, "IGO", a.text)
                continue
            if (
                home is not None
                and a.country is None
                and (a.code in _DOMESTIC_SECTORS or a.code is None)
                and ent is not None
                and ent.type == "PER"
                # "президент Європейської ради Антоніу Кошта" is not national; "лідер РНП" may be
                and all(_national(linking, e) for e in named - {a.entity})
            ):
                p.actors[n] = Actor(a.entity, home, home + (a.code or ""), a.text)
            elif (
                (owner := home or dominant) is not None
                and a.country is None
                and ent is not None
                and ent.type == "ORG"
                and _state_body(ent.name)
            ):
                p.actors[n] = Actor(a.entity, owner, owner + (a.code or "GOV"), a.text)


def _international_title_before(doc: Doc, p: Phrase, actor: Actor, linking: Linking) -> bool:
    """ "Єврокомісар з питань демократії, юстиції та верховенства права Майкл Макграт": a title of an
    international body, however long its portfolio, is no one's national office."""
    m = next((m for m in linking.between(p.start, p.end) if m.entity == actor.entity), None)
    if m is None:
        return False
    table = roles()
    before = doc[max(sentence_of(doc[m.start]).start, m.start - 14) : m.start]
    return any(table.get((lem,), ("", ""))[0] == "IGO" for t in before for lem in lemmas(t))


def _national(linking: Linking, entity_id: str) -> bool:
    """An organization or place of no other country and no international body ("РНП")."""
    ent = linking.entity(entity_id)
    return (
        ent is not None
        and ent.type == "ORG"
        and ent.country is None
        and ent.code in _DOMESTIC_SECTORS | {None}
        and not international_name(ent.name)  # "Речниця Європейської служби зовнішніх дій"
    )


def _state_body(name: str) -> bool:
    """ "Державний земельний кадастр", "Національна поліція", "Держгеокадастр", "Мінцифри": named
    as a state's own body (an adjective, or the compound prefixes Держ-, Нац-, Мін- of one word)."""
    words = name.split()
    if not words:
        return False
    if len(words) == 1 and words[0].lower().startswith(("держ", "нац", "мін")) and len(words[0]) > 5:
        return True
    # "Полтавська обласна прокуратура", "Автозаводський районний суд": a regional organ of the state
    return any(p.lemma in _STATE_ADJECTIVES for p in parses(words[0])[:2]) or any(
        p.lemma in _REGIONAL_ADJECTIVES for w in words[1:3] for p in parses(w)[:2]
    )


def _protest_place(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], linking: Linking
) -> str | None:
    """Where a protest takes place ("у Тбілісі", "в столиці Грузії"); not any place the sentence
    names ("проти курсу партії, яку звинувачують у зближенні з Москвою")."""
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        # "акції прокотилися Словаччиною": the country they swept, in the instrumental after the verb
        if (
            p.prep is None
            and p.start == trig.i + 1
            and any(p_.has("ablt") for p_ in parses(doc[p.start].text))
        ):
            for a in p.actors:
                ent = linking.entity(a.entity)
                if ent is not None and ent.type == "LOC" and ent.country:
                    return ent.country
    for p in phrases:
        if clauses[p.start - sent.start] != clause or p.prep not in ("у", "в", "на", "до", "біля"):
            continue
        for a in p.actors:
            ent = linking.entity(a.entity)
            if ent is not None and ent.type == "LOC" and ent.country:
                return ent.country
        if p.prep in ("у", "в") and not p.actors and p.generic is None:
            named = [
                m for m in linking.between(p.start, p.end) if (e := linking.entity(m.entity)) and e.country
            ]
            if named:
                return linking.entity(named[0].entity).country  # type: ignore[union-attr]
    return _located_country(sent, linking) if clause == 0 else None


_PUT_OUT = frozenset({"пожежа", "загоряння", "займання", "вогонь", "наслідок"})


def _military_reporter(linking: Linking, entity: str | None) -> str | None:
    ent = linking.entity(entity)
    return ent.country if ent is not None and ent.country and (ent.code or "").endswith("MIL") else None


def _reporter_country(linking: Linking, entity: str | None) -> str | None:
    """ "За словами Туска, ... затримали": who reports an arrest speaks for the state that made it."""
    ent = linking.entity(entity)
    return ent.country if ent is not None and not (ent.code or "").endswith("MED") else None


@functools.cache
def weapons() -> dict[str, str]:
    """Weapon lemma → ASSAULT mode ("ракета" → aerial): a weapon as subject implies an attacker."""
    return {r["lemma"]: r.get("mode", "") for r in resources.table("weapons.tsv")}


@functools.cache
def forces() -> dict[str, str]:
    """Armed forces and hardware a deployment verb moves (``forces.tsv``), with their MOBILIZE mode."""
    return {r["lemma"]: r.get("mode", "") for r in resources.table("forces.tsv")}


# "випустили по підстанції чотири балістичні ракети": what is launched is the weapon, object or not
_FIRING_VERBS = frozenset({"випустити", "випускати", "запустити", "запускати"})


def _weapon_in_clause(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> Token | None:
    clause = clauses[trig.i - sent.start]
    fired = bool(lemmas(trig) & _FIRING_VERBS)
    for tok in doc[sent.start : min(sent.end, trig.i + (7 if fired else 4))]:
        if clauses[tok.i - sent.start] != clause or tok.i == trig.i:
            continue
        found = [p for p in parses(tok.text) if p.pos in ("NOUN", None) and p.lemma in weapons()]
        debris = [p for p in parses(tok.text) if p.pos == "NOUN" and p.lemma in _DEBRIS and p.has("ablt")]
        if debris and tok.i < trig.i and _impersonal_form(trig):
            return tok  # "уламками пошкоджено дах"
        if not found:
            continue
        if tok.i < trig.i and any(p.has("nomn") or p.pos is None for p in found):
            return tok  # "ракета влучила", "удар припав"
        if tok.i < trig.i and any(p.has("gent") for p in found) and _part_of_weapons(doc, tok, sent):
            return tok  # "одна з ракет влучила", "уламки збитого дрона пошкодили"
        if tok.i < trig.i and _impersonal_form(trig) and any(p.has("ablt") for p in found):
            return tok  # "уламками пошкоджено дах", "ракетою зруйновано школу"
        if tok.i > trig.i and (
            fired
            or any(p.has("ablt") for p in found)
            or (any(p.has("nomn") for p in found) and not any(p.has("accs") for p in found))
            or (_agrees_singular(trig, found) and not _subject_noun_before(doc, sent, trig, clauses))
        ):
            # "атакували дронами", "влучила ракета", "вантажівку атакував FPV-дрон"; not "знищили дрони"
            return tok
    return None


def _agrees_singular(verb: Token, nouns: list[Parse]) -> bool:
    """A singular past verb whose gender a singular nominative reading of the noun shares."""
    forms = [p for p in parses(verb.text)[:1] if p.pos == "VERB" and p.has("past") and not p.has("plur")]
    return any(
        n.has("nomn") and not n.has("plur") and any(n.has(g) and f.has(g) for g in ("masc", "femn", "neut"))
        for f in forms
        for n in nouns
    )


_DEBRIS = frozenset({"уламок", "рештка", "фрагмент"})
_PART_WORDS = frozenset({"один", "одна", "одне", "частина", "кілька", "більшість", "два", "три"})


def _part_of_weapons(doc: Doc, tok: Token, sent: Span) -> bool:
    """The weapon word is the genitive after debris or a part: "уламки (збитого) дрона", "одна з ракет"."""
    k = tok.i - 1
    while k > sent.start and any(p.pos in ("ADJF", "PRTF") for p in parses(doc[k].text)[:1]):
        k -= 1
    if k < sent.start:
        return False
    if lemmas(doc[k]) & _DEBRIS:
        return True
    return doc[k].lower_ in ("з", "із") and k > sent.start and bool(lemmas(doc[k - 1]) & _PART_WORDS)


# PLOVER THREATEN modes for the acts threatened
_THREAT_OF = {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence"}
_THREAT_MODES = {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"}


def _threat_mode(mode: str) -> str | None:
    return mode if mode in _THREAT_MODES else None


# acts whose negation in the present or future is a refusal
_POLICY_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE"})


def _past(tok: Token) -> bool:
    return any(p.pos == "VERB" and p.has("past") for p in parses(tok.text)[:1])


def _future(tok: Token) -> bool:
    """A future verb; "обмежить" is read as a colloquial infinitive first, but in news it is future."""
    found = [p for p in parses(tok.text)[:2] if p.pos == "VERB"]
    if not found or any(p.has("pres") for p in found):
        return False  # "скидає" reads as a perfective future first; a present reading wins
    return found[0].has("futr") or (found[0].has("infn") and any(p.has("futr") for p in found[1:]))


_PHONE_CALL = Trigger("розмова", "телефонний", "CONSULT", "phone", "")


def _phone_call(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "Зеленський у телефонній розмові з Санду привітав її": the call is an event of its own."""
    if tok.i + 2 >= sent.end or not any(p.lemma == "телефонний" for p in parses(tok.text)[:1]):
        return None
    if not any(p.lemma == "розмова" for p in parses(doc[tok.i + 1].text)[:2]):
        return None
    return _PHONE_CALL if doc[tok.i + 2].lower_ in ("з", "із", "зі") else None


@functools.cache
def _praise_words() -> frozenset[str]:
    return resources.word_set("praise_words.txt")


_PROMISES = frozenset({"пообіцяти", "обіцяти", "запропонувати", "пропонувати"})
_SUMMONING = frozenset({"викликати", "запросити"})


def _to_a_ministry(doc: Doc, sent: Span) -> bool:
    """ "до МЗС", "до міністерства закордонних справ": where an envoy is summoned."""
    return any(
        t.lower_ == "до"
        and (doc[t.i + 1].text == "МЗС" or lemmas(doc[t.i + 1]) & {"міністерство", "відомство"})
        for t in doc[sent.start : sent.end - 1]
    )


_ENVOYS = frozenset({"посол", "повірений", "@envoy"})  # "@envoy": a person named before as one


def _summons(
    doc: Doc,
    sent: Span,
    tok: Token,
    phrases: list[Phrase],
    clauses: list[int],
    home: str | None = None,
    ordering: list[Actor] | None = None,
) -> tuple[list[Actor], list[Actor]]:
    """(the side summoning, the envoy's side) from "до <body>" and the envoy's own phrase."""
    clause = clauses[tok.i - sent.start]
    mine = [p for p in phrases if clauses[p.start - sent.start] == clause and p.actors]
    host = next((p for p in mine if p.prep == "до" and any(a.country for a in p.actors)), None)
    envoy_inside = host is not None and any(lemmas(t) & _ENVOYS for t in doc[host.start : host.end])
    if envoy_inside:
        host = None  # "викликати до МЗС посла Росії": the country is the envoy's, the ministry unnamed
    hosts = list(host.actors) if host is not None else []
    named_envoys = {a.country for p in mine if p is not host and p.prep in (None, "у") for a in p.actors}
    if envoy_inside:
        named_envoys |= {a.country for p in mine if p.prep == "до" for a in p.actors}
    if host is None and ordering and not _countries(ordering) & named_envoys:
        hosts = list(ordering)
    if (
        host is None
        and home is not None
        and home not in named_envoys  # "викликати повіреного у справах Ірану" in a story about Iran
        and any(t.lower_ == "до" for t in doc[tok.i + 1 : tok.i + 3])
    ):
        # "Посла Росії викликали до МЗС": the ministry of the country the story is in
        hosts = [Actor(None, home, home + "GOV", None)]
    if not hosts:
        return [], []
    envoy = [
        a
        for p in sorted(mine, key=lambda p: p.start < tok.i)  # after the verb first, then before it
        if p is not host
        and (p.prep is None or "справа" in lemmas(doc[p.start]) or (envoy_inside and p.prep == "до"))
        for a in p.actors
        if a.country and a.country not in {b.country for b in hosts}
    ]
    return _country_level(hosts), _country_level(envoy[:1])


# "відбити атаку": the attack repelled is the other side's
_REPELLING = frozenset({"відбити", "відбивати"})

# "нести/лежати" + "відповідальність": blame said by a speaker (rows in event_triggers.tsv)
_BLAME_VERBS = frozenset({"нести", "лежати"})

_ANNOUNCING_VERBS = frozenset(
    {"оголосити", "оголошувати", "повідомити", "повідомляти", "заявити", "заявляти", "проінформувати"}
)


def _announced_act(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "МВС повідомило про затримання 14 учасників акції", "США оголосили про санкції проти ...":
    announcing one's own act is that act (the nouns in announced_acts.txt)."""
    if not any(p.lemma in _ANNOUNCING_VERBS and p.pos in ("VERB", "INFN") for p in parses(tok.text)[:2]):
        return None
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 6)] if not t.is_space]
    if not after or after[0].lower_ != "про":
        return None
    for t in after[1:4]:
        nouns = [p for p in parses(t.text)[:2] if p.pos == "NOUN"]
        if not nouns:
            continue  # "про нові санкції", "про черговий пакет": past the adjectives
        lemma = nouns[0].lemma
        if lemma not in resources.word_set("announced_acts.txt"):
            return None
        rows = [r for r in triggers().get(lemma, []) if not r.object]
        return rows[0] if rows else None
    return None


_NAMED_BADLY = Trigger("назвати", "", "ACCUSE", "", "")
_NAMED_WELL_TRIGGER = Trigger("назвати", "", "SUPPORT", "", "")


def _judged_by_naming(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "Сальвіні назвав акцію «політичною»", "назвала угоду історичною": calling something what the
    instrumental after it says judges it, badly unless the word is one of praise."""
    first = parses(tok.text)[:1]
    # "висловився різкіше, назвавши китайських моряків «хуліганами»": the gerund judges as the verb does
    named = lemmas(tok) | {v for p in first if p.pos == "GRND" for v in gerund_verbs(p.lemma)}
    if not named & _NAMING_VERBS or any(p.pos not in ("VERB", "GRND") for p in first):
        return None
    for t in doc[tok.i + 2 : min(sent.end, tok.i + 7)]:
        if t.text in (",", ".", ";", ":") and t.i > tok.i + 2:
            return None
        if _instrumental_words(t):
            # "назвав захист енергетики головним пріоритетом": the whole instrumental phrase judges
            phrase = itertools.takewhile(
                lambda w: w.text in _QUOTE_OPENERS or bool(_instrumental_words(w)),
                doc[t.i : min(sent.end, t.i + 5)],
            )
            # "назвали обмін сімнадцятим": a count, not a judgement
            readings = [p for w in phrase for p in _instrumental_words(w)[:1] if not _ORDINAL.search(p.lemma)]
            if not readings or (first[0].pos == "GRND" and not any(p.pos == "NOUN" for p in readings)):
                return None  # "визнав, назвавши її випадковою": a gerund judges with a noun only
            # the adjectives judge when there are any: "тривожним сигналом" is no praise of a signal;
            # a merely ordering one ("новим рівнем партнерства") leaves it to the nouns, with the
            # genitive after them
            adjectives = [p for p in readings if p.pos == "ADJF" and p.lemma not in _ORDERING_ADJECTIVES]
            judging = adjectives or readings + _genitive_after(doc, t, sent)
            words = {form for p in judging for form in _positive_forms(p.lemma)}
            # "головною загрозою", "типовим прикладом економічного примусу": a charge word in the
            # phrase or in the genitive that says what it is an example of
            charged = any(p.lemma in accusation_nouns() for p in readings + _genitives_after(doc, t, sent))
            return _NAMED_WELL_TRIGGER if words & _praise_words() and not charged else _NAMED_BADLY
    return None


# adjectives that place a thing in a sequence and judge nothing: "новим етапом співпраці"
_ORDERING_ADJECTIVES = frozenset({"новий", "наступний", "черговий", "перший", "другий", "якісно"})


def _genitive_after(doc: Doc, t: Token, sent: Span) -> list[Parse]:
    """The genitive noun right after an instrumental phrase starting at ``t``."""
    for w in doc[t.i : min(sent.end, t.i + 5)]:
        if _instrumental_words(w) or w.text in _QUOTE_OPENERS:
            continue
        return [p for p in parses(w.text)[:1] if p.pos == "NOUN" and p.has("gent")]
    return []


def _genitives_after(doc: Doc, t: Token, sent: Span) -> list[Parse]:
    """The genitive nouns of the few words after an instrumental phrase ("прикладом економічного
    примусу" → примус)."""
    found: list[Parse] = []
    for w in doc[t.i : min(sent.end, t.i + 6)]:
        if _instrumental_words(w) or w.text in _QUOTE_OPENERS:
            continue
        first = parses(w.text)[:1]
        if not any(p.has("gent") and p.pos in ("NOUN", "ADJF") for p in first):
            break
        found.extend(p for p in first if p.pos == "NOUN")
    return found


def _object_past_comma(doc: Doc, tok: Token, sent: Span, obj: str) -> bool:
    """Is the lexicon object of a naming verb only past a comma after it?"""
    if not obj:
        return False
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 13)]:
        if t.text == ",":
            return True
        if obj in lemmas(t):
            return False
    return False


def _praised_by_naming(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    judged = _judged_by_naming(doc, tok, sent)
    return judged if judged is _NAMED_WELL_TRIGGER else None


_ORDINAL = re.compile(r"(перш|друг|трет|четверт|п'ят|шост|сьом|восьм|дев'ят|десят|дцят|сот|тисячн)(ий|е)$")


def _instrumental_words(tok: Token) -> list[Parse]:
    return [p for p in parses(tok.text)[:2] if p.pos in ("ADJF", "NOUN") and p.has("ablt")]


def _positive_forms(lemma: str) -> set[str]:
    """A superlative praises as its base adjective does: найефективніший -> ефективний."""
    base = lemma.removeprefix("най")
    return {lemma, base, re.sub("іший$", "ий", base)}


_ANSWER_TRIGGER = Trigger("відповісти", "", "REJECT", "", "")
_ANSWER_VERBS = frozenset({"відповісти", "відповідати"})


def _answer(doc: Doc, tok: Token, sent: Span, linking: Linking) -> Trigger | None:
    """ "У МЗС Туреччини відповіли, що ...", "В Естонії у відповідь заявили, що ...": a side that
    answers in words rejects what was said against it (whom it answers is found later, from the
    acts against it told before). Only when what it says tells no act of its own ("відповіли, що
    проведуть нові акції" is a threat)."""
    found = [p for p in parses(tok.text)[:2] if p.pos == "VERB"]
    if not found:
        return None
    answered = any(p.lemma in _ANSWER_VERBS for p in found)
    in_reply = tok.i >= 2 and [t.lower_ for t in doc[tok.i - 2 : tok.i]] in (
        ["у", "відповідь"],
        ["в", "відповідь"],
    )
    if not answered and not (in_reply and any(speech_verbs().get(p.lemma) for p in found)):
        return None
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)] if not t.is_space]
    if answered and not (
        after
        and (after[0].lower_ == "що" or (len(after) > 1 and after[0].text == "," and after[1].lower_ == "що"))
    ):
        return None  # "не відповіла на запит": no answer given
    rest = doc[tok.i + 1 : sent.end]
    if any(_trigger_at(doc, t, sent, linking) or _judged_by_naming(doc, t, sent) for t in rest):
        return None
    return _ANSWER_TRIGGER


_MOVING = frozenset({"пройти", "проходити", "пролетіти", "пролітати", "увійти", "заходити", "зайти"})


def _forces_moving(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "Тайванською протокою пройшов американський есмінець", "китайські фрегати пройшли поблизу
    острова": a country's warships or aircraft moving near others is a show of force."""
    if not any(p.pos == "VERB" and p.lemma in _MOVING and not p.has("infn") for p in parses(tok.text)[:1]):
        return None
    near = [*doc[max(sent.start, tok.i - 3) : tok.i], *doc[tok.i + 1 : min(sent.end, tok.i + 4)]]
    verb = parses(tok.text)[0].lemma
    for k, t in enumerate(near):
        # a ship or an aircraft (people walking past are no show of force), named with its country
        machine = (
            p.lemma for p in parses(t.text)[:2] if p.lemma in forces() and p.has("nomn") and p.has("inan")
        )
        force = next(machine, None)
        if force is not None and k > 0 and country_of_adjective(near[k - 1]) is not None:
            return Trigger(verb, force, "MOBILIZE", forces()[force], "")
    return None


_RETALIATION_TRIGGER = Trigger("відповісти", "", "THREATEN", "", "")
_RETALIATING = frozenset({"відповісти", "відреагувати", "помститися"})
_READY = frozenset({"готовий", "пообіцяти", "обіцяти"})
# what is answered in words, not in kind: "відповість на запит"
_ANSWERED_PAPERS = frozenset({"запит", "запитання", "питання", "лист", "пропозиція", "звернення", "прохання"})


def _retaliation(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "Москва «відповість на будь-які недружні кроки»", "готова відповісти", "відреагують":
    an answer in kind still to come is a threat (whom it threatens is found later, from the acts
    against the one answering told before)."""
    found = [p for p in parses(tok.text)[:2] if p.pos == "VERB" and p.lemma in _RETALIATING and p.has("perf")]
    answered_on = any(t.lower_ == "на" for t in doc[max(sent.start, tok.i - 5) : tok.i]) or (
        tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "на"
    )
    if not found and answered_on:
        # "Росія «відповідатиме на будь-які спроби»": the imperfective future, answering what others do
        found = [
            p for p in parses(tok.text)[:2] if p.pos == "VERB" and p.lemma == "відповідати" and p.has("futr")
        ]
    if not found or (tok.i > 0 and doc[tok.i - 1].lower_ == "не"):
        return None
    ahead = doc[max(sent.start, tok.i - 2) : tok.i]
    if any(t.lower_ == "за" for t in doc[max(sent.start, tok.i - 3) : min(sent.end, tok.i + 2)]):
        return None  # "Москва за нього відповість": held to account, the speaker's charge
    if any(t.lower_ in ("якщо", "коли", "разі") for t in doc[max(sent.start, tok.i - 4) : tok.i]):
        return None  # "..., якщо Москва відповість висилкою": a condition, no threat
    coming = any(p.has("futr") for p in found) or (
        any(p.has("infn") for p in found) and any(lemmas(t) & _READY for t in ahead)
    )
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)] if not t.is_space]
    if after and after[0].lower_ == "на" and any(lemmas(t) & _ANSWERED_PAPERS for t in after[1:]):
        return None
    return _RETALIATION_TRIGGER if coming else None


def _taking_part(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "взяв участь у саміті", "беруть участь у навчаннях": taking part is the event taken part in."""
    if not any(p.lemma in ("взяти", "брати") and p.pos in ("VERB", "INFN") for p in parses(tok.text)[:2]):
        return None
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 8)] if not t.is_space]
    at = next((n for n, t in enumerate(after[:3]) if "участь" in lemmas(t)), None)
    if at is None or at + 1 >= len(after) or after[at + 1].lower_ not in ("у", "в"):
        return None
    for t in after[at + 2 : at + 5]:
        nouns = [p for p in parses(t.text)[:2] if p.pos == "NOUN"]
        if not nouns:
            continue
        rows = [r for p in nouns for r in triggers().get(p.lemma, []) if not r.object]
        return rows[0] if rows else None
    return None


_EXPECTING = frozenset({"чекати", "очікувати"})
_EXPECTED = Trigger("очікувати", "", "REQUEST", "", "")


def _expected_of(doc: Doc, tok: Token, sent: Span) -> Trigger | None:
    """ "Ми чекаємо від Москви визнання провини", "очікує від Києва кроків": what one expects of
    another is a demand."""
    if not any(p.lemma in _EXPECTING and p.pos == "VERB" for p in parses(tok.text)[:2]):
        return None
    after = [t for t in doc[tok.i + 1 : min(sent.end, tok.i + 4)] if not t.is_space]
    return _EXPECTED if any(t.lower_ == "від" for t in after) else None


def _called_for(doc: Doc, sent: Span, trig: Token) -> Trigger | None:
    """The cooperation or talks a call is for: "закликав до співпраці / до діалогу"."""
    window = [t for t in doc[trig.i + 1 : min(sent.end, trig.i + 5)] if not t.is_space]
    if not window or window[0].lower_ != "до":
        return None
    for tok in window[1:]:
        for p in parses(tok.text):
            if p.pos != "NOUN":
                continue
            bare = [t for t in triggers().get(p.lemma, []) if not t.object]
            return bare[0] if bare and bare[0].type in ("COOPERATE", "CONSULT") else None
    return None


@functools.cache
def _attack_nouns() -> frozenset[str]:
    """Nouns that name an attack ("удар", "обстріл", "атака"): ASSAULT trigger lemmas that are nouns."""
    return frozenset(
        r["lemma"]
        for r in resources.table("event_triggers.tsv")
        if r["type"] == "ASSAULT"
        and any(p.pos == "NOUN" and p.lemma == r["lemma"] for p in parses(r["lemma"]))
    )


@functools.cache
def _act_nouns() -> dict[str, str]:
    """Nouns that name an attack or a coercive act ("удар", "обстріл", "затримання", "арешт"):
    ASSAULT and COERCE trigger lemmas that are nouns → their type."""
    acts = {
        r["lemma"]: r["type"]
        for r in resources.table("event_triggers.tsv")
        if r["type"] in ("ASSAULT", "COERCE")
        and any(p.pos == "NOUN" and p.lemma == r["lemma"] for p in parses(r["lemma"]))
    }
    return (
        acts
        | dict.fromkeys(_SANCTION_NOUNS, "SANCTION")
        | _DEAL_NOUNS
        | dict.fromkeys(_VETO_NOUNS, "REJECT")
        | dict.fromkeys(_LAUNCH_NOUNS, "MOBILIZE")
    )


# "засудили пуск", "назвали випробування провокацією": a launch or a test judged, to find who made it
_LAUNCH_NOUNS = frozenset({"пуск", "запуск", "випробування", "навчання", "маневр", "маневри"})


# "назвав угорське вето «подарунком Кремлю»": a refusal judged, to find who refused
_VETO_NOUNS = frozenset({"вето", "блокування"})
# "виступає проти санкцій", "засудив нові мита": what a sanction is called, to find who imposed it
_SANCTION_NOUNS = frozenset({"санкція", "мито", "ембарго", "висилка", "вислання", "видворення"})
# "У Москві візит розкритикували", "назвала угоду «грошима на війну»": a meeting or a deal judged
_DEAL_NOUNS = {
    "саміт": "CONSULT",
    "візит": "CONSULT",
    "поїздка": "CONSULT",
    "переговори": "CONSULT",
    "зустріч": "CONSULT",
    "угода": "AGREE",
    "меморандум": "AGREE",
    "домовленість": "AGREE",
    "договір": "AGREE",
    "декларація": "AGREE",
    "пакт": "AGREE",
    "підписання": "AGREE",  # "У Москві підписання декларації розкритикували": the signers are charged
    "ратифікація": "AGREE",
}


def _act_named_after(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> str | None:
    """The type of the attack or coercive act named right after the verb, if any."""
    clause = clauses[trig.i - sent.start]
    # after the verb, or fronted right before it ("У Москві візит розкритикували")
    near = [*doc[trig.i + 1 : min(sent.end, trig.i + 5)], *doc[max(sent.start, trig.i - 2) : trig.i]]
    start = _clause_start(sent, trig, clauses)
    if start < trig.i - 2:
        near.append(doc[start])  # "Висилку хорватського дипломата засудив": the act opening the clause
    for t in near:
        if clauses[t.i - sent.start] != clause:
            continue
        if t.i - 1 > trig.i and _is_noun(doc[t.i - 1]) and any(p.has("gent") for p in parses(t.text)[:2]):
            continue  # "назвав рішення саміту": the decision is judged, not the summit
        kind = next((_act_nouns()[p.lemma] for p in parses(t.text)[:2] if p.lemma in _act_nouns()), None)
        if kind is not None:
            return kind
    return None


_FELLOWS = frozenset({"союзник", "партнер", "колега"})
_POSSESSIVE_GENDERS = {"її": ("femn",), "його": ("masc", "neut")}


def _possessor_country(doc: Doc, p: Phrase, linking: Linking) -> str | None:
    """ "пригрозив обкласти митами товари з Мексики, звинувативши її владу": the country a possessive
    "її/його" before a group noun stands for, the latest one named before it of that gender."""
    at = next((k for k in (p.start, p.start - 1) if k >= 0 and doc[k].lower_ in _POSSESSIVE_GENDERS), None)
    if at is None:
        return None
    genders = _POSSESSIVE_GENDERS[doc[at].lower_]
    for m in linking.before(at):
        ent = linking.entity(m.entity)
        if ent is None or ent.type != "LOC" or not ent.country or ent.code != ent.country:
            continue
        if any(q.has(g) for q in parses(doc[m.start].text)[:2] if q.pos == "NOUN" for g in genders):
            return ent.country
        return None  # the latest country is of the other gender: the pronoun is someone else's
    return None


# people an act is done to, when named as a whole: "депортація цивільного населення"
_VICTIM_GROUPS = frozenset({"населення", "цивільний", "мешканець", "житель", "людина", "дитина"})


def _generic_depends(doc: Doc, p: Phrase) -> bool:
    """Is the phrase's group noun the genitive of another noun ("депортацією цивільного населення"),
    not the phrase's head ("обвинувачення трьом людям")?"""
    head = next((t for t in doc[p.start : p.end] if _is_noun(t)), None)
    group = next((t for t in doc[p.start : p.end] if lemmas(t) & _VICTIM_GROUPS), None)
    if head is None or group is None or group is head:
        return False
    cases = {c for q in parses(group.text) if q.pos == "NOUN" for c in CASES if q.has(c)}
    return "gent" in cases and "datv" not in cases


def _victims_named(
    doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int], condemning: bool = False
) -> set[str]:
    """The countries after an attack or pressure noun with "на" in the verb's clause."""
    clause = clauses[trig.i - sent.start]
    return {
        a.country
        for p in phrases
        if clauses[p.start - sent.start] == clause
        and (
            (p.start > trig.i and p.prep == "на" and _attack_noun_before(doc, p.start - 1))
            or (condemning and _suffers_act_named(doc, p))
        )
        for a in p.actors
        if a.country
    }


# an attack noun's genitive is its doer ("атаки українських дронів"), not whom it struck
_ACTS_SUFFERED = frozenset({"SANCTION", "COERCE"})


def _suffers_act_named(doc: Doc, p: Phrase) -> bool:
    """ "Висилку польського дипломата засудили", "арешт громадян Литви": the genitive right after a
    hard act's noun is whom it was done to."""

    def act(tok: Token) -> bool:
        nouns = [r for r in parses(tok.text)[:2] if r.pos == "NOUN"]
        return any(_act_nouns().get(r.lemma) in _ACTS_SUFFERED for r in nouns)

    if p.end - p.start >= 2 and act(doc[p.start]):
        return True  # the phrase opens with the act: "Висилку польського дипломата"
    if p.prep is not None or p.start < 1 or _case_of_head(doc, p) != "gent":
        return False
    return act(doc[p.start - 1])


def _latest_hostile_against(found: list[_Found], victims: set[str], judges: list[Actor]) -> list[Actor]:
    """The source of the latest hostile act told against ``victims`` by a side other than the judges."""
    own = _countries(judges)
    for f in reversed(found):
        acting = _countries(f.event.source) - {None}
        if (
            f.event.type in _HOSTILE_ACTS
            and victims & _countries(f.event.target)
            and acting
            and not acting & own
        ):
            return list(f.event.source)
    return []


def _attack_noun_before(doc: Doc, k: int) -> bool:
    """Is the word before index ``k`` an attack noun ("кібератаку", "удару") or pressure ("тиск на
    Данію"): what falls "на" someone names the one who suffers it."""
    return k >= 1 and any(
        _act_nouns().get(p.lemma) == "ASSAULT" or p.lemma == "тиск" for p in parses(doc[k - 1].text)[:2]
    )


def _host_of_mission(linking: Linking, sent: Span, source: list[Actor]) -> list[Actor]:
    """The country an embassy among the actors sits in, named inside its name ("Посольство Росії в
    Аргентині")."""
    missions = {a.entity for a in source if (ent := linking.entity(a.entity)) and is_mission_name(ent.name)}
    own = _countries(source)
    for m in linking.between(sent.start, sent.end):
        if m.entity not in missions:
            continue
        for inner in linking.between(m.start + 1, m.end):
            ent = linking.entity(inner.entity)
            if ent is not None and ent.type == "LOC" and ent.country and ent.country not in own:
                return [Actor(ent.id, ent.country, ent.country, ent.name)]
    return []


_AROUND = frozenset({"довкола", "навколо", "біля", "поблизу", "поруч", "уздовж", "вздовж"})


def _where_attack_fell(doc: Doc, p: Phrase) -> bool:
    """ "засудили удар по лікарні в Сумах", "атаку на порт в Ізмаїлі": a place after an attack noun
    (within a few words, no comma between) is where it fell, not whom a condemnation accuses."""
    if p.prep not in ("по", "у", "в", "на"):
        return False
    for k in range(p.start - 1, max(-1, p.start - 5), -1):
        if doc[k].is_punct:
            return False
        if any(_act_nouns().get(r.lemma) == "ASSAULT" for r in parses(doc[k].text)[:2]):
            return True  # not pressure: "тиск на виборців у Сербії" is put on in Serbia, by its state
    return False


def _attack_named_after(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    return _act_named_after(doc, sent, trig, clauses) == "ASSAULT"


def _weapon_owner(doc: Doc, weapon: Token, linking: Linking) -> list[Actor]:
    """ "українські безпілотники", "російські ракети", "дрони СБУ": whose weapon it is."""
    for k in range(weapon.i - 1, max(-1, weapon.i - 4), -1):
        # "російська керована авіабомба", "російські ударні дрони": past the weapon's other adjectives
        if (country := country_of_adjective(doc[k])) is not None:
            return [Actor(None, country, country, doc[k].text)]
        if _pos(doc[k]) != "ADJF":
            break
    m = linking.at(weapon.i + 1) if weapon.i + 1 < len(doc) else None
    ent = linking.entity(m.entity) if m is not None else None
    if ent is not None and ent.type == "ORG" and ent.country:
        return [Actor(ent.id, ent.country, ent.code, ent.name)]
    after = doc[weapon.i + 1] if weapon.i + 1 < len(doc) else None
    if (
        after is not None
        and (country := country_of_adjective(after)) is not None
        and any(p.has("gent") for p in parses(after.text)[:2])
    ):
        # "ракета російського зенітного комплексу": the launcher it came from is that country's
        return [Actor(None, country, country, after.text)]
    return []


def _weapon_mode(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> str | None:
    weapon = _weapon_in_clause(doc, sent, trig, clauses)
    if weapon is None:
        return None
    return next((weapons()[p.lemma] or None for p in parses(weapon.text) if p.lemma in weapons()), None)


_PARTY_WORDS = {"сторона", "делегація"}  # "делегації погодили механізм": the two sides
_EXCHANGING = frozenset({"обмінятися", "обмінюватися"})
_PAIR_WORDS = {"обидва", "два"}


def _clause_start(sent: Span, trig: Token, clauses: list[int]) -> int:
    clause = clauses[trig.i - sent.start]
    return next(t.i for t in sent if clauses[t.i - sent.start] == clause)


def _the_parties(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the subject "сторони", "обидві країни" or "лідери/президенти двох країн"?"""
    clause = clauses[trig.i - sent.start]
    words = [t for t in doc[sent.start : trig.i] if clauses[t.i - sent.start] == clause and not t.is_space]
    for n, tok in enumerate(words):
        found = [p for p in parses(tok.text) if p.pos == "NOUN" and p.has("nomn") and p.has("plur")]
        if any(p.lemma in _PARTY_WORDS for p in found):
            return True
        before = {p.lemma for p in parses(words[n - 1].text)} if n else set()
        after_words = words[n + 1 : n + 5]
        after = {p.lemma for t in after_words for p in parses(t.text)}
        counted = after & _PAIR_WORDS or any(p.pos == "NUMR" for t in after_words for p in parses(t.text)[:1])
        if any(p.lemma == "країна" for p in found) and before & _PAIR_WORDS:
            return True  # "обидві країни"
        if found and (_is_title(tok) or generic_actor(tok) is not None) and "країна" in after and counted:
            return True  # "лідери двох країн", "міністри закордонних справ трьох країн", "уряди двох країн"
        if found and _is_title(tok) and all(_adverb_or_verb(t) for t in words[n + 1 :]):
            return True  # "Після переговорів президенти провели ...", "Міністри також домовилися"
    return False


def _adverb_or_verb(tok: Token) -> bool:
    """Words that may stand between a subject and the verb of its chain ("також домовилися спільно")."""
    return any(p.pos in ("ADVB", "PRCL", "VERB", "INFN") for p in parses(tok.text)[:1])


def _against_someone(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Does "проти" follow the verb in its clause?"""
    clause = clauses[trig.i - sent.start]
    return any(
        t.lower_ == "проти" and clauses[t.i - sent.start] == clause
        for t in doc[trig.i + 1 : min(sent.end, trig.i + 6)]
    )


def _object_pronoun(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> Token | None:
    """ "відправив його під варту", "затримали її": an object pronoun right after the verb."""
    nxt = next((t for t in doc[trig.i + 1 : min(sent.end, trig.i + 3)] if not t.is_space), None)
    if (
        nxt is None
        or nxt.lower_ not in ("його", "її", "їх")
        or clauses[nxt.i - sent.start] != clauses[trig.i - sent.start]
    ):
        return None
    after = nxt.nbor(1) if nxt.i + 1 < len(doc) else None
    # "його підзахисний", "її країна": a possessive before a noun is no object
    if (
        after is not None
        and after.lower_ not in _PREPOSITIONS
        and any(p.pos == "NOUN" for p in parses(after.text)[:1])
    ):
        return None
    return nxt


def _parties_addressed(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Is the object right after the verb "(обидві) сторони", "сторони конфлікту" or "обидві країни"?"""
    clause = clauses[trig.i - sent.start]
    words = [
        t
        for t in doc[trig.i + 1 : min(sent.end, trig.i + 4)]
        if clauses[t.i - sent.start] == clause and not t.is_space
    ]
    for n, tok in enumerate(words):
        found = [p for p in parses(tok.text) if p.pos == "NOUN" and p.has("plur") and not p.has("nomn")]
        before = {p.lemma for p in parses(words[n - 1].text)} if n else set()
        if any(p.lemma in _PARTY_WORDS for p in found) or (
            any(p.lemma == "країна" for p in found) and before & _PAIR_WORDS
        ):
            return True
        if tok.is_punct:
            break
    return False


# "заяви є втручанням", "поставки стануть законною ціллю": what a thing is said to be judges it
_COPULAS = frozenset({"бути", "стати"})
# "уражено склад", "знищено 64 безпілотники": an army reports what it struck; what was launched
# ("випущено 47 дронів") or harmed ("поранено трьох") is the enemy's doing
_STRIKING = frozenset({"уразити", "вразити", "знищити", "збити", "ліквідувати", "атакувати", "відбити"})


_ONE = frozenset({"один", "одна", "одне", "одні"})


def _each_other(doc: Doc, sent: Span, trig: Token) -> bool:
    """ "один одного", "одне одному", "одна з одною" within a few words after the verb."""
    words = [t.lower_ for t in doc[trig.i + 1 : min(sent.end, trig.i + 5)]]
    return any(
        a in _ONE
        and (
            b.startswith("одн")
            or (b in ("з", "із") and k + 2 < len(words) and words[k + 2].startswith("одн"))
        )
        for k, (a, b) in enumerate(itertools.pairwise(words))
    )


_PAIRED_NOUNS = frozenset({"країна", "сторона", "уряд", "держава", "столиця", "сусід"})


def _pair_named_after(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """Does "обох/двох країн (урядів, столиць)" follow the verb in its clause?"""
    clause = clauses[trig.i - sent.start]
    words = [t for t in doc[trig.i + 1 : min(sent.end, trig.i + 9)] if clauses[t.i - sent.start] == clause]
    return any(
        {p.lemma for p in parses(a.text)} & _PAIR_WORDS
        and any(p.lemma in _PAIRED_NOUNS and p.has("plur") for p in parses(b.text))
        for a, b in itertools.pairwise(words)
    )


def _pair_acting_before(found: list[_Found], sentence: int, exclude: Collection[str | None]) -> list[Actor]:
    """The two or more countries named together on one side of a recent event, other than ``exclude``."""
    for f in reversed(found):  # the pair may be the story's own, named in its lead
        for side in (f.event.source, f.event.target):
            pair = list(dict.fromkeys(a.country for a in side if a.country and a.country not in exclude))
            if len(pair) >= 2:
                return [Actor(None, c, c, None) for c in pair]
    return []


def _parties_before(
    found: list[_Found],
    sentence: int,
    types: Collection[str] = _RECIPROCAL | {"RETREAT"},
    reach: int | None = 8,
) -> list[Actor]:
    """The countries of the latest two-sided event (a meeting, agreement or exchange) told before,
    within ``reach`` sentences (anywhere before when None)."""
    for f in reversed(found):
        if reach is not None and f.sentence < sentence - reach:
            break
        if f.event.type not in types:
            continue
        # a go-between is no side: "за посередництва ОАЕ" leaves the two it mediates between
        actors = f.event.target if f.event.mode == "third-party" else f.event.source + f.event.target
        sides = list(dict.fromkeys(a.country for a in actors if a.country))
        if len(sides) >= 2:
            return [Actor(None, c, c, None) for c in sides]
        # "Молдова та Придністров'я провели переговори": two sides within one country; "ЄС і Канада
        # підписали угоду": a side of no country (a bloc) with a state
        within = list({_key(a): a for a in actors if a.entity and (a.country or a.code == "IGO")}.values())
        if len(within) >= 2:
            return within
    return []


def _first_country(actors: list[Actor], default: str | None = None) -> str | None:
    """The first country among actors, in the order they are named (never a set's hash order)."""
    return next((a.country for a in actors if a.country), default)


def _country_level(actors: list[Actor]) -> list[Actor]:
    """The countries of actors told in another sentence: a new strike on the same country is known
    by its country, not by the cities the earlier one hit."""
    countries = list(dict.fromkeys(a.country for a in actors if a.country))
    return [Actor(None, c, c, None) for c in countries]


def _reply_sides(found: list[_Found]) -> tuple[list[Actor], list[Actor]] | None:
    """Who strikes back and at whom: the latest attacker's adversary (its target, or else the side
    it fought in an attack told before) answers the latest attacker."""
    attacks = [f for f in found[-_LOOK_BACK_EVENTS:] if f.event.type == "ASSAULT"]
    last = next((f for f in reversed(attacks) if len(_countries(f.event.source) - {None}) == 1), None)
    if last is None:
        return None
    adversary = _adversary(found, _first_country(last.event.source))
    return (adversary, _country_level(last.event.source)) if adversary else None


# how many events told before a rule looks back through (a 10 MB text tells tens of thousands)
_LOOK_BACK_EVENTS = 300


def _adversary(
    found: list[_Found], country: str | None, kinds: Collection[str] = frozenset({"ASSAULT"})
) -> list[Actor]:
    """The side a country fights in the attacks (or other acts of ``kinds``) told so far, the latest
    one that names it."""
    if country is None:
        return []
    for f in reversed(found[-_LOOK_BACK_EVENTS:]):
        if f.event.type not in kinds:
            continue
        sources, targets = _countries(f.event.source) - {None}, _countries(f.event.target) - {None}
        if country in sources and targets - {country}:
            return _country_level([a for a in f.event.target if a.country in targets - {country}])
        if country in targets and sources - {country}:
            return _country_level([a for a in f.event.source if a.country in sources - {country}])
    return []


# verbs of suffering: "зазнали катувань", "пережили тортури", "розповідають про насильство"
# acts a statement may blame by naming them: strikes, arrests, sanctions and deliveries of arms
_DELIVERIES = {"поставка": "AID", "постачання": "AID", "допомога": "AID", "фінансування": "AID"}


def _doer_of_act_said(
    words: list[Token],
    clauses: list[int],
    sent: Span,
    joined: set[int],
    found: list[_Found],
    own: set[str | None],
) -> list[Actor]:
    """The doer (of another country) of the latest act of the kind an act noun in the said words names."""
    for t in words:
        if clauses[t.i - sent.start] not in joined:
            continue
        kind = next(
            (
                k
                for p in parses(t.text)[:2]
                if p.pos == "NOUN" and (k := (_act_nouns() | _DELIVERIES).get(p.lemma))
            ),
            None,
        )
        if kind is None:
            continue
        for f in reversed(found[-_LOOK_BACK_EVENTS:]):
            doers = _countries(f.event.source) - {None} - own
            if f.event.type == kind and doers:
                return _country_level([a for a in f.event.source if a.country in doers])
    return []


_SUFFERING = frozenset(
    {"зазнати", "зазнавати", "пережити", "переживати", "розповісти", "розповідати", "свідчити"}
)


def _launched_from(doc: Doc, sent: Span, tok: Token, clauses: list[int], linking: Linking) -> list[Actor]:
    """ "з території Білорусі", "із ліванської території", "з боку Росії" in the verb's clause."""
    clause = clauses[tok.i - sent.start]
    near = doc[max(sent.start, tok.i - 30) : min(sent.end, tok.i + 30)]
    words = [t for t in near if clauses[t.i - sent.start] == clause]
    for n, t in enumerate(words[:-1]):
        if t.lower_ not in ("з", "із", "зі"):
            continue
        after = words[n + 1 : n + 4]
        heads = [k for k, w in enumerate(after) if lemmas(w) & {"територія", "бік"}]
        if not heads:
            continue
        for w in after[: heads[0]] + after[heads[0] + 1 : heads[0] + 2]:
            ent = linking.entity(m.entity) if (m := linking.at(w.i)) is not None else None
            country = ent.country if ent is not None else country_of_adjective(w)
            if country is not None:
                return [Actor(None, country, country, None)]
    return []


def _done_to(found: list[_Found], own: frozenset[str | None], sentence: int) -> list[Actor]:
    """The side of the latest hostile act done to ``own`` by another country, told in this sentence
    or the two before."""
    for f in reversed(found):
        if f.sentence < sentence - 2:
            return []
        acting = _countries(f.event.source) - {None}
        if (
            acting
            and own
            and not acting & own
            and own & _countries(f.event.target)
            and f.event.type in _HOSTILE_ACTS
        ):
            return _country_level(f.event.source)
    return []


def _answered_side(found: list[_Found], own: frozenset[str | None], sentence: int) -> list[Actor]:
    """The side of the latest act by another country, told in this sentence or the two before."""
    for f in reversed(found):
        if f.sentence < sentence - 2:
            return []
        acting = _countries(f.event.source) - {None}
        if acting and not acting & own and f.event.type in _HOSTILE_ACTS:
            return _country_level(f.event.source)
    return []


def _in_reply(doc: Doc, sent: Span, tok: Token) -> bool:
    """ "У відповідь ... уразили": the act answers one told before."""
    words = [t.lower_ for t in doc[max(sent.start, tok.i - 30) : tok.i]]
    return any(words[k] in ("у", "в") and words[k + 1] == "відповідь" for k in range(len(words) - 1))


def _earlier_attack(
    found: list[_Found], target: list[Actor], sentence: int, named: bool = True, kind: str = "ASSAULT"
) -> _Found | None:
    """The latest attack (or other act of ``kind``) told before, with a named attacker, or else with
    a known target, on the same country."""
    wanted = _countries(target) - {None}
    for f in reversed(found):
        if f.event.type != kind or f.sentence > sentence:
            continue
        if (named and not f.event.source) or (not named and not f.event.target):
            continue
        if not wanted or wanted & _countries(f.event.target):
            return f
    return None


def _giver(doc: Doc, sent: Span, trig: Token, phrases: list[Phrase], clauses: list[int]) -> list[Actor]:
    """ "отримала від Японії": the phrase after "від" in the receiving verb's clause."""
    clause = clauses[trig.i - sent.start]
    for p in phrases:
        if p.prep == "від" and clauses[p.start - sent.start] == clause and p.actors:
            return list(p.actors)
    return []


_PACKAGES = {"санкція": "SANCTION", "обмеження": "SANCTION", "допомога": "AID", "підтримка": "AID"}


def _package_kind(doc: Doc, sent: Span, trigger: Trigger, found: list[_Found]) -> Trigger:
    """ "Рада ЄС затвердила шістнадцятий пакет": a package of sanctions or of aid, as the sentence
    says ("пакет санкцій") or else as the story's latest sanction or aid was."""
    kind = next((_PACKAGES[lem] for t in sent for lem in lemmas(t) if lem in _PACKAGES), None)
    if kind is None:
        kind = next((f.event.type for f in reversed(found) if f.event.type in ("SANCTION", "AID")), None)
    if kind is None or kind == trigger.type:
        return trigger
    return Trigger(trigger.lemma, trigger.object, kind, "", trigger.negated_type)


_SAYING_NOUNS = frozenset({"словами", "даними", "інформацією", "оцінками", "версією", "думку", "думкою"})
_RETURN_VERBS = frozenset({"повернути", "повертати"})
# "за посередництва Катару", "за сприяння ОАЕ": the mediator is not the side that held them
_MEDIATION = frozenset({"посередництво", "сприяння", "участь", "допомога"})
_HOMEWARD = frozenset({"додому", "батьківщина"})


def _receiver(
    doc: Doc, sent: Span, tok: Token, clauses: list[int], linking: Linking, source: list[Actor]
) -> str | None:
    """The side that gets its people back: the subject of "повернула з полону" / "додому", or the
    country of the place they are returned to ("в Україну повернули")."""
    clause = [t for t in sent if clauses[t.i - sent.start] == clauses[tok.i - sent.start]]
    words = [t.lower_ for t in clause]
    subject = _first_country(source, None)
    if subject and (("з" in words and "полону" in words) or any(lemmas(t) & _HOMEWARD for t in clause)):
        return subject
    for t in clause:
        if t.lower_ in ("в", "у", "до") and t.i + 1 < sent.end and (m := linking.at(t.i + 1)) is not None:
            ent = linking.entity(m.entity)
            if (
                ent is not None
                and ent.type == "LOC"
                and ent.country
                and (not subject or ent.country == subject)
            ):
                return ent.country
    return None


def _captor(
    doc: Doc, sent: Span, linking: Linking, found: list[_Found], s_index: int, home: str, target: list[Actor]
) -> list[Actor]:
    """Who held them: a side the sentence names other than the receiver, or the other side of the
    story's latest two-sided event."""
    held = [a for a in target if a.country and a.country != home]
    if held:
        return _country_level(held)[:1]
    for m in linking.between(sent.start, sent.end):
        ent = linking.entity(m.entity)
        mediated = any(lemmas(t) & _MEDIATION for t in doc[max(sent.start, m.start - 2) : m.start])
        if (
            ent is not None
            and ent.country
            and ent.country != home
            and ent.type in ("LOC", "ORG")
            and not mediated
        ):
            return [Actor(None, ent.country, ent.country, None)]
    others = [a for a in _parties_before(found, s_index, _ALL_TYPES) if a.country != home]
    return others[:1]


# lines a news page adds around the story: links to other articles, captions, calls to subscribe
_FURNITURE = (
    "читайте також",
    "дивіться також",
    "читайте нас",
    "підписуйтес",
    "фото:",
    "відео:",
    "джерело фото",
)


def _opens_with_headline(doc: Doc) -> bool:
    """The first sentence stands alone on its line (a title), rather than opening a paragraph."""
    all_sentences = sentences(doc)
    if len(all_sentences) < 2:
        return True
    text = text_of(doc)
    between = text[all_sentences[0].end_char : all_sentences[1].start_char]
    return "\n" in between or not all_sentences[0].text.rstrip().endswith((".", "!", "?", "…"))


def _page_furniture(doc: Doc, sent: Span) -> bool:
    text = text_of(doc)
    # such lines are short: look back a little only, so that one endless line costs nothing
    newline = text.rfind("\n", max(0, sent.start_char - 200), sent.start_char)
    if newline < 0 and sent.start_char > 200:
        return False
    return text[newline + 1 : newline + 21].lower().lstrip().startswith(_FURNITURE)


_NAMING_VERBS = frozenset({"назвати", "називати"})
_DECISIONS = frozenset(
    {
        "вирок",
        "резолюція",
        "угода",
        "закон",
        "законопроєкт",
        "звинувачення",
        "обвинувачення",
        "вимога",
        # claims: "назвав ці слова «маніпуляцією»", "назвала публікацію «фейком»"
        "слово",
        "твердження",
        "припущення",
        "закид",
        "публікація",
        "версія",
        # words said to one: "назвав погрози Кремля «передбачуваними»", "назвав заяву «шантажем»"
        "заява",
        "погроза",
        "ультиматум",
    }
)


# labels that say someone is behind a decision: "назвав вирок «політичним замовленням»", "особистою
# помстою" accuse whoever ordered it; other labels ("провокацією") reject the decision
_ORDERED_BY = frozenset({"замовлення", "помста", "розправа", "репресія", "переслідування"})


def _decision_named(doc: Doc, sent: Span, tok: Token) -> bool:
    return any(lemmas(t) & _DECISIONS for t in doc[tok.i + 1 : min(sent.end, tok.i + 3)])


def _doer_of_named_act(doc: Doc, sent: Span, trig: Token) -> Actor | None:
    """The country adjective of an attack or coercive act named right after the verb."""
    k = trig.i + 1
    if k + 1 >= sent.end or (country := country_of_adjective(doc[k])) is None:
        return None
    if not any(p.lemma in _act_nouns() for p in parses(doc[k + 1].text)[:2]):
        return None
    return Actor(None, country, country, doc[k].text)


def _acted_against(found: list[_Found], side: Collection[str | None]) -> bool:
    """Has another country done something hostile to this side in what was told before?"""
    own = set(side) - {None}
    return any(
        f.event.type in _HOSTILE_ACTS
        and own & _countries(f.event.target)
        and (acting := _countries(f.event.source) - {None})
        and not acting & own
        for f in found[-_LOOK_BACK_EVENTS:]
    )


def _latest_doer(found: list[_Found], act: str, judges: Collection[str | None]) -> _Found | None:
    """The latest act of that type told before by a country other than the judges'."""
    # a launch into the sea is told as an attack until the sentence's end decides it is a show of force
    kinds = {act, "ASSAULT"} if act == "MOBILIZE" else {act}
    for f in reversed(found[-_LOOK_BACK_EVENTS:]):
        acting = _countries(f.event.source) - {None}
        if f.event.type in kinds and acting and not acting & set(judges):
            return f
    return None


def _addressed_by(found: list[_Found], answering: list[Actor], sentence: int) -> list[Actor]:
    keys = {_key(a) for a in answering}
    for f in reversed(found):
        if f.sentence < sentence - 2:
            break
        if f.sentence < sentence and keys & {_key(a) for a in f.event.target}:
            return list(f.event.source)
    return []


def _earlier_attack_by(found: list[_Found], attackers: list[Actor], sentence: int) -> _Found | None:
    """The latest attack with a known target told before by the same country."""
    countries = _countries(attackers) - {None}
    if not countries:
        return None
    for f in reversed(found):
        told = f.event.type == "ASSAULT" and f.sentence <= sentence and bool(f.event.target)
        if told and _countries(f.event.source) - {None} == countries:
            return f
    return None


def _programme_country(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], receivers: list[Actor]
) -> list[Actor]:
    """ "отримала снаряди в межах чеської ініціативи": the country whose programme it is."""
    clause = clauses[trig.i - sent.start]
    own = {a.country for a in receivers}
    for t in doc[max(sent.start, trig.i - 30) : min(sent.end, trig.i + 30)]:
        if (
            clauses[t.i - sent.start] == clause
            and (country := country_of_adjective(t))
            and country not in own
        ):
            return [Actor(None, country, country, None)]
    return []


def _earlier_giver(found: list[_Found], receivers: list[Actor], sentence: int) -> list[Actor]:
    earlier = _earlier_attack(found, receivers, sentence, kind="AID")
    return list(earlier.event.source) if earlier is not None else []


def _earlier_receiver(found: list[_Found], givers: list[Actor], sentence: int) -> list[Actor]:
    """Who received the aid told before, if no giver here gives to itself."""
    earlier = _earlier_attack(found, [], sentence, named=False, kind="AID")
    if earlier is None:
        # no aid told yet: the giver's partner in the meeting or agreement just told (not a
        # co-host of a ministerial: "засідання спільно провели міністри Британії та Німеччини")
        latest = next(
            (f for f in reversed(found[-_LOOK_BACK_EVENTS:]) if f.event.type in _RECIPROCAL | {"RETREAT"}),
            None,
        )
        if latest is not None and latest.event.mode == "multilateral":
            return []
        others = [a for a in _parties_before(found, sentence) if a.country not in _countries(givers)]
        return others if len(others) == 1 else []
    if _countries(earlier.event.target) & _countries(givers) - {None}:
        return []
    return _country_level(earlier.event.target)


_ON_WHOSE_THINGS = frozenset({"SANCTION", "ASSAULT", "AID", "COERCE"})
_GIVING = frozenset({"передати", "передавати", "надати", "надавати"})
_ORIGIN_PREPOSITIONS = frozenset({"з", "із", "зі", "від", "через", "для"})


def _country_of_things(
    doc: Doc, sent: Span, trig: Token, clauses: list[int], linking: Linking, source: list[Actor]
) -> list[Actor]:
    """The one other country named after the verb in its clause, by an adjective or a place, and not
    as where something comes from ("з території Білорусі")."""
    clause = clauses[trig.i - sent.start]
    own = _countries(source)
    given = _lemma_of(trig) in _GIVING or any(t.type == "AID" for t in triggers().get(_lemma_of(trig), []))
    found: list[str] = []
    for t in doc[trig.i + 1 : sent.end]:
        if clauses[t.i - sent.start] != clause:
            break
        if _after_origin(doc, t, sent):
            continue
        m = linking.at(t.i)
        ent = linking.entity(m.entity) if m is not None else None
        country = ent.country if ent is not None and ent.type == "LOC" else None
        if m is None and any(p.pos == "ADJF" for p in parses(t.text)[:1]) and not given:
            country = country_of_adjective(t)  # "української продукції"; but "американської зброї" is given
        if country and country not in own and country not in found:
            found.append(country)
    return [Actor(None, found[0], found[0], None)] if len(found) == 1 else []


def _after_origin(doc: Doc, tok: Token, sent: Span) -> bool:
    for k in range(tok.i - 1, max(sent.start, tok.i - 3) - 1, -1):
        if doc[k].lower_ in _ORIGIN_PREPOSITIONS:
            return True
        if not any(p.pos in ("ADJF", "NUMR") for p in parses(doc[k].text)[:1]):
            return False
    return False


_STATEMENTS = frozenset(
    {"заява", "твердження", "звинувачення", "версія", "слово", "обвинувачення", "закид", "позиція"}
)


def _statements_judged(doc: Doc, sent: Span, clauses: list[int], noun: Token) -> bool:
    """Is the charge said of statements ("заяви ... є втручанням", "твердження Києва — провокація")?"""
    clause = clauses[noun.i - sent.start]
    words = list(doc[max(sent.start, noun.i - 8) : noun.i])
    return any(
        clauses[t.i - sent.start] == clause
        and _STATEMENTS & lemmas(t)
        and any(p.has("nomn") for p in parses(t.text))
        and any(w.lower_ in ("є", "це", "—", "–") for w in words[k + 1 :])  # said to be the charge
        for k, t in enumerate(words)
    )


def _statement_object(doc: Doc, sent: Span, trig: Token, clauses: list[int]) -> bool:
    """The rejected thing is a statement pointed back to ("ці заяви", "такі звинувачення"), with no
    owner of its own."""
    clause = clauses[trig.i - sent.start]
    for t in doc[sent.start : sent.end]:
        if clauses[t.i - sent.start] != clause or not (_STATEMENTS & lemmas(t)):
            continue
        pointed = t.i > sent.start and bool(lemmas(doc[t.i - 1]) & _POINTING)
        after = doc[t.i + 1] if t.i + 1 < sent.end else None
        return pointed and (after is None or not any(p.has("gent") for p in parses(after.text)[:1]))
    return False


_POINTING = frozenset({"цей", "такий", "подібний", "ці", "такі"})


def _them_named(doc: Doc, sent: Span, trig: Token) -> bool:
    """ "назвала їх «брехнею»", "назвав це «провокацією»": what is named is pointed back to."""
    nxt = next((t for t in doc[trig.i + 1 : min(sent.end, trig.i + 2)] if not t.is_space), None)
    return nxt is not None and nxt.lower_ in ("їх", "це")


def _last_speaker_against(
    quote_spans: list[tuple[int, int, str | None]], pos: int, source: list[Actor], linking: Linking
) -> list[Actor]:
    """The speaker of the latest quote before ``pos`` from a country other than the source's."""
    own = _countries(source) - {None}
    for start, _, speaker in reversed(quote_spans):
        ent = linking.entity(speaker) if start < pos else None
        if ent is not None and ent.country and ent.country not in own:
            return [Actor(ent.id, ent.country, ent.code, ent.name)]
    return []


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
    if first.text.lower().startswith(("від ", "з ", "із ", "до ")):
        return narrative  # "від початку року", "до кінця місяця": a span's edge, not when the story is
    if _concrete(first):
        value = calendar_date(first.value)
        if published and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value) and value > published[: len(value)]:
            return narrative  # "прибудуть ... у квітні": a future date is no time the story moves to
        return value
    if first.value in _VAGUE_PAST:
        return None
    if first.value == "PRESENT_REF":
        return published
    return narrative


# the quarrels of one country's politics: a charge, refusal or demand there is at its own people
_DOMESTIC_QUARRELS = frozenset({"ACCUSE", "REJECT", "REQUEST"})
_OTHERS = _FOREIGN_QUALIFIERS | {"інший", "партнер", "союзник", "світ"}
_DOMESTIC_STORY = 4  # events a story must tell before its sides say it is one country's politics


_CONSENTS = frozenset({"AGREE", "CONCEDE"})
_ASKING = frozenset({"REQUEST", "THREATEN", "SANCTION", "COERCE"})


def _agreed_to_whom(found: list[_Found]) -> None:
    """ "Варшава наполягала на перевірках, і Київ зрештою на це погодився": an agreement or a
    concession with no side named answers the latest demand or pressure of another country told in
    its sentence or the two before, else the other side of the latest meeting or deal it was in."""
    for n, f in enumerate(found):
        own = _countries(f.event.source) - {None}
        if f.event.type not in _CONSENTS or f.event.target or len(own) != 1:
            continue
        earlier = [g for g in reversed(found[:n]) if g.sentence >= f.sentence - 2]
        asked = next(
            (
                g
                for g in earlier
                if g.event.type in _ASKING
                and (others := _countries(g.event.source) - {None})
                and not others & own
                and (own & _countries(g.event.target) or not g.event.target)
            ),
            None,
        )
        if asked is None and f.event.type != "AGREE":
            continue  # "уряд дозволив виїжджати": a concession at home answers no one abroad
        if asked is None:
            asked = next(
                (
                    g
                    for g in reversed(found[:n])
                    if g.event.type in ("CONSULT", "AGREE", "SUPPORT")
                    and own <= _countries(g.event.source) | _countries(g.event.target)
                    and (_countries(g.event.source) | _countries(g.event.target)) - own - {None}
                ),
                None,
            )
            if asked is not None:
                sides = list(asked.event.source) + list(asked.event.target)
                f.event.target = _country_level([a for a in sides if a.country and a.country not in own])[:1]
                f.target_keys = frozenset(map(_key, f.event.target))
            continue
        f.event.target = _country_level(asked.event.source)
        f.target_keys = frozenset(map(_key, f.event.target))


def _recalled_from(found: list[_Found]) -> None:
    """ "Пекін тоді відкликав свого посла й знизив рівень відносин": a state recalls its own envoy
    from (and cuts ties with) the other side of its latest quarrel, not itself."""
    for n, f in enumerate(found):
        own = _countries(f.event.source) - {None}
        if f.event.type != "SANCTION" or f.event.mode not in ("withdraw", "discontinue") or not own:
            continue
        if (_countries(f.event.target) - {None}) - own:
            continue
        other: frozenset[str | None] = next(
            (
                sides - own
                for g in reversed(found[:n])
                if (sides := (_countries(g.event.source) | _countries(g.event.target)) - {None}) & own
                and sides - own
            ),
            frozenset(),
        )
        if len(other) == 1:
            country = next(iter(other))
            f.event.target = [Actor(None, country, country, None)]
            f.target_keys = frozenset(map(_key, f.event.target))


def _domestic_targets(found: list[_Found], doc: Doc) -> None:
    """In a story of one country's politics (every side of every act is of that country), a charge,
    a refusal or a demand with no side named is aimed at that country's own people ("Міністерка
    звинувачення в цензурі відкинула": the opposition's charge), unless it is made of others
    ("закликав інші держави")."""
    sides = {c for f in found for c in _countries(f.event.source) | _countries(f.event.target)} - {None}
    if len(sides) != 1 or len(found) < _DOMESTIC_STORY:
        return
    home = next(iter(sides))
    for f in found:
        if f.event.mode == "investigate":
            continue  # "розслідує пошкодження кабелю": whoever did it is not known
        abroad = f.at >= 0 and any(lemmas(t) & _OTHERS for t in doc[f.at + 1 : min(len(doc), f.at + 4)])
        if (
            f.event.type in _DOMESTIC_QUARRELS
            and not f.event.target
            and not abroad
            and _countries(f.event.source) == {home}
        ):
            f.event.target = [Actor(None, home, home, None)]
            f.target_keys = frozenset(map(_key, f.event.target))


def _answer_accusations(found: list[_Found]) -> None:
    """A reaction with no target answers the latest act against the one reacting.

    "У Москві звинувачення відкинули" rejects the accusation made against Russia, so it targets the
    accuser; "Захарова назвала санкції недружнім кроком" accuses whoever sanctioned Russia last;
    "Росія залишає за собою право на відповідь" threatens the side that acted against it. Only acts
    told earlier in the article count, and only acts by another country.
    """
    for n, f in enumerate(found):
        if f.event.type not in _REACTIONS or f.event.target or f.event.modality == "negated":
            continue
        reacting = _countries(f.event.source) - {None}
        answer = f.answer and f.event.type == "REJECT"
        if not reacting and f.event.type == "ACCUSE" and f.event.source:
            # "Представник ОБСЄ назвав справу «частиною тиску»": a body of no country judges the
            # state's latest hard act told just before
            _judge_latest_act(f, found[:n])
            continue
        if not reacting or (
            # "Китай виступає проти односторонніх санкцій" opposes what was just done to it
            f.event.type == "REJECT"
            and not word_lemmas(f.event.trigger) & (_DENIALS | _OPPOSING)
            and not answer
        ):
            continue  # "заблокувала ухвалення бюджету" answers no accusation; "відкинула звинувачення" does
        # "Кишинів цей борг не визнає" answers the demand just told, not one from paragraphs before
        not_owned = f.event.type == "REJECT" and bool(
            # "протест відхилив": the protest just lodged, not a demand told paragraphs before
            word_lemmas(f.event.trigger) & {"визнати", "визнавати", "відхилити", "відхиляти"}
        )
        for earlier in reversed(found[:n]):
            if not_owned and earlier.sentence < f.sentence - 1:
                break
            acting = _countries(earlier.event.source) - {None}
            if (
                earlier.event.type in _REACTIONS[f.event.type]
                and reacting & _countries(earlier.event.target)
                and acting
                and not acting & reacting
            ):
                f.event.target = list(earlier.event.source)
                f.target_keys = earlier.source_keys
                break
        if f.event.type == "THREATEN" and not f.event.target:
            _threaten_adversary(f, reacting, found[:n])
        if f.event.type == "SUPPORT" and not f.event.target and word_lemmas(f.event.trigger) & _WELCOMING:
            _welcome_the_parties(f, reacting, found[:n])
        if f.event.type == "REJECT" and not f.event.target:
            _deny_own_act(f, reacting, found[:n])
        if f.event.type == "REJECT" and not f.event.target:
            _deny_blame(f, reacting, found[:n])
        if f.event.type == "REJECT" and not f.event.target and word_lemmas(f.event.trigger) & _DISMISSING:
            _dismiss_latest_claim(f, reacting, found[:n])
        if answer and not f.event.target:
            # "Тихий у відповідь нагадав, що ...": an answer goes to whoever spoke against others last
            said = next(
                (
                    e
                    for e in reversed(found[:n])
                    if e.sentence >= f.sentence - 3
                    and e.event.type in _HOSTILE_ACTS
                    and (acting := _countries(e.event.source) - {None})
                    and not acting & reacting
                ),
                None,
            )
            if said is not None:
                f.event.target, f.target_keys = _country_level(said.event.source), said.source_keys


_WELCOMING = frozenset({"привітати", "вітати", "схвалити", "схвалювати", "підтримати", "підтримувати"})
_ACCORDS = frozenset({"AGREE", "COOPERATE", "SUPPORT", "CONSULT"})


def _welcome_the_parties(f: _Found, reacting: frozenset[str | None], earlier: list[_Found]) -> None:
    """ "Москва привітала підписання протоколу": a welcome of no one named goes to the sides of the
    accord told just before (two or more countries, the one welcoming not among them)."""
    for act in reversed(earlier):
        if act.sentence < f.sentence - 8:
            return
        parties = {c for c in _countries(act.event.source) | _countries(act.event.target) if c}
        if act.event.type in _ACCORDS and len(parties) >= 2 and not parties & reacting:
            f.event.target = [Actor(None, c, c, None) for c in sorted(parties)]
            f.target_keys = frozenset(map(_key, f.event.target))
            return


def _threaten_adversary(f: _Found, reacting: frozenset[str | None], earlier: list[_Found]) -> None:
    """ "Ас-Сісі пообіцяв вжити всіх необхідних заходів": a threat of no target, with no act against
    the side told before, is aimed at whom that side itself last acted against."""
    for act in reversed(earlier):
        if act.sentence < f.sentence - 5:
            return
        aimed = [a for a in act.event.target if a.country and a.country not in reacting]
        if act.event.type in _HOSTILE_ACTS and reacting & _countries(act.event.source) and aimed:
            f.event.target, f.target_keys = _country_level(aimed), frozenset(map(_key, aimed))
            return


_SIGNING = frozenset({"підписати", "підписувати"})


def _accords_signed(found: list[_Found]) -> list[_Found]:
    """A signed agreement between two or more countries is both the formal endorsement PLOVER files
    under SUPPORT and the agreement the sides reached (AGREE): annotators read it either way, and
    a timeline by type should find it under both."""
    twins = []
    for f in found:
        sides = (_countries(f.event.source) | _countries(f.event.target)) - {None}
        if (
            f.event.type == "SUPPORT"
            and f.event.modality == "asserted"
            and len(sides) >= 2
            and word_lemmas(f.event.trigger) & _SIGNING
        ):
            twins.append(replace(f, event=replace(f.event, type="AGREE")))
    return twins


def _judge_latest_act(f: _Found, earlier: list[_Found]) -> None:
    for act in reversed(earlier):
        if act.sentence < f.sentence - 4:
            return
        acting = [a for a in act.event.source if a.country]
        if act.event.type in ("ASSAULT", "COERCE", "SANCTION") and acting:
            f.event.target = _country_level(acting)
            f.target_keys = frozenset(map(_key, f.event.target))
            return


def _deny_own_act(f: _Found, reacting: frozenset[str | None], earlier: list[_Found]) -> None:
    """ "У Баку інцидент заперечили": denying an act the article puts on the denier answers the side
    it was done to."""
    for act in reversed(earlier):
        if act.event.type not in ("ASSAULT", "COERCE") or not reacting & _countries(act.event.source):
            continue
        victims = [a for a in act.event.target if a.country and a.country not in reacting]
        if victims:
            f.event.target = _country_level(victims)
            f.target_keys = frozenset(map(_key, f.event.target))
        return


_OPPOSING = frozenset({"виступати", "виступити"})
# hostile acts a side may deny having done ("не атакувала", "ніколи не втручалася")
_DENIABLE = frozenset({"ASSAULT", "COERCE", "THREATEN"})


_DISMISSING = frozenset({"відкинути", "відкидати", "відхилити", "відхиляти", "спростувати", "спростовувати"})


def _dismiss_latest_claim(f: _Found, reacting: frozenset[str | None], earlier: list[_Found]) -> None:
    """ "У Єревані цю вимогу відкинули", "Вільнюс відкинув пропозицію Мінська": what is thrown out is
    the latest claim, demand or offer another country made, told in the two sentences before."""
    for act in reversed(earlier):
        if act.sentence < f.sentence - 2:
            return
        acting = _countries(act.event.source) - {None}
        if act.event.type in ("ACCUSE", "REQUEST", "AGREE", "THREATEN") and acting and not acting & reacting:
            f.event.target, f.target_keys = _country_level(act.event.source), act.source_keys
            return


def _deny_blame(f: _Found, reacting: frozenset[str | None], earlier: list[_Found]) -> None:
    """ "Білорусь не має жодного стосунку до цих куль", told after Lithuania closed its border to
    Belarus: a denial with no charge told answers the side that acted against the denier just before
    or in the lead."""
    lead = earlier[0].sentence + 1 if earlier else 0
    for act in reversed(earlier):
        if lead < act.sentence < f.sentence - 4:
            continue
        acting = _countries(act.event.source) - {None}
        if (
            act.event.type in _HOSTILE_ACTS
            and reacting & _countries(act.event.target)
            and not acting & reacting
        ):
            f.event.target, f.target_keys = _country_level(act.event.source), act.source_keys
            return


def _merge(found: list[_Found]) -> list[Event]:
    """One real-world event told twice is one event: within a sentence, same type and source with the
    same (or a missing) target; across sentences, same type, mode, actors and date."""
    kept: list[_Found] = []
    kept_by_type: dict[str, list[_Found]] = {}  # twins share a type: no scan of every event kept
    retold_at: dict[int, tuple[int, int, str]] = {}
    for f in found:
        same_type = kept_by_type.setdefault(f.event.type, [])
        twin = next((k for k in same_type if _same(k, f) and not _retold_elsewhere(k, f)), None)
        if twin is None:
            kept.append(f)
            same_type.append(f)
        else:
            if twin.sentence == 0 and f.sentence != 0 and twin.told_again_in is None:
                twin.told_again_in = f.sentence
                retold_at[id(twin)] = (f.event.start, f.event.end, f.event.trigger)
            if not twin.target_keys and f.target_keys:
                twin.event.target, twin.target_keys = f.event.target, f.target_keys
            if not twin.event.source and f.event.source:
                twin.event.source, twin.source_keys = f.event.source, f.source_keys
            if twin.sentence == 0 and f.sentence != 0 and twin.event.date != f.event.date:
                twin.event.date = f.event.date  # the lead dates what the headline only announces
                twin.announced = f.announced
            elif twin.announced and not f.announced:
                twin.event.date, twin.announced = f.event.date, False  # the act's own day
    for k in kept:
        if id(k) in retold_at:
            # the body sentence tells the event in full (date, place, wording); the headline sums it up
            k.event.start, k.event.end, k.event.trigger = retold_at[id(k)]
    events = [k.event for k in kept]
    for n, e in enumerate(events, 1):
        e.id = f"V{n}"
    return events


def _gerund_word(word: str) -> bool:
    return any(p.pos == "GRND" for p in parses(word)[:1])


def _retold_elsewhere(headline: _Found, f: _Found) -> bool:
    """A headline sums up one event of the body: once retold, a second act of the same kind is not
    it again ("запровадила санкції" ... "крім того, заборонила експорт")."""
    return (
        headline.sentence == 0
        and headline.told_again_in is not None
        and headline.told_again_in != f.sentence
        and headline.event.trigger.lower() != f.event.trigger.lower()
    )


def _countries(actors: list[Actor]) -> frozenset[str | None]:
    return frozenset(a.country for a in actors)


def _same(a: _Found, b: _Found) -> bool:
    if a.event.type != b.event.type:
        return False
    if (a.announced or b.announced) and a.sentence != b.sentence:
        # "прокуратура повідомила про арешт" and "чоловіка затримали у вівторок": one arrest, told on
        # the day it was announced and on the day it was made
        targets_a, targets_b = _countries(a.event.target) - {None}, _countries(b.event.target) - {None}
        return _countries(a.event.source) == _countries(b.event.source) and (
            not targets_a or not targets_b or bool(targets_a & targets_b)
        )
    if a.sentence == b.sentence:
        if a.event.type == "AID" and a.event.trigger.lower() != b.event.trigger.lower():
            return False  # "виділить $30 мільйонів і передасть генератори": two kinds of help
        if (
            "disapprove" in (a.event.mode, b.event.mode)
            and a.event.mode != b.event.mode
            # "засудив навчання, назвавши їх загрозою": the gerund tells how he condemned them
            and not any(_gerund_word(e.event.trigger) for e in (a, b))
        ):
            return (
                False  # "назвав удар злочином і повідомив, що Валлетта викликала посла": words and a summons
            )
        targets_a, targets_b = _countries(a.event.target), _countries(b.event.target)
        return _countries(a.event.source) == _countries(b.event.source) and (
            targets_a == targets_b or not targets_a or not targets_b
        )
    # the headline and the lead often tell the same event with other words ("Росія атакувала Харків",
    # "Російські війська завдали ударів по Харкову"): same kind, sides, targets and day
    if (
        0 not in (a.sentence, b.sentence)
        and a.event.trigger.lower() != b.event.trigger.lower()
        and not _restated(a, b)
    ):
        return False  # two acts of one side on one day ("запровадила санкції", "заборонила експорт")
    headline = 0 in (a.sentence, b.sentence)
    if (
        headline
        and a.event.type in _RECIPROCAL
        and a.event.mode == b.event.mode  # a visit and the talks during it are two events
        and _parties(a) == _parties(b)
        and len(_parties(a)) >= 2
    ):
        # "президенти обговорили" in the headline is "Макрон провів переговори із Зеленським" below
        return bool(a.event.date and b.event.date) and (a.event.date == b.event.date or _headline_day(a, b))
    targets = _countries(a.event.target) - {None}
    if (
        headline
        and a.sentence == 0
        and not a.event.source
        and targets
        and targets <= _countries(b.event.target)
        and (a.event.date == b.event.date or _headline_day(a, b))
    ):
        return True  # "Морські дрони уразили російський корабель" is the lead's strike by its named side
    return (
        _countries(a.event.source) == _countries(b.event.source)
        # "вислала сербського дипломата" in the headline is "… секретаря посольства Сербії" below
        and (
            a.target_keys == b.target_keys
            or _restated(a, b)
            or (
                headline
                and bool(targets)
                and targets == _countries(b.event.target) - {None}
                and (
                    any(all(t.entity is None for t in f.event.target) for f in (a, b))
                    # "Київ назвав вето ..." above "Сибіга назвав угорське вето ...": one act told twice
                    or a.event.trigger.lower() == b.event.trigger.lower()
                )
            )
        )
        and (bool(a.target_keys) or a.event.trigger.lower() == b.event.trigger.lower() or _restated(a, b))
        and a.event.date is not None
        and b.event.date is not None
        and (a.event.date == b.event.date or _headline_day(a, b))
    )


def _parties(f: _Found) -> frozenset[str | None]:
    return (_countries(f.event.source) | _countries(f.event.target)) - {None}


def _headline_day(a: _Found, b: _Found) -> bool:
    """A headline has no date of its own (it gets the publication day): the lead's "вчора", "у
    вівторок" of the same event is a day or two before."""
    if 0 not in (a.sentence, b.sentence) or not a.event.date or not b.event.date:
        return False
    try:
        da = dt.date.fromisoformat(a.event.date[:10])
        db = dt.date.fromisoformat(b.event.date[:10])
    except ValueError:
        return False
    head, other = (da, db) if a.sentence == 0 else (db, da)
    return 0 <= (head - other).days <= 2


def _restated(a: _Found, b: _Found) -> bool:
    """The same event told again without its target: the same verb ("доставив допомогу" /
    "доставив продукти"), or a protest of the same kind ("відбувся страйк" / "страйк оголосили")."""
    if (a.target_keys and b.target_keys) or a.event.mode != b.event.mode:
        return False
    return a.event.trigger.lower() == b.event.trigger.lower() or a.event.type == "PROTEST"
