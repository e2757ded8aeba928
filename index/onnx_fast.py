"""Faster CPU encoding: the model exported to ONNX, attention fused, weights int8, two workers.

Measured on the 2-core AMD EPYC these machines have (no AVX-512/BF16, so bf16 is slower than
fp32 here): about 1.8x the throughput of ``SentenceTransformer.encode`` in fp32 on documents,
embeddings with cosine 0.993 to fp32 (docs/benchmarks.md). Queries are few and short, so they
go through the fused *fp32* graph instead: that removes the query side's share of the int8
error (mean score error vs fp32 0.0095 -> 0.0062 on SciFact) for a few milliseconds per
question. Only BERT-like models with mean pooling take this path; every other model is encoded
by sentence-transformers. The exported files are cached, written atomically, built once per model
and named by what the model *is* (not where it is installed); a new export removes the ones an
older Follicle left behind.
"""

from __future__ import annotations

import hashlib
import logging
import os
import queue
import re
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from index.pooling import pool_batch
from index.tokenizer_copies import thread_tokenizer

EXPORT_VERSION = "4"  # 2: token vectors for late chunking; 3: the fp32 graph is kept for queries; 4: FastGelu
BATCH = 8


def model_key(model_name: str) -> str:
    """What identifies the model's weights, independent of where they are installed.

    A local model directory is keyed by its config and the names and sizes of its weight files,
    so the same model in two virtual environments (every fresh CI clone has its own) shares one
    export instead of adding ~110 MB per checkout. A hub name is its own key.
    """
    folder = Path(model_name)
    if not folder.is_dir():
        return model_name
    parts = [(folder / "config.json").read_text() if (folder / "config.json").exists() else ""]
    for path in sorted(folder.rglob("*")):
        if path.suffix in {".safetensors", ".bin", ".pt"} and path.is_file():
            parts.append(f"{path.relative_to(folder)}:{path.stat().st_size}")
    return "\n".join(parts)


def export_stem(cache_dir: Path, model_name: str, display: str, runtime: str) -> Path:
    """Cache path prefix of one model's exported files: display name, export version, digest."""
    digest = hashlib.sha1(f"{model_key(model_name)}|{EXPORT_VERSION}|{runtime}".encode()).hexdigest()[:12]
    return cache_dir / f"{Path(display or model_name).name}-v{EXPORT_VERSION}-{digest}"


def prune_stale(stem: Path) -> list[Path]:
    """Remove exports of the same model name made by an older export version; returns what went.

    Earlier names carried no version (``NAME-DIGEST-int8.onnx``): all of those are older. Files
    of the current version with another digest (another model of that name, another onnxruntime)
    are kept. A process still using a removed file is unaffected: sessions hold the graph in memory.
    """
    name = stem.name.rsplit("-v", 1)[0]
    pattern = re.compile(rf"{re.escape(name)}-(?:v(\d+)-)?[0-9a-f]{{12}}-(?:int8|fp32)\.onnx")
    removed = []
    for path in stem.parent.glob(f"{name}-*.onnx"):
        match = pattern.fullmatch(path.name)
        if match and int(match.group(1) or 0) < int(EXPORT_VERSION):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


class NotExportable(Exception):
    """The model's shape is not one this fast path handles; use sentence-transformers instead."""


def _check(model) -> tuple[object, int, int]:
    """The transformer, heads and hidden size, if the model is BERT-like with mean pooling."""
    modules = list(model)
    names = [type(m).__name__ for m in modules]
    if names[:2] != ["Transformer", "Pooling"] or any(n not in ("Normalize",) for n in names[2:]):
        raise NotExportable(f"modules {names}")
    if modules[1].get_config_dict().get("pooling_mode") != "mean":
        raise NotExportable("pooling is not mean")
    transformer = modules[0].auto_model
    config = transformer.config
    if config.model_type not in ("bert", "roberta", "distilbert", "mpnet", "xlm-roberta"):
        raise NotExportable(f"model type {config.model_type}")
    return transformer, config.num_attention_heads, config.hidden_size


def _export(model, target: Path, target_fp32: Path) -> None:
    """Export (eager attention, so it can be fused), optimise, quantise to int8, then move into place.

    The fp32 file is moved first: the int8 file's presence marks a complete export.
    """
    transformer, heads, hidden = _check(model)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)  # onnxruntime's quantiser logs advice to the root logger
        try:
            _convert(model, transformer, heads, hidden, Path(tmp))
            os.replace(Path(tmp) / "fused.onnx", target_fp32)
            os.replace(Path(tmp) / "int8.onnx", target)
        finally:
            logging.disable(logging.NOTSET)


