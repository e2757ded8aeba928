"""LangChain's own standard retriever tests (langchain-tests) against HybridRetriever, plus run-time filters."""

from __future__ import annotations

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.retrieve import Filters, HybridRetriever


class TestHybridRetrieverStandard(RetrieversIntegrationTests):
    """Runs every test LangChain ships for retrievers; the index is the session's fixture corpus."""

    index = None

    @pytest.fixture(autouse=True)
    def _fixture_index(self, fixture_index) -> None:
        type(self).index = fixture_index

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"index": self.index}

    @property
    def retriever_query_example(self) -> str:
        return "does minoxidil help hair loss?"


def test_run_time_filters_override_the_retrievers_own(fixture_index):
    retriever = HybridRetriever(index=fixture_index, filters=Filters(year_from=2100))
    assert retriever.invoke("minoxidil") == []
    docs = retriever.invoke("minoxidil", filters={"year_from": 2015}, k=2)
    assert len(docs) == 2
    assert all(doc.metadata["year"] >= 2015 for doc in docs)


def test_unknown_run_time_arguments_are_an_error(fixture_index):
    with pytest.raises(TypeError, match="top_k"):
        HybridRetriever(index=fixture_index).invoke("minoxidil", top_k=1)
    with pytest.raises(ValueError, match="k must be"):
        HybridRetriever(index=fixture_index).invoke("minoxidil", k=0)
