"""bench/fidelity.py --pages: which expected studies and page files a page set is scored on.

Only where the rows and pages come from is tested here; nothing reads a page. The held-out set
(tests/data/devpages/heldout) is kept for its first run and is not touched by any test.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import fidelity  # noqa: E402

SURVEYED = ROOT / "tests" / "data" / "devpages" / "surveyed"


def test_the_default_is_the_dev_set_with_generated_pages_first_then_surveyed():
    rows, paths = fidelity.page_rows()
    expected = (ROOT / "tests" / "data" / "devpages" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(expected)
    assert all(path.is_file() for path in paths.values())
    assert {path.parent.name for path in paths.values()} == {"pages", "surveyed"}


def test_another_folder_uses_its_own_expected_rows_and_only_the_pages_it_holds(tmp_path):
    shutil.copy(SURVEYED / "expected.jsonl", tmp_path)
    for page in ("page33.txt", "page40.txt"):
        shutil.copy(SURVEYED / page, tmp_path)
    rows, paths = fidelity.page_rows(tmp_path)
    everything = [json.loads(line) for line in (SURVEYED / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == [row for row in everything if row["page"] in {"page33.txt", "page40.txt"}]
    assert paths == {"page33.txt": tmp_path / "page33.txt", "page40.txt": tmp_path / "page40.txt"}


@pytest.mark.parametrize("what", ["no expected file", "no listed page"])
def test_a_folder_that_cannot_be_scored_is_a_clear_error(tmp_path, what):
    if what == "no listed page":
        shutil.copy(SURVEYED / "expected.jsonl", tmp_path)
    with pytest.raises(SystemExit, match=str(tmp_path)):
        fidelity.page_rows(tmp_path)
