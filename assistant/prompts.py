"""Prompt files from prompts/, with their variables checked, and the one 'cannot answer' sentence."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
CANNOT_ANSWER = "The indexed studies do not address this question."
NO_THREAD = (
    "It reads as a follow-up, but there is no earlier question in this conversation to follow; "
    'name the treatment, e.g. "what are the side effects of finasteride?"'
)
VARIABLES = {
    "answer": {"question", "sources", "cannot_answer"},
}


@cache
def load_prompt(name: str) -> str:
    """The text of prompts/<name>.txt; its {variables} must be exactly the declared ones."""
    text = (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8")
    found = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    if found != VARIABLES[name]:
        raise ValueError(f"prompts/{name}.txt uses {sorted(found)}, expected {sorted(VARIABLES[name])}")
    return text
