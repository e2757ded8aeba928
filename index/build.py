"""sources -> studies -> facts -> chunks -> embeddings -> Chroma (+ BM25), incremental and safe.

``build`` is the whole write side in one readable function. Safety comes from three rules:
(1) a study is written in one upsert with all its chunks, and its stale chunks are deleted
only after the new ones are in, so every study is always fully old or fully new;
(2) the collection's generation token changes before the first write, so the keyword index
knows it is stale if the run dies, and is rebuilt from Chroma on next load;
(3) nothing is pruned when the run found no usable study or the file it came from failed.
Studies already stored with the same content hash are skipped, so a rerun resumes.
"""

from __future__ import annotations

import hashlib
import sys
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

import numpy as np
from tqdm import tqdm

from index.chunk import chunk_study, fits_whole, header, token_budget
from index.embed import Embedder
from index.facts import FACTS_VERSION, sentences, with_facts
from index.lexical import LexicalRow, build_lexical, lexical_row, load_lexical, save_lexical
from index.merge import merge_studies
from index.records import Chunk, Rejection, Study
from index.settings import IndexSettings
from index.sources import read_paths
from index.sources.common import ReadResult
from index.sources.pages import PARSER_VERSION
from index.store import WRITE_ERRORS, Store, StoredStudy


@dataclass
class BuildReport:
    """What a build did, for the closing summary and for tests."""

    parsed: int = 0
    studies: int = 0
    embedded: int = 0
    chunks_written: int = 0
    skipped: int = 0
    pruned: int = 0
    replaced: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    total_studies: int = 0
    total_chunks: int = 0
    failure: str | None = None

    @property
    def ok(self) -> bool:
        """False when nothing usable was found in the given paths, or writing failed."""
        return self.studies > 0 and self.failure is None

    def summary(self) -> str:
        """One paragraph a person reads at the end of a build."""
        lines = [
            f"{self.parsed} records parsed -> {self.studies} studies; {self.embedded} embedded "
            f"({self.chunks_written} chunks), {self.skipped} unchanged, {self.pruned} pruned, "
            f"{len(self.rejections)} rejected.",
            f"Index now holds {self.total_studies} studies, {self.total_chunks} chunks.",
        ]
        return "\n".join(lines)


STORE_VERSION = 4


def fingerprint(study: Study, settings: IndexSettings) -> str:
    """What decides whether a stored study is current: its parsed content, the fact rules, the chunking.

    ``STORE_VERSION`` changes when what is stored per chunk changes (2: sentence vectors), so an
    older index is brought up to date by the next build instead of being half-featured forever.
    (3: chunks sized by the model's tokenizer; 4: text as the Chroma document, bulky data in the
    records collection.)
    """
    key = (
        f"{study.digest()}|facts-{FACTS_VERSION}|{settings.chunk_words}/{settings.chunk_overlap_sentences}"
        f"|store-{STORE_VERSION}|pages-{PARSER_VERSION}"
    )
    return hashlib.sha1(key.encode()).hexdigest()


def plan(studies: list[Study], stored: dict[str, StoredStudy], settings: IndexSettings) -> tuple[list, list]:
    """Split studies into (to write, unchanged) by comparing fingerprints; cheap, no model needed."""
    changed, unchanged = [], []
    for study in studies:
        digest = fingerprint(study, settings)
        have = stored.get(study.id)
        if have and have.content_hash == digest:
            unchanged.append(study)
        else:
            changed.append(replace(study, content_hash=digest))
    return changed, unchanged


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


def _progress(total: int, desc: str, quiet: bool) -> tqdm:
    return tqdm(total=total, desc=desc, unit="study", disable=quiet, file=sys.stderr, leave=True)


def read_studies(
    paths: Iterable[Path], settings: IndexSettings, quiet: bool = True
) -> tuple[list[Study], list[Rejection], int]:
    """Parse and merge duplicates (facts come later, only for studies that are written)."""
    bar = tqdm(desc="parsing", unit="file", disable=quiet, file=sys.stderr)

    def tick(so_far: ReadResult) -> None:
        bar.update(1)
        bar.set_postfix(studies=len(so_far.studies), rejected=len(so_far.rejections))

    try:
        result = read_paths(paths, int(settings.max_file_mb * 1_000_000), tick)
    finally:
        bar.close()
    kept = []
    for study in result.studies:
        if len(study.text()) > settings.max_record_chars:
            where = study.provenance[0]
            result.rejections.append(
                Rejection(
                    where.file,
                    where.line,
                    f"record is {len(study.text())} characters, over the {settings.max_record_chars} limit",
                )
            )
        else:
            kept.append(study)
    return merge_studies(kept), result.rejections, len(result.studies)


