"""Comparison questions: the two sides a question sets against each other, and who compares them.

"oral vs topical minoxidil", "is topical finasteride safer than oral?", "finasteride or
dutasteride": the answer must say plainly whether any indexed study puts the two side by side,
then what each side's studies say. A side is named by the words that tell it apart from the
other ("oral" / "topical"); the words both share ("minoxidil") complete its display name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    r"similar to|superior|inferior|non-?inferior|equivalent|as effective as|alternative to|assign\w*|allocat\w*)\b",
    re.I,
)


STUDY_CUES = re.compile(rf"{CUES.pattern}|\brandomi[sz]\w*|\b(?:both|each) (?:groups?|arms?)\b", re.I)


@dataclass(frozen=True)
class Sides:
    """The two sides of a comparison: display names, the words that identify each, the shared object."""

    a: str
    b: str
    a_terms: tuple[str, ...]
    b_terms: tuple[str, ...]
    common: tuple[str, ...] = ()


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
        return Sides(" ".join([*a_only, *common]), " ".join([*b_only, *common]), a_only, b_only, tuple(common))
    return None


def mentions(text: str, terms: tuple[str, ...], common: tuple[str, ...] = ()) -> bool:
    """The side is named in the text: its words, and the shared object within a few words after them.

    "topical minoxidil … oral finasteride" names topical minoxidil, not oral minoxidil.
    """
    lower = text.lower()
    if not all(re.search(rf"\b{re.escape(t)}", lower) for t in terms):
        return False
    if not common:
        return True
    near = rf"\b{re.escape(terms[-1])}\w*(?:\W+\w+){{0,3}}?\W+{re.escape(common[0])}"
    return re.search(near, lower) is not None


def side_named(text: str, s: Sides, which: str) -> bool:
    """Side 'a' or 'b' of the comparison is named in the text."""
    return mentions(text, s.a_terms if which == "a" else s.b_terms, s.common)


def compares_directly(text: str, s: Sides) -> bool:
    """The study names both sides and sets them against each other (a trial with both arms, 'versus', 'than')."""
    return side_named(text, s, "a") and side_named(text, s, "b") and STUDY_CUES.search(text) is not None
