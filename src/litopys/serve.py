"""``litopys serve``: a read-only web service over a store — JSON endpoints (OpenAPI at
``/openapi.json``) and a page that uses them (docs/WEB.md).

Safety: the store is only ever opened read-only, one short connection per read; request bodies are
capped at 1 MB; the paste box's analysis runs in a worker process with a deadline; the server binds
to 127.0.0.1 unless told otherwise; no part of a request is used as a file path (the page's assets
are read from the package into memory at start-up and looked up by name).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.resources
import json
import math
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from litopys import __version__
from litopys.errors import InputError, LitopysError
from litopys.store import StoreBusyError
from litopys.web.analyzer import AnalysisTimeout, Analyzer, AnalyzerBusy
from litopys.web.data import BUSY_WAIT, Filters, Timeline, article_views, event_view, make_filters

MAX_BODY = 1_000_000  # bytes of a request body (the paste box's article and its metadata)
ANALYZE_TIMEOUT = 20.0  # seconds one pasted article may take
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
STATIC = ("index.html", "app.js", "app.css", "favicon.svg")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
        " frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

EVENT_ID = r"^[0-9a-f]{16}-[A-Za-z0-9]{1,32}$"
ARTICLE_ID = r"^[0-9a-f]{64}$"
EVENT_REF = r"^[A-Za-z0-9]{1,32}$"


# ---------------------------------------------------------------------------------------------
# Models (the OpenAPI document)


class ErrorBody(BaseModel):
    error: str = Field(description="a short machine-readable code, e.g. store_busy")
    detail: str = Field(description="one line for people")


class Actor(BaseModel):
    name: str | None
    key: str | None = Field(None, description="cross-article identity, e.g. LOC:росія")
    country: str | None = Field(None, description="ISO 3166 alpha-3")


class FirstReport(BaseModel):
    article: str
    outlet: str | None
    published: str | None


class EntryItem(BaseModel):
    id: str = Field(description="the entry's id (its first report: article id prefix + event id)")
    date: str | None = Field(description="TIMEX3 calendar value; null for undated entries")
    start: str | None = Field(description="first day the date covers")
    end: str | None = Field(description="last day the date covers")
    type: str = Field(description="PLOVER event type")
    type_label: str
    quad: str | None = Field(description="PLOVER quad class: verbal/material cooperation/conflict")
    mode: str | None
    modality: str
    modality_label: str
    summary: str = Field(description="one-line Ukrainian summary")
    source: list[Actor]
    target: list[Actor]
    location: str | None
    evidence: str = Field(description="the first report's evidence sentence")
    according_to: str | None
    sources: int = Field(description="articles reporting the event")
    n_reports: int = Field(description="reports merged into the entry")
    outlets: list[str]
    n_outlets: int
    first_report: FirstReport


class Bucket(BaseModel):
    key: str = Field(description="YYYY-MM (or YYYY when unit is year)")
    counts: dict[str, int] = Field(description="entries per quad class")
    total: int


class OuterBar(BaseModel):
    counts: dict[str, int] = Field(description="entries per quad class")
    total: int
    first: str = Field(description="the first month (YYYY-MM) in this bar")
    last: str = Field(description="the last month (YYYY-MM) in this bar")


class Histogram(BaseModel):
    unit: Literal["month", "year"]
    buckets: list[Bucket]
    before: OuterBar | None = Field(
        description="entries before the buckets (the earliest 1 % of a long range)"
    )
    after: OuterBar | None = Field(description="entries after the buckets (the latest 1 % of a long range)")


class TimelinePage(BaseModel):
    total: int = Field(description="dated entries that pass the filters")
    page: int
    pages: int
    size: int
    order: Literal["asc", "desc"]
    entries: list[EntryItem] = Field(description="this page of dated entries")
    undated_total: int
    undated_page: int
    undated: list[EntryItem] = Field(description="this page of undated entries (listed apart)")
    histogram: Histogram
    filters: dict[str, Any]
    stale: bool = Field(description="true while a changed store is being re-read")
    snapshot: dict[str, Any]


class Segment(BaseModel):
    text: str
    marks: list[int] = Field(description="indexes into the marks list")


class MarkedText(BaseModel):
    segments: list[Segment]
    marks: list[dict[str, Any]] = Field(
        description="kind (entity, timex, quote, evidence, trigger), start, end and details"
    )
    window: dict[str, int] = Field(description="the part of the text shown: start, end, length")


class ArticleRef(BaseModel):
    article: str
    outlet: str | None
    url: str | None
    title: str | None
    headline: str | None
    published: str | None
    according_to: str | None
    via: str | None
    citing: str | None
    events: list[str]
    text: MarkedText | None = Field(description="null beyond the first articles: GET /api/articles/{id}")


class ReportRef(BaseModel):
    id: str
    article: str
    event: str
    date: str | None
    modality: str
    outlet: str | None
    published: str | None
    evidence: str


class EventView(EntryItem):
    via: str | None
    citing: str | None
    articles: list[ArticleRef]
    reports: list[ReportRef]


class ArticleView(BaseModel):
    article: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    headline: str | None
    text: MarkedText


class Node(BaseModel):
    id: str
    name: str
    events: int
    filter: str = Field(description="the value to filter the timeline by this actor")


class Link(BaseModel):
    source: str
    target: str
    count: int
    type: str = Field(description="the most frequent event type")
    quad: str | None
    types: dict[str, int]


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Link]
    actors_total: int
    filters: dict[str, Any]
    stale: bool


class AnalyzeRequest(BaseModel):
    text: str = Field(max_length=MAX_BODY, description="the article (plain text)")
    published: dt.date | None = Field(
        None, description="publication date, YYYY-MM-DD (anchors relative dates)"
    )
    title: str | None = Field(None, max_length=1000)

    @field_validator("text", "title")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError("not valid Unicode text (a lone surrogate)") from exc
        return value


class AnalyzeResult(BaseModel):
    article: dict[str, Any]
    pipeline: str
    events: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    text: MarkedText
    record: dict[str, Any] = Field(description="the litopys/1 record (docs/OUTPUT.md)")


ERRORS: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorBody, "description": "the store is busy (an ingest holds it) or unavailable"},
}

# query parameters shared by the timeline and the network
Actors = Annotated[
    list[str] | None,
    Query(description="an actor on either side (name, part of a name, key such as LOC:росія, ISO code)"),
]
Pair = Annotated[
    list[str] | None, Query(description="two actors on opposite sides (either direction): pair=A&pair=B")
]
Types = Annotated[list[str] | None, Query(alias="type", description="PLOVER event type, e.g. SANCTION")]
From = Annotated[dt.date | None, Query(alias="from", description="first day, YYYY-MM-DD")]
To = Annotated[dt.date | None, Query(alias="to", description="last day, YYYY-MM-DD")]
Outlets = Annotated[list[str] | None, Query(description="an outlet that reported the event")]
Text = Annotated[str | None, Query(max_length=500, description="text in the evidence sentence or the title")]


# ---------------------------------------------------------------------------------------------
# Middleware


def _error(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": code, "detail": " ".join(detail.split())}, status_code=status, headers=headers
    )


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413 before the app reads any of it."""

    def __init__(self, app: Any, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = _error(413, "body_too_large", f"the request body is over {self.limit:,} bytes")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await too_big(scope, receive, send)
                    return
        body = bytearray()
        more = True
        messages = []
        while more:
            message = await receive()
            if message["type"] != "http.request":
                messages.append(message)
                break
            body += message.get("body", b"")
            if len(body) > self.limit:
                await too_big(scope, receive, send)
                return
            more = message.get("more_body", False)
        replay = [{"type": "http.request", "body": bytes(body), "more_body": False}, *messages]

        async def replayed() -> Any:
            if replay:
                return replay.pop(0)
            return await receive()

        await self.app(scope, replayed, send)


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(
        self, scope: dict[str, Any], receive: Any, send: Callable[[Any], Awaitable[None]]
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in SECURITY_HEADERS.items():
                    if key.encode() not in present:
                        headers.append((key.encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


# ---------------------------------------------------------------------------------------------
# The app


def _assets() -> dict[str, bytes]:
    folder = importlib.resources.files("litopys.web") / "static"
    return {name: (folder / name).read_bytes() for name in STATIC if (folder / name).is_file()}


def create_app(
    db_path: str | Path,
    *,
    analyze_timeout: float = ANALYZE_TIMEOUT,
    busy_wait: float = BUSY_WAIT,
    max_body: int = MAX_BODY,
    warm: bool = False,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The service over the store at ``db_path`` (opened read-only, per request).

    ``warm`` builds the timeline snapshot and starts the analysis worker at start-up (``litopys
    serve`` does); ``allowed_hosts`` restricts the Host header (a guard against DNS rebinding).
    """
    path = Path(db_path)
    timeline = Timeline(path, busy_wait=busy_wait)
    analyzer = Analyzer(timeout=analyze_timeout)
    assets = _assets()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            timeline.warm()
            threading.Thread(
                target=_quietly(analyzer.start), name="litopys-analyzer-warm", daemon=True
            ).start()
        yield
        analyzer.close()

    app = FastAPI(
        title="litopys",
        version=__version__,
        summary="Ukrainian news articles → sourced, dated PLOVER events merged into timelines.",
        description=(
            "Read-only JSON API over a litopys store (docs/WEB.md). Errors are JSON objects "
            "`{error, detail}`; 503 means the store is busy (an ingest holds it) — retry shortly."
        ),
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: the spec is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.timeline = timeline
    app.state.analyzer = analyzer

    # -- errors -------------------------------------------------------------------------------

    @app.exception_handler(StoreBusyError)
    async def busy(request: Request, exc: StoreBusyError) -> JSONResponse:
        return _error(503, "store_busy", str(exc), {"retry-after": "2"})

    @app.exception_handler(InputError)
    async def unavailable(request: Request, exc: InputError) -> JSONResponse:
        return _error(503, "store_unavailable", str(exc), {"retry-after": "5"})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = jsonable_encoder(exc.errors())
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", []))
        detail = f"{where}: {first.get('msg', 'invalid request')}" if where else "invalid request"
        return JSONResponse({"error": "invalid_request", "detail": detail, "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    # -- page and assets ----------------------------------------------------------------------

    def asset(name: str) -> Response:
        data = assets.get(name)
        if data is None:
            return _error(404, "not_found", f"no such asset: {name}")
        suffix = name[name.rfind(".") :]
        headers = {"cache-control": "no-cache"}
        return Response(
            data, media_type=CONTENT_TYPES.get(suffix, "application/octet-stream"), headers=headers
        )

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return asset("index.html")

    @app.get(
        "/static/{name}",
        summary="A front-end asset shipped in the package",
        responses={404: {"model": ErrorBody}},
        tags=["page"],
    )
    def static(name: Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_-]{1,40}\.[a-z]{1,5}$")]) -> Response:
        # looked up by name in the assets read at start-up: never a file path
        return asset(name)

    # -- API ----------------------------------------------------------------------------------

    def filters(
        actor: Actors = None,
        pair: Pair = None,
        type_: Types = None,
        date_from: From = None,
        date_to: To = None,
        outlet: Outlets = None,
        q: Text = None,
    ) -> Filters:
        """The filter query parameters shared by the timeline and the network (a dependency)."""
        if pair and len([p for p in pair if p.strip()]) not in (0, 2):
            raise RequestValidationError(
                [{"loc": ("query", "pair"), "msg": "pair takes exactly two actors", "type": "value_error"}]
            )
        return make_filters(actor, pair, type_, date_from, date_to, outlet, q)

    @app.get(
        "/api/timeline",
        response_model=TimelinePage,
        summary="Merged events that pass the filters, a page at a time",
        responses=ERRORS,
        tags=["timeline"],
    )
    def get_timeline(
        chosen: Filters = Depends(filters),  # noqa: B008 - FastAPI resolves the dependency per request
        page: Annotated[int, Query(ge=1, le=1_000_000, description="page of dated entries")] = 1,
        size: Annotated[int, Query(ge=1, le=200, description="entries per page")] = 50,
        order: Annotated[Literal["asc", "desc"], Query(description="desc: newest first")] = "desc",
        upage: Annotated[int, Query(ge=1, le=1_000_000, description="page of undated entries")] = 1,
    ) -> dict[str, Any]:
        snap, stale = timeline.get()
        selection = snap.select(chosen)
        dated = selection.dated if order == "asc" else selection.dated[::-1]
        pages = max(1, math.ceil(len(dated) / size))
        start = (page - 1) * size
        ustart = (upage - 1) * size
        return {
            "total": len(dated),
            "page": page,
            "pages": pages,
            "size": size,
            "order": order,
            "entries": [snap.item(n) for n in dated[start : start + size]],
            "undated_total": len(selection.undated),
            "undated_page": upage,
            "undated": [snap.item(n) for n in selection.undated[ustart : ustart + size]],
            "histogram": snap.histogram(selection),
            "filters": chosen.to_dict(),
            "stale": stale,
            "snapshot": _snapshot_info(snap),
        }

    @app.get(
        "/api/events/{event_id}",
        response_model=EventView,
        summary="One merged event: every article behind it, evidence marked in the texts",
        responses={404: {"model": ErrorBody}, **ERRORS},
        tags=["timeline"],
    )
    def get_event(
        event_id: Annotated[
            str, PathParam(pattern=EVENT_ID, description="an entry id, or the id of any report in it")
        ],
    ) -> Any:
        snap, _ = timeline.get()
        n = snap.by_id.get(event_id)
        if n is None:
            return _error(404, "not_found", f"no event {event_id} in the store")
        return event_view(snap, n, path, busy_wait)

    @app.get(
        "/api/articles/{article_id}",
        response_model=ArticleView,
        summary="One stored article's text with entities, dates, quotes (and chosen events) marked",
        responses={404: {"model": ErrorBody}, **ERRORS},
        tags=["timeline"],
    )
    def get_article(
        article_id: Annotated[str, PathParam(pattern=ARTICLE_ID, description="sha256 of the text")],
        event: Annotated[
            list[str] | None, Query(description="event ids (V1, …) whose evidence sentence to mark")
        ] = None,
    ) -> Any:
        events = [e for e in event or () if e]
        if any(len(e) > 32 or not e.isalnum() or not e.isascii() for e in events):
            raise RequestValidationError(
                [
                    {
                        "loc": ("query", "event"),
                        "msg": "an event id is letters and digits",
                        "type": "value_error",
                    }
                ]
            )
        views = article_views(path, {article_id: events}, busy_wait)
        if article_id not in views:
            return _error(404, "not_found", f"no article {article_id} in the store")
        return views[article_id]

    @app.get(
        "/api/network",
        response_model=Network,
        summary="Who acts on whom among the filtered events: edges weighted by event counts",
        responses=ERRORS,
        tags=["network"],
    )
    def get_network(
        chosen: Filters = Depends(filters),  # noqa: B008 - FastAPI resolves the dependency per request
        limit: Annotated[int, Query(ge=2, le=150, description="most active actors shown")] = 40,
    ) -> dict[str, Any]:
        snap, stale = timeline.get()
        network = snap.network(snap.select(chosen), limit)
        return {**network, "filters": chosen.to_dict(), "stale": stale}

    @app.get(
        "/api/facets",
        summary="What the filters can take: types with quad classes, outlets, frequent actors, dates",
        responses=ERRORS,
        tags=["timeline"],
    )
    def get_facets() -> dict[str, Any]:
        snap, stale = timeline.get()
        return {**snap.facets(), "stale": stale}

    @app.get("/api/status", summary="The store, the snapshot in memory and the limits", tags=["service"])
    def get_status() -> dict[str, Any]:
        snap = timeline.snapshot
        return {
            "version": __version__,
            "store": path.name,
            "read_only": True,
            "snapshot": _snapshot_info(snap) if snap else None,
            "refreshing": timeline.refreshing,
            "last_error": timeline.last_error,
            "limits": {
                "body_bytes": max_body,
                "analyze_seconds": analyze_timeout,
                "busy_wait_seconds": busy_wait,
            },
        }

    @app.post(
        "/api/analyze",
        response_model=AnalyzeResult,
        summary="Analyze a pasted article (nothing is stored)",
        responses={
            413: {"model": ErrorBody, "description": f"body over {max_body:,} bytes"},
            503: {"model": ErrorBody, "description": "another analysis is running"},
            504: {"model": ErrorBody, "description": f"the analysis took over {analyze_timeout:g} s"},
        },
        tags=["analyze"],
    )
    def post_analyze(body: AnalyzeRequest) -> Any:
        job = {
            "text": body.text,
            "published": body.published.isoformat() if body.published else None,
            "title": body.title,
        }
        try:
            return analyzer.run(job)
        except AnalysisTimeout as exc:
            return _error(504, "analysis_timeout", str(exc))
        except AnalyzerBusy as exc:
            return _error(503, "analyzer_busy", str(exc), {"retry-after": "5"})
        except InputError as exc:
            return _error(422, "invalid_input", str(exc))
        except LitopysError as exc:
            return _error(500, "analysis_failed", str(exc))

    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def _snapshot_info(snap: Any) -> dict[str, Any]:
    articles, events, last = snap.stamp
    return {
        "articles": articles,
        "events": events,
        "entries": len(snap.entries),
        "last_ingested": last,
        "built_at": dt.datetime.fromtimestamp(snap.built_at, dt.UTC).isoformat(timespec="seconds"),
        "build_seconds": round(snap.build_seconds, 3),
        "load_seconds": round(snap.load_seconds, 3),
    }


def _quietly(fn: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:
        with contextlib.suppress(Exception):
            fn()

    return run


def run(
    db: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    analyze_timeout: float = ANALYZE_TIMEOUT,
    log: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted (``litopys serve``)."""
    import uvicorn

    from litopys.web.data import reader

    path = Path(db)
    if not path.is_file():
        raise InputError(f"no store at {path}: run 'litopys ingest' first")
    with contextlib.suppress(StoreBusyError), reader(path, busy_wait=0.0):
        pass  # a file that is not a store fails here; a busy one is fine (an ingest is running)
    loopback = host in LOOPBACK
    allowed = [*LOOPBACK, host] if loopback else None
    app = create_app(path, analyze_timeout=analyze_timeout, warm=True, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    log(f"litopys: serving {path} (read-only) at http://{shown}:{port}/ — Ctrl-C to stop")
    if not loopback:
        log(f"litopys: warning: listening on {host}: anyone who can reach this port can read the store")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def openapi_json(db: str | Path = "litopys.duckdb") -> str:
    """The OpenAPI document (no store needed to produce it)."""
    return json.dumps(create_app(db).openapi(), ensure_ascii=False, indent=2)
