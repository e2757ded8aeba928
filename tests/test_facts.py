"""Fact extraction, scored against a small hand-labelled set (tests/data/facts_labelled.jsonl)."""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from index.facts import followup_months, participants, safety, with_facts
from index.records import Study

LABELLED = [json.loads(line) for line in (DATA / "facts_labelled.jsonl").read_text().splitlines()]
EXTRACTORS = {
    "design": lambda t: with_facts(Study(summary=t)).study_type,
    "n": participants,
    "followup": followup_months,
    "safety": safety,
}


@pytest.mark.parametrize("field", list(EXTRACTORS))
def test_precision_on_labelled_set(field: str):
    """Precision = correct among the values we extracted; recall is reported alongside."""
    extracted = [(EXTRACTORS[field](row["text"]), row[field]) for row in LABELLED]
    stated = [(got, want) for got, want in extracted if got is not None]
    correct = sum(1 for got, want in stated if got == want)
    precision = correct / len(stated)
    recall = correct / max(1, sum(1 for row in LABELLED if row[field] is not None))
    print(f"{field}: precision {precision:.2f} ({correct}/{len(stated)}), recall {recall:.2f}")
    assert precision >= 0.9
    assert recall >= 0.7


def test_future_work_sentences_do_not_set_the_design():
    study = Study(
        summary="This retrospective study of 40 patients was promising. Larger randomized controlled trials are needed."
    )
    assert with_facts(study).study_type == "retrospective observational"


def test_a_design_given_by_the_source_is_kept():
    study = Study(summary="A cohort of mice.", study_type="randomised controlled trial")
    assert with_facts(study).study_type == "randomised controlled trial"


def test_percentages_and_years_are_not_participants():
    assert participants("70% of patients improved in 2013 and 25% of patients more") is None
