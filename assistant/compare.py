"""What a head-to-head study found about the two sides of a comparison.

The sides themselves come from the question record (``assistant.question``): "is PRP or
minoxidil better?" names two distinct interventions, "laser caps or low-level laser therapy"
only one. Here a study that names both is read for its verdict: which side did better, or that
neither did. The side named first in a comparative sentence is its subject ("PRP was more
effective than minoxidil" favours PRP; "minoxidil was less effective than PRP" too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.vocabulary import find_interventions
from index.facts import sentences

SIMILAR = re.compile(
    r"\b(as effective as|similar(?:ly)?|comparable|no (?:statistically )?significant differences?|"
    r"did not differ|no differences?|equally|equivalent|non-?inferior|on par|"
    r"(?:about|nearly|almost|just|roughly) as (?:well|much|good|effective) as|worked as well as|as good as)\b",
    re.I,
)
BETTER = re.compile(
    r"\b(more effective|better|superior|greater|faster|outperform\w*|higher|more (?:hair|improvement|regrowth)|"
    r"stronger|more)\b",
    re.I,
)
WORSE = re.compile(r"\b(less effective|inferior|worse|weaker|lower|slower|fewer|less)\b", re.I)
# The two sides given together and set against each alone: "combining finasteride and minoxidil worked better
# than either drug alone" says nothing of which side beats the other, only that the pair beats each.
COMBINED = re.compile(
    r"\b(?:combin\w*|together|plus|in addition to)\b|\bthan (?:either|each)\b|\b(?:either|each) (?:\w+ ){0,2}alone\b|"
    r"\bmonotherap\w*",
    re.I,
)
# What a comparative word is about when it is not hair: "with far lower blood levels than the tablet", "fewer
# patients stuck with topical minoxidil than with oral finasteride", "less scalp itching". Such a word says which
# side is gentler, cheaper or kept up, never which worked better, so it names no winner.
OTHER_MEASURE = re.compile(
    r"\b(?:blood|serum|plasma|hormone|drug) (?:levels?|concentrations?)\b|\bexposure\b|\blevels? in the blood\b|"
    r"\bside[- ]effects?\b|\badverse (?:events?|effects?|reactions?)\b|\bitch\w*|\birritation\b|\bcost\w*|"
    r"\bprice\w*|\bcheaper\b|\bstuck with\b|\bstick with\b|\badheren\w*|\bdrop(?:ped)? out\b|\bdropouts?\b|"
    r"\bquit\b|\bstopped\b|\bdiscontinu\w*|\bbody-wide\b|\bsystemic\b|\bcomplaints?\b",
    re.I,
)
NOT_BETTER = re.compile(r"\b(?:no|not|nor) (?:\w+ )?(?:better|more effective|superior)\b", re.I)


def _bases(text: str) -> list[str]:
    """Interventions named in order, routes included ('oral minoxidil')."""
    return [
        f"{r} {n}" if r in ("oral", "topical", "sublingual") else n for _, n, r in find_interventions(text, fuzzy=False)
    ]


def _is(named: str, side: str) -> bool:
    return named == side or (" " not in side and named.endswith(" " + side)) or side.endswith(" " + named)


@dataclass(frozen=True)
class Verdict:
    """What one head-to-head study found about sides ``a`` and ``b``: a winner, no difference, or nothing stated."""

    a: str
    b: str
    better: str | None = None  # the side it found better
    same: bool = False  # it found no clear difference
    combined: bool = False  # it found the two together better than either alone (no winner between them)

    @property
    def stated(self) -> bool:
        """Whether the study says what it found for this comparison (certainty counts it as speaking)."""
        return self.same or self.better is not None

    def __str__(self) -> str:
        if self.same:
            return f"found no clear difference between {self.a} and {self.b}"
        if self.better:
            return f"found {self.better} better than {self.b if self.better == self.a else self.a}"
        if self.combined:
            return f"found {self.a} and {self.b} together better than either alone (no winner between them)"
        return f"compared {self.a} and {self.b} (the summary states no winner)"


def verdict(text: str, a: str, b: str) -> Verdict:
    """Which side a study's summary found better, or that neither was: the first sentence naming both decides."""
    for sentence in sentences(text):
        named = _bases(sentence)
        at = next((i for i, n in enumerate(named) if _is(n, a) or _is(n, b)), None)
        if at is None:
            continue
        first = named[at]
        # the other side by another mention: one bare "finasteride" is not both the spray and the tablet
        if not any(_is(n, b if _is(first, a) else a) for i, n in enumerate(named) if i != at):
            continue
        subject, other = (a, b) if _is(first, a) else (b, a)
        if COMBINED.search(sentence):  # the pair against each alone: never a winner between the sides
            if BETTER.search(sentence) and not NOT_BETTER.search(sentence):
                return Verdict(a, b, combined=True)
            continue
        if _of_hair(SIMILAR, sentence):
            return Verdict(a, b, same=True)
        if _of_hair(WORSE, sentence):
            return Verdict(a, b, better=other)
        if _of_hair(BETTER, sentence):
            return Verdict(a, b, better=subject)
    return Verdict(a, b)


def _of_hair(cue: re.Pattern[str], sentence: str) -> bool:
    """Whether a word of ``cue`` is said of the result, not of blood levels, side effects or keeping it up.

    The clause the word stands in (between commas or semicolons) decides: "raised hair counts more than
    finasteride, with similar rates of side effects" has its "more" about hair and its "similar" about harms.
    """
    for m in cue.finditer(sentence):
        start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
        ends = [i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0]
        if not OTHER_MEASURE.search(sentence[start : min(ends, default=len(sentence))]):
            return True
    return False
