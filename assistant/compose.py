"""The default answerer: extractive and cited, no LLM.

Every finding is a verbatim sentence of the study it cites. The question's intent steers which
sentences count (for "is X safe?", adverse-event and tolerability sentences), the lead says how
strong the evidence is, and only cited studies appear in the table and the source list,
numbered in order of first citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.indirect import mismatch
from assistant.prompts import CANNOT_ANSWER
from assistant.records import Answer, Citation, EvidenceRow, Hit
from index.embed import Embedder
from index.facts import safety_kind, sentences
from index.records import Study

INTENTS = [
    (
        "safety",
        re.compile(r"\b(safe|safety|side[- ]effects?|adverse|risks?|harm\w*|toxic\w*|tolerat\w*|dangerous)\b", re.I),
    ),
    ("comparison", re.compile(r"\b(vs\.?|versus|compared?|better than|or)\b", re.I)),
    ("mechanism", re.compile(r"\b(how does|why|mechanism|cause[sd]?|pathway)\b", re.I)),
    ("efficacy", re.compile(r"\b(work|works|effective|efficacy|help|improve|regrow\w*|benefit\w*|results?)\b", re.I)),
]
EFFECT = re.compile(r"\b(improve\w*|increase\w*|regrow\w*|response|effective|benefit\w*|reduc\w*|%)", re.I)
INDIRECT = {"animal": "an animal study", "in vitro": "a laboratory (in vitro) study"}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def intent(question: str) -> str:
    """The question's kind, which steers sentence choice."""
    return next((name for name, pattern in INTENTS if pattern.search(question)), "general")


@dataclass
class Finding:
    """A candidate sentence: verbatim text of one study, with its score."""

    hit: Hit
    sentence: str
    score: float


def score_sentences(
    question: str,
    hits: list[Hit],
    kind: str,
    embedder: Embedder,
    stored: dict[str, dict[str, np.ndarray]] | None = None,
) -> list[Finding]:
    """Score every sentence of the given studies against the question, steered by intent.

    ``stored`` holds sentence vectors pooled at index time; only sentences without one (older
    indexes, text past the model's length limit) are encoded now, so answering stays fast.
    """
    pool = [(h, s) for h in hits for s in sentences(h.study.text())]
    if not pool:
        return []
    stored = stored or {}
    known = [stored.get(h.study.id, {}).get(s) for h, s in pool]
    missing = [s for (_, s), v in zip(pool, known, strict=True) if v is None]
    query = embedder.encode_queries([question])[0]
    fresh = iter(embedder.encode(missing) if missing else [])
    sims = np.array([float((v if v is not None else next(fresh)) @ query) for v in known])
    findings = []
    for rank, ((hit, sent), sim) in enumerate(zip(pool, sims, strict=True)):
        bonus = 0.05 * hit.dense
        if kind == "safety" and safety_kind(sent) in ("no serious adverse events", "adverse events reported"):
            bonus += 0.35
        elif kind == "safety" and safety_kind(sent):
            bonus += 0.15
        if kind == "efficacy" and EFFECT.search(sent):
            bonus += 0.1
        findings.append(Finding(hit, sent, float(sim) + bonus - 0.0001 * rank))
    return sorted(findings, key=lambda f: f.score, reverse=True)


def choose(findings: list[Finding], limit: int, kind: str, per_study: int = 2) -> list[Finding]:
    """The best sentences, at most ``per_study`` from one study, without repeats.

    For a safety question each study's best adverse-event sentence comes first, so the
    answer quotes what the study says about harms rather than only its headline.
    """
    chosen: list[Finding] = []
    counts: dict[str, int] = {}
    decisive = ("adverse events reported", "no serious adverse events")
    first = sorted(
        (f for f in findings if kind == "safety" and safety_kind(f.sentence) in decisive), key=lambda f: -f.score
    )
    seen_safety: set[str] = set()
    for f in first:
        if f.hit.study.id not in seen_safety and len(chosen) < limit:
            chosen.append(f)
            seen_safety.add(f.hit.study.id)
            counts[f.hit.study.id] = 1
    for f in findings:
        sid = f.hit.study.id
        if counts.get(sid, 0) < per_study and all(f.sentence != c.sentence for c in chosen):
            chosen.append(f)
            counts[sid] = counts.get(sid, 0) + 1
        if len(chosen) == limit:
            break
    return chosen


