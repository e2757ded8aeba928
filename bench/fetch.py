"""`index fetch pubmed` end to end against the fake E-utilities server, next to a plain build of the same files.

    .venv/bin/python bench/fetch.py [--records 5000]

The fake server (tests/fake_eutils.py) serves SciFact abstracts (../shared/data) as PubMed XML,
so records have real lengths. One run, one loaded model, measured in this order:

1. fetch: ESearch, EFetch in pages of 200 at NCBI's 3 requests/s, save one file per PMID, build;
2. plain build of the same files into a fresh index (what a user who downloaded them would run);
3. unchanged rerun of the fetch (incremental: asks only for records revised since the first run).

The fetch overhead is the ratio (1) / (2); the request spacing alone is a floor of
pages x 0.37 s (the gaps between ESearch and the last EFetch), shown beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from common import DATA, ROOT, write_section

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fake_eutils import FakeEUtils, records  # noqa: E402

from index.build import build  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.eutils import INTERVAL  # noqa: E402
from index.fetch import fetch_pubmed  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def scifact_records(n: int) -> list:
    """The first n SciFact abstracts as PubMed records (PMIDs 80000000 + i, so they never clash)."""
    out = []
    with (DATA / "scifact" / "corpus.jsonl").open() as fh:
        for i, line in enumerate(fh):
            if i == n:
                break
            doc = json.loads(line)
            out.append(
                records.Record(
                    pmid=str(80_000_000 + i),
                    title=doc["title"] or f"Untitled {i}",
                    abstract=((None, doc["text"]),) if doc["text"].strip() else (),
                    journal="SciFact Corpus",
                    year=2000 + i % 25,
                    month=MONTHS[i % 12],
                    authors=(("Scifact", "X"),),
                    mesh=("Benchmark",),
                )
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=5000)
    args = ap.parse_args()
    fake = FakeEUtils(scifact_records(args.records)).start()
    embedder = Embedder(IndexSettings())
    embedder.model  # loaded before any clock starts  # noqa: B018
    with tempfile.TemporaryDirectory() as tmp:
        fetched_settings = IndexSettings(data_dir=Path(tmp) / "fetched", eutils_url=fake.url)
        t0 = time.perf_counter()
        report = fetch_pubmed("benchmark", fetched_settings, quiet=True, embedder=embedder)
        fetch_total = time.perf_counter() - t0
        efetch_log = [e for e in fake.log if e.endpoint == "efetch.fcgi"]
        network = efetch_log[-1].at - fake.log[0].at  # first request to last page's arrival
        assert report.ok, report.summary()

        plain_settings = IndexSettings(data_dir=Path(tmp) / "plain")
        t0 = time.perf_counter()
        plain = build([fetched_settings.pubmed_dir], plain_settings, quiet=True, embedder=embedder)
        plain_total = time.perf_counter() - t0

        t0 = time.perf_counter()
        again = fetch_pubmed("benchmark", fetched_settings, quiet=True, embedder=embedder)
        rerun_total = time.perf_counter() - t0
    fake.stop()
    pages = len(efetch_log)
    floor = pages * INTERVAL[False]  # gaps between the ESearch and the last EFetch
    studies = report.build.total_studies
    lines = [
        f"{args.records:,} SciFact abstracts served as PubMed XML by the fake server; {studies:,} studies indexed "
        f"({report.fetched:,} fetched in {pages} EFetch pages; {sum(report.skipped.values())} without an abstract).",
        "",
        "| run | seconds | records/s | vs plain build |",
        "|---|---|---|---|",
        f"| fetch + save + build (as shipped, 3 requests/s) | {fetch_total:.1f} | {studies / fetch_total:.0f} "
        f"| {fetch_total / plain_total:.2f}x |",
        f"| of which: requests until the last page arrived | {network:.1f} | | (spacing floor {floor:.1f} s) |",
        f"| plain `index build` of the same files | {plain_total:.1f} | {plain.studies / plain_total:.0f} | 1.00x |",
        f"| unchanged rerun (asks only for revisions) | {rerun_total:.1f} | | {rerun_total / plain_total:.2f}x |",
        "",
        f"Unchanged rerun: fetched {again.fetched}, embedded {again.build.embedded if again.build else 0}.",
    ]
    write_section(
        f"Fetch from PubMed: {args.records:,} records",
        f"python bench/fetch.py --records {args.records}",
        lines,
        key="fetch",
        figure=f"{studies:,} records fetched, saved and indexed in {fetch_total:.1f} s, "
        f"{fetch_total / plain_total:.2f}x a plain build of the same files; unchanged rerun {rerun_total:.1f} s",
    )


if __name__ == "__main__":
    main()
