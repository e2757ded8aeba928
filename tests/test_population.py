"""The line that says who the counted studies were about (assistant.population)."""

from __future__ import annotations

from assistant.evidence import Member
from assistant.population import who_studied
from assistant.question import parse
from assistant.records import Hit
from index.records import Study


def member(key: str, summary: str) -> Member:
    study = Study(title=f"study {key}", summary=summary, id=key)
    return Member(Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=summary))


WOMEN = member("w", "Forty women with thinning hair used the foam for six months.")
MEN = member("m", "Sixty men with pattern baldness took the tablet daily.")
NOBODY = member("n", "Eighty patients with hair loss were treated for a year.")
NUMBERS = {"w": 1, "m": 2, "n": 3}


def test_the_line_counts_studies_that_mention_the_group_another_group_or_none():
    q = parse("does minoxidil work for women?")
    line = who_studied(q, [WOMEN, MEN, NOBODY], NUMBERS)
    assert line == (
        "**Women:** 1 of 3 counted studies mentions women [1]; 1 names only men [2]; 1 names no group of people [3]."
    )


def test_no_line_when_every_counted_study_mentions_the_group_or_none_was_asked():
    assert who_studied(parse("does minoxidil work for women?"), [WOMEN], NUMBERS) is None
    assert who_studied(parse("does minoxidil work?"), [WOMEN, MEN, NOBODY], NUMBERS) is None


def test_a_group_read_from_the_asker_counts_too():
    q = parse("my 15 year old son is losing hair, does minoxidil work?")
    assert q.population == "children"
    line = who_studied(q, [MEN, NOBODY], NUMBERS)
    assert line is not None and line.startswith("**Children:** none of the 2 counted studies mentions children")
