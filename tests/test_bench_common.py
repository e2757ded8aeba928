"""bench/common.py write_section: a benchmark run replaces its own section and table row, never appends."""

from __future__ import annotations

import re
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import common  # noqa: E402

FIRST, SECOND = date(2026, 12, 1), date(2026, 12, 2)


def sections(text: str) -> dict[str, str]:
    return {m.group("key"): m.group("body") for m in common.SECTION.finditer(text)}


def rows(text: str) -> list[str]:
    return [line for line in sections(text)["summary"].splitlines() if line.startswith("| [")]


def test_a_rerun_replaces_its_section_and_row_and_archives_the_old_one(tmp_path):
    results, history = tmp_path / "benchmarks.md", tmp_path / "history.md"
    write = lambda *a, **k: common.write_section(*a, results=results, history=history, **k)  # noqa: E731
    write("Latency of answer()", "python bench/latency.py", ["| a |", "|---|", "| 41 ms |"], key="latency",
          figure="p50 41 ms", when=FIRST)  # fmt: skip
    write("Lay questions", "python bench/lay.py", ["18 of 25 cited"], key="lay-questions", figure="18/25", when=FIRST)
    results.write_text(results.read_text().replace("<!-- /bench:latency -->\n", "<!-- /bench:latency -->\n\nA note.\n"))
    assert not history.exists()

    write("Latency of answer()", "python bench/latency.py", ["| a |", "|---|", "| 35 ms |"], key="latency",
          figure="p50 35 ms", when=SECOND)  # fmt: skip
    text = results.read_text()
    assert text.count("<!-- bench:latency -->") == 1 and text.count("### Latency of answer()") == 1
    assert "35 ms" in sections(text)["latency"] and "41 ms" not in text  # replaced, not appended
    assert list(sections(text)) == ["summary", "latency", "lay-questions"]  # in place, order kept
    assert "A note.\n" in text  # the authors' text outside the markers survives the run
    assert "18 of 25 cited" in sections(text)["lay-questions"]
    latency, lay = rows(text)
    assert "p50 35 ms" in latency and "2026-12-02" in latency and "`python bench/latency.py`" in latency
    assert "[Latency of answer()](#latency-of-answer)" in latency and "p50 41 ms" not in text
    assert "18/25" in lay and "2026-12-01" in lay
    archived = history.read_text()
    assert "### Latency of answer() — 2026-12-01" in archived and "41 ms" in archived and "35 ms" not in archived


def test_rerunning_on_the_real_results_file_changes_only_that_benchmark(tmp_path):
    results = tmp_path / "benchmarks.md"
    shutil.copy(ROOT / "docs" / "benchmarks.md", results)
    before = results.read_text()
    keys = list(sections(before))
    assert len(keys) == len(set(keys)) and "latency" in keys and len(rows(before)) == len(keys) - 1
    common.write_section("Latency of answer()", "python bench/latency.py", ["new table"], key="latency",
                         figure="p50 1 ms", results=results, history=tmp_path / "h.md", when=SECOND)  # fmt: skip
    after = results.read_text()
    assert list(sections(after)) == keys
    changed = {k for k in keys if sections(after)[k] != sections(before)[k]}
    assert changed == {"summary", "latency"}
    changed_rows = set(rows(after)) ^ set(rows(before))
    assert len(changed_rows) == 2 and all("Latency of answer()" in r for r in changed_rows)
    outside = lambda t: common.SECTION.sub("", t)  # noqa: E731
    assert outside(after) == outside(before)
    assert "Latency of answer() — " in (tmp_path / "h.md").read_text()


def test_every_section_of_the_results_file_has_its_command_date_and_machine():
    text = (ROOT / "docs" / "benchmarks.md").read_text()
    for key, body in sections(text).items():
        if key == "summary":
            continue
        for label in ("Current figure:", "Command: `", "Date: 20", "Machine: "):
            assert label in body, (key, label)
    assert all("| ? |" not in row and re.search(r"\| 20\d\d-\d\d-\d\d \|", row) for row in rows(text))


def test_a_new_file_gets_the_header_and_a_bad_key_is_refused(tmp_path):
    results = tmp_path / "new.md"
    common.write_section("Cold start", "python bench/latency.py --cold", ["x"], results=results, when=FIRST)
    text = results.read_text()
    assert text.startswith("# Benchmarks") and list(sections(text)) == ["summary", "cold-start"]
    assert "see below" in rows(text)[0]  # no figure given: the row says where to look
    with pytest.raises(ValueError, match="lower-case words"):
        common.write_section("X", "x", [], key="Not A Key", results=results)
    with pytest.raises(ValueError):
        common.write_section("X", "x", [], key="summary", results=results)
