"""Index build throughput on SciFact: fresh build, unchanged rebuild, and plain encode, in one run.

    .venv/bin/python bench/index_speed.py [--limit N] [--data ../shared/data]

Prints a table and appends it, with the command, machine and date, to docs/benchmarks.md.
Ratios, not absolute times, are the targets: this machine is noisy.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.build import build, read_studies  # noqa: E402
from index.chunk import chunk_study  # noqa: E402
from index.embed import Embedder, load_model, resolve_model  # noqa: E402
from index.settings import IndexSettings  # noqa: E402
from index.store import Store  # noqa: E402


def ndcg_at_10(store: Store, embedder: Embedder, data: Path, limit_ids: set[str]) -> float:
    """Dense-only nDCG@10 of the built index on SciFact test queries (binary gains)."""
    queries = {q["_id"]: q["text"] for q in map(json.loads, (data / "queries.jsonl").open())}
    qrels: dict[str, set[str]] = {}
    for line in (data / "qrels" / "test.tsv").read_text().splitlines()[1:]:
        qid, did, _ = line.strip().split("\t")
        if did in limit_ids:
            qrels.setdefault(qid, set()).add(did)
    total = 0.0
    for qid, rel in qrels.items():
        hits = store.query(embedder.encode([queries[qid]])[0], 10)
        ranked = [m["study_id"].removeprefix("slug:") for _, _, m, _ in hits]
        dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked) if d in rel)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(rel), 10)))
        total += dcg / ideal
    return total / max(1, len(qrels))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="use only the first N abstracts (0: all 5,183)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared benchmark data")
    args = ap.parse_args()
    scifact = args.data / "scifact"
    work = Path(tempfile.mkdtemp(prefix="follicle-bench-"))
    corpus = work / "scifact.jsonl"
    lines = (scifact / "corpus.jsonl").read_text().splitlines()
    lines = lines[: args.limit] if args.limit else lines
    corpus.write_text("\n".join(lines) + "\n")
    ids = {json.loads(line)["_id"] for line in lines}
    settings = IndexSettings(data_dir=work / "data")
    embedder = Embedder(settings)
    embedder.encode(["warm up"])

    studies, _, _ = read_studies([corpus], settings)
    texts = [
        c.embed_text for s in studies for c in chunk_study(s, settings.chunk_words, settings.chunk_overlap_sentences)
    ]
    model = load_model(settings.embedding_model)
    t0 = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True)
    plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    fresh_report = build([corpus], settings, quiet=True, embedder=embedder)
    fresh = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = build([corpus], settings, quiet=True, embedder=embedder)
    unchanged = time.perf_counter() - t0
    assert again.embedded == 0
    quality = ndcg_at_10(Store(settings), embedder, scifact, ids)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = fresh_report.studies
    rows = [
        ("plain SentenceTransformer.encode fp32 (same texts)", plain, n / plain, 1.0),
        ("fresh build (parse+embed+Chroma+BM25)", fresh, n / fresh, plain / fresh),
        ("unchanged rebuild", unchanged, n / unchanged, fresh / unchanged),
    ]
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    model_name = next(
        (line.split(":", 1)[1].strip() for line in cpu.splitlines() if line.startswith("Model name")), "?"
    )
    table = [
        f"### Index build, SciFact ({n} abstracts, {len(texts)} chunks) — {date.today()}",
        "",
        f"Command: `.venv/bin/python bench/index_speed.py{' --limit ' + str(args.limit) if args.limit else ''}`  ",
        f"Machine: {os.cpu_count()} cores, {model_name}, Python {platform.python_version()}, "
        f"model {settings.embedding_model} (bundled copy at {resolve_model(settings.embedding_model)})",
        "",
        "| run | seconds | studies/s | ratio |",
        "|---|---|---|---|",
        *[f"| {name} | {sec:.1f} | {rate:.1f} | {ratio:.2f}× |" for name, sec, rate, ratio in rows],
        "",
        f"Ratios: fresh build vs plain encode = {plain / fresh:.2f}× (target ≥ 1.7×); unchanged rebuild vs fresh = "
        f"{fresh / unchanged:.0f}× (target ≥ 50×). Dense nDCG@10 of the built index on SciFact test: {quality:.4f}. "
        f"Peak RSS {peak_mb:.0f} MB.",
        "",
    ]
    print("\n".join(table))
    out = ROOT / "docs" / "benchmarks.md"
    out.parent.mkdir(exist_ok=True)
    if not out.exists():
        out.write_text("# Benchmarks\n\nEvery table: the command, the machine and the date it was run.\n\n")
    with out.open("a") as fh:
        fh.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
