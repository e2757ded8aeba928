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


def _mixed_case(token: str) -> bool:
    """'PrP', 'TnT': case carries meaning (prion protein is not platelet-rich plasma)."""
    letters = [c for c in token if c.isalpha()]
    return any(c.isupper() for c in letters) and any(c.islower() for c in letters)


def _mentions(query: str, term: str, exact_case: bool = False) -> bool:
    """Does the query contain ``term`` as a whole word?

    Multi-word terms match case-insensitively. A one-word term (an abbreviation) matches a query
    word of the same letters unless either is written in mixed case, which must then match
    exactly: "PRP" or "prp" find platelet-rich plasma, "PrP" does not. ``exact_case`` is for
    abbreviations mined from the corpus: "osteitis fibrosa (OF)" must not expand the word "of".
    """
    if " " in term:
        return re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", query.lower()) is not None
    for word in re.findall(r"[\w-]+", query):
        if word == term:
            return True
        if not exact_case and word.lower() == term.lower() and not _mixed_case(word) and not _mixed_case(term):
            return True
    return False


def expand(query: str, mined: dict[str, str] | None = None) -> str:
    """The query plus synonyms of the terms it contains (each added once).

    Definitions mined from the indexed texts win over the built-in table: in a corpus where
    "(PRP)" is defined as something else, the corpus knows best.
    """
    lowered = query.lower()
    extra: list[str] = []
    table = _table(mined if mined is not None else _NO_MINED)
    words = re.findall(r"[\w-]+", query)
    exact_words = set(words)
    plain_words = {w.lower() for w in words if not _mixed_case(w)}
    for term, synonyms, exact in table:
        if " " in term:  # a phrase: a cheap substring test before the exact one
            found = term.lower() in lowered and _mentions(query, term, exact)
        else:  # one word: what _mentions decides, read off the query's words once
            found = term in exact_words or (not exact and not _mixed_case(term) and term.lower() in plain_words)
        if found:
            extra.extend(s for s in synonyms if s.lower() not in lowered and s not in extra)
    return query if not extra else f"{query} ({'; '.join(extra)})"


_NO_MINED: dict[str, str] = {}
_TABLES: dict[int, tuple[dict[str, str], list[tuple[str, list[str], bool]]]] = {}


def _table(mined: dict[str, str]) -> list[tuple[str, list[str], bool]]:
    """The terms ``expand`` looks for: mined definitions first, then the built-in ones they leave.

    Built once per mined dictionary (one per keyword index): at 10,000 studies the index defines
    thousands of abbreviations, and rebuilding the list for every question cost ~10 ms of an
    answer. Keyed by identity and holding the dictionary, so a new index never meets an old table.
    """
    held = _TABLES.get(id(mined))
    if held is not None and held[0] is mined:
        return held[1]
    table = [(short, [long], True) for short, long in mined.items()]
    defined = {short.lower() for short in mined}
    table += [(term, synonyms, False) for term, synonyms in BUILT_IN.items() if term not in defined]
    if len(_TABLES) >= 4:
        _TABLES.clear()
    _TABLES[id(mined)] = (mined, table)
    return table


# Abbreviations of the built-in table (one short word) and a pattern of what they spell out.
_SPELLED_OUT = tuple(
    (short, re.compile(r"\b(?:" + "|".join(re.escape(s) for s in spelled) + r")\b", re.IGNORECASE))
    for short, longer in BUILT_IN.items()
    if " " not in short and len(short) <= 5
    for spelled in [[s for s in longer if " " in s or len(s) > len(short) + 3]]
    if spelled
)


def abbreviations_spelled_out(text: str) -> list[str]:
    """The built-in abbreviations whose long form the text spells out ("dihydrotestosterone" -> "dht").

    ``expand`` reads the table from short to long, for a query; a study's text is read the other
    way, so that one which spells a term out still speaks of the abbreviation a question uses.
    """
    return [short for short, spelled in _SPELLED_OUT if spelled.search(text)]
