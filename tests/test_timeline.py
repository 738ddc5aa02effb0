"""Cross-article merge on hand-made records, one-line summaries, and the four renderings."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from litopys.model import Actor, Analysis, Article, Entity, Event
from litopys.timeline import Entry, merge, render, reports_of, select, summarize

PEOPLE = {
    "USA": Entity("E1", "LOC", "США", "USA", "USA", "LOC:сша"),
    "RUS": Entity("E2", "LOC", "Росія", "RUS", "RUS", "LOC:росія"),
    "UKR": Entity("E3", "LOC", "Україна", "UKR", "UKR", "LOC:україна"),
    "TREASURY": Entity(
        "E4", "ORG", "Міністерство фінансів США", "USA", "USAGOV", "ORG:міністерство фінансів сша"
    ),
    "KHARKIV": Entity("E5", "LOC", "Харків", "UKR", None, "LOC:харків"),
    "ZAP": Entity("E6", "LOC", "Запоріжжя", "UKR", None, "LOC:запоріжжя"),
    "MACRON": Entity("E7", "PER", "Емманюель Макрон", "FRA", "FRAGOV", "PER:емманюель макрон"),
    "ZEL": Entity("E8", "PER", "Володимир Зеленський", "UKR", "UKRGOV", "PER:володимир зеленський"),
}


def actor(name: str) -> Actor:
    e = PEOPLE[name]
    return Actor(e.id, e.country, e.code, e.name)


def article(
    aid: str, outlet: str, published: str, *events: tuple[str, str, str | None, str | None, str | None]
) -> Analysis:
    """events: (type, source, target, date, location)"""
    text = "Речення про подію."
    result = Analysis(
        pipeline="test",
        article=Article(aid, url=f"https://{outlet}.ua/{aid}", outlet=outlet, published=published),
        text=text,
        entities=list(PEOPLE.values()),
    )
    for n, (type_, src, tgt, date, loc) in enumerate(events, 1):
        result.events.append(
            Event(
                id=f"V{n}",
                type=type_,
                mode=None,
                source=[actor(src)] if src else [],
                target=[actor(tgt)] if tgt else [],
                date=date,
                location=PEOPLE[loc].id if loc else None,
                modality="asserted",
                according_to=None,
                start=0,
                end=len(text),
            )
        )
    return result


def entries_of(*analyses: Analysis) -> list[Entry]:
    return merge([r for a in analyses for r in reports_of(a)])


def test_same_event_from_two_outlets_merges() -> None:
    a = article("a1", "ukrinform", "2024-05-02", ("SANCTION", "USA", "RUS", "2024-05-01", None))
    b = article("b1", "pravda", "2024-05-01", ("SANCTION", "TREASURY", "RUS", "2024-05-01", None))
    (entry,) = entries_of(a, b)
    d = entry.to_dict()
    assert d["outlets"] == ["pravda", "ukrinform"]
    assert [x["article"] for x in d["articles"]] == ["b1", "a1"]
    assert d["first_report"]["outlet"] == "pravda"
    assert d["summary"] == "Міністерство фінансів США запровадило санкції проти Росії"


def test_different_events_on_the_same_day_stay_apart() -> None:
    a = article(
        "a1",
        "ukrinform",
        "2024-11-14",
        ("ASSAULT", "RUS", "KHARKIV", "2024-11-14", None),
        ("ASSAULT", "RUS", "ZAP", "2024-11-14", None),
        ("SANCTION", "USA", "RUS", "2024-11-14", None),
        ("SANCTION", "RUS", "USA", "2024-11-14", None),  # the other direction
    )
    b = article("b1", "suspilne", "2024-11-14", ("ASSAULT", "RUS", "KHARKIV", "2024-11-14", None))
    entries = entries_of(a, b)
    assert len(entries) == 4
    kharkiv = [e for e in entries if len(e.reports) == 2]
    assert len(kharkiv) == 1 and kharkiv[0].to_dict()["summary"] == "Росія атакувала Харків"


def test_month_merges_with_a_day_inside_it_but_not_with_two_days() -> None:
    a = article("a1", "ukrinform", "2023-09-20", ("CONSULT", "MACRON", "ZEL", "2023-09", None))
    b = article("b1", "pravda", "2023-09-13", ("CONSULT", "MACRON", "ZEL", "2023-09-12", None))
    c = article("c1", "nv", "2023-10-02", ("CONSULT", "MACRON", "ZEL", "2023-10-01", None))
    entries = entries_of(a, b, c)
    assert [(e.date, len(e.reports)) for e in entries] == [("2023-09-12", 2), ("2023-10-01", 1)]
    # complete link: a vague report never joins two different days into one entry
    d = article("d1", "lb", "2023-09-15", ("CONSULT", "MACRON", "ZEL", "2023-09-14", None))
    entries = entries_of(a, b, d)
    assert sorted(len(e.reports) for e in entries) == [1, 2]


def test_a_report_naming_one_side_joins_the_only_entry_it_fits() -> None:
    full = article("a1", "ukrinform", "2024-11-14", ("ASSAULT", "RUS", "KHARKIV", "2024-11-14", None))
    no_target = article("b1", "suspilne", "2024-11-15", ("ASSAULT", "RUS", None, "2024-11-14", None))
    no_source = article("c1", "nv", "2024-11-15", ("ASSAULT", None, "KHARKIV", "2024-11-14", None))
    (entry,) = entries_of(full, no_target, no_source)
    assert len(entry.reports) == 3
    assert entry.to_dict()["summary"] == "Росія атакувала Харків"
    # another day, another source, or another type: it stays apart
    other_day = article("d1", "lb", "2024-11-16", ("ASSAULT", "RUS", None, "2024-11-15", None))
    other_source = article("e1", "lb", "2024-11-16", ("ASSAULT", "UKR", None, "2024-11-14", None))
    assert len(entries_of(full, other_day, other_source)) == 3


def test_a_one_sided_report_that_fits_two_entries_stays_apart() -> None:
    a = article(
        "a1",
        "ukrinform",
        "2024-11-14",
        ("ASSAULT", "RUS", "KHARKIV", "2024-11-14", None),
        ("ASSAULT", "RUS", "ZAP", "2024-11-14", None),
    )
    vague = article("b1", "suspilne", "2024-11-15", ("ASSAULT", "RUS", None, "2024-11-14", None))
    assert sorted(len(e.reports) for e in entries_of(a, vague)) == [1, 1, 1]
    # a report with neither side, or without a date, never joins anything
    bare = article("c1", "nv", "2024-11-15", ("ASSAULT", None, None, "2024-11-14", None))
    undated = article("d1", "nv", "2024-11-15", ("ASSAULT", "RUS", None, None, None))
    kharkiv = article("e1", "x", "2024-11-14", ("ASSAULT", "RUS", "KHARKIV", "2024-11-14", None))
    assert sorted(len(e.reports) for e in entries_of(kharkiv, bare, undated)) == [1, 1, 1]


def test_place_and_undated() -> None:
    a = article("a1", "x", "2024-01-02", ("ASSAULT", "RUS", "UKR", "2024-01-01", "KHARKIV"))
    b = article("b1", "y", "2024-01-02", ("ASSAULT", "RUS", "UKR", "2024-01-01", "ZAP"))
    c = article("c1", "z", "2024-01-02", ("ASSAULT", "RUS", "UKR", "2024-01-01", "UKR"))
    assert len(entries_of(a, b)) == 2
    assert len(entries_of(a, c)) == 1  # Україна contains Харків
    u = article("u1", "x", "2024-01-02", ("AID", "USA", "UKR", None, None))
    v = article("v1", "y", "2024-01-03", ("AID", "USA", "UKR", None, None))
    w = article("w1", "y", "2024-01-03", ("AID", "USA", "UKR", "2024-01-01", None))
    entries = entries_of(u, v, w)
    assert [(e.date, len(e.reports)) for e in entries] == [("2024-01-01", 1), (None, 2)]


def test_filters() -> None:
    a = article(
        "a1",
        "x",
        "2024-05-02",
        ("SANCTION", "USA", "RUS", "2024-05-01", None),
        ("ASSAULT", "RUS", "KHARKIV", "2024-04-01", None),
        ("CONSULT", "MACRON", "ZEL", None, None),
    )
    reports = reports_of(a)
    assert [r.type for r in select(reports, actors=["Росія"])] == ["SANCTION", "ASSAULT"]
    assert [r.type for r in select(reports, pair=("Росія", "США"))] == ["SANCTION"]
    assert [r.type for r in select(reports, actors=["Макрон"])] == ["CONSULT"]
    assert [r.type for r in select(reports, types=["assault"])] == ["ASSAULT"]
    import datetime as dt

    assert [r.type for r in select(reports, date_from=dt.date(2024, 4, 15))] == ["SANCTION"]
    assert [r.type for r in select(reports, query="подію")] == ["SANCTION", "ASSAULT", "CONSULT"]


def test_summaries_agree_and_inflect() -> None:
    def one(*event: tuple[str, str, str | None, str | None, str | None]) -> str:
        (entry,) = entries_of(article("a1", "x", "2024-01-01", *event))
        return summarize(entry)

    assert one(("SANCTION", "USA", "RUS", "2024-01-01", None)) == "США запровадили санкції проти Росії"
    assert one(("AID", "USA", "UKR", "2024-01-01", None)) == "США надали допомогу Україні"
    assert (
        one(("CONSULT", "MACRON", "ZEL", None, None))
        == "Емманюель Макрон провів переговори з Володимиром Зеленським"
    )
    assert one(("ASSAULT", "RUS", None, None, None)) == "Росія завдала удару"  # no dangling verb
    assert one(("ASSAULT", None, "KHARKIV", None, None)) == "Атакували Харків"
    assert one(("ACCUSE", "MACRON", None, None, None)) == "Емманюель Макрон висунув звинувачення"


def test_summaries_name_the_sides_when_one_country_is_on_both() -> None:
    def one(type_: str, source: Actor, target: Actor) -> str:
        a = article("a1", "x", "2024-01-01")
        a.events.append(
            Event("V1", type_, None, [source], [target], "2024-01-01", None, "asserted", None, 0, 1)
        )
        (entry,) = entries_of(a)
        return summarize(entry)

    citizens, government = Actor(None, "GEO", "GEOCVL", "грузини"), Actor(None, "GEO", "GEOGOV", "влада")
    assert one("PROTEST", citizens, government) == "Громадяни Грузії протестували проти влади Грузії"
    police = Actor(None, "BLR", "BLRCOP", "міліція")
    assert one("COERCE", police, Actor(None, "BLR", "BLRCVL", "протестувальники")).startswith(
        "Поліція Білорусі"
    )
    # different countries keep their names
    assert (
        one("PROTEST", citizens, Actor(None, "RUS", "RUSGOV", "Кремль")) == "Грузія протестувала проти Росії"
    )


class _Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def sample() -> list[Entry]:
    a = article(
        "a1",
        "ukrinform",
        "2024-05-02",
        ("SANCTION", "USA", "RUS", "2024-05-01", None),
        ("AID", "USA", "UKR", "2024-05", None),
        ("ASSAULT", "RUS", "KHARKIV", None, None),
    )
    b = article("b1", "pravda", "2024-05-01", ("SANCTION", "USA", "RUS", "2024-05-01", None))
    return entries_of(a, b)


def test_markdown_and_json() -> None:
    entries = sample()
    md = render(entries, "md")
    assert "### 2024-05-01 — США запровадили санкції проти Росії" in md
    assert "## Без дати" in md and md.index("## Без дати") > md.index("2024-05 —")
    assert "[pravda, 2024-05-01](https://pravda.ua/b1)" in md
    record = json.loads(render(entries, "json"))
    assert record["schema"] == "litopys-timeline/1"
    assert [e["date"] for e in record["entries"]] == ["2024-05-01", "2024-05"]
    assert [e["summary"] for e in record["undated"]] == ["Росія атакувала Харків"]
    assert len(record["entries"][0]["articles"]) == 2


def test_timelinejs() -> None:
    record = json.loads(render(sample(), "timelinejs"))
    assert set(record) >= {"events"}
    events = record["events"]
    assert len(events) == 2  # undated entries have no place on a time axis
    for event in events:
        assert {"start_date", "text"} <= set(event)
        assert isinstance(event["start_date"]["year"], int)
        assert {"headline", "text"} <= set(event["text"])
    assert events[0]["start_date"] == {"year": 2024, "month": 5, "day": 1}
    assert events[1]["start_date"] == {"year": 2024, "month": 5}
    assert events[0]["text"]["headline"] == "США запровадили санкції проти Росії"


def test_html_is_standalone_and_lists_the_entries() -> None:
    page = render(sample(), "html")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "http://" not in page.replace("https://pravda.ua", "").replace("https://ukrinform.ua", "")
    assert "<script" not in page and "<link" not in page
    parser = _Texts()
    parser.feed(page)
    text = " ".join(parser.text)
    for summary in (
        "США запровадили санкції проти Росії",
        "США надали допомогу Україні",
        "Росія атакувала Харків",
    ):
        assert summary in text
    assert parser.tags.count("li") == 3
