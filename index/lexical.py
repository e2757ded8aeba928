"""The keyword (BM25) index kept beside the vectors, always consistent with them.

It is rebuilt from the Chroma collection itself, so it can never hold a study the vectors do
not. It is saved with the collection's ``generation`` token; a load whose token differs from
the collection's (an interrupted build, another process writing to a Chroma server) rebuilds.
Writes go to a temporary directory that is renamed into place, so a reader never sees half.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np

from index.abbreviations import mine_abbreviations
from index.store import Store
from index.tokenize import QUESTION_WORDS, tokenize


@dataclass
class LexicalIndex:
    """BM25 over chunk texts, with the chunk ids and study ids it ranks."""

    bm25: bm25s.BM25 | None
    chunk_ids: list[str]
    study_ids: list[str]
    generation: str
    abbreviations: dict[str, str] = field(default_factory=dict)
    _rows: dict[str, list[int]] | None = field(default=None, repr=False)
    _df: np.ndarray | None = field(default=None, repr=False)
    _known: dict[str, bool] = field(default_factory=dict, repr=False)

    def scores(self, query: str, allowed: set[str] | None = None) -> np.ndarray | None:
        """BM25 score of every chunk (0 where ``allowed`` excludes it); None when nothing can match."""
        if self.bm25 is None or not self.chunk_ids:
            return None
        tokens = tokenize([query])[0]
        if not tokens:
            return None
        scores = self.bm25.get_scores(tokens)
        if allowed is not None:
            mask = np.fromiter((cid in allowed for cid in self.chunk_ids), bool, len(self.chunk_ids))
            scores = np.where(mask, scores, 0.0)
        return scores

    def top(self, scores: np.ndarray | None, k: int) -> list[tuple[str, float]]:
        """The ``k`` best chunks of a score array as (chunk id, score), zero scores dropped."""
        if scores is None:
            return []
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """Top chunks as (chunk id, BM25 score); ``allowed`` restricts to those chunk ids."""
        return self.top(self.scores(query, allowed), k)

    def coverage(self, query: str, text: str) -> float:
        """Share of the query's terms found in ``text``, each weighted by its rarity (BM25 idf).

        A term no indexed text contains gets the largest weight: a question about something the
        index has never seen should not look covered because its common words are. Hyphenated
        compounds count through their parts, and the words that ask (safe, work, effective, ...)
        are not the topic, so they do not count at all.
        """
        terms = {t for t in tokenize([query])[0] if "-" not in t and t not in QUESTION_WORDS}
        if not terms:
            return 0.0
        if self._df is None:
            self._df = np.diff(self.bm25.scores["indptr"]) if self.bm25 is not None else np.zeros(0)
        n = len(self.chunk_ids)
        vocab = self.bm25.vocab_dict if self.bm25 is not None else {}

        def idf(term: str) -> float:
            df = int(self._df[vocab[term]]) if term in vocab and vocab[term] < len(self._df) else 0
            return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

        present = set(tokenize([text])[0])
        total = sum(idf(t) for t in terms)
        return sum(idf(t) for t in terms & present) / total if total else 0.0

    def chunk_count(self, term: str) -> int:
        """How many chunks hold a (stemmed) term: how common a word is in this index."""
        if self.bm25 is None:
            return 0
        if self._df is None:
            self._df = np.diff(self.bm25.scores["indptr"])
        row = self.bm25.vocab_dict.get(term)
        return int(self._df[row]) if row is not None and row < len(self._df) else 0

    def knows(self, word: str) -> bool:
        """Does any indexed text contain the word (as the keyword index counts words)? Remembered per word."""
        known = self._known.get(word)
        if known is None:
            tokens = tokenize([word])[0]
            vocab = self.bm25.vocab_dict if self.bm25 is not None else {}
            known = self._known[word] = bool(tokens) and all(t in vocab for t in tokens)
        return known

    def study_rows(self) -> dict[str, list[int]]:
        """Row numbers of each study's chunks, so any study's best BM25 score can be read off."""
        if self._rows is None:
            rows: dict[str, list[int]] = {}
            for i, sid in enumerate(self.study_ids):
                rows.setdefault(sid, []).append(i)
            self._rows = rows
        return self._rows

    def chunks_of(self, study_id: str) -> list[str]:
        """Ids of every chunk of one study."""
        return [self.chunk_ids[i] for i in self.study_rows().get(study_id, [])]


@dataclass(frozen=True)
class LexicalRow:
    """One chunk as the keyword index sees it: its study, its text (for abbreviations), its terms."""

    study_id: str
    text: str
    tokens: list[str]


def lexical_row(
    study_id: str, title: str | None, journal: str | None, design: str | None, text: str | None
) -> LexicalRow:
    """Title, journal and design are indexed with the chunk's text, so they weigh in too."""
    return LexicalRow(study_id, text or "", tokenize([f"{title or ''} {journal or ''} {design or ''} {text or ''}"])[0])