def build(
    paths: Iterable[Path],
    settings: IndexSettings | None = None,
    *,
    prune: bool = False,
    quiet: bool = False,
    embedder: Embedder | None = None,
    store: Store | None = None,
    max_records: int | None = None,
) -> BuildReport:
    """Index the studies under ``paths``; see the module docstring for the safety rules.

    ``max_records`` refuses the whole run (nothing written) when the sources hold more studies.
    """
    settings = settings or IndexSettings()
    paths = [Path(p) for p in paths]
    studies, rejections, parsed = read_studies(paths, settings, quiet)
    report = BuildReport(parsed=parsed, studies=len(studies), rejections=rejections)
    if max_records is not None and len(studies) > max_records:
        where = ", ".join(p.name for p in paths)
        report.rejections.append(
            Rejection(
                where,
                None,
                f"{len(studies)} studies is over the limit of "
                f"{max_records} per upload; nothing was indexed, split the file",
            )
        )
        report.studies = 0
        store = store or Store(settings)
        report.total_chunks, report.total_studies = store.count_chunks(), len(store.stored_studies())
        return report
    store = store or Store(settings)
    stored = store.stored_studies()
    to_write, unchanged = plan(studies, stored, settings)
    report.skipped = len(unchanged)
    new_ids = {s.id for s in studies}
    superseded = _superseded(studies, stored)
    doomed = _prune_list(stored, new_ids, rejections) if prune and report.ok else []
    known: dict[str, LexicalRow] = {}  # keyword-index rows of the chunks this run writes
    if to_write or superseded or doomed:
        store.touch()
        try:
            _write(store, to_write, stored, settings, embedder, report, quiet, known)
        except WRITE_ERRORS as exc:  # disk full, permissions, server gone: keep what is written
            report.failure = (
                f"writing stopped after {report.embedded} of {len(to_write)} studies: {exc}. "
                "Everything written before is kept and searchable; fix the cause and run the "
                "same command again to resume."
            )
            report.total_chunks = store.count_chunks()
            report.total_studies = len(store.stored_studies())
            return report
        store.delete_studies(sorted(set(superseded) | set(doomed)))
        report.replaced, report.pruned = len(superseded), len(doomed)
    if to_write or superseded or doomed:
        save_lexical(build_lexical(store, store.touch(), known), settings.lexical_dir)
    else:
        load_lexical(store, settings.lexical_dir)  # rebuilt only if missing or stale
    report.total_chunks = store.count_chunks()
    gone = set(superseded) | set(doomed)
    report.total_studies = len((set(stored) - gone) | new_ids)
    return report


