"""Reader for research-summary pages: a lead study, then related-study entries.

A page of such a site, as scraped to text, looks like this (every part but the summary is
optional, every line may be indented)::

    Title of the study                              header block; the title may run over lines
    Month YYYY in “ Journal Name                    the date line: see "Headers" below
    Author One, Author Two
    Image of study
    TLDR one line                                   no TLDR line: the paragraph is the study
    the summary paragraph
    View this study on site.org →                   furniture, anywhere between blocks
    Discuss this study in the Community →
    Cited in this study / 4 / 4 results / Related / Similar Research / Show more
    Related Community Posts Join / community <post title> / in Research/Science 246 upvotes 3 months ago
    12 citations                                    a count (and its comma) may sit on its
    ,                                               own lines: it belongs to the next entry
    Month YYYY in “Journal” one-line TLDR           one related study per dated entry
    research <title>                                an entry may be announced by its title,
    2 citations, April 2021 in “Journal”            and then its TLDR is the next line
    TLDR of that study
    A one-line TLDR with no date or journal.        a related study of unknown date

Headers: the date line is normalised before the header is read. A date alone on its line joins
the ``in “``, journal and ``”`` lines that follow it, so "June 2014 / in “ / Journal / ”", a
journal running onto a second line, a date with no journal and a missing closing quote all
become one line, ``June 2014 in “Journal”`` or ``June 2014``. Then everything above the date is
the title (over as many lines as it takes), and below it only author lines are authors (a line
of keywords is not). A date is never part of a title.

Furniture (links, headings, result counters, community posts and their one-line thread
summaries, an entry printed a second time without its TLDR) is counted and skipped, never
reported as a rejected study. Rejections are kept for text that could have been a study: a
related entry cut off or without any TLDR, a fragment too short to be one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.records import Provenance, Rejection, Study
from index.sources.common import MONTH_PATTERN, ReadResult, clean, month_number, parse_int

PARSER_VERSION = 3  # bump when pages parse differently, so the next build re-reads every stored page study
# 3: date/journal headers normalised by structure; community posts and duplicate entry prints are
# furniture; "research <title>" entries; related TLDRs without a date are studies of unknown date.
OPEN_QUOTE = '“"„'
CLOSE_QUOTE = '”"“'
CITES = r"(?P<cit>\d[\d,]*)\s+citations?\b\s*,?"
DATE = rf"(?P<month>{MONTH_PATTERN})\.?\s+(?P<year>(?:1[89]|20)\d\d)"
# A dated journal entry: "[12 citations,] March 2019 in “Journal” TLDR" (the closing quote may be missing).
DATED = re.compile(rf"(?:{CITES}\s*)?{DATE}\s+in\s+[{OPEN_QUOTE}]\s*", re.IGNORECASE)
# The start of a date line that may go on over the next lines: "June 2014", "June 2014 in", "June 2014 in “ J".
DATE_HEAD = re.compile(
    rf"^(?:{CITES}\s*)?{DATE}(?:\s+in)?(?:\s*(?P<open>[{OPEN_QUOTE}])\s*(?P<journal>.*))?$", re.IGNORECASE
)
DATE_ONLY = re.compile(rf"^(?:{CITES}\s*)?{DATE}$", re.IGNORECASE)
# A related entry printed with its date but no journal: "January 2020 The document describes …".
DATED_NO_JOURNAL = re.compile(rf"^(?:{CITES}\s*)?{DATE}\s+(?!in\b)(?P<tldr>[A-Z].*)$", re.IGNORECASE)
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
    r"|(?:Research\s+)?Cited in this study|Cited in the above|Cited by"
    r"|\d[\d,]*\s*/\s*(?:\d[\d,]*\+?\s*results?|No\s*Results?|results?)"
    r"|Related(?:\s+(?:Research|Studies|Community Posts(?:\s+Join)?))?"
    r"|Similar Research|Show more|Show less|Join|Image of study"
    r"|References?|Share|Save"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
# Community posts: their section heading, a post's title, its "in <forum>  246 upvotes 3 months ago" line.
COMMUNITY_HEADING = re.compile(r"^(?:Related\s+)?Community Posts(?:\s+Join)?\s*$", re.IGNORECASE)
COMMUNITY_POST = re.compile(r"^community\s+\S")  # the site's lower-case link label
UPVOTES = re.compile(r"^in\s+[^“”\"]{1,60}?\s+\d[\d,.]*k?\s+upvotes?\b", re.IGNORECASE)
RESEARCH_TITLE = re.compile(r"^research\s+(?P<title>\S.*)$")  # lower-case link label of a related study
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
URL = re.compile(r"https?://\S+")
# Words a journal name cannot end with: the name goes on on the next line.
CONTINUES = re.compile(r"(?:\b(?:of|and|the|for|in|on|de|du|der|und|et|la|le|y|&)|[,&\-–:])\s*$", re.IGNORECASE)
NAME = r"[A-ZÀ-ÞĀ-ſ][\w'’.\-À-ſ]*"
AUTHOR = re.compile(rf"^(?:{NAME}\.?\s+){{0,3}}{NAME}$")
PARTICLES = re.compile(r"\b(?:van|von|der|de|da|del|di|du|la|le|bin|ibn|al|el)\s+", re.IGNORECASE)
ORPHAN_MAX_WORDS = 45
JOURNAL_MAX_WORDS = 12
# Words of a title, never of a person's name: "Hair Mesotherapy" is a title, "Ana Lima" an author.
TITLE_WORDS = re.compile(
    r"\b(?:hair|alopecia|scalp|baldness|loss|treatment|therapy|study|trial|review|effects?|efficacy|safety|"
    r"minoxidil|finasteride|dutasteride|plasma|laser|light|cells?|stem|follicles?|growth|androgen\w*|"
    r"patients?|women|men|clinical|topical|oral|case|report|update|management|analysis|evidence|role)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…](?:[\"”’)\]]*)$")


@dataclass
class Line:
    """One line of the page: number (1-based), text without junk or outer spaces, furniture or not."""

    number: int
    text: str
    furniture: bool = False


def is_boilerplate(text: str) -> bool:
    """A line of page furniture by itself (links, section headings, result counters), never study text."""
    return bool(BOILERPLATE.match(text) or COMMUNITY_HEADING.match(text) or UPVOTES.match(text))


def read_page(text: str, file: str) -> ReadResult:
    """Parse one page into its lead study and its related-study entries."""
    raw_lines = text.splitlines()
    lines = [Line(i, " ".join(JUNK.sub(" ", raw).split())) for i, raw in enumerate(raw_lines, start=1)]
    junk_only = sum(1 for raw, line in zip(raw_lines, lines, strict=True) if not line.text and JUNK.search(raw))
    lines = _join_date_lines(lines)
    _mark_furniture(lines)
    site = next((m.group("site") for line in lines if (m := VIEW.match(line.text))), None)
    tldr_at = next((k for k, line in enumerate(lines) if TLDR_LINE.match(line.text)), None)
    result = ReadResult(furniture=junk_only + sum(1 for line in lines if line.furniture))
    body_at = tldr_at + 1 if tldr_at is not None else _first_paragraph(lines)
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


def _join_date_lines(lines: list[Line]) -> list[Line]:
    """One line per date: "June 2014 / in “ / Journal / ”" becomes "June 2014 in “Journal”"."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line, k = _joined_date(lines, k)
        out.append(line)
    return out


