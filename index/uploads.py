"""Files a visitor hands the chat page: copied under safe names inside the data directory, then indexed.

The page and scripts call the same two functions. A visitor's file name never chooses where a
file is written, an over-size file stops the upload before anything is copied, and one upload
indexes at a time (questions go on meanwhile: the build never leaves the index half-written).
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from pathlib import Path

from index.build import build
from index.embed import Embedder
from index.settings import IndexSettings

UPLOAD_LOCK = threading.Lock()


class UploadError(ValueError):
    """An upload refused as a whole; the message names the file and the limit."""


def upload_target(directory: Path, original_name: str) -> Path:
    """Where an upload is saved: inside ``directory`` always; the visitor's file name never picks a path."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(original_name.replace("\\", "/")).name).lstrip(".") or "upload"
    dest = (directory / f"{time.time_ns()}-{name[:100]}").resolve()
    if dest.parent != directory.resolve():
        raise ValueError(f"refusing to write {original_name!r} outside {directory}")
    return dest


def save_uploads(sources: list[Path], directory: Path, max_mb: int) -> list[Path]:
    """Copy the files into ``directory`` under safe names; none is copied when one is too large."""
    for src in sources:
        if src.stat().st_size > max_mb * 1_000_000:
            raise UploadError(f"{src.name}: over the {max_mb} MB upload limit; nothing indexed.")
    directory.mkdir(parents=True, exist_ok=True)
    saved = []
    for src in sources:
        dest = upload_target(directory, src.name)
        shutil.copyfile(src, dest)
        saved.append(dest)
    return saved


def index_uploads(paths: list[Path], settings: IndexSettings, embedder: Embedder, max_records: int) -> str:
    """Index saved uploads (one upload at a time) and return the report a visitor reads."""
    with UPLOAD_LOCK:
        report = build(paths, settings, quiet=False, embedder=embedder, max_records=max_records)
    folders = {str(p.parent) + "/" for p in paths}
    lines = [report.summary()]
    for rejection in report.rejections:
        line = f"rejected: {rejection}"
        for folder in folders:
            line = line.replace(folder, "")
        lines.append(line)
    if report.failure:
        lines.append(f"error: {report.failure}")
    return "\n".join(lines)
