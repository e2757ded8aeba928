"""Abbreviations defined in the indexed text itself: 'androgenetic alopecia (AGA)' teaches AGA.

Mined at build time (Schwartz-Hearst matching) and used to expand questions, so a question about
AGA finds studies that spell it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFINITION = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){1,5}?[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{1,7})\)")


def mine_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """'androgenetic alopecia (AGA)' -> {'AGA': 'androgenetic alopecia'} (Schwartz-Hearst matching).

    The short form keeps its case: 'prion protein (PrP)' must not expand a question about PRP.
    """
    found: dict[str, str] = {}
    for text in texts:
        for long, short in definitions(text):
            words = long.split()[-(len(short) + 2) :]
            expansion = _long_form(short, " ".join(words))
            if expansion and expansion.lower() != short.lower():
                found.setdefault(short, expansion.lower())
    return found


PAREN = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,7})\)")


def definitions(text: str) -> list[tuple[str, str]]:
    """``DEFINITION.findall(text)``, but the regex runs only just before each "(SHORT)".

    On its own the regex is tried at every word boundary of every text (3 s of a SciFact build's
    serial tail); a long form is at most six words, all in the seven whitespace-separated tokens
    before its parenthesis, so starting there finds the same leftmost match. A long form cannot
    reach past an earlier parenthesis, so matches come out in the same order.
    """
    out = []
    pos = 0
    while (paren := PAREN.search(text, pos)) is not None:
        match = DEFINITION.search(text, max(pos, _tokens_back(text, paren.start(), 7)), paren.end())
        if match is not None:
            out.append((match.group(1), match.group(2)))
        pos = paren.end()
    return out


def _tokens_back(text: str, end: int, count: int) -> int:
    """Start of the ``count``-th whitespace-separated token before ``end`` (0 if there are fewer)."""
    i = end
    for _ in range(count):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if i == 0:
            return 0
    return i


def _long_form(short: str, long: str) -> str | None:
    """Match the short form's characters right to left inside the long form; the first must start a word."""
    s_i, l_i = len(short) - 1, len(long) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (long[l_i].lower() != c or (s_i == 0 and l_i > 0 and long[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        s_i, l_i = s_i - 1, l_i - 1
    return long[long.rfind(" ", 0, l_i + 1) + 1 :]