def _joined_date(lines: list[Line], k: int) -> tuple[Line, int]:
    """Line k with the lines that continue its date joined on, and the index of the line after them.

    A date line whose journal is not closed takes the lines that continue it: ``in``, the
    opening quote, a journal name (or its second half, after "of", "and" ...), the closing quote.
    It stops at anything else (an author line after a complete name, the TLDR, a sentence), so
    a date with no journal stays a date and a missing closing quote loses nothing.
    """
    line = lines[k]
    head = DATE_HEAD.match(line.text)
    if not head or (head.group("open") and _close_at(head.group("journal") or "") is not None):
        return line, k + 1
    date = line.text[: head.end("year")]
    opened = head.group("open") is not None
    has_in = opened or bool(re.search(r"\s+in$", line.text))
    journal = (head.group("journal") or "").strip()
    closed, rest, taken = False, "", k + 1
    j = k + 1
    while j < len(lines) and j - k <= 5 and not closed:
        nxt = lines[j].text
        j += 1
        if not nxt:
            continue
        if not has_in:
            piece = re.match(rf"^in(?:\s*([{OPEN_QUOTE}])\s*(.*))?$", nxt)
            if not piece:
                break
            has_in, opened, journal = True, piece.group(1) is not None, (piece.group(2) or "").strip()
        elif not opened:
            if nxt[0] not in OPEN_QUOTE:
                break
            opened, journal = True, nxt[1:].strip()
        elif nxt[0] in CLOSE_QUOTE:
            closed, rest = True, nxt[1:].strip()
        elif _journal_part(nxt, journal) or _closed_next(lines, j):
            journal = f"{journal} {nxt}"
        else:
            break
        taken = j
        close = _close_at(journal) if opened else None
        if close is not None:
            journal, rest, closed = journal[:close], journal[close + 1 :].strip(), True
    if taken == k + 1:
        return line, k + 1
    text = date
    if opened:
        text += f" in “{journal.strip()}" + ("”" if closed else "") + (f" {rest}" if rest else "")
    return Line(line.number, text), taken


