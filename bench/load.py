"""Concurrent conversations against the running chat page's API, loopback only, bounded.

    .venv/bin/python bench/load.py [--conversations 50] [--turns 20] [--concurrency 4]

Starts app.py on a free 127.0.0.1 port over an index of the test fixtures, then runs the
conversations in parallel threads, each with its own gradio_client. Checks every answer cites
its own conversation's topic (no cross-talk), and reports p50/p95 latency, errors, and the
server's memory at the start and the end (no leak across ~1,000 questions).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import ROOT, write_section

sys.path.insert(0, str(ROOT))

from index.build import build  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

TOPICS = [  # (first question, follow-up, word every cited first source must contain)
    ("is stem-cell mesotherapy safe?", "how many patients were treated?", "mesotherapy"),
    ("cold plasma for hair loss", "was it well tolerated?", "plasma"),
    ("ketoconazole shampoo for androgenetic alopecia", "what were the side effects?", "ketoconazole"),
    ("spironolactone for female pattern hair loss", "how long was the follow-up?", "spironolactone"),
    ("tofacitinib for alopecia areata", "how many patients regrew hair?", "tofacitinib"),
    ("low-level laser therapy for hair loss", "was it safe?", "laser"),
    ("finasteride for male pattern hair loss", "what adverse effects were reported?", "finasteride"),
    ("hair loss after chemotherapy", "does it persist?", "chemotherapy"),
]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def conversation(url: str, number: int, turns: int) -> list[tuple[float, bool, str]]:
    """One conversation: its topic's question, then the follow-up, alternating.

    Per turn: (seconds, answered for this conversation, problem, first citation on topic). A
    follow-up's searched query must never carry another conversation's topic: the cross-talk check.
    """
    from gradio_client import Client

    client = Client(url, verbose=False)
    first, follow, word = TOPICS[number % len(TOPICS)]
    asked: list[str] = []
    out = []
    for turn in range(turns):
        question = first if turn % 2 == 0 else follow
        start = time.perf_counter()
        try:
            result = client.predict(question, asked if turn % 2 else [], api_name="/answer")
            cited = result["citations"][0] if result["citations"] else {"text": "", "title": ""}
            others = {w for _, _, w in TOPICS if w != word}
            own = result["question"] == question and not any(w in result["query_used"].lower() for w in others)
            on_topic = word in (cited["text"] + cited["title"]).lower()
            problem = "" if own else f"cross-talk: asked {question!r}, got {result['query_used']!r}"
            out.append((time.perf_counter() - start, own, problem, on_topic))
            asked = [result["query_used"]]
        except Exception as exc:  # a failed request is counted, not fatal
            out.append((time.perf_counter() - start, False, f"{type(exc).__name__}: {exc}", False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conversations", type=int, default=50)
    ap.add_argument("--turns", type=int, default=20)
    ap.add_argument("--concurrency", type=int, default=4, help="the app's queue concurrency")
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="follicle-load-")) / "data"
    fixtures = ROOT / "tests" / "data"
    build([fixtures / "pages", fixtures / "pubmed", fixtures / "tabular"], IndexSettings(data_dir=data), quiet=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [
            sys.executable,
            "app.py",
            "--port",
            str(port),
            "--data-dir",
            str(data),
            "--concurrency",
            str(args.concurrency),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        conversation(url, 0, 2)  # warm up
        start_rss = rss_mb(server.pid)
        started = time.perf_counter()
        with ThreadPoolExecutor(args.conversations) as pool:
            results = [
                r
                for conv in pool.map(lambda n: conversation(url, n, args.turns), range(args.conversations))
                for r in conv
            ]
        wall = time.perf_counter() - started
        end_rss = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = sorted(r[0] * 1000 for r in results)
    errors = [r[2] for r in results if not r[1]]
    on_topic = sum(1 for r in results if r[3]) / len(results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    lines = [
        "| conversations × turns | requests | errors or cross-talk | p50 ms | p95 ms | throughput req/s | "
        "server RSS start → end MB |",
        "|---|---|---|---|---|---|---|",
        f"| {args.conversations} × {args.turns} | {len(results)} | {len(errors)} | "
        f"{statistics.median(latencies):.0f} | {p95:.0f} | {len(results) / wall:.1f} | "
        f"{start_rss:.0f} → {end_rss:.0f} |",
        "",
        f"App queue concurrency {args.concurrency}; latency is end to end through gradio_client (queueing "
        f"included). First citation on the conversation's topic in {on_topic:.1%} of answers (a relevance "
        "figure, not an error: some follow-ups such as 'what were the side effects?' reach a study of "
        "another treatment that reports side effects). "
        + (
            f"First problems: {errors[:3]}"
            if errors
            else "No request failed and no answer carried another conversation's question or topic."
        ),
    ]
    write_section(
        "Load: concurrent conversations through the API",
        f"python bench/load.py --conversations {args.conversations} --turns {args.turns}",
        lines,
        key="load",
        figure=f"{len(results):,} requests from {args.conversations} conversations, {len(errors)} errors; p50 "
        f"{statistics.median(latencies):,.0f} ms, p95 {p95:,.0f} ms; {len(results) / wall:.1f} req/s",
    )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
