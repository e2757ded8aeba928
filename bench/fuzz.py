"""Fuzz every reader with many generated inputs and record the run in docs/benchmarks.md.

The properties live in tests/test_sources_fuzz.py (the normal suite runs a few examples each);
this runs them with FOLLICLE_FUZZ_EXAMPLES examples per property (default 10,000), as
`make bench` does, and writes the pass count and time as the benchmark's section.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time

from common import ROOT, write_section


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000, help="generated inputs per property (default 10,000)")
    args = ap.parse_args()
    env = {**os.environ, "FOLLICLE_FUZZ_EXAMPLES": str(args.examples)}
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_sources_fuzz.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    tail = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    counts = dict((word, int(n)) for n, word in re.findall(r"(\d+) (passed|failed|errors?)", tail))
    failed = counts.get("failed", 0) + counts.get("error", 0) + counts.get("errors", 0)
    lines = [
        f"Every property of tests/test_sources_fuzz.py with {args.examples:,} generated examples each (arbitrary "
        "bytes into every reader; MEDLINE, page and XML fragments; CSV with quotes and newlines; JSON of any "
        "shape), plus its deep-nesting, huge-line and over-size cases. Each input must give studies or a domain "
        "error naming the file (and line): no unhandled exception, hang or runaway memory.",
        "",
        f"pytest: `{tail}` ({seconds:.1f} s wall).",
    ]
    write_section(
        "Fuzzing the readers",
        f"python bench/fuzz.py --examples {args.examples}",
        lines,
        key="fuzz",
        figure=f"{counts.get('passed', 0)} fuzz tests passed, {failed} failed, "
        f"at {args.examples:,} examples per property",
    )
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
