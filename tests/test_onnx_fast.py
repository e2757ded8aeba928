"""The fast encoder's cached exports: named by the model's content, older versions cleaned up."""

from __future__ import annotations

import shutil
from pathlib import Path

from index.embed import resolve_model
from index.onnx_fast import EXPORT_VERSION, export_stem, prune_stale


def _copy_model(target: Path) -> Path:
    """A copy of the bundled model's files (config and weights are what the key reads)."""
    source = Path(resolve_model("all-MiniLM-L6-v2"))
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("onnx", "openvino", "*.onnx"))
    return target


def test_the_same_model_installed_twice_shares_one_export(tmp_path: Path) -> None:
    # Every fresh clone has its own virtual environment; keyed by path, each added ~110 MB.
    a, b = _copy_model(tmp_path / "env1" / "model"), _copy_model(tmp_path / "env2" / "model")
    cache = tmp_path / "cache"
    stem = export_stem(cache, str(a), "all-MiniLM-L6-v2", "1.0")
    assert stem == export_stem(cache, str(b), "all-MiniLM-L6-v2", "1.0")
    assert stem.name.startswith(f"all-MiniLM-L6-v2-v{EXPORT_VERSION}-")
    assert stem != export_stem(cache, str(a), "all-MiniLM-L6-v2", "2.0")  # another onnxruntime
    weights = next(p for p in b.iterdir() if p.suffix in {".safetensors", ".bin"})
    with weights.open("ab") as fh:
        fh.write(b"\0")
    assert stem != export_stem(cache, str(b), "all-MiniLM-L6-v2", "1.0")  # other weights, other export


def test_a_new_export_removes_only_older_versions_of_that_model(tmp_path: Path) -> None:
    stem = export_stem(tmp_path, "some/model", "mini", "1.0")
    older = [
        "mini-0123456789ab-int8.onnx",  # names before versions were written into them
        "mini-0123456789ab-fp32.onnx",
        f"mini-v{int(EXPORT_VERSION) - 1}-abcdefabcdef-int8.onnx",
    ]
    kept = [
        f"{stem.name}-int8.onnx",
        f"{stem.name}-fp32.onnx",
        f"mini-v{EXPORT_VERSION}-ffffffffffff-int8.onnx",  # same version, another model or runtime
        f"mini-large-v{EXPORT_VERSION}-0123456789ab-int8.onnx",  # another model's name
        "mini-large-0123456789ab-notes.txt",
        "SmolLM2-135M-Instruct.Q4_1.gguf",
    ]
    for name in older + kept:
        (tmp_path / name).write_bytes(b"x")
    removed = prune_stale(stem)
    assert sorted(p.name for p in removed) == sorted(older)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