def _closed_next(lines: list[Line], j: int) -> bool:
    """The line after this one is the closing quote alone.

    This line is then the journal, even one that reads like two names ("Tissue Engineering and
    Regenerative Science").
    """
    return j < len(lines) and len(lines[j].text.strip()) == 1 and lines[j].text.strip() in CLOSE_QUOTE


def _journal_part(text: str, journal: str) -> bool:
    """The next line carries the journal name (or the rest of it), not an author line or a sentence."""
    if TLDR_LINE.match(text) or DATED.match(text) or is_boilerplate(text) or COUNT_ONLY.match(text):
        return False
    if journal and _close_at(text) is None and not CONTINUES.search(journal):
        return False  # the name was complete: this is the author line
    if not journal and len(split_authors(text)) >= 2 and looks_like_authors(text):
        return False  # no journal printed: the author line follows the date
    words = len(text.split())
    if _close_at(text) is not None:
        return len(text[: _close_at(text)].split()) <= JOURNAL_MAX_WORDS
    return words <= JOURNAL_MAX_WORDS and not text.endswith(("!", "?")) and not (text.endswith(".") and words >= 5)


def _mark_furniture(lines: list[Line]) -> None:
    """Flag links, headings, counters and community posts (title, forum/upvotes line, thread summary)."""
    in_community = False
    for k, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        if COMMUNITY_HEADING.match(text):
            in_community, line.furniture = True, True
            continue
        if in_community and (
            _opens_entry(text) or RESEARCH_TITLE.match(text) or (BOILERPLATE.match(text) and not _counter(text))
        ):
            in_community = False
        if in_community or BOILERPLATE.match(text) or COMMUNITY_POST.match(text):
            line.furniture = True
        elif UPVOTES.match(text):
            line.furniture = True
            for step in (-1, 1):  # the post's title before, its one-line thread summary after
                near = _next_text(lines, k, step)
                if near is not None and not (_opens_entry(lines[near].text) or RESEARCH_TITLE.match(lines[near].text)):
                    lines[near].furniture = True


def _counter(text: str) -> bool:
    """'6 / 901 results': a result counter (inside a community section it does not end it)."""
    return bool(re.match(r"^\d[\d,]*\s*/", text))


def _next_text(lines: list[Line], k: int, step: int) -> int | None:
    """Index of the nearest non-empty line before (step -1) or after (step 1) line k."""
    j = k + step
    while 0 <= j < len(lines):
        if lines[j].text:
            return j
        j += step
    return None


def _opens_entry(text: str) -> bool:
    """A dated journal line or a bare citation count: the start of the related part."""
    return bool(DATED.match(text) or COUNT_ONLY.match(text))


def _is_prose(text: str) -> bool:
    """A summary paragraph rather than a header line: sentences of some length, or a long line.

    A long run of words without any sentence end is a line of keywords, not a paragraph.
    """
    words = len(text.split())
    return (words >= 25 and re.search(r"[.!?](?:\s|$)", text) is not None) or (words >= 8 and text.endswith((".", "!")))


def _first_paragraph(lines: list[Line]) -> int | None:
    """Where the summary starts on a page without a TLDR line (None: no lead study)."""
    for k, line in enumerate(lines):
        if not line.text or line.furniture:
            continue
        if _opens_entry(line.text) and not _header_date(line.text):
            return None
        if RESEARCH_TITLE.match(line.text):
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
    """Index of the first line after the lead's summary: furniture, an entry, or an orphan TLDR.

    A lone sentence right before the first entry, after a summary line, is the TLDR of a related
    study printed without its date line: it ends the summary instead of joining it.
    """
    end = next(
        (
            k
            for k in range(start, len(lines))
            if lines[k].furniture or _opens_entry(lines[k].text) or RESEARCH_TITLE.match(lines[k].text)
        ),
        len(lines),
    )
    body = [k for k in range(start, end) if lines[k].text]
    if end < len(lines) and _starts_related(lines[end]) and len(body) >= 2 and _orphan_like(lines[body[-1]].text):
        return body[-1]
    return end


