"""A reader's thumbs up or down on an answer, kept as one JSON line for whoever improves Follicle."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path


def record_feedback(file: Path, liked: bool, question: str, answer_text: str) -> dict:
    """Append the rating, the question, the answer and its citation numbers to ``file``; return the record."""
    record = {
        "time": time.time(),
        "liked": liked,
        "question": question,
        "answer": answer_text,
        "citations": sorted({int(n) for n in re.findall(r"\\?\[(\d+)\\?\]", answer_text)}),
    }
    file.parent.mkdir(parents=True, exist_ok=True)
    with file.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, default=str) + "\n")
    return record
