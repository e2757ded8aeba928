"""Follow-up question -> standalone question, deterministically (no LLM needed).

A follow-up that is short or refers back ("how many patients were treated?", "what about
PRP?", "is it safe?") borrows the topic of the previous standalone question. "What about X?"
swaps the treatment and keeps the rest of the previous question.
"""

from __future__ import annotations

import re

from index.tokenize import STOPWORDS

REFERS = re.compile(
    r"\b(it|its|this|that|these|those|they|them|the study|the studies|the treatment|the patients|"
    r"patients|participants|were treated|same)\b",
    re.I,
)
WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(.+?)\s*\??\s*$", re.I)
# The keyword index's stop words, plus words that ask rather than name a topic ("is it safe?").
STOP = STOPWORDS | {"many", "much", "any", "safe", "safety", "work", "effective"}


def topic(question: str) -> str:
    """The content words of a question, in order: its topic."""
    words = re.findall(r"[\w-]+", question)
    return " ".join(w for w in words if w.lower() not in STOP)


def split_carried(previous: str) -> tuple[str, str]:
    """'how many patients? (stem cells)' -> ('how many patients?', 'stem cells')."""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", previous)
    return (match.group(1), match.group(2)) if match else (previous, "")


def standalone(question: str, previous: list[str]) -> str:
    """Rewrite a follow-up using the previous standalone question; other questions pass unchanged."""
    if not previous:
        return question
    base, carried = split_carried(previous[-1])
    subject = carried or topic(base)
    swap = WHAT_ABOUT.match(question)
    if swap:
        new = swap.group(1)
        if carried:
            return f"{base} ({new})"
        old = topic(base)
        return base.replace(old, new) if old and old in base else f"{new} {base}"
    if REFERS.search(question) or len(topic(question).split()) <= 3:
        return f"{question.strip()} ({subject})"
    return question