def _starts_related(line: Line) -> bool:
    """An entry, a count, or a heading of the related part (not the lead's own links)."""
    return _opens_entry(line.text) or (line.furniture and not re.match(r"\s*(?:View|Discuss)\b", line.text, re.I))


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
    body = [line.text for line in lines[body_at:end] if not line.furniture]
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
    """Title, date/journal, citations and authors from the lines above the TLDR (dates already joined).

    With a date line, what comes before it is the title and what follows it the authors (a
    line that is not a list of names, such as keywords, is skipped). Without one, a line of
    personal names is an author line and the first other lines the title.
    """
    texts = [
        line.text
        for line in header
        if line.text and not line.furniture and not COMMA_ONLY.match(line.text) and not DOI.search(line.text)
    ]
    texts = [t for t in texts if not URL.match(t)]
    for t in texts:
        if COUNT_ONLY.match(t):
            study.citations = parse_int(t)
    texts = [t for t in texts if not COUNT_ONLY.match(t)]
    date_k = next((k for k, t in enumerate(texts) if DATED.match(t) or DATE_ONLY.match(t)), None)
    titles: list[str] = []
    names: list[str] = []
    if date_k is not None:
        dated = DATED.match(texts[date_k]) or DATE_ONLY.match(texts[date_k])
        study.year, study.month = int(dated.group("year")), month_number(dated.group("month"))
        if dated.re is DATED:
            journal, used = _journal(texts, date_k, dated.end())
            study.journal = journal
        else:
            used = 1
        if dated.group("cit"):
            study.citations = parse_int(dated.group("cit"))
        titles = texts[:date_k]
        after = texts[date_k + used :]
        if not titles and after and not looks_like_authors(after[0]):
            titles = [after.pop(0)]
        names = [t for t in after if looks_like_authors(t) or _name_list(t)]
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


def _name_list(text: str) -> bool:
    """'Ana Lima, Jean-Luc O'Neill, Wei Zhang': two or more short capitalised names (not keywords)."""
    names = split_authors(text)
    return (
        len(names) >= 2
        and not TITLE_WORDS.search(text)
        and all(n[0].isupper() and len(n.split()) <= 5 for n in names)
        and not SENTENCE_END.search(text.rstrip(". "))
    )


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


@dataclass
class Entry:
    """One dated related entry as printed: where, its date and journal, its TLDR (may be empty)."""

    number: int
    month: str
    year: str
    journal: str | None  # None: cut off inside the journal name
    tldr: str  # (when cut off: what is left of the journal name)
    citations: int | None

    @property
    def label(self) -> str:
        """'March 2019', as rejections name the entry."""
        return f"{self.month} {self.year}"


def _related_entries(lines: list[Line], file: str) -> ReadResult:
    """One study per dated entry, per ``research <title>`` entry and per TLDR standing alone.

    Counts and commas belong to the next entry; furniture is skipped (and counted by the caller).
    An entry printed twice, first without its TLDR, is one entry: the bare print is furniture.
    """
    result = ReadResult()
    pending: int | None = None
    title: tuple[int, str] | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        text = line.text
        k += 1
        if not text or line.furniture or COMMA_ONLY.match(text):
            continue
        if COUNT_ONLY.match(text):
            pending = parse_int(text)
            continue
        if named := RESEARCH_TITLE.match(text):
            if title is not None:
                result.rejections.append(_unused_title(file, title))
            title = (line.number, clean(named.group("title")))
            continue
        if not DATED.match(text) and (bare := DATED_NO_JOURNAL.match(text)) and _standalone_tldr(bare.group("tldr")):
            cited = parse_int(bare.group("cit"))
            entry = Entry(line.number, bare.group("month"), bare.group("year"), None, bare.group("tldr"), cited)
            entry.citations = cited if cited is not None else pending
            result.studies.append(_study(file, entry.tldr, entry, line.number, title))
            pending, title = None, None
            continue
        if not DATED.match(text):
            if _standalone_tldr(text):  # a related study printed as its TLDR alone (a count above is its own)
                result.studies.append(replace(_study(file, text, None, line.number, title), citations=pending))
                pending = None
            elif len(text.split()) >= 3:
                result.rejections.append(
                    Rejection(file, line.number, "related-study text without its date/journal line; skipped")
                )
            title = None
            continue
        if _close_at(text[DATED.match(text).end() :]) is None and k < len(lines) and not _opens_entry(lines[k].text):
            candidate = f"{text} {lines[k].text}"
            if _close_at(candidate[DATED.match(candidate).end() :]) is not None:
                text, k = candidate, k + 1
        entries, pending = _entries_on_line(text, line.number, pending)
        for n, entry in enumerate(entries):
            last = n == len(entries) - 1
            if entry.journal is None:
                result.rejections.append(
                    Rejection(file, entry.number, f"related entry '{entry.label} in “{entry.tldr}' is cut off; skipped")
                )
                title = None
                continue
            if last and not entry.tldr:
                nxt = _next_text(lines, k - 1, 1)
                if nxt is not None and _tldr_line(lines[nxt]):
                    entry.tldr, k = clean(lines[nxt].text), nxt + 1
                elif nxt is not None and _reprinted(lines, nxt, entry):
                    continue  # the same entry follows with its TLDR: one study, nothing to report
            if not entry.tldr or len(entry.tldr.split()) < 2:
                result.rejections.append(
                    Rejection(
                        file,
                        entry.number,
                        f"related entry '{entry.label} in “{entry.journal}”' has no text after its journal "
                        "(no TLDR); skipped",
                    )
                )
                title = None
                continue
            result.studies.append(_study(file, entry.tldr, entry, entry.number, title if n == 0 else None))
            title = None
    if title is not None:
        result.rejections.append(_unused_title(file, title))
    return result


