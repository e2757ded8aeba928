"""Follicle's write side: parse study summaries, embed them, store them in Chroma.

``build`` and ``BuildReport`` are loaded on first use: the read side imports ``index.records``
and friends, and must not pay for the whole build pipeline (tqdm, writers, every reader).
"""

from index.records import Chunk, Rejection, Study
from index.settings import IndexSettings

__all__ = ["BuildReport", "Chunk", "IndexSettings", "Rejection", "Study", "build"]


def __getattr__(name: str) -> object:
    """The build entry points, imported when first asked for."""
    if name in ("BuildReport", "build"):
        import importlib

        return getattr(importlib.import_module("index.build"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
