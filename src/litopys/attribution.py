"""Stage 6: who says what — quotes with speakers, and where the information comes from.

Quotes: direct speech in «», "", „“ introduced by a colon or followed by "— сказав він"; indirect
speech after a speech verb and "що"; mixed speech (a cue followed by quoted fragments); "за
словами X, ...". Speakers are the nominative subject of the cue, resolved through pronouns and role
descriptors to entities.

Attributions: the outlet or institution the information comes from ("повідомляє Yonhap", "повідомили
в KCNA", "у Кремлі підтвердили"), the outlet it reached us through (``via``), unnamed sources
(``citing``: "з посиланням на чиновників США") and unattributed reports ("стало відомо").
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from litopys.lang.uk import resources
from litopys.link import LinkedMention, Linking, country_of_adjective, is_nominative, roles
from litopys.mentions import is_mission_name, lemmas, mission_heads, org_heads
from litopys.model import Attribution, Quote
from litopys.morphology import gerund_verbs, parses, readings, sentence_of, sentences, text_of, token_at_char

_OPENERS = {"«": "»", "„": "“", "“": "”"}
_PRONOUNS = {"він": "masc", "вона": "femn", "вони": "plur"}
_IMPERSONAL_PREPOSITIONS = {"у", "в"}
_ADJUNCT_PREPOSITIONS = frozenset({"у", "в", "на", "під", "після", "перед", "за"})


@dataclass(slots=True)
class Passage:
    """Attribution facts for one sentence, used by the events stage."""

    source: str | None
    speaker: str | None


@functools.cache
def speech_verbs() -> dict[str, str]:
    return {r["lemma"]: r["kind"] for r in resources.table("speech_verbs.tsv")}


@functools.cache
def speech_phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    """Lower-case multiword cues → (kind, match mode)."""
    return {
        tuple(r["phrase"].lower().split()): (r["kind"], r.get("match", "form"))
        for r in resources.table("speech_nouns.tsv")
    }


@functools.cache
def _phrase_starts() -> frozenset[str]:
    """First words (forms or lemmas) of the multiword cues."""
    return frozenset(key[0] for key in speech_phrases())


# ---------------------------------------------------------------- quoted segments


def quoted_segments(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, quote marks included; unbalanced marks are ignored."""
    segments: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    for i, ch in enumerate(text):
        if ch == '"' and stack:
            continue  # «Кожен такий "фотограф" ...»: a quote inside a quote is part of it
        if ch == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opening = (before.isspace() or before in "([«„—–-:/") and not after.isspace()
            if straight_open is None and opening:
                straight_open = i
            elif straight_open is not None and not opening:
                segments.append((straight_open, i + 1))
                straight_open = None
            continue
        if ch == "\n":
            stack.clear()
            straight_open = None
            continue
        if straight_open is not None and (ch in _OPENERS or ch in _OPENERS.values()):
            continue  # "партія «Грузинська мрія» ...": marks inside a straight quote are part of it
        if stack and ch == _OPENERS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                segments.append((start, i + 1))
            continue
        if ch in _OPENERS:
            stack.append((ch, i))
    segments.sort()
    return segments


def inside_quotes(segments: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of the (sorted, non-nested) quoted segments?"""
    k = bisect.bisect_right(segments, (pos, 1 << 62)) - 1
    return k >= 0 and segments[k][0] < pos < segments[k][1]


def segments_between(segments: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The (sorted) quoted segments that open in ``[lo, hi)``, found by bisection."""
    return segments[bisect.bisect_left(segments, (lo, -1)) : bisect.bisect_left(segments, (hi, -1))]


def _quoted_speech(doc: Doc, m: LinkedMention, segments: list[tuple[int, int]]) -> bool:
    """A mention inside quoted words; a name that fills its quote marks by itself ("передає
    «Українська правда»") is a name, not speech."""
    start = doc[m.start].idx
    if not inside_quotes(segments, start):
        return False
    k = bisect.bisect_right(segments, (start, 1 << 62)) - 1
    last = doc[m.end - 1]
    return not (segments[k][0] == start - 1 and segments[k][1] == last.idx + len(last.text) + 1)


# ---------------------------------------------------------------- speakers


def _cue_kind(tok: Token) -> str | None:
    verbs = speech_verbs()
    for p in parses(tok.text):
        if p.pos in ("VERB", "INFN") and p.lemma in verbs:
            if p.lemma in _HANDING and _handed_over(tok):
                return None  # "передав до МЗС ноту протесту": a thing handed over, not news relayed
            return verbs[p.lemma]
        if p.pos == "GRND" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and _that_follows(tok):
            # "..., наголосивши, що бої тривають": a gerund of speech after the main verb
            said = [verbs[v] for v in gerund_verbs(p.lemma) if verbs.get(v) == "speech"]
            if said:
                return said[0]
    return None


_HANDING = frozenset({"передати", "передавати"})
_HANDED_THINGS = frozenset(
    {"нота", "лист", "документ", "список", "перелік", "пропозиція", "запит", "звернення"}
)


def _handed_over(tok: Token) -> bool:
    """ "передав до МЗС", "передали Києву ноту": a destination or a paper follows the verb."""
    for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 5)]:
        if t.is_punct:
            return False
        if t.lower_ == "до" or any(p.lemma in _HANDED_THINGS for p in parses(t.text)[:2]):
            return True
    return False


def _that_follows(tok: Token) -> bool:
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    return words[:1] == ["що"] or words[:2] == [",", "що"]


def _speaker_near(
    doc: Doc, cue: Token, linking: Linking, segments: list[tuple[int, int]], lo: int, hi: int
) -> str | None:
    """The subject of a speech verb: a nominative mention before it in its clause, else after it."""
    nearby = linking.between(lo, hi)
    left = [m for m in nearby if m.end <= cue.i and not inside_quotes(segments, doc[m.start].idx)]
    # "передає «Українська правда»": a quoted name after the verb may be its subject
    right = [m for m in nearby if cue.i < m.start and not _quoted_speech(doc, m, segments)]
    before = _previous_word(doc, cue.i, lo)
    aside = _aside_before(doc, cue, lo)
    if aside is not None:
        # "Велаяті, як передає агентство Tasnim, пригрозив": the outlet in the aside only relays it
        left = [m for m in left if m.end <= aside]
        before = _previous_word(doc, aside, lo)
    # "..., повідомляє Укрінформ" / "«...», — сказав він": after a comma or dash the subject follows
    inverted = aside is None and before is not None and before.text in (",", "—", "–", "-")
    if (
        inverted
        and before is not None
        and before.text == ","
        and left
        and _relative_between(doc, left[-1], cue, linking)
    ):
        inverted = False  # "Саломе Зурабішвілі, яка не визнає уряду, закликала Брюссель": the comma closes
    pronoun_before = next((t for t in doc[max(lo, cue.i - 3) : cue.i] if t.lower_ in _PRONOUNS), None)
    if pronoun_before is not None and not inverted and not left:
        # "Він також закликав Міжнародний комітет Червоного Хреста ...": the pronoun is the subject,
        # not the one addressed after the verb
        return _pronoun_speaker(doc, cue, linking, pronoun_before.i, cue.i)
    after = _next_word(doc, cue.i + 1, hi)
    if inverted and after is not None and (gender := _PRONOUNS.get(after.lower_)) is not None:
        # "Захист подасть апеляцію до суду Гулатінг, додав він": "він" is someone named before the
        # words he said, not in them
        return _unnamed_spokesperson(doc, after.i, linking, gender) or antecedent(
            doc, lo, linking, gender, unquoted=True
        )
    if after is not None and after.lower_ == "про":
        inverted = False  # "прокуратура в четвер, 10 липня, повідомила про арешт ...": told forward
    for side in ("right", "left") if inverted else ("left", "right"):
        found = _subject_on(doc, cue, left if side == "left" else right, side, linking)
        if found is not None:
            return found
    return (
        _pronoun_speaker(doc, cue, linking, lo, hi)
        or _titled_subject(doc, cue, left, linking, lo)
        or _titled_subject_after(doc, cue, right, linking, hi)
    )


# parenthetical words set off by commas between a subject and its verb: "Салам, своєю чергою, закликав"
_PARENTHETICALS = frozenset(
    {
        "своєю чергою",
        "у свою чергу",
        "в свою чергу",
        "зі свого боку",
        "з свого боку",
        "водночас",
        "натомість",
        "зокрема",
    }
)


def _aside_before(doc: Doc, cue: Token, lo: int) -> int | None:
    """The comma opening ", як передає Tasnim," or ", своєю чергою," right before the verb, if the verb
    follows one."""
    if cue.i - 1 < lo or doc[cue.i - 1].text != ",":
        return None
    for k in range(cue.i - 2, max(lo, cue.i - 12) - 1, -1):
        if doc[k].text == ",":
            opens = k + 2 < cue.i and doc[k + 1].lower_ == "як" and _cue_kind(doc[k + 2]) is not None
            # "Агентство Reuters, посилаючись на джерела в НАТО, пише": whom it cites is no speaker
            citing = doc[k + 1].lower_ in ("посилаючись", "пославшись")
            aside = " ".join(t.lower_ for t in doc[k + 1 : cue.i - 1])
            return k if opens or citing or aside in _PARENTHETICALS else None
    return None


def _in_relative_clause(doc: Doc, m: LinkedMention, cue: Token) -> bool:
    """Is the mention inside a relative clause set off by commas that closes before the verb?"""
    sent = sentence_of(doc[m.start])
    opened = False
    for tok in doc[sent.start : m.start]:
        if tok.text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RELATIVE_WORDS:
            opened = True
        elif tok.text == ",":
            opened = False
    return opened and any(t.text == "," for t in doc[m.end : cue.i])


def _relative_between(doc: Doc, m: LinkedMention, cue: Token, linking: Linking) -> bool:
    """Is a relative clause set off by commas all that stands between a name and the verb?"""
    start = m.end
    return (
        start + 1 < cue.i
        and doc[start].text == ","
        and doc[start + 1].lower_ in _RELATIVE_WORDS
        and not _clause_break(doc, start, cue.i, linking)
    )


def _titled_subject_after(
    doc: Doc, cue: Token, right: list[LinkedMention], linking: Linking, hi: int
) -> str | None:
    """ "Про це оголосив прем'єр-міністр Чехії Петр Фіала": a nominative title right after the verb
    introduces its subject, whose own case cannot be read."""
    first = _next_word(doc, _after_time_adverbial(doc, cue.i + 1, hi), hi)
    for _ in range(2):  # "генеральний директор МАГАТЕ Рафаель Гроссі": adjectives before the title
        if first is not None and not _nominative_title(first) and _adjective(first):
            first = _next_word(doc, first.i + 1, hi)
    if first is None or not _nominative_title(first) or not right:
        return None
    if _clause_break(doc, cue.i + 1, right[0].start, linking):
        return None
    return _person_in_phrase(doc, right, linking)


