"""Choose fusion settings on the tuning splits (SciFact train, NFCorpus dev) — never on test.

    .venv/bin/python bench/tune_fusion.py [--datasets scifact nfcorpus]

Gathers each query's candidates once with the product's own ``gather`` (per candidate-list
size), then scores fusion variants offline — reciprocal rank (k, dense weight), standardised
score sums (dense weight) and the evidence prior's weight — printing nDCG@10 for each, so
the defaults in Settings can be justified by a table rather than a guess.
"""

from __future__ import annotations

import argparse
import sys

from common import CACHE, ROOT, load_beir, ndcg, write_section

sys.path.insert(0, str(ROOT))

from assistant.retrieve import Index, fused_scores, gather, with_prior  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.build import build  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

SPLIT = {"scifact": "train", "nfcorpus": "dev"}


def evaluate(index: Index, cands: dict, qrels: dict, settings: Settings) -> float:
    """Mean nDCG@10 of the product's ranking (fusion + prior) over precomputed candidates."""
    total = 0.0
    for qid, cand in cands.items():
        fused = fused_scores(cand, settings)
        fused = with_prior(fused, index.studies(list(fused)), settings)
        ranked = sorted(fused, key=fused.get, reverse=True)[:10]
        total += ndcg([s.removeprefix("slug:") for s in ranked], qrels[qid])
    return total / len(cands)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", nargs="+", default=["scifact", "nfcorpus"])
    args = ap.parse_args()
    embedder = Embedder(IndexSettings())
    lines = ["| dataset (split) | candidates | fusion | prior weight | nDCG@10 |", "|---|---|---|---|---|"]
    best: dict[str, tuple[float, str]] = {}  # dataset -> best (nDCG, setting), for the summary table
    for name in args.datasets:
        corpus, queries, qrels = load_beir(name, SPLIT[name])
        base = Settings(index=IndexSettings(data_dir=CACHE / name))
        build([corpus], base.index, quiet=True, embedder=embedder)
        index = Index(base, embedder=embedder)
        for n in (50, 100):
            cands = {qid: gather(index, text, None, n) for qid, text in queries.items()}
            variants = [(f"rrf k={k}", {"fusion": "rrf", "rrf_k": k, "use_prior": False}) for k in (10, 60)]
            variants += [
                (f"zscore w_dense={w}", {"fusion": "zscore", "dense_weight": w, "use_prior": False})
                for w in (0.3, 0.4, 0.5, 0.6, 0.7)
            ]
            for label, update in variants:
                score = evaluate(index, cands, qrels, base.model_copy(update=update))
                lines.append(f"| {name} ({SPLIT[name]}) | {n} | {label} | off | {score:.4f} |")
                best[name] = max(best.get(name, (-1.0, "")), (score, f"{n} candidates, {label}, prior off"))
                print(lines[-1], flush=True)
            for pw in (0.05, 0.1, 0.2, 0.4):
                update = {"fusion": "zscore", "dense_weight": 0.5, "use_prior": True, "prior_weight": pw}
                score = evaluate(index, cands, qrels, base.model_copy(update=update))
                lines.append(f"| {name} ({SPLIT[name]}) | {n} | zscore w_dense=0.5 | {pw} | {score:.4f} |")
                best[name] = max(best[name], (score, f"{n} candidates, zscore w_dense=0.5, prior {pw}"))
                print(lines[-1], flush=True)
    figure = "best nDCG@10: " + "; ".join(f"{n} ({SPLIT[n]}) {s:.4f} with {how}" for n, (s, how) in best.items())
    write_section(
        "Fusion tuning (train/dev splits only)", "python bench/tune_fusion.py", lines, key="fusion", figure=figure
    )


if __name__ == "__main__":
    main()
