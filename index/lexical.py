"""The keyword (BM25) index kept beside the vectors, always consistent with them.

It is rebuilt from the Chroma collection itself, so it can never hold a study the vectors do
not. It is saved with the collection's ``generation`` token; a load whose token differs from
the collection's (an interrupted build, another process writing to a Chroma server) rebuilds.
Writes go to a temporary directory that is renamed into place, so a reader never sees half.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from index.store import Store

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
        order = [cid for cid, _, _ in store.iter_all([])]
        read = store.get_chunks([cid for cid in order if cid not in known])
    else:
        read = store.iter_all(["documents", "metadatas"])
        order = [cid for cid, _, _ in read]
    rows = dict(known or {})
    rows.update(
        (cid, lexical_row(m.get("study_id", ""), m.get("title"), m.get("journal"), m.get("study_type"), d))
        for cid, d, m in read
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


DEFINITION = re.compile(r"\b((?:[A-Za-z][\w-]*\s+){1,5}?[A-Za-z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{1,7})\)")


def mine_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """'androgenetic alopecia (AGA)' -> {'AGA': 'androgenetic alopecia'} (Schwartz-Hearst matching).

    The short form keeps its case: 'prion protein (PrP)' must not expand a question about PRP.
    """
    found: dict[str, str] = {}
    for text in texts:
        for long, short in definitions(text):
            words = long.split()[-(len(short) + 2) :]
            expansion = _long_form(short, " ".join(words))
            if expansion and expansion.lower() != short.lower():
                found.setdefault(short, expansion.lower())
    return found


PAREN = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,7})\)")


def definitions(text: str) -> list[tuple[str, str]]:
    """``DEFINITION.findall(text)``, but the regex runs only just before each "(SHORT)".

    On its own the regex is tried at every word boundary of every text (3 s of a SciFact build's
    serial tail); a long form is at most six words, all in the seven whitespace-separated tokens
    before its parenthesis, so starting there finds the same leftmost match. A long form cannot
    reach past an earlier parenthesis, so matches come out in the same order.
    """
    out = []
    pos = 0
    while (paren := PAREN.search(text, pos)) is not None:
        match = DEFINITION.search(text, max(pos, _tokens_back(text, paren.start(), 7)), paren.end())
        if match is not None:
            out.append((match.group(1), match.group(2)))
        pos = paren.end()
    return out


def _tokens_back(text: str, end: int, count: int) -> int:
    """Start of the ``count``-th whitespace-separated token before ``end`` (0 if there are fewer)."""
    i = end
    for _ in range(count):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if i == 0:
            return 0
    return i


def _long_form(short: str, long: str) -> str | None:
    """Match the short form's characters right to left inside the long form; the first must start a word."""
    s_i, l_i = len(short) - 1, len(long) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (long[l_i].lower() != c or (s_i == 0 and l_i > 0 and long[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        s_i, l_i = s_i - 1, l_i - 1
    return long[long.rfind(" ", 0, l_i + 1) + 1 :]


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


STOPWORDS = frozenset(
    "a an and are as at be been but by can could did do does for from had has have how i if in "
    "into is it its may might more most no not of on or our such than that the their them then "
    "there these they this those to was we were what when where which while who whom why will "
    "with would you your".split()
)
