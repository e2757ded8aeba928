"""Deterministic follow-up rewriting."""

from assistant.history import standalone


def test_first_question_and_self_contained_questions_pass_unchanged():
    assert standalone("is PRP safe?", []) == "is PRP safe?"
    assert standalone("does finasteride cause sexual side effects in young men?", ["is PRP safe?"]) == (
        "does finasteride cause sexual side effects in young men?"
    )


def test_referring_follow_up_carries_the_topic():
    out = standalone("how many patients were treated?", ["is stem-cell mesotherapy safe?"])
    assert out == "how many patients were treated? (stem-cell mesotherapy)"


def test_what_about_swaps_the_subject():
    assert standalone("what about PRP?", ["is stem-cell mesotherapy safe?"]) == "is PRP safe?"
    carried = "how many patients were treated? (stem-cell mesotherapy)"
    assert standalone("what about PRP?", [carried]) == "how many patients were treated? (PRP)"
