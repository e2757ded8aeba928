"""Late chunking: one vector per sentence, pooled from the pass that embeds the whole chunk.

A mean-pooling model's chunk vector is the mean of its contextual token vectors; the mean of
the tokens inside one sentence's characters is a sentence vector in the same space, with the
rest of the chunk as context, at no extra encoding cost. Answers rank sentences with these
instead of encoding every candidate sentence while the user waits.
"""

from __future__ import annotations

import base64
import struct

import numpy as np


def pool_spans(tokens: np.ndarray, offsets: np.ndarray, spans: list | tuple) -> np.ndarray:
    """Unit mean of the token vectors inside each character span (one text; see ``pool_batch``)."""
    return pool_batch(np.asarray(tokens)[None], np.asarray(offsets)[None], [spans])[0]


def pool_batch(tokens: np.ndarray, offsets: np.ndarray, spans: list) -> list[np.ndarray]:
    """``pool_spans`` for each text of a padded batch.

    The encoder's workers call this between model runs, so it must be cheap: a sentence's tokens
    are one contiguous run (offsets only grow), found by binary search and summed as one slice.
    No BLAS product: its helper threads would spin on the cores the model runs on.
    A span the model's length limit cut off (no token left) gets a zero row, so callers can tell
    "no vector" apart and encode that sentence another way. Padding and special tokens have
    empty offsets and never count.
    """
    out = []
    for row, text_spans in enumerate(spans):
        pooled = np.zeros((len(text_spans), tokens.shape[-1]), dtype=np.float32)
        length = min(tokens.shape[1], offsets.shape[1])
        real = np.flatnonzero(offsets[row, :length, 1] > offsets[row, :length, 0])
        if len(text_spans) and len(real):
            bounds = np.asarray(text_spans, dtype=np.int64).reshape(-1, 2)
            first = np.searchsorted(offsets[row, real, 1], bounds[:, 0], side="right")  # first token ending after start
            stop = np.searchsorted(offsets[row, real, 0], bounds[:, 1], side="left")  # tokens starting before end
            vectors = tokens[row, real]
            hit = stop > first
            sums = np.stack(
                [vectors[a:b].sum(axis=0) if b > a else pooled[0] for a, b in zip(first, stop, strict=True)]
            )
            norms = np.linalg.norm(sums, axis=1)
            pooled[hit] = sums[hit] / np.maximum(norms[hit], 1e-12)[:, None]
        out.append(pooled)
    return out


def mean_pooled(model) -> bool:  # SentenceTransformer
    """True when the model's embedding is the plain mean of its token vectors.

    Only then do span means live in the same space as question vectors; not for CLS pooling,
    dense heads and the like.
    """
    modules = list(model)
    names = [type(m).__name__ for m in modules]
    if names[:2] != ["Transformer", "Pooling"] or any(n != "Normalize" for n in names[2:]):
        return False
    return modules[1].get_config_dict().get("pooling_mode") == "mean"


def pack(vectors: np.ndarray) -> str:
    """Rows as text for a Chroma metadata field: a (rows, dim) header, float16 scales, int8 values."""
    vectors = np.asarray(vectors, dtype=np.float32)
    rows, dim = vectors.shape
    scale = np.abs(vectors).max(axis=1) / 127.0
    q = np.round(vectors / np.where(scale > 0, scale, 1.0)[:, None]).astype(np.int8)
    raw = struct.pack("<HH", rows, dim) + scale.astype(np.float16).tobytes() + q.tobytes()
    return base64.b64encode(raw).decode("ascii")


def unpack(text: str) -> np.ndarray:
    """Inverse of ``pack`` (values within 1/254 of each row's largest magnitude)."""
    raw = base64.b64decode(text)
    rows, dim = struct.unpack("<HH", raw[:4])
    scale = np.frombuffer(raw[4 : 4 + 2 * rows], dtype=np.float16).astype(np.float32)
    q = np.frombuffer(raw[4 + 2 * rows :], dtype=np.int8).reshape(rows, dim).astype(np.float32)
    return q * scale[:, None]
