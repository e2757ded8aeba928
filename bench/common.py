"""Shared helpers for the benchmarks: BEIR loading, cached indexes, metrics, result tables."""

from __future__ import annotations

import json
import math
import os
import platform
import subprocess
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / "bench" / ".cache"
RESULTS = ROOT / "docs" / "benchmarks.md"
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def load_beir(name: str, split: str) -> tuple[Path, dict[str, str], dict[str, dict[str, int]]]:
    """Corpus path, queries of the split, and graded qrels {query: {doc: gain}}."""
    folder = DATA / name
    qrels: dict[str, dict[str, int]] = {}
    for line in (folder / "qrels" / f"{split}.tsv").read_text().splitlines()[1:]:
        qid, did, score = line.strip().split("\t")
        if int(score) > 0:
            qrels.setdefault(qid, {})[did] = int(score)
    queries = {q["_id"]: q["text"] for q in map(json.loads, (folder / "queries.jsonl").open()) if q["_id"] in qrels}
    return folder / "corpus.jsonl", queries, qrels


def ndcg(ranked: list[str], gains: dict[str, int], k: int = 10) -> float:
    """nDCG@k with gains 2^rel - 1, as BEIR computes it."""
    dcg = sum((2 ** gains.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[str], gains: dict[str, int], k: int = 100) -> float:
    """Share of relevant documents in the top k."""
    return len(set(ranked[:k]) & set(gains)) / len(gains)


def machine() -> str:
    """One line naming the machine, for result tables."""
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    name = next((ln.split(":", 1)[1].strip() for ln in cpu.splitlines() if ln.startswith("Model name")), "?")
    return f"{os.cpu_count()} cores, {name}, Python {platform.python_version()}"


def write_section(title: str, command: str, lines: list[str]) -> None:
    """Print a result section and append it to docs/benchmarks.md with command, machine and date."""
    block = [f"### {title} — {date.today()}", "", f"Command: `{command}`  ", f"Machine: {machine()}", "", *lines, ""]
    print("\n".join(block))
    if not RESULTS.exists():
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text("# Benchmarks\n\nEvery section: the command, the machine and the date it was run.\n\n")
    with RESULTS.open("a") as fh:
        fh.write("\n".join(block) + "\n")
