"""Example questions the index can answer, from the treatments its studies name most.

Someone who indexes their own studies (a PubMed search on JAK inhibitors, an export of PRP
trials) should be offered questions about those, not about the bundled sample. The sample itself
keeps its hand-written examples.
"""

from __future__ import annotations

from pathlib import Path

from assistant.retrieve import Index
from assistant.vocabulary import vocabulary
from index.stats import SAMPLE_DIR
from index.tokenize import tokenize

SAMPLE_EXAMPLES = [
    "Is stem-cell mesotherapy safe?",
    "Does cold plasma help hair loss?",
    "What causes balding in DHT-sensitive scalp?",
    "Hair loss after chemotherapy",
]


def is_sample(index: Index) -> bool:
    """Every indexed study came from the bundled sample's files (however the path was written)."""
    if index.store.count_chunks() > 200:  # the sample is a few pages; never scan a large index for this
        return False
    names = {p.name for p in SAMPLE_DIR.iterdir()}
    files = {f for chunk in index.store.iter_all(["metadatas"]) for f in chunk.metadata.get("files") or []}
    return bool(files) and all(Path(f).name in names for f in files)


def common_treatments(index: Index, n: int = 2) -> list[str]:
    """The treatments named in the most indexed chunks (by the keyword index), most common first.

    A name counts by its rarest word, so "low-level laser therapy" is not counted by "therapy".
    Exposures (covid, chemotherapy) and drug classes are left out: examples ask about treatments.
    """
    lexical = index.lexical
    counts: dict[str, int] = {}
    for entry in vocabulary().interventions.values():
        if entry.exposure or entry.is_class:
            continue
        best = 0
        for alias in entry.aliases:
            words = tokenize([alias])[0]
            if words:
                best = max(best, min(lexical.chunk_count(w) for w in words))
        if best:
            counts[entry.name] = best
    return sorted(counts, key=lambda name: (-counts[name], name))[:n]


def examples(index: Index) -> list[str]:
    """Example questions for the page: the sample's own, or ones about this index's commonest treatments."""
    if index.store.count_chunks() == 0 or is_sample(index):
        return list(SAMPLE_EXAMPLES)
    names = common_treatments(index)
    if not names:
        return list(SAMPLE_EXAMPLES)
    first = names[0]
    out = [f"Does {first} work?", f"Is {first} safe?"]
    if len(names) > 1:
        out += [f"Does {names[1]} work?", f"Is {first} or {names[1]} better?"]
    return out
