"""One copy of a tokenizer per thread (shared by the embedder and the fast encoder)."""

from __future__ import annotations

import copy
import threading


def thread_tokenizer(local: threading.local, tokenizer):
    """This thread's own copy of ``tokenizer``.

    A Hugging Face tokenizer keeps padding and truncation as state that each call sets: a build
    counting tokens (no truncation) while the encoder's workers tokenize (truncation, padding) on
    one shared object made some counts wrong and split studies into extra chunks. Copies cost a
    few MB and milliseconds, once per thread.
    """
    own = getattr(local, "tokenizer", None)
    if own is None:
        own = local.tokenizer = copy.deepcopy(tokenizer)
    return own
