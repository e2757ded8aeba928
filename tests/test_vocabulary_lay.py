"""Lay vocabulary entries added for the mix of messages real users send (issue 20, item 2).

Text-message English and a fear said of oneself are filler: how a message is typed, never what a study must
speak of. Where a drug was bought is said as the studies say it ("online"). A product named only by its
strength and form ("the 5% foam") is minoxidil, and the weeks after a birth are pregnancy.
"""

from __future__ import annotations

import pytest

from assistant.evidence import aspect_terms
from assistant.question import parse, rewrite
from assistant.vocabulary import find_interventions, vocabulary


@pytest.mark.parametrize(
    "text",
    [
        "is biotin a waste of money tbh",
        "exosomes worth the $$$ or nah",
        "u know if caffeine shampoo rly work",
        "how often r u meant to use a laser cap",
        "19 and my temples are going. realistically, is minoxidil any use or am I doomed?",
    ],
)
def test_text_speak_and_fear_words_are_filler_never_the_aspect(text):
    assert aspect_terms(parse(text), vocabulary()) == set()
    assert not {"tbh", "nah", "rly", "doomed", "realistically"} & set(rewrite(text).lower().split())


def test_a_website_is_where_the_studies_say_online():
    assert "online" in rewrite("Is it safe to buy finasteride from a cheap website?").split()
    assert "onlin" in aspect_terms(parse("Is it safe to buy finasteride from a cheap website?"), vocabulary())


@pytest.mark.parametrize(
    "text, name",
    [
        ("Started the 5% foam five weeks ago and I'm shedding more, is that normal?", "minoxidil"),
        ("is the 2% solution enough for women?", "minoxidil"),
        ("shedding like crazy since the baby, will it stop?", "pregnancy"),
        ("postnatal hair loss, when does it end?", "pregnancy"),
    ],
)
def test_a_product_by_its_strength_and_a_birth_by_its_aftermath_are_named(text, name):
    assert name in [n for _, n, _ in find_interventions(text)]


def test_text_message_spellings_of_asking_words_are_filler():
    assert not {"wat", "ppl", "shud"} & set(rewrite("wat dose of fin do ppl take, how much shud i use").lower().split())
    assert "minoxidil" in [n for _, n, _ in find_interventions("is the 5% liquid ok for women")]


def test_dead_follicles_are_read_as_the_bald_scalp_studies_put_it():
    assert {"bald", "scalp", "stem"} <= set(rewrite("Do bald spots mean the follicles are dead for good?").split())


@pytest.mark.parametrize(
    "text, name",
    [
        ("do hair plugs look natural these days?", "hair transplantation"),
        ("is strip surgery worth it?", "hair transplantation"),
        ("does a derma stamp work for hair?", "microneedling"),
    ],
)
def test_a_procedure_by_its_everyday_name_is_named(text, name):
    assert [n for _, n, _ in find_interventions(text)] == [name]


def test_till_and_weeks_in_text_speak_are_filler():
    assert aspect_terms(parse("how many wks till u see results from lllt"), vocabulary()) == set()


@pytest.mark.parametrize("text", ["do bc pills help with female hair loss?", "can the bc pill cause shedding?"])
def test_bc_pills_are_birth_control_pills(text):
    assert [n for _, n, _ in find_interventions(text)] == ["oral contraceptives"]


@pytest.mark.parametrize(
    "text",
    ["Are the follicles on a bald head dead forever?", "Are the follicles in a bald spot dead for good or not?"],
)
def test_follicles_dead_with_the_place_between_are_read_as_the_bald_scalp_studies_put_it(text):
    assert {"bald", "scalp", "stem"} <= set(rewrite(text).split())


def test_kin_and_how_completely_they_went_bald_are_filler():
    words = set(rewrite("both my dad and my grandad are completely bald").lower().split())
    assert not {"grandad", "completely"} & words


def test_together_is_the_combination_asked_about_never_an_unheard_side():
    from assistant.question import understand

    # every word unknown to the index: only the vocabulary says "together" names nothing
    assert understand("fin + min together better than fin alone?", [], known=lambda w: False).unheard == ()


@pytest.mark.parametrize("text", ["will treating my seb derm stop the shedding?", "is my sebderm why I shed so much?"])
def test_seb_derm_is_seborrheic_dermatitis(text):
    assert "seborrheic dermatitis" in rewrite(text)


def test_a_child_drinking_a_product_is_what_the_case_reports_call_swallowing_it():
    assert "swallowed" in rewrite("Can a kid get poisoned if they drink minoxidil?")
    # the aspect a study must hold is the swallowing the case report speaks of, not "drink"
    assert aspect_terms(parse("Can a kid get poisoned if they drink minoxidil?"), vocabulary()) == {"swallow"}


@pytest.mark.parametrize(
    "text",
    [
        "started minoxidil 5 weeks ago and now I'm losing more hair than before, is this normal?",
        "will I lose more hair at first on minoxidil?",
    ],
)
def test_losing_more_hair_after_starting_is_the_shedding_the_studies_speak_of(text):
    assert "shedding" in rewrite(text)


def test_stick_w_is_sticking_with_it_as_the_adherence_studies_say():
    # text-message "w" is "with": the aspect is the adherence a study that "stuck with" it speaks of
    assert {"stuck", "adherence"} <= set(rewrite("do ppl actually stick w rogaine long term").split())
    assert "stuck" in aspect_terms(parse("do ppl actually stick w rogaine long term"), vocabulary())


def test_a_fear_of_the_kins_fate_put_as_a_certainty_is_filler():
    # a word no study holds would dilute the kin study's coverage under the cause threshold (members.of_the_cause)
    q = parse("I'm 25 and my dad went completely bald by 35. Is it basically guaranteed that I'll go the same way?")
    assert "guaranteed" not in q.search_text.lower().split()
    assert "destined" not in rewrite("am I destined to go bald like my dad?").lower().split()


def test_anywhere_near_as_good_is_filler_never_the_aspect():
    q = parse("fin scares me. Can I just take saw palmetto instead? Is it anywhere near as good?")
    assert "anywhere" not in rewrite(q.text).lower().split()
    assert "anywher" not in aspect_terms(q, vocabulary())
