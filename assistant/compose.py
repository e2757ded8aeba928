"""The default answerer: extractive and cited, no LLM.

Every finding is a verbatim sentence of the study it cites. The question's intent steers which
sentences count (for "is X safe?", adverse-event and tolerability sentences), the lead says how
strong the evidence is, and only cited studies appear in the table and the source list,
numbered in order of first citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from assistant.bottom_line import bottom, direction, head_to_head_line
from assistant.evidence import Body, Member
from assistant.indirect import mark_indirect
from assistant.members import capped_note
from assistant.population import who_studied
from assistant.prompts import CANNOT_ANSWER
from assistant.question import Question, parse
from assistant.records import Answer, Finding, Hit
from assistant.render import citation, evidence_row, evidence_table, finding_lines, source_line
from index.direction import Direction, concluding_sentences, study_direction
from index.embed import Embedder
from index.facts import SERIOUS, SEVERITY, safety_kind, sentences, study_design
from index.records import Study
from index.sources.pages import is_boilerplate

EFFECT = re.compile(r"\b(improve\w*|increase\w*|regrow\w*|response|effective|benefit\w*|reduc\w*|%)", re.I)
DOSE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|ml|mL|mcg|µg|IU)(?![a-z])|\b\d+(?:\.\d+)?\s*(?:%|percent)(?!\s+(?:of|more|less))",
    re.I,
)
DEBRIS = re.compile(r"\b\d[\d,]*\s+citations?\b|\[object Object\]|→")
DESIGN_WORDS = set(
    """this that it the a an was is were be study trial design designed conducted performed randomized randomised
    double single triple blind blinded placebo controlled control systematic review meta analysis retrospective
    prospective observational cohort pilot open label clinical cross sectional case report series survey letter
    commentary editorial guideline multicentre multicenter multi centre center phase ii iii iv""".split()
)
SEVERE_FIRST = {kind: rank for rank, kind in enumerate(SEVERITY)}
NOUNS = {  # design -> (singular, plural) as said in the lead
    "meta-analysis": ("meta-analysis", "meta-analyses"),
    "systematic review": ("systematic review", "systematic reviews"),
    "review": ("review", "reviews"),
    "randomised controlled trial": ("randomised controlled trial", "randomised controlled trials"),
    "clinical trial": ("clinical trial", "clinical trials"),
    "split-scalp trial": ("split-scalp trial", "split-scalp trials"),
    "guideline": ("guideline", "guidelines"),
    "commentary": ("commentary", "commentaries"),
    "letter": ("letter", "letters"),
    "survey": ("survey", "surveys"),
    "case report": ("case report", "case reports"),
    "case series": ("case series", "case series"),
    "animal": ("animal study", "animal studies"),
    "in vitro": ("laboratory (in vitro) study", "laboratory (in vitro) studies"),
}


def quotable(sentence: str) -> bool:
    """A sentence fit to quote as a finding: no page furniture or debris, not a bare design label, 4+ words."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)
    if len(words) < 4 or is_boilerplate(sentence) or DEBRIS.search(sentence):
        return False
    content = [w for w in re.findall(r"[a-z]+", sentence.lower()) if w not in DESIGN_WORDS]
    return not (len(content) < 3 and study_design(sentence))  # the design rules only for short sentences


def intent(question: str) -> str:
    """The question's kind, which steers sentence choice (read once, by ``assistant.question``)."""
    return parse(question).kind


# How much the sentence a study states its finding in is preferred, for a question whether something
# works, over one nearer in wording that only says what was done ("100 men applied rosemary oil or
# 2% minoxidil for six months"): people ask what the studies found.
FINDING_BONUS = 0.12


