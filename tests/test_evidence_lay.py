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
from assistant.settings import Settings
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


@pytest.mark.parametrize(
    "text",
    [
        "hows sublingual min vs regular oral",  # the usual form of the treatment set against the new one
        "how many hours a week do I wear a laser cap",  # a device's dose in hours
        "fin vs dut which 1 is better for crown??",  # where on the scalp, as "hairline" is
        "If I stop finasteride will I lose everything I gained?",  # losing hair said as a verb
    ],
)
def test_a_side_s_usual_form_a_dose_in_hours_a_scalp_region_and_losing_are_never_the_aspect(text):
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
    assert counted(q, [near, far], None, 0.49, 0.2).members == []  # without the rule: refused
    members = counted(q, [near, far], None, 0.49, 0.2, dense_alone=0.64).members
    assert [m.study.tldr for m in members] == [near.study.tldr]


def test_a_question_naming_a_treatment_is_not_answered_by_closeness_alone():
    q = parse("does minoxidil work for eyebrows?")
    near = _hit("Minoxidil solution raised hair counts in men over a year.", 0.70, 0.10)
    assert counted(q, [near], None, 0.524, 0.2, dense_alone=0.64).members == []


@pytest.fixture(scope="module")
def dev_index(dev_settings, embedder):
    from assistant.retrieve import Index
    from assistant.settings import Settings

    return Index(Settings(index=dev_settings), embedder=embedder)


def test_a_price_asked_for_must_be_stated_even_with_no_other_aspect(dev_index):
    from assistant.api import answer

    result = answer("how much would a laser helmet cost me?", index=dev_index)
    assert result.abstained, result.text[:300]


# Set G's rules (issue 20, item 2), each in words of our own.


@pytest.mark.parametrize(
    "text, asked",
    [
        ("can coming off spironolactone make my hair fall out?", True),
        ("if I quit minoxidil will I lose what I gained?", True),
        ("will my hair thin again after I stop taking finasteride?", True),
        ("does minoxidil stop hair loss?", False),  # the loss stops, not the drug
        ("can caffeine shampoo stop the hair fall?", False),
        ("will the shedding from minoxidil stop on its own?", False),
    ],
)
def test_what_stopping_a_treatment_does_is_recognised(text, asked):
    from assistant.evidence import asked_stopping

    assert asked_stopping(parse(text)) is asked


def test_a_study_speaks_of_stopping_only_when_it_says_what_followed():
    from assistant.evidence import speaks_of_stopping

    dropouts = Study(
        tldr="Tablets were well tolerated.", summary="Only 2% of patients stopped treatment for side effects."
    )
    after = Study(tldr="Hair gains were lost within months after treatment was stopped.", summary="")
    harm = Study(tldr="His palpitations resolved after the drug was stopped.", summary="")
    hair = parse("if I stop minoxidil will the hair I gained fall out?")
    sides = parse("will my side effects go away if I stop minoxidil?")
    assert not speaks_of_stopping(dropouts, hair)
    assert speaks_of_stopping(after, hair)
    assert not speaks_of_stopping(harm, hair)  # what stopping did to a side effect is no answer about the hair
    assert speaks_of_stopping(Study(tldr="His symptoms resolved after the drug was stopped.", summary=""), sides)


def test_staying_on_it_answers_a_question_that_asks_it_beside_stopping():
    from assistant.evidence import speaks_of_stopping

    stayed = Study(tldr="Finasteride kept hair counts stable for ten years in most men who stayed on it.", summary="")
    both = parse("If I stop finasteride will I lose what I gained? How long does it keep working if I stay on it?")
    assert speaks_of_stopping(stayed, both)
    # stopping asked alone: what the hair does while it is taken says nothing of what stopping does (dev d118)
    assert not speaks_of_stopping(stayed, parse("what happens if I stop taking finasteride, will I lose it all?"))


def _members(*texts: str):
    from assistant.evidence import Member

    return [Member(_hit(t, 0.6, 0.6)) for t in texts]


