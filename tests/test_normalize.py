from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from litopys.normalize import loose_key, normalize


def test_no_break_spaces_become_spaces_and_keep_length() -> None:
    text = "уряд КНДР представив\u00a0довгострокові плани"
    assert normalize(text) == "уряд КНДР представив довгострокові плани"
    assert len(normalize(text)) == len(text)


def test_apostrophe_variants_are_unified() -> None:
    for apostrophe in ("'", "\u2019", "\u02bc"):
        assert normalize(f"п{apostrophe}ятниці") == "п'ятниці"


def test_odd_quotes_and_invisible_characters() -> None:
    assert normalize("\u2033слово\u2033") == '"слово"'
    assert normalize("по\u00adділ\u200b") == "поділ"
    assert normalize("a\r\nb\rc") == "a\nb\nc"


def test_nfc() -> None:
    decomposed = "i\u0308"  # ї written as i + combining diaeresis
    assert normalize("Кi\u0308в") != "Кi\u0308в" or decomposed not in normalize("Кi\u0308в")


def test_loose_key_collapses_whitespace() -> None:
    assert loose_key("Кім  Чен\u00a0Ин\n") == "Кім Чен Ин"


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
