"""Follicle's write side: parse study summaries, embed them, store them in Chroma."""

from index.build import BuildReport, build
from index.records import Chunk, Rejection, Study
from index.settings import IndexSettings

__all__ = ["BuildReport", "Chunk", "IndexSettings", "Rejection", "Study", "build"]