def test_studies_of_one_sex_alone_do_not_speak_for_the_other():
    from assistant.evidence import other_sex

    of_men = _members("Saw palmetto raised hair counts in men over six months.")
    assert other_sex(parse("does saw palmetto work for my wife?"), of_men) == "men"
    assert other_sex(parse("my son is 8, would saw palmetto help him?"), _members("It helped women.")) == "women"
    assert other_sex(parse("my daughter is 15, does iron help her?"), _members("Iron helped women.")) is None
    assert other_sex(parse("does saw palmetto work for men?"), of_men) is None
    # a question that names both sexes is not narrowed to one ("most results online are men, do women...")
    assert other_sex(parse("most photos online are of men. does saw palmetto work for women?"), of_men) is None
    # a study that names no sex, or both, speaks for either
    assert other_sex(parse("does saw palmetto work for women?"), _members("It raised hair counts.")) is None


def test_a_body_part_the_asking_clause_points_back_at_is_the_aspect():
    from assistant.evidence import body_aspects

    aspects = aspect_terms(parse("my elbows are stiff at 70, could PRP injections help them?"), vocabulary())
    assert body_aspects(aspects) == {"elbow"}
    assert body_aspects(aspect_terms(parse("my elbows hurt. does PRP work for thinning hair?"), vocabulary())) == set()


