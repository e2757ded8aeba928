"""Do the quoted findings say what the studies found? The share of Key-findings quotes that state a direction.

Over the index of bench/lay.py (the dev pages and the sample), every answerable efficacy or
comparison question of the given lay splits is answered, and each sentence quoted under
**Key findings** is read by ``index.direction.sentence_direction``: a quote that states benefit,
no benefit, harm or mixed says what a study found; one that only says what was done ("100 men
applied rosemary oil or 2% minoxidil for six months") does not. ``--bonus`` sets
``assistant.compose.FINDING_BONUS`` (0 turns the preference for a study's own conclusion off), so
both can be run in one session:

    python bench/findings.py                      # the default preference
    python bench/findings.py --bonus 0            # without it
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lay import load, open_index  # noqa: E402

import assistant.compose as compose  # noqa: E402
from assistant.api import answer  # noqa: E402
from index.direction import sentence_direction  # noqa: E402

QUOTE = re.compile(r"“(.+?)”")


def quotes(text: str) -> list[str]:
    """The sentences quoted under **Key findings**, in order."""
    if "**Key findings**" not in text:
        return []
    lines = text.split("**Key findings**", 1)[1].split("\n\n", 1)[0]
    return [q for line in lines.splitlines() for q in QUOTE.findall(line)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--splits",
        nargs="+",
        default=["dev", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "heldout_g"],
        help="lay question splits (tests/data/lay/questions_<split>.jsonl)",
    )
    parser.add_argument("--bonus", type=float, default=None, help="override assistant.compose.FINDING_BONUS")
    args = parser.parse_args()
    if args.bonus is not None:
        compose.FINDING_BONUS = args.bonus
    index = open_index()
    answers = stated = first = total = 0
    for split in args.splits:
        for row in load(f"questions_{split}.jsonl"):
            if not row["answerable"] or row["kind"] not in ("efficacy", "comparison"):
                continue
            result = answer(row["question"], index=index)
            said = quotes(result.text)
            if result.abstained or not said:
                continue
            answers += 1
            total += len(said)
            stated += sum(1 for s in said if sentence_direction(s))
            first += bool(sentence_direction(said[0]))
    print(f"FINDING_BONUS {compose.FINDING_BONUS}; splits {' '.join(args.splits)}")
    print("| answers | quotes | quotes stating a direction | first quote states one |")
    print("|---|---|---|---|")
    print(f"| {answers} | {total} | {stated / max(1, total):.1%} | {first / max(1, answers):.1%} |")


if __name__ == "__main__":
    main()
