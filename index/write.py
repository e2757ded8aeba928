"""The build's write stages: prepare (facts, chunks) → encode → write to the store, overlapped.

Studies are written longest first, so each batch holds texts of similar length and the encoder
pads little; the order of writes does not matter to the index. With the fast encoder two batches
are encoded at once, so its sessions go on to the next batch instead of idling at the end of
each; meanwhile the batch after is prepared on this thread, and encoded batches are written to
Chroma on a writer thread, several per upsert (``write_chunks``) except at the end, where each
is written alone so that little is left to write once the encoder is done. Writes stay in
order, at most one pending, and a batch counts as done only once it is in the store.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from tqdm import tqdm

from index.chunk import chunk_study, fits_whole, header, token_budget
from index.embed import Embedder
from index.facts import sentences, with_facts
from index.lexical import LexicalRow, lexical_row
from index.records import Chunk, Study
from index.settings import IndexSettings
from index.store import Store, StoredStudy


@dataclass
class Batch:
    """Studies moving through the stages together: their chunks, then the vectors of those chunks."""

    studies: list[tuple[Study, list[Chunk]]]
    vectors: np.ndarray | None = None
    sentence_vectors: list[np.ndarray | None] = field(default_factory=list)

    @property
    def chunks(self) -> list[Chunk]:
        """Every chunk of the batch, in study order (the order of the vectors)."""
        return [c for _, cs in self.studies for c in cs]


def prepare(studies: list[Study], settings: IndexSettings, embedder: Embedder) -> list[tuple[Study, list[Chunk]]]:
    """Facts and chunks of studies about to be written (chunks are sized by the model's tokenizer).

    Done batch by batch while the previous batch is being encoded, so this single-threaded work
    overlaps the encoder instead of running before it; an unchanged rebuild never does it.
    """
    studies = [with_facts(study) for study in studies]
    counts = _token_counts(studies, settings, embedder)
    return [
        (
            study,
            chunk_study(
                study,
                settings.chunk_words,
                settings.chunk_overlap_sentences,
                lambda texts: [counts[t] for t in texts],
                embedder.max_tokens,
            ),
        )
        for study in studies
    ]


def _token_counts(studies: list[Study], settings: IndexSettings, embedder: Embedder) -> dict[str, int]:
    """Token counts of every header, text and sentence the chunker will ask about, in two batches.

    One tokenizer call per study would cost more than the chunking itself. A text is counted only
    when it has few enough words to be one chunk, its sentences only when it is not, so a corpus is
    tokenized about once (SciFact: ~4 s of tokenizing, 6.5 s when every text and sentence was counted).
    """
    counts: dict[str, int] = {}

    def count(texts: set[str]) -> None:
        ordered = sorted(texts - counts.keys())
        counts.update(zip(ordered, embedder.count_tokens(ordered), strict=True))

    def known(texts: list[str]) -> list[int]:
        return [counts[t] for t in texts]

    texts = [(study, study.text() or study.title or "") for study in studies]
    short = {text for _, text in texts if len(text.split()) <= settings.chunk_words}  # others split anyway
    count({header(study) for study in studies} | short)
    count(
        {
            sentence
            for study, text in texts
            if not fits_whole(
                text, settings.chunk_words, token_budget(header(study), known, embedder.max_tokens), known
            )
            for sentence in sentences(text)
        }
    )
    return counts


class WritePipeline:
    """Prepare and encode up to ``depth`` batches ahead; write encoded ones in order, one write pending."""

    def __init__(
        self,
        store: Store,
        stored: dict[str, StoredStudy],
        settings: IndexSettings,
        embedder: Embedder,
        on_written: Callable[[list[Batch]], None],
    ) -> None:
        self.store, self.stored, self.settings, self.embedder = store, stored, settings, embedder
        self.on_written = on_written
        self.depth = 2 if embedder.fast is not None else 1  # sentence-transformers' encode is not run concurrently
        self.encoder = ThreadPoolExecutor(max_workers=self.depth, thread_name_prefix="follicle-batch")
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="follicle-write")
        self.encoding: deque[tuple[Batch, Future]] = deque()
        self.pending: Future | None = None
        self.known: dict[str, LexicalRow] = {}  # keyword-index rows of the chunks written

    def start(self, studies: list[Study]) -> None:
        """Prepare a batch here and queue its encoding (one pass gives chunk and sentence vectors)."""
        batch = Batch(prepare(studies, self.settings, self.embedder))
        chunks = batch.chunks
        job = self.encoder.submit(self.embedder.encode_late, [c.embed_text for c in chunks], [c.spans for c in chunks])
        self.encoding.append((batch, job))

    def next_encoded(self, following: list[Study] | None) -> Batch:
        """The oldest batch once encoded; ``following`` is prepared meanwhile, while the queued batches encode."""
        batch, job = self.encoding.popleft()
        if following:
            self.start(following)
        batch.vectors, batch.sentence_vectors = job.result()
        return batch

    def write(self, ready: list[Batch]) -> None:
        """Write encoded batches in one upsert, after the previous write is in the store."""
        self.wait()
        self.pending = self.writer.submit(self._write, ready)

    def wait(self) -> None:
        """Wait for the pending write and report it (a write failure is raised here)."""
        if self.pending is not None:
            done, self.pending = self.pending, None
            self.on_written(done.result())

    def close(self) -> None:
        """Never leave a write running behind a failure; stop encoding what is no longer wanted."""
        if self.pending is not None:
            self.pending.exception()
        self.writer.shutdown(wait=True)
        self.encoder.shutdown(wait=True, cancel_futures=True)

    def _write(self, ready: list[Batch]) -> list[Batch]:
        """One upsert for several batches (each study whole in it), then their keyword rows."""
        pairs = [pair for b in ready for pair in b.studies]
        chunks = [c for b in ready for c in b.chunks]
        stale = [
            cid
            for study, cs in pairs
            if study.id in self.stored
            for cid in self.stored[study.id].chunk_ids - {c.id for c in cs}
        ]
        vectors = np.concatenate([b.vectors for b in ready])
        self.store.write([s for s, _ in pairs], chunks, vectors, stale, [x for b in ready for x in b.sentence_vectors])
        self.known.update(  # tokenized here, while the encoder runs, instead of after the last write
            (c.id, lexical_row(s.id, s.title, s.journal, s.study_type, c.text)) for s, cs in pairs for c in cs
        )
        return ready


def batches(studies: list[Study], size: int) -> Iterator[list[Study]]:
    """Longest studies first, ``size`` at a time (similar lengths pad little)."""
    ordered = sorted(studies, key=lambda study: -len(study.text() or study.title or ""))
    return (ordered[i : i + size] for i in range(0, len(ordered), size))


def write_studies(
    store: Store,
    to_write: list[Study],
    stored: dict[str, StoredStudy],
    settings: IndexSettings,
    embedder: Embedder,
    on_written: Callable[[list[Batch]], None],
) -> dict[str, LexicalRow]:
    """Run the pipeline over ``to_write``; returns the keyword rows of every chunk written."""
    pipeline = WritePipeline(store, stored, settings, embedder, on_written)
    upcoming = batches(to_write, settings.write_batch)
    try:
        for _ in range(pipeline.depth):
            if (studies := next(upcoming, None)) is not None:
                pipeline.start(studies)
        ready: list[Batch] = []
        while pipeline.encoding:
            following = next(upcoming, None)
            ready.append(pipeline.next_encoded(following))
            if sum(len(b.chunks) for b in ready) >= settings.write_chunks or following is None:  # small last write
                pipeline.write(ready)
                ready = []
        pipeline.wait()
    finally:
        pipeline.close()
    return pipeline.known


def progress(total: int, desc: str, quiet: bool) -> tqdm:
    """The progress bar of a build stage."""
    return tqdm(total=total, desc=desc, unit="study", disable=quiet, file=sys.stderr, leave=True)