def test_a_body_part_no_study_of_the_treatment_holds_is_refused(dev_index):
    from assistant.api import answer

    result = answer("my elbows are stiff at 70, could PRP injections help them?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_studies_of_men_alone_do_not_answer_for_women(dev_index):
    from assistant.api import answer

    assert answer("pumpkin seed oil for my wife's thinning?", index=dev_index).abstained
    assert not answer("pumpkin seed oil for men's thinning?", index=dev_index).abstained


def test_what_stopping_does_is_refused_when_no_study_of_it_says(dev_index):
    from assistant.api import answer

    result = answer(
        "my hair is shedding since I came off the pill, can stopping oral contraceptives do that?", index=dev_index
    )
    assert result.abstained, result.text[:300]


@pytest.mark.parametrize(
    "text",
    [
        "my sister says minoxidil makes it worse at first. is there any truth in that?",  # does what was said hold
        "my dermatologist says PRP first, or is she just trying to sell me stuff?",  # a motive suspected
        "will scalp cooling keep my hair through chemo?",  # keeping one's hair is whether it works
    ],
)
def test_asking_whether_it_holds_or_who_sells_is_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_which_way_a_measure_moves_is_not_the_aspect_and_a_planned_baby_is_a_condition():
    from assistant.evidence import condition_aspects

    aspects = aspect_terms(parse("we want a baby soon. does dutasteride lower sperm counts?"), vocabulary())
    assert "lower" not in aspects and "sperm" in aspects
    assert condition_aspects(frozenset({"babi", "sperm"})) == {"babi"}


def test_another_treatment_named_beside_the_asked_ones_is_never_the_aspect():
    q = parse("Been on minoxidil for a year. Does adding finasteride help? Or should I switch to dutasteride?")
    assert not {"dutasterid", "dutasteride"} & aspect_terms(q, vocabulary())
    # an exposure named beside a treatment stays what its studies must speak of
    assert "covid" in aspect_terms(parse("is minoxidil safe to use after covid?"), vocabulary())


def test_feeling_depressed_reads_as_the_family_the_studies_name():
    from assistant.question import rewrite

    assert "mood" in rewrite("can finasteride make you depressed?").split()


def test_a_study_speaks_of_the_abbreviation_of_what_it_spells_out() -> None:
    """'scalp DHT' is a topic a study of 'scalp dihydrotestosterone' speaks of (a fetched PubMed record)."""
    from assistant.evidence import _words_of

    assert "dht" in _words_of("The spray lowered scalp dihydrotestosterone as much as the stronger one.")
    assert "dht" not in _words_of("The spray lowered serum testosterone.")
    assert "lllt" in _words_of("Low-level laser therapy regrew hair in 40 women.")


def test_the_beard_and_migraines_are_no_part_of_the_scalp():
    from assistant.evidence import body_aspects

    assert body_aspects(aspect_terms(parse("PRP for patchy beard growth, does it work?"), vocabulary()))
    assert body_aspects(aspect_terms(parse("botox for migraines?"), vocabulary()))
    assert not body_aspects(aspect_terms(parse("botox for thinning hair?"), vocabulary()))


@pytest.mark.parametrize(
    "text",
    [
        "My wife starts chemo next month. Her nurse mentioned cold caps. Do they work?",  # who advised
        "my GP suggested minoxidil, does it work?",
        "Mid 30s guy, saving for a hair transplant. Is there any basis for that or is he upselling?",  # grounds
        "how often do hair transplants fail?",  # failing is not working
        "How much pumpkin seed oil per day was used in the trial?",  # a trial is a study
        "my minoxidil isn't working, should I use more?",  # a contraction negates, it names nothing
    ],
)
def test_who_advised_grounds_failing_trials_and_contractions_are_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_a_nursing_mother_stays_a_state_of_the_asker_though_a_nurse_is_no_topic():
    from assistant.evidence import condition_aspects

    assert condition_aspects(frozenset(aspect_terms(parse("can I use minoxidil while nursing?"), vocabulary())))


def _unnamed(q, hits: list[Hit]) -> list:
    """What ``counted`` keeps for a question that names no treatment, at the settings' thresholds."""
    s = Settings()
    return counted(
        q, hits, None, s.abstain_below_unnamed, s.relevance_margin, s.abstain_dense_alone, s.abstain_below_cause
    ).members


def test_a_study_of_the_life_event_a_story_names_answers_a_question_about_losing_hair():
    cause = Settings().abstain_below_cause
    q = parse("New mum here, baby is 3 months old and my hair is coming out by the handful. Is this permanent?")
    of_it = _hit("Pregnancy-related hair shedding resolved within a year for most new mothers.", 0.63, 0.07)
    other = _hit("About one in seven young men at a university already showed pattern hair loss.", 0.52, 0.16)
    assert cause <= of_it.support < 0.49  # the story dilutes its coverage below the unnamed threshold
    assert counted(q, [other, of_it], None, 0.49, 0.2, dense_alone=0.64).members == []  # without the rule
    members = counted(q, [other, of_it], None, 0.49, 0.2, dense_alone=0.64, cause_support=cause).members
    assert [m.study.tldr for m in members] == [of_it.study.tldr]


@pytest.mark.parametrize(
    "text",
    [
        "New mum here, baby is 3 months old and my hair has gone curly. Will it stay like this?",  # not losing hair
        "new mum here and my hair is coming out, will it stop?",  # hair loss, but no study of the cause is near
    ],
)
def test_a_life_event_alone_or_beside_another_hair_question_is_no_answer(text):
    q = parse(text)
    of_it = _hit("Pregnancy-related hair shedding resolved within a year for most new mothers.", 0.63, 0.07)
    far = _hit("Pregnancy-related hair shedding resolved within a year for most new mothers.", 0.45, 0.05)
    hits = [of_it] if "curly" in text else [far]
    assert _unnamed(q, hits) == []


@pytest.mark.parametrize("text", ["is microneedling worth the pain", "is a hair transplant worth the hassle?"])
def test_worth_the_pain_or_the_hassle_asks_whether_it_works(text):
    assert aspect_terms(parse(text), vocabulary()) == set()
    assert aspect_terms(parse("does microneedling cause pain?"), vocabulary()) == {"pain"}  # pain asked about


def test_a_parent_in_a_study_of_balding_speaks_of_heredity():
    q = parse("is it hereditary? my grandad was bald")
    of_it = _hit("Teenagers with pattern hair loss often had a parent with early balding.", 0.56, 0.21)
    assert 0.40 <= of_it.support < 0.49
    assert [m.study.tldr for m in _unnamed(q, [of_it])] == [of_it.study.tldr]


@pytest.mark.parametrize(
    "text",
    [
        "is rogaine worth the money or a rip off",
        "laser caps: gimmick or legit?",
        "is PRP overhyped?",
        "is rosemary oil just a fad or does it work",
    ],
)
def test_what_the_asker_fears_it_is_when_it_does_not_work_is_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_growing_older_said_as_a_cause_is_answered_by_a_study_of_age():
    q = parse("why is my hair getting finer as I age?")
    of_it = _hit("Age, menopause and how long hair loss lasted shaped hair density in women.", 0.54, 0.36)
    assert 0.40 <= of_it.support < 0.49
    assert [m.study.tldr for m in _unnamed(q, [of_it])] == [of_it.study.tldr]
    # an age said of the asker is who asks, not a cause: "at my age"
    assert counted(parse("is it normal to lose hair at my age?"), [of_it], None, 0.49, 0.2, 0.64, 0.40).members == []


def test_spending_on_it_is_paying_for_it_unless_the_amount_is_asked():
    from assistant.evidence import asked_price

    assert aspect_terms(parse("is spending money on PRP pointless?"), vocabulary()) == set()
    assert aspect_terms(parse("r exosome injections a money grab"), vocabulary()) == set()
    assert asked_price(parse("how much do people spend on PRP?")) == {"cost"}  # the amount is asked: a price


@pytest.mark.parametrize(
    "text",
    [
        "My mum starts chemo next week. The hospital offers a cold cap. Does it actually work?",  # who offers it
        "Had a gastric sleeve 10 weeks ago and now my hair is shedding really badly. Will this calm down?",  # settles
        "shedding like crazy 3 wks into min, normal or is it just not working",  # how much, said loudly
        "Is stem cell hair treatment the real deal or just clinics cashing in on desperate people?",  # the fear
        "Is a hair transplant realistic for women, and are people happy with the results afterwards?",  # pleased
    ],
)
def test_who_offers_it_whether_it_settles_and_whether_people_are_pleased_are_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_the_doubt_in_a_last_clause_is_no_aspect_though_where_it_was_bought_is():
    from assistant.evidence import ONLINE

    text = (
        "bought fin from a website. Is it legit or dangerous?? how would I know if its the right dose, pills look "
        "kinda different from the pics"
    )
    assert aspect_terms(parse(text), vocabulary()) == {ONLINE}


def test_a_topic_beside_satisfaction_or_photos_stays_the_aspect():
    assert "scar" in aspect_terms(parse("are people satisfied with their hair transplant scar?"), vocabulary())
    assert "photo" in aspect_terms(parse("can I use photos to track my minoxidil progress?"), vocabulary())


def test_kin_said_to_be_bald_is_heredity_told_through_the_family():
    q = parse("I'm 19 and both my dad and my grandad are completely bald. Am I basically doomed?")
    of_it = _hit("Teenagers with pattern hair loss often had a parent with early balding.", 0.55, 0.20)
    assert 0.40 <= of_it.support < 0.49
    members = _unnamed(q, [of_it])
    assert [m.study.tldr for m in members] == [of_it.study.tldr]
    # kin beside the asker's own hair tell no heredity
    worried = parse("my mum is worried about my thinning hair, what is going on?")
    assert _unnamed(worried, [of_it]) == []


def test_a_dose_written_before_another_treatments_name_is_not_a_dose_of_the_one_asked():
    from assistant.evidence import states

    rosemary = Study(tldr="Rosemary oil gave results like 2% minoxidil after six months.", summary="")
    assert not states("dose", rosemary, "how much rosemary oil should i put on?")
    assert states("dose", rosemary, "what strength of minoxidil?")
    weekly = Study(tldr="Weekly microneedling with twice-daily 5% minoxidil grew more hair.", summary="")
    assert states("dose", weekly, "how often should i microneedle?")


def test_how_long_results_last_is_refused_when_no_study_of_it_speaks_of_lasting():
    q = parse("how long do results from exosome injections last?")
    from assistant.evidence import Body
    from assistant.members import _narrowed

    refuses = [why for on, why in _narrowed(q, Body()) if on]
    assert refuses and "how long its results last" in (refuses[0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "my dad went bald at 30, am i screwed??",
        "My dad and both granddads are bald. Am I doomed?",
        "I'm 19 and both my dad and my grandad are completely bald. Am I basically doomed?",
    ],
)
def test_kin_gone_bald_asked_by_a_clause_that_says_nothing_is_answered_by_a_study_of_heredity(text):
    q = parse(text)
    of_it = _hit("Teenagers with pattern hair loss often had a parent with early balding.", 0.45, 0.20)
    assert 0.30 <= of_it.support < 0.40  # the story dilutes it under the cause threshold
    members = _unnamed(q, [of_it])
    assert [m.study.tldr for m in members] == [of_it.study.tldr]


def test_kin_gone_bald_beside_another_question_keeps_the_cause_threshold():
    q = parse("my dad went bald at 30, will I get prostate cancer too?")  # the asking clause says what
    of_it = _hit("Teenagers with pattern hair loss often had a parent with early balding.", 0.45, 0.20)
    assert _unnamed(q, [of_it]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Are the follicles on a bald head dead, or just asleep?",
        "Are the follicles on a bald head dead or just asleep? Could they ever come back?",
        "balding for ten years, are my follicles gone or only dormant?",
        "are dormant follicles on a bald scalp still there?",
    ],
)
def test_the_fate_of_bald_follicles_in_any_word_order_is_answered_by_a_study_of_bald_scalp(text):
    q = parse(text)
    of_it = _hit("Bald scalp still holds stem cells, but they fail to make the cells that build hair.", 0.50, 0.05)
    other = _hit("Hair follicles carry a clock that sets when they enter and leave the growth phase.", 0.50, 0.05)
    assert 0.30 <= of_it.support < 0.40
    members = _unnamed(q, [other, of_it])
    assert [m.study.tldr for m in members] == [of_it.study.tldr]


