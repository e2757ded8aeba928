"""Sixteen first questions at once at a cold index: one encoder load, each answer its own."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import DEV_QUESTIONS

import index.embed as embed
import index.query_onnx as query_onnx
from assistant.api import answer
from assistant.render import quoted_findings
from assistant.retrieve import Index
from assistant.settings import Settings
from index.settings import IndexSettings

QUESTIONS = [  # the dev-set questions and four more: sixteen at once
    *DEV_QUESTIONS,
    "does scalp cooling prevent hair loss in chemotherapy?",
    "is spironolactone useful for female pattern hair loss?",
    "does caffeine help hair follicles?",
    "hair loss after COVID-19",
]


@pytest.fixture(scope="module")
def built(dev_settings, embedder) -> IndexSettings:
    assert embedder.fast is not None  # the export the question encoder opens exists
    return dev_settings


def test_sixteen_first_questions_load_the_encoder_once_and_get_their_own_answers(built, monkeypatch):
    embed.load_query_encoder.cache_clear()
    loads = []
    original = query_onnx.QueryEncoder.__init__

    def counting(self, *args, **kwargs) -> None:
        loads.append(threading.get_ident())
        original(self, *args, **kwargs)

    monkeypatch.setattr(query_onnx.QueryEncoder, "__init__", counting)
    cold = Index(Settings(index=built))  # its own Embedder: nothing loaded yet
    start = threading.Barrier(len(QUESTIONS))

    def ask(question: str):
        start.wait()
        return answer(question, index=cold)

    with ThreadPoolExecutor(len(QUESTIONS)) as pool:
        results = list(pool.map(ask, QUESTIONS))
    assert len(loads) == 1
    for question, result in zip(QUESTIONS, results, strict=True):
        assert result.question == question
        if result.abstained:
            continue
        for quote, n in quoted_findings(result.text):
            assert quote in result.citations[n - 1].text
    alone = answer(QUESTIONS[1], index=cold)
    assert alone.text == results[1].text  # the same answer as when asked together
    embed.load_query_encoder.cache_clear()
