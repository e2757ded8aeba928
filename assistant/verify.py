"""Check every citation of an LLM answer against the snippet it points to.

A sentence is kept only when (1) all its citation numbers exist, (2) every number it states
(40 patients, 72%) appears in a cited source, and (3) its support score against the best
sentence of a cited source reaches ``support_threshold``. Support mixes embedding similarity
with content-word overlap, so a paraphrase passes and an invented claim does not. Invalid
citation numbers are removed; unsupported sentences are dropped (or marked, by setting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.prompts import CANNOT_ANSWER
from assistant.records import Hit
from index.embed import Embedder
from index.facts import sentences
from index.tokenize import tokenize

CITE = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")


@dataclass
class Claim:
    """One sentence of the LLM answer with what verification found."""

    text: str
    cited: list[int]
    support: float = 0.0
    evidence: dict[int, str] = field(default_factory=dict)  # source number -> best supporting sentence
    problem: str | None = None


@dataclass
class Verified:
    """The LLM answer after verification."""

    claims: list[Claim]
    removed_numbers: list[int]

    @property
    def kept(self) -> list[Claim]:
        """Claims that passed."""
        return [c for c in self.claims if c.problem is None]

    @property
    def rejected(self) -> list[Claim]:
        """Claims that failed, with the reason in ``problem``."""
        return [c for c in self.claims if c.problem is not None]


def split_claims(text: str) -> list[Claim]:
    """Sentences of the answer with their citation numbers (markdown bullets become sentences)."""
    text = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", text, flags=re.M)
    claims = []
    for sent in sentences(text):
        numbers = [int(n) for group in CITE.findall(sent) for n in re.split(r"\s*[,;]\s*", group)]
        claims.append(Claim(sent, list(dict.fromkeys(numbers))))
    return claims


def overlap(claim: str, source: str) -> float:
    """Share of the claim's content words (stemmed) that the source sentence contains."""
    words = set(tokenize([CITE.sub("", claim)])[0])
    if not words:
        return 0.0
    return len(words & set(tokenize([source])[0])) / len(words)


def verify(text: str, sources: dict[int, Hit], embedder: Embedder, threshold: float) -> Verified:
    """Verify each sentence of ``text`` against the numbered sources it cites."""
    claims = split_claims(text)
    removed = sorted({n for c in claims for n in c.cited if n not in sources})
    candidates: list[tuple[Claim, int, str]] = []
    for claim in claims:
        claim.cited = [n for n in claim.cited if n in sources]
        if claim.text.strip().startswith(CANNOT_ANSWER):
            continue
        if not claim.cited:
            claim.problem = "no valid citation"
            continue
        for n in claim.cited:
            candidates.extend((claim, n, s) for s in sentences(sources[n].study.text()))
    best: dict[tuple[int, int], tuple[float, str]] = {}
    if candidates:
        vectors = embedder.encode([CITE.sub("", c.text) for c, _, _ in candidates] + [s for _, _, s in candidates])
        half = len(candidates)
        sims = (vectors[:half] * vectors[half:]).sum(axis=1)
        for (claim, n, sent), sim in zip(candidates, sims, strict=True):
            score = 0.5 * float(sim) + 0.5 * overlap(claim.text, sent)
            key = (id(claim), n)
            if score > best.get(key, (-1.0, ""))[0]:
                best[key] = (score, sent)
    for claim in claims:
        scored = {n: best[(id(claim), n)] for n in claim.cited if (id(claim), n) in best}
        claim.support = max((sc for sc, _ in scored.values()), default=0.0)
        claim.evidence = {n: sent for n, (sc, sent) in scored.items() if sc >= threshold}
    for claim in claims:
        if claim.problem or claim.text.strip().startswith(CANNOT_ANSWER):
            continue
        cited_text = " ".join(sources[n].study.text() for n in claim.cited)
        invented = [x for x in NUMBER.findall(CITE.sub("", claim.text)) if x not in cited_text]
        if invented:
            claim.problem = f"numbers not in the cited source: {', '.join(invented)}"
        elif claim.support < threshold:
            claim.problem = f"not supported by the cited source (score {claim.support:.2f} < {threshold:.2f})"
    return Verified(claims, removed)