def conclusion_of(study: Study) -> frozenset[str]:
    """The sentences a study with a direction may have stated it in: its TLDR's, else its summary's concluding ones.

    The index read the direction from one of these (``index.direction.study_direction``); no
    rule is run again here, so preferring them costs nothing at answer time.
    """
    if not study.direction:
        return frozenset()
    tldr = sentences(study.tldr or "")
    return frozenset(tldr or concluding_sentences(study.summary))


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
    pool = [(h, s) for h in hits for s in sentences(h.study.text()) if quotable(s)]
    if not pool:
        return []
    stored = stored or {}
    known = [stored.get(h.study.id, {}).get(s) for h, s in pool]
    missing = [s for (_, s), v in zip(pool, known, strict=True) if v is None]
    query = embedder.encode_queries([question])[0]
    fresh = iter(embedder.encode_queries(missing) if missing else [])  # the question path: no torch
    sims = np.array([float((v if v is not None else next(fresh)) @ query) for v in known])
    conclusions = {h.study.id: conclusion_of(h.study) for h in hits}
    findings = []
    for rank, ((hit, sent), sim) in enumerate(zip(pool, sims, strict=True)):
        bonus = 0.05 * hit.dense
        if kind == "safety" and safety_kind(sent) == SERIOUS:
            bonus += 0.45
        elif kind == "safety" and safety_kind(sent) in ("no serious adverse events", "adverse events reported"):
            bonus += 0.35
        elif kind == "safety" and safety_kind(sent):
            bonus += 0.15
        if kind == "efficacy" and EFFECT.search(sent):
            bonus += 0.1
        if kind in ("efficacy", "comparison") and sent in conclusions[hit.study.id]:
            bonus += FINDING_BONUS
        if kind == "dose" and DOSE.search(sent):
            bonus += 0.3
        findings.append(Finding(hit, sent, float(sim) + bonus - 0.0001 * rank))
    return sorted(findings, key=lambda f: f.score, reverse=True)


def choose(
    findings: list[Finding], limit: int, kind: str, per_study: int = 2, order: list[str] | None = None
) -> list[Finding]:
    """The best sentences, at most ``per_study`` from one study, without repeats.

    Some findings are placed first: for a safety question each study's adverse-event sentence,
    the most severe harm first; then, when ``order`` lists the studies strongest first, each
    one's best sentence in that order (so a meta-analysis is quoted before a nearer paraphrase),
    skipping a study whose best sentence is far weaker than the best of all.
    """
    chosen: list[Finding] = []
    counts: dict[str, int] = {}

    def take(f: Finding) -> None:
        if (
            len(chosen) < limit
            and counts.get(f.hit.study.id, 0) < per_study
            and f.sentence not in {c.sentence for c in chosen}
        ):
            chosen.append(f)
            counts[f.hit.study.id] = counts.get(f.hit.study.id, 0) + 1

    if kind == "safety":
        decisive = [f for f in findings if safety_kind(f.sentence) in SEVERITY[:3]]
        for f in sorted(decisive, key=lambda f: (SEVERE_FIRST[safety_kind(f.sentence)], -f.score)):
            take(f)
    if order and findings:
        best_of = {}
        for f in findings:
            best_of.setdefault(f.hit.study.id, f)
        floor = findings[0].score - 0.3
        for sid in order:
            if sid in best_of and best_of[sid].score >= floor:
                take(best_of[sid])
    for f in findings:
        take(f)
    return chosen


def noun(design: str | None, count: int) -> str:
    """How the lead names a design: 'randomised controlled trial', '3 cohort studies'."""
    if design is None:
        return "summary that states no design" if count == 1 else "summaries that state no design"
    singular, plural = NOUNS.get(design, (f"{design} study", f"{design} studies"))
    return singular if count == 1 else plural


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe(hit: Hit) -> str:
    """'a retrospective observational study of 40 participants' — how strong this evidence is."""
    study = hit.study
    name = noun(study.study_type, 1)
    if study.participants:
        size = f" of {study.participants:,} participant{'s' if study.participants != 1 else ''}"
    elif study.studies_reviewed:
        size = f" of {study.studies_reviewed} studies"
    else:
        size = ""
    return f"{_article(name)} {name}{size}"


