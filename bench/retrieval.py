"""Retrieval quality on BEIR SciFact and NFCorpus: BM25 alone, naive dense, and Follicle's hybrid.

    .venv/bin/python bench/retrieval.py [--split test] [--datasets scifact nfcorpus]

Tune on --split train (SciFact) / dev (NFCorpus); report on test. The naive dense baseline is
a plain LangChain ``Chroma`` retriever over the same collection and model. Indexes are cached in
bench/.cache so reruns only embed what changed.
"""

from __future__ import annotations

import argparse
import sys
import time

from common import CACHE, ROOT, load_beir, ndcg, recall, write_section

sys.path.insert(0, str(ROOT))

from langchain_chroma import Chroma  # noqa: E402

from assistant.retrieve import Index, search  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.build import build  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

SPLITS = {"scifact": {"tune": "train", "test": "test"}, "nfcorpus": {"tune": "dev", "test": "test"}}


def doc_id(study_id: str) -> str:
    """BEIR ids are stored as slug ids."""
    return study_id.removeprefix("slug:")


def evaluate(name: str, split: str, settings: Settings, embedder: Embedder) -> list[tuple[str, float, float, float]]:
    """(system, nDCG@10, Recall@100, ms/query) for the three systems on one dataset split."""
    corpus, queries, qrels = load_beir(name, split)
    build([corpus], settings.index, quiet=False, embedder=embedder)
    index = Index(settings, embedder=embedder)
    no_prior = Index(settings.model_copy(update={"use_prior": False}), embedder=embedder)
    rrf = Index(settings.model_copy(update={"fusion": "rrf", "rrf_k": 60}), embedder=embedder)
    naive = Chroma(
        client=index.store.client, collection_name=settings.index.collection_name, embedding_function=embedder
    )
    systems = {
        "BM25 (bm25s, stemmed)": lambda q: [doc_id(c.rsplit("#", 1)[0]) for c, _ in index.lexical.search(q, 300)],
        "dense, plain LangChain Chroma retriever": lambda q: [
            doc_id(d.metadata["study_id"]) for d in naive.similarity_search(q, k=150)
        ],
        "Follicle hybrid (defaults: zscore fusion, evidence prior on)": lambda q: [
            doc_id(h.study.id) for h in search(index, q, k=100)
        ],
        "Follicle, evidence prior off": lambda q: [doc_id(h.study.id) for h in search(no_prior, q, k=100)],
        "Follicle, reciprocal-rank fusion (k=60) instead": lambda q: [
            doc_id(h.study.id) for h in search(rrf, q, k=100)
        ],
    }
    rows = []
    for system, run in systems.items():
        start = time.perf_counter()
        ranked = {qid: list(dict.fromkeys(run(text))) for qid, text in queries.items()}
        ms = (time.perf_counter() - start) * 1000 / len(queries)
        scores = [(ndcg(ranked[qid], qrels[qid]), recall(ranked[qid], qrels[qid])) for qid in queries]
        rows.append((system, sum(s[0] for s in scores) / len(scores), sum(s[1] for s in scores) / len(scores), ms))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "test"], default="test", help="tune = train/dev, test = test")
    ap.add_argument("--datasets", nargs="+", default=["scifact", "nfcorpus"])
    args = ap.parse_args()
    embedder = Embedder(IndexSettings())
    lines = ["| dataset (split, queries) | system | nDCG@10 | Recall@100 | ms/query |", "|---|---|---|---|---|"]
    headline = {}  # dataset -> (hybrid nDCG, BM25 nDCG), for the summary table
    for name in args.datasets:
        split = SPLITS[name][args.split]
        settings = Settings(index=IndexSettings(data_dir=CACHE / name))
        n_queries = len(load_beir(name, split)[1])
        rows = evaluate(name, split, settings, embedder)
        for system, nd, rc, ms in rows:
            lines.append(f"| {name} ({split}, {n_queries}) | {system} | {nd:.4f} | {rc:.4f} | {ms:.0f} |")
        headline[name] = (rows[2][1], rows[0][1])
    lines += [
        "",
        "Published (test): BM25 0.665 / 0.325, MiniLM dense 0.645 / 0.316, bge-small 0.713 / 0.343, "
        "BM25+CE 0.688 / 0.350 (SciFact / NFCorpus). Targets: 0.75 / 0.37.",
    ]
    figure = "Follicle hybrid nDCG@10 " + ", ".join(f"{n} {h:.4f} (BM25 {b:.4f})" for n, (h, b) in headline.items())
    write_section(
        f"Retrieval quality ({args.split} split)",
        f"python bench/retrieval.py --split {args.split}",
        lines,
        key=f"retrieval-{args.split}",
        figure=figure + ("; targets 0.75 / 0.37 on test" if args.split == "test" else ""),
    )


if __name__ == "__main__":
    main()
