"""Helpers shared by the readers: decoding, dates, junk removal, the result type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.records import Rejection, Study

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
BLANKS = re.compile(r"[\t\u00a0][ \t\u00a0]*| [ \t\u00a0]+")  # runs to fold; a lone space is left alone
JUNK = re.compile(r"\[object Object\]|\bundefined\b(?=\s*$)|\bnull\b(?=\s*$)")


@dataclass
class ReadResult:
    """What one reader produced from one file: usable studies and rejected records."""

    studies: list[Study] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    furniture: int = 0  # lines of page furniture skipped (links, headings, counters): never rejections

    def extend(self, other: ReadResult) -> None:
        """Merge another result into this one."""
        self.studies.extend(other.studies)
        self.rejections.extend(other.rejections)
        self.furniture += other.furniture


class SourceError(Exception):
    """A user's file could not be read at all; the message names the file and the problem."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.rejection = Rejection(file, line, message)
        super().__init__(str(self.rejection))


def clean(text: str | None) -> str | None:
    """Remove scraping junk and fold white space; ``None`` when nothing is left."""
    if text is None:
        return None
    text = str(text)
    if "[object Object]" in text or "undefined" in text or "null" in text:  # the regex alone scans slowly
        text = JUNK.sub(" ", text)
    text = BLANKS.sub(" ", text)
    text = "\n".join(line.strip() for line in text.splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text or None


def month_number(text: str | None) -> int | None:
    """'Jan', 'January' or '1' to 1; anything else to None."""
    if not text:
        return None
    text = str(text).strip().lower().rstrip(".")
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return MONTHS.get(text[:3] if text[:3] in MONTHS and text not in MONTHS else text)


def parse_date(text: str | None) -> tuple[int | None, int | None]:
    """Year and month from '2013 Jan 15', '2013-01-15', 'January 2013', '2013' and the like."""
    if not text:
        return None, None
    text = str(text)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    year = int(year_match.group(1)) if year_match else None
    month = None
    iso = re.search(r"\b(?:1[89]\d\d|20\d\d)[-/](\d{1,2})\b", text)
    if iso and 1 <= int(iso.group(1)) <= 12:
        month = int(iso.group(1))
    else:
        named = re.search(MONTH_PATTERN, text, re.IGNORECASE)
        month = month_number(named.group(0)) if named else None
    return year, month


def decode(data: bytes, file: str) -> str:
    """UTF-8 (with or without BOM) or a SourceError naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            file,
            line,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); convert the file to UTF-8, "
            "e.g. `iconv -f latin1 -t utf-8`",
        ) from None


def parse_int(value: object) -> int | None:
    """'1,234' or 1234.0 to 1234; blanks and junk to None."""
    if value is None or value == "":
        return None
    match = re.search(r"\d[\d,]*", str(value))
    return int(match.group(0).replace(",", "")) if match else None
