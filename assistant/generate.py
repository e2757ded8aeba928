"""The optional LLM answerer: LangChain chat models, prompts from prompts/, every citation verified.

The model sees the sources as fenced, numbered data and is told to ignore instructions inside
them. Its answer then goes through ``verify``: invalid citation numbers are removed, sentences
the sources do not support are dropped (or marked), and the kept sentences are renumbered by
first citation so the source list holds only cited studies. A failure (model unreachable, not
installed, too slow) raises; ``assistant.api.stream`` catches it and shows the extractive answer
with a notice. "Too slow" is the chat model's own client timeout (``FOLLICLE_LLM_TIMEOUT`` seconds
without a byte from the server), so no thread is left waiting on a stuck server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.compose import intent, safety_summary
from assistant.prompts import CANNOT_ANSWER, load_prompt
from assistant.records import Answer, Hit
from assistant.render import citation, evidence_row, evidence_table, source_line
from assistant.settings import Settings
from assistant.verify import CITE, Verified, verify
from index.embed import Embedder

if TYPE_CHECKING:  # the chat model classes come with the optional LLM clients
    from langchain_core.language_models import BaseChatModel

INSTALL_HINT = "pip install 'follicle[llm]'  (langchain-openai and langchain-ollama)"


class LLMUnavailable(Exception):
    """The configured chat model cannot be created; the message says what to install or set."""


def chat_model(settings: Settings) -> BaseChatModel:
    """The chat model the settings ask for (imports are optional dependencies)."""
    if not settings.llm_model:
        raise LLMUnavailable("FOLLICLE_LLM_MODEL is not set")
    try:
        if settings.answer_mode == "ollama":
            from langchain_ollama import ChatOllama

            kwargs = {"base_url": settings.llm_base_url} if settings.llm_base_url else {}
            return ChatOllama(
                model=settings.llm_model,
                temperature=0,
                num_predict=settings.llm_max_tokens,
                client_kwargs={"timeout": settings.llm_timeout},
                **kwargs,
            )
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            temperature=0,
            max_tokens=settings.llm_max_tokens,
            timeout=settings.llm_timeout,
            max_retries=0,
        )
    except ImportError as exc:
        raise LLMUnavailable(f"{exc.name} is not installed: {INSTALL_HINT}") from None


def format_sources(hits: list[Hit]) -> str:
    """Numbered, fenced source texts: data for the model, never instructions."""
    blocks = []
    for n, hit in enumerate(hits, start=1):
        s = hit.study
        head = ", ".join(str(x) for x in (s.journal, s.year, s.study_type) if x)
        text = s.text().replace("```", "'''")
        name = s.title or s.tldr or s.id  # never the truncated label: a model may copy it verbatim
        blocks.append(f"[{n}] {name}" + (f" ({head})" if head else "") + f"\n```source-{n}\n{text}\n```")
    return "\n\n".join(blocks)


def prompt_for(question: str, hits: list[Hit]) -> str:
    """The filled answer prompt."""
    return load_prompt("answer").format(question=question, sources=format_sources(hits), cannot_answer=CANNOT_ANSWER)


def render(question: str, checked: Verified, sources: dict[int, Hit], mode: str, query_used: str) -> Answer:
    """Kept sentences renumbered by first citation, then the safety line, table and source list."""
    renumber: dict[int, int] = {}
    lines: list[str] = []
    for claim in checked.claims:
        if claim.problem is None and claim.evidence:
            for n in claim.evidence:
                renumber.setdefault(n, len(renumber) + 1)
            marks = "".join(f"[{renumber[n]}]" for n in claim.evidence)
            lines.append(with_marks(CITE.sub("", claim.text), marks))
        elif claim.problem and mode == "mark" and not claim.text.startswith(CANNOT_ANSWER):
            lines.append(f"~~{tidy(CITE.sub('', claim.text))}~~ *(removed: {claim.problem})*")
    kept = {renumber[n]: sources[n] for n in renumber}
    if not kept:
        return Answer(
            question,
            CANNOT_ANSWER,
            abstained=True,
            query_used=query_used,
            intent=intent(question),
            notices=[f"{len(checked.rejected)} unsupported sentence(s) removed"] if checked.rejected else [],
        )
    snippets = {renumber[n]: sent for c in checked.kept for n, sent in c.evidence.items()}
    ordered = sorted(kept.items())
    by_id = {hit.study.id: hit for _, hit in ordered}
    numbers = {hit.study.id: n for n, hit in ordered}
    kind = intent(question)
    text = [" ".join(lines)]
    safety_line = safety_summary(by_id, numbers, []) if kind == "safety" else None
    if safety_line:
        text += ["", f"**Safety:** {safety_line}"]
    evidence = [evidence_row(n, hit) for n, hit in ordered]
    text += ["", evidence_table(evidence), "", "**Sources**"] + [f"{n}. {source_line(hit)}" for n, hit in ordered]
    notices = []
    if checked.rejected:
        notices.append(f"{len(checked.rejected)} unsupported sentence(s) {'removed' if mode == 'drop' else 'marked'}")
    if checked.removed_numbers:
        notices.append(f"invalid citation number(s) removed: {checked.removed_numbers}")
    return Answer(
        question,
        "\n".join(text),
        [citation(n, hit, snippets[n]) for n, hit in ordered],
        evidence,
        query_used=query_used,
        intent=kind,
        safety=safety_line,
        notices=notices,
    )


def finish(
    question: str, raw: str, hits: list[Hit], settings: Settings, embedder: Embedder, query_used: str = ""
) -> Answer:
    """Verify a model's raw answer against the numbered sources and render what survives."""
    sources = dict(enumerate(hits, start=1))
    checked = verify(raw, sources, embedder, settings.support_threshold)
    return render(question, checked, sources, settings.unsupported, query_used or question)


def stream_tokens(
    question: str, hits: list[Hit], settings: Settings, model: BaseChatModel | None = None
) -> Iterator[str]:
    """Raw tokens as the model writes them, for a page that shows progress before verification."""
    model = model or chat_model(settings)
    for chunk in model.stream(prompt_for(question, hits)):
        yield str(chunk.content)


def with_marks(sentence: str, marks: str) -> str:
    """Put citation marks before the sentence's final stop: 'Claim text [1].'."""
    body = tidy(sentence)
    if body and body[-1] in ".!?":
        return f"{body[:-1].rstrip()} {marks}{body[-1]}"
    return f"{body} {marks}."


def tidy(sentence: str) -> str:
    """Close the gaps that removing citation marks leaves before punctuation."""
    return re.sub(r"\s+([.,;:!?])", r"\1", sentence.strip())
