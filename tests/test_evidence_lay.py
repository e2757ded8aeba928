"""What a lay question's studies must speak of, and when a near study answers it (issue 20, item 2).

Rules from the lay question sets, each in words of our own: a reflexive, an ask for good evidence, the
alternative the asker sets aside ("not just adverts") and whether something lasts ("go away", "hold
up") are never the aspect; a price asked for must be stated even when nothing else narrows the body;
and a question that names no treatment is answered by a study close in meaning, whatever the story
words do to its keyword coverage.
"""

from __future__ import annotations

import pytest

from assistant.evidence import aspect_terms
from assistant.members import counted
from assistant.question import parse
from assistant.records import Hit
from assistant.vocabulary import vocabulary
from index.records import Study


@pytest.mark.parametrize(
    "text",
    [
        "caught covid in may and now shedding, will it come back by itself?",  # who, not what
        "is there any proper proof in humans that caffeine shampoo works, not just adverts?",  # the ask for evidence
        "if I stop dutasteride will the side effects go away or stick around?",  # whether it lasts
        "does a hair transplant hold up over the years?",
    ],
)
def test_how_a_post_asks_is_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_a_topic_beside_those_words_stays_the_aspect():
    assert aspect_terms(parse("will minoxidil eyebrow growth go away if I stop?"), vocabulary()) == {"eyebrow"}


def _hit(tldr: str, dense: float, coverage: float) -> Hit:
    study = Study(tldr=tldr, summary=tldr)
    return Hit(study, 1.0, dense, 1.0, tldr, coverage, 0.6 * dense + 0.4 * coverage)


def test_a_study_close_in_meaning_answers_an_unnamed_question_whatever_its_coverage():
    q = parse("my dad and grandad were both bald by 40 and now my temples are going at 22, am I next?")
    near = _hit("Young men with early balding often had a father who went bald early.", 0.67, 0.15)
    far = _hit("Scalp massage raised hair thickness a little over six months.", 0.40, 0.20)
    assert near.support < 0.49  # the story's words no study holds pull its support below the threshold
    assert counted(q, [near, far], None, 0.49, 0.2) == []  # without the rule: refused
    members = counted(q, [near, far], None, 0.49, 0.2, dense_alone=0.64)
    assert [m.study.tldr for m in members] == [near.study.tldr]


def test_a_question_naming_a_treatment_is_not_answered_by_closeness_alone():
    q = parse("does minoxidil work for eyebrows?")
    near = _hit("Minoxidil solution raised hair counts in men over a year.", 0.70, 0.10)
    assert counted(q, [near], None, 0.524, 0.2, dense_alone=0.64) == []


@pytest.fixture(scope="module")
def dev_index(dev_settings, embedder):
    from assistant.retrieve import Index
    from assistant.settings import Settings

    return Index(Settings(index=dev_settings), embedder=embedder)


def test_a_price_asked_for_must_be_stated_even_with_no_other_aspect(dev_index):
    from assistant.api import answer

    result = answer("how much would a laser helmet cost me?", index=dev_index)
    assert result.abstained, result.text[:300]
