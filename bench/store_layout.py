"""Write cost of the store layouts: text as Chroma document + records collection vs text in metadata.

    python bench/store_layout.py [--chunks 6000] [--repeats 2]

Store version 3 kept each chunk's text and its bulky data (study JSON, sentence vectors) in the
chunk's metadata and wrote "" as the document, because Chroma's full-text index of documents
slowed writes. Version 4 stores the text as the document (so LangChain's own ``Chroma`` sees
real ``page_content``) and moves the bulky data into a companion collection. This writes the same
SciFact chunks (real text, real sentence-vector sizes, random unit vectors) both ways, 500 per
upsert as the build does, alternating the order, and reports seconds per 1,000 chunks and the
ratio, which is what the build pays for the change.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from common import write_section  # noqa: E402

from index.pooling import pack  # noqa: E402
from index.settings import IndexSettings  # noqa: E402
from index.store import BULKY, TEXT, Store  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "scifact" / "corpus.jsonl"
BATCH = 500


def chunks(n: int) -> list[dict]:
    """The first n chunks of real SciFact text with the metadata and records the build writes."""
    rng = np.random.default_rng(0)
    rows = []
    with DATA.open() as fh:
        for line in fh:
            doc = json.loads(line)
            text = f"{doc.get('title', '')}. {doc['text']}"[:1200]
            k = len(rows)
            sentences = max(1, text.count(". "))
            vec = rng.normal(size=384).astype(np.float32)
            sent = rng.normal(size=(sentences, 384)).astype(np.float32)
            meta = {"study_id": f"s{k}", "content_hash": "h" * 40, "chunk": 0, "chunks": 1, "year": 2020}
            record = {
                "study_id": f"s{k}",
                "chunk": 0,
                "study_json": json.dumps({"id": f"s{k}", "title": doc.get("title"), "summary": doc["text"]}),
                "sentence_spans": json.dumps([[i, i + 10] for i in range(sentences)]),
                "sentence_vectors": pack(sent),
            }
            rows.append({"id": f"s{k}#0", "vec": vec / np.linalg.norm(vec), "text": text, "meta": meta, "rec": record})
            if len(rows) == n:
                return rows
    return rows


def write_v3(store: Store, rows: list[dict]) -> None:
    for i in range(0, len(rows), BATCH):
        part = rows[i : i + BATCH]
        store.collection.upsert(
            ids=[r["id"] for r in part],
            embeddings=np.stack([r["vec"] for r in part]),
            documents=[""] * len(part),
            metadatas=[{**r["meta"], TEXT: r["text"], **{k: r["rec"][k] for k in BULKY}} for r in part],
        )


def write_v4(store: Store, rows: list[dict]) -> None:
    for i in range(0, len(rows), BATCH):
        part = rows[i : i + BATCH]
        store.put(
            [r["id"] for r in part],
            np.stack([r["vec"] for r in part]),
            [r["text"] for r in part],
            [r["meta"] for r in part],
            [r["rec"] for r in part],
        )


def timed(writer, rows: list[dict]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(IndexSettings(data_dir=Path(tmp)))
        start = time.perf_counter()
        writer(store, rows)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=6000)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    rows = chunks(args.chunks)
    v3, v4 = [], []
    for r in range(args.repeats):
        order = [(write_v3, v3), (write_v4, v4)] if r % 2 == 0 else [(write_v4, v4), (write_v3, v3)]
        for writer, out in order:
            out.append(timed(writer, rows))
    per_k = lambda xs: 1000 * min(xs) / len(rows)  # noqa: E731
    lines = [
        f"{len(rows):,} SciFact chunks, {BATCH} per upsert, best of {args.repeats} (alternating order):",
        "",
        "| layout | write time | per 1,000 chunks |",
        "|---|---|---|",
        f"| v3: text + bulky data in metadata, empty document | {min(v3):.1f} s | {per_k(v3):.2f} s |",
        f"| v4: text as document, bulky data in `-records` | {min(v4):.1f} s | {per_k(v4):.2f} s |",
        "",
        f"v4 / v3 = {min(v4) / min(v3):.2f}x; all runs: v3 {', '.join(f'{x:.1f}' for x in v3)} s, "
        f"v4 {', '.join(f'{x:.1f}' for x in v4)} s.",
    ]
    write_section(
        "Store layout write cost",
        f"python bench/store_layout.py --chunks {args.chunks}",
        lines,
        key="store-layout",
        figure=f"v4 (text as documents) writes in {min(v4) / min(v3):.2f}x v3's time: {per_k(v4):.2f} s vs "
        f"{per_k(v3):.2f} s per 1,000 chunks",
    )


if __name__ == "__main__":
    main()
