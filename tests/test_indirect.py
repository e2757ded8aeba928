"""Indirect evidence: another population or condition than the question's is flagged."""

from assistant.api import answer
from assistant.indirect import mismatch, reversed_exposure
from index.records import Study

MEN_AGA = Study(
    id="x",
    title="Ketoconazole shampoo in androgenetic alopecia",
    summary="In this case-control study of 60 men, ketoconazole improved hair density.",
)


def test_other_population_and_condition_are_named():
    assert mismatch("does ketoconazole work for women?", MEN_AGA) == "studied men, not women"
    assert mismatch("ketoconazole for alopecia areata", MEN_AGA) == "studied androgenetic alopecia, not alopecia areata"


def test_no_flag_when_the_question_names_no_group_or_the_study_matches():
    assert mismatch("is ketoconazole safe?", MEN_AGA) is None
    assert mismatch("ketoconazole for men with AGA", MEN_AGA) is None
    both = Study(id="y", title="Minoxidil", summary="A trial in 40 men and 40 women with pattern hair loss.")
    assert mismatch("minoxidil for women", both) is None


def test_abbreviations_count_only_in_capitals():
    # "aa" or "te" inside ordinary words must not turn a study into one about alopecia areata.
    study = Study(id="z", title="Hair density", summary="The mean change was large; te values are noise.")
    assert mismatch("alopecia areata treatments", study) is None


def test_answer_refuses_for_women_when_every_study_of_it_is_of_men_and_says_so(fixture_index):
    """Studies of men alone do not speak for women (lay set G): refused, naming who was studied.

    A study of men cited beside studies that name women, or no sex, is still flagged as indirect
    (``mismatch`` above).
    """
    result = answer("does ketoconazole shampoo work for women?", index=fixture_index)
    assert result.abstained
    assert "of men only, not women" in result.text


def test_an_untitled_head_to_head_trial_is_about_its_first_named_drug():
    """A page's lead study often has only a summary; its opening sentence says what it compared."""
    from assistant.evidence import classify
    from assistant.vocabulary import vocabulary

    trial = Study(
        summary="This randomised trial compared dutasteride 0.5 mg with finasteride 1 mg in 400 men. "
        "Finasteride users kept their hair counts.",
        id="untitled",
    )
    kind, why = classify(trial, "finasteride", vocabulary())
    assert kind == "comparator" and "dutasteride" in (why or "")
    assert classify(trial, "dutasteride", vocabulary())[0] == "direct"


def test_a_long_untitled_label_is_cut_at_a_word_and_marked():
    study = Study(summary="word " * 40, id="x")
    label = study.label()
    assert label.endswith("...") and len(label) <= 90 and not label[:-3].endswith(" ")
    assert label[:-3].split()[-1] == "word"


def test_a_hair_condition_that_brings_on_the_exposure_asked_is_the_reverse():
    reverse = Study(tldr="Alopecia areata raised the risk of depression and anxiety in a national cohort.")
    assert reversed_exposure(reverse, "stress") == (
        "is about alopecia areata bringing on stress, the reverse of what is asked"
    )
    # the exposure bringing on the hair loss is direct; so is an association, which runs both ways
    assert reversed_exposure(Study(tldr="Severe psychological stress triggered telogen effluvium."), "stress") is None
    assert reversed_exposure(Study(tldr="Alopecia areata is linked to anxiety."), "stress") is None
    # a question naming that condition asks the study's own way round
    assert reversed_exposure(reverse, "stress", "is alopecia areata linked to anxiety?") is None
    assert reversed_exposure(reverse, "stress", "can stress make your hair fall out?") is not None
    # only an exposure is asked as a cause: a treatment's study is never read this way
    assert reversed_exposure(Study(tldr="Hair loss led to minoxidil use in most women."), "minoxidil") is None
