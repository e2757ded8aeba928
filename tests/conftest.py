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
    build([DATA / "pages", DATA / "pubmed", DATA / "tabular"], index_settings, quiet=True, embedder=embedder)
    return Settings(index=index_settings)


@pytest.fixture(scope="session")
def fixture_index(fixture_settings, embedder):
    """The opened fixture index, sharing the session's model."""
    from assistant.retrieve import Index

    return Index(fixture_settings, embedder=embedder)