def test_the_fate_of_eyebrow_follicles_is_no_question_of_bald_scalp():
    q = parse("are my eyebrow follicles dead after years of plucking them bald?")
    of_it = _hit("Bald scalp still holds stem cells, but they fail to make the cells that build hair.", 0.50, 0.05)
    assert _unnamed(q, [of_it]) == []


@pytest.mark.parametrize(
    "text",
    [
        "35M, saved up for a transplant. Does it matter if my hair loss is still going?",
        "would a hair transplant make any difference if I'm still losing hair?",
    ],
)
def test_whether_it_matters_is_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_the_story_of_a_diagnosis_is_no_aspect_when_the_last_sentence_blames_the_condition():
    text = (
        "Diagnosed with PCOS last year (irregular periods, acne) and now my ponytail is half as thick as it used "
        "to be. Is the PCOS causing the thinning?"
    )
    assert aspect_terms(parse(text), vocabulary()) == set()
    # not blamed: the story's words stay what a study must speak of
    assert aspect_terms(parse("Diagnosed with PCOS and acne last year. Does PCOS shorten your lashes?"), vocabulary())


def test_a_state_of_the_asker_in_the_story_stays_an_aspect_when_the_condition_is_blamed():
    from assistant.evidence import condition_aspects

    q = parse("I have PCOS and I'm breastfeeding. Is the PCOS causing my thinning?")
    assert condition_aspects(frozenset(aspect_terms(q, vocabulary())))


