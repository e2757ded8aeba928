"""Answer or refuse on questions put the way people put them, over the page dev set (real model, real Chroma).

Each rule of the lay abstain decision, in words of our own (not the benchmark's questions):
the asker's story is not the question; an aspect the index holds only apart from the treatment
refuses; a treatment named in passing is no evidence on it; an unnamed thing no study mentions
refuses; a preamble does not dilute the keyword coverage.
"""

from __future__ import annotations

import pytest

from assistant.api import answer
from assistant.retrieve import Index
from assistant.settings import Settings


@pytest.fixture(scope="module")
def dev_index(dev_settings, embedder) -> Index:
    return Index(Settings(index=dev_settings), embedder=embedder)


@pytest.mark.parametrize(
    "question",
    [
        # the story holds words no study of finasteride has ("crown", "brother"): the question does not
        "I'm 40, my crown has thinned since my twenties and my brother went bald early. "
        "does finasteride keep working for years?",
        # a toddler story around a safety question about a named drug
        "my little girl got the cap off my rogaine and licked her fingers, how dangerous is that?",
    ],
)
def test_a_story_before_the_question_does_not_refuse_it(dev_index, question):
    assert not answer(question, index=dev_index).abstained


@pytest.mark.parametrize(
    "question",
    [
        "would a red light helmet help my alopecia areata?",
        "can platelet-rich plasma fix the bald patches of alopecia areata?",
    ],
)
def test_an_aspect_the_index_holds_only_apart_from_the_treatment_refuses(dev_index, question):
    result = answer(question, index=dev_index)
    assert result.abstained, result.text[:300]
    assert "none of those about" in result.text


def test_a_treatment_named_only_in_another_treatments_summary_is_no_evidence(dev_index):
    # the only study naming steroid injections is an overview whose title and TLDR are about JAK inhibitors
    result = answer("do cortisone shots regrow hair in alopecia areata?", index=dev_index)
    assert result.abstained, result.text[:300]


@pytest.mark.parametrize(
    "question", ["Do hair straighteners cause hair loss?", "does apple cider vinegar regrow hair?"]
)
def test_an_unnamed_subject_no_study_mentions_refuses(dev_index, question):
    result = answer(question, index=dev_index)
    assert result.abstained, result.text[:300]
    assert "No indexed study is about" in result.text


@pytest.mark.parametrize(
    "question",
    [
        "hey everyone, long time lurker, first post. why do men go bald?",
        "Quick question, why do men go bald? thanks in advance",
    ],
)
def test_a_preamble_or_sign_off_does_not_dilute_the_question(dev_index, question):
    assert not answer(question, index=dev_index).abstained


def test_a_review_of_the_treatments_own_class_is_not_named_in_passing():
    from assistant.evidence import classify
    from assistant.vocabulary import vocabulary
    from index.records import Study

    vocab = vocabulary()
    review = Study(
        title="JAK inhibitors for alopecia areata",
        tldr="JAK inhibitors regrew hair in many patients with severe alopecia areata.",
        summary="Trials of baricitinib and ritlecitinib are summarised, after older options such as minoxidil.",
    )
    assert classify(review, "baricitinib", vocab)[0] == "direct"  # its own class: it speaks for baricitinib
    assert classify(review, "minoxidil", vocab)[0] == "passing"  # named only in another treatment's summary
    assert classify(review, "finasteride", vocab)[0] is None


def test_an_exposure_is_only_the_setting_of_a_study_that_names_a_treatment_first():
    from assistant.evidence import classify
    from assistant.vocabulary import vocabulary
    from index.records import Study

    vocab = vocabulary()
    lab = Study(tldr="Rosemary oil blocked the effect of testosterone on cultured follicles.")
    assert classify(lab, "testosterone", vocab)[0] == "passing"  # a study of rosemary oil
    own = Study(tldr="Testosterone therapy in older men was followed by more scalp hair loss.")
    assert classify(own, "testosterone", vocab)[0] == "direct"
    stress = Study(tldr="Stress hormones kept follicle stem cells resting in mice.")
    assert classify(stress, "stress", vocab)[0] == "direct"  # named first: the study is about stress


