"""`index fetch pubmed` end to end against the fake E-utilities server, with the real model and Chroma.

The whole module is ``slow`` (tests/conftest.py): it runs the command in subprocesses and waits out
NCBI's request spacing, which the fake server checks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from fake_eutils import FakeEUtils, records

from assistant.api import answer
from assistant.retrieve import Filters, Index, search
from assistant.settings import Settings
from index.fetch import FetchState, fetch_pubmed
from index.settings import IndexSettings
from index.store import Store

ROOT = Path(__file__).parent.parent
QUERY = "hair OR alopecia"
NOT_SAVED = {"90000004", "90000007", "90000008"}  # no abstract, a retraction notice, an erratum


def settings_for(fake: FakeEUtils, data_dir: Path, **overrides) -> IndexSettings:
    """Small pages, short backoff, and an API key: 10 requests/s (tests/test_eutils.py checks both rates)."""
    defaults = {"fetch_backoff": 0.01, "fetch_batch": 20, "ncbi_api_key": "test-key"}
    return IndexSettings(data_dir=data_dir, eutils_url=fake.url, **{**defaults, **overrides})


def today() -> tuple[int, int, int]:
    now = datetime.now(UTC)
    return now.year, now.month, now.day


def stored_ids(settings: IndexSettings) -> list[str]:
    return sorted(s.id for s in Store(settings).iter_studies())


def test_fetch_indexes_every_usable_record_and_answers_link_the_pmid(fake, tmp_path, embedder):
    settings = settings_for(fake, tmp_path / "data")
    report = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    usable = set(fake.search({"term": QUERY})) - NOT_SAVED
    assert report.ok and report.new == len(usable) and report.updated == 0
    assert report.skipped == {"without an abstract": 1, "notices (errata, retractions)": 2}
    assert sorted(p.stem for p in settings.pubmed_dir.glob("*.xml")) == sorted(usable)
    assert report.build.total_studies == len(usable)
    assert report.summary().startswith(f"fetched {len(usable) + 3} records ({len(usable)} new, 0 updated); index now")

    result = answer(
        "Is low-dose oral minoxidil as good as topical minoxidil for women?", settings=Settings(index=settings)
    )
    cited = {c.pmid: c for c in result.citations}
    assert "90000001" in cited
    assert cited["90000001"].pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert cited["90000001"].url == "https://doi.org/10.5555/fake.2024.001"
    mesh_hits = search(Index(Settings(index=settings), embedder), "scalp treatment", Filters(mesh="plasma GASES"))
    assert [h.study.pmid for h in mesh_hits] == ["90000014"]


def test_unchanged_rerun_adds_nothing_and_a_revision_is_replaced_in_place(fake, tmp_path, embedder):
    settings = settings_for(fake, tmp_path / "data")
    first = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    files = {p: p.stat().st_mtime_ns for p in settings.pubmed_dir.glob("*.xml")}
    generation = Store(settings).generation

    again = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    assert (again.fetched, again.new, again.updated, again.build.embedded) == (0, 0, 0, 0)
    assert fake.log[-1].params["mindate"] == FetchState(settings.fetch_state).since(QUERY).strftime("%Y/%m/%d")
    assert {p: p.stat().st_mtime_ns for p in settings.pubmed_dir.glob("*.xml")} == files
    assert Store(settings).generation == generation  # nothing written to the index
    assert again.build.total_studies == first.build.total_studies

    old = fake.records["90000012"]
    new_abstract = ((None, "Revised: of 79 women given spironolactone, two thirds kept or gained hair density."),)
    fake.revise(records.revised(old, today(), abstract=new_abstract, doi="10.5555/fake.2018.012"))
    revised = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    assert (revised.fetched, revised.new, revised.updated, revised.build.embedded) == (1, 0, 1, 1)
    assert revised.build.total_studies == first.build.total_studies  # replaced, not added
    study = Store(settings).get_study("doi:10.5555/fake.2018.012")
    assert study.summary.startswith("Revised: of 79 women") and study.pmid == "90000012"
    assert Store(settings).get_study("pmid:90000012") is None  # its old id (no DOI then) is gone


def test_faults_are_retried_and_nothing_is_lost_or_doubled(fake, tmp_path, embedder):
    clean = settings_for(fake, tmp_path / "clean")
    fetch_pubmed(QUERY, clean, quiet=True, embedder=embedder)
    faulty = settings_for(fake, tmp_path / "faulty")
    fake.faults.extend(["429", "500", "drop", "malformed"])
    fake.search_faults.extend(["500"])
    report = fetch_pubmed(QUERY, faulty, quiet=True, embedder=embedder)
    assert report.ok and len(report.retried) == 5
    assert stored_ids(faulty) == stored_ids(clean)
    assert Store(faulty).count_chunks() == Store(clean).count_chunks()


def test_a_run_that_gives_up_keeps_its_pages_and_the_rerun_completes(fake, tmp_path, embedder):
    settings = settings_for(fake, tmp_path / "data", fetch_retries=2)
    fake.faults.extend(["ok", "500", "500"])  # page 1 arrives, page 2 fails twice: the run stops
    stopped = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    assert (
        not stopped.ok and "stopped after 20 of" in stopped.failure and "run the same command again" in stopped.failure
    )
    assert stopped.build.total_studies == 20 - len(NOT_SAVED & set(fake.search({"term": QUERY})[:20]))
    assert FetchState(settings.fetch_state).since(QUERY) is None  # not remembered: the rerun asks for everything

    finished = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    assert finished.ok and finished.unchanged == 20 - len(NOT_SAVED & set(fake.search({"term": QUERY})[:20]))
    clean = settings_for(fake, tmp_path / "clean")
    fetch_pubmed(QUERY, clean, quiet=True, embedder=embedder)
    assert stored_ids(settings) == stored_ids(clean)


def test_max_caps_the_run_and_since_overrides_the_remembered_date(fake, tmp_path, embedder):
    from datetime import date

    settings = settings_for(fake, tmp_path / "data")
    capped = fetch_pubmed(QUERY, settings, max_records=10, quiet=True, embedder=embedder)
    assert capped.fetched == 10 and "fetched the 10 most recent (--max)" in capped.summary()
    assert FetchState(settings.fetch_state).since(QUERY) is None  # a capped run is not a complete one
    later = fetch_pubmed(QUERY, settings, since=date(2030, 1, 1), quiet=True, embedder=embedder)
    assert later.matched == 0 and later.fetched == 0


def test_retracted_study_is_marked_in_the_answer(fake, tmp_path, embedder):
    settings = settings_for(fake, tmp_path / "data")
    fetch_pubmed("mesotherapy", settings, quiet=True, embedder=embedder)
    result = answer("Is stem-cell conditioned medium by mesotherapy safe?", settings=Settings(index=settings))
    retracted = [c for c in result.citations if c.pmid == "90000006"]
    assert retracted and retracted[0].retracted and retracted[0].title.startswith("[RETRACTED]")
    assert f"[{retracted[0].n}] has been retracted: do not rely on it." in result.text.split("\n\n")[0]  # in the lead


def _cli(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "index", *args],
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_no_network_is_one_line_and_changes_nothing(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = _cli(
        "fetch",
        "pubmed",
        "alopecia",
        "--data-dir",
        str(tmp_path / "d"),
        env={"FOLLICLE_EUTILS_URL": f"http://127.0.0.1:{port}/"},
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: PubMed cannot be reached at http://127.0.0.1:")
    assert not (tmp_path / "d").exists()


def _indexed(settings: IndexSettings) -> list[dict]:
    """Every stored study as `index export` prints it; where its file sits is not part of what was indexed."""
    rows = []
    for study in sorted(Store(settings).iter_studies(), key=lambda s: s.id):
        row = study.to_dict()
        row.pop("content_hash")
        row["provenance"] = [{**p, "file": Path(p["file"]).name} for p in row["provenance"]]
        rows.append(row)
    return rows


def test_sigkill_mid_fetch_then_rerun_gives_the_same_index(fake, tmp_path, embedder):
    whole = settings_for(fake, tmp_path / "whole", fetch_batch=5)
    assert fetch_pubmed(QUERY, whole, quiet=True, embedder=embedder).ok

    env = {
        "FOLLICLE_EUTILS_URL": fake.url,
        "FOLLICLE_FETCH_BATCH": "5",
        "FOLLICLE_FETCH_BACKOFF": "0.01",
        "NCBI_API_KEY": "test-key",
    }
    fake.delay = 0.2  # slow pages, so the kill lands mid-fetch
    killed_dir = tmp_path / "killed"
    proc = _cli("fetch", "pubmed", QUERY, "--quiet", "--data-dir", str(killed_dir), env=env)
    deadline = time.time() + 120
    while len(list((killed_dir / "sources" / "pubmed").glob("*.xml"))) < 12:
        assert proc.poll() is None and time.time() < deadline, "fetch ended before it could be killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not (killed_dir / "fetch" / "pubmed.json").exists()
    fake.delay = 0.0
    rerun = _cli("fetch", "pubmed", QUERY, "--quiet", "--data-dir", str(killed_dir), env=env)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.startswith("fetched 56 records (")  # every record again; those saved before the kill unchanged
    assert _indexed(settings_for(fake, killed_dir)) == _indexed(whole)


def test_a_full_disk_stops_the_fetch_with_one_line_and_keeps_what_was_saved(fake, tmp_path, embedder, monkeypatch):
    import index.fetch

    settings = settings_for(fake, tmp_path / "data")
    real_write, calls = index.fetch.write_whole, []

    def disk_fills_up(path, data):
        calls.append(path)
        if len(calls) > 5:
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(index.fetch, "write_whole", disk_fills_up)
    report = fetch_pubmed(QUERY, settings, quiet=True, embedder=embedder)
    assert not report.ok and "cannot save records" in report.failure and "No space left on device" in report.failure
    assert report.new == 5 and report.build.total_studies == 5  # the five saved are indexed
    assert FetchState(settings.fetch_state).since(QUERY) is None  # not remembered: the rerun fetches the rest
