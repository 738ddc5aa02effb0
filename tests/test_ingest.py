"""Readers of `litopys ingest`: text with sidecar or front matter, JSONL with bad lines, HTML pages,
RSS/Atom feeds, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from litopys.ingest import IncomingArticle, Rejected, html_to_text, read_inputs, split_front_matter

TEXT = "Президент Франції Емманюель Макрон прибув до Києва. Про це повідомляє Укрінформ.\n"


def test_front_matter() -> None:
    meta, body = split_front_matter(
        "---\npublished: 2025-04-10\nurl: https://x.ua/a\noutlet: 'Укрінформ'\ntitle: Візит\n---\n" + TEXT
    )
    assert meta == {
        "published": "2025-04-10",
        "url": "https://x.ua/a",
        "outlet": "Укрінформ",
        "title": "Візит",
    }
    assert body == TEXT
    assert split_front_matter(TEXT) == ({}, TEXT)


def test_text_with_sidecar_and_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt.json").write_text(json.dumps({"published": "2025-04-10", "outlet": "Укрінформ"}))
    (tmp_path / "b.md").write_text("---\npublished: 2025-04-11\n---\n" + TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(TEXT + "Ще.\n", encoding="utf-8")
    (tmp_path / "sub" / "ignored.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [type(i) for i in items] == [IncomingArticle] * 3
    a, b, c = items
    assert (a.published, a.outlet, a.text) == ("2025-04-10", "Укрінформ", TEXT)
    assert (b.published, b.text) == ("2025-04-11", TEXT)
    assert c.published is None and c.origin.endswith("c.txt")


def test_bad_text_inputs_are_rejected_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 40)
    (tmp_path / "date.txt").write_text("---\npublished: вчора\n---\n" + TEXT, encoding="utf-8")
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    reasons = {Path(i.origin).name: i.reason for i in items if isinstance(i, Rejected)}
    assert "binary" in reasons["bin.txt"]
    assert "encoding" in reasons["noise.txt"]
    assert "publication date" in reasons["date.txt"]
    assert "no such file" in reasons["missing.txt"]


LEGACY = (
    "Уряд Канади ухвалив рішення надати Україні ще двадцять п'ять бронемашин, повідомила "
    "міністерка оборони. «Ми й надалі підтримуватимемо Україну», — наголосила вона в четвер."
)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-u", "iso8859-5", "utf-16", "utf-16-le", "utf-8-sig"])
def test_texts_in_other_encodings_are_detected(tmp_path: Path, codec: str) -> None:
    text = LEGACY.replace("«", '"').replace("»", '"').replace("—", "-") if codec != "cp1251" else LEGACY
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    (tmp_path / "b.jsonl").write_bytes(json.dumps({"text": text}, ensure_ascii=False).encode(codec))
    items = list(read_inputs([tmp_path]))
    assert [i.text for i in items if isinstance(i, IncomingArticle)] == [text, text]


def test_jsonl_malformed_line_is_rejected_and_the_rest_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": TEXT, "published": "2025-04-10", "url": "https://x.ua/1", "outlet": "Укрінформ"}),
        '{"text": "обірваний рядок',
        "",
        json.dumps({"title": "без тексту"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": TEXT + "2", "published": "10.04.2025"}),
        json.dumps({"text": TEXT + "3", "title": "Третій"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    good = [i for i in items if isinstance(i, IncomingArticle)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [g.origin.rsplit(":", 1)[1] for g in good] == ["1", "7"]
    assert good[0].url == "https://x.ua/1" and good[1].title == "Третій"
    assert [b.origin.rsplit(":", 1)[1] for b in bad] == ["2", "4", "5", "6"]
    assert "malformed JSON" in bad[0].reason
    assert "text" in bad[1].reason


HTML = """<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">
<title>Макрон прибув до Києва</title>
<meta property="og:site_name" content="Укрінформ">
<meta property="og:title" content="Макрон прибув до Києва">
<meta property="article:published_time" content="2025-04-10T09:30:00+03:00">
<link rel="canonical" href="https://www.ukrinform.ua/rubric/macron.html">
</head><body><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav>
<article><h1>Макрон прибув до Києва</h1>
<p>Президент Франції Емманюель Макрон у четвер прибув з неоголошеним візитом до Києва, де провів
переговори з Володимиром Зеленським щодо гарантій безпеки для України.</p>
<p>Французький лідер приїхав до української столиці потягом рано-вранці. На вокзалі його зустрів
міністр закордонних справ України Андрій Сибіга.</p>
<p>Після переговорів віч-на-віч президенти провели спільну пресконференцію в Києві.</p>
</article><footer>© Усі права захищено</footer></body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, IncomingArticle)
    assert "Емманюель Макрон у четвер прибув" in item.text
    assert "Головна" not in item.text and "права захищено" not in item.text
    assert item.published == "2025-04-10"
    assert item.outlet == "Укрінформ"
    assert item.url == "https://www.ukrinform.ua/rubric/macron.html"
    assert item.title == "Макрон прибув до Києва"


def test_html_outlet_from_host_when_no_site_name(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(HTML.replace('<meta property="og:site_name" content="Укрінформ">', ""), encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, IncomingArticle)
    assert item.outlet == "ukrinform.ua"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Укрінформ</title><link>https://www.ukrinform.ua</link>
<item><title>Макрон прибув до Києва</title><link>https://www.ukrinform.ua/1</link>
<pubDate>Thu, 10 Apr 2025 09:30:00 +0300</pubDate>
<description>&lt;p&gt;Президент Франції Емманюель Макрон прибув до Києва.&lt;/p&gt;
&lt;p&gt;Його зустрів Сибіга.&lt;/p&gt;</description>
</item>
<item><title>Порожній</title><link>https://www.ukrinform.ua/2</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Європейська правда</title>
<entry><title>ЄС ухвалив пакет санкцій</title><link href="https://www.eurointegration.com.ua/1"/>
<updated>2025-05-21T12:00:00Z</updated>
<content type="html">&lt;p&gt;Рада ЄС ухвалила 17-й пакет санкцій проти Росії.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feed.atom").write_text(ATOM, encoding="utf-8")
    items = list(read_inputs([tmp_path / "news.rss", tmp_path / "feed.atom"]))
    first, empty, atom = items
    assert isinstance(first, IncomingArticle) and isinstance(empty, Rejected)
    assert first.text == (
        "Макрон прибув до Києва\n\nПрезидент Франції Емманюель Макрон прибув до Києва.\n\n"
        "Його зустрів Сибіга."
    )
    assert (first.published, first.outlet, first.url) == (
        "2025-04-10",
        "Укрінформ",
        "https://www.ukrinform.ua/1",
    )
    assert isinstance(atom, IncomingArticle)
    assert atom.published == "2025-05-21" and atom.outlet == "Європейська правда"
    assert "17-й пакет санкцій" in atom.text


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "feed.download"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_inputs([path]))
    assert isinstance(items[0], IncomingArticle) and items[0].outlet == "Укрінформ"


def test_html_to_text_drops_scripts() -> None:
    assert html_to_text("<p>Один</p><script>x()</script><p>Два <b>три</b></p>") == "Один\n\nДва три"
