"""Comparison questions: the two sides a question sets against each other, and who compares them.

"oral vs topical minoxidil", "is topical finasteride safer than oral?", "finasteride or
dutasteride": the answer must say plainly whether any indexed study puts the two side by side,
then what each side's studies say. A side is named by the words that tell it apart from the
other ("oral" / "topical"); the words both share ("minoxidil") complete its display name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.facts import sentences

PATTERNS = [
    re.compile(
        r"\bis\s+(?P<a>.+?)\s+(?:safer|better|worse|stronger|weaker|more\s+\w+|less\s+\w+|superior|inferior)"
        r"\s+(?:than|to)\s+(?P<b>.+)",
        re.I,
    ),
    re.compile(
        r"\b(?:compare|comparing|comparison of|difference between)\s+(?P<a>.+?)\s+(?:and|with|to|vs\.?)\s+(?P<b>.+)",
        re.I,
    ),
    re.compile(r"(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:with|to)|or)\s+(?P<b>.+)", re.I),
]
# Words that say nothing about which side is meant.
FILLER = set(
    """a an the is are was be do does did which what who how should i we you my it its to of for in on at by
    with and or better best worse more less safer work works working effective than vs versus compared compare
    comparing comparison difference between use using take taking one treatment treatments therapy alone
    long term""".split()
)
# Where a side's name stops: the question's context ("… for women", "… in men over 50").
CONTEXT = re.compile(r"\s+(?:for|in|among|with|on|when|if|after|during|at)\s+.*$", re.I)
CUES = re.compile(
    r"\b(?:compar\w*|versus|vs\.?|than|head-to-head|randomi[sz]ed to|either|both|between|relative to|"
    r"similar to|superior|inferior|non-?inferior|equivalent|as effective as|alternative to)\b",
    re.I,
)


@dataclass(frozen=True)
class Sides:
    """The two sides of a comparison: display names and the words that identify each."""

    a: str
    b: str
    a_terms: tuple[str, ...]
    b_terms: tuple[str, ...]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9][a-z0-9-]*", text.lower()) if w not in FILLER]


def sides(question: str) -> Sides | None:
    """The two sides of a comparison question, or None when it is not one.

    When one side is a single word and the other several ("oral vs topical minoxidil"), the
    longer side's trailing words are the object both share: the sides are "oral" and "topical",
    both of minoxidil.
    """
    for pattern in PATTERNS:
        match = pattern.search(question.strip().rstrip("?!. "))
        if not match:
            continue
        a_words = _words(match.group("a").split(",")[-1])[-3:]
        b_words = _words(CONTEXT.sub("", match.group("b")))[:3]
        common: list[str] = []
        if len(a_words) == 1 and len(b_words) > 1:
            common, b_words = b_words[1:], b_words[:1]
        elif len(b_words) == 1 and len(a_words) > 1:
            common, a_words = a_words[1:], a_words[:1]
        a_only = tuple(w for w in a_words if w not in b_words)
        b_only = tuple(w for w in b_words if w not in a_words)
        common += [w for w in a_words if w in b_words]
        if not a_only or not b_only:
            continue
        return Sides(" ".join([*a_only, *common]), " ".join([*b_only, *common]), a_only, b_only)
    return None


def mentions(text: str, terms: tuple[str, ...]) -> bool:
    """Every identifying word of a side occurs in the text (as a word or a word's start)."""
    lower = text.lower()
    return all(re.search(rf"\b{re.escape(t)}", lower) for t in terms)


def compares_directly(text: str, s: Sides) -> bool:
    """One sentence names both sides and sets them against each other."""
    return any(
        mentions(sent, s.a_terms) and mentions(sent, s.b_terms) and CUES.search(sent) for sent in sentences(text)
    )
