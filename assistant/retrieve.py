"""Hybrid retrieval: dense (Chroma) + keyword (BM25), fused into one score per study.

Fusion is a weighted sum of standardised scores by default (``fusion="zscore"``; every candidate
scored by both retrievers), or reciprocal rank (``fusion="rrf"``).

Filters are Chroma metadata conditions applied to *both* candidate lists before fusion, so a
filter narrows what is ranked instead of emptying a list cut short beforehand. An optional
evidence prior (design tier, sample size, citations per year) nudges close candidates.
Exposed as a LangChain ``BaseRetriever`` (assistant.chains) so it composes in LCEL.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import numpy as np

from assistant.abstain import support
from assistant.glossary import expand
from assistant.records import Hit
from assistant.settings import Settings
from index.embed import Embedder
from index.lexical import LexicalIndex, load_lexical
from index.records import Study
from index.store import Store

DESIGN_TIER = {
    "meta-analysis": 1.0,
    "systematic review": 0.9,
    "randomised controlled trial": 0.8,
    "clinical trial": 0.6,
    "split-scalp trial": 0.6,
    "cohort": 0.55,
    "prospective observational": 0.5,
    "case-control": 0.45,
    "retrospective observational": 0.4,
    "cross-sectional": 0.35,
    "case series": 0.3,
    "case report": 0.2,
    "review": 0.3,
    "guideline": 0.5,
    "survey": 0.3,
    "commentary": 0.15,
    "letter": 0.15,
    "animal": 0.1,
    "in vitro": 0.05,
}


@dataclass(frozen=True)
class Filters:
    """Optional narrowing of what is searched."""

    year_from: int | None = None
    year_to: int | None = None
    min_citations: int | None = None
    designs: tuple[str, ...] = ()
    journal: str | None = None
    mesh: str | None = None  # one MeSH descriptor, any case (studies fetched from PubMed carry them)

    def where(self) -> dict | None:
        """The Chroma ``where`` clause, or None when nothing is filtered."""
        terms: list[dict] = []
        if self.year_from is not None:
            terms.append({"year": {"$gte": self.year_from}})
        if self.year_to is not None:
            terms.append({"year": {"$lte": self.year_to}})
        if self.min_citations is not None:
            terms.append({"citations": {"$gte": self.min_citations}})
        if self.designs:
            terms.append({"study_type": {"$in": list(self.designs)}})
        if self.journal:
            terms.append({"journal": self.journal})
        if self.mesh and self.mesh.strip():
            terms.append({"mesh": {"$contains": self.mesh.strip().lower()}})
        if not terms:
            return None
        return terms[0] if len(terms) == 1 else {"$and": terms}


class Index:
    """The opened index: store, keyword index and embedder, loaded once and shared between threads.

    The page answers from several worker threads: the keyword index reload and the study cache
    change under one lock, so two first questions never load twice or see a half-filled cache.
    """

    STUDY_CACHE = 50_000  # records kept; the cache starts again past this, to bound memory

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings()
        self.embedder = embedder or Embedder(self.settings.index)
        self.store = Store(self.settings.index)
        self._lexical: LexicalIndex | None = None
        self._studies: dict[str, Study] = {}
        self._lock = threading.RLock()
        self._pinned = threading.local()

    @contextmanager
    def one_generation(self) -> Iterator[None]:
        """Within it, this thread reads one keyword index: the one current on entry.

        One answer reads the keyword index at several stages (question, search, gather, body of
        evidence). Each read asks Chroma whether the collection changed, a few milliseconds at
        10,000 studies; pinned, the answer asks once, and every stage sees the same generation
        even when a build finishes halfway through the answer.
        """
        before = getattr(self._pinned, "lexical", None)
        self._pinned.lexical = self.lexical
        try:
            yield
        finally:
            self._pinned.lexical = before

    @property
    def lexical(self) -> LexicalIndex:
        """The keyword index, reloaded when the collection changed since it was read."""
        pinned = getattr(self._pinned, "lexical", None)
        if pinned is not None:
            return pinned
        generation = self.store.generation
        current = self._lexical
        if current is not None and current.generation == generation:
            return current
        with self._lock:
            if self._lexical is None or self._lexical.generation != self.store.generation:
                self._lexical = load_lexical(self.store, self.settings.index.lexical_dir)
                self._studies = {}
            return self._lexical

    def studies(self, study_ids: list[str]) -> dict[str, Study]:
        """Full records of studies, cached; fetched from Chroma in one batch when missing."""
        with self._lock:
            cache = self._studies
            missing = [sid for sid in study_ids if sid not in cache]
        if missing:
            fetched = self.store.get_studies(missing)
            with self._lock:
                if len(self._studies) > self.STUDY_CACHE:
                    self._studies = {}
                self._studies.update(fetched)
                cache = {**cache, **fetched}
        return {sid: cache[sid] for sid in study_ids if sid in cache}

    def allowed_chunks(self, filters: Filters | None) -> set[str] | None:
        """Chunk ids passing the filters (None: everything passes)."""
        where = filters.where() if filters else None
        if where is None:
            return None
        return self.store.allowed_chunks(where)


def prior(study: Study, today: date | None = None) -> float:
    """0..1 strength of evidence from design, sample size and citations per year."""
    year_now = (today or date.today()).year
    tier = DESIGN_TIER.get(study.study_type or "", 0.25)
    size = min(1.0, math.log10(study.participants + 1) / 4) if study.participants else 0.0
    age = max(1, year_now - (study.year or year_now) + 1)
    cites = min(1.0, math.log10((study.citations or 0) / age + 1) / 2)
    return 0.5 * tier + 0.25 * size + 0.25 * cites


def fuse(rankings: list[list[str]], k: int, weights: list[float] | None = None) -> dict[str, float]:
    """Weighted reciprocal-rank fusion of ranked id lists (each id counted at its best rank)."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for rank, item in enumerate(dict.fromkeys(ranking)):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank + 1)
    return fused


