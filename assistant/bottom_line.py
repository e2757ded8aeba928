"""The bottom line: what the counted studies found, with their markers, and how certain that is.

Every counted study's direction was read from its own conclusion at index time
(``index/direction.py``); here they are only counted. Certainty is one written rule, in the
spirit of GRADE, never a model's opinion:

1. Start from the best direct design among the direct studies that state what they found (a
   trial whose summary states no finding says nothing about what the bottom line counts; when
   no study states one, all direct studies are used): a meta-analysis or systematic review, or
   two or more randomised controlled trials, starts **high**; one randomised trial
   **moderate**; other clinical studies (cohorts, case-control, cross-sectional, clinical
   trials without randomisation) **low**; only case reports, case series, lab or animal work,
   reviews, commentaries or unstated designs **very low**.
2. Down one level when the directions disagree: fewer than three in four studies that state a
   direction point the same way.
3. Down one level when the direct studies together state fewer than 100 participants.
4. Down one level when indirect evidence (another drug of the class, a combination, another
   population, lab or animal work) is at least as much as the direct evidence.
5. Down one level when fewer than half of the direct studies state what they found: the
   counts then speak for a minority of the evidence.
6. A comparison asks which side is better, so its certainty is that of the head-to-head studies
   alone (steps 1–5 over them). With none, it comes from each side's own studies and goes down one
   level: an indirect comparison (two bodies of evidence, never set against each other) is what
   GRADE calls indirect evidence. The strong evidence one side has on its own says nothing about
   whether it beats the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.compare import verdict
from assistant.evidence import Body, Member
from assistant.indirect import brought_on, mark_indirect
from assistant.question import Question, is_exposure
from assistant.records import Answer, Hit
from assistant.vocabulary import vocabulary
from index.facts import SERIOUS

LEVELS = ["very low", "low", "moderate", "high"]
SYNTHESES = ("meta-analysis", "systematic review")
RCT = "randomised controlled trial"
CLINICAL = {
    "clinical trial",
    "split-scalp trial",
    "cohort",
    "prospective observational",
    "retrospective observational",
    "case-control",
    "cross-sectional",
    "survey",
    "guideline",
}
DIRECTIONS = ("benefit", "mixed", "no benefit", "harm")
SAFETY_ORDER = [
    (SERIOUS, "reported persistent or serious adverse events"),
    ("adverse events reported", "reported adverse events"),
    ("no serious adverse events", "reported no serious adverse events"),
]


@dataclass(frozen=True)
class Certainty:
    """A level and the plain reasons for it."""

    level: str
    reasons: tuple[str, ...]

    def sentence(self) -> str:
        """'Certainty is low: no randomised trial or meta-analysis; fewer than 100 participants.'."""
        why = "; ".join(self.reasons)
        return f"Certainty is {self.level}" + (f": {why}." if why else ".")


def direction(study) -> str | None:  # noqa: ANN001 - a Study
    """The study's finding as stored at index time (None when its text states none)."""
    return getattr(study, "direction", None)


def certainty(body: Body, speaking: frozenset[str] | set[str] = frozenset()) -> Certainty:
    """The documented rule above, over the body's direct and indirect members.

    ``speaking``: ids of studies known to state a finding though they carry no direction (a
    head-to-head study's verdict).
    """
    direct = body.direct

    def states(m: Member) -> bool:
        return bool(direction(m.study)) or m.study.id in speaking

    speaking_members = [m for m in direct if states(m)] or direct
    designs = [m.study.study_type for m in speaking_members]
    rcts = designs.count(RCT)
    if any(d in SYNTHESES for d in designs) or rcts >= 2:
        level, reasons = 3, []
    elif rcts == 1:
        level, reasons = 2, ["one randomised trial, no meta-analysis"]
    elif any(d in CLINICAL for d in designs):
        level, reasons = 1, ["no randomised trial or meta-analysis"]
    else:
        level, reasons = 0, ["only case reports, reviews, lab or animal work, or unstated designs"]
    stated = [d for m in direct if (d := direction(m.study)) in ("benefit", "no benefit", "mixed")]
    if stated and max(stated.count(d) for d in set(stated)) / len(stated) < 0.75:
        level, reasons = level - 1, [*reasons, "the studies disagree"]
    total = sum(m.study.participants or 0 for m in direct)
    plural = "" if total == 1 else "s"
    if total < 100:
        level, reasons = (
            level - 1,
            [
                *reasons,
                f"{'only ' if total else 'no participant counts stated'}"
                f"{f'{total:,} participant{plural} in all' if total else ''}",
            ],
        )
    if body.indirect and len(body.indirect) >= len(direct):
        level, reasons = level - 1, [*reasons, "as much indirect evidence as direct"]
    if direct and 2 * sum(1 for m in direct if states(m)) < len(direct):
        one = len(direct) == 1
        silent = "the study does not state what it found" if one else "most studies do not state what they found"
        level, reasons = level - 1, [*reasons, silent]
    return Certainty(LEVELS[max(0, level)], tuple(r for r in reasons if r))


