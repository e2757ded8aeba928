"""The question side of the fast encoder, with nothing but ``tokenizers`` and ``onnxruntime``.

Answering a question needs one short text encoded. Loading sentence-transformers for that costs
~10 s of imports (torch, transformers) before the first answer; the fp32 ONNX graph that
``index.onnx_fast`` exported when the index was built encodes a question in milliseconds with
the model's own ``tokenizer.json``. So the question path opens only that graph, and only when
an export of this very model exists; otherwise ``Embedder`` falls back to the full model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from index.onnx_fast import export_stem


def export_paths(model_dir: str, cache_dir: Path, display: str) -> tuple[Path, Path] | None:
    """(int8, fp32) export files of this model when both exist (the int8 file marks a complete export)."""
    import onnxruntime as ort

    stem = export_stem(cache_dir, model_dir, display, ort.__version__)
    int8, fp32 = Path(f"{stem}-int8.onnx"), Path(f"{stem}-fp32.onnx")
    return (int8, fp32) if int8.exists() and fp32.exists() else None


def max_length(model_dir: Path, tokenizer_limit: int = 512) -> int:
    """The model's input limit as sentence-transformers sets it (sentence_bert_config.json)."""
    config = model_dir / "sentence_bert_config.json"
    if config.exists():
        value = json.loads(config.read_text()).get("max_seq_length")
        if value:
            return int(value)
    return tokenizer_limit


class QueryEncoder:
    """Unit vectors for questions from the exported fp32 graph; no torch, no transformers."""

    def __init__(self, model_dir: Path, fp32_path: Path, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.max_length = max_length(model_dir)
        self.tokenizer.enable_truncation(self.max_length)
        pad = self.tokenizer.token_to_id("[PAD]")
        self.tokenizer.enable_padding(pad_id=pad if pad is not None else 0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or max(1, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(fp32_path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised float32 vectors, one row per text."""
        encodings = self.tokenizer.encode_batch(list(texts))
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        out = self.session.run(["embedding"], {k: v for k, v in feeds.items() if k in self.inputs})[0]
        return (out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)).astype(np.float32)
