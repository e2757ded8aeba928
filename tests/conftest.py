"""Shared fixtures: one real embedding model per session, a fresh embedded Chroma per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.embed import Embedder  # noqa: E402
from index.settings import IndexSettings  # noqa: E402

DATA = Path(__file__).parent / "data"
SEED = DATA / "pages" / "seed.txt"


# Modules that run the commands or the page as a user does, in subprocesses: `make test` runs
# them, `make test-fast` (the edit loop) leaves them out.
SLOW_MODULES = {
    "test_cli",
    "test_cli_fuzz",
    "test_app",
    "test_scaling",
    "test_local_llm",
    "test_store_server",
    "test_fetch",
    "test_mcp",
}


def pytest_collection_modifyitems(items: list) -> None:
    """Mark every test of a slow module ``slow``."""
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    emb = Embedder(IndexSettings())
    emb.encode(["warm up"])
    return emb


@pytest.fixture
def settings(tmp_path: Path) -> IndexSettings:
    """Settings whose data directory is this test's own temporary folder."""
    return IndexSettings(data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def fixture_settings(tmp_path_factory, embedder):
    """One index of the fixture corpus (pages, PubMed, tables), built once for the read-side tests."""
    from assistant.settings import Settings
    from index.build import build

    data_dir = tmp_path_factory.mktemp("fixture-index")
    index_settings = IndexSettings(data_dir=data_dir)
    build(
        [DATA / "pages", DATA / "pubmed", DATA / "tabular", DATA / "hostile"],
        index_settings,
        quiet=True,
        embedder=embedder,
    )
    return Settings(index=index_settings)


# Questions over the page dev set (tests/data/devpages): what the issue on real pages asked.
DEV_QUESTIONS = [
    "Does finasteride cause permanent sexual side effects?",
    "is topical finasteride safer than oral finasteride?",
    "oral vs topical minoxidil for women",
    "what dose of oral minoxidil is used for hair loss?",
    "does platelet-rich plasma work for androgenetic alopecia?",
    "is stem-cell mesotherapy safe?",
    "does microneedling help minoxidil work better?",
    "dutasteride or finasteride?",
    "is low-level laser therapy effective for women?",
    "what helps alopecia areata?",
    "is oral minoxidil safe for the heart?",
    "does rosemary oil work as well as minoxidil?",
]


@pytest.fixture(scope="session")
def dev_settings(tmp_path_factory, embedder) -> IndexSettings:
    """One index of the 32-page dev set, built once."""
    from index.build import build

    settings = IndexSettings(data_dir=tmp_path_factory.mktemp("devpages-index"))
    build([DATA / "devpages" / "pages"], settings, quiet=True, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def evidence_settings(tmp_path_factory, embedder) -> IndexSettings:
    """One index of the evidence fixture (tests/data/evidence: many studies of a few treatments), built once."""
    from index.build import build

    settings = IndexSettings(data_dir=tmp_path_factory.mktemp("evidence-index"))
    build([DATA / "evidence"], settings, quiet=True, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def fixture_index(fixture_settings, embedder):
    """The opened fixture index, sharing the session's model."""
    from assistant.retrieve import Index

    return Index(fixture_settings, embedder=embedder)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """Start a real `chroma run` on 127.0.0.1 from this environment; yield its port."""
    import shutil
    import subprocess
    import sys
    import time

    import chromadb

    exe = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert exe, "the chroma CLI comes with the chromadb package"
    port = free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server-db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture
def fake():
    """A fake NCBI E-utilities server on 127.0.0.1 (tests/fake_eutils.py), fresh for each test."""
    from fake_eutils import FakeEUtils

    server = FakeEUtils().start()
    yield server
    server.stop()
