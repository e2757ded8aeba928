"""SIGKILL the indexer at random moments, N times; after each kill check that nothing was lost.

    .venv/bin/python bench/kill_trials.py [--trials 20] [--studies 150]

Each trial: a base index (the sample page) exists; a build of more studies starts in a
subprocess and is killed once its progress bar shows a random number of chunks written.
Then: the index opens, every base study is still there and answerable, the dense and keyword
indexes hold the same chunks, and a rerun completes. Prints one row per trial and appends a
summary to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, write_section

sys.path.insert(0, str(ROOT))

from index.embed import Embedder  # noqa: E402
from index.lexical import load_lexical  # noqa: E402
from index.settings import IndexSettings  # noqa: E402
from index.store import Store  # noqa: E402

SAMPLE = ROOT / "index" / "sample"


def run_build(env: dict, *paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "index", "build", "--quiet", *map(str, paths)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--studies", type=int, default=80)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="follicle-kill-"))
    corpus = work / "more.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Study {i} of topical caffeine",
                    "abstract": f"Trial {i} of caffeine shampoo in {i + 10} men. " * 6,
                    "doi": f"10.5/{i}",
                }
            )
            + "\n"
            for i in range(args.studies)
        )
    )
    embedder = Embedder(IndexSettings())
    base_dir = work / "base"
    base_env = {**os.environ, "HF_HUB_OFFLINE": "1", "FOLLICLE_DATA_DIR": str(base_dir)}
    assert run_build(base_env, SAMPLE).returncode == 0
    rows, failures = [], 0
    for trial in range(args.trials):
        data = work / f"t{trial}"
        shutil.copytree(base_dir, data)
        env = {
            **os.environ,
            "HF_HUB_OFFLINE": "1",
            "FOLLICLE_WRITE_BATCH": "8",
            "FOLLICLE_WRITE_CHUNKS": "8",
            "FOLLICLE_DATA_DIR": str(data),
        }
        settings = IndexSettings(data_dir=data)
        base = set(Store(settings).stored_studies())
        target = rng.randint(1, args.studies - 8)  # kill once at least this many chunks are written
        proc = subprocess.Popen(
            [sys.executable, "-m", "index", "build", str(SAMPLE), str(corpus)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        started, seen, written = time.perf_counter(), "", 0
        while written < target and time.perf_counter() - started < 120 and proc.poll() is None:
            seen = (seen + proc.stderr.read(32))[-400:]
            found = re.findall(r"written=(\d+)", seen)
            written = int(found[-1]) if found else 0
        delay = time.perf_counter() - started
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        store = Store(settings)
        stored = store.stored_studies()
        kept = base <= set(stored)
        hit = store.query(embedder.encode(["stem cell mesotherapy safety"])[0], 1)[0]
        answers = "mesotherapy" in hit.text.lower()
        lexical = load_lexical(store, settings.lexical_dir)
        agree = sorted(lexical.chunk_ids) == sorted(c.id for c in store.iter_all(["metadatas"]))
        rerun = run_build(env, SAMPLE, corpus)
        completes = rerun.returncode == 0 and f"{len(base) + args.studies} studies" in rerun.stdout
        ok = kept and answers and agree and completes
        failures += not ok
        rows.append(
            f"| {trial + 1} | {delay:.1f} | {len(stored) - len(base)} | {kept} | {answers} | {agree} | {completes} |"
        )
        print(rows[-1], flush=True)
    lines = [
        f"{args.trials} trials, {failures} failed. Each kills `python -m index build` of {args.studies} "
        "more studies (write batches of 8), killed at a random number of chunks written.",
        "",
        "| trial | killed after s | studies in the index after the kill | base kept | answers | dense = keyword | "
        "rerun completes |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ]
    write_section(
        "Crash safety: SIGKILL trials",
        f"python bench/kill_trials.py --trials {args.trials} --studies {args.studies}",
        lines,
        key="kill-trials",
        figure=f"{args.trials - failures} of {args.trials} builds killed with SIGKILL recovered "
        "(base kept, answers, indexes agree, rerun completes)",
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
