"""The torch-free question encoder: same vectors as the fast encoder's fp32 graph, and no torch imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SEED

from index.embed import load_query_encoder, resolve_model
from index.settings import IndexSettings

ROOT = Path(__file__).parent.parent
TEXTS = [
    "is stem-cell mesotherapy safe?",
    "Does finasteride cause permanent sexual side effects?",
    "x",
    "Oral minoxidil at 1 mg worked about as well as the 5% solution for women's hair loss. " * 30,  # truncated
    "café, naïve, ß and 中文 in one question",
]


def test_question_vectors_match_the_fast_encoders_fp32_graph(embedder):
    assert embedder.fast is not None  # makes sure the export exists
    settings = IndexSettings()
    query = load_query_encoder(settings.embedding_model, str(settings.cache_dir))
    assert query is not None
    ours = query.encode(TEXTS)
    theirs = embedder.fast.encode_queries(TEXTS)
    assert ours.shape == theirs.shape
    assert np.abs(ours - theirs).max() < 1e-4
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_no_export_means_no_query_encoder(tmp_path):
    assert load_query_encoder(IndexSettings().embedding_model, str(tmp_path / "empty-cache")) is None


@pytest.mark.slow
def test_answering_imports_no_torch_and_no_sentence_transformers(tmp_path, embedder):
    assert embedder.fast is not None and Path(resolve_model(embedder.name)).is_dir()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "FOLLICLE_DATA_DIR": str(tmp_path / "data")}
    built = subprocess.run(
        [sys.executable, "-m", "index", "build", str(SEED), "--quiet"], env=env, cwd=ROOT, capture_output=True
    )
    assert built.returncode == 0, built.stderr
    script = (
        "import sys, json\n"
        "from assistant.api import answer\n"
        "r = answer('is stem-cell mesotherapy safe?')\n"
        "print(json.dumps({'cited': len(r.citations), "
        "'heavy': [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]}))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["cited"] >= 1 and out["heavy"] == []