def test_studies_of_grown_ups_alone_do_not_speak_for_a_child():
    from assistant.evidence import other_age

    kids = parse("My 7 year old has leukemia and starts chemo soon. Does scalp cooling work for kids?")
    of_women = _members("Scalp cooling helped half of women keep their hair through breast cancer chemotherapy.")
    assert other_age(kids, of_women) == "adults"
    assert other_age(kids, _members("Adults kept their hair.", "Cooling helped men on docetaxel.")) == "adults"
    # a study that names children, or names no one, may speak for a child (requiring child studies refuses many)
    assert other_age(kids, _members("Scalp cooling was tolerated by children and adults.")) is None
    assert other_age(kids, _members("Scalp cooling reduced hair loss.")) is None
    assert other_age(kids, [*of_women, *_members("Scalp cooling reduced hair loss.")]) is None
    # a question that is not about a child, or is about a teenager (nearly grown), is not narrowed by age
    assert other_age(parse("does scalp cooling work?"), of_women) is None
    assert other_age(parse("My daughter is 16, should she take iron?"), _members("Iron helped women.")) is None
    # a grown-up asked about, or the asker's own age, makes the child part of the story
    caps = _members("A home laser cap increased hair counts in women.")
    assert other_age(parse("38F, thinning since my second kid. Do laser caps work?"), caps) is None
    assert other_age(parse("thinning since my second kid. Do laser caps work for women?"), caps) is None


