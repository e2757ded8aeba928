"""Crashes and failures lose nothing; hostile study text stays text."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

from assistant.api import answer
from index.build import build
from index.lexical import load_lexical
from index.settings import IndexSettings
from index.store import Store

ROOT = Path(__file__).parent.parent


def caffeine_corpus(path: Path, n: int) -> Path:
    path.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Study {i} of topical caffeine",
                    "abstract": f"Trial {i} of caffeine shampoo in {i + 10} men. " * 6,
                    "doi": f"10.5/{i}",
                }
            )
            + "\n"
            for i in range(n)
        )
    )
    return path


def assert_intact(settings: IndexSettings, base_ids: set[str], embedder) -> Store:
    """The index opens, keeps every earlier study, answers, and its two indexes agree."""
    store = Store(settings)
    stored = store.stored_studies()
    assert base_ids <= set(stored)
    hit = store.query(embedder.encode(["stem cell mesotherapy safety"])[0], 1)[0]
    assert "mesotherapy" in hit.text.lower()
    lexical = load_lexical(store, settings.lexical_dir)
    assert sorted(lexical.chunk_ids) == sorted(c.id for c in store.iter_all(["metadatas"]))
    return store


def test_full_disk_mid_build_keeps_everything_and_rerun_completes(settings, embedder, tmp_path, monkeypatch):
    build([SEED], settings, quiet=True, embedder=embedder)
    base = set(Store(settings).stored_studies())
    corpus = caffeine_corpus(tmp_path / "c.jsonl", 40)
    real_write = Store.write
    calls = {"n": 0}

    def failing_write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Store, "write", failing_write)
    small = settings.model_copy(update={"write_batch": 8, "write_chunks": 1})
    report = build([SEED, corpus], small, quiet=True, embedder=embedder)
    assert (
        not report.ok and "No space left on device" in report.failure and "run the same command again" in report.failure
    )
    assert report.embedded == 8
    assert_intact(settings, base, embedder)
    monkeypatch.setattr(Store, "write", real_write)
    rerun = build([SEED, corpus], small, quiet=True, embedder=embedder)
    assert rerun.ok and rerun.skipped >= len(base) + 8 and rerun.total_studies == len(base) + 40


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(2))
def test_sigkill_in_the_middle_of_a_build_loses_nothing(tmp_path, embedder, trial):
    """The kill lands mid-build by construction: once the progress bar shows some but not all studies
    written (after 8 or 24 of 80). bench/kill_trials.py runs 20 kills at random moments."""
    data = tmp_path / "d"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "FOLLICLE_WRITE_BATCH": "8",
        "FOLLICLE_WRITE_CHUNKS": "8",
        "FOLLICLE_DATA_DIR": str(data),
    }
    cmd = [sys.executable, "-m", "index", "build"]
    assert subprocess.run([*cmd, "--quiet", str(SEED)], env=env, cwd=ROOT, capture_output=True).returncode == 0
    settings = IndexSettings(data_dir=data)
    base = set(Store(settings).stored_studies())
    corpus = caffeine_corpus(tmp_path / "c.jsonl", 80)
    proc = subprocess.Popen(
        [*cmd, str(SEED), str(corpus)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    at = (8, 24)[trial]
    seen = b""
    while True:
        chunk = proc.stderr.read1(4096)
        assert chunk, "the build ended before the kill: " + seen.decode(errors="replace")[-500:]
        seen += chunk
        progress = re.findall(rb"embedding:\s+\d+%\|[^|\r\n]*\|\s*(\d+)/(\d+)", seen)
        if progress and at <= int(progress[-1][0]) < int(progress[-1][1]):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    written = set(Store(settings).stored_studies()) - base
    assert 0 < len(written) < 80  # killed mid-build
    assert_intact(settings, base, embedder)
    rerun = subprocess.run([*cmd, "--quiet", str(SEED), str(corpus)], env=env, cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(base) + 80} studies" in rerun.stdout


def test_instructions_inside_a_study_are_quoted_as_text(fixture_index):
    result = answer("does caffeine shampoo reduce hair shedding?", index=fixture_index)
    hostile = next(c for c in result.citations if "Hostile" in (c.journal or ""))
    assert "<script>" in hostile.title and "Ignore previous instructions" in hostile.text
    for line in result.text.splitlines():
        if "Ignore previous instructions" in line:
            assert line.startswith("- \u201c")  # only ever inside a quoted finding
    assert "caffeine cures baldness" not in result.text.split("**Key findings**")[0]


def test_hostile_text_is_escaped_in_source_cards():
    from app import card
    from assistant.records import Citation

    c = Citation(
        1,
        "doi:x",
        "<script>alert(1)</script>",
        "J",
        2020,
        1,
        'javascript:alert(1)" onmouseover="x',
        "<img src=x onerror=alert(1)>",
        1.0,
        "before <img src=x onerror=alert(1)> after",
    )
    html = card(c)
    assert "<script>" not in html and "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html and 'onmouseover="x' not in html