def convex(own: list[dict[str, float]], exact: list[dict[str, float]], weights: list[float]) -> dict[str, float]:
    """Weighted sum of standardised scores over the union of the candidate lists.

    Each retriever's mean and spread come from its own top list (``own``); ``exact`` holds the
    score of every union member under that retriever, so a study found by only one retriever is
    still scored by both instead of being given an arbitrary floor.
    """
    fused: dict[str, float] = {}
    union = set().union(*exact)
    for top, scores, weight in zip(own, exact, weights, strict=True):
        arr = np.fromiter(top.values(), float, len(top)) if top else np.zeros(1)
        mean, sd = float(arr.mean()), float(arr.std()) or 1.0
        for sid in union:
            fused[sid] = fused.get(sid, 0.0) + weight * (scores.get(sid, mean - 2 * sd) - mean) / sd
    return fused


def _best_per_study(pairs: list[tuple[str, float]]) -> dict[str, float]:
    """Best score of each study from (chunk id, score) pairs."""
    best: dict[str, float] = {}
    for cid, score in pairs:
        sid = cid.rsplit("#", 1)[0]
        best[sid] = max(score, best.get(sid, score))
    return best


@dataclass
class Candidates:
    """Every study either retriever found, with both of its scores (best chunk of each)."""

    dense: dict[str, float]  # the dense top list, best first
    keyword: dict[str, float]  # the BM25 top list, best first
    all_dense: dict[str, float]  # cosine of every candidate
    all_keyword: dict[str, float]  # BM25 score of every candidate