def _convert(model, transformer, heads: int, hidden: int, tmp: Path) -> None:
    """Write raw.onnx, fused.onnx (exact, fp32) and int8.onnx (from approx.onnx) into ``tmp``."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from onnxruntime.transformers.fusion_options import FusionOptions

    class MeanPooled(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: D102
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            return (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9), out

    previous = transformer.config._attn_implementation
    sample = model.tokenizer(["hair follicle"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    try:
        transformer.set_attn_implementation("eager")
        torch.onnx.export(
            MeanPooled(transformer).eval(),
            tuple(sample[n] for n in names),
            str(tmp / "raw.onnx"),
            input_names=names,
            output_names=["embedding", "tokens"],
            opset_version=17,
            dynamo=False,
            dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "tokens": {0: "batch", 1: "tokens"}},
        )
    finally:
        transformer.set_attn_implementation(previous)
    raw = str(tmp / "raw.onnx")
    optimizer.optimize_model(raw, model_type="bert", num_heads=heads, hidden_size=hidden).save_model_to_file(
        str(tmp / "fused.onnx")
    )
    # Documents only: GELU by its tanh form (FastGelu) took 0.56 s of 13.3 s of the int8 graph's
    # op time against 0.80 s for the exact erf form (ORT profiler, 200 SciFact chunks); mean cosine
    # to fp32 0.9933 vs 0.9932. The fp32 graph for queries keeps the exact form.
    approx = FusionOptions("bert")
    approx.enable_gelu_approximation = True
    optimizer.optimize_model(
        raw, model_type="bert", num_heads=heads, hidden_size=hidden, optimization_options=approx
    ).save_model_to_file(str(tmp / "approx.onnx"))
    quantize_dynamic(
        str(tmp / "approx.onnx"),
        str(tmp / "int8.onnx"),
        per_channel=True,
        reduce_range=True,  # AVX2 without VNNI saturates 8-bit products; 7-bit weights avoid it
        weight_type=QuantType.QInt8,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def _sessions(path: Path, count: int, threads: int = 1) -> list:
    """``count`` sessions of ``threads`` threads each.

    Documents come in many batches: one single-threaded session per core beats one session with
    two threads here. A question is one short text: one session using every core answers it
    fastest (fp32, measured: 8.7 ms on one thread, 4.9 ms on two).
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return [ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"]) for _ in range(count)]


class FastEncoder:
    """int8 ONNX Runtime encoder with one single-threaded session per core."""

    def __init__(self, model, cache_dir: Path, model_name: str, display: str = "") -> None:
        import onnxruntime as ort

        _check(model)
        self.tokenizer = model.tokenizer
        self._local = threading.local()  # one tokenizer per thread: see index.embed.thread_tokenizer
        self.max_length = model.max_seq_length
        stem = export_stem(cache_dir, model_name, display, ort.__version__)
        path, self.fp32_path = Path(f"{stem}-int8.onnx"), Path(f"{stem}-fp32.onnx")
        if not (path.exists() and self.fp32_path.exists()):
            path.parent.mkdir(parents=True, exist_ok=True)
            print(
                f"Preparing the fast int8 encoder for {display or model_name} (once) ...", file=sys.stderr, flush=True
            )
            _export(model, path, self.fp32_path)
            prune_stale(stem)
        self.sessions = _sessions(path, max(1, os.cpu_count() or 1))
        self._idle: queue.SimpleQueue = queue.SimpleQueue()  # a batch takes an idle session, never a busy one
        for session in self.sessions:
            self._idle.put(session)
        self._query_sessions: list | None = None
        self.inputs = {i.name for i in self.sessions[0].get_inputs()}
        self.pool = ThreadPoolExecutor(len(self.sessions), thread_name_prefix="follicle-encode")

    @property
    def query_sessions(self) -> list:
        """fp32 sessions for queries, opened on first use (building an index never needs them)."""
        if self._query_sessions is None:
            self._query_sessions = _sessions(self.fp32_path, 1, threads=len(self.sessions))
        return self._query_sessions

    @contextmanager
    def _document_session(self) -> Iterator:
        """An idle document session, returned when the batch is done.

        Batches of two overlapping ``encode_late`` calls (the build keeps two in flight) share the
        pool; handing sessions out through a queue keeps each session on one batch at a time and
        none idle while work waits, which numbering batches by session (k % workers) did not.
        """
        session = self._idle.get()
        try:
            yield session
        finally:
            self._idle.put(session)

    def _run(self, texts: list[str], spans: list | None = None, query: bool = False) -> tuple[np.ndarray, list]:
        """Unit vectors of one batch, plus one vector per span of each text when spans are given."""
        enc = thread_tokenizer(self._local, self.tokenizer)(
            texts,
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="np",
            return_offsets_mapping=spans is not None,
        )
        feeds = {k: enc[k].astype(np.int64) for k in self.inputs if k in enc}
        if "token_type_ids" in self.inputs and "token_type_ids" not in feeds:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        if query:  # one session using every core; onnxruntime runs concurrent questions on it safely
            out = self.query_sessions[0].run(["embedding"], feeds)[0]
            return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12), []
        with self._document_session() as session:
            if spans is None:
                out = session.run(["embedding"], feeds)[0]
                return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12), []
            out, tokens = session.run(["embedding", "tokens"], feeds)
        parts = pool_batch(tokens, enc["offset_mapping"], spans)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12), parts

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors in input order; batches are length-sorted and shared between workers."""
        return self.encode_late(texts, None)[0]

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Unit vectors from the fp32 graph: exact to fp32 for the side that is encoded per question."""
        return self.encode_late(texts, None, query=True)[0]

    def encode_late(self, texts: list[str], spans: list | None, query: bool = False) -> tuple[np.ndarray, list]:
        """Unit vectors in input order and, when ``spans`` are given, each text's span vectors."""
        order = np.argsort([-len(t) for t in texts], kind="stable")
        batches = [order[i : i + BATCH] for i in range(0, len(texts), BATCH)]

        def run(idx: np.ndarray) -> tuple[np.ndarray, list]:
            part = None if spans is None else [spans[j] for j in idx]
            return self._run([texts[j] for j in idx], part, query)

        if len(batches) == 1 or query or len(self.sessions) == 1:  # one session already uses every core
            parts = [run(idx) for idx in batches]
        else:
            parts = list(self.pool.map(run, batches))
        out = np.empty((len(texts), parts[0][0].shape[1]), dtype=np.float32)
        late: list = [None] * len(texts)
        for idx, (vecs, span_vecs) in zip(batches, parts, strict=True):
            out[idx] = vecs
            for j, sv in zip(idx, span_vecs, strict=False):
                late[j] = sv
        return out, late
