"""Readers that turn files on disk into articles for the store (``litopys ingest``).

Every reader yields :class:`IncomingArticle` for each usable article and :class:`Rejected` for
each input it cannot use, with the reason; one bad input never stops the others.

Supported inputs (by file name ending; a file named on the command line with another ending is
recognized by its content):

- plain text (``.txt``, ``.text``, ``.md``): metadata from a sidecar ``<file>.json`` or a front
  matter block between two ``---`` lines (``published``, ``url``, ``outlet``, ``title``);
- JSON Lines (``.jsonl``, ``.ndjson``): one object per line with ``text`` and optional
  ``published``, ``url``, ``outlet``, ``title``;
- HTML pages (``.html``, ``.htm``): main text by trafilatura, date by htmldate, outlet from
  ``og:site_name`` or the URL's host (a sidecar ``<file>.json`` overrides any of them);
- RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``): one article per entry (its content, else its
  summary);
- folders, recursively (hidden files and folders, and sidecars, are skipped).

Nothing is fetched from the network: pages and feeds are parsed from the bytes on disk.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from litopys.errors import InputError
from litopys.pipeline import parse_date

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
META_KEYS = ("published", "url", "outlet", "title")
MAX_FILE_BYTES = 200_000_000


@dataclass(frozen=True, slots=True)
class IncomingArticle:
    text: str
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Rejected:
    origin: str
    reason: str


Item = IncomingArticle | Rejected


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """All articles (and rejected inputs) under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, explicit=False)
        elif path.is_file():
            yield from read_file(path, explicit=True)
        else:
            yield Rejected(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = set(files)
        for name in sorted(files):
            if name.startswith("."):
                continue
            # A sidecar of another file in the same folder is metadata, not an article.
            if name.endswith(".json") and name.removesuffix(".json") in names:
                continue
            yield Path(root) / name


def read_file(path: Path, *, explicit: bool = True) -> Iterator[Item]:
    """Articles in one file. In a folder walk, files of unknown kinds are silently skipped."""
    name = path.name.lower()
    kind = _kind_by_name(name)
    if kind is None and not explicit:
        return
    try:
        data = _read_bytes(path)
    except InputError as exc:
        yield Rejected(str(path), str(exc))
        return
    if kind is None:
        kind = _kind_by_content(data)
    if kind == "jsonl":
        yield from _read_jsonl(path, data)
        return
    sidecar = _sidecar(path)
    if isinstance(sidecar, Rejected):
        yield sidecar
        return
    if kind == "html":
        yield _read_html(path, data, sidecar)
    elif kind == "feed":
        yield from _read_feed(path, data)
    else:
        yield _read_text(path, data, sidecar)


def _kind_by_name(name: str) -> str | None:
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    return None


def _kind_by_content(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large ({size:,} bytes)")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc


def _decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), a BOM-marked UTF-16/32, or, failing those,
    the encoding charset-normalizer detects (cp1251, KOI8-U, ISO 8859-5, UTF-16 without BOM …).
    Binary data and bytes no encoding explains raise InputError."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"broken {codec} text (byte {exc.start})") from exc
    if b"\x00" not in data[:65536]:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    guess = _detect_encoding(data)
    if guess is None:
        raise InputError(
            "looks like binary data, not text"
            if b"\x00" in data[:65536]
            else "not text in any known encoding"
        )
    try:
        return data.decode(guess)
    except UnicodeDecodeError as exc:
        raise InputError(f"not text in any known encoding (guessed {guess}, bad byte {exc.start})") from exc


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _detect_encoding(data: bytes) -> str | None:
    """The most plausible legacy encoding, or None. NUL bytes are only allowed in UTF-16/32."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None:
        return None
    if b"\x00" in data[:65536]:
        # Binary files are full of NULs too: only accept a UTF-16/32 reading that gives letters
        # of the scripts news comes in here, not a run of random CJK ideographs.
        if not best.encoding.startswith(("utf_16", "utf_32")):
            return None
        sample = str(best)[:5000]
        readable = sum(1 for ch in sample if ch.isascii() or "\u0400" <= ch <= "\u04ff")
        if readable < 0.8 * len(sample):
            return None
    return str(best.encoding)


_DETECT_BYTES = 200_000  # enough to tell encodings apart; detection on more is slow


def _clean_meta(meta: dict[str, Any]) -> dict[str, str | None]:
    """Keep the known keys as strings; validate the date (raises InputError)."""
    out: dict[str, str | None] = {}
    for key in META_KEYS:
        value = meta.get(key)
        if value is None or value == "":
            out[key] = None
        elif key == "published":
            date = parse_date(value if isinstance(value, dt.date | str) else str(value))
            out[key] = date.isoformat() if date else None
        else:
            out[key] = str(value).strip() or None
    return out


def _sidecar(path: Path) -> dict[str, Any] | Rejected:
    side = path.with_name(path.name + ".json")
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Rejected(str(side), f"unreadable sidecar: {exc}")
    if not isinstance(meta, dict):
        return Rejected(str(side), "sidecar is not a JSON object")
    return meta


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between two ``---`` lines at the very top; returns (meta, body)."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    return meta, text[match.end() :]


def _read_text(path: Path, data: bytes, sidecar: dict[str, Any]) -> Item:
    origin = str(path)
    try:
        text = _decode(data)
        front, body = split_front_matter(text)
        meta = _clean_meta({**front, **sidecar})
    except InputError as exc:
        return Rejected(origin, str(exc))
    return IncomingArticle(text=body, origin=origin, **meta)


def _read_jsonl(path: Path, data: bytes) -> Iterator[Item]:
    try:
        text = _decode(data)
    except InputError as exc:
        yield Rejected(str(path), str(exc))
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(origin, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejected(origin, "line is not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str):
            yield Rejected(origin, "no 'text' string")
            continue
        try:
            meta = _clean_meta(record)
        except InputError as exc:
            yield Rejected(origin, str(exc))
            continue
        yield IncomingArticle(text=body, origin=origin, **meta)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _read_html(path: Path, data: bytes, sidecar: dict[str, Any]) -> Item:
    import htmldate
    import trafilatura

    origin = str(path)
    try:
        page = _decode_html(data)
    except InputError as exc:
        return Rejected(origin, str(exc))
    url = sidecar.get("url")
    metadata = trafilatura.extract_metadata(page, default_url=url)
    body = trafilatura.extract(
        page, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body or not body.strip():
        return Rejected(origin, "no main text found in the page")
    url = url or (metadata.url if metadata else None)
    title = metadata.title if metadata else None
    outlet = (metadata.sitename if metadata else None) or _host(url)
    published = htmldate.find_date(page, url=url, outputformat="%Y-%m-%d", extensive_search=False)
    title = sidecar.get("title") or title
    if title and not body.lstrip().startswith(title.strip()):
        body = f"{title.strip()}\n\n{body}"
    try:
        meta = _clean_meta({"published": published, "url": url, "outlet": outlet, "title": title, **sidecar})
    except InputError as exc:
        return Rejected(origin, str(exc))
    return IncomingArticle(text=body, origin=origin, **meta)


def _decode_html(data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise InputError("looks like binary data, not HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        head = data[:4096].decode("ascii", "ignore")
        match = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
        if match:
            try:
                return data.decode(match.group(1))
            except (LookupError, UnicodeDecodeError):
                pass
        codec = _detect_encoding(data)
        if codec is not None:
            return data.decode(codec, errors="replace")
        raise InputError("HTML page is neither UTF-8 nor in its declared or a detectable charset") from None


class _TextOnly(HTMLParser):
    """Text of an HTML fragment; block elements become paragraph breaks."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def _read_feed(path: Path, data: bytes) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield Rejected(str(path), f"not a readable RSS/Atom feed: {reason}")
        return
    if not parsed.entries:
        yield Rejected(str(path), "empty feed: no entries")
        return
    outlet = parsed.feed.get("title") or _host(parsed.feed.get("link"))
    for number, entry in enumerate(parsed.entries, 1):
        origin = f"{path}#{number}"
        contents = entry.get("content") or []
        raw = contents[0].get("value", "") if contents else entry.get("summary", "")
        body = html_to_text(raw or "")
        if not body.strip():
            yield Rejected(origin, "feed entry has no text")
            continue
        title = (entry.get("title") or "").strip() or None
        if title and not body.startswith(title):
            body = f"{title}\n\n{body}"
        yield IncomingArticle(
            text=body,
            published=_entry_date(entry),
            url=entry.get("link"),
            outlet=outlet,
            title=title,
            origin=origin,
        )


# ---------------------------------------------------------------------------------------------
# Running an ingest: analyze in worker processes, write from this process only


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    analyzed: int = 0
    duplicates: int = 0
    rejected: list[Rejected] | None = None

    def __post_init__(self) -> None:
        if self.rejected is None:
            self.rejected = []


def _die_with_parent(parent: int) -> None:
    """Worker initializer: on Linux, end this worker when the ingesting process dies (even by
    SIGKILL), so no orphan keeps analyzing for nobody; a parent already gone ends it at once."""
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def analyze_item(item: IncomingArticle) -> Any:
    """Analyze one incoming article (runs in a worker process); a failure becomes a Rejected."""
    from litopys.pipeline import analyze

    try:
        return analyze(item.text, item.published, url=item.url, outlet=item.outlet, title=item.title)
    except InputError as exc:
        return Rejected(item.origin, str(exc))
    except Exception as exc:  # a bug on one article must not stop the others
        return Rejected(item.origin, f"internal error: {type(exc).__name__}: {exc}")


def article_id(text: str) -> str:
    import hashlib

    from litopys.normalize import normalize

    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def plan_ingest(
    paths: Iterable[str | Path], store: Any, report: IngestReport, *, reanalyze: bool = False
) -> list[tuple[IncomingArticle, bool]]:
    """Read every input and list the articles to analyze, each with whether it replaces older rows.

    Unusable inputs are recorded as rejects; texts already in the store (unless ``reanalyze`` and
    they were made by an older pipeline) or seen earlier in this run count as duplicates. Shared by
    the process-pool ingest below and the Dask ingest (``litopys.scale``)."""
    from litopys.pipeline import pipeline_version

    assert report.rejected is not None
    current = pipeline_version()
    known = store.versions()
    seen: set[str] = set()
    todo: list[tuple[IncomingArticle, bool]] = []
    for item in read_inputs(paths):
        report.read += 1
        if isinstance(item, Rejected):
            report.rejected.append(item)
            store.reject(item.origin, item.reason)
            continue
        aid = article_id(item.text)
        if aid in seen or (aid in known and (not reanalyze or known[aid] == current)):
            report.duplicates += 1
            continue
        seen.add(aid)
        todo.append((item, aid in known))
    return todo


def run_ingest(
    paths: Iterable[str | Path],
    store: Any,
    *,
    reanalyze: bool = False,
    workers: int | None = None,
    on_start: Any = None,
    on_advance: Any = None,
) -> IngestReport:
    """Read every input, skip texts already in the store (unless ``reanalyze`` and they were made by
    an older pipeline), analyze the rest with ``workers`` processes and write each article in one
    transaction. ``on_start(total)`` and ``on_advance()`` drive a progress display."""
    report = IngestReport()
    todo = plan_ingest(paths, store, report, reanalyze=reanalyze)
    if on_start:
        on_start(len(todo))

    def take(result: Any, item: IncomingArticle, replace: bool) -> None:
        if isinstance(result, Rejected):
            assert report.rejected is not None
            report.rejected.append(result)
            store.reject(result.origin, result.reason)
        else:
            store.write(result, item.origin, replace=replace)
            report.analyzed += 1
        if on_advance:
            on_advance()

    count = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    if count == 1:
        for item, replace in todo:
            take(analyze_item(item), item, replace)
        return report

    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")
    window = count * 4
    pending: dict[Future[Any], tuple[IncomingArticle, bool]] = {}
    with ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        try:
            queue = iter(todo)
            for item, replace in queue:
                pending[pool.submit(analyze_item, item)] = (item, replace)
                if len(pending) >= window:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        take(future.result(), *pending.pop(future))
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    take(future.result(), *pending.pop(future))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return report
