"""Prompt files exist and use exactly their declared variables."""

import pytest

from assistant.prompts import CANNOT_ANSWER, VARIABLES, load_prompt


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_prompt_variables_match(name):
    text = load_prompt(name)
    rendered = text.format(**{v: f"<{v}>" for v in VARIABLES[name]})
    for v in VARIABLES[name]:
        assert f"<{v}>" in rendered


def test_answer_prompt_carries_the_shared_cannot_answer_sentence():
    assert CANNOT_ANSWER in load_prompt("answer").format(question="q", sources="s", cannot_answer=CANNOT_ANSWER)
