"""Follicle's read side: questions in, cited answers out.

``HybridRetriever`` and ``as_runnable`` (LangChain) are loaded on first use, so that importing
the package to answer a question does not import LangChain.
"""

from assistant.api import Assistant, EmptyIndexError, answer, stream
from assistant.records import Answer, Citation, EvidenceRow
from assistant.retrieve import Filters
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


def __getattr__(name: str) -> object:
    """The LangChain pieces, imported when first asked for."""
    if name in ("HybridRetriever", "as_runnable"):
        from assistant import chains

        return getattr(chains, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
