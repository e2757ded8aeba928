"""What a caller may ask: checked once, before anything is searched.

Every entry point (``answer()``, ``stream()``, the CLI, the page and its API) passes the
question and the conversation history through ``check``, so a wrong type names the field, an
empty question asks for one, and an overlong one is refused with the limit, never echoed back.
"""

from __future__ import annotations

EMPTY = "Please type a question."


class InputError(ValueError):
    """The question or history cannot be used; the message says which field and why."""


def _kind(value: object) -> str:
    return "nothing (null)" if value is None else type(value).__name__


def check(question: object, history: object, limit: int) -> tuple[str, list[str]]:
    """The question (stripped) and the history as a list of strings, or an InputError."""
    if not isinstance(question, str):
        raise InputError(f"question must be text, got {_kind(question)}")
    if not question.strip():
        raise InputError(EMPTY)
    if len(question) > limit:
        raise InputError(
            f"The question is {len(question):,} characters long; the limit is {limit:,} "
            "(setting FOLLICLE_MAX_QUESTION_CHARS). Please shorten it."
        )
    if history is None:
        return question.strip(), []
    if not isinstance(history, (list, tuple)):
        raise InputError(f"history must be a list of earlier questions, got {_kind(history)}")
    for n, item in enumerate(history):
        if not isinstance(item, str):
            raise InputError(f"history[{n}] must be text, got {_kind(item)}")
        if len(item) > limit:
            raise InputError(f"history[{n}] is {len(item):,} characters long; the limit is {limit:,}")
    return question.strip(), list(history)
