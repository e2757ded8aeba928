"""What the index holds, for `python -m index stats` and the chat page's status line; where the sample lives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from index.settings import IndexSettings
from index.store import Store

SAMPLE_DIR = Path(__file__).parent / "sample"  # the bundled corpus `build` and the page index when given nothing


def stats(settings: IndexSettings) -> dict:
    """Counts by format and design, for `stats` and the chat page's status line."""
    store = Store(settings)
    rows = [c.metadata for c in store.iter_all(["metadatas"])]
    firsts = [m for m in rows if m.get("chunk") == 0]
    return {
        "studies": len(firsts),
        "chunks": len(rows),
        "built_at": store.built_at,  # when a build last changed the index (UTC); None if never recorded
        "model": settings.embedding_model,
        "collection": settings.collection_name,
        "where": f"{settings.chroma_host}:{settings.chroma_port}"
        if settings.chroma_host
        else str(settings.chroma_path),
        "formats": dict(Counter(f for m in firsts for f in m.get("formats", [])).most_common()),
        "designs": dict(Counter(m.get("study_type") or "not stated" for m in firsts).most_common()),
    }
