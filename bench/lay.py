"""Questions as patients write them: refusals, wrong answers, citations, and follow-up records.

Over an index of the page dev set plus the bundled sample (built once into bench/.cache), each
labelled question (tests/data/lay/questions_{dev,heldout}.jsonl) is answered with ``answer()``:

- answerable questions: the share refused, and the share whose sources hold a labelled study;
- unanswerable questions: the share answered anyway.

Each conversation (tests/data/lay/conversations*.jsonl) is asked turn by turn with the earlier
turns' ``query_used`` as history, as the page does, and the record at each turn is compared
with the labelled (interventions, kind, population).

    python bench/lay.py --split dev          # the part rules were tuned on
    python bench/lay.py --split heldout      # the part set aside before the rules were written
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import CACHE, ROOT, write_section  # noqa: E402

from assistant.api import answer  # noqa: E402
from assistant.question import understand  # noqa: E402
from assistant.retrieve import Index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.build import build  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

LAY = ROOT / "tests" / "data" / "lay"
# The labelled questions were written over the first 32 dev pages and the sample; later dev pages are not in it.
SOURCES = [ROOT / "tests" / "data" / "devpages" / "pages" / f"page{n:02d}.txt" for n in range(1, 33)] + [
    ROOT / "index" / "sample"
]


def open_index() -> Index:
    """The dev pages + sample index, built (incrementally) under bench/.cache/lay."""
    settings = IndexSettings(data_dir=CACHE / "lay")
    build(SOURCES, settings, quiet=True)
    return Index(Settings(index=settings))


def tldrs() -> dict[str, str]:
    """Study key -> its TLDR (or the start of its summary), to recognise a labelled study among an answer's sources."""
    out = {}
    for path in (ROOT / "tests" / "data" / "devpages" / "expected.jsonl", LAY / "sample_keys.jsonl"):
        for row in map(json.loads, path.read_text().splitlines()):
            text = row.get("tldr") or (row.get("summary") or "")[:120]  # a lead may have only its summary
            if text:
                out.setdefault(row["key"], text)
    return out


def load(name: str) -> list[dict]:
    """One labelled file."""
    return [json.loads(line) for line in (LAY / name).read_text().splitlines() if line.strip()]


def half(rows: list[dict], which: str | None) -> list[dict]:
    """The odd (1st, 3rd, ...) or even rows, or all of them: a half set aside is scored apart from the one tuned on."""
    if which is None:
        return rows
    return rows[0::2] if which == "odd" else rows[1::2]


def questions(index: Index, rows: list[dict], verbose: bool) -> dict[str, float]:
    """Refused / answered / cited shares over labelled questions."""
    keys = tldrs()
    counts: Counter = Counter()
    for row in rows:
        result = answer(row["question"], index=index)
        texts = [c.text for c in result.citations]
        if row["answerable"]:
            counts["answerable"] += 1
            gold = [keys[k] for k in row["studies"] if k in keys]
            hit = any(g in t for g in gold for t in texts)
            counts["refused"] += result.abstained
            counts["cited"] += hit
            if verbose and (result.abstained or not hit):
                print(
                    f"  {'REFUSED' if result.abstained else 'MISSED '} {row['id']} {row['question']!r} -> "
                    f"{result.query_used!r} {result.interventions}"
                )
        else:
            counts["unanswerable"] += 1
            counts["answered"] += not result.abstained
            if verbose and not result.abstained:
                print(f"  ANSWERED {row['id']} {row['question']!r} -> {result.query_used!r} {result.interventions}")
    return {
        "answerable": counts["answerable"],
        "unanswerable": counts["unanswerable"],
        "refused": counts["refused"] / max(1, counts["answerable"]),
        "answered": counts["answered"] / max(1, counts["unanswerable"]),
        "cited": counts["cited"] / max(1, counts["answerable"]),
    }


def conversations(index: Index, rows: list[dict], verbose: bool) -> dict[str, float]:
    """Share of turns whose record matches the label exactly on (interventions, kind, population)."""
    known = index.lexical.knows
    exact = turns = 0
    for row in rows:
        history: list[str] = []
        for turn in row["turns"]:
            record = understand(turn["q"], history, known=known)
            got = (list(record.interventions), record.kind, record.population)
            want = (turn["interventions"], turn["kind"], turn["population"])
            turns += 1
            exact += got == want
            if verbose and got != want:
                print(f"  {row['id']} {turn['q']!r}: got {got}, want {want}")
            history.append(record.search_text)
    return {"turns": turns, "exact": exact / max(1, turns)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--split",
        choices=["dev", "heldout", *(f"heldout_{x}" for x in "bcdefghijklmnopqrstuvwxyz")],
        default="dev",
        help="dev: tuned on; heldout: set aside first, run once, then tuned on too; heldout_b: written later "
        "by another hand, run once; heldout_c: written later still, run once (then tuned on); "
        "heldout_d … heldout_v: each run once, then tuned on; heldout_w … heldout_z: written blind in "
        "session 13, scored once together (all first runs: docs/heldout.md)",
    )
    parser.add_argument(
        "--half",
        choices=["odd", "even"],
        help="score only the odd (1st, 3rd, ...) or even rows of the split's questions and conversations, "
        "so one half can be set aside while tuning on the other; implies --no-write",
    )
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    index = open_index()
    q = questions(index, half(load(f"questions_{args.split}.jsonl"), args.half), args.verbose)
    conv_name = "conversations.jsonl" if args.split == "dev" else f"conversations_{args.split}.jsonl"
    conv_file = conv_name if (LAY / conv_name).exists() else None  # heldout_b has no conversations
    c = {"turns": 0, "exact": float("nan")}
    if conv_file:
        c = conversations(index, half(load(conv_file), args.half), args.verbose)
    lines = [
        "| part | answerable | unanswerable | answerable refused | unanswerable answered | labelled study cited "
        "| conversation turns | turns exact |",
        "|---|---|---|---|---|---|---|---|",
        f"| {args.split}{' ' + args.half + ' rows' if args.half else ''} "
        f"| {q['answerable']} | {q['unanswerable']} | {q['refused']:.1%} | {q['answered']:.1%} "
        f"| {q['cited']:.1%} | {c['turns']} | {c['exact']:.1%} |",
        "",
        "Targets: ≤ 5 % of answerable refused, ≤ 5 % of unanswerable answered, ≥ 90 % of turns exact.",
    ]
    title = f"Lay questions and follow-ups ({args.split})"
    figure = (
        f"{q['refused']:.1%} of {q['answerable']} answerable refused, {q['answered']:.1%} of {q['unanswerable']} "
        f"unanswerable answered (targets ≤ 5 % / ≤ 5 %); labelled study cited {q['cited']:.1%}"
        + (f"; follow-up records exact {c['exact']:.1%} of {c['turns']} turns" if c["turns"] else "")
    )
    if args.no_write or args.half:
        print("\n".join(lines))
    else:
        write_section(
            title,
            f"python bench/lay.py --split {args.split}",
            lines,
            key=f"lay-{args.split}".replace("_", "-"),
            figure=figure,
        )


if __name__ == "__main__":
    main()
