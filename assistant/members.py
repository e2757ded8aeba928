"""Who an answer counts: the body of evidence, or the nearest studies that pass the abstain rule.

A question that names an indexed treatment is answered from its body of evidence
(``assistant.evidence``), strongest designs first; one the index holds no study of is refused, with
the reason. A question that names nothing is answered from the retrieved studies that pass the
abstain rule (``assistant.abstain``), nearest first.
"""

from __future__ import annotations

from assistant.abstain import distinct, relevant
from assistant.evidence import (
    Body,
    Member,
    about,
    asked_price,
    asked_sex,
    asked_stopping,
    body_aspects,
    co_use,
    condition_aspects,
)
from assistant.question import Question
from assistant.records import Hit
from assistant.vocabulary import vocabulary


def counted(
    q: Question, hits: list[Hit], body: Body | None, threshold: float, margin: float, dense_alone: float | None = None
) -> list[Member]:
    """The studies an answer to ``q`` counts, in the order they are numbered (empty: abstain).

    The body of evidence, strongest designs first, when the question names an indexed
    intervention; else the retrieved studies that pass the abstain rule, nearest first (with
    nothing named there is no body of evidence to rank, and the nearest study is the answer).
    When the question's own words narrow the body to nothing, the nearest studies of the named
    treatment that pass the abstain rule answer instead. The LLM answers from these too. With nothing
    named, a study as close in meaning as ``dense_alone`` answers too (``close_in_meaning``).
    """
    if q.unheard:
        return []  # what it asks about (or one side of it) is in no indexed study (see ``Question.unheard``)
    relevant_ = relevant(hits, threshold, margin)
    if not q.interventions and not relevant_ and dense_alone is not None:
        relevant_ = close_in_meaning(hits, dense_alone, margin)
    if body is None or not q.interventions:
        return [Member(h) for h in relevant_]
    if body.missing_side or not body.mentioned:
        return []  # the index holds no study of (one side of) what was asked about
    if body.other_sex:
        return []  # "pumpkin seed oil for women": every study of it is of men only
    if body.direct:
        return body.members
    if body.unstated and q.kind in ("dose", "mechanism"):
        return []  # studies of it exist, but none states a dose (or how it works)
    if body.aspect_elsewhere:
        return []  # the index holds what was asked about, but in no study of this treatment
    if condition_aspects(body.aspects):
        return []  # "while breastfeeding": no study of it speaks of that state, and none may stand in
    if co_use(q):
        return []  # "dye my hair while on minoxidil": the treatment is the background of what is asked
    if asked_price(q):
        return []  # "how much does scalp cooling cost?": no study of it that speaks of cost, and none may stand in
    if asked_stopping(q):
        return []  # "if you stop using rogaine, does the hair fall out?": no study of it speaks of stopping
    if body_aspects(body.aspects):
        return []  # "would PRP help my knees?": no study of it speaks of that part of the body
    # The question's own words narrowed the body to nothing, and those words are in no indexed study
    # at all (a paraphrase, or the asker's own way of putting it): the nearest studies may still
    # answer, but only those about what was asked (other drugs of its class, or a study that names it
    # in passing, are no answer on their own).
    vocab = vocabulary()
    sides = {h.study.id: next((iv for iv in q.interventions if about(h.study, iv, vocab)), None) for h in relevant_}
    return [Member(h, side=sides[h.study.id]) for h in relevant_ if sides[h.study.id]]


def close_in_meaning(hits: list[Hit], dense_alone: float, margin: float) -> list[Hit]:
    """Studies whose best chunk is as close in meaning as ``dense_alone`` to a question that names nothing.

    Support weighs in the share of the question's words a study holds, and a long post ("19 and
    already noticing my temples going. My dad was totally bald by 30 ... will I go bald if my dad
    is bald?") holds many words no study has, rarest-weighted, so its support falls below the
    threshold although the nearest study ("teenagers with pattern hair loss often had a parent with
    early balding") is its answer. The story lowers coverage, not the cosine of the nearest study.
    Only for questions naming no treatment: one that names one is answered from its studies.
    """
    close = [h for h in distinct(hits) if h.dense >= dense_alone]
    best = max((h.dense for h in close), default=0.0)
    return [h for h in close if h.dense >= best - margin]


def not_indexed(q: Question, body: Body | None) -> str | None:
    """Why a question about a named intervention is refused, when the reason is that nothing is indexed on it."""
    if q.unheard:
        return f"No indexed study is about {' '.join(q.unheard)}."
    if not q.interventions or body is None:
        return None
    if body.missing_side:
        return f"No indexed study is about {body.missing_side}."
    if not body.mentioned:
        return f"No indexed study is about {' or '.join(q.interventions)}."
    if body.other_sex:
        return f"The indexed studies of {q.main} are of {body.other_sex} only, not {asked_sex(q)}."
    if asked_stopping(q) and not body.direct:
        return f"No indexed study of {q.main} speaks of stopping it."
    if body_aspects(body.aspects) and not body.on_aspect and not body.direct:
        words = ", ".join(sorted(body_aspects(body.aspects)))
        return f"No indexed study of {q.main} speaks of {words}."
    if body.unstated and q.kind in ("dose", "mechanism") and not body.direct:
        what = "a dose" if q.kind == "dose" else "how it works"
        return f"No indexed study of {q.main} states {what}."
    if body.aspect_elsewhere and not body.direct:
        words = ", ".join(sorted(body.held_elsewhere))
        return f"Indexed studies speak of {words}, but none of those about {q.main} does."
    if condition_aspects(body.aspects) and not body.on_aspect and not body.direct:
        words = ", ".join(sorted(condition_aspects(body.aspects)))
        return f"No indexed study of {q.main} speaks of {words}."
    if body.indirect and not body.direct:
        others = "; ".join(m.indirect for m in body.indirect if m.indirect)
        return f"No indexed study is directly about {q.main}; the nearest are indirect ({others})."
    return None


def capped_note(q: Question, body: Body | None) -> str:
    """Say so when the body of evidence was cut to the limit."""
    if body is None or not body.capped:
        return ""
    shown = {name: sum(1 for m in body.direct if m.side == name) for name in body.found}
    counts = "; ".join(
        f"the {shown[name]} strongest of {n} indexed studies of {name}"
        for name, n in body.found.items()
        if n > shown[name]
    )
    return f"Counted: {counts} (the limit is the setting FOLLICLE_MAX_BODY)."
