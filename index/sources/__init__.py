"""Readers for every supported input format, chosen by extension and by sniffing the content.

``read_paths`` is the entry point: files or folders in, ``ReadResult`` (studies + rejections)
out. A user's mistake becomes a ``Rejection`` naming the file and line; it never raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from index.records import Rejection
from index.sources.common import ReadResult, SourceError, decode
from index.sources.pages import read_page
from index.sources.pubmed import read_medline, read_pubmed_xml
from index.sources.tabular import read_csv, read_json, read_jsonl

Reader = Callable[[bytes, str], ReadResult]


def _read_page_bytes(data: bytes, file: str) -> ReadResult:
    return read_page(decode(data, file), file)


READERS: dict[str, Reader] = {
    "page": _read_page_bytes,
    "medline": read_medline,
    "pubmed-xml": read_pubmed_xml,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
}
EXTENSIONS = {
    ".txt": "page",
    ".md": "page",
    ".nbib": "medline",
    ".medline": "medline",
    ".xml": "pubmed-xml",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
}


def sniff(data: bytes) -> str | None:
    """Guess the format from the first bytes when the extension does not say."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PMID-"):
        return "medline"
    if head.startswith(b"<?xml") or head.startswith(b"<PubmedArticle") or head.startswith(b"<!DOCTYPE"):
        return "pubmed-xml"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    if re.search(rb"(?m)^[ \t]*TLDR ", head):
        return "page"
    return None


def detect_format(path: Path, data: bytes) -> str | None:
    """Extension first, corrected by sniffing (a .txt that is really a MEDLINE export)."""
    by_ext = EXTENSIONS.get(path.suffix.lower())
    sniffed = sniff(data)
    if by_ext == "page" and sniffed == "medline":
        return "medline"
    return by_ext or sniffed


def read_file(path: Path, max_bytes: int, display: str | None = None) -> ReadResult:
    """Read one file with the right reader; every failure becomes a Rejection."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                name,
                None,
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (FOLLICLE_MAX_FILE_MB)",
            )
        data = path.read_bytes()
        if not data.strip():
            raise SourceError(name, None, "file is empty")
        fmt = detect_format(path, data)
        if fmt is None:
            raise SourceError(
                name,
                None,
                f"unknown format (extension '{path.suffix or 'none'}'); supported: {', '.join(sorted(EXTENSIONS))}",
            )
        return READERS[fmt](data, name)
    except SourceError as exc:
        return ReadResult(rejections=[exc.rejection])
    except OSError as exc:
        return ReadResult(rejections=[Rejection(name, None, f"cannot read: {exc.strerror}")])


def iter_files(paths: Iterable[Path]) -> Iterator[Path | Rejection]:
    """Every file named, and every non-hidden file below every folder named, in sorted order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), None, "no such file or folder")


def read_paths(
    paths: Iterable[Path], max_bytes: int, progress: Callable[[ReadResult], None] | None = None
) -> ReadResult:
    """Read all files below the given paths into one result; ``progress`` is told after each file."""
    result = ReadResult()
    for item in iter_files(paths):
        if isinstance(item, Rejection):
            result.rejections.append(item)
        else:
            result.extend(read_file(item, max_bytes))
        if progress:
            progress(result)
    return result
