"""Who an answer counts: the body of evidence, or the nearest studies that pass the abstain rule.

A question that names an indexed treatment is answered from its body of evidence
(``assistant.evidence``), strongest designs first; one the index holds no study of is refused, with
the reason. A question that names nothing is answered from the retrieved studies that pass the
abstain rule (``assistant.abstain``), nearest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.abstain import distinct, relevant
from assistant.evidence import (
    Body,
    Member,
    about,
    asked_lasting,
    asked_price,
    asked_sex,
    asked_stopping,
    asked_tolerance,
    body_aspects,
    co_use,
    condition_aspects,
    names_a_child,
    states,
)
from assistant.question import KIN_BALD, Question, says_what
from assistant.records import Hit
from assistant.vocabulary import vocabulary

# how often or how much the asker should do something ("how often should I wash?", "how many times a week do you
# brush?"), not "how much of this is genetics?", which asks a share (the kind reads both as a dose)
HOW_OFTEN_ASK = re.compile(
    r"\bhow (?:often|frequently|many times)\b|\bhow (?:much|many) (?:\w+ ){0,2}(?:should|do|can|must) (?:i|you|we)\b",
    re.I,
)


@dataclass
class Counted:
    """The studies an answer counts, in the order they are numbered, and why none is when none is."""

    members: list[Member]
    why: str | None = None  # said after "cannot answer", when the reason is that nothing indexed fits


def counted(
    q: Question,
    hits: list[Hit],
    body: Body | None,
    threshold: float,
    margin: float,
    dense_alone: float | None = None,
    cause_support: float | None = None,
) -> Counted:
    """The studies an answer to ``q`` counts (none: abstain, with the reason when it is known).

    The body of evidence, strongest designs first, when the question names an indexed
    intervention; else the retrieved studies that pass the abstain rule, nearest first (with
    nothing named there is no body of evidence to rank, and the nearest study is the answer).
    When the question's own words narrow the body to nothing, the nearest studies of the named
    treatment that pass the abstain rule answer instead, unless one of ``_narrowed`` refuses. The
    LLM answers from these too. With nothing named, a study as close in meaning as ``dense_alone``
    answers too (``close_in_meaning``). Deciding and saying why happen here together, so a refusal
    and its reason cannot drift apart.
    """
    if q.unheard:  # what it asks about (or one side of it) is in no indexed study (see ``Question.unheard``)
        return Counted([], f"No indexed study is about {' '.join(q.unheard)}.")
    relevant_ = relevant(hits, threshold, margin)
    if not q.interventions and not relevant_ and dense_alone is not None:
        relevant_ = close_in_meaning(hits, dense_alone, margin)
        if not relevant_ and cause_support is not None:
            relevant_ = of_the_cause(q, hits, margin, cause_support)
    if not q.interventions and q.kind == "dose" and HOW_OFTEN_ASK.search(q.text):
        # "how often should I wash my hair if it's thinning?": with nothing named, only a study that states how
        # much or how often answers a dose question ("pull tests varied with washing" shares the word, not the ask)
        relevant_ = [h for h in relevant_ if states("dose", h.study, q.text)]
    if body is None or not q.interventions:
        return Counted([Member(h) for h in relevant_])
    if body.missing_side:
        return Counted([], f"No indexed study is about {body.missing_side}.")
    if not body.mentioned:
        return Counted([], f"No indexed study is about {' or '.join(q.interventions)}.")
    if body.other_sex:  # "pumpkin seed oil for women": every study of it is of men only
        return Counted([], f"The indexed studies of {q.main} are of {body.other_sex} only, not {asked_sex(q)}.")
    # "does scalp cooling work for kids?": every study of it is of grown-ups only, and no study of it near the
    # question names a child ("a child swallowed topical minoxidil" answers "my 3 year old drank my rogaine")
    if body.other_age and not _of_a_child(q, hits):
        return Counted([], f"The indexed studies of {q.main} are of {body.other_age} only, not children.")
    if body.direct:
        return Counted(body.members)
    indirect = _indirect_note(q, body)
    refusals = [why for refuses, why in _narrowed(q, body) if refuses]
    if refusals:
        return Counted([], next((why for why in refusals if why), indirect))
    # The question's own words narrowed the body to nothing, and those words are in no indexed study
    # at all (a paraphrase, or the asker's own way of putting it): the nearest studies may still
    # answer, but only those about what was asked (other drugs of its class, or a study that names it
    # in passing, are no answer on their own).
    vocab = vocabulary()
    sides = {h.study.id: next((iv for iv in q.interventions if about(h.study, iv, vocab)), None) for h in relevant_}
    members = [Member(h, side=sides[h.study.id]) for h in relevant_ if sides[h.study.id]]
    return Counted(members, None if members else indirect)


def _of_a_child(q: Question, hits: list[Hit]) -> bool:
    """A study the search found, of the treatment asked about, names a child (however far below the bar)."""
    vocab = vocabulary()
    return any(names_a_child(h.study) and any(about(h.study, iv, vocab) for iv in q.interventions) for h in hits)


def _narrowed(q: Question, body: Body) -> list[tuple[bool, str | None]]:
    """Why a body with no direct study answers nothing: (refuses, what to say or None), the most telling said first.

    Each is a kind of question no nearest study may stand in for: the aspect asked is in no study
    of the treatment, so quoting its nearest studies would answer another question.
    """
    aspect_words = ", ".join(sorted(body_aspects(body.aspects)))
    condition_words = ", ".join(sorted(condition_aspects(body.aspects)))
    elsewhere_words = ", ".join(sorted(body.held_elsewhere))
    what = "a dose" if q.kind == "dose" else "how it works"
    of_it = f"No indexed study of {q.main}"
    return [
        # "if you stop using rogaine, does the hair fall out?"
        (asked_stopping(q), f"{of_it} speaks of stopping it."),
        # "how long do results from exosome injections last?": no study of it followed its results up
        (asked_lasting(q), None if body.on_aspect else f"{of_it} speaks of how long its results last."),
        # "does minoxidil stop working after a few years?": no study of it followed it long enough to say
        (asked_tolerance(q), None if body.on_aspect else f"{of_it} speaks of whether it keeps working over years."),
        # "would PRP help my knees?": no study of it speaks of that part of the body
        (bool(aspect_words), None if body.on_aspect else f"{of_it} speaks of {aspect_words}."),
        # studies of it exist, but none states a dose (or how it works)
        (body.unstated and q.kind in ("dose", "mechanism"), f"{of_it} states {what}."),
        # the index holds what was asked about, but in no study of this treatment
        (body.aspect_elsewhere, f"Indexed studies speak of {elsewhere_words}, but none of those about {q.main} does."),
        # "while breastfeeding": no study of it speaks of that state, and none may stand in
        (bool(condition_words), None if body.on_aspect else f"{of_it} speaks of {condition_words}."),
        # "dye my hair while on minoxidil": the treatment is the background of what is asked
        (bool(co_use(q)), None),
        # "how much does scalp cooling cost?": no study of it speaks of cost, and none may stand in
        (bool(asked_price(q)), None),
    ]


def _indirect_note(q: Question, body: Body) -> str | None:
    """What to say when only studies of other drugs of its class (or combinations) are indexed."""
    if not body.indirect:
        return None
    others = "; ".join(m.indirect for m in body.indirect if m.indirect)
    return f"No indexed study is directly about {q.main}; the nearest are indirect ({others})."


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


# Causes of hair loss that are part of a life, not a treatment or an exposure the vocabulary names: a question
# says them in a story ("new mum here, baby is 3 months old", "I'm 52 and going through menopause", "my dad and
# grandads are bald, is it just genetics?"), and a study of that cause names it in its own title or TLDR.
CAUSES = {
    "birth": re.compile(
        r"\b(?:pregnan\w*|post-?partum|post-?natal|child-?birth|(?:gave|giving) birth|breastfe\w*|"
        r"new (?:mum|mom|mother)s?|bab(?:y|ies)(?! hairs?\b))\b",
        re.I,
    ),
    "menopause": re.compile(r"\b(?:peri-?|post-?)?menopaus\w*", re.I),
    # growing older said as a cause ("as I age", "getting older"), never an age said of the asker ("at my age")
    "age": re.compile(
        r"\b(?:as (?:i|we|you|one|people|women|men) (?:age|get older|grow older)|(?:getting|get|grow|growing) older|"
        r"age?ing|old age|with age)\b",
        re.I,
    ),
    # heredity, or told through the family (``question.KIN_BALD``: "my dad and my grandad are completely bald")
    "genes": re.compile(
        r"\b(?:genes?|genetic\w*|heredit\w*|inherit\w*|family history|runs? in (?:the|my|our) family)\b|"
        + KIN_BALD.pattern,
        re.I,
    ),
}
# A study of heredity may say it through the family it followed ("teenagers ... often had a parent with early
# balding"); a question's own kin are its story ("my mum swears by it"), so these count only in a study's text.
STUDY_CAUSES = {
    **CAUSES,
    "genes": re.compile(rf"{CAUSES['genes'].pattern}|\b(?:parents?|fathers?|mothers?|twins|families)\b", re.I),
    "age": re.compile(r"\b(?:age|aged|age?ing|older|elderly|senescen\w*)\b", re.I),
}
# What becomes of the follicles of a bald scalp, in any word order: "are the follicles on a bald head dead, or just
# asleep?", "is a bald spot's follicle gone for good?", "are dormant follicles still there?". Asked of eyebrows,
# lashes or a beard it is another question (plucking, not balding).
FOLLICLE_FATE = re.compile(
    r"\bfollicles?\b(?:\W+\w+){0,6}?\W+(?:dead|die[sd]?|dying|asleep|sleeping|dormant|alive|gone|resting|hibernat\w*)\b|"
    r"\b(?:dead|dying|asleep|sleeping|dormant|alive|resting)\b(?:\W+\w+){0,2}?\W+follicles?\b",
    re.I,
)
OTHER_HAIR = re.compile(r"\b(?:eye-?brows?|(?:eye)?lash\w*|beards?|body hair|armpit|legs?)\b", re.I)
# A study of what is left in bald scalp names the bald scalp (or balding areas) in its title or TLDR.
BALD_SCALP = re.compile(r"\bbald\w* (?:scalps?|areas?|skin|patches|spots?)\b", re.I)
# When two cues agree and the question asks nothing beyond its story, the story's words are all there is to cover:
# "my dad went bald at 30, am i screwed??" is asked by "am i??", which says no topic (``says_what``), so the
# kin study's keyword coverage is diluted by the story alone. So is a myth put as a question of the follicles' fate.
STORY_SUPPORT = 0.30
# The question must ask about losing hair: a cause named beside grey hair, texture or curls is another question.
LOSING_HAIR = re.compile(
    r"\b(?:hair loss|alopecia|thin\w*|finer|shed\w*|bald\w*|reced\w*|temples|(?:falling|fall|fell|coming|came) out|"
    r"losing (?:my |her |his |their |your )?hair|hair fall)\b",
    re.I,
)


def of_the_cause(q: Question, hits: list[Hit], margin: float, cause_support: float) -> list[Hit]:
    """Studies of the life event a question about losing hair names, when nothing else answers it.

    "New mum here, baby is 3 months old and my hair is coming out by the handful. Is this going to be
    permanent?" names no treatment, and its story lowers the keyword coverage of the study that answers
    it ("pregnancy-related shedding resolved within a year for most new mothers") below the unnamed
    threshold. Two cues must agree: the question names a cause of hair loss (a birth, the menopause,
    genes) and asks about losing hair, and the study's own title or TLDR names the same cause; its
    support must still reach ``cause_support`` (``Settings.abstain_below_cause``). Two more pairs reach
    ``STORY_SUPPORT``: kin said to have gone bald asked by a clause that says no topic ("my dad went
    bald at 30, am i screwed??") with a study of heredity, and the fate of a bald scalp's follicles in
    any word order ("dead, or just asleep?") with a study whose title or TLDR names the bald scalp.
    """
    if q.interventions or not LOSING_HAIR.search(f"{q.text} {q.search_text}"):
        return []
    # (question cue, study cue, support floor): each pair must agree
    cues = [(STUDY_CAUSES[name], cause_support) for name, words in CAUSES.items() if words.search(q.text)]
    if KIN_BALD.search(q.text) and not says_what(q.asked_text or q.search_text):
        cues.append((STUDY_CAUSES["genes"], min(cause_support, STORY_SUPPORT)))
    if FOLLICLE_FATE.search(q.text) and not OTHER_HAIR.search(q.text):
        cues.append((BALD_SCALP, min(cause_support, STORY_SUPPORT)))
    of_it = [
        h
        for h in distinct(hits)
        if any(
            h.support >= floor and words.search(f"{h.study.title or ''}\n{h.study.tldr or ''}") for words, floor in cues
        )
    ]
    best = max((h.dense for h in of_it), default=0.0)
    return [h for h in of_it if h.dense >= best - margin]


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