def _group_phrase(design: str | None, group: list[Hit]) -> str:
    """One design's part of the lead: 'a cohort study of 120 participants' or '2 reviews'."""
    if len(group) == 1:
        return describe(group[0]) if design else f"1 {noun(None, 1)}"
    sizes = [f"{h.study.participants:,}" for h in group if h.study.participants]
    phrase = f"{len(group)} {noun(design, len(group))}"
    if sizes and len(sizes) == len(group):
        phrase += f" ({_and(sizes)} participants)"
    elif sizes:
        phrase += f" ({_and(sizes)} participants where stated)"
    return phrase


def compose(
    q: Question,
    hits: list[Hit],
    members: list[Member],
    embedder: Embedder,
    *,
    limit: int,
    query_used: str = "",
    sentence_vectors: Callable[[list[str]], dict[str, dict[str, np.ndarray]]] | None = None,
    body: Body | None = None,
    why: str | None = None,
) -> Answer:
    """Build the cited, extractive answer (or abstain) from the studies counted for the question.

    ``members`` are what ``assistant.members.counted`` chose: the body of evidence of a named
    intervention, or the retrieved studies that pass the abstain rule; none means abstain, with
    ``why`` (``Counted.why``) when nothing is indexed on what was asked. ``hits`` give the nearest topics then.
    """
    query_used = query_used or q.search_text or q.text
    if not members:
        refused = abstain(q.text, hits, q.kind, query_used, why)
        refused.interventions, refused.population = list(q.interventions), q.population
        return refused
    mark_indirect(q.text, members, q.main)
    study_hits = [m.hit for m in members]
    quoted = study_hits[: limit + 2]  # the strongest few are quoted; scoring more costs time, not quality
    stored = sentence_vectors([h.study.id for h in quoted]) if sentence_vectors else None
    scored = score_sentences(q.search_text or q.text, quoted, q.kind, embedder, stored)
    chosen = choose(scored, limit, q.kind, order=[h.study.id for h in quoted])
    if not chosen:
        return abstain(q.text, hits, q.kind, query_used, None)
    numbers = {m.study.id: n for n, m in enumerate(members, start=1)}
    cited = {m.study.id: m.hit for m in members}
    chosen.sort(key=lambda f: numbers[f.hit.study.id])
    top = bottom(q, body or Body(members=members), members, numbers)
    if top:  # a retracted study may be counted, but the first line must say so
        top += _retracted(sorted(cited.items(), key=lambda kv: numbers[kv[0]]), numbers)
    lines = [top, ""] if top else []
    lines.append(lead(cited, numbers, certainty_said=bool(top)))
    if capped := capped_note(q, body):
        lines += ["", capped]
    if who := who_studied(q, members, numbers):
        lines += ["", who]
    if q.is_comparison:
        lines += ["", head_to_head_line(q, members, numbers)]
    lines += ["", "**Key findings**", *finding_lines(chosen, numbers)]
    safety_line = safety_summary(cited, numbers, chosen) if q.kind == "safety" else None
    if safety_line:
        lines += ["", f"**Safety:** {safety_line}"]
    indirect = [f"[{numbers[m.study.id]}] {m.indirect}" for m in members if m.indirect]
    if indirect:
        lines += ["", "**Indirect evidence:** " + "; ".join(indirect) + " — results may not carry over."]
    directions = {numbers[m.study.id]: d for m in members if (d := direction(m.study))}
    evidence = [evidence_row(numbers[m.study.id], m.hit, direction(m.study)) for m in members]
    lines += ["", evidence_table(evidence), "", "**Sources**"]
    citations = []
    for m in members:
        quotes = tuple(f.sentence for f in chosen if f.hit.study.id == m.study.id)
        citations.append(citation(numbers[m.study.id], m.hit, quotes[0] if quotes else _snippet(m.study), quotes))
        lines.append(f"{numbers[m.study.id]}. {source_line(m.hit)}")
    return Answer(
        question=q.text,
        text="\n".join(lines),
        citations=citations,
        evidence=evidence,
        query_used=query_used,
        intent=q.kind,
        safety=safety_line,
        bottom_line=top,
        directions=directions,
        interventions=list(q.interventions),
        population=q.population,
    )