def gather(index: Index, query: str, filters: Filters | None, n: int) -> Candidates | None:
    """Top ``n`` chunks from each retriever, then the missing score of every study found."""
    lexical = index.lexical
    allowed = index.allowed_chunks(filters)
    if allowed is not None and not allowed:
        return None
    expanded = expand(query, lexical.abbreviations)
    vector = index.embedder.encode_queries([expanded])[0]
    dense = index.store.nearest(vector, n, where=filters.where() if filters else None)
    lex_scores = lexical.scores(expanded, allowed)
    own_dense = _best_per_study(dense)
    own_keyword = _best_per_study(lexical.top(lex_scores, n))
    missing = [cid for sid in own_keyword if sid not in own_dense for cid in lexical.chunks_of(sid)]
    all_dense = dict(own_dense)
    all_dense.update(_best_per_study([(cid, float(vector @ v)) for cid, v in index.store.embeddings(missing).items()]))
    rows = lexical.study_rows()
    all_keyword = {
        sid: float(lex_scores[rows[sid]].max()) if lex_scores is not None and sid in rows else 0.0 for sid in all_dense
    }
    return Candidates(own_dense, own_keyword, all_dense, all_keyword)


def fused_scores(cands: Candidates, settings: Settings) -> dict[str, float]:
    """One relevance score per candidate study, by the fusion the settings choose."""
    if settings.fusion == "rrf":
        return fuse([list(cands.dense), list(cands.keyword)], settings.rrf_k)
    w = settings.dense_weight
    return convex([cands.dense, cands.keyword], [cands.all_dense, cands.all_keyword], [w, 1 - w])


def with_prior(fused: dict[str, float], studies: dict[str, Study], settings: Settings) -> dict[str, float]:
    """Fused scores plus the evidence prior, in units of the fused scores' spread.

    Scaling by the spread keeps ``prior_weight`` meaningful under either fusion (standardised
    sums are ~1 apart, reciprocal ranks ~0.001 apart), so switching fusion never lets the prior
    swamp relevance.
    """
    if not settings.use_prior or not settings.prior_weight or not fused:
        return {sid: v for sid, v in fused.items() if sid in studies}
    spread = float(np.std(list(fused.values()))) or 1.0
    return {sid: v + settings.prior_weight * spread * prior(studies[sid]) for sid, v in fused.items() if sid in studies}


def search(
    index: Index,
    query: str,
    filters: Filters | None = None,
    k: int | None = None,
    covering: tuple[str, ...] = (),
) -> list[Hit]:
    """Top studies for a query, best first.

    Both retrievers return ``candidates`` chunks; every study in either list is then scored by
    both (its best chunk's cosine and BM25 score), fused, nudged by the evidence prior and cut.
    A hit's coverage is the best over ``covering`` (default: the query alone): the caller passes
    the question without the asker's story too (``Question.asked_text``), so "hi all, long-time
    reader. why do men go bald?" is not less covered than "why do men go bald?".
    """
    settings = index.settings
    k = k or settings.top_studies
    cands = gather(index, query, filters, settings.candidates)
    if cands is None:
        return []
    fused = fused_scores(cands, settings)
    shortlist = sorted(fused, key=fused.get, reverse=True)[: max(2 * k, k + 10)]
    studies = index.studies(shortlist)
    scores = with_prior({sid: fused[sid] for sid in shortlist}, studies, settings)
    hits = []
    lexical = index.lexical  # read once: each read asks Chroma whether the collection changed
    asked = tuple(dict.fromkeys(covering or (query,)))
    for sid in sorted(scores, key=scores.get, reverse=True)[:k]:  # support is computed for the kept ones only
        study, dense = studies[sid], cands.all_dense.get(sid, 0.0)
        text = f"{study.title or ''} {study.text()}"
        coverage = max(lexical.coverage(q, text) for q in asked)
        backing = support(dense, coverage, settings)
        hits.append(Hit(study, scores[sid], dense, cands.all_keyword.get(sid, 0.0), study.text(), coverage, backing))
    return hits


def __getattr__(name: str) -> object:
    """``HybridRetriever`` and ``hit_to_document`` live in assistant.chains (LangChain), loaded on first use."""
    if name in ("HybridRetriever", "hit_to_document", "DOCUMENT_FIELDS"):
        from assistant import chains

        return getattr(chains, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
