"""Words for the keyword index: lower-cased, hyphenated terms kept whole and split, stemmed, stop words out.

The BM25 index, its coverage score and the LLM answer's verifier all count words this one way.
"""

from __future__ import annotations

import re

import Stemmer

STOPWORDS = frozenset(
    "a an and are as at be been but by can could did do does for from had has have how i if in "
    "into is it its may might more most no not of on or our such than that the their them then "
    "there these they this those to was we were what when where which while who whom why will "
    "with would you your".split()
)

STEMMER = Stemmer.Stemmer("english")
TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-case, split on non-alphanumerics (keeping hyphenated terms), stem, drop stop words."""
    out = []
    for text in texts:
        words = [w for tok in TOKEN.findall(text.lower()) for w in ([tok] + tok.split("-") if "-" in tok else [tok])]
        out.append(STEMMER.stemWords([w for w in words if w not in STOPWORDS]))
    return out


QUESTION_WORDS = set(
    STEMMER.stemWords(
        "safe safety risk risks harm harmful side effect effects adverse dangerous work works working effective "
        "efficacy help helps improve improves benefit benefits result results compare compared versus better "
        "best many much patients people treated treatment does do is are".split()
    )
)
