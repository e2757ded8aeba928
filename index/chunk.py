"""Study -> Chunks with stable ids.

Most summaries fit one chunk. Long texts (full abstracts) are split at sentence boundaries
into windows of about ``chunk_words`` words that overlap by a sentence, so a finding that
straddles a boundary is still whole in one chunk. Each chunk's embedded text starts with a
header (title, journal, year, design) so that context is searchable too.
"""

from __future__ import annotations

from index.facts import sentences
from index.records import Chunk, Study


def header(study: Study) -> str:
    """The context line embedded in front of every chunk of a study."""
    when = " ".join(str(x) for x in (study.year,) if x)
    parts = [study.title, study.journal and f"{study.journal} {when}".strip(), study.study_type]
    return ". ".join(p for p in parts if p)


def _windows(text: str, max_words: int, overlap: int) -> list[str]:
    """Group sentences into windows of at most ``max_words`` words (one long sentence stays whole)."""
    sents = sentences(text)
    windows: list[list[str]] = []
    current: list[str] = []
    for sent in sents:
        if current and sum(len(s.split()) for s in current) + len(sent.split()) > max_words:
            windows.append(current)
            current = current[-overlap:] if overlap else []
            if sum(len(s.split()) for s in current) + len(sent.split()) > max_words:
                current = []
        current.append(sent)
    if current:
        windows.append(current)
    return [" ".join(w) for w in windows]


def sentence_spans(embed_text: str, offset: int) -> tuple[tuple[int, int], ...]:
    """Where each sentence of the chunk's text (from ``offset`` on) lies in ``embed_text``.

    These spans let the encoder pool one vector per sentence from the same pass that embeds the
    chunk ("late chunking"), so answers can rank sentences without encoding them at question time.
    """
    spans = []
    cursor = offset
    for sent in sentences(embed_text[offset:]):
        start = embed_text.find(sent, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(sent)))
        cursor = start + len(sent)
    return tuple(spans)


def chunk_study(study: Study, max_words: int = 180, overlap: int = 1) -> list[Chunk]:
    """Split one study; ids are ``<study id>#<n>`` so they are stable across runs."""
    text = study.text() or study.title or ""
    head = header(study)
    pieces = [text] if len(text.split()) <= max_words else _windows(text, max_words, overlap)
    return [
        Chunk(
            id=f"{study.id}#{n}",
            study_id=study.id,
            index=n,
            count=len(pieces),
            text=piece,
            embed_text=f"{head}\n{piece}" if head else piece,
            spans=sentence_spans(f"{head}\n{piece}" if head else piece, len(head) + 1 if head else 0),
        )
        for n, piece in enumerate(pieces)
    ]
