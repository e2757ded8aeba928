"""Which sentences an answer quotes (assistant.compose): the real model scores them, the rules steer."""

from __future__ import annotations

from assistant.compose import conclusion_of, score_sentences
from assistant.records import Hit
from index.records import Study

METHOD = (
    "In this randomized trial, 100 men with androgenetic alopecia applied rosemary oil or 2% minoxidil for six months."
)
FOUND = "Rosemary oil regrew hair as well as minoxidil did."


def _hit(direction: str | None) -> Hit:
    study = Study(id="s1", tldr=FOUND, summary=METHOD, direction=direction)
    return Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=METHOD)


def test_the_sentence_a_study_states_its_finding_in_is_its_tldr_or_its_concluding_one():
    assert conclusion_of(Study(id="a", tldr=FOUND, summary=METHOD, direction="benefit")) == {FOUND}
    summary = f"{METHOD} These results suggest that rosemary oil helps."
    assert "These results suggest that rosemary oil helps." in conclusion_of(
        Study(id="b", summary=summary, direction="benefit")
    )
    assert conclusion_of(Study(id="c", tldr=FOUND, summary=METHOD)) == frozenset()  # no direction read: none


def test_a_question_whether_it_works_quotes_the_finding_before_a_nearer_method_sentence(embedder):
    question = "is rosemary oil as good as minoxidil for hair loss?"
    plain = score_sentences(question, [_hit(None)], "efficacy", embedder)
    assert plain[0].sentence == METHOD  # nearest in wording: it repeats the question's words
    steered = score_sentences(question, [_hit("benefit")], "efficacy", embedder)
    assert steered[0].sentence == FOUND  # what the study found comes first
