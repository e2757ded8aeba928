"""The pipeline in LangChain's terms: ``HybridRetriever`` (a ``BaseRetriever``) and ``as_runnable()``.

Kept apart from retrieve.py and api.py so that answering a question never imports LangChain
(half a second of a cold ``python -m assistant ask``); both names stay importable from their old
modules and from ``assistant``, loaded on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda
from pydantic import ConfigDict

from assistant.api import answer, stream
from assistant.records import Answer, Hit
from assistant.retrieve import Filters, Index, search
from assistant.settings import Settings

DOCUMENT_FIELDS = ("title", "journal", "year", "month", "citations", "study_type", "participants", "url", "doi", "pmid")


def hit_to_document(hit: Hit) -> Document:
    """LangChain form of a hit: the study's text with its record in metadata."""
    meta = {
        "study_id": hit.study.id,
        "score": hit.score,
        "dense": hit.dense,
        "lexical": hit.lexical,
        **{k: v for k in DOCUMENT_FIELDS if (v := getattr(hit.study, k)) is not None},
        "study_json": json.dumps(hit.study.to_dict()),
    }
    return Document(page_content=hit.study.text(), metadata=meta, id=hit.study.id)


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the Follicle index (one Document per study).

    Run-time arguments follow LangChain's convention: ``retriever.invoke(q, k=1)`` returns one
    document and ``filters=Filters(...)`` (or a dict of its fields) narrows one call; both
    override what the retriever was built with. An unknown argument is an error, never ignored.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: Index
    filters: Filters | None = None
    k: int | None = None

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        filters: Filters | dict | None = None,
        **unknown: object,
    ) -> list[Document]:
        if unknown:
            raise TypeError(f"HybridRetriever got unknown argument(s) {sorted(unknown)}; it takes k and filters")
        if isinstance(filters, dict):
            filters = Filters(**{**filters, "designs": tuple(filters.get("designs", ()))})
        if k is not None and (not isinstance(k, int) or isinstance(k, bool) or k < 1):
            raise ValueError(f"k must be a positive whole number, got {k!r}")
        hits = search(self.index, query, filters or self.filters, k or self.k)
        return [hit_to_document(h) for h in hits]


def _arguments(inp: str | dict) -> tuple[object, object, Filters | None]:
    """(question, history, filters) from a Runnable's input: a question, or a dict with those keys."""
    if isinstance(inp, dict):
        return inp.get("question"), inp.get("history"), inp.get("filters")
    return inp, None, None


class AnswerRunnable(RunnableLambda):
    """``invoke`` gives the Answer; ``stream`` gives the pieces ``assistant.stream`` yields.

    Each piece is ``(text so far, None)`` while the answer is written, then ``(final text, Answer)``.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings

        def run(inp: str | dict) -> Answer:
            question, history, filters = _arguments(inp)
            return answer(question, history, filters, settings)

        super().__init__(run, name="follicle_answer")

    def stream(self, input: str | dict, config: object = None, **kwargs: object) -> Iterator:  # noqa: A002
        """The answer in pieces, as ``assistant.stream`` writes it."""
        question, history, filters = _arguments(input)
        yield from stream(question, history, filters, self._settings)


def as_runnable(settings: Settings | None = None) -> AnswerRunnable:
    """The chain as a LangChain Runnable: str (or {"question", "history", "filters"}) -> Answer."""
    return AnswerRunnable(settings)
