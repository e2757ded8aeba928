"""Server mode: a real `chroma run` on 127.0.0.1, indexed and queried over HTTP."""

from __future__ import annotations

import pytest
from conftest import SEED

from index.build import build
from index.lexical import load_lexical
from index.store import Store

pytestmark = pytest.mark.server


def test_index_and_query_through_a_chroma_server(chroma_server, settings, embedder):
    remote = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": chroma_server})
    report = build([SEED], remote, quiet=True, embedder=embedder)
    assert report.total_studies == 8
    assert not remote.chroma_path.exists()  # nothing embedded locally
    store = Store(remote)
    hit = store.query(embedder.encode(["DKK-1 and DHT in balding scalp"])[0], 1)[0]
    assert "DKK-1" in hit.text
    assert build([SEED], remote, quiet=True, embedder=embedder).embedded == 0
    # another process writes to the server: this machine's keyword index notices and rebuilds
    store.delete_studies([hit.metadata["study_id"]])
    store.touch()
    assert len(load_lexical(Store(remote), remote.lexical_dir).chunk_ids) == 7
