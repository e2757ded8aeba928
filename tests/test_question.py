"""The question record: kinds, interventions, sides, populations, the lay vocabulary, follow-ups."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from assistant.question import parse, understand
from assistant.vocabulary import VOCABULARY, find_interventions, rewrite, vocabulary

ENTRIES = tomllib.loads(VOCABULARY.read_text())
LAY = Path(__file__).parent / "data" / "lay"


@pytest.mark.parametrize("phrase,words", sorted(ENTRIES["lay"].items()))
def test_every_lay_phrase_is_rewritten_into_index_words(phrase, words):
    out = rewrite(f"does it help with {phrase} at all?")
    assert words.lower() in out.lower()
    if phrase.lower() not in words.lower():
        assert f" {phrase} " not in f" {out.lower()} "


@pytest.mark.parametrize(
    "name,alias", sorted((name, alias) for name, e in ENTRIES["interventions"].items() for alias in e["aliases"])
)
def test_every_alias_names_its_intervention(name, alias):
    record = parse(f"Does {alias} work for hair loss?")
    assert (
        name
        in [
            iv.split(" ", 1)[-1] if iv.split(" ", 1)[0] in ("oral", "topical", "sublingual") else iv
            for iv in record.interventions
        ]
        or name in record.interventions
    )


@pytest.mark.parametrize("phrase,group", sorted(ENTRIES["population"].items()))
def test_every_population_word_sets_the_population(phrase, group):
    if find_interventions(phrase):  # a condition that is also what may be asked about counts when said of a person
        assert parse(f"does minoxidil help me, i am {phrase}, with hair loss?").population == group
    else:
        assert parse(f"does minoxidil help {phrase} with hair loss?").population == group


def test_or_between_synonyms_is_one_side_not_a_comparison():
    record = parse("Do laser caps or low-level laser therapy regrow hair?")
    assert record.interventions == ("low-level laser therapy",)
    assert record.kind == "efficacy"
    assert parse("PRP or platelet rich plasma injections, do they work?").interventions == ("platelet-rich plasma",)


def test_or_between_two_treatments_is_a_comparison_with_both_sides():
    record = parse("Is PRP or minoxidil better?")
    assert record.kind == "comparison" and record.interventions == ("platelet-rich plasma", "minoxidil")
    routes = parse("oral or topical minoxidil for women?")
    assert routes.interventions == ("oral minoxidil", "topical minoxidil") and routes.population == "women"


def test_brands_and_misspellings_become_the_generic_name_in_the_search_text():
    record = parse("does finastride really work or is Rogaine better?")
    assert record.interventions == ("finasteride", "minoxidil")
    assert "finastride" not in record.search_text and "Rogaine" not in record.search_text
    assert "really" not in record.search_text


def test_an_exposure_beside_a_treatment_is_the_setting():
    record = parse("Does scalp cooling actually stop your hair falling out during chemo?")
    assert record.interventions == ("scalp cooling",) and record.kind == "efficacy"
    assert parse("Can getting covid make your hair fall out?").interventions == ("covid-19",)


def test_index_words_are_kept_when_the_index_holds_them():
    assert "stem-cell mesotherapy" in parse("is stem-cell mesotherapy safe?", known=lambda w: True).search_text
    assert "stem-cell mesotherapy" not in parse("is stem-cell mesotherapy safe?", known=lambda w: False).search_text


def test_follow_ups_keep_what_they_do_not_change():
    turns = ["Does finasteride work?", "what about side effects?", "and dutasteride?", "is it better than finasteride?"]
    want = [
        (("finasteride",), "efficacy"),
        (("finasteride",), "safety"),
        (("dutasteride",), "safety"),
        (("dutasteride", "finasteride"), "comparison"),
    ]
    history: list[str] = []
    for turn, (interventions, kind) in zip(turns, want, strict=True):
        record = understand(turn, history)
        assert (record.interventions, record.kind) == (interventions, kind), turn
        history.append(record.search_text)
    women = understand("in women?", history)
    assert women.population == "women" and women.interventions == ("dutasteride", "finasteride")
    assert understand("Is PRP safe?", history).interventions == ("platelet-rich plasma",)  # a new question


def _conversations(name: str) -> list[dict]:
    return [json.loads(line) for line in (LAY / name).read_text().splitlines() if line.strip()]


def test_the_labelled_conversations_are_read_right_nine_times_in_ten():
    exact = total = 0
    for conv in _conversations("conversations.jsonl"):
        history: list[str] = []
        for turn in conv["turns"]:
            record = understand(turn["q"], history)
            total += 1
            exact += (list(record.interventions), record.kind, record.population) == (
                turn["interventions"],
                turn["kind"],
                turn["population"],
            )
            history.append(record.search_text)
    assert total >= 100 and exact / total >= 0.9


def test_the_vocabulary_file_loads_every_entry():
    vocab = vocabulary()
    assert set(vocab.interventions) == set(ENTRIES["interventions"])
    assert vocab.interventions["dutasteride"].drug_class == vocab.interventions["finasteride"].drug_class


def test_misspelt_names_are_read_and_corrected_in_the_search_text():
    record = parse("does saw palmeto really work?")
    assert record.interventions == ("saw palmetto",) and "saw palmetto" in record.search_text
    assert parse("do PRP injections hurt?").interventions == ("platelet-rich plasma",)  # not "co2 injections"


def test_people_words_set_the_population_but_a_condition_stays_the_question():
    assert parse("is minoxidil safe for my wife?").population == "women"
    assert parse("can women take finasteride while pregnant?").population == "women"


def test_asking_whether_a_treatment_is_legit_is_an_efficacy_question():
    assert parse("is low level laser therapy legit or a scam?").kind == "efficacy"
    assert parse("stem cells for hair: real or just hype?").kind == "efficacy"


def test_a_route_word_changes_the_route_only_of_a_drug_given_more_than_one_way():
    history = [understand("does vitamin d help bald patches?").search_text]
    assert understand("can face lotion make my eyebrows fall out?", history).interventions == ()
    pill = understand("what about the pill version?", [understand("does minoxidil work?").search_text])
    assert pill.interventions == ("oral minoxidil",)


def test_and_an_exposure_asks_whether_it_causes_hair_loss():
    history = [understand("does vitamin d help bald patches?").search_text]
    assert understand("and sunscreen?", history).kind == "safety"
    assert understand("and dutasteride?", [understand("does finasteride work?").search_text]).kind == "efficacy"


def test_the_story_before_the_question_is_not_what_it_asks():
    from assistant.question import asking_part

    story = "I'm 35 and my temples went first, my uncle is bald too. does dutasteride work better over time?"
    assert asking_part(story) == "does dutasteride work better over time?"
    record = parse(story)
    assert "uncle" not in record.asked_text and "uncle" in record.search_text  # searched whole, asked without it
    assert asking_part("my kid got into the cupboard, is minoxidil poisonous?") == "is minoxidil poisonous?"
    # a story that names a condition changing the answer stays; a text that only asks is kept whole
    assert "breastfeeding" in asking_part("I'm breastfeeding my second child. can I use ketoconazole?")
    assert asking_part("does biotin help nails and hair") == "does biotin help nails and hair"


def test_an_or_just_fallback_is_left_out_of_what_the_studies_must_speak_of():
    record = parse("does caffeine shampoo help regrowth or only make the hair smell nice?")
    assert "smell" not in record.aspect_text and "nice" not in record.aspect_text
    assert "nice" in record.asked_text  # the keyword coverage still reads the whole asking clause


def test_a_phrase_reads_with_any_determiner():
    assert parse("shedding loads since having my baby, normal?").interventions == ("pregnancy",)
    assert parse("shedding loads since having her baby, normal?").interventions == ("pregnancy",)
    assert "my" not in rewrite("is my hair thinning after having my baby?").split()  # filler stays filler


def test_an_unnamed_subject_the_index_has_no_word_of_is_unheard():
    known = {"hair", "loss", "henna", "shampoo"}.__contains__
    assert parse("Do hair straighteners cause hair loss?", known=known).unheard == ("straighteners",)
    assert parse("does henna damage your hair?", known=known).unheard == ()  # the index holds the word
    assert parse("does minoxidil cause hair loss?", known=known).unheard == ()  # a named treatment is never unheard
    assert parse("will my hair grow back?", known=known).unheard == ()  # nothing but the asker's own hair
    assert parse("Do hair straighteners cause hair loss?").unheard == ()  # without an index nothing is unheard