def comparison_certainty(body: Body, sides: tuple[str, str] | None = None) -> Certainty:
    """Step 6 of the rule: the head-to-head studies' certainty, or an indirect comparison's.

    A head-to-head study whose summary names a winner, or no difference, has stated what it
    found for this question even when its own conclusion gave no direction at index time, so it
    counts as speaking in steps 1 and 5.
    """
    head = [m for m in body.direct if m.head_to_head]
    if head:
        found_by = {m.study.id: verdict(m.study.text(), *sides) for m in head} if sides else {}
        stated = {sid: v for sid, v in found_by.items() if v.stated}  # a winner, or no difference
        found = certainty(Body(members=head), speaking=set(stated))
        level, reasons = LEVELS.index(found.level), list(found.reasons)
        if len(set(stated.values())) > 1 and "the studies disagree" not in reasons:
            level, reasons = level - 1, [*reasons, "the head-to-head studies disagree"]
        n = len(head)
        return Certainty(
            LEVELS[max(0, level)], (f"from the {n} head-to-head {'study' if n == 1 else 'studies'}", *reasons)
        )
    found = certainty(body)
    return Certainty(LEVELS[max(0, LEVELS.index(found.level) - 1)], ("no study compares them directly", *found.reasons))


def markers(members: list[Member], numbers: dict[str, int]) -> str:
    """'[1][3][4]': the citation markers of these counted studies, in their order."""
    return "".join(f"[{numbers[m.study.id]}]" for m in members)


def _phrase(label: str, count: int, total: int, subject: str, first: bool, exposure: bool = False) -> str:
    """'3 of 4 studies found that scalp cooling helped' / '1 found no benefit'."""
    lead = f"{count} of {total} {'study' if total == 1 else 'studies'}" if first else f"{count}"
    verb = {
        "benefit": f"found that {subject} helped",
        "mixed": "found mixed results (helped some, not others, or only modestly)",
        "no benefit": "found no benefit",
        "harm": f"found that {subject} caused or worsened hair loss or other harm"
        if exposure
        else ("was" if count == 1 else "were") + " mainly about harms",
    }[label]
    return f"{lead} {verb}"


def found_clause(members: list[Member], numbers: dict[str, int], subject: str, exposure: bool = False) -> str:
    """The counts by direction of one group of studies, most common first, each with its markers."""
    total = len(members)
    groups = {label: [m for m in members if direction(m.study) == label] for label in DIRECTIONS}
    ordered = sorted((g for g in groups.items() if g[1]), key=lambda kv: -len(kv[1]))
    parts = []
    for label, group in ordered:
        turned = _brought_on_by_hair(group, subject) if exposure and label == "harm" else {}
        group = [m for m in group if m.study.id not in turned]
        for cause, effect in dict.fromkeys(turned.values()):  # "found that alopecia areata brought on anxiety"
            shown = [m for m in members if turned.get(m.study.id) == (cause, effect)]
            lead = f"{len(shown)} of {total} {'study' if total == 1 else 'studies'}" if not parts else f"{len(shown)}"
            parts.append(f"{lead} found that {cause} brought on {effect} {markers(shown, numbers)}")
        if not group:
            continue
        hedged = sum(1 for m in group if getattr(m.study, "direction_hedged", False))
        note = ", tentatively" if hedged == len(group) else (f", {hedged} of them tentatively" if hedged else "")
        first = not parts
        parts.append(f"{_phrase(label, len(group), total, subject, first, exposure)}{note} {markers(group, numbers)}")
    silent = [m for m in members if direction(m.study) not in DIRECTIONS]
    if silent:
        lead = (
            f"{len(silent)} of {total} {'study states' if total == 1 else 'studies state'}"
            if not parts
            else (f"{len(silent)} {'states' if len(silent) == 1 else 'state'}")
        )
        parts.append(f"{lead} no clear finding {markers(silent, numbers)}")
    return "; ".join(parts)


