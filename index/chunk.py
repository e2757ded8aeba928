"""Study -> Chunks with stable ids.

Most summaries fit one chunk. Long texts (full abstracts) are split at sentence boundaries
into windows of at most ``chunk_words`` words that also fit the model's input limit in tokens,
overlapping by a sentence, so a finding that
straddles a boundary is still whole in one chunk. Each chunk's embedded text starts with a
header (title, journal, year, design) so that context is searchable too.
"""

from __future__ import annotations

from collections.abc import Callable

from index.facts import sentences
from index.records import Chunk, Study


def header(study: Study) -> str:
    """The context line embedded in front of every chunk of a study."""
    when = " ".join(str(x) for x in (study.year,) if x)
    parts = [study.title, study.journal and f"{study.journal} {when}".strip(), study.study_type]
    return ". ".join(p for p in parts if p)


def _windows(sents: list[str], sizes: list[tuple[int, int]], limit: tuple[int, int], overlap: int) -> list[str]:
    """Group sentences into windows within both limits (words, tokens); one long sentence stays whole."""
    windows: list[list[int]] = []
    current: list[int] = []

    def fits(idx: list[int], extra: int) -> bool:
        return all(sum(sizes[i][k] for i in idx) + sizes[extra][k] <= limit[k] for k in (0, 1))

    for n in range(len(sents)):
        if current and not fits(current, n):
            windows.append(current)
            current = current[-overlap:] if overlap else []
            if current and not fits(current, n):
                current = []
        current.append(n)
    if current:
        windows.append(current)
    return [" ".join(sents[i] for i in w) for w in windows]


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


def token_budget(head: str, count_tokens: Callable[[list[str]], list[int]] | None, max_tokens: int) -> int:
    """Tokens left for a chunk's text after its header, [CLS], [SEP] and the line break."""
    if count_tokens is None or not max_tokens:
        return 10**9
    return max(32, max_tokens - 3 - count_tokens([head])[0])


def fits_whole(text: str, max_words: int, budget: int, count_tokens: Callable[[list[str]], list[int]] | None) -> bool:
    """Whether a study's whole text is one chunk (most summaries are); only then are its sentences not counted."""
    if len(text.split()) > max_words:
        return False
    return budget >= 10**9 or count_tokens is None or count_tokens([text])[0] <= budget


def chunk_study(
    study: Study,
    max_words: int = 180,
    overlap: int = 1,
    count_tokens: Callable[[list[str]], list[int]] | None = None,
    max_tokens: int = 0,
) -> list[Chunk]:
    """Split one study; ids are ``<study id>#<n>`` so they are stable across runs.

    With the model's tokenizer (``count_tokens``) and input limit (``max_tokens``), every chunk
    fits the model whole: text past the limit would be silently cut off and never searchable.
    """
    text = study.text() or study.title or ""
    head = header(study)
    budget = token_budget(head, count_tokens, max_tokens)
    if fits_whole(text, max_words, budget, count_tokens):
        pieces = [text]
    else:
        sents = sentences(text)
        tokens = count_tokens(sents) if count_tokens is not None and max_tokens else [0] * len(sents)
        sizes = [(len(sent.split()), n) for sent, n in zip(sents, tokens, strict=True)]
        pieces = _windows(sents, sizes, (max_words, budget), overlap)
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
