"""Stage 1: text normalization.

Real articles mix no-break spaces, three apostrophes and several quote and dash glyphs. Every later
stage sees one spelling of each, so lexicons stay small. The normalized text is what the analysis
record carries, and all offsets point into it.
"""

from __future__ import annotations

import re
import unicodedata

# One-for-one replacements keep the character count, so a caller's offsets survive.
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\x0b\x0c"
_APOSTROPHES = "\u2019\u02bc\u02b9\u2018\u0060\u00b4\u2032"
_DOUBLE_QUOTES = "\u201f\u2033\u02ba\u301d\u301e"
_TRANSLATION = str.maketrans(
    {**{c: " " for c in _SPACES}, **{c: "'" for c in _APOSTROPHES}, **{c: '"' for c in _DOUBLE_QUOTES}}
)
# Characters that carry nothing for a reader and would split words for the tokenizer.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
_CR = re.compile(r"\r\n?")
# A Python string can hold lone surrogates (from ``surrogateescape`` decoding or broken JSON); they
# cannot be written as UTF-8, so each becomes U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize(text: str) -> str:
    """Return the canonical form of ``text`` that every stage and every offset refers to."""
    text = _SURROGATE.sub("\ufffd", text)
    text = _CR.sub("\n", text)
    # Invisible characters go before NFC: "a\u00ad\u0308" must compose to "ä", or normalizing the
    # result again would change it (and shift every offset).
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.translate(_TRANSLATION)


def loose_key(text: str) -> str:
    """Comparison key used when matching strings across sources: whitespace runs and apostrophes."""
    text = normalize(text)
    return " ".join(text.split())
