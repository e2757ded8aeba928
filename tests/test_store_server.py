"""Server mode: a real `chroma run` on 127.0.0.1, indexed and queried over HTTP."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED

from index.build import build
from index.lexical import load_lexical
from index.store import Store

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """Start `chroma run` from this environment and wait for its heartbeat."""
    exe = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert exe, "the chroma CLI comes with the chromadb package"
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server-db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import chromadb

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


def test_index_and_query_through_a_chroma_server(chroma_server, settings, embedder):
    remote = settings.model_copy(update={"chroma_host": "127.0.0.1", "chroma_port": chroma_server})
    report = build([SEED], remote, quiet=True, embedder=embedder)
    assert report.total_studies == 8
    assert not remote.chroma_path.exists()  # nothing embedded locally
    store = Store(remote)
    hit = store.query(embedder.encode(["DKK-1 and DHT in balding scalp"])[0], 1)[0]
    assert "DKK-1" in hit[3]
    assert build([SEED], remote, quiet=True, embedder=embedder).embedded == 0
    # another process writes to the server: this machine's keyword index notices and rebuilds
    store.delete_studies([hit[2]["study_id"]])
    store.touch()
    assert len(load_lexical(Store(remote), remote.lexical_dir).chunk_ids) == 7
