"""answer() and Assistant: the whole read-side pipeline in a few readable lines.

question (+ history) -> Question record -> hybrid retrieval -> body of evidence -> extractive, cited answer
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.abstain import relevant_hits
from assistant.bottom_line import bottom_line_for
from assistant.compose import abstain, compose
from assistant.evidence import ASKING_ONLY, Member, gather
from assistant.generate import finish, stream_tokens
from assistant.inputs import check
from assistant.members import counted
from assistant.prompts import NO_THREAD
from assistant.question import Question, orphan_follow_up, says_what, understand
from assistant.records import Answer, Hit
from assistant.retrieve import Filters, Index, search
from assistant.settings import Settings

if TYPE_CHECKING:  # LangChain is imported only by whoever passes a model, not to answer
    from langchain_core.language_models import BaseChatModel

EMPTY_INDEX = "The index is empty. Build one with `python -m index build PATH` (no PATH: the bundled sample)."


class EmptyIndexError(Exception):
    """No studies are indexed yet."""


@lru_cache(maxsize=4)
def _shared_index(settings_json: str) -> Index:
    """One opened index per distinct settings, shared across calls and threads."""
    return Index(Settings.model_validate_json(settings_json))


def open_index(settings: Settings | None = None) -> Index:
    """The shared Index for these settings."""
    return _shared_index((settings or Settings()).model_dump_json())


def _extractive(question: str, history: list[str] | None, filters: Filters | None, index: Index):
    """What was searched, the counted studies, the extractive answer (also the LLM's fallback), the record.

    The counted studies are chosen once and serve both answerers. Refuses an empty index with a
    clear message. Every stage reads one generation of the keyword index (``Index.one_generation``).
    """
    with index.one_generation():
        if not index.lexical.chunk_ids:  # the keyword index of this generation: no count asked of Chroma
            raise EmptyIndexError(EMPTY_INDEX)
        return _read_and_answer(question, history, filters, index)


def _read_and_answer(question: str, history: list[str] | None, filters: Filters | None, index: Index):
    """The stages of ``_extractive``, on a non-empty index."""
    asked = understand(question, history or [], known=index.lexical.knows)
    query = asked.search_text
    hits = search(index, query, filters, covering=covering(asked))
    body = gather(index, asked, hits, filters)
    s = index.settings
    threshold = s.abstain_below if asked.interventions else s.abstain_below_unnamed
    chosen = counted(asked, hits, body, threshold, s.relevance_margin, s.abstain_dense_alone, s.abstain_below_cause)
    members = chosen.members
    result = compose(
        asked,
        hits,
        members,
        index.embedder,
        limit=s.max_findings,
        query_used=query,
        sentence_vectors=index.store.sentence_vectors,
        body=body,
        why=chosen.why,
    )
    if orphan_follow_up(question, asked, history):
        members = []
        result = abstain(question, hits, asked.kind, query, f"{NO_THREAD}.")
    notice = undated_notice(index, query, filters)
    if notice:
        result.notices.append(notice)
    return query, members, result, asked


def covering(q: Question) -> tuple[str, ...]:
    """What a study's keyword coverage is measured against, the best counting (``retrieve.search``).

    The whole question, and the clause that asks without the asker's story: "hi all, long-time
    reader. why do men go bald?" is no less covered than "why do men go bald?", and when the asking
    clause leans on the story ("my son is 16 and already thinning, is that normal?") the whole
    question still counts.
    """
    asked = q.asked_text or q.search_text
    clauses = (asked, ASKING_ONLY.sub(" ", asked))
    return (q.search_text, *(c for c in clauses if says_what(c)))  # "how do i stop?" covers any study with "stop"


def sources(question: str, index: Index, history: list[str] | None = None, filters: Filters | None = None) -> list[Hit]:
    """The studies an LLM answer to this question is written from, numbered 1, 2, … in this order."""
    return llm_sources(_extractive(question, history, filters, index)[1], index.settings)


def llm_sources(members: list[Member], settings: Settings) -> list[Hit]:
    """What the LLM answers from: the studies the extractive answer counts, in its order, up to top_studies."""
    return [m.hit for m in members[: settings.top_studies]]


def undated_notice(index: Index, query: str, filters: Filters | None) -> str | None:
    """Say how many matching studies a year filter left out only because their year is unknown.

    Chroma cannot keep a study with no year under ``year >= 2015``; a user who filters by year
    should know that relevant studies of unknown date were not considered.
    """
    if filters is None or (filters.year_from is None and filters.year_to is None):
        return None
    unfiltered = replace(filters, year_from=None, year_to=None)
    hits = relevant_hits(search(index, query, unfiltered), index.settings)
    missing = sum(1 for h in hits if h.study.year is None)
    if not missing:
        return None
    studies, verb = ("study", "was") if missing == 1 else ("studies", "were")
    return f"{missing} matching {studies} with no known year {verb} left out by the year filter."


def retraction_notice(result: Answer) -> str | None:
    """Name every cited source PubMed lists as retracted: its quotes stay, marked, but nobody should rely on them."""
    gone = [f"[{c.n}]" for c in result.citations if c.retracted]
    if not gone or "been retracted" in result.text:  # the extractive lead already says so
        return None
    if len(gone) == 1:
        return f"Source {gone[0]} has been retracted (PubMed lists it as a retracted publication): do not rely on it."
    return f"Sources {', '.join(gone)} have been retracted (PubMed lists them as retracted): do not rely on them."


def answer(
    question: str,
    history: list[str] | None = None,
    filters: Filters | None = None,
    settings: Settings | None = None,
    index: Index | None = None,
    model: BaseChatModel | None = None,
) -> Answer:
    """Answer one question with cited snippets; ``history`` holds earlier questions of the conversation.

    The final piece of ``stream``, which is the one implementation. ``model`` overrides the chat
    model the settings would create (tests pass a fake one).
    """
    for _text, result in stream(question, history, filters, settings, index, model):
        if result is not None:
            return result
    raise AssertionError("stream() always ends with the answer")  # pragma: no cover


def stream(
    question: str,
    history: list[str] | None = None,
    filters: Filters | None = None,
    settings: Settings | None = None,
    index: Index | None = None,
    model: BaseChatModel | None = None,
) -> Iterator[tuple[str, Answer | None]]:
    """Yield (text so far, None) while the answer is being written, then (final text, Answer).

    LLM mode streams the model's draft tokens, then replaces the draft with the verified answer
    (a draft is never the last word); if the model fails at any point, even mid-stream, the
    extractive answer is the result, with a notice. Extractive mode renders its sections one by one.
    """
    start = time.perf_counter()
    index = index or open_index(settings)
    question, history = check(question, history, index.settings.max_question_chars)
    query, members, result, asked = _extractive(question, history, filters, index)
    retrieved = time.perf_counter()
    s = index.settings
    if s.answer_mode != "extractive" and not result.abstained:
        sources = llm_sources(members, s)
        draft = ""
        try:
            for token in stream_tokens(question, sources, s, model):
                draft += token
                yield draft + "\n\n*(checking every citation against its source...)*", None
            result = bottom_line_for(asked, members, finish(question, draft, sources, s, index.embedder, query))
        except Exception as exc:  # any model/server failure or timeout must still give a cited answer
            result.notices.append(
                f"The language model failed ({type(exc).__name__}: {exc}); showing the extractive answer."
            )
    else:
        sections = result.text.split("\n\n")
        for k in range(1, len(sections)):
            yield "\n\n".join(sections[:k]), None
    if notice := retraction_notice(result):
        result.notices.append(notice)
    result.timings = {
        "retrieve_ms": round((retrieved - start) * 1000, 1),
        "total_ms": round((time.perf_counter() - start) * 1000, 1),
    }
    yield result.text, result


def warm_up(settings: Settings | None = None) -> Index:
    """Open the index and answer one question, so the first visitor does not pay for loading.

    Loads the question encoder, the keyword index and Chroma's files, and runs the whole answer
    path once (an empty index is fine: there is nothing to warm).
    """
    index = open_index(settings)
    if index.store.count_chunks():
        answer("hair loss treatment", index=index)
    return index


class Assistant:
    """A conversation: each question is read in the light of the earlier ones."""

    def __init__(self, settings: Settings | None = None, filters: Filters | None = None) -> None:
        self.index = open_index(settings)
        self.filters = filters
        self.asked: list[str] = []

    def ask(self, question: str) -> Answer:
        """Answer and remember the standalone question for follow-ups."""
        result = answer(question, self.asked, self.filters, index=self.index)
        self.asked.append(result.query_used)
        return result


def __getattr__(name: str) -> object:
    """``as_runnable`` and ``AnswerRunnable`` live in assistant.chains (LangChain), loaded on first use."""
    if name in ("as_runnable", "AnswerRunnable"):
        from assistant import chains

        return getattr(chains, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
