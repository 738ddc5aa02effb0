"""The ``litopys`` command line: ``analyze`` one article, ``eval`` against gold files."""

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
    except Exception as exc:  # click usage errors carry their own code
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, OSError):
            _fail(f"litopys: error: {exc}", EXIT_INPUT)
        _fail(f"litopys: internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


if __name__ == "__main__":
    main()