def test_a_young_child_of_a_stated_age_is_not_answered_from_studies_mostly_of_grown_ups():
    from assistant.evidence import other_age

    studies = _members(
        "Topical finasteride may help men with pattern hair loss.",
        "Guidelines for treating androgenetic alopecia in adults.",
        "Unlicensed finasteride sold online often contained the wrong dose.",
    )
    assert other_age(parse("My son is 10 and has pattern hair loss, can he take finasteride?"), studies) == "adults"
    assert other_age(parse("my 7 year old is thinning, is finasteride safe for him?"), studies) == "adults"
    # no age said: every study must say it is of grown-ups, as before
    assert other_age(parse("My son has pattern hair loss, can he take finasteride?"), studies) is None
    # half is no majority, and a study that names a child speaks for him
    assert other_age(parse("My son is 10, can he take finasteride?"), studies[1:]) is None
    child = _members("Finasteride was given to boys in a small case series.")
    assert other_age(parse("My son is 10, can he take finasteride?"), [*studies, *child]) is None


def test_an_answer_about_a_child_from_grown_ups_alone_is_refused():
    from assistant.evidence import Body

    q = parse("Does scalp cooling work for kids?")
    members = _members("Scalp cooling helped half of women keep their hair through breast cancer chemotherapy.")
    body = Body(members=members, mentioned=1, other_age="adults")
    chosen = counted(q, [m.hit for m in members], body, 0.3, 0.2)
    assert chosen.members == [] and "adults" in chosen.why
    # a study of it in a child that the search found, however far below the bar, lets the grown-ups' studies answer
    child = _hit("A child had scalp cooling during chemotherapy.", 0.3, 0.1)
    assert counted(q, [*(m.hit for m in members), child], body, 0.3, 0.2).members


@pytest.mark.parametrize(
    "text",
    [
        "is pumpkin seed oil legit for hair or another supplement scam",  # what kind of scam is the same fear
        "is rosemary oil just a tiktok fad?",
        "is pumpkin seed oil another overhyped supplement",  # what the treatment is called
        "Derm suggested adding oral minox to my fin. Is there any actual data on adding it or is he just guessing?",
    ],
)
def test_what_kind_of_scam_and_whether_the_adviser_guesses_are_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_a_supplement_taken_beside_it_stays_the_aspect():
    assert "supplement" in aspect_terms(parse("can I take pumpkin seed oil with another supplement?"), vocabulary())


# Sets S and T's rules (session 13, round 6), each in words of our own.


@pytest.mark.parametrize(
    "text",
    [
        "started spironolactone at 50mg, should the dose be higher?",  # which way a dose should move
        "my derm said dutasteride, is that a bad idea?",  # whether it is wise
    ],
)
def test_which_way_a_dose_should_move_and_whether_it_was_wise_are_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()


@pytest.mark.parametrize(
    "text, asked",
    [
        ("will finasteride quit working once my body gets used to it?", True),
        ("does ketoconazole keep helping or does it eventually stop?", True),
        ("can you build up a tolerance to minoxidil?", True),
        ("fin stopped working for me after 5 years, should I add minoxidil?", False),  # a story, not the ask
        ("does minoxidil stop hair loss?", False),
        ("shedding on minoxidil, will it keep going or will it stop?", False),  # the shed stops, not its working
        ("I got used to applying minoxidil twice a day, is it safe for years?", False),  # the asker got used to it
    ],
)
def test_asking_whether_a_treatment_wears_out_is_recognised(text, asked):
    from assistant.evidence import TOLERANCE_TEXT, asked_tolerance

    q = parse(text)
    assert asked_tolerance(q) is asked
    assert (TOLERANCE_TEXT <= aspect_terms(q, vocabulary())) is asked


def test_whether_it_wears_out_is_refused_when_no_study_of_it_followed_it_for_years(dev_index):
    from assistant.api import answer

    result = answer("will minoxidil quit working once my scalp gets used to it?", index=dev_index)
    assert result.abstained, result.text[:300]
    kept = answer("does finasteride keep working or does it stop after some years?", index=dev_index)
    assert not kept.abstained  # a ten-year study of finasteride says it kept hair counts stable


