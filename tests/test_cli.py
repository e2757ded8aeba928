"""The `python -m index` command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA, SEED

from index.lexical import load_lexical
from index.settings import IndexSettings
from index.store import Store

ROOT = Path(__file__).parent.parent


def run(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "index", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        timeout=timeout,
    )


@pytest.mark.parametrize("command", [[], ["build"], ["fetch"], ["stats"], ["show"], ["export"]])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert ("--data-dir" in result.stdout) if command else all(c in result.stdout for c in ("build", "fetch", "export"))


def test_export_prints_every_study_and_reads_back_unchanged(tmp_path):
    pages = [DATA / "devpages" / "pages" / p for p in ("page01.txt", "page03.txt", "page06.txt")]
    first, second = tmp_path / "first", tmp_path / "second"
    assert run("build", *map(str, pages), "--quiet", "--data-dir", str(first)).returncode == 0
    exported = run("export", "--data-dir", str(first))
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    stats = json.loads(run("stats", "--json", "--data-dir", str(first)).stdout)
    assert len(records) == stats["studies"] > 10
    assert all(r["provenance"] and r["id"] and "content_hash" not in r for r in records)
    dump = tmp_path / "studies.jsonl"
    dump.write_text(exported.stdout)
    assert run("build", str(dump), "--quiet", "--data-dir", str(second)).returncode == 0
    again = [json.loads(line) for line in run("export", "--data-dir", str(second)).stdout.splitlines()]

    def fields(record: dict) -> dict:
        return {k: v for k, v in record.items() if k not in ("provenance", "aliases")}

    assert [fields(r) for r in again] == [fields(r) for r in records]


def test_citation_exports_from_the_command_line_parse_back(tmp_path):
    import bibtexparser
    import rispy

    data = tmp_path / "data"
    pages = [DATA / "devpages" / "pages" / p for p in ("page01.txt", "page03.txt")]
    assert run("build", *map(str, pages), "--quiet", "--data-dir", str(data)).returncode == 0
    studies = json.loads(run("stats", "--json", "--data-dir", str(data)).stdout)["studies"]
    bib = run("export", "--format", "bibtex", "--data-dir", str(data))
    assert bib.returncode == 0, bib.stderr
    library = bibtexparser.parse_string(bib.stdout)
    assert not library.failed_blocks and len({e.key for e in library.entries}) == len(library.entries) == studies
    out = tmp_path / "all.json"
    assert run("export", "--format", "csl", "-o", str(out), "--data-dir", str(data)).returncode == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == studies
    bad = run("export", "--format", "endnote", "--data-dir", str(data))
    assert bad.returncode == 2 and "invalid choice: 'endnote'" in bad.stderr and "Traceback" not in bad.stderr
    ask = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "does finasteride work?", "--cite", "ris", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        timeout=300,
    )
    assert ask.returncode == 0, ask.stderr
    entries = rispy.loads(ask.stdout)
    assert entries and all(e["title"] and e["id"] for e in entries)


def test_build_stats_show_and_bad_input_end_to_end(tmp_path):
    data = str(tmp_path / "d")
    built = run("build", str(DATA / "pages"), str(DATA / "broken"), "--data-dir", data, "--quiet")
    assert built.returncode == 0, built.stderr
    assert "Traceback" not in built.stderr
    assert "latin1.txt:1: not valid UTF-8" in built.stderr and "empty.txt: file is empty" in built.stderr
    assert "10 studies" in built.stdout
    stats = run("stats", "--data-dir", data, "--json")
    info = json.loads(stats.stdout)
    assert (info["studies"], info["chunks"], info["formats"]) == (10, 10, {"page": 9, "pubmed-xml": 1})
    any_id = Store(IndexSettings(data_dir=Path(data))).stored_studies().popitem()[0]
    shown = run("show", any_id, "--data-dir", data)
    assert json.loads(shown.stdout)["id"] == any_id
    missing = run("show", "doi:nope", "--data-dir", data)
    assert missing.returncode == 1 and "no study with id" in missing.stderr and "Traceback" not in missing.stderr


def test_nothing_usable_exits_non_zero_with_one_line(tmp_path):
    result = run(
        "build",
        str(DATA / "broken" / "empty.txt"),
        str(tmp_path / "nope.csv"),
        "--data-dir",
        str(tmp_path / "d"),
        "--quiet",
    )
    assert result.returncode == 1
    assert "nope.csv: no such file or folder" in result.stderr and "Traceback" not in result.stderr


def test_unloadable_model_is_one_clear_line(tmp_path):
    result = run(
        "build", str(SEED), "--data-dir", str(tmp_path / "d"), "--model", str(tmp_path / "no-model"), "--quiet"
    )
    assert result.returncode == 2 and "cannot load embedding model" in result.stderr
    assert "Traceback" not in result.stderr


def test_killed_build_keeps_old_index_and_rerun_completes(tmp_path, embedder):
    """SIGKILL a build midway: the earlier index still answers, and a rerun finishes the job."""
    data = tmp_path / "d"
    assert run("build", str(SEED), "--data-dir", str(data), "--quiet").returncode == 0
    corpus = tmp_path / "many.jsonl"
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
            for i in range(200)
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "index", "build", str(SEED), str(corpus), "--data-dir", str(data)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "FOLLICLE_WRITE_BATCH": "16", "FOLLICLE_WRITE_CHUNKS": "16"},
    )
    seen = ""
    deadline = time.time() + 240
    while time.time() < deadline and "written=3" not in seen:  # at least 32 studies written
        seen += proc.stderr.read(64)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    settings = IndexSettings(data_dir=data)
    store = Store(settings)
    stored = store.stored_studies()
    assert 8 + 16 <= len(stored) < 208
    hit = store.query(embedder.encode(["stem cell mesotherapy safety"])[0], 1)[0]
    assert "mesotherapy" in hit.text.lower()
    lexical = load_lexical(store, settings.lexical_dir)  # stale after the kill: rebuilt from Chroma
    assert len(lexical.chunk_ids) == store.count_chunks()
    rerun = run("build", str(SEED), str(corpus), "--data-dir", str(data), "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    assert "208 studies" in rerun.stdout and "unchanged" in rerun.stdout
    skipped = int(rerun.stdout.split(" unchanged")[0].split()[-1])
    assert skipped >= 8 + 16