_WEEKDAYS = frozenset({"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"})


def _after_time_adverbial(doc: Doc, i: int, hi: int) -> int:
    """Where the words after a speech verb go on past a time adverbial ("— заявила в понеділок
    міністерка", "— сказав учора посол")."""
    if i >= hi:
        return i
    word = doc[i]
    if word.lower_ in ("в", "у", "во") and i + 1 < hi and lemmas(doc[i + 1]) & _WEEKDAYS:
        return i + 2
    if word.text.islower() and any(p.pos == "ADVB" for p in parses(word.text)[:1]):
        return i + 1
    return i


def _adjective(tok: Token) -> bool:
    return any(p.pos == "ADJF" for p in parses(tok.text)[:1])


def _titled_subject(doc: Doc, cue: Token, left: list[LinkedMention], linking: Linking, lo: int) -> str | None:
    """ "Міністр оборони Литви Довіле Шакалене заявила": a foreign name whose case cannot be read is
    the subject when a nominative title opens the sentence and introduces it."""
    first = _next_word(doc, lo, cue.i)
    if first is None or not _nominative_title(first):
        return None
    for m in reversed(left):
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "PER" and not _clause_break(doc, m.end, cue.i, linking):
            return m.entity if not _clause_break(doc, first.i + 1, m.start, linking) else None
    body = linking.at(first.i + 1)
    if body is not None and body.type == "ORG" and not any(linking.between(body.end, cue.i)):
        # "Речниця Федеральної прокуратури уточнила": the body's unnamed spokeswoman
        return _title_of_body(doc, body, linking)
    if not linking.between(first.i, cue.i) and cue.i - first.i <= 3:
        # "Глава держави наголосив": a title alone for the person named just before
        return _titled_antecedent(doc, first.i, cue.i, linking)
    return None


def _told_through(doc: Doc, m: LinkedMention) -> bool:
    """The outlet or programme a person spoke to or on ("в інтерв'ю агентству APA", "в ефірі CNN",
    "виданню Politico") is not the speaker."""
    if m.start < 1:
        return False
    prev = doc[m.start - 1]
    medium = {p.lemma for p in parses(prev.text) if p.pos == "NOUN"} & (_OUTLET_NOUNS | _MEDIA_NOUNS)
    if not medium or not prev.text.islower():
        return False
    nominative = any(p.has("nomn") for p in parses(prev.text) if p.lemma in medium)
    preposition = m.start >= 2 and any(p.pos == "PREP" for p in parses(doc[m.start - 2].text)[:1])
    return not nominative or preposition


_MEDIA_NOUNS = frozenset({"інтерв'ю", "ефір", "етер", "коментар", "розмова", "подкаст", "програма", "радіо"})


def _nominative_title(tok: Token) -> bool:
    table = roles()
    return any(
        (p.lemma,) in table and p.has("anim") and not (p.grammemes & _OBLIQUE)
        for p in parses(tok.text)
        if p.pos == "NOUN"
    )


def _subject_on(
    doc: Doc, cue: Token, mentions: list[LinkedMention], side: str, linking: Linking
) -> str | None:
    if side == "left":
        for m in reversed(mentions):
            if _told_through(doc, m):
                continue  # "в інтерв'ю агентству APA запевнив": the outlet is not the speaker
            if _in_relative_clause(doc, m, cue):
                continue  # "Гринспен, яка представляла генсека ООН Антоніу Гутерреша, назвала": not him
            nxt = linking.at(m.end) if m.end < len(doc) else None
            if m.type == "ORG" and nxt is not None and nxt.type == "PER" and nxt.start == m.end:
                return nxt.entity  # "Очільниця МЗС Оана Цою назвала": the name the title has
            if is_nominative(doc, m) and not _clause_break(doc, m.end, cue.i, linking):
                return _title_of_body(doc, m, linking) or m.entity  # "Глава ОВА уточнив"
        return None
    for n, m in enumerate(mentions):
        if m.start > 0 and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")":
            continue  # "(МАГАТЕ)": an abbreviation in brackets repeats the name before it
        if _told_through(doc, m):
            continue  # "— наголосив міністр в ефірі телеканалу M1": the channel is not the speaker
        if (
            m.type == "PER"
            and n + 1 < len(mentions)
            and mentions[n + 1].start == m.end
            and mentions[n + 1].type == "PER"
        ):
            continue  # "— сказав адвокат Хазарадзе Давид Кікнадзе": whose lawyer, then the lawyer
        if _service_of(doc, cue, m, linking):
            return m.entity
        if (is_nominative(doc, m) or _named_right_after(doc, cue, m, linking)) and not _clause_break(
            doc, cue.i + 1, m.start, linking
        ):
            titled = _title_of_body(doc, m, linking) if m.start - cue.i <= 4 else None
            if titled is not None:
                return titled  # "— написав глава ОВА в Telegram": the head, named before, speaks
            return _person_in_phrase(doc, mentions[n:], linking) or m.entity
    return None


# a desk of an outlet: "азербайджанська служба Радіо Свобода", "київське бюро Reuters"
_DESK_NOUNS = frozenset({"служба", "редакція", "бюро", "корпункт"})


def _service_of(doc: Doc, cue: Token, m: LinkedMention, linking: Linking) -> bool:
    """ "повідомляє азербайджанська служба Радіо Свобода": an outlet's desk speaks for the outlet."""
    between = [t for t in doc[cue.i + 1 : m.start] if not t.is_space]
    return (
        _is_outlet(linking, m.entity)
        and 0 < len(between) <= 3
        and any(p.lemma in _DESK_NOUNS and p.has("nomn") for p in parses(between[-1].text)[:2])
        and all(_adjective(t) for t in between[:-1])
    )


def _name_after_portfolio(doc: Doc, m: LinkedMention, linking: Linking) -> bool:
    """A person named a few words after the body, past only its portfolio ("з гуманітарних питань")."""
    for later in linking.between(m.end, min(len(doc), m.end + 6)):
        ent = linking.entity(later.entity)
        if ent is not None and ent.type == "PER":
            between = doc[m.end : later.start]
            return (
                bool(between)
                and between[0].lower_ in ("з", "із", "зі", "у", "в", "щодо")
                and not any(t.is_punct for t in between)
            )
    return False


def _title_of_body(doc: Doc, m: LinkedMention, linking: Linking) -> str | None:
    """The person a title before an organization stands for ("глава ОВА" → the head named before)."""
    ent = linking.entity(m.entity)
    if ent is None or ent.type != "ORG":
        return None
    before = _previous_word(doc, m.start, sentence_of(doc[m.start]).start)
    if before is None or not any((p.lemma,) in roles() for p in parses(before.text)[:2]):
        return None
    nxt = linking.at(m.end) if m.end < len(doc) else None
    if nxt is not None and (e := linking.entity(nxt.entity)) is not None and e.type == "PER":
        return None  # "речник МЗС Георгій Тихий": the name follows
    if _name_after_portfolio(doc, m, linking):
        return None  # "заступник генсека ООН з гуманітарних питань Том Флетчер"
    if any(p.lemma in _HEAD_ROLES for p in parses(before.text)[:2]):
        # "глава ОВА" is the one introduced as "начальник ... адміністрації"
        head = next(
            (
                x.entity
                for x in linking.before(before.i)
                if (e := linking.entity(x.entity)) is not None
                and e.type == "PER"
                and linking.roles.get(e.id, set()) & _HEAD_ROLES
            ),
            None,
        )
        if head is not None:
            return head
    spoken = {p.lemma for p in parses(before.text)[:2]} & _VOICES_OF_BODIES
    if spoken and not any(
        linking.roles.get(e.id, set()) & spoken for e in linking.entities if e.type == "PER"
    ):
        # "Речниця Федеральної прокуратури уточнила": no spokeswoman named anywhere, the body speaks
        return m.entity
    return _titled_antecedent(doc, before.i, before.i + 1, linking)


# titles whose holder, when unnamed, speaks for the body ("Речниця Федеральної прокуратури уточнила")
_VOICES_OF_BODIES = frozenset(
    {"речник", "речниця", "прессекретар", "пресслужба", "представник", "представниця"}
)


# titles that name whoever heads a body, whichever of them the text uses
_HEAD_ROLES = frozenset({"глава", "голова", "начальник", "керівник", "очільник", "очільниця", "керівниця"})


# endings no nominative of a name has: "сказав Петренкові", "з Коваленком", "Ользі Стефанишиною"
_OBLIQUE_ENDINGS = ("ові", "еві", "єві", "ом", "ем", "єм", "ою", "ею", "єю")


def _named_right_after(doc: Doc, cue: Token, m: LinkedMention, linking: Linking) -> bool:
    """ "— сказав Тарріела": a person right after the speech verb is its subject, whatever case
    the dictionary guesses for a name it does not know."""
    ent = linking.entity(m.entity)
    between = doc[cue.i + 1 : m.start]
    # "— заявила в суді прокурорка Аушра Янкаускене": a short adverbial and a title may come between
    close = len(between) <= 4 and all(t.text.islower() and not t.is_punct for t in between)
    return (
        close
        and ent is not None
        and ent.type == "PER"
        # an oblique ending means the dictionary is right, unless the name's own form ends so
        # (Кетелін Предою is indeclinable)
        and (
            not doc[m.end - 1].lower_.endswith(_OBLIQUE_ENDINGS)
            or ent.name.split()[-1].lower() == doc[m.end - 1].lower_
        )
    )


def _person_in_phrase(doc: Doc, mentions: list[LinkedMention], linking: Linking) -> str | None:
    """ "повідомила верховна представниця ЄС ... Кая Каллас": the person a title introduces, not the
    organization inside the title."""
    first = mentions[0]
    for m in mentions:
        between = doc[first.end : m.start]
        # brackets around an abbreviation do not end the phrase: "агентства з атомної енергії (МАГАТЕ)"
        if any((t.is_punct and t.text not in "()") or _cue_kind(t) is not None for t in between):
            break
        if any(t.lower_ in ("посиланням", "посилаючись") for t in between):
            break  # "повідомляє PAP з посиланням на речника ... Новака": he is cited, not the speaker
        if m.start - first.end > 12:
            break
        ent = linking.entity(m.entity)
        if ent is not None and ent.type == "PER":
            return m.entity
    return None