def test_an_unnamed_dose_question_is_answered_only_by_a_study_that_states_a_dose():
    q = parse("how many times a week should I shampoo if my hair is thinning?")
    assert q.kind == "dose" and not q.interventions
    word = _hit("Hair pull counts differed with shampooing, so tests should record the last wash.", 0.5, 0.5)
    dosed = _hit("Shampooing twice a week kept scalp flaking down over a month.", 0.5, 0.5)
    assert counted(q, [word], None, 0.49, 0.2).members == []
    assert [m.study.tldr for m in counted(q, [dosed, word], None, 0.49, 0.2).members] == [dosed.study.tldr]


def test_where_a_drug_was_bought_is_the_aspect_when_the_ask_points_back_at_it():
    from assistant.evidence import ONLINE

    q = parse("Ordered dutasteride off some overseas website since it was cheaper. Is that safe?")
    assert ONLINE in aspect_terms(q, vocabulary())
    # bought it online, but the ask is of something else: no aspect from the story
    assert ONLINE not in aspect_terms(parse("bought minoxidil online. does minoxidil regrow hair?"), vocabulary())


def test_a_drug_bought_online_is_answered_by_the_study_of_online_pills(dev_index):
    from assistant.api import answer

    result = answer("Got finasteride off a cheap website abroad, 28M. Is that a bad idea?", index=dev_index)
    assert not result.abstained, result.text[:300]
    assert any("online" in c.text for c in result.citations)


@pytest.mark.parametrize(
    "text",
    [
        "Saw someone on reddit taking 10mg oral minoxidil a day for faster results. Is that dangerous or fine?",
        "Does the cold cap really save your hair or is it mostly luck?",
        "Is scalp micropigmentation worth it for a NW6 guy or does it look fake up close?",
        "does a hair transplant look obvious in person?",
        "Can I just take saw palmetto instead of finasteride? Is it anywhere near as good?",
    ],
)
def test_how_a_result_is_judged_is_no_aspect(text):
    # all right or not, luck or not, fake-looking up close or not: the safety or efficacy ask put as a judgement
    assert aspect_terms(parse(text), vocabulary()) == set()


def test_fine_hair_and_a_chance_of_a_named_harm_stay_topics():
    assert "fine" in aspect_terms(parse("does minoxidil work on fine hair?"), vocabulary())
    assert "sexual" in aspect_terms(parse("what is the chance of sexual side effects on finasteride?"), vocabulary())


def test_how_long_a_named_treatments_results_last_needs_a_study_that_followed_them_up():
    from assistant.evidence import Body, asked_lasting
    from assistant.members import _narrowed

    q = parse("How long do PRP results last before you need a top-up session?")
    assert asked_lasting(q)  # the treatment between "how long do" and "results"
    assert {"sustain", "relaps"} <= aspect_terms(q, vocabulary())
    refuses = [why for on, why in _narrowed(q, Body()) if on]
    assert refuses and "how long its results last" in (refuses[0] or "")
    assert not asked_lasting(parse("how long does a bottle of min last if i use 1ml twice a day"))


def test_what_the_story_says_it_was_given_for_is_the_aspect_of_an_ask_that_points_back():
    q = parse("my derm mentioned tofacitinib for my vitiligo, does it work for that?")
    assert "vitiligo" in aspect_terms(q, vocabulary())
    # a hair-loss word the story gives is no aspect
    q = parse("my doctor gave me finasteride for my thinning crown, does it work for that?")
    assert aspect_terms(q, vocabulary()) == set()


def test_a_dose_told_in_the_story_only_is_not_what_a_study_must_state():
    from assistant.evidence import dose_in_story_only

    told = parse(
        "I've started and quit minoxidil 3 times now because applying it twice a day is a pain. "
        "Do most people stick with minoxidil or give up?"
    )
    assert told.kind == "dose" and dose_in_story_only(told)
    # the asking clause asks the dose itself: only a study that states one answers
    assert not dose_in_story_only(parse("I use minoxidil twice a day. How much should I put on each time?"))
    assert not dose_in_story_only(parse("what dose of finasteride should I take?"))
