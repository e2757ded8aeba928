"""Past one machine: the index in a Chroma server, two app processes serving it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import free_port

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.server


def start_app(port: int, data_dir: Path, chroma_port: int, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "FOLLICLE_CHROMA_HOST": "127.0.0.1",
        "FOLLICLE_CHROMA_PORT": str(chroma_port),
    }
    proc = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 180
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return proc
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError(log.read_text()[-2000:]) from None
            time.sleep(0.5)


def test_two_app_processes_share_one_chroma_server(chroma_server, tmp_path):
    from gradio_client import Client, handle_file

    first_port, second_port = free_port(), free_port()
    first = start_app(first_port, tmp_path / "a", chroma_server, tmp_path / "a.log")  # builds the sample corpus
    second = start_app(second_port, tmp_path / "b", chroma_server, tmp_path / "b.log")
    try:
        writer, reader = (
            Client(f"http://127.0.0.1:{first_port}/", verbose=False),
            Client(f"http://127.0.0.1:{second_port}/", verbose=False),
        )
        before = reader.predict("is stem-cell mesotherapy safe?", api_name="/answer")
        assert "neonatal mesenchymal stem cells" in before["citations"][0]["text"]
        new = tmp_path / "new.jsonl"
        new.write_text(
            '{"title": "Botulinum toxin injections for androgenetic alopecia", "abstract": "In an '
            'open-label study of 50 men, scalp botulinum toxin increased hair counts after 48 weeks."'
            ', "journal": "Dermatologic Surgery", "year": 2017}\n'
        )
        report, _ = writer.predict([handle_file(str(new))], api_name="/upload")
        assert "1 embedded" in report
        after = reader.predict("does botulinum toxin help hair loss?", api_name="/answer")
        assert "Botulinum" in after["citations"][0]["title"]
        assert not (tmp_path / "a" / "chroma").exists() and not (tmp_path / "b" / "chroma").exists()
    finally:
        for proc in (first, second):
            proc.terminate()
            proc.wait(timeout=30)