def _previous_word(doc: Doc, i: int, lo: int) -> Token | None:
    k = i - 1
    while k >= lo and doc[k].is_space:
        k -= 1
    return doc[k] if k >= lo else None


def _clause_break(doc: Doc, start: int, end: int, linking: Linking) -> bool:
    skip_to = -1
    for tok in doc[start:end]:
        if tok.i <= skip_to:
            continue
        if tok.text == "," and tok.i + 1 < end and doc[tok.i + 1].lower_ in _RELATIVE_WORDS:
            # "Саломе Зурабішвілі, яка підтримує протестувальників, заявила": skip the relative clause
            close = next((t.i for t in doc[tok.i + 2 : end] if t.text == ","), None)
            if close is not None and close == _last_comma(doc, tok.i + 2, end):
                skip_to = close
                continue
        if (
            tok.text == ","
            and tok.i + 2 < end
            and doc[tok.i + 1].lower_ == "як"
            and _cue_kind(doc[tok.i + 2]) is not None
            and (close := next((t.i for t in doc[tok.i + 3 : end] if t.text == ","), None)) is not None
        ):
            skip_to = close  # "Велаяті, як передає Tasnim, пригрозив": an aside naming who relays it
            continue
        if linking.at(tok.i) is not None:
            continue  # words of a name ("Повітряні сили ЗСУ") are not the clause's verbs
        if tok.text in (";", ":") or tok.lower_ in ("що", "щоб", "який", "яка", "які", "яке"):
            return True
        if _cue_kind(tok) is not None or any(p.pos == "VERB" for p in parses(tok.text)[:1]):
            return True
    return False


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct", "voct"})
_RELATIVE_WORDS = {"який", "яка", "які", "яке", "якого", "якої", "яких", "якому", "котрий"}


def _last_comma(doc: Doc, start: int, end: int) -> int | None:
    """The last comma of doc[start:end] when the span has no other clause boundary."""
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if any(t.text in (";", ":", "—", "–") for t in doc[start:end]):
        return None
    return commas[-1] if len(commas) == 1 else None


def _pronoun_speaker(doc: Doc, cue: Token, linking: Linking, lo: int, hi: int) -> str | None:
    for tok in doc[lo:hi]:
        gender = _PRONOUNS.get(tok.lower_)
        if gender is None or abs(tok.i - cue.i) > 3:
            continue
        return _unnamed_spokesperson(doc, tok.i, linking, gender) or antecedent(
            doc, tok.i, linking, gender, unquoted=True
        )
    return None


def _quote_segments(doc: Doc) -> list[tuple[int, int]]:
    segments = doc.user_data.get("litopys_quoted")
    if segments is None:
        segments = doc.user_data["litopys_quoted"] = quoted_segments(text_of(doc))
    return segments


def _quoted(doc: Doc, m: LinkedMention) -> bool:
    """Is the mention inside a quotation?"""
    return inside_quotes(_quote_segments(doc), doc[m.start].idx)


def _unnamed_spokesperson(doc: Doc, before: int, linking: Linking, gender: str) -> str | None:
    """ "Речниця Федеральної прокуратури уточнила, що ... «...», — сказала вона.": a pronoun for a
    title with no name speaks for the body the title belongs to."""
    sents = sentences(doc)
    index = doc.user_data["litopys_sent_of"][max(0, before - 1)]
    if index == 0:
        return None
    sent = sents[index - 1]
    first = _next_word(doc, sent.start, sent.end)
    if first is None or not _nominative_title(first):
        return None
    title = [p for p in parses(first.text)[:2] if p.pos == "NOUN"]
    if gender in ("masc", "femn") and not any(p.has(gender) for p in title):
        return None
    body = linking.at(first.i + 1)
    if body is None or body.type != "ORG":
        return None
    named = [m for m in linking.between(sent.start, sent.end) if m.type == "PER"]
    return None if named else body.entity


def _people_in_recent_sentences(
    doc: Doc, before: int, linking: Linking, gender: str | None, back: int, unquoted: bool = False
) -> Iterator[tuple[Span, list[LinkedMention]]]:
    """The sentences up to ``before`` (the nearest first, ``back`` of them) with the people of that
    gender each names before it (outside quotations when ``unquoted``)."""
    sents = sentences(doc)
    index = doc.user_data["litopys_sent_of"][max(0, before - 1)]
    for n in range(index, max(-1, index - back), -1):
        sent = sents[n]
        yield (
            sent,
            [
                m
                for m in linking.between(sent.start, min(sent.end, before))
                if _person_of_gender(linking, m, gender) and not (unquoted and _quoted(doc, m))
            ],
        )


def latter(doc: Doc, before: int, linking: Linking, gender: str | None = None) -> str | None:
    """ "Сибіга запросив аргентинського колегу. Той запрошення прийняв": "той" is the person of the
    previous sentence who is not its subject."""
    for sent, people in _people_in_recent_sentences(doc, before, linking, gender, 2):
        subject = next((m.entity for m in people if is_nominative(doc, m)), None)
        others = [m for m in people if m.entity != subject]
        if others:
            return others[-1].entity
        if subject is not None:
            # "Сибіга запросив аргентинського колегу": the other one is the last other person named
            earlier = (
                m
                for m in linking.before(sent.start)
                if m.entity != subject and _person_of_gender(linking, m, gender)
            )
            return next((m.entity for m in earlier), None)
    return None


def antecedent(
    doc: Doc, before: int, linking: Linking, gender: str | None = None, unquoted: bool = False
) -> str | None:
    """The person a pronoun before token ``before`` refers to: the most recent person of the right
    gender, preferring the subject of a sentence ("Зеленський подякував Макрону. За його словами,
    ..." → Зеленський); for "вони", the most recent actor of any kind. A speaker's pronoun
    (``unquoted``) never stands for someone named inside a quotation («... Путін використовує ...»,
    — наголосив він)."""
    if gender == "plur":
        earlier = [m for m in linking.mentions if m.start < before]
        return earlier[-1].entity if earlier else None
    for _, candidates in _people_in_recent_sentences(doc, before, linking, gender, 3, unquoted):
        subjects = [m for m in candidates if is_nominative(doc, m)]
        # "Радник командувача Мохамеда Хамдана Дагало Тібік написав": of names that could be
        # subjects, the one the verb follows is
        subjects.sort(key=lambda m: not _verb_follows(doc, m))
        if subjects:
            return subjects[0].entity  # the subject of the nearest sentence that has one
        if candidates:
            return candidates[-1].entity
    earlier = [
        m
        for m in linking.mentions
        if m.start < before and _person_of_gender(linking, m, gender) and not (unquoted and _quoted(doc, m))
    ]
    return earlier[-1].entity if earlier else None


def _verb_follows(doc: Doc, mention: LinkedMention) -> bool:
    return mention.end < len(doc) and any(p.pos == "VERB" for p in parses(doc[mention.end].text)[:1])


def _person_of_gender(linking: Linking, mention: LinkedMention, gender: str | None) -> bool:
    ent = linking.entity(mention.entity)
    if ent is None or ent.type != "PER":
        return False
    return gender is None or (linking.genders.get(ent.id) or person_gender(ent.name)) in (None, gender)


@functools.lru_cache(maxsize=10_000)
def person_gender(name: str) -> str | None:
    """Grammatical gender of a person from the first name (or the name's endings)."""
    for word in name.split():
        genders = {r[1] for r in readings(word) if "Name" in r[3] and r[1] in ("masc", "femn")}
        if len(genders) == 1:
            return genders.pop()
    for word in name.split()[-1:]:
        genders = {r[1] for r in readings(word) if "Surn" in r[3] and r[1] in ("masc", "femn")}
        if len(genders) == 1:
            return genders.pop()
    return None


# ---------------------------------------------------------------- quotes


