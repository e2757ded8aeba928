"""Direction of a study's finding: precision and recall per class, and coverage, on labelled sentences.

    python bench/directions.py [--dev-only] [--errors] [--speed] [--write] [--set FILE ...]

1. tests/data/directions_labelled.jsonl (the dev part, rules tuned on it),
   tests/data/directions_heldout.jsonl (written before the rules, scored once they were final) and
   tests/data/directions_heldout_b.jsonl (set B: written from real pages' phrasings before the rules
   were changed for them; its first run is in docs/benchmarks.md):
   per class (benefit, no benefit, harm, mixed, none) precision and recall of
   ``index.direction.sentence_direction``, hedge accuracy, and coverage (share of sentences given
   a direction; the share labelled with one is shown beside it).
2. The lead studies of the page dev set (tests/data/devpages/studies.py), labelled in
   tests/data/directions_devpages.jsonl: ``study_direction(title, tldr, summary)`` coverage and
   accuracy (exact label, and label + hedge).
3. When ../shared/data/pubmedqa is present: its efficacy questions ("Does X improve/reduce ...?",
   "Is X effective ...?") against ``study_direction`` of the abstract's conclusion (LONG_ANSWER),
   reading yes as benefit and no as no benefit: an outside check on abstract-style text, which the
   labelled sets (TLDR-style) do not cover.
4. ``--speed``: what reading directions adds to the facts stage, over the SciFact corpus (abstracts,
   no TLDRs: the summary path), facts with and without directions alternated three times in one run.
Targets (issue 20): precision >= 0.9 per class on the held-out part, coverage >= 70 % on the dev pages.
``--set FILE`` scores one labelled JSONL file only (a path, or a name under tests/data), e.g. a new
held-out set's first run. ``--write`` appends the tables to docs/benchmarks.md with command, machine and date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from common import machine, write_section  # noqa: E402

from index.direction import LABELS, sentence_direction, study_direction  # noqa: E402

DATA = ROOT / "tests" / "data"
CLASSES = (*LABELS, None)


def load(name: str | Path, fields: tuple[str, ...] = ("text", "direction", "hedged")) -> list[dict]:
    """Rows of one labelled JSONL file: a path, or a name under tests/data."""
    path = Path(name) if Path(name).exists() else DATA / name
    if not path.exists():
        raise SystemExit(f"bench/directions.py: no labelled set {name} (a path, or a file under {DATA})")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            missing = [f for f in fields if f not in row]
        except (ValueError, TypeError) as err:
            raise SystemExit(f"{path}, line {number}: not a JSON object: {err}") from None
        if missing:
            needs = ", ".join(fields)
            raise SystemExit(f"{path}, line {number}: missing {', '.join(missing)} (each row needs {needs})")
        rows.append(row)
    return rows


def score(rows: list[dict]) -> dict:
    """Per-class counts, coverage and hedge agreement of the sentence rules on labelled rows."""
    pairs = []
    for row in rows:
        found = sentence_direction(row["text"])
        pairs.append((row, found.label if found else None, found.hedged if found else False))
    per = {}
    for label in CLASSES:
        predicted = [p for p in pairs if p[1] == label]
        actual = [p for p in pairs if p[0]["direction"] == label]
        hits = sum(1 for p in predicted if p[0]["direction"] == label)
        per[label] = (hits, len(predicted), len(actual))
    given = [p for p in pairs if p[1] is not None]
    right = [p for p in given if p[0]["direction"] == p[1]]
    return {
        "per": per,
        "n": len(rows),
        "coverage": len(given) / len(rows),
        "labelled": sum(1 for r in rows if r["direction"]) / len(rows),
        "hedge": (sum(1 for p in right if p[0]["hedged"] == p[2]), len(right)),
        "errors": [(p[0]["text"], p[0]["direction"], p[1]) for p in pairs if p[0]["direction"] != p[1]],
    }


def precision(per: dict, label: str | None) -> float | None:
    """Precision of one class, None when the rules never predicted it."""
    hits, predicted, _ = per[label]
    return hits / predicted if predicted else None


def table(name: str, result: dict) -> list[str]:
    """Markdown table of one labelled set."""
    lines = [
        f"{name}: {result['n']} sentences; coverage {result['coverage']:.0%} "
        f"(labelled with a direction: {result['labelled']:.0%}); hedge right on "
        f"{result['hedge'][0]}/{result['hedge'][1]} correctly labelled.",
        "",
        "| class | precision | recall | predicted | labelled |",
        "|---|---|---|---|---|",
    ]
    for label in CLASSES:
        hits, predicted, actual = result["per"][label]
        p = f"{hits / predicted:.2f}" if predicted else "–"
        r = f"{hits / actual:.2f}" if actual else "–"
        lines.append(f"| {label or 'none'} | {p} | {r} | {predicted} | {actual} |")
    return lines


def devpages() -> tuple[list[str], list[tuple]]:
    """Coverage and accuracy of ``study_direction`` on the dev pages' lead studies."""
    sys.path.insert(0, str(DATA / "devpages"))
    from studies import LEADS

    labels = {row["key"]: row for row in load("directions_devpages.jsonl", ("key", "direction", "hedged"))}
    rows = []
    for lead in LEADS:
        found = study_direction(lead["title"], lead["tldr"], lead["summary"])
        want = labels[lead["key"]]
        rows.append((lead["key"], want["direction"], want["hedged"], found))
    given = [r for r in rows if r[3]]
    right = [r for r in given if r[3].label == r[1]]
    exact = sum(1 for r in rows if (r[3].label if r[3] else None) == r[1])
    hedge = sum(1 for r in right if r[3].hedged == r[2])
    lines = [
        f"Dev pages' lead studies ({len(rows)}; {sum(1 for r in rows if r[1])} labelled with a direction): "
        f"coverage {len(given) / len(rows):.0%} ({len(given)}/{len(rows)}); precision of the directions given "
        f"{len(right)}/{len(given)}; agreement with the labels, none included, {exact}/{len(rows)}; "
        f"hedge right on {hedge}/{len(right)}.",
    ]
    wrong = [(k, w, f.label if f else None) for k, w, _, f in rows if (f.label if f else None) != w]
    return lines, wrong


