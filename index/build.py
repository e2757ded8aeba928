"""sources -> studies -> facts -> chunks -> embeddings -> Chroma (+ BM25), incremental and safe.

``build`` is the whole run in one readable function (the overlapped prepare → encode → write
stages are ``index/write.py``). Safety comes from three rules:
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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from index.embed import Embedder
from index.facts import FACTS_VERSION
from index.lexical import LexicalRow, build_lexical, load_lexical, save_lexical
from index.merge import merge_studies
from index.records import Rejection, Study
from index.settings import IndexSettings
from index.sources import read_paths
from index.sources.common import ReadResult
from index.sources.pages import PARSER_VERSION
from index.store import WRITE_ERRORS, Store, StoredStudy
from index.write import Batch, progress, write_studies


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
    furniture: int = 0  # lines of page furniture skipped: links, headings, counters, community posts
    undated: int = 0  # related studies printed as a TLDR alone: indexed, cited with their page as source
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
        ]
        if self.furniture:
            lines.append(f"{self.furniture} lines of page furniture skipped (links, headings, community posts).")
        if self.undated:
            lines.append(
                f"{self.undated} related {'study' if self.undated == 1 else 'studies'} with no date or journal "
                "(indexed, cited with their page as the source)."
            )
        lines.append(f"Index now holds {self.total_studies} studies, {self.total_chunks} chunks.")
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


def read_studies(
    paths: Iterable[Path], settings: IndexSettings, quiet: bool = True, report: BuildReport | None = None
) -> tuple[list[Study], list[Rejection], int]:
    """Parse and merge duplicates (facts come later, only for studies that are written).

    ``report`` (if given) is told how many lines of page furniture were skipped and how many
    related studies have no date or journal: neither is a rejection, and a person should know both.
    """
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
    merged = merge_studies(kept)
    if report is not None:
        report.furniture = result.furniture
        report.undated = sum(1 for s in merged if _undated_related(s))
    return merged, result.rejections, len(result.studies)


def _undated_related(study: Study) -> bool:
    """A study known only from related entries printed without a date or journal."""
    return (
        study.year is None
        and study.journal is None
        and bool(study.provenance)
        and all(p.format == "page" and p.role == "related" for p in study.provenance)
    )


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
    report = BuildReport()
    studies, rejections, parsed = read_studies(paths, settings, quiet, report)
    report.parsed, report.studies, report.rejections = parsed, len(studies), rejections
    store = store or Store(settings)
    if max_records is not None and len(studies) > max_records:
        return _refused(report, paths, max_records, store)
    stored = store.stored_studies()
    to_write, unchanged = plan(studies, stored, settings)
    report.skipped = len(unchanged)
    superseded = _superseded(studies, stored)
    doomed = _prune_list(stored, {s.id for s in studies}, rejections) if prune and report.ok else []
    if not (to_write or superseded or doomed):
        load_lexical(store, settings.lexical_dir)  # rebuilt only if missing or stale
        return _totals(report, store, len(stored))
    store.touch()
    try:
        known = _write(store, to_write, stored, settings, embedder, report, quiet)
    except WRITE_ERRORS as exc:  # disk full, permissions, server gone: keep what is written
        report.failure = (
            f"writing stopped after {report.embedded} of {len(to_write)} studies: {exc}. "
            "Everything written before is kept and searchable; fix the cause and run the "
            "same command again to resume."
        )
        return _totals(report, store)
    gone = sorted(set(superseded) | set(doomed))
    store.delete_studies(gone)
    report.replaced, report.pruned = len(superseded), len(doomed)
    save_lexical(build_lexical(store, store.touch(), known), settings.lexical_dir)
    return _totals(report, store, len((set(stored) - set(gone)) | {s.id for s in studies}))


def _refused(report: BuildReport, paths: list[Path], max_records: int, store: Store) -> BuildReport:
    """Nothing written: the sources hold more studies than one upload may add."""
    report.rejections.append(
        Rejection(
            ", ".join(p.name for p in paths),
            None,
            f"{report.studies} studies is over the limit of {max_records} per upload; "
            "nothing was indexed, split the file",
        )
    )
    report.studies = 0
    return _totals(report, store)


def _totals(report: BuildReport, store: Store, studies: int | None = None) -> BuildReport:
    """Fill in what the index holds now (``studies`` when the caller already knows it)."""
    report.total_chunks = store.count_chunks()
    report.total_studies = len(store.stored_studies()) if studies is None else studies
    return report


def _write(
    store: Store,
    to_write: list[Study],
    stored: dict[str, StoredStudy],
    settings: IndexSettings,
    embedder: Embedder | None,
    report: BuildReport,
    quiet: bool,
) -> dict[str, LexicalRow]:
    """Prepare, embed and write ``to_write`` (index/write.py), counting each batch once it is in the store."""
    if not to_write:
        return {}
    embedder = embedder or Embedder(settings)
    embedder.model  # load (and say so) before the bar starts  # noqa: B018
    bar = progress(len(to_write), "embedding", quiet)

    def written(done: list[Batch]) -> None:
        report.embedded += sum(len(b.studies) for b in done)
        report.chunks_written += sum(len(b.chunks) for b in done)
        bar.update(sum(len(b.studies) for b in done))
        bar.set_postfix(written=report.chunks_written, skipped=report.skipped, rejected=len(report.rejections))

    try:
        return write_studies(store, to_write, stored, settings, embedder, written)
    finally:
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