def _write(
    store: Store,
    to_write: list,
    stored: dict[str, StoredStudy],
    settings: IndexSettings,
    embedder: Embedder | None,
    report: BuildReport,
    quiet: bool,
    known: dict[str, LexicalRow],
) -> None:
    """Prepare, embed and write in batches, showing progress; the three stages overlap.

    Studies are written longest first, so each batch holds texts of similar length and the
    encoder pads little; the order of writes does not matter to the index. With the fast encoder
    two batches are encoded at once, so its workers go on to the next batch instead of idling
    at the end of each; meanwhile the batch after is prepared (facts, chunks) here, and finished
    ones are written to Chroma in a background thread, several batches per upsert
    (``write_chunks``) except at the end, where each is written alone so that little is left to
    write once the encoder is done. Writes stay in order, at most one pending, and a batch counts
    as done only once it is in the store.
    """
    if not to_write:
        return
    to_write = sorted(to_write, key=lambda study: -len(study.text() or study.title or ""))
    embedder = embedder or Embedder(settings)
    embedder.model  # load (and say so) before the bar starts  # noqa: B018
    depth = 2 if embedder.fast is not None else 1  # sentence-transformers' encode is not run concurrently
    bar = _progress(len(to_write), "embedding", quiet)
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="follicle-write")
    encoder = ThreadPoolExecutor(max_workers=depth, thread_name_prefix="follicle-batch")
    pending: Future | None = None
    encoding: deque[tuple[list, list, Future]] = deque()

    def written(future: Future | None) -> None:
        """Wait for the previous batch's write; count it only once it is in the store."""
        if future is not None:
            batch, chunks = future.result()
            report.embedded += len(batch)
            report.chunks_written += len(chunks)
            bar.update(len(batch))
            bar.set_postfix(written=report.chunks_written, skipped=report.skipped, rejected=len(report.rejections))

    def write(ready: list[tuple[list, list, np.ndarray, list]]) -> tuple[list, list]:
        """Write several embedded batches in one upsert (each study still whole in it)."""
        batch = [pair for b, _, _, _ in ready for pair in b]
        chunks = [c for _, cs, _, _ in ready for c in cs]
        stale = [
            cid for study, cs in batch if study.id in stored for cid in stored[study.id].chunk_ids - {c.id for c in cs}
        ]
        vectors = np.concatenate([v for _, _, v, _ in ready])
        store.write([s for s, _ in batch], chunks, vectors, stale, [x for _, _, _, late in ready for x in late])
        known.update(  # tokenized here, while the encoder runs, instead of after the last write
            (c.id, lexical_row(s.id, s.title, s.journal, s.study_type, c.text)) for s, cs in batch for c in cs
        )
        return batch, chunks

    def start(studies: list[Study]) -> None:
        """Prepare a batch and queue its encoding (one pass gives chunk and sentence vectors)."""
        batch = prepare(studies, settings, embedder)
        chunks = [c for _, cs in batch for c in cs]
        job = encoder.submit(embedder.encode_late, [c.embed_text for c in chunks], [c.spans for c in chunks])
        encoding.append((batch, chunks, job))

    upcoming = (to_write[i : i + settings.write_batch] for i in range(0, len(to_write), settings.write_batch))
    try:
        for studies in islice(upcoming, depth):
            start(studies)
        ready: list[tuple[list, list, np.ndarray, list]] = []
        while encoding:
            batch, chunks, job = encoding.popleft()
            following = next(upcoming, None)
            if following:
                start(following)  # prepared while the queued batches encode
            ready.append((batch, chunks, *job.result()))
            if sum(len(r[1]) for r in ready) >= settings.write_chunks or following is None:  # small last write
                written(pending)
                pending = writer.submit(write, ready)
                ready = []
        written(pending)
        pending = None
    finally:
        if pending is not None:
            pending.exception()  # never leave a write running behind a failure
        writer.shutdown(wait=True)
        encoder.shutdown(wait=True, cancel_futures=True)
        bar.close()


def _superseded(studies: list[Study], stored: dict[str, StoredStudy]) -> list[str]:
    """Stored studies this run replaces under a new id.

    Either an alias (a page's hash id, now known by its DOI), an edited record (a stored study
    read from the same file and line as a study of this run, which that run no longer produces:
    editing a TLDR changes a hash id, and the edit still updates the study in place), or a study
    whose every source file was read again and no longer yields it (a page parsed by a newer
    reader that drops boilerplate or merges a duplicate). Files that yielded nothing this run
    (unreadable, or failed) are never taken as the truth about what they hold.
    """
    new_ids = {s.id for s in studies}
    here = {f"{p.file}:{p.line}" for s in studies for p in s.provenance}
    read_again = {p.file for s in studies for p in s.provenance}
    aliases = {a for s in studies for a in s.aliases}
    return sorted(
        sid
        for sid, info in stored.items()
        if sid not in new_ids
        and (sid in aliases or here.intersection(info.positions) or (info.files and set(info.files) <= read_again))
    )


def _prune_list(stored: dict[str, StoredStudy], keep: set[str], rejections: list[Rejection]) -> list[str]:
    """Stored studies not produced by this run, except those from files that failed this run."""
    failed_files = {r.file for r in rejections}
    return sorted(sid for sid, info in stored.items() if sid not in keep and not failed_files.intersection(info.files))
