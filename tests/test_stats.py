"""What the index holds and when it was last built (the status line's source)."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime

from conftest import DATA, SEED

from index.build import build
from index.stats import stats


def test_a_build_records_when_it_changed_the_index(settings, embedder, tmp_path):
    assert stats(settings)["built_at"] is None  # nothing built yet: nothing claimed
    before = datetime.now(UTC).replace(microsecond=0)
    build([SEED], settings, quiet=True, embedder=embedder)
    first = stats(settings)["built_at"]
    built = datetime.strptime(first, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= built <= datetime.now(UTC)
    time.sleep(1.1)  # the record has whole seconds
    build([SEED], settings, quiet=True, embedder=embedder)  # nothing new: the index did not change
    assert stats(settings)["built_at"] == first
    corpus = tmp_path / "more"
    corpus.mkdir()
    shutil.copy(DATA / "pages" / "cold_plasma.txt", corpus / "cold_plasma.txt")
    report = build([corpus], settings, quiet=True, embedder=embedder)
    assert report.embedded >= 1
    assert stats(settings)["built_at"] > first
