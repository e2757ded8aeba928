"""Follicle as tools for other assistants (the page's MCP server): arguments checked, answers as JSON.

Another assistant calls ``answer`` or ``search_studies`` with whatever its model wrote, so every
argument is checked here with a message the model can act on (an InputError, never a
traceback), and results are plain JSON: the answer keeps its ``[n]`` markers and each citation
carries what a reader needs to find the study again. Nothing here uploads, fetches or writes.
"""

from __future__ import annotations

import json

from assistant.api import EMPTY_INDEX, EmptyIndexError, open_index
from assistant.api import answer as answer_question
from assistant.inputs import InputError, check
from assistant.records import Answer, Hit
from assistant.render import pubmed_link, study_link
from assistant.retrieve import Filters, search
from assistant.settings import Settings
from index.facts import DESIGN_NAMES

DESIGN_ALIASES = {"rct": "randomised controlled trial", "meta": "meta-analysis", "sr": "systematic review"}
MAX_STUDIES = 20  # most records one search_studies call returns


def design_name(value: str) -> str:
    """A design name or a short alias (rct, meta, sr), as the filters know it; InputError otherwise."""
    name = DESIGN_ALIASES.get(value.strip().lower(), value.strip().lower())
    if name not in DESIGN_NAMES:
        choices = ", ".join(sorted(DESIGN_ALIASES) + DESIGN_NAMES)
        raise InputError(f"design must be one of {choices}; got {value!r}")
    return name


def _whole(value: object) -> object:
    """A whole number written as text ("2015") or as a float (2015.0) as an int; anything else as it was."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _year(field: str, value: object) -> int | None:
    """A year argument: empty means no limit; anything but a plausible whole year is an InputError."""
    if value is None or value == "":
        return None
    value = _whole(value)
    if not isinstance(value, int) or isinstance(value, bool) or not 1800 <= value <= 2200:
        raise InputError(f"{field} must be a year such as 2015, got {value!r}")
    return value


def tool_filters(year_from: object = None, year_to: object = None, design: object = None) -> Filters | None:
    """The Filters of one tool call, or None when nothing narrows the search."""
    start, end = _year("year_from", year_from), _year("year_to", year_to)
    if start and end and start > end:
        raise InputError(f"year_from ({start}) is after year_to ({end})")
    if design is not None and not isinstance(design, str):
        raise InputError(f"design must be text such as 'rct', got {design!r}")
    designs = (design_name(design),) if design and design.strip() else ()
    if start is None and end is None and not designs:
        return None
    return Filters(start, end, designs=designs)


def answer_payload(result: Answer) -> dict:
    """What the ``answer`` tool returns: the cited text, its sources, the bottom line once answers have one."""
    return {
        "answer": result.text,
        "bottom_line": getattr(result, "bottom_line", "") or "",
        "abstained": result.abstained,
        "citations": [
            {
                "n": c.n,
                "title": c.title,
                "journal": c.journal,
                "year": c.year,
                "design": c.design,
                "link": c.url or c.pubmed_url,
                "snippet": c.snippet,
                "retracted": c.retracted,
            }
            for c in result.citations
        ],
        "notices": list(result.notices),
        "searched": result.query_used,
    }


def study_record(hit: Hit) -> dict:
    """One ``search_studies`` result: the study's record and how well it matched."""
    s = hit.study
    return {
        "id": s.id,
        "title": s.title or s.label(),
        "journal": s.journal,
        "year": s.year,
        "month": s.month,
        "design": s.study_type,
        "participants": s.participants,
        "citations": s.citations,
        "doi": s.doi,
        "pmid": s.pmid,
        "link": study_link(s),
        "pubmed": pubmed_link(s),
        "retracted": s.retracted,
        "text": s.text(),
        "score": round(hit.score, 4),
        "support": round(hit.support, 4),
    }


def run_answer(question: object, year_from: object, year_to: object, design: object, settings: Settings) -> str:
    """The ``answer`` tool: one question, no conversation, filters checked; JSON text."""
    filters = tool_filters(year_from, year_to, design)
    return json.dumps(answer_payload(answer_question(question, None, filters, settings)), ensure_ascii=False)


def run_search(query: object, k: object, settings: Settings) -> str:
    """The ``search_studies`` tool: the best ``k`` studies for a query, records only; JSON text."""
    query, _ = check(query, None, settings.max_question_chars)
    k = 5 if k is None or k == "" else _whole(k)
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_STUDIES:
        raise InputError(f"k must be a whole number from 1 to {MAX_STUDIES}, got {k!r}")
    index = open_index(settings)
    if index.store.count_chunks() == 0:
        raise EmptyIndexError(EMPTY_INDEX)
    hits = search(index, query, None, k)
    return json.dumps({"query": query, "studies": [study_record(h) for h in hits[:k]]}, ensure_ascii=False)
