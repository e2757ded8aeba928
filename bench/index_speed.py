"""Index build throughput on SciFact: plain fp32 encode vs fresh build vs unchanged rebuild, one run.

    .venv/bin/python bench/index_speed.py [--limit N]

Also measures dense nDCG@10 on the SciFact test queries for the plain fp32 vectors and for the
vectors the build stored (the fast int8 encoder by default), so the speed-up is shown next to
its quality cost. Ratios, not absolute times, are the targets: these machines are noisy.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import DATA, ROOT, load_beir, ndcg, write_section

sys.path.insert(0, str(ROOT))

from index.build import build, plan, read_studies  # noqa: E402
from index.embed import Embedder, load_model  # noqa: E402
from index.settings import IndexSettings  # noqa: E402
from index.store import Store  # noqa: E402
from index.write import prepare  # noqa: E402


def dense_ndcg(
    doc_vectors: np.ndarray,
    chunk_docs: list[str],
    query_vectors: np.ndarray,
    qids: list[str],
    qrels: dict[str, dict[str, int]],
) -> float:
    """Brute-force dense ranking of chunks, collapsed to documents, scored by nDCG@10."""
    total = 0.0
    for qid, qv in zip(qids, query_vectors, strict=True):
        order = np.argsort(-(doc_vectors @ qv))[:60]
        ranked = list(dict.fromkeys(chunk_docs[i] for i in order))
        total += ndcg(ranked, qrels[qid])
    return total / len(qids)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="use only the first N abstracts (0: all 5,183)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="follicle-bench-"))
    corpus = work / "scifact.jsonl"
    lines = (DATA / "scifact" / "corpus.jsonl").read_text().splitlines()
    corpus.write_text("\n".join(lines[: args.limit] if args.limit else lines) + "\n")
    settings = IndexSettings(data_dir=work / "data")
    embedder = Embedder(settings)
    embedder.encode(["warm up"])
    model = load_model(settings.embedding_model, settings.allow_downloads)

    studies, _, _ = read_studies([corpus], settings)
    chunks = [c for _, cs in prepare(plan(studies, {}, settings)[0], settings, embedder) for c in cs]
    texts = [c.embed_text for c in chunks]
    # The baseline is timed in two interleaved halves, one before and one after the build, so a
    # drift in this machine's speed during the run falls on both sides of the ratio alike.
    halves = [list(range(0, len(texts), 2)), list(range(1, len(texts), 2))]
    plain_vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)

    def plain_half(rows: list[int]) -> float:
        t0 = time.perf_counter()
        plain_vectors[rows] = model.encode([texts[i] for i in rows], batch_size=32, normalize_embeddings=True)
        return time.perf_counter() - t0

    plain = plain_half(halves[0])
    t0 = time.perf_counter()
    report = build([corpus], settings, quiet=True, embedder=embedder)
    fresh = time.perf_counter() - t0
    plain += plain_half(halves[1])
    t0 = time.perf_counter()
    again = build([corpus], settings, quiet=True, embedder=embedder)
    unchanged = time.perf_counter() - t0
    assert again.embedded == 0 and report.embedded == len(studies)
    if report.chunks_written != len(chunks):  # same texts or the comparison means nothing
        raise SystemExit(f"the build wrote {report.chunks_written} chunks, the plan had {len(chunks)}")

    _, queries, qrels = load_beir("scifact", "test")
    qids = list(queries)
    chunk_docs = [c.study_id.removeprefix("slug:") for c in chunks]
    stored = Store(settings).embeddings([c.id for c in chunks])
    built_vectors = np.stack([stored[c.id] for c in chunks])
    q_plain = model.encode([queries[q] for q in qids], normalize_embeddings=True)
    q_built = embedder.encode_queries([queries[q] for q in qids])  # what answers use
    q_docside = embedder.encode([queries[q] for q in qids])  # queries through the document encoder
    nd_plain = dense_ndcg(plain_vectors, chunk_docs, q_plain, qids, qrels)
    nd_built = dense_ndcg(built_vectors, chunk_docs, q_built, qids, qrels)
    nd_docside = dense_ndcg(built_vectors, chunk_docs, q_docside, qids, qrels)
    cosine = float(np.mean(np.sum(plain_vectors * built_vectors, axis=1)))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(studies)
    encoder = "int8 ONNX (FOLLICLE_EMBED_FAST=1)" if embedder.fast is not None else "sentence-transformers fp32"
    encoder_q = "fp32 ONNX" if embedder.fast is not None else "sentence-transformers fp32"
    rows = [
        ("plain SentenceTransformer.encode, fp32, batch 32 (same texts; half before, half after)", plain, 1.0),
        (f"fresh build: parse, facts, embed with {encoder}, Chroma, BM25", fresh, plain / fresh),
        ("unchanged rebuild (nothing embedded)", unchanged, fresh / unchanged),
    ]
    table = [
        f"SciFact corpus: {n} studies, {len(texts)} chunks.",
        "",
        "| run | seconds | studies/s | ratio |",
        "|---|---|---|---|",
        *[f"| {name} | {sec:.1f} | {n / sec:.1f} | {ratio:.2f}× |" for name, sec, ratio in rows],
        "",
        "Ratios: row 2 = plain ÷ fresh build (target ≥ 1.7×); row 3 = fresh ÷ unchanged (target ≥ 50×).",
        f"Dense nDCG@10, SciFact test ({len(qids)} queries), chunks collapsed to studies: plain fp32 "
        f"{nd_plain:.4f}; stored vectors with queries encoded as answers encode them ({encoder_q}) {nd_built:.4f} "
        f"(difference {nd_built - nd_plain:+.4f}; target within 0.005); stored vectors with queries through the "
        f"document encoder {nd_docside:.4f} ({nd_docside - nd_plain:+.4f}). Mean cosine stored vs fp32: {cosine:.4f}. "
        f"Peak RSS {peak_mb:.0f} MB.",
    ]
    write_section(
        "Index build speed",
        "python bench/index_speed.py" + (f" --limit {args.limit}" if args.limit else ""),
        table,
        key="index-speed",
        figure=f"fresh build {plain / fresh:.2f}× plain encoding (target ≥ 1.7×), unchanged rebuild "
        f"{fresh / unchanged:.0f}× faster (target ≥ 50×); {n:,} studies in {fresh:.1f} s",
    )


if __name__ == "__main__":
    main()
