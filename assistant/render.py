"""How an answer is written out: findings, evidence table, source list, citation records.

Both answerers (the extractive one in ``compose`` and the LLM one in ``generate``) render with
these, so a study's link, its table row and its source line are the same whichever wrote the answer.
"""

from __future__ import annotations

import re

from assistant.records import Citation, EvidenceRow, Finding, Hit
from index.records import Study

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ELLIPSIS = " \u2026 "  # between two quotes of one study in one finding
QUOTE = re.compile(r"\u201c(.+?)\u201d(?= \u2026 \u201c| \[\d+\]$)")
FINDING = re.compile(r"^- (\u201c.+\u201d) \[(\d+)\]$", re.M)


def finding_lines(chosen: list[Finding], numbers: dict[str, int]) -> list[str]:
    """One bullet per study, its quotes joined by an ellipsis, so each study is cited once."""
    quotes: dict[str, list[str]] = {}
    for f in chosen:
        quotes.setdefault(f.hit.study.id, []).append(f"\u201c{f.sentence}\u201d")
    return [f"- {ELLIPSIS.join(q)} [{numbers[sid]}]" for sid, q in quotes.items()]


def quoted_findings(text: str) -> list[tuple[str, int]]:
    """(quote, citation number) for every quote in an answer's key findings, in order."""
    return [(q, int(n)) for bullet, n in FINDING.findall(text) for q in QUOTE.findall(bullet + f" [{n}]")]


def study_link(s: Study) -> str | None:
    """The study's own URL, else its DOI, else its PubMed page."""
    return (
        s.url
        or (f"https://doi.org/{s.doi}" if s.doi else None)
        or (f"https://pubmed.ncbi.nlm.nih.gov/{s.pmid}/" if s.pmid else None)
    )


SOURCE_LABEL = 300  # a source's whole title (a summary-only study's first 300 characters)


def pubmed_link(s: Study) -> str | None:
    """The PubMed page of a study with a PMID: shown beside its own link, so every PMID is one click away."""
    return f"https://pubmed.ncbi.nlm.nih.gov/{s.pmid}/" if s.pmid else None


def evidence_row(n: int, hit: Hit, finding: str | None = None) -> EvidenceRow:
    """The table row of one cited study; its finding is the direction read from its own conclusion."""
    s = hit.study
    finding = finding or s.direction
    return EvidenceRow(
        n, s.label(), s.year, s.journal, s.study_type, s.participants, s.followup_months, s.citations, finding
    )


def evidence_table(rows: list[EvidenceRow]) -> str:
    """Markdown table of the cited studies, five columns so it reads in a chat bubble.

    What each study found comes right after its name; size and follow-up go with the design
    ("cohort, n = 128, 6 mo follow-up"), year and citation count with the journal; every field is
    also in ``Answer.evidence``.
    """
    head = "| # | Study | Finding | Design | Published |\n|---|---|---|---|---|"
    cells = [
        f"| {r.n} | {_cell(r.study)} | {r.finding or 'not stated'} | {_design_cell(r)} | {_published_cell(r)} |"
        for r in rows
    ]
    return "\n".join([head, *cells])


def _design_cell(r: EvidenceRow) -> str:
    parts = [r.design or "not stated"]
    if r.participants:
        parts.append(f"n = {r.participants:,}")
    if r.followup_months:
        parts.append(f"{r.followup_months:g} mo follow-up")
    return ", ".join(parts)


def _published_cell(r: EvidenceRow) -> str:
    text = ", ".join(_cell(str(x)) for x in (r.journal, r.year) if x) or "–"
    if r.citations is not None:
        text += f" ({r.citations:,} citation{'s' if r.citations != 1 else ''})"
    return text


def _count(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def source_line(hit: Hit) -> str:
    """'Title — Journal, Mon YYYY. url' for the source list."""
    s = hit.study
    when = " ".join(x for x in (MONTHS[s.month - 1] if s.month else "", str(s.year or "")) if x)
    tail = ", ".join(x for x in (s.journal, when) if x)
    link = study_link(s)
    pubmed = pubmed_link(s)
    extra = f" (PubMed: {pubmed})" if pubmed and pubmed != link else ""
    return f"{s.label(SOURCE_LABEL)}" + (f" — {tail}" if tail else "") + (f". {link}{extra}" if link else "")


def citation(n: int, hit: Hit, snippet: str, quotes: tuple[str, ...] = ()) -> Citation:
    """The Citation record for source number n; ``quotes`` are all the sentences quoted from it."""
    s = hit.study
    link = study_link(s)
    return Citation(
        n,
        s.id,
        s.label(SOURCE_LABEL),
        s.journal,
        s.year,
        s.month,
        link,
        snippet,
        round(hit.score, 6),
        s.text(),
        s.study_type,
        s.participants,
        s.citations,
        quotes or (snippet,),
        s.pmid,
        pubmed_link(s),
        s.retracted,
        s.authors,
        s.doi,
        s,
    )
