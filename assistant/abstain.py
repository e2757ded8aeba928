"""When to answer and when to say the index does not address the question: the one place that decides.

A study *supports* a question by a weighted sum of its best chunk's cosine to the question and
the rarity-weighted share of the question's terms it contains (``support``). The answer quotes
only studies whose support reaches ``Settings.abstain_below`` and whose cosine is within
``Settings.relevance_margin`` of the best such study (``relevant``); none left means abstain.
Both weights and the threshold are calibrated by bench/pubmedqa.py. The LLM answerer is only
asked when this decides to answer (``assistant.api``).
"""

from __future__ import annotations

from assistant.records import Hit
from assistant.settings import Settings
from index.records import normalise_text


def support(dense: float, coverage: float, settings: Settings) -> float:
    """How well one study matches the question: what abstention is decided on."""
    return settings.support_dense_weight * dense + (1 - settings.support_dense_weight) * coverage


def distinct(hits: list[Hit]) -> list[Hit]:
    """One hit per study: an index built before duplicates were merged may hold one study twice."""
    seen: set[str] = set()
    out = []
    for hit in hits:
        key = normalise_text(hit.study.tldr or hit.study.title or hit.study.id)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out


def relevant(hits: list[Hit], threshold: float, margin: float) -> list[Hit]:
    """Hits close enough to the question to quote: support above the threshold, near the best one."""
    above = [h for h in distinct(hits) if h.support >= threshold]
    return [h for h in above if h.dense >= above[0].dense - margin] if above else []


def relevant_hits(hits: list[Hit], settings: Settings) -> list[Hit]:
    """``relevant`` with the thresholds of these settings."""
    return relevant(hits, settings.abstain_below, settings.relevance_margin)
