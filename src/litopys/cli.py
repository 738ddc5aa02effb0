"""The ``litopys`` command line: ``analyze`` one article, ``eval`` against gold files, ``ingest``
into a store, print a ``timeline``, ``export`` the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from litopys.errors import EXIT_INPUT, EXIT_INTERNAL, InputError, LitopysError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="litopys: Ukrainian news articles → sourced, dated, PLOVER-typed events.",
)


def read_article(path: str) -> str:
    """Read a UTF-8 text file (or standard input for "-"), refusing binary data in one clear line."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"no such file: {path}")
        data = file.read_bytes()
    if b"\x00" in data[:65536]:
        raise InputError(f"{path}: looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


@app.command()
def analyze(
    file: Annotated[str, typer.Argument(help="article text file, or - for standard input")],
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    url: Annotated[str | None, typer.Option(help="article URL")] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet that published it")] = None,
    title: Annotated[str | None, typer.Option(help="headline")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json or md")] = "json",
) -> None:
    """Analyze one Ukrainian article: entities, dates, quotes, sources and events."""
    from litopys.pipeline import analyze as run
    from litopys.pipeline import parse_date
    from litopys.render import markdown

    if format not in ("json", "md"):
        raise InputError(f"unknown format {format!r}: use json or md")
    parse_date(published)
    result = run(read_article(file), published, url=url, outlet=outlet, title=title)
    if format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(markdown(result))


@app.command("eval")
def eval_command(
    path: Annotated[Path, typer.Argument(help="a litopys-gold/1 file or a folder of them")],
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Score the pipeline against hand-made gold annotation: P/R/F1 per layer and accuracies."""
    from litopys.evaluate import evaluate, render_table
    from litopys.pipeline import analyze as run

    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    try:
        report = evaluate(path, lambda text, published: run(text, published).to_dict())
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    out = Console()
    for table in render_table(report):
        out.print(table)


DB_HELP = "the store file (DuckDB)"
DEFAULT_WAIT = 10.0
WAIT_HELP = "seconds to wait for a store another process is using before giving up (exit 75)"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="text, JSONL, HTML or RSS/Atom files, or folders")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "litopys.duckdb",
    wait: Annotated[float, typer.Option(help=WAIT_HELP)] = DEFAULT_WAIT,
    reanalyze: Annotated[
        bool, typer.Option("--reanalyze", help="recompute articles analyzed by an older pipeline")
    ] = False,
    workers: Annotated[int | None, typer.Option(help="analysis processes (default: all cores)")] = None,
    engine: Annotated[
        str, typer.Option(help="processes (a local process pool) or dask (a Dask cluster)")
    ] = "processes",
    scheduler: Annotated[
        str | None,
        typer.Option(help="--engine dask: a scheduler, e.g. tcp://host:8786 (default: a local cluster)"),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(help="--engine dask: partitions of articles (default: from the count)")
    ] = None,
    keep_parts: Annotated[
        bool, typer.Option("--keep-parts", help="--engine dask: keep the Parquet files in <db>.parts/")
    ] = False,
) -> None:
    """Analyze articles into the store: one transaction per article, duplicates skipped."""
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from litopys.ingest import run_ingest
    from litopys.store import IngestLock, StoreWriter

    if engine not in ("processes", "dask"):
        raise InputError(f"unknown engine {engine!r}: use processes or dask")
    if engine != "dask" and (scheduler or partitions is not None or keep_parts):
        raise InputError("--scheduler, --partitions and --keep-parts need --engine dask")
    err = Console(stderr=True)
    started = time.perf_counter()
    with IngestLock(db), StoreWriter(db, wait=wait) as store:
        progress = Progress(
            TextColumn("analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=err,
            transient=False,
        )
        state: dict[str, object] = {}

        def on_start(total: int) -> None:
            state["task"] = progress.add_task("analyzing", total=total, rate="")
            state["t0"] = time.perf_counter()
            if total:
                progress.start()

        def on_advance() -> None:
            task = state["task"]
            done = progress.tasks[0].completed + 1
            elapsed = max(time.perf_counter() - float(state["t0"]), 1e-9)  # type: ignore[arg-type]
            progress.update(task, advance=1, rate=f"{done / elapsed:.1f} art/s")  # type: ignore[arg-type]

        try:
            if engine == "dask":
                from litopys.scale import run_dask_ingest

                report = run_dask_ingest(
                    paths,
                    store,
                    reanalyze=reanalyze,
                    scheduler=scheduler,
                    partitions=partitions,
                    workers=workers,
                    keep_parts=keep_parts,
                    on_start=on_start,
                    on_advance=on_advance,
                )
            else:
                report = run_ingest(
                    paths,
                    store,
                    reanalyze=reanalyze,
                    workers=workers,
                    on_start=on_start,
                    on_advance=on_advance,
                )
        finally:
            progress.stop()
        counts = store.counts()
    elapsed = time.perf_counter() - started
    rejected = report.rejected or []
    lines = [
        f"read {report.read}, analyzed {report.analyzed}, skipped as duplicate {report.duplicates}, "
        f"rejected {len(rejected)} in {elapsed:.1f} s"
    ]
    lines += [f"  rejected {item.origin}: {item.reason}" for item in rejected[:20]]
    if len(rejected) > 20:
        lines.append(f"  ... and {len(rejected) - 20} more (table 'rejects' in {db})")
    lines.append(f"store {db}: {counts['articles']} articles, {counts['events']} events")
    sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def timeline(
    actor: Annotated[list[str] | None, typer.Option("--actor", help="an actor (name, key, ISO code)")] = None,
    pair: Annotated[
        tuple[str, str] | None, typer.Option("--pair", help="two actors on opposite sides")
    ] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="last day, YYYY-MM-DD")] = None,
    query: Annotated[str | None, typer.Option("--query", help="text in the evidence or title")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="md, json, timelinejs or html")] = "md",
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "litopys.duckdb",
    wait: Annotated[float, typer.Option(help=WAIT_HELP)] = DEFAULT_WAIT,
    title: Annotated[str, typer.Option(help="the timeline's title")] = "Хронологія",
) -> None:
    """Print a timeline: reports of the same event merged, every source listed."""
    from litopys.pipeline import parse_date
    from litopys.store import Store
    from litopys.timeline import FORMATS, load_reports, merge, render, select

    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}: use {', '.join(FORMATS)}")
    start, end = parse_date(date_from), parse_date(date_to)
    with Store(db, read_only=True, wait=wait) as store:
        reports = load_reports(store, type_ or ())
    chosen = select(
        reports,
        actors=actor or (),
        pair=pair,
        types=type_ or (),
        date_from=start,
        date_to=end,
        query=query,
    )
    sys.stdout.write(render(merge(chosen), format, title))


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="the file to write")],
    format: Annotated[str, typer.Option("--format", "-f", help="parquet, csv, jsonl or plover")] = "parquet",
    table: Annotated[str, typer.Option(help="events (with article metadata) or any store table")] = "events",
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "litopys.duckdb",
    wait: Annotated[float, typer.Option(help=WAIT_HELP)] = DEFAULT_WAIT,
) -> None:
    """Export a store table with DuckDB's COPY."""
    from litopys.store import Store

    with Store(db, read_only=True, wait=wait) as store:
        count = store.export(out, format, table)
    Console(stderr=True).print(f"wrote {count} rows to {out}")


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "litopys.duckdb",
    host: Annotated[str, typer.Option(help="address to listen on (127.0.0.1: only here)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on", min=1, max=65535)] = 8000,
    analyze_timeout: Annotated[
        float, typer.Option("--analyze-timeout", help="seconds one pasted article may take", min=0.1)
    ] = 20.0,
) -> None:
    """Serve the store read-only: a web page (timeline, events, actor network, paste box) and a JSON API."""
    from litopys.serve import run

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")

    run(db, host=host, port=port, analyze_timeout=analyze_timeout, log=log)


def _fail(message: str, code: int) -> None:
    """One line on standard error, then exit with a documented code (never a traceback)."""
    sys.stderr.write(" ".join(message.split()) + "\n")
    sys.exit(code)


def main() -> None:
    try:
        app(standalone_mode=False)
    except LitopysError as exc:
        _fail(f"litopys: error: {exc}", exc.exit_code)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code or 0)
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:
        # usage errors (Typer's own copy of click's exceptions) print themselves and carry code 2
        message, code = getattr(exc, "format_message", None), getattr(exc, "exit_code", None)
        if callable(message) and isinstance(code, int):
            _fail(f"litopys: error: {message()} (see litopys --help)", code)
        if isinstance(exc, OSError):
            _fail(f"litopys: error: {exc}", EXIT_INPUT)
        _fail(f"litopys: internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


if __name__ == "__main__":
    main()