def build_lexical(store: Store, generation: str, known: dict[str, LexicalRow] | None = None) -> LexicalIndex:
    """Index every chunk of the collection, in the collection's order.

    ``known`` holds rows a build has just written and tokenized while the encoder ran; only the
    collection's ids and the chunks missing from ``known`` are then read back (SciFact: reading
    every chunk's metadata and tokenizing it took ~4 s after the last write).
    """
    if known:
        order = [c.id for c in store.iter_all([])]
        read = store.get_chunks([cid for cid in order if cid not in known])
    else:
        read = store.iter_all(["documents", "metadatas"])
        order = [c.id for c in read]
    rows = dict(known or {})
    rows.update(
        (
            c.id,
            lexical_row(
                c.metadata.get("study_id", ""),
                c.metadata.get("title"),
                c.metadata.get("journal"),
                c.metadata.get("study_type"),
                c.text,
            ),
        )
        for c in read
    )
    order = [cid for cid in order if cid in rows]
    bm25 = None
    if order:
        bm25 = bm25s.BM25(k1=0.9, b=0.4)
        bm25.index([rows[cid].tokens for cid in order], show_progress=False)
    return LexicalIndex(
        bm25,
        order,
        [rows[cid].study_id for cid in order],
        generation,
        mine_abbreviations(rows[cid].text for cid in order),
    )


def save_lexical(index: LexicalIndex, directory: Path) -> None:
    """Write to a temporary sibling, then swap it in with renames."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".lexical-", dir=directory.parent))
    if index.bm25 is not None:
        index.bm25.save(str(tmp / "bm25"))
    (tmp / "ids.json").write_text(
        json.dumps(
            {
                "generation": index.generation,
                "chunk_ids": index.chunk_ids,
                "study_ids": index.study_ids,
                "abbreviations": index.abbreviations,
            }
        )
    )
    old = directory.with_name(directory.name + ".old")
    if directory.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(directory, old)
    os.replace(tmp, directory)
    shutil.rmtree(old, ignore_errors=True)


def load_lexical(store: Store, directory: Path) -> LexicalIndex:
    """The saved index if it matches the collection's generation, else a fresh rebuild."""
    generation = store.generation
    ids_file = directory / "ids.json"
    if ids_file.exists():
        try:
            meta = json.loads(ids_file.read_text())
            if meta["generation"] == generation:
                bm25 = bm25s.BM25.load(str(directory / "bm25")) if meta["chunk_ids"] else None
                return LexicalIndex(
                    bm25, meta["chunk_ids"], meta["study_ids"], generation, meta.get("abbreviations", {})
                )
        except (OSError, ValueError, KeyError):
            pass
    index = build_lexical(store, generation)
    try:
        save_lexical(index, directory)
    except OSError:
        pass  # a read-only data directory still gets a correct in-memory index
    return index