def indirect_reason(question: str, study: Study) -> str | None:
    """Why a cited study is only indirect evidence here (lab or animal work, other people or condition)."""
    design = f"is {INDIRECT[study.study_type]}" if study.study_type in INDIRECT else None
    return "; ".join(r for r in (design, mismatch(question, study)) if r) or None


def describe(hit: Hit) -> str:
    """'one retrospective observational study of 40 patients' — how strong this evidence is."""
    study = hit.study
    design = study.study_type or "study (design not stated)"
    noun = (
        design
        if design.endswith(")") or design in ("meta-analysis", "systematic review", "review")
        else f"{design} study"
    )
    size = f" of {study.participants} participants" if study.participants else ""
    article = "an" if noun[0] in "aeiou" else "a"
    return f"{article} {noun}{size}"


def relevant_hits(hits: list[Hit], threshold: float, margin: float = 0.2) -> list[Hit]:
    """Hits close enough to the question to quote: support above the threshold, near the best one."""
    above = [h for h in hits if h.support >= threshold]
    return [h for h in above if h.dense >= above[0].dense - margin] if above else []


def compose(
    question: str,
    hits: list[Hit],
    embedder: Embedder,
    *,
    threshold: float,
    limit: int,
    query_used: str = "",
    sentence_vectors: Callable[[list[str]], dict[str, dict[str, np.ndarray]]] | None = None,
) -> Answer:
    """Build the cited, extractive answer (or abstain) from retrieved studies."""
    kind = intent(question)
    relevant = relevant_hits(hits, threshold)
    if not relevant:
        return abstain(question, hits, kind, query_used)
    stored = sentence_vectors([h.study.id for h in relevant]) if sentence_vectors else None
    chosen = choose(score_sentences(question, relevant, kind, embedder, stored), limit, kind)
    numbers: dict[str, int] = {}
    for f in chosen:
        numbers.setdefault(f.hit.study.id, len(numbers) + 1)
    cited = {f.hit.study.id: f.hit for f in chosen}
    first = {sid: next(f for f in chosen if f.hit.study.id == sid) for sid in numbers}
    lines = [lead(cited, numbers), "", "**Key findings**"]
    lines += [f"- \u201c{f.sentence}\u201d [{numbers[f.hit.study.id]}]" for f in chosen]
    safety_line = safety_summary(cited, numbers, chosen) if kind == "safety" else None
    if safety_line:
        lines += ["", f"**Safety:** {safety_line}"]
    indirect = [f"[{numbers[sid]}] {why}" for sid, h in cited.items() if (why := indirect_reason(question, h.study))]
    if indirect:
        lines += ["", "**Indirect evidence:** " + "; ".join(indirect) + " — results may not carry over."]
    evidence = [evidence_row(numbers[sid], h) for sid, h in sorted(cited.items(), key=lambda kv: numbers[kv[0]])]
    lines += ["", evidence_table(evidence), "", "**Sources**"]
    citations = []
    for sid, n in numbers.items():
        hit = cited[sid]
        citations.append(citation(n, hit, first[sid].sentence))
        lines.append(f"{n}. {source_line(hit)}")
    return Answer(
        question=question,
        text="\n".join(lines),
        citations=citations,
        evidence=evidence,
        query_used=query_used or question,
        intent=kind,
        safety=safety_line,
    )