def _brought_on_by_hair(group: list[Member], subject: str) -> dict[str, tuple[str, str]]:
    """Study id -> (cause, effect) for the harm studies whose finding is a hair condition bringing on the exposure."""
    found = {m.study.id: brought_on(m.study, subject) for m in group}
    return {sid: (b.cause, b.effect) for sid, b in found.items() if b}


def safety_clause(members: list[Member], numbers: dict[str, int]) -> str:
    """Harms counted by the safety classes, most severe first."""
    total = len(members)
    parts = []
    for state, words in SAFETY_ORDER:
        group = [m for m in members if m.study.safety == state]
        if group:
            lead = f"{len(group)} of {total} {'study' if total == 1 else 'studies'}" if not parts else f"{len(group)}"
            parts.append(f"{lead} {words} {markers(group, numbers)}")
    rest = [m for m in members if m.study.safety not in {s for s, _ in SAFETY_ORDER}]
    if rest:
        lead = f"{len(rest)} of {total} {'study' if total == 1 else 'studies'}" if not parts else f"{len(rest)}"
        parts.append(f"{lead} did not assess safety {markers(rest, numbers)}")
    return "; ".join(parts)


def disagreement(members: list[Member], numbers: dict[str, int]) -> str:
    """When studies point different ways on whether it works: say so, naming the strongest design on each side.

    A study mainly about harms does not speak against efficacy, so it is not a side here.
    """
    pro = [m for m in members if direction(m.study) == "benefit"]
    con = [m for m in members if direction(m.study) == "no benefit"]
    if not pro or not con:
        return ""

    def best(group: list[Member]) -> str:
        m = group[0]  # members arrive strongest first
        return f"{m.study.study_type or 'a study of unstated design'} [{numbers[m.study.id]}]"

    return (
        f" The studies disagree: the strongest finding a benefit is {_a(best(pro))}; "
        f"the strongest against, {_a(best(con))}."
    )


def _a(phrase: str) -> str:
    return phrase if phrase.startswith("a study") else ("an " if phrase[0] in "aeiou" else "a ") + phrase


def indirect_clause(members: list[Member], numbers: dict[str, int]) -> str:
    """Indirect studies counted apart, each with why."""
    if not members:
        return ""
    items = "; ".join(f"[{numbers[m.study.id]}] {m.indirect}" for m in members)
    return f" Counted apart as indirect evidence: {items}."


def bottom_line(kind: str, subject: str, body: Body, numbers: dict[str, int], exposure: bool = False) -> str:
    """The first line of an efficacy, safety or comparison answer."""
    direct = body.direct
    if not direct:
        text = f"No indexed study is directly about {subject}."
    elif kind == "safety" and not exposure:
        text = f"On {subject}'s safety, {safety_clause(direct, numbers)}."
        harms = [m for m in direct if direction(m.study) == "harm"]
        if harms:
            text += f" {len(harms)} found harm as the main point {markers(harms, numbers)}."
    else:
        text = f"{found_clause(direct, numbers, subject, exposure)}." + disagreement(direct, numbers)
    text += indirect_clause(body.indirect, numbers)
    if body.members:
        text += f" {certainty(body).sentence()}"
    return f"**Bottom line:** {text[0].upper()}{text[1:]}"


