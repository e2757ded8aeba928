"""Choose fusion settings on the tuning splits (SciFact train, NFCorpus dev) — never on test.

    .venv/bin/python bench/tune_fusion.py [--datasets scifact nfcorpus]

Runs dense and BM25 once per query over the cached bench index, then scores many fusion
variants offline, printing nDCG@10 for each so the choice in Settings can be justified.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from common import CACHE, ROOT, load_beir, ndcg

sys.path.insert(0, str(ROOT))

from assistant.glossary import expand  # noqa: E402
from assistant.retrieve import Index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.build import build  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

SPLIT = {"scifact": "train", "nfcorpus": "dev"}


def candidates(index: Index, queries: dict[str, str], n: int, vectors: dict[str, np.ndarray]):  # noqa: ANN201
    """Per query: {doc: (dense cosine, bm25 score)} over the union of both top-n lists."""
    out = {}
    for qid, text in queries.items():
        q = index.embedder.encode([expand(text, index.lexical.abbreviations)])[0]
        dense = index.store.query(q, n)
        lex = index.lexical.search(expand(text, index.lexical.abbreviations), n)
        docs: dict[str, list[float]] = {}
        for _cid, sim, meta, _ in dense:
            d = meta["study_id"]
            docs.setdefault(d, [-1.0, 0.0])[0] = max(docs[d][0], sim)
        for cid, score in lex:
            d = cid.rsplit("#", 1)[0]
            entry = docs.setdefault(d, [float(vectors[cid] @ q) if cid in vectors else -1.0, 0.0])
            entry[1] = max(entry[1], score)
        out[qid] = docs
    return out


def rank_rrf(docs: dict, k: int, w: float) -> list[str]:
    dense = sorted(docs, key=lambda d: -docs[d][0])
    lex = sorted((d for d in docs if docs[d][1] > 0), key=lambda d: -docs[d][1])
    score = {d: w / (k + r + 1) for r, d in enumerate(dense)}
    for r, d in enumerate(lex):
        score[d] = score.get(d, 0) + (1 - w) / (k + r + 1)
    return sorted(score, key=lambda d: -score[d])


def rank_convex(docs: dict, alpha: float, norm: str) -> list[str]:
    ids = list(docs)
    dense = np.array([docs[d][0] for d in ids])
    lex = np.array([docs[d][1] for d in ids])
    if norm == "minmax":
        dn = (dense - dense.min()) / (np.ptp(dense) or 1)
        ln = lex / (lex.max() or 1)
    else:
        dn = (dense - dense.mean()) / (dense.std() or 1)
        ln = (lex - lex.mean()) / (lex.std() or 1)
    s = alpha * dn + (1 - alpha) * ln
    return [ids[i] for i in np.argsort(-s)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", nargs="+", default=["scifact", "nfcorpus"])
    ap.add_argument("--candidates", type=int, default=100)
    args = ap.parse_args()
    embedder = Embedder(IndexSettings())
    for name in args.datasets:
        corpus, queries, qrels = load_beir(name, SPLIT[name])
        settings = Settings(index=IndexSettings(data_dir=CACHE / name))
        build([corpus], settings.index, quiet=True, embedder=embedder)
        index = Index(settings, embedder=embedder)
        page = index.store.collection.get(include=["embeddings"])
        vectors = {cid: np.asarray(v, dtype=np.float32) for cid, v in zip(page["ids"], page["embeddings"], strict=True)}
        cands = candidates(index, queries, args.candidates, vectors)

        def score(ranker, cands=cands, qrels=qrels, queries=queries) -> float:  # noqa: ANN001
            return float(
                np.mean([ndcg([d.removeprefix("slug:") for d in ranker(cands[q])], qrels[q]) for q in queries])
            )

        print(f"\n{name} {SPLIT[name]} ({len(queries)} queries)")
        print(f"  dense only {score(lambda d: sorted(d, key=lambda x: -d[x][0])):.4f}")
        print(f"  bm25 only  {score(lambda d: sorted(d, key=lambda x: -d[x][1])):.4f}")
        for k in (10, 30, 60):
            for w in (0.3, 0.4, 0.5, 0.6, 0.7):
                print(f"  rrf k={k} w_dense={w}: {score(lambda d, k=k, w=w: rank_rrf(d, k, w)):.4f}")
        for norm in ("minmax", "z"):
            for a in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                print(f"  convex {norm} alpha={a}: {score(lambda d, a=a, n=norm: rank_convex(d, a, n)):.4f}")


if __name__ == "__main__":
    main()
