"""Example questions come from what the index holds."""

from __future__ import annotations

from assistant.examples import SAMPLE_EXAMPLES, common_treatments, examples
from assistant.retrieve import Index
from assistant.settings import Settings
from index.build import build
from index.settings import IndexSettings
from index.stats import SAMPLE_DIR


def test_an_index_of_ones_own_studies_suggests_questions_about_its_commonest_treatments(evidence_settings, embedder):
    index = Index(Settings(index=evidence_settings), embedder=embedder)
    assert common_treatments(index)[0] == "finasteride"  # 15 of the fixture's 33 studies
    got = examples(index)
    assert got[0] == "Does finasteride work?" and got != SAMPLE_EXAMPLES
    assert all(name in " ".join(got) for name in common_treatments(index))


def test_the_bundled_sample_keeps_its_own_examples(tmp_path, embedder):
    settings = IndexSettings(data_dir=tmp_path / "data")
    build([SAMPLE_DIR], settings, quiet=True, embedder=embedder)
    assert examples(Index(Settings(index=settings), embedder=embedder)) == SAMPLE_EXAMPLES


def test_an_empty_index_gets_the_sample_examples(tmp_path, embedder):
    index = Index(Settings(index=IndexSettings(data_dir=tmp_path / "empty")), embedder=embedder)
    assert examples(index) == SAMPLE_EXAMPLES