def lead(cited: dict[str, Hit], numbers: dict[str, int]) -> str:
    """One sentence on what the evidence is and how strong it is, citing each study."""
    parts = [f"{describe(h)} [{numbers[sid]}]" for sid, h in sorted(cited.items(), key=lambda kv: numbers[kv[0]])]
    count = len(parts)
    head = "The indexed evidence is " + ("one study: " if count == 1 else f"{count} studies: ")
    body = parts[0] if count == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    strong = any(
        h.study.study_type in ("meta-analysis", "systematic review", "randomised controlled trial")
        for h in cited.values()
    )
    tail = "" if strong else " No randomised trial or meta-analysis among them, so certainty is low."
    return f"{head}{body}.{tail}"


def safety_summary(cited: dict[str, Hit], numbers: dict[str, int], chosen: list[Finding]) -> str:
    """Keep apart: no serious adverse events reported / adverse events reported / not assessed."""
    groups: dict[str, list[str]] = {"adverse events reported": [], "no serious adverse events": [], "not assessed": []}
    for sid, hit in sorted(cited.items(), key=lambda kv: numbers[kv[0]]):
        state = hit.study.safety if hit.study.safety in groups else "not assessed"
        groups[state].append(f"[{numbers[sid]}]")
    out = []
    if groups["no serious adverse events"]:
        out.append("no serious adverse events reported " + "".join(groups["no serious adverse events"]))
    if groups["adverse events reported"]:
        out.append("adverse events reported " + "".join(groups["adverse events reported"]))
    if groups["not assessed"]:
        out.append("safety not assessed in the summary of " + "".join(groups["not assessed"]))
    text = "; ".join(out)
    return text[0].upper() + text[1:] + "."


def evidence_row(n: int, hit: Hit) -> EvidenceRow:
    """The table row of one cited study."""
    s = hit.study
    return EvidenceRow(n, s.label(), s.year, s.journal, s.study_type, s.participants, s.followup_months, s.citations)


def evidence_table(rows: list[EvidenceRow]) -> str:
    """Markdown table of the cited studies."""
    head = "| # | Study | Year | Journal | Design | n | Follow-up | Citations |\n|---|---|---|---|---|---|---|---|"
    cells = [
        f"| {r.n} | {_cell(r.study)} | {r.year or '–'} | {_cell(r.journal or '–')} | {r.design or 'not stated'} | "
        f"{r.participants or '–'} | {f'{r.followup_months:g} mo' if r.followup_months else '–'} | "
        f"{r.citations if r.citations is not None else '–'} |"
        for r in rows
    ]
    return "\n".join([head, *cells])


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def source_line(hit: Hit) -> str:
    """'Title — Journal, Mon YYYY. url' for the source list."""
    s = hit.study
    when = " ".join(x for x in (MONTHS[s.month - 1] if s.month else "", str(s.year or "")) if x)
    tail = ", ".join(x for x in (s.journal, when) if x)
    link = (
        s.url
        or (f"https://doi.org/{s.doi}" if s.doi else "")
        or (f"https://pubmed.ncbi.nlm.nih.gov/{s.pmid}/" if s.pmid else "")
    )
    return f"{s.label()}" + (f" — {tail}" if tail else "") + (f". {link}" if link else "")


def citation(n: int, hit: Hit, snippet: str) -> Citation:
    """The Citation record for source number n."""
    s = hit.study
    link = s.url or (f"https://doi.org/{s.doi}" if s.doi else None)
    return Citation(
        n,
        s.id,
        s.label(),
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
    )


def abstain(question: str, hits: list[Hit], kind: str, query_used: str) -> Answer:
    """The shared 'cannot answer' sentence plus the nearest topics that are covered."""
    topics = [h.study.label() for h in hits[:3]]
    text = CANNOT_ANSWER
    if topics:
        text += "\n\nNearest topics in the index:\n" + "\n".join(f"- {t}" for t in topics)
    return Answer(question=question, text=text, abstained=True, query_used=query_used or question, intent=kind)