def test_words_that_measure_compare_or_ask_are_never_the_aspect():
    from assistant.evidence import aspect_terms
    from assistant.question import parse
    from assistant.vocabulary import vocabulary

    vocab = vocabulary()
    plain = parse("whats different about the gains on finasteride, how common are they on top of my levels?")
    assert aspect_terms(plain, vocab) == set()
    topic = parse("does finasteride change sperm counts?")
    assert aspect_terms(topic, vocab) == {"sperm", "chang"}  # the topic stays; 'counts' only measures it


@pytest.mark.parametrize(
    "question",
    [
        "is dutasteride too risky for someone in their twenties?",  # 'risky' asks the kind, it is no topic
        "what sort of side effects can I expect from baricitinib?",  # nor what the asker expects
    ],
)
def test_words_that_ask_whether_it_is_safe_are_never_the_aspect(dev_index, question):
    assert not answer(question, index=dev_index).abstained


def test_a_state_of_the_asker_no_study_of_the_treatment_names_refuses(dev_index):
    result = answer("can I take low dose oral minoxidil while nursing?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_something_done_while_on_a_treatment_is_not_answered_from_its_studies(dev_index):
    result = answer("is it safe to bleach my hair while on minoxidil?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_an_unknown_drug_the_asker_was_put_on_refuses(dev_index):
    result = answer("my doctor put me on mounjaro, is that why my hair is falling out?", index=dev_index)
    assert result.abstained, result.text[:300]
    assert "mounjaro" in result.text.lower()


def test_a_study_kept_apart_only_for_the_other_side_is_head_to_head(dev_index):
    # the ketoconazole study is an add-on trial set against 2% minoxidil: exactly what the comparison asks
    result = answer("is nizoral as good as minoxidil for thinning?", index=dev_index)
    assert any("ketoconazole" in c.text.lower() and "minoxidil" in c.text.lower() for c in result.citations)


def test_what_is_done_alongside_a_treatment_must_be_named_whole_by_a_study(dev_index):
    # a finasteride study names "blood levels"; none speaks of giving blood
    result = answer("would donating blood be a problem while taking finasteride?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_a_pet_in_the_story_is_who_the_answer_is_for(dev_index):
    result = answer("my puppy licked some finasteride off the floor, is he going to be ok?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_a_study_of_two_treatments_together_answers_a_question_naming_both(dev_index):
    # "while on" another treatment is not something done alongside it: their combination study answers
    result = answer("is nizoral shampoo ok to use while I'm on minoxidil?", index=dev_index)
    assert not result.abstained, result.text[:300]
    assert any("ketoconazole" in c.text.lower() for c in result.citations)


def test_a_condition_on_the_treatment_itself_is_not_something_done_alongside_it():
    from assistant.evidence import co_use
    from assistant.question import parse

    assert co_use(parse("is it safe to bleach my hair while on minoxidil?"))
    assert co_use(parse("does minoxidil work if I'm using it every other day?")) is None
    assert co_use(parse("is it safe to use minoxidil while on finasteride?")) is None  # a combination


def test_manner_prognosis_and_money_words_are_never_the_aspect():
    from assistant.evidence import aspect_terms
    from assistant.question import parse
    from assistant.vocabulary import vocabulary

    vocab = vocabulary()
    for text in (
        "do laser caps actually work or are they a waste of 300 dollars?",
        "does minoxidil work properly, or is the hair loss permanent?",
        "will meds like baricitinib help at all?",
    ):
        assert aspect_terms(parse(text), vocab) == set(), text
    assert aspect_terms(parse("does minoxidil help a beard grow?"), vocab) == {"beard"}  # a topic stays


def test_a_sign_off_is_not_part_of_the_question():
    from assistant.question import asking_part

    text = "does tofacitinib work for patchy loss? would love to hear from anyone who tried it"
    assert asking_part(text) == "does tofacitinib work for patchy loss?"
    # a second question without its mark still asks
    two = "why do the patches stay bald? are the follicles just gone"
    assert asking_part(two) == two


@pytest.mark.parametrize(
    "question",
    [
        "ok so im 31 and my crown shows under the shower light. do red light helmets work or a waste of 600 bucks?",
        "how good is olumiant for patchy alopecia? my derm mentioned it. would love to hear from anyone whos tried it",
    ],
)
def test_a_forum_post_about_an_indexed_treatment_is_answered(dev_index, question):
    result = answer(question, index=dev_index)
    assert not result.abstained, result.text[:300]


def test_a_state_the_asking_clause_names_must_be_in_the_study(dev_index):
    # the story's pregnancy and shedding are in minoxidil studies; breastfeeding, which is asked, is in none
    question = "new mom, 2 months postpartum and shedding. can i use rogaine while breastfeeding?"
    result = answer(question, index=dev_index)
    assert result.abstained, result.text[:300]


def test_the_askers_state_in_the_story_does_not_narrow_an_efficacy_question(dev_index):
    result = answer("56F, menopause took half my hair. does marine protein make hair thicker?", index=dev_index)
    assert not result.abstained, result.text[:300]


def test_a_product_named_by_a_word_no_study_holds_refuses_and_says_what(dev_index):
    result = answer("does garlic oil grow hair back?", index=dev_index)
    assert result.abstained, result.text[:300]
    assert "No indexed study is about garlic oil" in result.text


@pytest.mark.parametrize(
    "question",
    [
        # the lay outcome words ("feel low") and the doubt ("or am I imagining it") are not aspects
        "a few months into finasteride I feel low all the time, could it be the pill or am I imagining it?",
        # asking for evidence ("been shown to") is how it is asked, not what
        "has minoxidil actually been shown to regrow hair?",
    ],
)
def test_a_named_treatment_asked_in_lay_words_is_answered(dev_index, question):
    assert not answer(question, index=dev_index).abstained, question


def test_a_price_no_study_states_refuses(dev_index):
    result = answer("how much would a single PRP session cost me?", index=dev_index)
    assert result.abstained, result.text[:300]


def test_a_study_of_many_treatments_together_is_not_listed_as_one_combination():
    from assistant.evidence import classify
    from assistant.vocabulary import vocabulary
    from index.records import Study

    review = Study(
        title="Add-on ketoconazole for pattern hair loss",
        tldr="Ketoconazole combined with minoxidil, finasteride, dutasteride and microneedling regrew hair.",
        summary="Men used the shampoo twice a week alongside their usual treatment for a year.",
    )
    how, why = classify(review, "ketoconazole", vocabulary())
    assert how == "combination"
    assert why.startswith("ketoconazole together with ") and " other treatments (" in why
    assert " and ".join(["minoxidil", "finasteride"]) not in why


def test_a_body_part_asked_about_must_be_in_every_counted_study(dev_index):
    result = answer("Alopecia barbae (AA of the beard) in men: response to JAK inhibitors?", index=dev_index)
    assert result.abstained  # the JAK inhibitor studies are of the scalp; none speaks of the beard
    assert not answer("do JAK inhibitors work for alopecia areata?", index=dev_index).abstained


def test_the_efficacy_ask_in_money_words_does_not_refuse_an_unnamed_question(dev_index):
    # "wasting money" and "spent a fortune" are how a post asks whether it works, words no study holds:
    # read as such, the supplement studies' keyword coverage keeps them above the threshold
    question = (
        "41F with thinning for years, I've spent a fortune on gummies. "
        "Do hair supplements work for women or am I wasting my money?"
    )
    assert not answer(question, index=dev_index).abstained