def comparison_bottom_line(sides: tuple[str, str], body: Body, numbers: dict[str, int], head: str) -> str:
    """Head to head first, then what each side's own studies found."""
    parts = [head]
    for side in sides:
        own = [m for m in body.direct if m.side == side and not m.head_to_head]
        label = side[:1].upper() + side[1:]  # each side opens a sentence
        parts.append(f"{label}: {found_clause(own, numbers, side) if own else 'no other indexed study'}.")
    text = " ".join(parts) + indirect_clause(body.indirect, numbers)
    if body.members:
        text += f" {comparison_certainty(body, sides).sentence()}"
    return f"**Bottom line:** {text}"


BOTTOM_KINDS = ("efficacy", "safety", "comparison")  # the kinds of question an answer opens with a bottom line for


def bottom(q: Question, body: Body, members: list[Member], numbers: dict[str, int]) -> str:
    """The bottom line for efficacy, safety and comparison questions; nothing for the other kinds."""
    if q.kind not in BOTTOM_KINDS:
        return ""
    counted = Body(members=members, found=body.found, capped=body.capped)
    if q.is_comparison:
        head = head_to_head_line(q, members, numbers).replace("**Head to head:** ", "Head to head, ")
        return comparison_bottom_line(q.interventions[:2], counted, numbers, head)
    sides = [iv for iv in q.interventions if any(m.side == iv for m in counted.direct)]
    if len(sides) > 1:  # "adding oral minoxidil to finasteride?": each named treatment's studies under its own name
        return sides_bottom_line(q.kind, sides, counted, numbers)
    main = sides[0] if sides else q.main  # the one named treatment the counted studies are of
    said = q.said.get(main or "", "")
    subject = (said if len(said.split()) > 1 else main) if main else "the treatments studied"
    return bottom_line(q.kind, subject, counted, numbers, is_exposure(main or "", vocabulary()))


def sides_bottom_line(kind: str, sides: list[str], body: Body, numbers: dict[str, int]) -> str:
    """A question naming several treatments, not comparing them: what each one's own studies found.

    Counting one treatment's studies under another's name ("2 of 3 studies found that oral minoxidil helped", one
    of them a review of topical finasteride) would state a finding no study made.
    """
    parts = []
    for side in sides:
        own = [m for m in body.direct if m.side == side]
        exposure = is_exposure(side, vocabulary())
        if kind == "safety" and not exposure:
            parts.append(f"On {side}'s safety, {safety_clause(own, numbers)}.")
        else:
            parts.append(f"{side[:1].upper()}{side[1:]}: {found_clause(own, numbers, side, exposure)}.")
    text = " ".join(parts) + indirect_clause(body.indirect, numbers)
    if body.members:
        text += f" {certainty(body).sentence()}"
    return f"**Bottom line:** {text}"


def head_to_head_line(q: Question, members: list[Member], numbers: dict[str, int]) -> str:
    """Whether any counted study compares the two sides directly, and what each such study found."""
    a, b = q.interventions[:2]
    head = [m for m in members if m.head_to_head]
    if not head:
        return f"**Head to head:** no indexed study compares {a} and {b} directly."
    found = [f"[{numbers[m.study.id]}] {verdict(m.study.text(), a, b)}" for m in head]
    return f"**Head to head:** {'; '.join(found)}."


def bottom_line_for(q: Question, members: list[Member], answer: Answer) -> Answer:
    """An answer written elsewhere (the LLM's) given the bottom line over the studies it cites, in its numbers.

    The counted studies keep what the body of evidence knew of them (side, indirect); a cited
    study outside it counts as direct. Nothing changes for kinds without a bottom line.
    """
    if answer.abstained or q.kind not in BOTTOM_KINDS or not answer.citations:
        return answer
    known = {m.study.id: m for m in members}
    cited = [known.get(c.study_id) or Member(Hit(c.record(), 0.0, 0.0, 0.0, c.text)) for c in answer.citations]
    numbers = {c.study_id: c.n for c in answer.citations}
    mark_indirect(q.text, cited, q.main)
    top = bottom(q, Body(members=cited), cited, numbers)
    if not top:
        return answer
    answer.text = f"{top}\n\n{answer.text}"
    answer.bottom_line = top
    answer.directions = {numbers[m.study.id]: d for m in cited if (d := direction(m.study))}
    return answer
