"""Fetch a PubMed search into the data directory, then index it: ``python -m index fetch pubmed QUERY``.

Every record is saved as ``<data-dir>/sources/pubmed/<PMID>.xml`` (written whole, then renamed),
so the files are the truth and ``build`` can always redo the index from them: a revision
overwrites its PMID's file, a rerun never doubles a record, and a run killed at any point leaves
only whole files. A query's date is remembered only after its records are fetched *and*
indexed, so the next run asks PubMed for what was added or revised since (ESearch ``mdat``),
and a run that stopped early is simply run again.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element, tostring

from tqdm import tqdm

from index.build import BuildReport, build
from index.embed import Embedder
from index.eutils import EUtils, PubMedError
from index.records import Rejection
from index.settings import IndexSettings
from index.sources.pubmed import article_study

ESEARCH_LIMIT = 10_000  # PubMed's E-utilities page through at most the first 10,000 hits of a search
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
XML_TAIL = b"\n</PubmedArticleSet>\n"


@dataclass
class FetchReport:
    """What one fetch did; ``summary`` is the line a person reads at the end."""

    query: str
    since: date | None = None
    matched: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> records not saved
    capped: str | None = None  # why fewer records than matched were fetched
    retried: list[str] = field(default_factory=list)
    build: BuildReport | None = None
    failure: str | None = None

    @property
    def ok(self) -> bool:
        """True when every record asked for was fetched and indexed."""
        return self.failure is None and (self.build is None or self.build.failure is None)

    def summary(self) -> str:
        """'fetched 1,240 records (1,238 new, 2 updated); index now holds 1,246 studies' and any caveats."""
        counts = f"{self.new:,} new, {self.updated:,} updated" + (
            f", {self.unchanged:,} unchanged" if self.unchanged else ""
        )
        held = f"; index now holds {self.build.total_studies:,} studies" if self.build else ""
        lines = [f"fetched {self.fetched:,} record{'' if self.fetched == 1 else 's'} ({counts}){held}"]
        if self.skipped:
            lines.append("not indexed: " + ", ".join(f"{n:,} {why}" for why, n in self.skipped.most_common()))
        if self.capped:
            lines.append(self.capped)
        if self.failure:
            lines.append(f"error: {self.failure}")
        elif self.build and self.build.failure:
            lines.append(f"error: {self.build.failure}")
        return "\n".join(lines)


class FetchState:
    """Per query: the date from which the next run asks for new or revised records."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.queries: dict[str, dict] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.queries = {}  # missing or unreadable: the next run fetches everything, which is safe

    @staticmethod
    def key(query: str) -> str:
        """Queries that differ only in spacing or case are one query."""
        return " ".join(query.split()).lower()

    def since(self, query: str) -> date | None:
        """Where the last complete run of this query left off (None: fetch everything)."""
        entry = self.queries.get(self.key(query))
        if not entry or not entry.get("complete"):
            return None
        try:
            return date.fromisoformat(entry["since"])
        except (KeyError, ValueError):
            return None

    def record(self, query: str, since: date, complete: bool) -> None:
        """Remember a finished run and write the file whole."""
        self.queries[self.key(query)] = {
            "query": query,
            "since": since.isoformat(),
            "complete": complete,
            "ran_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        write_whole(self.path, json.dumps(self.queries, indent=2, ensure_ascii=False).encode())


def write_whole(path: Path, data: bytes) -> None:
    """Write to a hidden temporary file beside ``path``, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def save_record(article: Element, directory: Path) -> str:
    """Save one EFetch record as ``<PMID>.xml``: 'new', 'updated', 'unchanged' or why it was not saved.

    Records the readers would reject (no abstract, erratum and retraction notices) are not saved,
    so a build of the folder reports nothing for them; a later revision that adds an abstract
    is fetched again (its revision date changes) and saved then.
    """
    if article.tag != "PubmedArticle":
        return "book chapters or deletions" if article.tag in ("PubmedBookArticle", "DeleteCitation") else article.tag
    pmid = (article.findtext("MedlineCitation/PMID") or "").strip()
    if not pmid.isdigit():
        return "without a PMID"
    path = directory / f"{pmid}.xml"
    study = article_study(article, str(path), 1)
    if isinstance(study, Rejection):
        return "notices (errata, retractions)" if "notice" in study.message else "without an abstract"
    article.tail = None
    data = XML_HEAD + tostring(article, encoding="utf-8", xml_declaration=False) + XML_TAIL
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = None
    if old == data:
        return "unchanged"
    write_whole(path, data)
    return "new" if old is None else "updated"


def run_date() -> date:
    """The date a run asks from next time: yesterday in UTC, since PubMed dates records in US Eastern time."""
    return datetime.now(UTC).date() - timedelta(days=1)


def fetch_pubmed(
    query: str,
    settings: IndexSettings | None = None,
    *,
    max_records: int = ESEARCH_LIMIT,
    since: date | None = None,
    quiet: bool = False,
    embedder: Embedder | None = None,
    client: EUtils | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FetchReport:
    """Search PubMed, save new and revised records, index them; see the module docstring.

    Raises ``PubMedUnreachable`` before anything is written when the server cannot be contacted,
    and ``PubMedError`` when PubMed refuses the query.
    """
    settings = settings or IndexSettings()
    query = " ".join(query.split())
    if not query:
        raise ValueError("the PubMed query is empty")
    state = FetchState(settings.fetch_state)
    started = run_date()
    report = FetchReport(query, since or state.since(query))
    client = client or EUtils(settings)
    try:
        search = client.search(query, report.since)
        report.matched = search.count
        wanted = _wanted(report, max_records)
        _fetch_pages(client, search, wanted, settings, report, quiet, progress)
    finally:
        report.retried = list(client.retried)
        client.close()
    if any(settings.pubmed_dir.glob("*.xml")):
        report.build = build([settings.pubmed_dir], settings, quiet=quiet, embedder=embedder)
    if report.ok:
        state.record(query, started, complete=report.capped is None)
    return report


def _wanted(report: FetchReport, max_records: int) -> int:
    """How many of the matches to fetch; says why when that is fewer than all."""
    wanted = min(report.matched, max_records, ESEARCH_LIMIT)
    if wanted < report.matched:
        limit = "--max" if wanted == max_records else "PubMed's limit of 10,000 per search"
        report.capped = (
            f"the query matches {report.matched:,} records: fetched the {wanted:,} most recent ({limit}); "
            "narrow the query or raise --max for the rest (the next run fetches all of them again)"
        )
    return wanted


def _fetch_pages(
    client: EUtils,
    search,
    wanted: int,
    settings: IndexSettings,
    report: FetchReport,
    quiet: bool,
    progress: Callable[[int, int], None] | None,
) -> None:
    """EFetch page after page, saving each record as it comes; a page that keeps failing stops the run."""
    directory = settings.pubmed_dir
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob(".*.tmp"):  # left by a run killed mid-write; never read
        stale.unlink(missing_ok=True)
    bar = tqdm(total=wanted, desc="fetching", unit="record", disable=quiet, file=sys.stderr)
    try:
        for start in range(0, wanted, settings.fetch_batch):
            try:
                records = client.fetch(search, start, min(settings.fetch_batch, wanted - start))
            except PubMedError as exc:
                report.failure = (
                    f"stopped after {report.fetched:,} of {wanted:,} records: {exc}. The records fetched are "
                    "saved and indexed; run the same command again to fetch the rest."
                )
                return
            if not _save_page(records, directory, report):
                return
            report.fetched += len(records)
            bar.update(len(records))
            if progress:
                progress(report.fetched, wanted)
    finally:
        bar.close()


def _save_page(records: list[Element], directory: Path, report: FetchReport) -> bool:
    """Save one page's records and count them; False (with the reason) when the disk refuses."""
    for record in records:
        try:
            outcome = save_record(record, directory)
        except OSError as exc:  # disk full, permissions: what is saved stays, and is indexed
            saved = report.new + report.updated
            report.failure = (
                f"cannot save records in {directory}: {exc.strerror or exc}. The {saved:,} saved before "
                "are indexed; fix the cause and run the same command again."
            )
            return False
        if outcome in ("new", "updated", "unchanged"):
            setattr(report, outcome, getattr(report, outcome) + 1)
        else:
            report.skipped[outcome] += 1
    return True


def parse_since(text: str) -> date:
    """--since YYYY/MM/DD (PubMed's form) or YYYY-MM-DD."""
    match = re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", text.strip())
    if not match:
        raise ValueError(f"--since {text!r}: expected a date like 2024/01/31")
    return date(*map(int, match.groups()))