def _unused_title(file: str, title: tuple[int, str]) -> Rejection:
    """A ``research <title>`` line that no entry followed."""
    return Rejection(
        file, title[0], f"related study 'research {title[1]}' has no date/journal or TLDR after it; skipped"
    )


def _study(file: str, tldr: str, entry: Entry | None, number: int, title: tuple[int, str] | None) -> Study:
    """A related study: dated and with its journal, or (entry None) a TLDR of unknown date."""
    return Study(
        title=title[1] if title else None,
        tldr=clean(tldr),
        journal=entry.journal if entry else None,
        year=int(entry.year) if entry else None,
        month=month_number(entry.month) if entry else None,
        citations=entry.citations if entry else None,
        provenance=(Provenance(file, number, "page", "related"),),
    )


def _standalone_tldr(text: str) -> bool:
    """A related study printed as its TLDR alone: one sentence of a few words, ending like one."""
    words = len(text.split())
    shaped = bool(SENTENCE_END.search(text)) and text[0].isupper() and _orphan_like(text)
    return 4 <= words <= ORPHAN_MAX_WORDS and shaped


def _tldr_line(line: Line) -> bool:
    """The line after an entry without TLDR is its TLDR: a sentence, not furniture or another entry."""
    text = line.text
    return (
        not line.furniture
        and not _opens_entry(text)
        and not RESEARCH_TITLE.match(text)
        and not COMMA_ONLY.match(text)
        and _standalone_tldr(text)
    )


def _reprinted(lines: list[Line], k: int, entry: Entry) -> bool:
    """The same entry follows (after its count lines): this print without TLDR is a duplicate."""
    j = k
    while j < len(lines) and (not lines[j].text or COUNT_ONLY.match(lines[j].text) or COMMA_ONLY.match(lines[j].text)):
        j += 1
    if j >= len(lines):
        return False
    again, _ = _entries_on_line(lines[j].text, lines[j].number, None)
    return bool(again) and (again[0].label, again[0].journal) == (entry.label, entry.journal)


def _entries_on_line(text: str, number: int, pending: int | None) -> tuple[list[Entry], int | None]:
    """The entries run together on one line, and a count left over for the next line's entry."""
    matches = list(DATED.finditer(text))
    starts = [m for m in matches if m.start() == 0 or _close_at(text[: m.start()]) is not None]
    entries: list[Entry] = []
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        rest = text[match.end() : end]
        close = _close_at(rest)
        cited = parse_int(match.group("cit"))
        citations = cited if cited is not None else pending
        if close is None:
            entries.append(Entry(number, match.group("month"), match.group("year"), None, rest.strip(), citations))
            pending = None
            continue
        tail = rest[close + 1 :]
        count = TRAILING_COUNT.search(tail)
        pending = parse_int(count.group("cit")) if count else None
        tldr = clean((tail[: count.start()] if count else tail).strip(" ,;")) or ""
        entries.append(
            Entry(number, match.group("month"), match.group("year"), clean(rest[:close].strip()), tldr, citations)
        )
    return entries, pending
