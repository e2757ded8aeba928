"""Reader for research-summary pages: a lead study, then run-together related-study entries.

A page looks like::

    [title]                                  optional header lines
    [Month YYYY in “Journal”] [authors]      (noise such as "Image of study" is dropped)
    TLDR one line
    one or more summary paragraphs
    [View this study on SITE →]
    [N citations,] Month YYYY in “Journal” one-line TLDR   (repeated, run together)
"""

from __future__ import annotations

import re

from index.records import Provenance, Rejection, Study
from index.sources.common import MONTH_PATTERN, ReadResult, clean, month_number, parse_int

QUOTED = r"[“\"”]([^“”\"]+)[”\"“]"
ENTRY = re.compile(
    rf"(?:(?P<cit>\d[\d,]*)\s+citations?,?\s*)?(?P<month>{MONTH_PATTERN})\s+(?P<year>\d{{4}})"
    rf"\s+in\s+{QUOTED}",
    re.IGNORECASE,
)
ENTRY_START_LINE = re.compile(
    rf"^\s*(?:\[object Object\]\s*)*(?:\d[\d,]*\s+citations?,?\s*$|(?:\d[\d,]*\s+citations?,?\s*)?"
    rf"{MONTH_PATTERN}\s+\d{{4}}\s+in\s+[“\"])",
    re.IGNORECASE,
)
HEADER_DATE = re.compile(rf"^\s*({MONTH_PATTERN})\s+(\d{{4}})\s+in\s+{QUOTED}\s*$", re.IGNORECASE)
NOISE = re.compile(
    r"^\s*(image of study|\[object Object\]|related studies|cited in the above|"
    r"cited by|references?|share|save)\s*:?\s*$",
    re.IGNORECASE,
)
VIEW = re.compile(r"^\s*View this study on\s+(?P<site>\S+)", re.IGNORECASE)
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
URL = re.compile(r"https?://\S+")


def read_page(text: str, file: str) -> ReadResult:
    """Parse one page into its lead study and its related-study entries."""
    lines = text.splitlines()
    tldr_at = next((i for i, line in enumerate(lines) if line.lstrip().startswith("TLDR")), None)
    body_start = 0 if tldr_at is None else tldr_at
    related_at = _related_start(lines, body_start + 1 if tldr_at is not None else 0)
    result = ReadResult()
    if tldr_at is not None:
        lead = _lead_study(lines, tldr_at, related_at, file)
        if lead is not None:
            result.studies.append(lead)
    elif 0 < related_at < len(lines):
        result.rejections.append(Rejection(file, 1, "text before the related studies has no 'TLDR ' line; skipped"))
    rel = _related_entries(lines, related_at, file)
    result.extend(rel)
    if not result.studies and not result.rejections:
        result.rejections.append(
            Rejection(
                file,
                1,
                "no study found: expected a 'TLDR ' line or related-study entries like 'March 2019 in “Journal” text'",
            )
        )
    return result


def _related_start(lines: list[str], start: int) -> int:
    """Index of the first line that opens a related-study entry (len(lines) when none)."""
    for i in range(start, len(lines)):
        if ENTRY_START_LINE.match(lines[i]) and _opens_entry(lines, i):
            return i
    return len(lines)


def _opens_entry(lines: list[str], i: int) -> bool:
    """A bare 'N citations,' line opens an entry only when a dated journal line follows."""
    joined = " ".join(lines[i : i + 2])
    return ENTRY.search(joined) is not None


def _lead_study(lines: list[str], tldr_at: int, end: int, file: str) -> Study | None:
    study = Study(provenance=(Provenance(file, tldr_at + 1, "page", "lead"),))
    _read_header(lines[:tldr_at], study)
    study.tldr = clean(lines[tldr_at].lstrip()[4:].lstrip(" :-"))
    paragraphs = []
    for line in lines[tldr_at + 1 : end]:
        view = VIEW.match(line)
        if view:
            continue
        if NOISE.match(line):
            continue
        paragraphs.append(line)
    study.summary = clean("\n".join(paragraphs))
    for text in (study.summary or "", "\n".join(lines[:end])):
        if not study.doi and (m := DOI.search(text)):
            study.doi = m.group(1)
        if not study.url and (m := URL.search(text)):
            study.url = m.group(0).rstrip(").,")
    if not (study.tldr or study.summary):
        return None
    return study


def _read_header(header: list[str], study: Study) -> None:
    """Title, date/journal, citations and authors from the lines above the TLDR."""
    rest: list[str] = []
    for line in header:
        if not line.strip() or NOISE.match(line):
            continue
        date = HEADER_DATE.match(line)
        if date:
            study.month, study.year = month_number(date.group(1)), int(date.group(2))
            study.journal = date.group(3).strip()
        elif re.fullmatch(r"\s*\d[\d,]*\s+citations?,?\s*", line, re.IGNORECASE):
            study.citations = parse_int(line)
        elif not DOI.search(line) and not URL.match(line.strip()):
            rest.append(line.strip())
    if rest:
        study.title = clean(rest[0])
    if len(rest) > 1:
        names = re.split(r",\s*|;\s*|\s+and\s+", " ".join(rest[1:]))
        study.authors = tuple(n.strip() for n in names if n.strip())


def _related_entries(lines: list[str], start: int, file: str) -> ReadResult:
    """Split the run-together related section into one study per dated journal entry."""
    result = ReadResult()
    section = "\n".join(lines[start:])
    matches = list(ENTRY.finditer(section))
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(section)
        line = start + section.count("\n", 0, match.start()) + 1
        tail = section[match.end() : end]
        tldr = clean(VIEW.sub("", tail))
        journal = match.group(4).strip()
        label = f"{match.group('month')} {match.group('year')} in “{journal}”"
        if not tldr:
            result.rejections.append(
                Rejection(file, line, f"related entry '{label}' has no text after removing scraping junk; skipped")
            )
            continue
        result.studies.append(
            Study(
                tldr=" ".join(tldr.split()),
                journal=journal,
                year=int(match.group("year")),
                month=month_number(match.group("month")),
                citations=parse_int(match.group("cit")),
                provenance=(Provenance(file, line, "page", "related"),),
            )
        )
    return result