def find_quotes(doc: Doc, linking: Linking, segments: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    for sent in sentences(doc):
        quotes.extend(_sentence_quotes(doc, sent, linking, segments))
    return quotes


def _sentence_quotes(doc: Doc, sent: Span, linking: Linking, segments: list[tuple[int, int]]) -> list[Quote]:
    found: list[Quote] = []
    covered = -1
    for tok in sent:
        if tok.i <= covered:
            continue
        if inside_quotes(segments, tok.idx):
            interrupted = _interrupted_quote(doc, sent, tok, linking, segments)
            if interrupted is not None:
                found.append(interrupted)
                covered = token_at_char(doc, interrupted.end - 1)
            continue
        kind = _cue_kind(tok)
        if kind is None or (
            kind in ("report", "confirm")
            and _impersonal(doc, tok, sent)
            and not (_that_clause_after(doc, tok, sent) and not _outlet_reports(doc, tok, sent, linking))
        ):
            continue  # "повідомили в KCNA" names a source; "У штабі НАТО повідомили, що ..." also says what
        quote = _quote_for_cue(doc, sent, tok, kind, linking, segments)
        if quote is not None and quote.kind == "indirect" and _is_headline(sent):
            quote = None  # a headline sums up; its paraphrases are not reported speech
        if quote is not None:
            quote = _cut_at_next_cue(doc, quote, segments)
            covered = token_at_char(doc, quote.end - 1)
            said = _cut_at_report_tail(doc, quote, segments, linking)
            if said is not None:
                found.append(said)
    for said in _according_to_quotes(doc, sent, linking, segments, found):
        cut = _cut_at_report_tail(doc, said, segments, linking)
        if cut is not None:
            found.append(cut)
    return found


def _cut_at_report_tail(
    doc: Doc, quote: Quote, segments: list[tuple[int, int]], linking: Linking
) -> Quote | None:
    """ "..., що росіяни втратили 900 військових, передає Суспільне": the outlet's closing report
    clause is not part of what was said; a quote that is nothing but that clause is no quote."""
    if quote.kind == "direct":
        return quote
    first = token_at_char(doc, quote.start)
    last = token_at_char(doc, quote.end - 1)
    for tok in doc[first : last + 1]:
        if tok.text != "," and tok.i != first:
            continue
        if inside_quotes(segments, tok.idx):
            continue
        k = tok.i + 1 if tok.text == "," else tok.i
        nxt = _next_word(doc, k, last + 1)
        if nxt is not None and nxt.lower_ == "як":
            nxt = _next_word(doc, nxt.i + 1, last + 1)
        if nxt is None or _cue_kind(nxt) != "report":
            continue
        subject = _source_after(list(doc[nxt.i + 1 : last + 1]), 0, linking)
        if subject is None or not _is_source_entity(linking, subject.entity):
            continue
        return _cut_before(doc, quote, tok.idx)
    return quote


def _cut_before(doc: Doc, quote: Quote, end_char: int) -> Quote | None:
    """The quote ending before ``end_char`` (trimmed); None when nothing is left."""
    start, end = _trim(text_of(doc), quote.start, end_char)
    if end <= start:
        return None
    return Quote(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        kind=quote.kind,
        speaker=quote.speaker,
        cue=quote.cue,
    )


_COORDINATORS = {"і", "й", "та", "а"}


def _cut_at_next_cue(doc: Doc, quote: Quote, segments: list[tuple[int, int]]) -> Quote:
    """ "назвала рішення ... «проявом русофобії» і заявила, що ...": a second speech verb joined by
    "і" starts a quote of its own; the first one ends before the conjunction."""
    first = token_at_char(doc, quote.start)
    last = token_at_char(doc, quote.end - 1)
    for tok in doc[first + 1 : last]:
        if inside_quotes(segments, tok.idx) or _cue_kind(tok) is None:
            continue
        if any(p.has("infn") for p in parses(tok.text)[:1]):
            continue  # "закликав відкрити коридори і гарантувати безпеку": what is asked goes on
        before = _coordinator_before(doc, tok, first)
        if before is None:
            continue
        return _cut_before(doc, quote, before.idx) or quote
    return quote


def _coordinator_before(doc: Doc, cue: Token, lo: int) -> Token | None:
    """ "і заявила", ", а слова Секрієру назвав": the conjunction that joins a second predicate
    (at most three words before the verb, none of them a verb or inside a name)."""
    for k in range(cue.i - 1, max(lo, cue.i - 4) - 1, -1):
        tok = doc[k]
        if tok.is_space:
            continue
        if tok.lower_ in _COORDINATORS:
            return tok if tok.lower_ != "а" or (k > lo and doc[k - 1].text == ",") else None
        if tok.is_punct or any(p.pos == "VERB" for p in parses(tok.text)[:1]):
            return None
    return None


def _coordinated_subject(doc: Doc, cue: Token, sent: Span, linking: Linking) -> str | None:
    """ "Сибіга привітав рішення і назвав його ...": the subject of the first verb speaks."""
    before = _coordinator_before(doc, cue, sent.start)
    if before is None:
        return None
    segments = _quote_segments(doc)
    verb = next(
        (
            t
            for t in doc[sent.start : before.i]
            if any(p.pos == "VERB" for p in parses(t.text)[:1]) and not inside_quotes(segments, t.idx)
        ),
        None,
    )
    if verb is None or linking.at(verb.i) is not None:
        return None
    previous = _previous_word(doc, verb.i, sent.start)
    if previous is not None and previous.text in ("—", "–", ","):
        # "«...», — наголосив він і закликав": the first verb's subject follows it
        after = linking.between(verb.i + 1, before.i)
        pronoun = next((t for t in doc[verb.i + 1 : before.i] if t.lower_ in _PRONOUNS), None)
        if after:
            return _person_in_phrase(doc, after, linking) or after[0].entity
        if pronoun is not None:
            return antecedent(doc, pronoun.i, linking, _PRONOUNS[pronoun.lower_], unquoted=True)
    before_verb = linking.between(sent.start, verb.i)
    subjects = [m for m in before_verb if is_nominative(doc, m)]
    pronoun = next((t for t in doc[sent.start : verb.i] if t.lower_ in _PRONOUNS), None)
    if pronoun is not None and not subjects:
        # "Він зазначив, що ... НАТО та ЄС, і закликав": the pronoun of the first verb speaks
        return antecedent(doc, pronoun.i, linking, _PRONOUNS[pronoun.lower_])
    if not subjects:
        first = _next_word(doc, sent.start, verb.i)
        titled = first is not None and _nominative_title(first)
        return _person_in_phrase(doc, before_verb, linking) if titled and before_verb else None
    named = _person_in_phrase(doc, before_verb, linking) if subjects[0].type == "ORG" else None
    # "Очільниця МЗС Оана Цою назвала ... і заявила": the name after the title's body
    return named or _person_in_phrase(doc, subjects, linking) or subjects[-1].entity


def _role_speaker(doc: Doc, cue: Token, sent: Span, linking: Linking) -> str | None:
    """ "«...», — додав дипломат", "— наголосив прем'єр": a title for a person named before."""
    for tok in doc[cue.i + 1 : min(sent.end, cue.i + 3)]:
        if linking.at(tok.i) is not None or tok.is_punct:
            return None
        found = [p for p in parses(tok.text) if p.pos == "NOUN" and not (p.grammemes & _OBLIQUE)]
        table = roles()
        following = {p.lemma for p in parses(doc[tok.i + 1].text)} if tok.i + 1 < sent.end else set()
        if any((p.lemma,) in table or any((p.lemma, f) in table for f in following) for p in found):
            named = [m for m in linking.between(tok.i + 1, min(sent.end, tok.i + 8))]
            if named and not _adjunct_before(doc, tok.i + 1, named[0].start):
                # "повідомила речниця поліції Ільзе ван де Кеєре": the title has its name
                return _person_in_phrase(doc, named, linking)
            people = [p for p in found if p.has("anim")] or found  # "глава" (head), not a chapter
            gender = "femn" if all(p.has("femn") for p in people) else "masc"
            return antecedent(doc, cue.i, linking, gender)
    return None


def _adjunct_before(doc: Doc, start: int, end: int) -> bool:
    """ "сказав омбудсман на брифінгу в Києві": a name after a place or time phrase is not the
    title's own ("речник поліції", "представник Китаю при ООН" keep theirs)."""
    return any(doc[k].lower_ in _ADJUNCT_PREPOSITIONS for k in range(start, end))


def _is_headline(sent: Span) -> bool:
    """The article's first line when it has no final punctuation (a title)."""
    if sent.start != 0:
        return False
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text not in (".", "!", "?", "…", '"', "»")


def _interrupted_quote(
    doc: Doc, sent: Span, cue: Token, linking: Linking, segments: list[tuple[int, int]]
) -> Quote | None:
    """«Це не випадкові влучання, — наголосив Клименко. — Противник б'є ...»: a speech verb right
    after ", —" inside quotation marks interrupts the quote; the quote is the whole segment."""
    if _cue_kind(cue) not in ("speech", "confirm"):
        return None
    before = [t for t in doc[max(0, cue.i - 3) : cue.i] if not t.is_space]
    if len(before) < 2 or before[-1].text not in ("—", "–", "-") or before[-2].text != ",":
        return None
    k = bisect.bisect_right(segments, (cue.idx, 1 << 62)) - 1
    seg_start, seg_end = segments[k]
    hi = token_at_char(doc, seg_end - 1) + 1
    right = [m for m in linking.between(cue.i + 1, hi) if is_nominative(doc, m)]
    speaker = right[0].entity if right and right[0].start - cue.i <= 3 else None
    if speaker is None and right and right[0].start - cue.i <= 12:
        # "— наголосив віцепрем'єр-міністр з питань ... Тарас Качка, —"
        dash = next((t.i for t in doc[cue.i + 1 : hi] if t.text in ("—", "–")), hi)
        named = [m for m in right if m.end <= dash]
        speaker = _person_in_phrase(doc, named, linking) if named else None
    speaker = speaker or _pronoun_speaker(doc, cue, linking, cue.i, min(hi, cue.i + 3))
    if speaker is None:  # "— зазначив український міністр, —": a title for someone named before
        # "— сказав омбудсман на брифінгу в Києві. —": the title ends where an adjunct begins
        stops = {"—", "–", ",", "."} | _ADJUNCT_PREPOSITIONS
        dash = next((t.i for t in doc[cue.i + 1 : hi] if t.lower_ in stops), hi)
        speaker = _titled_antecedent(doc, cue.i + 1, dash, linking)
    if speaker is None:
        return None
    text = text_of(doc)
    return Quote(
        start=seg_start,
        end=seg_end,
        text=text[seg_start:seg_end],
        kind="direct",
        speaker=speaker,
        cue=cue.text,
    )


def _said_around(doc: Doc, cue: Token, sent: Span, segments: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "Перші з цих систем, уточнив канцлер, надійдуть до кінця року": a speech verb and its
    subject set off by commas inside the sentence; what is said is the sentence around them."""
    if cue.i - 1 <= sent.start or doc[cue.i - 1].text != "," or inside_quotes(segments, cue.idx):
        return None
    closing = next((t for t in doc[cue.i + 1 : min(sent.end, cue.i + 6)] if t.is_punct), None)
    if (
        closing is None
        or closing.text != ","
        or not any(p.pos == "VERB" for t in doc[closing.i + 1 : sent.end] for p in parses(t.text)[:1])
    ):
        return None
    if any(t.text in ",;:" or t.lower_ in ("що", "як") for t in doc[sent.start : cue.i - 1]):
        return None  # only a plain clause before it: "X, уточнив він, Y"
    return sent.start_char, sent.end_char


def _introducer(doc: Doc, cue: Token, sent: Span) -> Token | None:
    """The word after the cue that opens its content; a short adverbial in between is skipped
    ("написав у Telegram: «...»", "заявив журналістам, що ...")."""
    nxt = _next_word(doc, cue.i + 1, sent.end)
    k = cue.i + 1
    while k < min(sent.end, cue.i + 6):
        tok = doc[k]
        if tok.text == ":" or (tok.text == "," and k + 1 < sent.end and doc[k + 1].lower_ == "що"):
            return tok
        if tok.is_punct or any(p.pos == "VERB" for p in parses(tok.text)[:1]):
            break
        k += 1
    return nxt


def _quote_for_cue(
    doc: Doc, sent: Span, cue: Token, kind: str, linking: Linking, segments: list[tuple[int, int]]
) -> Quote | None:
    nxt = _introducer(doc, cue, sent)
    content: tuple[int, int] | None = None
    quote_kind = "indirect"
    if nxt is not None and nxt.text == ",":
        after = _next_word(doc, nxt.i + 1, sent.end)
        if after is not None and after.lower_ in ("що", "мовляв", "нібито", "буцімто"):
            content = (after.idx + len(after.text) + 1, sent.end_char)
        elif after is not None and after.lower_ == "щоб" and kind == "directive":
            content = (after.idx + len(after.text) + 1, sent.end_char)  # "зажадав, щоб Молдова погасила борг"
    elif nxt is not None and nxt.lower_ in ("що",):
        content = (nxt.idx + len(nxt.text) + 1, sent.end_char)
    elif nxt is not None and nxt.text == ":":
        content = (nxt.idx + 1, sent.end_char)
        opening = _segment_after(segments, nxt.idx, 1 << 62, within=3)
        if opening is not None:
            content = opening  # a quote may run over several sentences
        quote_kind = "direct"
    elif _quote_before(doc, cue, sent, segments) is not None:
        seg = _quote_before(doc, cue, sent, segments)
        assert seg is not None
        content = seg
        quote_kind = "direct"
    elif kind == "directive" and _infinitive_after(doc, cue, sent) is not None:
        # "закликав інших партнерів приєднатися", "закликав Київ і Москву «без зволікань сісти ...»":
        # whom the call is to and what it asks
        content = (doc[cue.i + 1].idx, sent.end_char)
    elif kind == "directive" and (called := _called_to(doc, cue, sent)) is not None:
        content = (called.idx, sent.end_char)  # "закликала обидві сторони до стриманості"
    elif nxt is not None and _speech_fragment_after(
        segments, cue.idx, _next_cue_char(doc, cue, sent), text_of(doc)
    ):
        content = (nxt.idx, sent.end_char)
        quote_kind = "mixed"
    elif (told := _told_before(doc, cue, sent, linking, segments)) is not None:
        content = told
    elif (around := _said_around(doc, cue, sent, segments)) is not None:
        content = around
    elif nxt is not None and nxt.lower_ == "про" and lemmas(cue) & _CLAIMING_VERBS:
        content = (nxt.idx, _clause_end_char(doc, nxt, sent))  # "заявило про захоплення Лисівки"
    elif nxt is not None and _naming(cue) and nxt.idx < sent.end_char:
        content = (nxt.idx, sent.end_char)  # "назвав позицію Будапешта політичним шантажем"
    if content is None:
        return None
    start, end = _trim(text_of(doc), content[0], content[1])
    if end <= start:
        return None
    if quote_kind == "indirect" and any(e <= end for _, e in segments_between(segments, start, end)):
        quote_kind = "mixed"
    said_by = _verb_of_gerund(doc, cue, sent) or cue  # "спростували, наголосивши, що": whoever denied
    speaker = (
        _coordinated_subject(doc, said_by, sent, linking)
        or _speaker_near(doc, said_by, linking, segments, sent.start, sent.end)
        or _institution(doc, said_by, sent, linking)
        or _role_speaker(doc, said_by, sent, linking)
    )
    if speaker is None:
        return None
    return Quote(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        kind=quote_kind,  # type: ignore[arg-type]
        speaker=speaker,
        cue=cue.text,
    )


def _verb_of_gerund(doc: Doc, cue: Token, sent: Span) -> Token | None:
    """The finite verb a gerund of speech depends on ("спростували, наголосивши")."""
    if not any(p.pos == "GRND" for p in parses(cue.text)[:1]):
        return None
    return next((t for t in reversed(doc[sent.start : cue.i]) if _finite(t)), None)


def _next_cue_char(doc: Doc, cue: Token, sent: Span) -> int:
    """Where the next speech verb of the sentence begins ("висловив співчуття і закликав «усі
    сторони»...": the quoted words are the second verb's), or the sentence end."""
    return next((t.idx for t in doc[cue.i + 1 : sent.end] if _cue_kind(t) is not None), sent.end_char)


# "заявити про захоплення села": what is claimed, said as a noun
_CLAIMING_VERBS = frozenset({"заявити", "заявляти"})


def _clause_end_char(doc: Doc, start: Token, sent: Span) -> int:
    for t in doc[start.i : sent.end]:
        if t.text in (",", ";", ":") or (t.text == "." and t.i == sent.end - 1):
            return t.idx
    return sent.end_char


def _outlet_reports(doc: Doc, cue: Token, sent: Span, linking: Linking) -> bool:
    """ "у The New York Times повідомили, що ...": an outlet passing on news, not a speaker."""
    prep = _in_phrase_source(doc, cue, sent)
    m = linking.at(prep.i + 1) if prep is not None and prep.i + 1 < len(doc) else None
    return m is not None and _is_outlet(linking, m.entity)


def _that_clause_after(doc: Doc, cue: Token, sent: Span) -> bool:
    words = [t.lower_ for t in doc[cue.i + 1 : min(sent.end, cue.i + 3)]]
    return words[:1] == ["що"] or words[:2] == [",", "що"]


def _told_before(
    doc: Doc, cue: Token, sent: Span, linking: Linking, segments: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "Поліція затримала 14 осіб, повідомила речниця поліції Ільзе ван де Кеєре.": a clause
    reported by a person named after the verb that ends the sentence."""
    before = _previous_word(doc, cue.i, sent.start)
    speech_before = [
        (s, e)
        for s, e in segments_between(segments, sent.start_char, cue.idx)
        if len(text_of(doc)[s:e].split()) > 3
    ]  # «шахеди» is a quoted word, not speech
    if before is None or before.text != "," or speech_before:
        return None
    if not any(_finite(t) for t in doc[sent.start : before.i]):
        return None
    if any(_cue_kind(t) is not None or t.lower_ == "йдеться" for t in doc[sent.start : before.i]):
        return None  # "Про це повідомляє агенція Beta, передає Укрінформ": a chain of sources, not speech
    after = linking.between(cue.i + 1, sent.end)  # the subject slot: foreign names may not decline
    person = _person_in_phrase(doc, after, linking) if after else None
    if (
        person is None
        and after
        and after[0].start <= cue.i + 3
        and _nominative_body(doc, after[0], linking)
        and not _is_outlet(linking, after[0].entity)  # "..., повідомляє Укрінформ": the news, not speech
    ):
        person = after[0].entity  # "..., повідомила префектура департаменту Рона"
    if person is None and after and _impersonal(doc, cue, sent) and _cue_kind(cue) == "speech":
        person = after[0].entity  # "..., уточнили в Міністерстві фінансів": the body speaks
    pronoun = _next_word(doc, cue.i + 1, sent.end)
    if person is None and pronoun is not None and pronoun.lower_ in _PRONOUNS and pronoun.i == cue.i + 1:
        # "Не виключено й звернення до СОТ, додав він.": the person the pronoun stands for
        if any(_finite(t) for t in doc[pronoun.i + 1 : sent.end]):
            return None
        said_by = antecedent(doc, pronoun.i, linking, _PRONOUNS[pronoun.lower_], unquoted=True)
        return (sent.start_char, before.idx) if said_by is not None else None
    if person is None or _clause_break(doc, cue.i + 1, after[0].start, linking):
        return None
    if any(_finite(t) for t in doc[cue.i + 1 : sent.end] if linking.at(t.i) is None):
        return None  # the sentence goes on after the speaker
    return (sent.start_char, before.idx)


def _nominative_body(doc: Doc, m: LinkedMention, linking: Linking) -> bool:
    """An organization named in the nominative right after the verb: the one reporting."""
    ent = linking.entity(m.entity)
    return (
        ent is not None
        and ent.type == "ORG"
        and any(p.has("nomn") or p.has("Fixd") or p.has("Abbr") for p in parses(doc[m.start].text)[:3])
    )


def _naming(cue: Token) -> bool:
    """ "назвати X Y": calling something a name is a (short) indirect quote."""
    found = [p for p in parses(cue.text)[:1] if p.pos == "VERB" and p.lemma in ("назвати", "називати")]
    return bool(found) and not found[0].has("plur")  # "у Брюсселі назвали": no one in particular


def _finite(tok: Token) -> bool:
    return any(p.pos == "VERB" and not p.has("infn") for p in parses(tok.text)[:1])


def _infinitive_after(doc: Doc, cue: Token, sent: Span) -> Token | None:
    # "закликав інші країни «Групи семи» долучитися": a quoted name in the addressee is no boundary
    for tok in doc[cue.i + 1 : min(sent.end, cue.i + 8)]:
        if any(p.has("infn") for p in parses(tok.text)[:1]):
            return tok
        if tok.is_punct and tok.text not in '«»"„“”-':
            return None  # "держави-члени" and quoted names belong to the addressee
    return None


def _called_to(doc: Doc, cue: Token, sent: Span) -> Token | None:
    """ "закликав (сторони) до діалогу": the first word after the cue when "до" and a noun follow
    within its clause."""
    if not any(p.lemma in ("закликати", "закликувати") for p in parses(cue.text)[:2]):
        return None
    words = doc[cue.i + 1 : min(sent.end, cue.i + 6)]
    for k, tok in enumerate(words):
        if tok.is_punct:
            return None
        if (
            tok.lower_ == "до"
            and k + 1 < len(words)
            and any(p.pos == "NOUN" for p in parses(words[k + 1].text)[:2])
        ):
            return words[0]
    return None


def _speech_fragment_after(segments: list[tuple[int, int]], pos: int, limit: int, text: str) -> bool:
    """A quoted fragment after the cue that reads as words said, not a quoted name («Грузинська
    мрія», «Балтійський вартовий»): lower-case inside, or a long passage."""
    segment = _segment_after(segments, pos, limit)
    if segment is None:
        return False
    inner = text[segment[0] + 1 : segment[1] - 1].strip()
    return inner[:1].islower() or len(inner.split()) >= 5


def _segment_after(
    segments: list[tuple[int, int]], pos: int, limit: int, within: int | None = None
) -> tuple[int, int] | None:
    """The first quoted segment that starts after ``pos`` (at most ``within`` characters later)
    and ends by ``limit``."""
    k = bisect.bisect_right(segments, (pos, 1 << 62))
    if k >= len(segments) or segments[k][1] > limit:
        return None
    if within is not None and segments[k][0] - pos > within:
        return None
    return segments[k]


def _quote_before(
    doc: Doc, cue: Token, sent: Span, segments: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """«...», — сказав він: a quote that ends just before the dash and the cue."""
    k = cue.i - 1
    while (k >= sent.start and doc[k].text in (",", "—", "–", "-")) or (k >= sent.start and doc[k].is_space):
        k -= 1
    if k < sent.start:
        return None
    ends = {doc[k].idx + len(doc[k].text), doc[k].idx + 1}
    at = bisect.bisect_right(segments, (doc[k].idx + len(doc[k].text), 1 << 62)) - 1
    if at >= 0 and segments[at][1] in ends and _opens_speech(doc, sent, segments[at][0]):
        return segments[at]
    return None


def _opens_speech(doc: Doc, sent: Span, start: int) -> bool:
    """Direct speech before "— сказав X" opens its sentence (or follows a colon or dash); a quoted
    name inside a phrase ("відомий під позивним «Мадяр», оприлюднив") is not speech."""
    before = text_of(doc)[sent.start_char : start].strip()
    return not before or before[-1] in ":—–-" or start < sent.start_char


def _according_to_quotes(
    doc: Doc, sent: Span, linking: Linking, segments: list[tuple[int, int]], found: list[Quote]
) -> list[Quote]:
    """ "За словами X, ..." and "Як зазначив X, ..."."""
    quotes = []
    words = [t for t in sent if not t.is_space]
    for size in (2, 3):
        for i in range(len(words) - size):
            cue = _phrase_cue(words[i : i + size])
            if cue is None or cue[0] not in ("according_to", "as_said"):
                continue
            comma = next((t for t in words[i + size :] if t.text == ","), None)
            if comma is None:
                continue
            inside = linking.between(words[i + size - 1].i + 1, comma.i)
            people = [m for m in inside if (e := linking.entity(m.entity)) is not None and e.type == "PER"]
            if cue[0] == "as_said":
                # "Як зазначив Сибіга після зустрічі з колегою Барро": the subject of the verb speaks
                people = [next((m for m in people if is_nominative(doc, m)), people[-1])] if people else []
            speaker = (
                people[-1].entity
                if people
                else _titled_antecedent(doc, words[i + size - 1].i + 1, comma.i, linking)
                or (inside[0].entity if inside else None)
            )
            pronoun = next((t.lower_ for t in words[i : i + size] if t.lower_ in ("його", "її")), None)
            if speaker is None and pronoun is not None:  # "За його словами, ..."
                speaker = antecedent(doc, words[i].i, linking, "masc" if pronoun == "його" else "femn")
            if speaker is None:  # "За словами єгипетського міністра, ...": a title for someone named before
                speaker = _titled_antecedent(doc, words[i + size - 1].i + 1, comma.i, linking)
            after = words[i + size] if i + size < len(words) else None
            if speaker is None and after is not None and after.lower_ in _IMPERSONAL_PREPOSITIONS:
                speaker = _institution_named_before(doc, after, linking)  # "Як зазначили в конфедерації
            if (
                speaker is None
                or _is_outlet(linking, speaker)
                or _reported(words[i : i + size])
                or _data_cue(words[i : i + size])
            ):
                continue  # "як пише The Guardian", "за даними ОП": a source, not a quote
            start, end = _trim(text_of(doc), comma.idx + 1, sent.end_char)
            opening = _previous_word(doc, words[i].i, sent.start)
            if (
                opening is not None
                and opening.text == ","
                and not any(q.start < opening.idx < q.end for q in found)
            ):
                # "Постраждалих, за його словами, немає": the words around the parenthesis are said
                start = _trim(text_of(doc), sent.start_char, sent.end_char)[0]
            if any(q.start <= start < q.end for q in found) or end <= start:
                continue
            quotes.append(
                Quote(
                    start=start,
                    end=end,
                    text=text_of(doc)[start:end],
                    kind="indirect",
                    speaker=speaker,
                    cue=" ".join(t.text for t in words[i : i + size]),
                )
            )
    return quotes


_DATA_NOUNS = frozenset({"дані", "інформація", "оцінка", "підрахунок"})


def _data_cue(words: list[Token]) -> bool:
    """ "За даними", "за оцінками": figures a source gives, not words someone said."""
    return any(
        t.lower_ in ("даними", "даних") or p.lemma in _DATA_NOUNS for t in words for p in parses(t.text)[:2]
    )


def _titled_antecedent(doc: Doc, lo: int, hi: int, linking: Linking) -> str | None:
    """A person referred to by a title alone ("міністра", "дипломата") in doc[lo:hi]."""
    if hi - lo > 4:
        return None
    table = roles()
    for tok in doc[lo:hi]:
        found = [p for p in parses(tok.text) if p.pos == "NOUN" and (p.lemma,) in table and p.has("anim")]
        if found:
            gender = "femn" if all(p.has("femn") for p in found) else "masc"
            # "Глава уряду додала": a title of either gender takes the verb's
            gender = (_past_verb_gender(doc[hi]) if hi < len(doc) else None) or gender
            country = next((c for t in doc[lo:hi] if (c := country_of_adjective(t)) is not None), None)
            if country is not None:  # "зазначив український міністр": the Ukrainian one named before
                of_country = next(
                    (
                        m
                        for m in linking.before(lo)
                        if _person_of_gender(linking, m, gender)
                        and (e := linking.entity(m.entity)) is not None
                        and e.country == country
                    ),
                    None,
                )
                if of_country is not None:
                    return of_country.entity
            return antecedent(doc, lo, linking, gender)
    return None


def _past_verb_gender(tok: Token) -> str | None:
    """ "додала" → femn, "додав" → masc; None for any other word."""
    for p in parses(tok.text):
        if p.pos == "VERB" and p.has("past") and not p.has("plur"):
            return next((g for g in ("masc", "femn") if p.has(g)), None)
    return None


def _is_outlet(linking: Linking, entity_id: str) -> bool:
    ent = linking.entity(entity_id)
    return ent is not None and (ent.code or "").endswith("MED")


def _reported(words: list[Token]) -> bool:
    return any(_cue_kind(t) == "report" for t in words)


def _phrase_cue(words: list[Token]) -> tuple[str, str] | None:
    """A multiword cue from ``speech_nouns.tsv`` matched by word forms or by lemmas."""
    table = speech_phrases()
    first = words[0]
    starts = _phrase_starts()
    # Most words start no cue: decide that from the first word before building lemma combinations.
    if first.lower_ not in starts and not any(p.lemma in starts for p in parses(first.text)):
        return None
    cue = table.get(tuple(t.lower_ for t in words))
    if cue is not None and cue[1] == "form":
        return cue
    for combo in _lemma_combinations(words):
        cue = table.get(combo)
        if cue is not None and cue[1] == "lemma":
            return cue
    return None


def _lemma_combinations(words: list[Token]) -> list[tuple[str, ...]]:
    options: list[tuple[str, ...]] = [()]
    for tok in words:
        lems = {p.lemma for p in parses(tok.text)} or {tok.lower_}
        options = [(*o, lem) for o in options for lem in lems][:16]
    return options


def _next_word(doc: Doc, i: int, end: int) -> Token | None:
    while i < end:
        if not doc[i].is_space:
            return doc[i]
        i += 1
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return start, end


# ---------------------------------------------------------------- attributions


def _impersonal(doc: Doc, cue: Token, sent: Span) -> bool:
    """ "повідомили в KCNA", "у Кремлі підтвердили": a plural verb with no subject."""
    return any(p.has("plur") for p in parses(cue.text)[:1]) and _in_phrase_source(doc, cue, sent) is not None


def _in_phrase_source(doc: Doc, cue: Token, sent: Span) -> Token | None:
    """The preposition of "в KCNA" / "у Кремлі" next to a plural report verb: right after the verb,
    or earlier in its clause with no other verb in between."""
    for k in range(cue.i + 1, min(sent.end, cue.i + 3)):
        if doc[k].lower_ in _IMPERSONAL_PREPOSITIONS:
            return doc[k]
    aside = _aside_before(doc, cue, sent.start)  # "У Міноборони Росії, як повідомляє ТАСС, заявили"
    for k in range(cue.i - 1 if aside is None else aside - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.text in (",", ";", ":") and doc[k + 1].lower_ in ("що", "щоб", "який", "яка", "які"):
            break
        if any(p.pos == "VERB" for p in parses(tok.text)[:1]):
            break
        name = k + 2 if k + 2 < cue.i and doc[k + 1].text in _OPENERS else k + 1  # "В «Укрзалізниці»"
        if (
            tok.lower_ in _IMPERSONAL_PREPOSITIONS
            and name < cue.i
            and (doc[name].text[:1].isupper() or _body_or_document(doc[name]))
        ):
            return tok  # "У Кремлі", "У заяві відомства", "в міністерстві"
    return None


def find_attributions(doc: Doc, linking: Linking, segments: list[tuple[int, int]]) -> list[Attribution]:
    found: list[Attribution] = []
    article_source: str | None = None
    for sent in sentences(doc):
        here: dict[str | None, Attribution] = {}
        for attr in _sentence_attributions(doc, sent, linking, segments):
            if _about_this(sent) and attr.source:
                attr.cue = "Про це " + (attr.cue or "")
                article_source = article_source or attr.via or attr.source
            kept = here.get(attr.source)
            if kept is None or ((attr.via or attr.citing) and not (kept.via or kept.citing)):
                here[attr.source] = attr
        found.extend(here.values())
    if article_source:
        for attr in found:
            if (
                attr.source
                and attr.source != article_source
                and attr.via is None
                and attr.cue
                and not attr.cue.lower().startswith("у ")
                and not attr.cue.lower().startswith("в ")
            ):
                attr.via = article_source
    return found


def _about_this(sent: Span) -> bool:
    """ "Про це повідомляє X": the sentence attributes the article's preceding report."""
    words = [t.lower_ for t in sent if not t.is_space][:2]
    return words == ["про", "це"]


def _sentence_attributions(
    doc: Doc, sent: Span, linking: Linking, segments: list[tuple[int, int]]
) -> list[Attribution]:
    result = []
    for tok in sent:
        if inside_quotes(segments, tok.idx):
            continue
        kind = _cue_kind(tok)
        if kind is not None and _negated(doc, tok, sent):
            # "Генштаб ураження поки не підтверджував", "У «Лукойлі» ситуацію не коментують": no
            # information comes from it
            continue
        if (
            kind in ("report", "confirm")
            or (kind is not None and _impersonal(doc, tok, sent))
            or (
                kind == "speech"
                and (_about_this(sent) or _institution_says(doc, sent, tok, linking, segments))
            )
        ):
            attr = _report_attribution(doc, sent, tok, linking, segments)
            if attr is not None:
                result.append(attr)
                result.extend(_coordinated_sources(doc, sent, attr, linking))
                result.extend(_cited_source(doc, sent, attr, linking))
    result.extend(_phrase_attributions(doc, sent, linking))
    relays = {
        a.source for a in result if a.source and _reports(a.cue) and _relays(doc, sent, linking, a.source)
    }
    return _through_outlet(result, relays)


_OUTLET_NOUNS = frozenset(
    {"агенція", "агентство", "інформагенція", "видання", "газета", "телеканал", "журнал"}
)


def _relays(doc: Doc, sent: Span, linking: Linking, entity_id: str) -> bool:
    """An outlet, or a name given as one: "як передає агенція HINA"."""
    if _is_outlet(linking, entity_id):
        return True
    for m in linking.between(sent.start, sent.end):
        before = _previous_word(doc, m.start, sent.start)
        if m.entity == entity_id and before is not None and before.text in _OPENERS:
            before = _previous_word(doc, before.i, sent.start)
        if (
            m.entity == entity_id
            and before is not None
            and before.text.islower()
            and any(p.lemma in _OUTLET_NOUNS for p in parses(before.text)[:2])
        ):
            return True
    return False


def _reports(cue: str | None) -> bool:
    """Is the cue an outlet's report verb ("передає", "як пише"), not "за даними" or "з посиланням"?"""
    verbs = speech_verbs()
    return any(
        p.pos == "VERB" and verbs.get(p.lemma) == "report" for w in (cue or "").split() for p in parses(w)[:1]
    )


def _through_outlet(found: list[Attribution], relays: set[str]) -> list[Attribution]:
    """ "За даними Генштабу, ..., передає Суспільне", "повідомило агентство Reuters, посилаючись
    на заяву МЗС Китаю": when the one outlet that reports the sentence names where it got it,
    that source reached us through the outlet (which stays a source of the sentence too)."""
    if len(relays) != 1:
        return found
    outlet = next(iter(relays))
    for a in found:
        if a.source and a.source != outlet and a.via is None:
            a.via = outlet
    return found


def _coordinated_sources(doc: Doc, sent: Span, attr: Attribution, linking: Linking) -> list[Attribution]:
    """ "повідомили в Харківській ОВА та Запорізькій ОВА": each institution joined by "та" reports."""
    found: list[Attribution] = []
    mentions = linking.between(sent.start, sent.end)
    for n, m in enumerate(mentions[:-1]):
        if m.entity != attr.source:
            continue
        k = n
        while k + 1 < len(mentions):
            nxt = mentions[k + 1]
            joint = [t for t in doc[mentions[k].end : nxt.start] if not t.is_space]
            titled = k + 2 < len(mentions) and _title_chain(doc, joint, nxt, mentions[k + 2], linking)
            if titled:
                # "генеральний прокурор Юріс Стуканс і керівник VDD Нормундс Межвієтс": the body
                # belongs to the second person's title; the person reports
                joint = [*joint, *doc[nxt.start : nxt.end]]
                k += 1
                nxt = mentions[k + 1]
            person = (e := linking.entity(nxt.entity)) is not None and e.type == "PER"
            # "Про це повідомили генеральний прокурор Юріс Стуканс і керівник VDD Нормундс Межвієтс"
            if not _joins_sources(joint) or not (
                _is_source_entity(linking, nxt.entity) or (person and _about_this(sent))
            ):
                break
            found.append(
                Attribution(start=attr.start, end=attr.end, source=nxt.entity, via=attr.via, cue=attr.cue)
            )
            k += 1
        break
    return found


def _title_chain(
    doc: Doc, joint: list[Token], body: LinkedMention, after: LinkedMention, linking: Linking
) -> bool:
    """Is ``body`` an organization inside the next person's title ("і керівник VDD Нормундс")?"""
    person = linking.entity(after.entity)
    organization = linking.entity(body.entity)
    return (
        person is not None
        and person.type == "PER"
        and organization is not None
        and organization.type == "ORG"
        and after.start == body.end
        and any(_is_title_word(t) for t in joint)
    )


def _is_title_word(tok: Token) -> bool:
    return any((p.lemma,) in roles() for p in parses(tok.text)[:2] if p.pos == "NOUN")


def _joins_sources(joint: list[Token]) -> bool:
    """ "та", "і", ", а також російське": a conjunction, then at most the next name's adjectives (or
    the next person's title: "і керівник VDD")."""
    words = [t.lower_ for t in joint if t.text != ","]
    lead = 2 if words[:2] in (["а", "також"], ["і", "також"], ["та", "також"]) else 1
    if not words or (lead == 1 and words[0] not in ("та", "і", "й")):
        return False
    return all(
        any(p.pos == "ADJF" for p in parses(t.text)[:1]) or _is_title_word(t) or t.text[:1].isupper()
        for t in joint
        if t.text != "," and t.lower_ not in words[:lead]
    )


def _as_lead_in(doc: Doc, cue: Token, sent: Span) -> bool:
    """ "Як повідомила Херсонська ОВА, ...": the verb is the lead-in's."""
    first = _next_word(doc, sent.start, cue.i)
    second = _next_word(doc, first.i + 1, sent.end) if first is not None else None
    return first is not None and first.lower_ == "як" and second is not None and second.i == cue.i


def _negated(doc: Doc, tok: Token, sent: Span) -> bool:
    before = _previous_word(doc, tok.i, sent.start)
    return before is not None and before.lower_ == "не"


def _institution_says(
    doc: Doc, sent: Span, cue: Token, linking: Linking, segments: list[tuple[int, int]]
) -> bool:
    """ "Міністерство оборони Росії заявило, що ...", "Агентство PAP нагадує, що ...": an institution
    (not a person) that states something is where the information comes from."""
    if not _introduces_content(doc, cue, sent):
        return False
    subject = _speaker_near(doc, cue, linking, segments, sent.start, sent.end)
    if subject is None or not _is_source_entity(linking, subject) or _mission(linking, subject):
        # "Посольство Росії в Празі заявило, що ...": an embassy states its country's side, like
        # a spokesman, and its words are a quote
        return False
    # "Глава ОВА уточнив": the head of the body speaks, not the body
    first = next((m for m in linking.between(sent.start, cue.i) if m.entity == subject), None)
    before = _previous_word(doc, first.start, sent.start) if first is not None else None
    return not (before is not None and any((p.lemma,) in roles() for p in parses(before.text)[:2]))


_QUOTING = frozenset({"цитувати", "процитувати", "наводити", "навести"})


def _outlet_quoting(doc: Doc, cue: Token, sent: Span, linking: Linking) -> str | None:
    """ "..., цитує Захарову ТАСС", "цитує Грушка агенція ТАСС": the outlet that quotes, not the one
    quoted, after the verb."""
    if not lemmas(cue) & _QUOTING:
        return None
    after = linking.between(cue.i + 1, sent.end)
    return next((m.entity for m in after if _is_outlet(linking, m.entity)), None)


def _report_attribution(
    doc: Doc, sent: Span, cue: Token, linking: Linking, segments: list[tuple[int, int]]
) -> Attribution | None:
    prep = _in_phrase_source(doc, cue, sent)
    source: str | None = None
    cue_text = cue.text
    if prep is not None and any(p.has("plur") for p in parses(cue.text)[:1]):
        m = _institution_after(doc, prep, linking)
        if m is not None and _is_source_entity(linking, m.entity):
            source = m.entity
            cue_text = (
                f"{prep.text} {doc[m.start : m.end].text} {cue.text}"
                if prep.i < cue.i
                else f"{cue.text} {prep.text} {doc[m.start : m.end].text}"
            )
    if source is None:
        if (
            prep is not None
            and any(p.has("plur") for p in parses(cue.text)[:1])
            and not _named_after(doc, cue, sent, linking)
        ):
            return None  # "у Брюсселі назвали ...": impersonal, and no institution named
        subject = (
            _outlet_quoting(doc, cue, sent, linking)
            or _coordinated_subject(doc, cue, sent, linking)
            or _speaker_near(doc, cue, linking, segments, sent.start, sent.end)
        )
        if subject is None or not (
            _is_source_entity(linking, subject)
            or _about_this(sent)
            or _person_closes_report(doc, cue, sent, linking, subject)
        ):
            return None
        confirms = _cue_kind(cue) == "confirm"
        if not (
            _about_this(sent)
            or _introduces_content(doc, cue, sent)
            or _is_outlet(linking, subject)
            or confirms
            or _as_lead_in(doc, cue, sent)
        ):
            return None  # "НАБУ повідомило про підозру": an act, not a report of something
        source = subject
    citing = _citing(doc, sent, linking)
    return Attribution(
        start=sent.start_char,
        end=_trim(text_of(doc), sent.start_char, sent.end_char)[1],
        source=source,
        citing=citing[0] if citing and citing[1] is None else None,
        cue=cue_text,
    )


def _cited_source(doc: Doc, sent: Span, attr: Attribution, linking: Linking) -> list[Attribution]:
    """ "Reuters з посиланням на Берегову охорону Філіппін": the named source the reporter cites is
    a source of the sentence too, reached through the reporter."""
    citing = _citing(doc, sent, linking)
    if citing is None or citing[1] is None or citing[1] == attr.source:
        return []
    return [
        Attribution(start=attr.start, end=attr.end, source=citing[1], via=attr.source, cue="з посиланням на")
    ]


def _institution_after(doc: Doc, prep: Token, linking: Linking) -> LinkedMention | None:
    """ "в KCNA", "у Кремлі", "в пресслужбі СБУ": the institution right after the preposition or
    after one or two words naming its office."""
    for k in range(prep.i + 1, min(len(doc), prep.i + 4)):
        m = linking.at(k)
        if m is not None:
            # "посольства Румунії в Москві оголосили": a preposition inside a name opens no source
            return m if m.start > prep.i else None
        if doc[k].is_punct and not (k == prep.i + 1 and doc[k].text in _OPENERS):
            return None
    return None


def _institution(doc: Doc, cue: Token, sent: Span, linking: Linking) -> str | None:
    """ "У Кремлі заявили, що ...", "— ідеться в заяві відомства": the institution an impersonal
    verb speaks for."""
    if not any(p.has("plur") or p.lemma in ("йтися", "ітися") for p in parses(cue.text)[:1]):
        return None
    prep = _in_phrase_source(doc, cue, sent)
    m = _institution_after(doc, prep, linking) if prep is not None else None
    if m is None and prep is not None:
        # "У заяві відомства нагадали", "Як зазначили в конфедерації": the body named before
        return _institution_named_before(doc, prep, linking)
    return m.entity if m is not None and _is_source_entity(linking, m.entity) else None


def _body_or_document(tok: Token) -> bool:
    return any(
        p.lemma in org_heads() or p.lemma in _DOCUMENT_NOUNS for p in parses(tok.text)[:2] if p.pos == "NOUN"
    )


# a lower-case noun standing for an institution already named: any state body, or one of its kind
_ANY_BODY = frozenset({"відомство", "установа", "організація"})


def _institution_named_before(doc: Doc, prep: Token, linking: Linking) -> str | None:
    """The organization a lower-case head noun after "в/у" refers back to: "в конфедерації" → the
    confederation named earlier; "відомства" → the last state body named."""
    # "йдеться в заяві посольства": an embassy is a body too
    heads = set(org_heads()) | {h for h in mission_heads() if " " not in h}
    for tok in doc[prep.i + 1 : min(len(doc), prep.i + 4)]:
        if not tok.text.islower() or tok.is_punct:
            return None
        kinds = {p.lemma for p in parses(tok.text)[:2] if p.pos == "NOUN"} & (set(heads) | _ANY_BODY)
        if not kinds:
            continue
        for m in linking.before(prep.i):
            ent = linking.entity(m.entity)
            if ent is None or ent.type != "ORG":
                continue
            first = {p.lemma for p in parses(ent.name.split()[0])[:2]}
            if first & kinds or (kinds & _ANY_BODY and (ent.code or "").endswith(("GOV", "IGO"))):
                return ent.id
        return None
    return None


def _introduces_content(doc: Doc, cue: Token, sent: Span) -> bool:
    """The report verb introduces what is reported: "..., що ...", ": ...", or it closes the
    sentence ("..., повідомляє Reuters.")."""
    nxt = _introducer(doc, cue, sent)
    if nxt is not None and (
        nxt.text == ":"
        or nxt.lower_ == "що"
        or (nxt.text == "," and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "що")
    ):
        return True
    if (
        nxt is not None
        and nxt.lower_ == "про"
        and _lemma_in(cue, _NEWS_VERBS)
        and _reported_news_after(doc, nxt, sent)
    ):
        return True  # "прокуратура повідомила про арешт Віталія Б.": the news it gives
    before = _previous_word(doc, cue.i, sent.start)
    # "..., повідомляє Reuters.": a report verb after a comma closes the sentence (a date set off by
    # commas before the verb, "в четвер, 10 липня, повідомила про ...", is no such close)
    return before is not None and before.text == "," and (nxt is None or nxt.lower_ != "про")


# what a body "повідомляє про" as its own legal act, not as news: "НАБУ повідомило про підозру"
_NOTICE_NOUNS = frozenset({"підозра"})
# verbs whose "про ..." is news told ("повідомила про арешт"), unlike an act ("оголосив про пакет")
_NEWS_VERBS = frozenset({"повідомити", "повідомляти", "заявити", "заявляти"})


def _lemma_in(tok: Token, table: frozenset[str]) -> bool:
    return any(p.lemma in table for p in parses(tok.text)[:2])


def _reported_news_after(doc: Doc, about: Token, sent: Span) -> bool:
    nxt = doc[about.i + 1] if about.i + 1 < sent.end else None
    return nxt is not None and not any(p.lemma in _NOTICE_NOUNS for p in parses(nxt.text)[:2])


def _person_closes_report(doc: Doc, cue: Token, sent: Span, linking: Linking, subject: str) -> bool:
    """ "Загинули троє людей, повідомив начальник ОВА Олег Кіпер": a person whose report verb
    closes the sentence is where its facts come from (speech verbs — "заявив" — make quotes only)."""
    ent = linking.entity(subject)
    before = _previous_word(doc, cue.i, sent.start)
    after = [m for m in linking.between(cue.i, sent.end) if m.entity == subject]
    return (
        ent is not None
        and ent.type == "PER"
        and _cue_kind(cue) == "report"
        and before is not None
        and before.text == ","
        and bool(after)  # the speaker follows the verb; "X, відомий як ..., оприлюднив" is no report
    )


def _named_after(doc: Doc, cue: Token, sent: Span, linking: Linking) -> bool:
    """ "на брифінгу в Ризі повідомили генеральний прокурор Юріс Стуканс": the place is where; a
    title and a name right after the plural verb are its subject."""
    nxt = _next_word(doc, cue.i + 1, sent.end)
    for _ in range(2):  # "генеральний прокурор": adjectives before the title
        if nxt is not None and not _nominative_title(nxt) and _adjective(nxt):
            nxt = _next_word(doc, nxt.i + 1, sent.end)
    if nxt is None or not _nominative_title(nxt):
        return False
    return any(
        (e := linking.entity(m.entity)) is not None and e.type == "PER"
        for m in linking.between(cue.i + 1, min(sent.end, cue.i + 6))
    )


def _mission(linking: Linking, entity_id: str) -> bool:
    ent = linking.entity(entity_id)
    return ent is not None and is_mission_name(ent.name)


def _is_source_entity(linking: Linking, entity_id: str) -> bool:
    ent = linking.entity(entity_id)
    return ent is not None and ent.type == "ORG"


def _citing(doc: Doc, sent: Span, linking: Linking) -> tuple[str, str | None] | None:
    """ "з посиланням на X": a named entity (→ the source) or an unnamed group (→ citing text)."""
    words = [t for t in sent if not t.is_space]
    for i in range(len(words) - 1):
        size = 2 if (words[i].lower_, words[i + 1].lower_) == ("посилаючись", "на") else 3
        if tuple(t.lower_ for t in words[i : i + size]) not in (
            ("з", "посиланням", "на"),
            ("із", "посиланням", "на"),
            ("посилаючись", "на"),
        ):
            continue
        rest = words[i + size :]
        ends = (k for k, t in enumerate(rest) if (t.is_punct and t.text != "-") or _cue_kind(t) is not None)
        stop = next(ends, len(rest))
        phrase = rest[:stop]
        if not phrase:
            return None
        first = _source_after(phrase, 0, linking, spokespeople=True)
        if first is not None and first.start <= phrase[-1].i:
            return doc[first.start : first.end].text, first.entity
        return doc[phrase[0].i : phrase[-1].i + 1].text, None
    return None


# what a source issues: "йдеться у звіті Єврокомісії", "свідчать дані ЦВК"
_DOCUMENT_NOUNS = frozenset(
    {
        "звіт",
        "заява",
        "повідомлення",
        "документ",
        "дані",
        "рішення",
        "лист",
        "реліз",
        "пресреліз",
        "коментар",
        "публікація",
        "матеріал",
        "дослідження",
        "огляд",
        "бюлетень",
        "допис",
        "пресслужба",
        "агентство",
        "видання",
        "газета",
        "телеканал",
        "журнал",
        "портал",
        "агенція",
        "пресофіс",
        "сайт",
        "вебсайт",
    }
)
# who speaks for an institution, skipped only when a reporter cites: "з посиланням на речника МЗС
# Китаю" (the ministry is the source); "за словами речника МЗС" is the spokesman's speech
_SPOKESPEOPLE = frozenset({"речник", "речниця", "прессекретар", "представник", "представниця"})


def _source_after(
    words: list[Token], k: int, linking: Linking, spokespeople: bool = False
) -> LinkedMention | None:
    """The entity at ``words[k]``, after at most two document nouns (or spokespeople) and an
    opening quote mark."""
    titled = False
    for _ in range(5):
        if k >= len(words):
            return None
        m = linking.at(words[k].i)
        if m is not None:
            named = _named_spokesperson(words, k, m, linking) if spokespeople else None
            if named is not None:
                return named  # "на речника Національної прокуратури Пшемислава Новака": he is cited
            # "з посиланням на чиновників США": officials of a country are unnamed, not the country
            return (
                m if not titled or ((e := linking.entity(m.entity)) is not None and e.type == "PER") else None
            )
        tok = words[k]
        nouns = _DOCUMENT_NOUNS | _SPOKESPEOPLE if spokespeople else _DOCUMENT_NOUNS
        # "за даними аналітичної компанії Kpler": the kind of body before its name, too
        document = any(
            p.lemma in nouns or (tok.text.islower() and p.lemma in org_heads()) for p in parses(tok.text)[:2]
        )
        # "з посиланням на адвоката журналіста Заура Агаєва": the titles of the one cited
        title = (
            spokespeople
            and not document
            and tok.text.islower()
            and any((p.lemma,) in roles() for p in parses(tok.text)[:2])
        )
        titled = titled or title
        document = document or title
        # "За даними турецького видання BirGün": an adjective before the document noun
        described = (
            tok.text.islower() and any(p.pos == "ADJF" for p in parses(tok.text)[:1]) and k + 1 < len(words)
        )
        if not (tok.text in _OPENERS or document or described):
            return None
        k += 1
    return None


def _named_spokesperson(
    words: list[Token], k: int, m: LinkedMention, linking: Linking
) -> LinkedMention | None:
    """The person named right after a spokesperson's body: "речника прокуратури Пшемислава Новака"."""
    before = words[k - 1] if k > 0 else None
    if before is None or not any(p.lemma in _SPOKESPEOPLE for p in parses(before.text)[:2]):
        return None
    after = next((j for j in range(k, len(words)) if words[j].i >= m.end), None)
    nxt = linking.at(words[after].i) if after is not None else None
    ent = linking.entity(nxt.entity) if nxt is not None else None
    return nxt if ent is not None and ent.type == "PER" and nxt is not None and nxt.start == m.end else None


def _told_to(words: list[Token], i: int, size: int, linking: Linking) -> bool:
    """ "Як стало відомо «Економічній правді»": the outlet a fact was disclosed to."""
    m = _source_after(words, i + size, linking)
    return (
        m is not None
        and _is_source_entity(linking, m.entity)
        and "відомо" in {t.lower_ for t in words[i : i + size]}
    )


def _phrase_attributions(doc: Doc, sent: Span, linking: Linking) -> list[Attribution]:
    """ "За даними X", "стало відомо" and other fixed cues from ``speech_nouns.tsv``."""
    result = []
    words = [t for t in sent if not t.is_space]
    for i in range(len(words)):
        for size in (2, 3):
            cue = _phrase_cue(words[i : i + size])
            if cue is None or cue[0] not in ("citing", "unattributed", "according_to"):
                continue
            end = _trim(text_of(doc), sent.start_char, sent.end_char)[1]
            if cue[0] == "unattributed" and not _told_to(words, i, size, linking):
                result.append(
                    Attribution(
                        start=sent.start_char,
                        end=end,
                        source=None,
                        cue=" ".join(t.text for t in words[i : i + size]),
                    )
                )
                continue
            m = _source_after(words, i + size, linking)
            if m is not None and _is_source_entity(linking, m.entity):
                result.append(
                    Attribution(
                        start=sent.start_char,
                        end=end,
                        source=m.entity,
                        cue=" ".join(t.text for t in words[i : i + size]),
                    )
                )
    return result


def passages(doc: Doc, attributions: list[Attribution], quotes: list[Quote]) -> dict[int, Passage]:
    """Sentence start offset → who the sentence's information is attributed to."""
    article = next((a.source for a in attributions if a.cue and a.cue.lower().startswith("про це")), None)
    sources: dict[int, str] = {}
    for a in attributions:
        if a.source:
            sources.setdefault(a.start, a.source)
    speakers: dict[int, str | None] = {}
    for q in quotes:
        speakers.setdefault(sentence_of(doc[token_at_char(doc, q.start)]).start_char, q.speaker)
    return {
        sent.start_char: Passage(
            source=sources.get(sent.start_char) or article, speaker=speakers.get(sent.start_char)
        )
        for sent in sentences(doc)
    }
