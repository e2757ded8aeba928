"""Follicle's read side: questions in, cited answers out."""

from assistant.api import Assistant, EmptyIndexError, answer, as_runnable, stream
from assistant.records import Answer, Citation, EvidenceRow
from assistant.retrieve import Filters, HybridRetriever
from assistant.settings import Settings

__all__ = [
    "Answer",
    "Assistant",
    "Citation",
    "EmptyIndexError",
    "EvidenceRow",
    "Filters",
    "HybridRetriever",
    "Settings",
    "answer",
    "as_runnable",
    "stream",
]
