"""Fidelity on real-world page layouts: field accuracy of the page reader, and fact precision by class.

    python bench/fidelity.py [--baseline REV]

1. The page dev set (tests/data/devpages: 32 pages in every layout real summary pages use):
   per field, how many of the listed studies the reader got exactly right, plus the failure
   counts the issue names (boilerplate in stored text, lost header years/journals, lost citation
   counts, duplicates left after merging, pages with a study rejected whole). The same table is
   computed for the page reader at git revision REV (default: the last one before the rewrite),
   loaded from git, so before and after come from one run.
2. The labelled facts set (tests/data/facts_labelled.jsonl): precision and recall per design
   class and per safety class.
Writes both tables to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from common import write_section  # noqa: E402

from index.facts import with_facts  # noqa: E402
from index.merge import merge_studies  # noqa: E402
from index.records import Study  # noqa: E402
from index.sources.pages import is_boilerplate, read_page  # noqa: E402

DEV = ROOT / "tests" / "data" / "devpages"
FIELDS = ("title", "tldr", "summary", "journal", "year", "month", "citations", "authors", "site")
BEFORE = "f7c59fd"  # main before the page-reader rewrite


def old_reader(rev: str):  # the module's read_page
    """The page reader as it was at ``rev``, imported from git into a throwaway module."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:index/sources/pages.py"], capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "pages_old.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("pages_old", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_page


def score_pages(read) -> dict[str, str]:  # a read_page function
    """Field accuracy and failure counts of one page reader over the dev set."""
    expected = [json.loads(line) for line in (DEV / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    by_page = defaultdict(list)
    for row in expected:
        by_page[row["page"]].append(row)
    right = Counter()
    boiler = lost_date = lost_cites = rejected_whole = 0
    studies: list[Study] = []
    for page, rows in sorted(by_page.items()):
        got = read((DEV / "pages" / page).read_text(encoding="utf-8"), page).studies
        studies += got
        if not any(s.provenance and s.provenance[0].role == "lead" for s in got):
            rejected_whole += 1
        boiler += sum(
            1
            for s in got
            for line in s.text().splitlines()
            if is_boilerplate(line) or "citations" in line or "→" in line or "[object Object]" in line
        )
        lead = next((s for s in got if s.provenance and s.provenance[0].role == "lead"), None)
        want = rows[0]
        if lead is not None and want["year"] and (lead.year != want["year"] or lead.journal != want["journal"]):
            lost_date += 1
        matched = {row["tldr"] or row["summary"]: row for row in rows}
        for s in got:
            row = matched.get(s.tldr or s.summary)
            if row is None:
                continue
            for f in FIELDS:
                value = list(getattr(s, f)) if f == "authors" else getattr(s, f)
                right[f] += value == row[f]
            if row["citations"] is not None and s.citations != row["citations"]:
                lost_cites += 1
    distinct = len({row["key"] for row in expected})
    merged = len(merge_studies(studies))
    out = {f: f"{right[f]}/{len(expected)}" for f in FIELDS}
    out |= {
        "studies read": f"{len(studies)} (expected {len(expected)})",
        "boilerplate/debris lines stored": str(boiler),
        "lead header year/journal lost": str(lost_date),
        "citation counts lost": str(lost_cites),
        "duplicates after merge": str(merged - distinct),
        "pages rejected whole": str(rejected_whole),
    }
    return out


def score_facts(name: str) -> list[str]:
    """Precision and recall per design and safety class on one labelled set."""
    rows = [json.loads(line) for line in (ROOT / "tests/data" / name).read_text().splitlines()]
    lines = ["| field | class | precision | recall | labelled |", "|---|---|---|---|---|"]
    for field, attr in (("design", "study_type"), ("safety", "safety"), ("n", "participants")):
        correct, predicted, labelled = Counter(), Counter(), Counter()
        for row in rows:
            got = getattr(with_facts(Study(title=row.get("title"), tldr=row.get("tldr"), summary=row["text"])), attr)
            want = row[field]
            key = (lambda v: "a number" if v is not None else None) if field == "n" else (lambda v: v)
            if got is not None:
                predicted[key(got)] += 1
                correct[key(got)] += got == want
            if want is not None:
                labelled[key(want)] += 1
        for name in sorted(set(predicted) | set(labelled)):
            p = f"{correct[name] / predicted[name]:.2f} ({correct[name]}/{predicted[name]})" if predicted[name] else "–"
            r = f"{correct[name] / labelled[name]:.2f}" if labelled[name] else "–"
            lines.append(f"| {field} | {name} | {p} | {r} | {labelled[name]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BEFORE, help=f"git revision of the old page reader (default {BEFORE})")
    args = parser.parse_args()
    before, after = score_pages(old_reader(args.baseline)), score_pages(read_page)
    lines = [f"| page dev set (32 pages) | reader at {args.baseline} | this reader |", "|---|---|---|"]
    lines += [f"| {k} | {before[k]} | {after[k]} |" for k in after]
    lines += ["", "Facts on tests/data/facts_labelled.jsonl (78 studies; the rules were written against it):", ""]
    lines += score_facts("facts_labelled.jsonl")
    lines += ["", "Facts on tests/data/facts_heldout.jsonl (20 studies written after the rules):", ""]
    heldout = score_facts("facts_heldout.jsonl")
    lines += heldout
    full = sum(len(set(after[f].split("/"))) == 1 for f in FIELDS)
    write_section(
        "Fidelity: page layouts and facts",
        "python bench/fidelity.py",
        lines,
        key="fidelity",
        figure=f"page dev set: {full} of {len(FIELDS)} fields right on every study, studies read "
        f"{after['studies read']}; facts on the held-out set: {precision(heldout)} of the values given are right",
    )


def precision(lines: list[str]) -> str:
    """'right/given' summed over a facts table's precision column."""
    pairs = [tuple(map(int, m)) for m in re.findall(r"\((\d+)/(\d+)\)", "\n".join(lines))]
    return f"{sum(p[0] for p in pairs)}/{sum(p[1] for p in pairs)}"


if __name__ == "__main__":
    main()
