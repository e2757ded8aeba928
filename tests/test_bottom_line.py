"""The certainty rule of the bottom line, one test per step of the rule in ``assistant/bottom_line.py``."""

from __future__ import annotations

from assistant.bottom_line import certainty, comparison_certainty
from assistant.evidence import Body, Member
from assistant.records import Hit
from index.records import Study


def member(design: str | None, n: int | None, found: str | None, indirect: str | None = None) -> Member:
    """A counted study with a design, a size and a finding."""
    study = Study(
        title=f"{design} of {n} ({found})", study_type=design, participants=n, direction=found, id=f"{design}{n}{found}"
    )
    return Member(Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=study.title or ""), indirect=indirect)


RCT = "randomised controlled trial"


def test_two_agreeing_large_trials_are_high() -> None:
    body = Body([member(RCT, 300, "benefit"), member(RCT, 200, "benefit")])
    assert certainty(body).level == "high"


def test_one_trial_is_moderate() -> None:
    body = Body([member(RCT, 300, "benefit"), member("cohort", 200, "benefit")])
    result = certainty(body)
    assert result.level == "moderate"
    assert "one randomised trial" in result.sentence()


def test_only_case_reports_are_very_low() -> None:
    body = Body([member("case report", 1, "benefit"), member("case series", 150, "benefit")])
    assert certainty(body).level == "very low"


def test_disagreement_lowers_one_level() -> None:
    agree = Body([member(RCT, 300, "benefit"), member(RCT, 200, "benefit"), member("cohort", 90, "benefit")])
    split = Body([member(RCT, 300, "benefit"), member(RCT, 200, "no benefit"), member("cohort", 90, "benefit")])
    assert certainty(agree).level == "high"
    result = certainty(split)
    assert result.level == "moderate"
    assert "disagree" in result.sentence()


def test_few_participants_lower_one_level() -> None:
    body = Body([member(RCT, 30, "benefit"), member(RCT, 40, "benefit")])
    result = certainty(body)
    assert result.level == "moderate"
    assert "70 participants" in result.sentence()


def test_as_much_indirect_as_direct_lowers_one_level() -> None:
    direct = [member(RCT, 300, "benefit"), member(RCT, 200, "benefit")]
    indirect = [member(RCT, 300, "benefit", "another drug"), member("cohort", 80, "benefit", "a combination")]
    assert certainty(Body(direct + indirect)).level == "moderate"
    assert certainty(Body(direct + indirect[:1])).level == "high"


def test_mostly_silent_studies_lower_one_level() -> None:
    body = Body(
        [member(RCT, 300, "benefit"), member(RCT, 200, "benefit"), member("cohort", 90, None)]
        + [member("cohort", 50 + i, None) for i in range(2)]
    )
    result = certainty(body)
    assert "do not state what they found" in result.sentence()


def test_a_trial_that_states_no_finding_does_not_raise_certainty() -> None:
    """Two trials that say nothing about what was found must not make surveys' findings 'high'."""
    silent_trials = Body(
        [
            member(RCT, 900, None),
            member(RCT, 450, None),
            member("survey", 1200, "benefit"),
            member("survey", 400, "benefit"),
        ]
    )
    assert certainty(silent_trials).level == "low"
    speaking_trials = Body(
        [
            member(RCT, 900, "benefit"),
            member(RCT, 450, "benefit"),
            member("survey", 1200, "benefit"),
            member("survey", 400, "benefit"),
        ]
    )
    assert certainty(speaking_trials).level == "high"


def test_when_no_study_states_a_finding_the_designs_still_count() -> None:
    body = Body([member(RCT, 900, None), member(RCT, 450, None)])
    result = certainty(body)
    assert result.level == "moderate"  # high from two trials, down one: none states a finding
    assert "do not state" in result.sentence()


def head(design: str | None, n: int | None, found: str | None) -> Member:
    """A counted study that compares the two sides of a comparison directly."""
    m = member(design, n, found)
    m.head_to_head = True
    return m