EFFICACY_QUESTION = re.compile(
    r"(?i)^(?:does|do|is|are|can|could|did)\b.*\b(?:improve|reduce|effective|benefit|help|prevent|efficacious|"
    r"useful|decrease|enhance)"
)


def pubmedqa() -> list[str]:
    """Directions of PubMedQA conclusions against the yes/no answer of their efficacy question."""
    path = ROOT.parent / "shared" / "data" / "pubmedqa" / "ori_pqal.json"
    if not path.exists():
        return []
    items = [v for v in json.loads(path.read_text()).values() if EFFICACY_QUESTION.match(v["QUESTION"])]
    counts = Counter()
    for item in items:
        found = study_direction(None, None, item["LONG_ANSWER"])
        counts[(found.label if found else None, item["final_decision"])] += 1
    given = sum(n for (got, _), n in counts.items() if got)
    benefit = sum(n for (got, _), n in counts.items() if got == "benefit")
    denied = sum(n for (got, _), n in counts.items() if got == "no benefit")
    return [
        f"PubMedQA efficacy questions ({len(items)}; conclusions of real abstracts, not hair-specific): "
        f"a direction for {given} ({given / len(items):.0%}); benefit agrees with a yes answer in "
        f"{counts[('benefit', 'yes')]}/{benefit}, no benefit with a no answer in "
        f"{counts[('no benefit', 'no')]}/{denied}; "
        f"mixed: {counts[('mixed', 'yes')]} yes, {counts[('mixed', 'no')]} no, {counts[('mixed', 'maybe')]} maybe.",
    ]


