"""Abbreviations and synonyms of the field, used to expand queries before retrieval.

The built-in table covers common hair-loss terms; the keyword index adds the pairs that the
indexed texts define themselves, such as "mesenchymal stem cells (MSC)" (mined at index time by
``index.lexical.mine_abbreviations``).
"""

from __future__ import annotations

import re

BUILT_IN: dict[str, list[str]] = {
    "aga": ["androgenetic alopecia", "male pattern baldness", "male pattern hair loss"],
    "androgenetic alopecia": ["aga", "pattern hair loss"],
    "male pattern baldness": ["androgenetic alopecia"],
    "fphl": ["female pattern hair loss", "androgenetic alopecia in women"],
    "female pattern hair loss": ["fphl"],
    "aa": ["alopecia areata"],
    "alopecia areata": ["aa"],
    "te": ["telogen effluvium"],
    "telogen effluvium": ["te", "hair shedding"],
    "msc": ["mesenchymal stem cells", "stem cells"],
    "mscs": ["mesenchymal stem cells"],
    "stem cell": ["stem cells", "mesenchymal stem cells"],
    "stem-cell": ["stem cells", "mesenchymal stem cells"],
    "prp": ["platelet-rich plasma"],
    "platelet-rich plasma": ["prp"],
    "lllt": ["low-level laser therapy", "photobiomodulation"],
    "low-level laser therapy": ["lllt"],
    "dht": ["dihydrotestosterone"],
    "5-ari": ["5-alpha reductase inhibitor", "finasteride", "dutasteride"],
    "5ari": ["5-alpha reductase inhibitor", "finasteride", "dutasteride"],
    "baldness": ["alopecia", "hair loss"],
    "hair loss": ["alopecia"],
    "balding": ["alopecia", "hair loss"],
    "safe": ["adverse events", "side effects", "tolerated"],
    "safety": ["adverse events", "side effects"],
    "side effects": ["adverse events"],
    "rf": ["radio frequency"],
    "jak": ["janus kinase"],
}


def expand(query: str, mined: dict[str, str] | None = None) -> str:
    """The query plus synonyms of the terms it contains (each added once)."""
    lowered = query.lower()
    extra: list[str] = []
    table = dict(BUILT_IN)
    for short, long in (mined or {}).items():
        table.setdefault(short, [long])
    for term, synonyms in table.items():
        if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", lowered):
            extra.extend(s for s in synonyms if s not in lowered and s not in extra)
    return query if not extra else f"{query} ({'; '.join(extra)})"
