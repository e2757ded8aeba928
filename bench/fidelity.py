"""Fidelity on real-world page layouts: field accuracy of the page reader, and fact precision by class.

    python bench/fidelity.py [--baseline REV] [--set FILE ...] [--pages DIR] [--speed] [--no-write]

1. The page dev set (tests/data/devpages: 32 generated pages in every layout real summary pages
   use, and 18 in the layouts a survey of real pages met, issue 22): per field, how many of the
   listed studies the reader got exactly right, plus the failure counts the issues name
   (boilerplate in stored text, lost header years/journals, dates glued into titles, lost
   citation counts, duplicates left after merging, pages rejected whole, furniture reported as
   rejected). The same table is computed for the page reader and fact rules at git revision REV
   (default: main before issue 22), loaded from git, so before and after come from one run.
   --pages DIR scores another folder of pages instead, with its own DIR/expected.jsonl (rows whose
   page is not in DIR are left out), e.g. the held-out pages tests/data/devpages/heldout on their
   first run; its table is written under its own key, so the dev set's section is kept.
2. The "not stated" share: of the studies read from the dev pages, how many get no design, by
   the rules at REV and now.
3. Labelled facts sets (tests/data/facts_labelled.jsonl; tests/data/facts_heldout.jsonl, 20
   studies held out before the earlier rules and 45 before those of issue 22, each merged after
   its first run; any --set FILE, e.g. a new held-out part on its first run): precision and
   recall per design class and per safety class, design recall over the studies whose text states or implies one, and
   n accuracy.
4. --speed: CPU time of the fact rules over the SciFact corpus (../shared/data), the rules at REV
   and now, alternated three times in one run (best of three each), as a ratio.
Writes the tables to docs/benchmarks.md (unless --no-write).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, write_section  # noqa: E402

from index.facts import with_facts  # noqa: E402
from index.merge import merge_studies  # noqa: E402
from index.records import Study  # noqa: E402
from index.sources.pages import is_boilerplate, read_page  # noqa: E402

DEV = ROOT / "tests" / "data" / "devpages"
FIELDS = ("title", "tldr", "summary", "journal", "year", "month", "citations", "authors", "site")
BEFORE = "356e057"  # main before issue 22 (headers by structure, furniture, designs and n)
SETS = ("facts_labelled.jsonl", "facts_heldout.jsonl", "facts_heldout_b.jsonl")  # B: tuned on after its first run


def old_module(rev: str, path: str, name: str):
    """A module of the project as it was at ``rev``, imported from git into a throwaway module."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:{path}"], capture_output=True, text=True, check=True
    ).stdout
    file = Path(tempfile.mkdtemp()) / f"{name}.py"
    file.write_text(source)
    spec = importlib.util.spec_from_file_location(name, file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def page_rows(folder: Path | None = None) -> tuple[list[dict], dict[str, Path]]:
    """The expected studies of a page set and where each page is.

    The default is the dev set: ``tests/data/devpages/expected.jsonl``, pages in ``pages/`` then
    ``surveyed/``. Another ``folder`` (``--pages``) is read from its own ``expected.jsonl``, its pages
    from the folder itself; rows whose page is not there are left out, so a copy of part of a set works.
    """
    if folder is None:
        rows = _rows(DEV / "expected.jsonl")
        paths = {}
        for row in rows:
            generated = DEV / "pages" / row["page"]
            paths[row["page"]] = generated if generated.exists() else DEV / "surveyed" / row["page"]
        return rows, paths
    expected = folder / "expected.jsonl"
    if not expected.is_file():
        raise SystemExit(f"--pages {folder}: no expected.jsonl in that folder")
    rows = [row for row in _rows(expected) if (folder / row["page"]).is_file()]
    if not rows:
        raise SystemExit(f"--pages {folder}: none of the pages listed in {expected} is in the folder")
    return rows, {row["page"]: folder / row["page"] for row in rows}


def score_pages(read, facts, folder: Path | None = None) -> dict[str, str]:  # read_page, with_facts
    """Field accuracy, failure counts and the not-stated design share of one reader over a page set."""
    expected, paths = page_rows(folder)
    by_page = defaultdict(list)
    for row in expected:
        by_page[row["page"]].append(row)
    right = Counter()
    boiler = lost_date = glued = lost_cites = rejected_whole = rejected = 0
    studies: list[Study] = []
    for page, rows in sorted(by_page.items()):
        result = read(paths[page].read_text(encoding="utf-8"), page)
        got = result.studies
        studies += got
        rejected += len(result.rejections)
        has_lead = any(row["role"] == "lead" for row in rows)
        if has_lead and not any(s.provenance and s.provenance[0].role == "lead" for s in got):
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
        if lead is not None and want["year"] and lead.title and str(want["year"]) in lead.title:
            glued += str(want["year"]) not in (want["title"] or "")
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
    designs = [facts(s).study_type for s in studies]
    none = sum(d is None for d in designs)
    leads = [d for s, d in zip(studies, designs, strict=True) if s.provenance and s.provenance[0].role == "lead"]
    out = {f: f"{right[f]}/{len(expected)}" for f in FIELDS}
    out |= {
        "studies read": f"{len(studies)} (expected {len(expected)})",
        "boilerplate/debris lines stored": str(boiler),
        "lead header year/journal lost": str(lost_date),
        "date glued into the title": str(glued),
        "citation counts lost": str(lost_cites),
        "duplicates after merge": str(merged - distinct),
        "pages rejected whole": str(rejected_whole),
        "rejections reported": str(rejected),
        "design not stated (all studies read)": f"{none}/{len(designs)} = {none / len(designs):.2f}",
        "design not stated (lead studies)": f"{leads.count(None)}/{len(leads)} = {leads.count(None) / len(leads):.2f}",
    }
    return out


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_facts(path: Path, facts=with_facts) -> tuple[list[str], dict[str, float]]:
    """Precision and recall per design and safety class on one labelled set, and the issue's headline figures."""
    rows = _rows(path)
    got_rows = [facts(Study(title=row.get("title"), tldr=row.get("tldr"), summary=row["text"])) for row in rows]
    lines = ["| field | class | precision | recall | labelled |", "|---|---|---|---|---|"]
    for field, attr in (("design", "study_type"), ("safety", "safety"), ("n", "participants")):
        correct, predicted, labelled = Counter(), Counter(), Counter()
        for row, study in zip(rows, got_rows, strict=True):
            got = getattr(study, attr)
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
    stated = [(row, s) for row, s in zip(rows, got_rows, strict=True) if row["design"] is not None]
    with_n = [(row, s) for row, s in zip(rows, got_rows, strict=True) if row["n"] is not None]
    precisions = {}
    for name in {s.study_type for s in got_rows if s.study_type}:
        given = [row for row, s in zip(rows, got_rows, strict=True) if s.study_type == name]
        precisions[name] = sum(row["design"] == name for row in given) / len(given)
    headline = {
        "studies": len(rows),
        "lowest design precision": min(precisions.values()) if precisions else 1.0,
        "lowest class": min(precisions, key=precisions.get) if precisions else "–",
        "design recall (stated or implied)": sum(row["design"] == s.study_type for row, s in stated) / len(stated),
        "n accuracy (all studies)": sum(row["n"] == s.participants for row, s in zip(rows, got_rows, strict=True))
        / len(rows),
        "n accuracy (studies with a stated n)": sum(row["n"] == s.participants for row, s in with_n) / len(with_n),
    }
    lines += [
        "",
        f"Headline ({len(rows)} studies): lowest design precision {headline['lowest design precision']:.2f} "
        f"({headline['lowest class']}); design recall where the text states or implies one "
        f"{headline['design recall (stated or implied)']:.2f} ({len(stated)} studies); n accuracy "
        f"{headline['n accuracy (all studies)']:.2f} over all studies, "
        f"{headline['n accuracy (studies with a stated n)']:.2f} over the {len(with_n)} with a stated n.",
    ]
    return lines, headline


def facts_speed(old_facts) -> list[str]:
    """Best-of-three CPU seconds of the old and the new fact rules over the SciFact corpus, and the ratio."""
    import index.facts as facts_module

    corpus = DATA / "scifact" / "corpus.jsonl"
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    studies = [Study(title=d.get("title"), summary=d["text"]) for d in docs]
    best = {"rules at baseline": float("inf"), "rules now": float("inf")}
    for _ in range(3):
        for name, facts, module in (
            ("rules at baseline", old_facts, sys.modules[old_facts.__module__]),
            ("rules now", with_facts, facts_module),
        ):
            module._sentences.cache_clear()  # each run splits its sentences itself
            start = time.process_time()
            for study in studies:
                facts(study)
            best[name] = min(best[name], time.process_time() - start)
    old, new = best.values()
    return [
        f"Fact rules over {len(studies)} SciFact abstracts, CPU seconds (best of 3, alternated in one run):",
        "",
        "| rules | seconds | ratio |",
        "|---|---|---|",
        f"| at baseline | {old:.2f} | 1.00 |",
        f"| now | {new:.2f} | {new / old:.2f} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BEFORE, help=f"git revision of the old reader and rules ({BEFORE})")
    parser.add_argument("--set", action="append", default=[], type=Path, help="another labelled facts file to score")
    parser.add_argument(
        "--pages",
        type=Path,
        metavar="DIR",
        help="score the page reader on the pages in DIR against DIR/expected.jsonl instead of the dev set",
    )
    parser.add_argument("--speed", action="store_true", help="also time the fact rules over the SciFact corpus")
    parser.add_argument("--no-write", action="store_true", help="print only; do not append to docs/benchmarks.md")
    args = parser.parse_args()
    old_read = old_module(args.baseline, "index/sources/pages.py", "pages_old").read_page
    old_facts = old_module(args.baseline, "index/facts.py", "facts_old").with_facts
    before = score_pages(old_read, old_facts, args.pages)
    after = score_pages(read_page, with_facts, args.pages)
    pages = len(page_rows(args.pages)[1])
    label = "page dev set" if args.pages is None else f"pages in {args.pages}"
    lines = [f"| {label} ({pages} pages) | reader and rules at {args.baseline} | now |", "|---|---|---|"]
    lines += [f"| {k} | {before[k]} | {after[k]} |" for k in after]
    heads = {}
    for path in [ROOT / "tests" / "data" / name for name in SETS] + args.set:
        rows = len(_rows(path))
        lines += ["", f"Facts on {path.name} ({rows} studies), rules now:", ""]
        table, heads[path.name] = score_facts(path)
        lines += table
    if args.speed:
        lines += ["", *facts_speed(old_facts)]
    command = (
        "python bench/fidelity.py"
        + "".join(f" --set {p}" for p in args.set)
        + (f" --pages {args.pages}" if args.pages is not None else "")
        + (" --speed" if args.speed else "")
    )
    if args.no_write:
        print("\n".join(lines))
    else:
        full = sum(len(set(str(after[f]).split("/"))) == 1 for f in FIELDS if f in after)
        name = args.set[-1].name if args.set else "facts_heldout.jsonl"
        held = heads.get(name, {})
        figure = (
            f"{'page dev set' if args.pages is None else args.pages.name}: {full} of {len(FIELDS)} fields right "
            f"on every study; facts on {name}: lowest design "
            f"precision {held.get('lowest design precision', float('nan')):.2f} "
            f"({held.get('lowest class', '–')}), design recall {held.get('design recall (stated or implied)', 0):.2f}, "
            f"n accuracy {held.get('n accuracy (all studies)', 0):.2f} (targets ≥ 0.9 / ≥ 0.8 / ≥ 0.9)"
        )
        if args.pages is None:
            write_section("Fidelity: page layouts and facts", command, lines, key="fidelity", figure=figure)
        else:  # another page set gets its own section, so the dev set's stays
            title = f"Fidelity: page layouts in {args.pages.name}"
            write_section(title, command, lines, key=f"fidelity-{args.pages.name}", figure=figure)


if __name__ == "__main__":
    main()
