"""The command line, run as a real process: JSON and Markdown output, exit codes, bad input,
standard input, a large article, and span integrity of the output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "src" / "litopys" / "schema" / "litopys-1.schema.json").read_text("utf-8"))
PUB = "2024-03-15"

ARTICLE = (
    "Президент Франції Емманюель Макрон 14 березня зустрівся з президентом України Володимиром "
    "Зеленським у Парижі. Макрон заявив: «Франція підтримуватиме Україну стільки, скільки буде "
    "потрібно». За словами Зеленського, сторони обговорили постачання артилерійських снарядів.\n\n"
    "Напередодні російські війська обстріляли Харків, повідомляє Укрінформ. У Кремлі заявили, що "
    "не бачать підстав для переговорів.\n"
)


def cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "litopys.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace")
    )


def write(tmp_path: Path, data: str | bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def valid_json(stdout: str) -> dict:
    record = json.loads(stdout)
    jsonschema.validate(record, SCHEMA)
    return record


def test_analyze_json_validates(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE)
    proc = cli("analyze", str(path), "--published", PUB)
    assert proc.returncode == 0, proc.stderr
    record = valid_json(proc.stdout)
    assert record["schema"] == "litopys/1"
    assert record["article"]["published"] == PUB
    assert record["entities"] and record["events"] and record["quotes"]


def test_analyze_markdown(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE)
    proc = cli("analyze", str(path), "--published", PUB, "--format", "md")
    assert proc.returncode == 0, proc.stderr
    assert "## Events" in proc.stdout
    assert "Емманюель Макрон" in proc.stdout


@pytest.mark.parametrize("content", ["", "   \n\t \n  "], ids=["empty", "whitespace"])
def test_empty_input_is_an_empty_analysis(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, content)
    proc = cli("analyze", str(path), "--published", PUB)
    assert proc.returncode == 0, proc.stderr
    record = valid_json(proc.stdout)
    for layer in ("entities", "timexes", "quotes", "attributions", "events"):
        assert record[layer] == []


def test_english_text(tmp_path: Path) -> None:
    path = write(tmp_path, "President Macron met Chancellor Scholz in Berlin on Tuesday, Reuters reported.\n")
    proc = cli("analyze", str(path), "--published", PUB)
    assert proc.returncode == 0, proc.stderr
    valid_json(proc.stdout)
    assert "Traceback" not in proc.stderr


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 3, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stdout == ""


def test_binary_junk(tmp_path: Path) -> None:
    path = write(tmp_path, bytes(range(256)) * 64, "junk.bin")
    _one_line_error(cli("analyze", str(path), "--published", PUB))


def test_invalid_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "Київ".encode("cp1251") * 100, "cp1251.txt")
    _one_line_error(cli("analyze", str(path), "--published", PUB))


def test_missing_file(tmp_path: Path) -> None:
    _one_line_error(cli("analyze", str(tmp_path / "no-such-article.txt"), "--published", PUB))


def test_bad_published_date(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE)
    _one_line_error(cli("analyze", str(path), "--published", "2024-13-45"))


def test_stdin() -> None:
    proc = cli("analyze", "-", "--published", PUB, stdin=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    record = valid_json(proc.stdout)
    assert any(e["name"] == "Емманюель Макрон" for e in record["entities"])


def test_large_article(tmp_path: Path) -> None:
    paragraph = ARTICLE.replace("\n\n", "\n") + "\n"
    repeats = 5 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1
    path = write(tmp_path, paragraph * repeats, "big.txt")
    assert path.stat().st_size >= 5 * 1024 * 1024
    proc = cli("analyze", str(path), "--published", PUB, timeout=600)  # about 40 s on one idle core
    assert proc.returncode == 0, proc.stderr[-2000:]
    record = json.loads(proc.stdout)
    assert record["entities"]


SPAN_TEXTS = [
    ARTICLE,
    # normalization-sensitive input: typographic apostrophe, non-breaking spaces, CRLF, tabs
    "Прем’єр-міністр\u00a0Денис Шмигаль 12\u00a0березня заявив:\r\n«Уряд виділить кошти».\r\n"
    "За словами Шмигаля,\tроботи завершать до 1 червня 2024 року.\r\n",
    "\ufeffУ Кремлі заявили, що Володимир Путін 20.03.2024 проведе засідання Радбезу. "
    "Про це повідомляє ТАСС.",
]


@pytest.mark.parametrize("text", SPAN_TEXTS, ids=["article", "normalization", "bom"])
def test_spans_match_text(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    proc = cli("analyze", str(path), "--published", PUB)
    assert proc.returncode == 0, proc.stderr
    record = valid_json(proc.stdout)
    body = record["text"]
    spans = [(m["start"], m["end"], m["text"]) for e in record["entities"] for m in e["mentions"]]
    spans += [(t["start"], t["end"], t["text"]) for t in record["timexes"]]
    spans += [(q["start"], q["end"], q["text"]) for q in record["quotes"]]
    assert spans
    for start, end, span_text in spans:
        assert body[start:end] == span_text, (start, end, span_text)
