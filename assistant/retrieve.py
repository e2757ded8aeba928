"""Hybrid retrieval: dense (Chroma) + keyword (BM25), fused by reciprocal rank, collapsed to studies.

Filters are Chroma metadata conditions applied to *both* candidate lists before fusion, so a
filter narrows what is ranked instead of emptying a list cut short beforehand. An optional
evidence prior (design tier, sample size, citations per year) nudges close candidates.
Exposed as a LangChain ``BaseRetriever`` so it composes in LCEL.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

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
    "cohort": 0.55,
    "prospective observational": 0.5,
    "case-control": 0.45,
    "retrospective observational": 0.4,
    "cross-sectional": 0.35,
    "case series": 0.3,
    "case report": 0.2,
    "review": 0.3,
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
        if not terms:
            return None
        return terms[0] if len(terms) == 1 else {"$and": terms}


class Index:
    """The opened index: store, keyword index and embedder, loaded once and shared."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings()
        self.embedder = embedder or Embedder(self.settings.index)
        self.store = Store(self.settings.index)
        self._lexical: LexicalIndex | None = None
        self._studies: dict[str, Study] = {}

    @property
    def lexical(self) -> LexicalIndex:
        """The keyword index, reloaded when the collection changed since it was read."""
        if self._lexical is None or self._lexical.generation != self.store.generation:
            self._lexical = load_lexical(self.store, self.settings.index.lexical_dir)
            self._studies.clear()
        return self._lexical

    def study(self, study_id: str) -> Study | None:
        """The full record of a study, cached."""
        if study_id not in self._studies:
            found = self.store.get_study(study_id)
            if found is None:
                return None
            self._studies[study_id] = found
        return self._studies[study_id]

    def allowed_chunks(self, filters: Filters | None) -> set[str] | None:
        """Chunk ids passing the filters (None: everything passes)."""
        where = filters.where() if filters else None
        if where is None:
            return None
        return set(self.store.collection.get(where=where, include=[])["ids"])


def prior(study: Study, today: date | None = None) -> float:
    """0..1 strength of evidence from design, sample size and citations per year."""
    year_now = (today or date.today()).year
    tier = DESIGN_TIER.get(study.study_type or "", 0.25)
    size = min(1.0, math.log10(study.participants + 1) / 4) if study.participants else 0.0
    age = max(1, year_now - (study.year or year_now) + 1)
    cites = min(1.0, math.log10((study.citations or 0) / age + 1) / 2)
    return 0.5 * tier + 0.25 * size + 0.25 * cites


def search(index: Index, query: str, filters: Filters | None = None, k: int | None = None) -> list[Hit]:
    """Top studies for a query, best first."""
    settings = index.settings
    k = k or settings.top_studies
    n = settings.candidates
    lexical = index.lexical
    allowed = index.allowed_chunks(filters)
    if allowed is not None and not allowed:
        return []
    expanded = expand(query, lexical.abbreviations)
    vector = index.embedder.encode([expanded])[0]
    dense = index.store.query(vector, n, where=filters.where() if filters else None)
    keyword = lexical.search(expanded, n, allowed)
    fused: dict[str, float] = {}
    best_dense: dict[str, float] = {}
    best_lex: dict[str, float] = {}
    chunk_text: dict[str, str] = {}
    for rank, (_cid, sim, meta, doc) in enumerate(dense):
        sid = meta["study_id"]
        fused[sid] = fused.get(sid, 0.0) + (1.0 / (settings.rrf_k + rank + 1) if sid not in best_dense else 0.0)
        if sim > best_dense.get(sid, -1.0):
            best_dense[sid], chunk_text[sid] = sim, doc
    seen_lex: set[str] = set()
    for rank, (cid, score) in enumerate(keyword):
        sid = cid.split("#")[0]
        if sid not in seen_lex:
            fused[sid] = fused.get(sid, 0.0) + 1.0 / (settings.rrf_k + rank + 1)
            seen_lex.add(sid)
        best_lex[sid] = max(best_lex.get(sid, 0.0), score)
    hits = []
    for sid, score in fused.items():
        study = index.study(sid)
        if study is None:
            continue
        if settings.use_prior:
            score += settings.prior_weight * prior(study)
        if sid not in best_dense:
            best_dense[sid] = float(vector @ index.embedder.encode([study.text() or study.label()])[0])
        hits.append(Hit(study, score, best_dense[sid], best_lex.get(sid, 0.0), chunk_text.get(sid, study.text())))
    hits.sort(key=lambda h: h.score, reverse=True)
    return hits[:k]


def hit_to_document(hit: Hit) -> Document:
    """LangChain form of a hit: the study's text with its record in metadata."""
    meta = {
        "study_id": hit.study.id,
        "score": hit.score,
        "dense": hit.dense,
        "lexical": hit.lexical,
        "study_json": json.dumps(hit.study.to_dict()),
    }
    return Document(page_content=hit.study.text(), metadata=meta, id=hit.study.id)


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the Follicle index (one Document per study)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: Index
    filters: Filters | None = None
    k: int | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [hit_to_document(h) for h in search(self.index, query, self.filters, self.k)]