def speed() -> list[str]:
    """Seconds of ``with_facts`` over SciFact with and without the direction rules, same run."""
    import time

    import index.direction as direction
    import index.facts as facts
    from index.records import Study

    path = ROOT.parent / "shared" / "data" / "scifact" / "corpus.jsonl"
    if not path.exists():
        return []
    studies = [Study(title=r.get("title"), summary=r["text"]) for r in map(json.loads, path.open())]
    keep = facts._direction
    times: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(3):
        for name, fn in (("without", lambda study: {}), ("with", keep)):
            facts._direction = fn
            facts._sentences.cache_clear()
            direction._read.cache_clear()
            start = time.perf_counter()
            out = [facts.with_facts(s) for s in studies]
            times[name].append(time.perf_counter() - start)
    facts._direction = keep
    given = sum(1 for s in out if s.direction)
    best = {k: min(v) for k, v in times.items()}
    return [
        f"Facts over SciFact ({len(studies)} abstracts): without directions {best['without']:.1f} s, with "
        f"{best['with']:.1f} s (best of 3 each; ratio {best['with'] / best['without']:.2f}x); "
        f"{given} abstracts ({given / len(studies):.0%}) given a direction.",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev-only", action="store_true", help="score the dev part only (while tuning)")
    parser.add_argument("--write", action="store_true", help="append the results to docs/benchmarks.md")
    parser.add_argument("--errors", action="store_true", help="list the sentences the rules got wrong")
    parser.add_argument("--speed", action="store_true", help="also time the rules inside the facts stage (SciFact)")
    parser.add_argument(
        "--set", metavar="FILE", help="score this labelled JSONL file only (a path, or a name under tests/data)"
    )
    args = parser.parse_args(argv)
    if args.set:
        result = score(load(args.set))
        print(machine())
        print("\n".join(table(f"Labelled set {args.set}", result)))
        if args.errors:
            for text, want, got in result["errors"]:
                print(f"want {want!s:10} got {got!s:10} {text}")
        return 0
    dev = score(load("directions_labelled.jsonl"))
    lines = table("Dev part (tests/data/directions_labelled.jsonl, rules tuned on it)", dev)
    parts = [dev]
    if not args.dev_only:
        held = score(load("directions_heldout.jsonl"))
        parts.append(held)
        name = "Held-out part A (tests/data/directions_heldout.jsonl, written before the rules; tuned on since)"
        lines += ["", *table(name, held)]
        if (DATA / "directions_heldout_b.jsonl").exists():
            held_b = score(load("directions_heldout_b.jsonl"))
            parts.append(held_b)
            name = "Held-out set B (tests/data/directions_heldout_b.jsonl, written before its rules; tuned on since)"
            lines += ["", *table(name, held_b)]
    page_lines, wrong = devpages()
    lines += ["", *page_lines]
    outside = pubmedqa()
    if outside:
        lines += ["", *outside]
    if args.speed:
        lines += ["", *speed()]
    if args.errors:
        for result in parts:
            for text, want, got in result["errors"]:
                print(f"want {want!s:10} got {got!s:10} {text}")
        for key, want, got in wrong:
            print(f"page {key}: want {want} got {got}")
    if args.write:
        command = " ".join(["python bench/directions.py", *(argv if argv is not None else sys.argv[1:])])
        worst = min(p for label in LABELS if (p := precision(held["per"], label)) is not None)
        coverage = page_lines[0].split("coverage ", 1)[1].split(" ", 1)[0]
        headline = (
            f"sets tuned on (A): lowest per-class precision {worst:.2f}, coverage {held['coverage']:.0%}; "
            f"dev pages' lead studies: coverage {coverage} (targets ≥ 0.9 / ≥ 70 %); "
            "first runs of fresh held-out sets: docs/heldout.md"
        )
        write_section("Direction of findings", command, lines, key="directions", figure=headline)
    else:
        print(machine())
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
