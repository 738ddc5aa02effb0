"""The per-article pipeline: normalize → segment + morphology → mentions → link → time →
attribution → events. Data flows one way; each stage is a module of its own."""

from __future__ import annotations

import datetime as dt
import hashlib

from litopys import __version__
from litopys.attribution import find_attributions, find_quotes, passages, quoted_segments
from litopys.errors import InputError
from litopys.events import find_events
from litopys.link import link
from litopys.mentions import find_mentions
from litopys.model import Analysis, Article
from litopys.morphology import process
from litopys.normalize import normalize
from litopys.timexes import find_timexes

MAX_CHARS = 10_000_000


def pipeline_version() -> str:
    return f"litopys {__version__} (uk: rules + pymorphy3-dicts-uk)"


def parse_date(value: object) -> dt.date | None:
    """Accept a date, a datetime or an ISO ``YYYY-MM-DD`` string; reject anything else clearly."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError as exc:
            raise InputError(f"invalid publication date {value!r}: expected YYYY-MM-DD") from exc
    raise InputError(f"invalid publication date {value!r}: expected YYYY-MM-DD")


def analyze(
    text: str,
    published: object = None,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Analysis:
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if len(text) > MAX_CHARS:
        raise InputError(f"text is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    date = parse_date(published)
    clean = normalize(text)
    article = Article(
        id=hashlib.sha256(clean.encode("utf-8")).hexdigest(),
        url=url,
        outlet=outlet,
        published=date.isoformat() if date else None,
        title=title,
    )
    result = Analysis(pipeline=pipeline_version(), article=article, text=clean)
    if not clean.strip():
        return result
    doc = process(clean)
    linking = link(doc, find_mentions(doc))
    timexes = find_timexes(clean, date)
    segments = quoted_segments(clean)
    quotes = find_quotes(doc, linking, segments)
    attributions = find_attributions(doc, linking, segments)
    events = find_events(
        doc, linking, timexes, quotes, passages(doc, attributions, quotes), segments, article.published
    )
    result.entities = linking.entities
    result.timexes = timexes
    result.quotes = quotes
    result.attributions = attributions
    result.events = events
    return result
