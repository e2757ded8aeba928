"""Shared helpers for the benchmarks: BEIR loading, cached indexes, metrics, result tables."""

from __future__ import annotations

import json
import math
import os
import platform
import re
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
    try:
        cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    except OSError:  # no lscpu (a minimal container): the core count and Python still say enough
        cpu = ""
    name = next((ln.split(":", 1)[1].strip() for ln in cpu.splitlines() if ln.startswith("Model name")), "?")
    return f"{os.cpu_count()} cores, {name}, Python {platform.python_version()}"


# docs/benchmarks.md keeps one current section per benchmark between these markers, and a summary
# table (itself between ``<!-- bench:summary -->`` markers) made from those sections. Text outside
# the markers (a note on a section, the introduction) is the authors' and survives every run.
SECTION = re.compile(r"<!-- bench:(?P<key>[a-z0-9-]+) -->\n(?P<body>.*?)<!-- /bench:(?P=key) -->\n?", re.S)
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SUMMARY = "summary"
HEADER = """# Benchmarks

The table gives the current figure of every benchmark; below it is one section per benchmark with
its full result, the command, the date and the machine. `make bench` reruns them all, and each run
replaces its own section and its row here (`bench/common.py` `write_section`). Earlier runs, kept
with the reason they were superseded, are in [benchmarks-history.md](benchmarks-history.md).

## Current figures

<!-- bench:summary -->
<!-- /bench:summary -->

## Results
"""
HISTORY_HEADER = """# Benchmark history

Superseded runs, oldest first, each with the reason it was replaced where one was written down.
The current figures are in [benchmarks.md](benchmarks.md).
"""


def write_section(
    title: str,
    command: str,
    lines: list[str],
    *,
    key: str | None = None,
    figure: str | None = None,
    results: Path | None = None,
    history: Path | None = None,
    when: date | None = None,
) -> str:
    """Print a benchmark's result and make it the current section of docs/benchmarks.md.

    ``key`` names the benchmark (``latency``, ``retrieval-test``; default: made from the title) and
    marks its section ``<!-- bench:KEY -->`` ... ``<!-- /bench:KEY -->``. A run replaces the section
    with that key in place (a new key goes at the end), moves the section it replaced to
    docs/benchmarks-history.md, and rewrites the summary table at the top, where ``figure`` is the
    one line a reader wants (the headline number with its target or baseline). So::

        write_section("Lay questions", "python bench/lay.py", table_lines,
                      key="lay-questions", figure="cited an answering study in 18 of 25")

    adds or refreshes that benchmark and its table row, and nothing else in the file changes.
    Keys in use: index-speed, retrieval-test, retrieval-tune, fusion, pubmedqa, latency, cold-start,
    load, kill-trials, fuzz, fidelity, fetch, store-layout, query-adapter; pass the same key every
    run (a changed title then keeps its place, a changed key would start a second section). A note
    that should outlive reruns (how a figure was first obtained, a one-off measurement) goes in the
    file just after the section's closing marker; what changed since the last run goes in
    ``lines``. ``results`` and ``history`` default to the docs files (tests pass temporary ones).
    Returns the section as written.
    """
    key = key or slug(title)
    if not KEY.fullmatch(key) or key == SUMMARY:
        raise ValueError(f"benchmark key {key!r}: use lower-case words joined by hyphens, not {SUMMARY!r}")
    results = results or RESULTS
    history = history or results.with_name("benchmarks-history.md")
    block = section(title, command, lines, figure=figure, when=when or date.today(), on=machine())
    print(block)
    text = results.read_text() if results.exists() else HEADER
    text, replaced = replace_section(text, key, block)
    if replaced:
        _append(history, HISTORY_HEADER, archived(replaced))
    _write(results, with_summary(text))
    return block


def section(title: str, command: str, lines: list[str], *, figure: str | None, when: date | str, on: str) -> str:
    """One section's text (no markers): title, figure, command, date, machine, then the result lines."""
    head = [
        f"### {title}",
        "",
        f"**Current figure:** {figure or 'see below'}  ",
        f"Command: `{command}`  ",
        f"Date: {when}  ",
        f"Machine: {on}",
        "",
    ]
    return "\n".join([*head, *lines]).rstrip() + "\n"


def replace_section(text: str, key: str, block: str) -> tuple[str, str | None]:
    """``text`` with the section ``key`` set to ``block``, and the body it replaced (None if new)."""
    marked = f"<!-- bench:{key} -->\n{block.rstrip()}\n<!-- /bench:{key} -->\n"
    for match in SECTION.finditer(text):
        if match.group("key") == key:
            return text[: match.start()] + marked + text[match.end() :], match.group("body")
    return text.rstrip("\n") + "\n\n" + marked, None


def with_summary(text: str) -> str:
    """``text`` with its summary table rebuilt from the sections, in the order they appear."""
    rows = [
        "| benchmark | current figure | command | date | machine |",
        "|---|---|---|---|---|",
        *(summary_row(m.group("body")) for m in SECTION.finditer(text) if m.group("key") != SUMMARY),
    ]
    table = "\n".join(rows)
    if f"<!-- bench:{SUMMARY} -->" not in text:  # a file written by hand: the table goes first
        head, _, rest = text.partition("\n## ")
        text = (
            head.rstrip("\n")
            + f"\n\n<!-- bench:{SUMMARY} -->\n<!-- /bench:{SUMMARY} -->\n"
            + ("\n## " + rest if rest else "")
        )
    return replace_section(text, SUMMARY, table)[0]


def summary_row(body: str) -> str:
    """The table row of one section: its title (linked), figure, command, date and machine."""

    def field(pattern: str) -> str:
        found = re.search(pattern, body, re.M)
        return found.group(1).strip() if found else "?"

    title = field(r"^### (.+)$")
    cells = [
        f"[{title}](#{slug(title)})",
        field(r"^\*\*Current figure:\*\* (.+)$"),
        f"`{field(r'^Command: `(.+)`')}`",
        field(r"^Date: (.+)$"),
        field(r"^Machine: (.+)$"),
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def slug(title: str) -> str:
    """The anchor GitHub gives a heading ("Latency of answer()" -> "latency-of-answer"), also the default key."""
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).strip().replace(" ", "-")


def archived(body: str) -> str:
    """A replaced section as the history keeps it: under a dated title, as it was."""
    when = re.search(r"^Date: (\S+)", body, re.M)
    return re.sub(
        r"^### (.+)$", lambda m: f"### {m.group(1)} — {when.group(1) if when else '?'}", body, count=1, flags=re.M
    )


def _append(path: Path, header: str, block: str) -> None:
    text = path.read_text() if path.exists() else header
    _write(path, text.rstrip("\n") + "\n\n" + block.rstrip() + "\n")


def _write(path: Path, text: str) -> None:
    """Write through a temporary file, so an interrupted run never leaves half a results file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    tmp.replace(path)
