"""The lay vocabulary's reading of names: aliases added after the entries, street names that are also words."""

from __future__ import annotations

import tomllib

import pytest

from assistant.question import parse
from assistant.vocabulary import VOCABULARY, find_interventions, rewrite

ENTRIES = tomllib.loads(VOCABULARY.read_text())


@pytest.mark.parametrize("alias,name", sorted(ENTRIES.get("aliases", {}).items()))
def test_every_added_alias_names_its_intervention(alias, name):
    assert name in [n for _, n, _ in find_interventions(f"does {alias} work for hair loss?")]


def test_min_is_minoxidil_as_a_street_name():
    assert parse("does min work for a receding hairline?").interventions == ("minoxidil",)
    assert parse("24M, been on fin and min for a year").interventions == ("finasteride", "minoxidil")
    assert "minoxidil" in rewrite("does min work for a receding hairline?")


def test_min_after_a_count_or_before_a_measure_is_the_ordinary_word():
    assert parse("I massage my scalp 10 min a day, does it help?").interventions == ()
    assert "min" in rewrite("I massage my scalp 10 min a day").split()
    assert parse("what's the min dose of fin?").interventions == ("finasteride",)
    assert parse("give it a min").interventions == ()


def test_a_route_said_in_an_alias_stays_in_the_rewrite():
    assert "oral minoxidil" in rewrite("is oral min better than topical?")
    assert "topical minoxidil" in rewrite("topical min or the pills?")


def test_min_as_a_unit_in_a_study_text_names_nothing():
    found = find_interventions("heart rate rose by 8 beats per min on oral minoxidil")
    assert [(name, route) for _, name, route in found] == [("minoxidil", "oral")]
    assert find_interventions("pulse 72 beats/min") == []