def _snippet(study: Study) -> str:
    """A verbatim sentence standing for a study that is counted but not quoted: its stated finding, else its TLDR."""
    found = _stated(study.title, study.tldr, study.summary)
    if found and found.sentence in study.text():
        return found.sentence
    return (sentences(study.text()) or [study.text()])[0]


@lru_cache(maxsize=50_000)
def _stated(title: str | None, tldr: str | None, summary: str | None) -> Direction | None:
    """The sentence a study's direction was read from (the rules are cheap once, not once per answer)."""
    return study_direction(title, tldr, summary)


def _by_design(hits: list[Hit]) -> dict[str | None, list[Hit]]:
    """Hits grouped by design, designs in order of their best study, so [1] stays the most relevant."""
    groups: dict[str | None, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.study.study_type, []).append(hit)
    return groups


def lead(cited: dict[str, Hit], numbers: dict[str, int], certainty_said: bool = False) -> str:
    """One sentence on the evidence as a whole: counts by design, each group with its citations.

    When the bottom line above already gave the certainty (``assistant.bottom_line``), the lead
    does not give a second, simpler verdict that could contradict it.
    """
    ordered = sorted(cited.items(), key=lambda kv: numbers[kv[0]])
    groups = _by_design([hit for _, hit in ordered])
    parts = [
        f"{_group_phrase(d, group)} {''.join(f'[{numbers[h.study.id]}]' for h in group)}" for d, group in groups.items()
    ]
    count = len(ordered)
    head = "The indexed evidence is " + ("one study: " if count == 1 else f"{count} studies: ")
    strong = any(
        h.study.study_type in ("meta-analysis", "systematic review", "randomised controlled trial")
        for h in cited.values()
        if not h.study.retracted
    )
    tail = (
        ""
        if strong or certainty_said
        else ("; it is not" if count == 1 else "; none is")
        + (" a randomised trial or meta-analysis, so certainty is low")
    )
    return f"{head}{_and(parts)}{tail}.{_retracted(ordered, numbers)}"


def _retracted(ordered: list[tuple[str, Hit]], numbers: dict[str, int]) -> str:
    """A sentence naming retracted studies, so their quotes are never read as standing evidence."""
    gone = [f"[{numbers[sid]}]" for sid, hit in ordered if hit.study.retracted]
    if not gone:
        return ""
    if len(gone) == 1:
        return f" {gone[0]} has been retracted: do not rely on it."
    return f" {_and(gone)} have been retracted: do not rely on them."


def safety_summary(cited: dict[str, Hit], numbers: dict[str, int], chosen: list[Finding]) -> str:
    """The most severe harm first; kept apart: persistent or serious / reported / none serious / not assessed."""
    groups: dict[str, list[str]] = {kind: [] for kind in [*SEVERITY[:3], "not assessed"]}
    for sid, hit in sorted(cited.items(), key=lambda kv: numbers[kv[0]]):
        state = hit.study.safety if hit.study.safety in groups else "not assessed"
        groups[state].append(f"[{numbers[sid]}]")
    labels = {
        SERIOUS: "persistent or serious adverse events reported ",
        "adverse events reported": "adverse events reported ",
        "no serious adverse events": "no serious adverse events reported ",
        "not assessed": "safety not assessed in the summary of ",
    }
    out = [labels[kind] + "".join(refs) for kind, refs in groups.items() if refs]
    text = "; ".join(out)
    return text[0].upper() + text[1:] + "."


def abstain(question: str, hits: list[Hit], kind: str, query_used: str, why: str | None = None) -> Answer:
    """The shared 'cannot answer' sentence (and why, when known) plus the nearest topics that are covered."""
    topics = [h.study.label() for h in hits[:3]]
    text = CANNOT_ANSWER + (f" {why}" if why else "")
    if topics:
        text += "\n\nNearest topics in the index:\n" + "\n".join(f"- {t}" for t in topics)
    return Answer(question=question, text=text, abstained=True, query_used=query_used or question, intent=kind)