def test_a_comparison_is_as_certain_as_its_head_to_head_studies() -> None:
    """Strong evidence for one side alone does not make 'which is better' certain (step 6)."""
    body = Body([head(RCT, 100, "benefit"), member("meta-analysis", 5000, "benefit"), member(RCT, 400, "benefit")])
    assert certainty(body).level == "high"  # what the studies together say about each treatment
    result = comparison_certainty(body)
    assert result.level == "moderate"  # one head-to-head trial
    assert "1 head-to-head study" in result.sentence()


def test_a_comparison_without_head_to_head_studies_is_one_level_down() -> None:
    body = Body([member("meta-analysis", 5000, "benefit"), member(RCT, 400, "benefit")])
    result = comparison_certainty(body)
    assert result.level == "moderate"
    assert "no study compares them directly" in result.sentence()


def compared(design: str, n: int, text: str) -> Member:
    """A head-to-head study with no direction of its own, whose summary is ``text``."""
    study = Study(title=text, summary=text, study_type=design, participants=n, id=f"{design}{n}{text[:12]}")
    m = Member(Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=text))
    m.head_to_head = True
    return m


SIDES = ("dutasteride", "finasteride")


def test_a_head_to_head_winner_is_a_stated_finding() -> None:
    """Two trials that each name a winner state what they found, though neither carries a direction."""
    body = Body(
        [
            compared(RCT, 400, "Dutasteride regrew more hair than finasteride over 24 weeks."),
            compared(RCT, 300, "Dutasteride was more effective than finasteride at one year."),
        ]
    )
    assert comparison_certainty(body, SIDES).level == "high"
    assert comparison_certainty(body).level == "moderate"  # without the sides no verdict is read


def test_head_to_head_studies_that_disagree_lower_certainty() -> None:
    body = Body(
        [
            compared(RCT, 400, "Dutasteride regrew more hair than finasteride over 24 weeks."),
            compared(RCT, 300, "Finasteride was more effective than dutasteride at one year."),
        ]
    )
    result = comparison_certainty(body, SIDES)
    assert result.level == "moderate"
    assert "head-to-head studies disagree" in result.sentence()


def test_one_participant_is_singular() -> None:
    result = certainty(Body([member("case report", 1, "harm")]))
    assert "only 1 participant in all" in result.sentence()


def test_a_harm_study_whose_cause_is_the_hair_condition_is_said_that_way_round() -> None:
    from assistant.bottom_line import found_clause

    def harm(study_id: str, tldr: str) -> Member:
        study = Study(id=study_id, tldr=tldr, direction="harm")
        return Member(Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=tldr))

    reverse = harm("aa", "Alopecia areata raised the risk of depression and anxiety in a national cohort.")
    forward = harm("te", "Work stress triggered telogen effluvium in nurses.")
    text = found_clause([reverse, forward], {"aa": 1, "te": 2}, "stress", exposure=True)
    assert "found that alopecia areata brought on anxiety [1]" in text
    assert "found that stress caused or worsened hair loss or other harm [2]" in text
    assert "stress caused or worsened hair loss or other harm [1]" not in text


def test_each_named_treatment_counts_its_own_studies_under_its_own_name() -> None:
    from assistant.bottom_line import bottom
    from assistant.question import parse

    def of(side: str, found: str, study_id: str) -> Member:
        study = Study(id=study_id, title=f"{side} {found}", direction=found, study_type=RCT, participants=100)
        return Member(Hit(study=study, score=1.0, dense=0.5, lexical=0.5, text=study.title or ""), side=side)

    q = parse("would adding oral minoxidil to finasteride help my hair?")
    assert q.kind == "efficacy" and set(q.interventions) == {"oral minoxidil", "finasteride"}
    both = [of("oral minoxidil", "benefit", "a"), of("finasteride", "no benefit", "b")]
    text = bottom(q, Body(members=both), both, {"a": 1, "b": 2})
    assert "Oral minoxidil: 1 of 1 study found that oral minoxidil helped [1]" in text
    assert "Finasteride: 1 of 1 study found no benefit [2]" in text
    # studies of only one of them are said of that one, not of the first named
    one = [of(q.interventions[1], "benefit", "c")]
    text = bottom(q, Body(members=one), one, {"c": 1})
    assert f"found that {q.interventions[1]} helped [1]" in text
    assert f"found that {q.interventions[0]} helped" not in text
