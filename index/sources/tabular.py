"""Readers for JSONL, JSON arrays and CSV/TSV, with documented column names and aliases.

Columns (any alias works, case-insensitive):
title | tldr | summary (abstract, text, body) | journal (venue) | year | month |
date (published, publication_date) | citations (citation_count, cited_by) | url (link) |
doi | pmid (pubmed_id) | id (_id, slug) | authors (author; list or ';'-separated) |
study_type (design, type, publication_type) | participants (n) | followup_months |
safety | studies_reviewed | site

The output of `python -m index export` reads back unchanged: its `id` (a Follicle key such as
`h:…` or `doi:…`) is recomputed from the fields rather than taken as the record's own id.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re

from index.records import Provenance, Rejection, Study
from index.sources.common import ReadResult, SourceError, clean, decode, month_number, parse_date, parse_int

ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "article_title"),
    "tldr": ("tldr", "tl;dr", "one_line", "short_summary"),
    "summary": ("summary", "abstract", "text", "body", "content", "description"),
    "journal": ("journal", "venue", "journal_title", "source"),
    "year": ("year", "pub_year", "publication_year"),
    "month": ("month", "pub_month"),
    "date": ("date", "published", "publication_date", "pub_date"),
    "citations": ("citations", "citation_count", "cited_by", "n_citations", "citationcount"),
    "url": ("url", "link", "href"),
    "doi": ("doi",),
    "pmid": ("pmid", "pubmed_id", "pubmedid"),
    "slug": ("slug", "id", "_id", "study_id"),
    "authors": ("authors", "author"),
    "study_type": ("study_type", "design", "type", "publication_type"),
    "participants": ("participants", "n", "sample_size"),
    "followup_months": ("followup_months", "follow_up_months"),
    "safety": ("safety",),
    "studies_reviewed": ("studies_reviewed",),
    "site": ("site",),
    "mesh": ("mesh", "mesh_terms"),
    "publication_types": ("publication_types",),
}
FOLLICLE_KEY = re.compile(r"^(?:doi|pmid|url|slug|h|t):")


def study_from_mapping(row: dict, file: str, line: int, fmt: str) -> Study | Rejection:
    """Map one record's columns (by name or alias) onto a Study."""
    if not isinstance(row, dict):
        return Rejection(file, line, f"expected an object with fields, got {type(row).__name__}")
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    if isinstance(lowered.get("id"), str) and FOLLICLE_KEY.match(lowered["id"]):
        lowered.pop("id")  # an exported record: its id is recomputed from its fields
    get = {
        name: next((lowered[a] for a in names if lowered.get(a) not in (None, "")), None)
        for name, names in ALIASES.items()
    }
    for name in ("title", "tldr", "summary", "journal", "url", "doi", "study_type", "safety", "site"):
        if get[name] is not None and not isinstance(get[name], str):
            if isinstance(get[name], (dict, list)):
                return Rejection(file, line, f"field '{name}' must be text, got {type(get[name]).__name__}")
            get[name] = str(get[name])
    year, month = parse_date(get["date"]) if get["date"] else (None, None)
    year = parse_int(get["year"]) or year
    month = month_number(str(get["month"])) if get["month"] is not None else month
    authors = get["authors"]
    if not isinstance(authors, (str, list, tuple, type(None))):
        authors = [str(authors)]
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(";" if ";" in authors else ",") if a.strip()]
    study = Study(
        mesh=_names(get["mesh"]),
        publication_types=_names(get["publication_types"]),
        title=clean(get["title"]),
        tldr=clean(get["tldr"]),
        summary=clean(get["summary"]),
        journal=clean(get["journal"]),
        year=year if year and 1800 <= year <= 2100 else None,
        month=month,
        citations=parse_int(get["citations"]),
        url=clean(get["url"]),
        doi=clean(get["doi"]),
        pmid=str(parse_int(get["pmid"])) if parse_int(get["pmid"]) else None,
        slug=clean(str(get["slug"])) if get["slug"] is not None else None,
        authors=tuple(str(a) for a in (authors or ()) if a),
        study_type=clean(get["study_type"]),
        participants=parse_int(get["participants"]),
        followup_months=_number(get["followup_months"]),
        safety=clean(get["safety"]),
        studies_reviewed=parse_int(get["studies_reviewed"]),
        site=clean(get["site"]),
        provenance=(Provenance(file, line, fmt, "record"),),
    )
    if not (study.title or study.tldr or study.summary):
        return Rejection(file, line, "record has no title, tldr or summary/abstract; skipped")
    return study


def _names(value: object) -> tuple[str, ...]:
    """A list of names, or one string of them separated by ';' (a CSV cell)."""
    items = value.split(";") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else ()
    return tuple(dict.fromkeys(clean(str(v)) for v in items if clean(str(v))))


def _number(value: object) -> float | None:
    """A number such as 6 or '1.5'; anything else to None."""
    try:
        number = float(value) if value not in (None, "") and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None
    return number if number is not None and math.isfinite(number) and number >= 0 else None


def _add(result: ReadResult, item: Study | Rejection) -> None:
    (result.rejections if isinstance(item, Rejection) else result.studies).append(item)


def read_jsonl(data: bytes, file: str) -> ReadResult:
    """One JSON object per line; a bad line is rejected, the rest are kept."""
    result = ReadResult()
    for n, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(decode(raw, file))
        except SourceError as exc:
            result.rejections.append(Rejection(file, n, exc.rejection.message))
            continue
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            result.rejections.append(Rejection(file, n, f"bad JSON: {msg}"))
            continue
        _add(result, study_from_mapping(obj, file, n, "jsonl"))
    if not result.studies and not result.rejections:
        result.rejections.append(Rejection(file, None, "file is empty"))
    return result


def read_json(data: bytes, file: str) -> ReadResult:
    """A JSON array of objects, or an object holding one under 'studies'/'records'/'data'."""
    text = decode(data, file)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n{" in text:
            return read_jsonl(data, file)
        raise SourceError(file, exc.lineno, f"bad JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise SourceError(file, None, "bad JSON: nested too deeply") from None
    if isinstance(obj, dict):
        obj = next((obj[k] for k in ("studies", "records", "data", "items") if isinstance(obj.get(k), list)), [obj])
    if not isinstance(obj, list):
        raise SourceError(file, 1, "expected a JSON array of study objects")
    result = ReadResult()
    for n, item in enumerate(obj, start=1):
        item_result = study_from_mapping(item, file, n, "json")
        if isinstance(item_result, Rejection):
            item_result = Rejection(file, None, f"record #{n}: {item_result.message}")
        _add(result, item_result)
    if not obj:
        result.rejections.append(Rejection(file, None, "the JSON array is empty"))
    return result


def read_csv(data: bytes, file: str) -> ReadResult:
    """CSV or TSV with a header row; rows with the wrong number of fields are rejected."""
    text = decode(data, file)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","  # the header decides
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    result = ReadResult()
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise SourceError(file, 1, "file is empty (expected a header row)")
        known = {a for names in ALIASES.values() for a in names}
        if not any(h.strip().lower() in known for h in header):
            raise SourceError(
                file, 1, f"header names no known column; expected some of: {', '.join(n for n in ALIASES)}"
            )
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                result.rejections.append(
                    Rejection(file, line, f"row has {len(row)} fields, header has {len(header)}; skipped")
                )
                continue
            _add(result, study_from_mapping(dict(zip(header, row, strict=True)), file, line, "csv"))
    except csv.Error as exc:
        result.rejections.append(Rejection(file, reader.line_num, f"CSV is malformed: {exc}"))
    return result
