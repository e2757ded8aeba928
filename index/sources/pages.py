"""Reader for research-summary pages: a lead study, then related-study entries.

A page of such a site, as scraped to text, looks like this (every part but the summary is
optional, every line may be indented)::

    Title of the study                              header block
    Month YYYY in “ Journal Name                    closing quote may be missing, and the
    continuation of a long journal name”            journal may continue on the next line
    Author One, Author Two
    Image of study
    TLDR one line                                   no TLDR line: the paragraph is the study
    the summary paragraph
    View this study on site.org →                   boilerplate, anywhere between blocks
    Discuss this study in the Community →
    Cited in this study / 4 / 4 results / Related / Similar Research / Show more
    12 citations                                    a count (and its comma) may sit on its
    ,                                               own lines: it belongs to the next entry
    Month YYYY in “Journal” one-line TLDR           one related study per dated entry

Boilerplate is never study text. A related entry's TLDR is the rest of its own line: an entry
with nothing after its journal is skipped, never given the next line as its text, and text
standing alone in the related part (an entry whose date line was cut off) is reported and
skipped, never glued onto the lead's summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.records import Provenance, Rejection, Study
from index.sources.common import MONTH_PATTERN, ReadResult, clean, month_number, parse_int

PARSER_VERSION = 2  # bump when pages parse differently, so the next build re-reads every stored page study
OPEN_QUOTE = '“"„'
CLOSE_QUOTE = '”"“'
CITES = r"(?P<cit>\d[\d,]*)\s+citations?\b\s*,?"
# A dated journal entry: "[12 citations,] March 2019 in “Journal” TLDR" (the closing quote may be missing).
DATED = re.compile(
    rf"(?:{CITES}\s*)?(?P<month>{MONTH_PATTERN})\.?\s+(?P<year>(?:1[89]|20)\d\d)\s+in\s+[{OPEN_QUOTE}]\s*",
    re.IGNORECASE,
)
COUNT_ONLY = re.compile(rf"^\s*{CITES}\s*$", re.IGNORECASE)
TRAILING_COUNT = re.compile(rf"\s*{CITES}\s*$", re.IGNORECASE)
COMMA_ONLY = re.compile(r"^\s*[,;]\s*$")
JUNK = re.compile(r"\[object Object\]")
TLDR_LINE = re.compile(r"^\s*TL;?DR\b\s*[:\-–]?\s*", re.IGNORECASE)
VIEW = re.compile(r"^\s*View this study on\s+(?P<site>[^\s→]+)\s*(?:→|->)?\s*$", re.IGNORECASE)
BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"View this study on\b.*"
    r"|Discuss this study in the Community\s*(?:→|->)?"
    r"|Cited in this study|Cited in the above|Cited by"
    r"|\d[\d,]*\s*/\s*\d[\d,]*\s+results?"
    r"|Related(?:\s+(?:Research|Studies|Community Posts(?:\s+Join)?))?"
    r"|Similar Research|Show more|Show less|Join|Image of study"
    r"|References?|Share|Save"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
URL = re.compile(r"https?://\S+")
# Words a journal name cannot end with: the name goes on on the next line.
CONTINUES = re.compile(r"(?:\b(?:of|and|the|for|in|on|de|du|der|und|et|la|le|y|&)|[,&\-–:])\s*$", re.IGNORECASE)
NAME = r"[A-ZÀ-ÞĀ-ſ][\w'’.\-À-ſ]*"
AUTHOR = re.compile(rf"^(?:{NAME}\.?\s+){{0,3}}{NAME}$")
PARTICLES = re.compile(r"\b(?:van|von|der|de|da|del|di|du|la|le|bin|ibn|al|el)\s+", re.IGNORECASE)
ORPHAN_MAX_WORDS = 45
# Words of a title, never of a person's name: "Hair Mesotherapy" is a title, "Ana Lima" an author.
TITLE_WORDS = re.compile(
    r"\b(?:hair|alopecia|scalp|baldness|loss|treatment|therapy|study|trial|review|effects?|efficacy|safety|"
    r"minoxidil|finasteride|dutasteride|plasma|laser|light|cells?|stem|follicles?|growth|androgen\w*|"
    r"patients?|women|men|clinical|topical|oral|case|report|update|management|analysis|evidence|role)\b",
    re.IGNORECASE,
)


@dataclass
class Line:
    """One line of the page: its number (1-based) and its text without junk or outer spaces."""

    number: int
    text: str


def is_boilerplate(text: str) -> bool:
    """A line of page furniture (links, section headings, result counters), never study text."""
    return bool(BOILERPLATE.match(text))


def read_page(text: str, file: str) -> ReadResult:
    """Parse one page into its lead study and its related-study entries."""
    lines = [Line(i, " ".join(JUNK.sub(" ", raw).split())) for i, raw in enumerate(text.splitlines(), start=1)]
    site = next((m.group("site") for line in lines if (m := VIEW.match(line.text))), None)
    tldr_at = next((k for k, line in enumerate(lines) if TLDR_LINE.match(line.text)), None)
    result = ReadResult()
    if tldr_at is not None:
        body_at = tldr_at + 1
    else:
        body_at = _first_paragraph(lines)
    related_at = len(lines)
    if body_at is not None:
        related_at = _body_end(lines, body_at)
        lead = _lead_study(lines, tldr_at, body_at, related_at, file, site)
        if lead is not None:
            result.studies.append(lead)
    else:
        related_at = next((k for k, line in enumerate(lines) if _opens_entry(line.text)), len(lines))
    result.extend(_related_entries(lines[related_at:], file))
    if not result.studies and not result.rejections:
        result.rejections.append(
            Rejection(
                file,
                1,
                "no study found: expected a 'TLDR ' line, a summary paragraph, or related-study entries "
                "like 'March 2019 in “Journal” text'",
            )
        )
    return result


def _opens_entry(text: str) -> bool:
    """A dated journal line or a bare citation count: the start of the related part."""
    return bool(DATED.match(text) or COUNT_ONLY.match(text))


def _is_prose(text: str) -> bool:
    """A summary paragraph rather than a header line: a sentence of some length, or a long line."""
    words = len(text.split())
    return words >= 25 or (words >= 8 and text.endswith((".", "!")))


def _first_paragraph(lines: list[Line]) -> int | None:
    """Where the summary starts on a page without a TLDR line (None: no lead study)."""
    for k, line in enumerate(lines):
        if not line.text or is_boilerplate(line.text):
            continue
        if _opens_entry(line.text) and not _header_date(line.text):
            return None
        if _is_prose(line.text):
            return k
    return None


def _header_date(text: str) -> bool:
    """A date/journal line with nothing after the journal: a page header, not a related entry."""
    dated = DATED.match(text)
    if not dated or dated.group("cit"):
        return False
    rest = text[dated.end() :]
    close = _close_at(rest)
    return close is None or not rest[close + 1 :].strip()


def _body_end(lines: list[Line], start: int) -> int:
    """Index of the first line after the lead's summary: boilerplate, an entry, or an orphan TLDR.

    A lone sentence right before the first entry, after a summary line, is the TLDR of an entry
    whose date line was cut off: it ends the summary instead of joining it.
    """
    end = next(
        (k for k in range(start, len(lines)) if is_boilerplate(lines[k].text) or _opens_entry(lines[k].text)),
        len(lines),
    )
    body = [k for k in range(start, end) if lines[k].text]
    if end < len(lines) and _starts_related(lines[end].text) and len(body) >= 2 and _orphan_like(lines[body[-1]].text):
        return body[-1]
    return end


def _starts_related(text: str) -> bool:
    """An entry, a count, or a heading of the related part (not the lead's own links)."""
    return _opens_entry(text) or (is_boilerplate(text) and not re.match(r"\s*(?:View|Discuss)\b", text, re.I))


def _orphan_like(text: str) -> bool:
    """One short sentence, the shape of a related entry's TLDR."""
    sentence_ends = len(re.findall(r"[.!?](?:\s|$)", text))
    return sentence_ends <= 1 and len(text.split()) <= ORPHAN_MAX_WORDS


def _lead_study(
    lines: list[Line], tldr_at: int | None, body_at: int, end: int, file: str, site: str | None
) -> Study | None:
    """The lead study: header facts, the TLDR (if any) and the summary paragraph(s)."""
    first = tldr_at if tldr_at is not None else body_at
    study = Study(provenance=(Provenance(file, lines[first].number, "page", "lead"),), site=site)
    _read_header(lines[:first], study)
    if tldr_at is not None:
        study.tldr = clean(TLDR_LINE.sub("", lines[tldr_at].text, count=1))
    body = [line.text for line in lines[body_at:end] if not is_boilerplate(line.text)]
    study.summary = clean("\n".join(body))
    for text in (study.summary or "", "\n".join(line.text for line in lines[:end])):
        if not study.doi and (m := DOI.search(text)):
            study.doi = m.group(1)
        if not study.url and (m := URL.search(text)):
            study.url = m.group(0).rstrip(").,")
    if not (study.tldr or study.summary):
        return None
    return study


def _read_header(header: list[Line], study: Study) -> None:
    """Title, date/journal, citations and authors from the lines above the TLDR.

    With a date line, what comes before it is the title and what follows it the authors. Without
    one, a line of personal names is an author line and the first other line the title.
    """
    texts = [
        line.text
        for line in header
        if line.text and not is_boilerplate(line.text) and not COMMA_ONLY.match(line.text) and not DOI.search(line.text)
    ]
    texts = [t for t in texts if not URL.match(t)]
    for t in texts:
        if COUNT_ONLY.match(t):
            study.citations = parse_int(t)
    texts = [t for t in texts if not COUNT_ONLY.match(t)]
    date_k = next((k for k, t in enumerate(texts) if DATED.match(t)), None)
    titles: list[str] = []
    names: list[str] = []
    if date_k is not None:
        dated = DATED.match(texts[date_k])
        journal, used = _journal(texts, date_k, dated.end())
        study.year, study.month = int(dated.group("year")), month_number(dated.group("month"))
        study.journal = journal
        if dated.group("cit"):
            study.citations = parse_int(dated.group("cit"))
        titles = texts[:date_k]
        names = texts[date_k + used :]
        if not titles and names and not looks_like_authors(names[0]):
            titles = [names.pop(0)]
    else:
        for t in texts:
            if looks_like_authors(t) and (len(split_authors(t)) >= 2 or titles):
                names.append(t)
            elif not names:
                titles.append(t)
            else:
                names.append(t)
    if titles:
        study.title = clean(" ".join(titles))
    study.authors = tuple(a for line in names for a in split_authors(line))


def _journal(texts: list[str], k: int, start: int) -> tuple[str | None, int]:
    """The journal after '… in “' on line k, and how many lines it took (1 or 2)."""
    rest = texts[k][start:]
    close = _close_at(rest)
    if close is not None:
        return clean(rest[:close].strip()), 1
    nxt = texts[k + 1] if k + 1 < len(texts) else None
    if nxt is not None and not DATED.match(nxt):
        close = _close_at(nxt)
        if close is not None and close == len(nxt.rstrip()) - 1:
            return clean(f"{rest.strip()} {nxt[:close].strip()}"), 2
        if CONTINUES.search(rest):  # "… Journal of" cannot end there
            return clean(f"{rest.strip()} {nxt.strip()}"), 2
    return clean(rest.strip()), 1


def _close_at(text: str) -> int | None:
    """Position of the first closing quote in text, if any."""
    positions = [text.find(q) for q in CLOSE_QUOTE if q in text]
    return min(positions) if positions else None


def looks_like_authors(text: str) -> bool:
    """'Ana Lima, J. K. Roe and Wei Zhang': a list of personal names, not a title or a sentence."""
    if text.endswith((".", "?", "!", ":")) and not re.search(r"\b[A-Z]\.$", text):
        return False
    if TITLE_WORDS.search(text):
        return False
    names = split_authors(text)
    return bool(names) and all(AUTHOR.match(PARTICLES.sub("", n)) for n in names)


def split_authors(text: str) -> list[str]:
    """Names from an author line separated by commas, semicolons or 'and'."""
    return [n.strip() for n in re.split(r",\s*|;\s*|\s+and\s+|\s+&\s+", text) if n.strip()]


def _related_entries(lines: list[Line], file: str) -> ReadResult:
    """One study per dated journal entry; counts, commas, junk and boilerplate in between."""
    result = ReadResult()
    pending: int | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        text = line.text
        k += 1
        if not text or is_boilerplate(text) or COMMA_ONLY.match(text):
            continue
        if COUNT_ONLY.match(text):
            pending = parse_int(text)
            continue
        if not DATED.match(text):
            if len(text.split()) >= 3:
                result.rejections.append(
                    Rejection(file, line.number, "related-study text without its date/journal line; skipped")
                )
            continue
        if _close_at(text[DATED.match(text).end() :]) is None and k < len(lines) and not _opens_entry(lines[k].text):
            candidate = f"{text} {lines[k].text}"
            if _close_at(candidate[DATED.match(candidate).end() :]) is not None:
                text, k = candidate, k + 1
        pending = _entries_on_line(text, line.number, file, pending, result)
    return result


def _entries_on_line(text: str, number: int, file: str, pending: int | None, result: ReadResult) -> int | None:
    """Read the entries run together on one line; return a count left over for the next line's entry."""
    matches = list(DATED.finditer(text))
    starts = [m for m in matches if m.start() == 0 or _close_at(text[: m.start()]) is not None]
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        rest = text[match.end() : end]
        close = _close_at(rest)
        label = f"{match.group('month')} {match.group('year')}"
        if close is None:
            result.rejections.append(
                Rejection(file, number, f"related entry '{label} in “{rest.strip()}' is cut off; skipped")
            )
            pending = None
            continue
        journal = clean(rest[:close].strip())
        tail = rest[close + 1 :]
        count = TRAILING_COUNT.search(tail)
        leftover = parse_int(count.group("cit")) if count else None
        tldr = clean((tail[: count.start()] if count else tail).strip(" ,;"))
        cited = parse_int(match.group("cit"))
        citations = cited if cited is not None else pending
        pending = leftover
        if not tldr or len(tldr.split()) < 2:
            result.rejections.append(
                Rejection(
                    file,
                    number,
                    f"related entry '{label} in “{journal}”' has no text after its journal (no TLDR); skipped",
                )
            )
            continue
        result.studies.append(
            Study(
                tldr=tldr,
                journal=journal,
                year=int(match.group("year")),
                month=month_number(match.group("month")),
                citations=citations,
                provenance=(Provenance(file, number, "page", "related"),),
            )
        )
    return pending
