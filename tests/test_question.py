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


def test_a_contraction_or_a_possessive_is_never_the_unheard_subject():
    known = {"hair", "loss", "baldness", "side", "mom", "henna"}.__contains__
    assert parse("isn't baldness from your mom's side?", known=known).unheard == ()  # was ("isn't",)
    assert parse("doesn't henna damage your hair?", known=known).unheard == ()


# --- who is asked about, what kind of question (rules from the lay sets, in our own words) ---


@pytest.mark.parametrize(
    "question",
    [
        "my 11 year old girl has patchy hair loss, can she use minoxidil?",
        "my daughter is 13 and her hair is coming out in clumps, what helps?",
        "my 15 yo son is thinning at the crown, is finasteride ok for him?",
    ],
)
def test_an_age_under_18_is_children_whatever_the_pronouns_say(question):
    assert parse(question).population == "children"


def test_an_adult_age_leaves_the_population_to_the_words_that_state_it():
    assert parse("I'm a 52 year old woman with a widening part, does minoxidil help?").population == "women"
    assert parse("I'm 27, is dutasteride worth trying?").population is None


def test_a_product_or_condition_named_as_the_subject_states_no_population():
    # a product made for women, and a condition named as what is asked about, are not who is asking
    assert parse("are birth control pills making my hair shed?").population is None
    assert parse("does pregnancy change how hair grows?").population is None
    # the same condition said of the asker is
    assert parse("I'm pregnant, does that make hair fall out?").population == "women"
    record = understand("and pregnancy?", ["why does stress make hair fall out?"])
    assert record.kind == "mechanism" and record.population is None


@pytest.mark.parametrize(
    "history,turn",
    [
        (["does finasteride stop hair loss?"], "how does it do that?"),
        (["can finasteride cause breast swelling?"], "why does that happen?"),
    ],
)
def test_how_or_why_a_thing_does_what_it_does_is_mechanism(history, turn):
    assert understand(turn, history).kind == "mechanism"


def test_how_the_asker_does_something_is_not_mechanism():
    assert parse("how do I stop my hair falling out?").kind != "mechanism"
    assert parse("how does ketoconazole stop hair loss?").kind == "mechanism"


def test_how_long_asks_the_time_course_and_a_swap_keeps_it():
    history = ["does a hair transplant work for women?"]
    turn = understand("how long before the transplanted hair grows in?", history)
    assert turn.kind == "general"
    swapped = understand("and microneedling?", [*history, turn.search_text])
    assert swapped.kind == "general" and swapped.interventions == ("microneedling",)


def test_a_dose_in_a_treatments_name_is_not_what_is_asked():
    assert parse("low-dose oral minoxidil: does it actually thicken hair?").kind == "efficacy"
    assert parse("is 5% minoxidil foam safe for my scalp?").kind == "safety"
    assert parse("is 1 mg finasteride enough?").kind == "dose"  # nothing but the dose asks


def test_a_turn_opening_with_vs_compares_with_what_was_discussed():
    record = understand("vs microneedling?", ["do laser caps help women?"])
    assert record.kind == "comparison" and record.interventions == ("low-level laser therapy", "microneedling")


def test_a_turn_that_says_it_is_a_new_question_starts_over():
    record = understand("ok, new question: does my hair come back after chemo?", ["is finasteride safe?"])
    assert record.interventions == ("chemotherapy",) and record.kind == "general"


def test_can_you_take_asks_whether_it_works_unless_a_circumstance_asks_whether_it_is_safe():
    assert parse("can you take finasteride as a spray?").kind == "efficacy"
    assert parse("can I take spironolactone while trying for a baby?").kind == "safety"
    assert parse("is finasteride ok to take long term?").kind == "safety"


def test_normal_as_an_adjective_does_not_turn_a_safety_follow_up_into_prognosis():
    record = understand("and the normal pills, are those safe?", ["can you take minoxidil under the tongue?"])
    assert record.kind == "safety" and record.interventions == ("oral minoxidil",)


def test_shedding_since_starting_a_treatment_asks_about_its_side_effect():
    assert parse("since starting minoxidil I've been shedding loads, does that mean it's failing?").kind == "safety"
    assert parse("is the finasteride shed a thing?").kind == "safety"
    assert parse("does minoxidil stop shedding?").kind == "efficacy"


def test_an_unknown_drug_the_asker_started_is_unheard():
    known = {"hair", "thinning", "month", "last", "lisinopril"}.__contains__
    assert parse("my gp put me on candesartan last month and my hair is thinning", known=known).unheard == (
        "candesartan",
    )
    assert parse("I started lisinopril last month, is my hair thinning from it?", known=known).unheard == ()


def test_a_pronoun_for_a_person_refers_back_and_keeps_who_is_asked_about():
    record = understand(
        "is tofacitinib a safe choice for her condition?", ["my daughter is 10 and has bald patches, what works?"]
    )
    assert record.population == "children" and record.interventions == ("tofacitinib",)


def test_speeding_recovery_and_what_it_does_for_hair_ask_whether_it_works():
    assert understand("would minoxidil speed it up?", ["can covid make hair fall out?"]).kind == "efficacy"
    assert parse("what does microneedling do for thin hair?").kind == "efficacy"


def test_pain_is_a_safety_question():
    assert understand("does it hurt much?", ["is PRP worth it for thinning?"]).kind == "safety"


@pytest.mark.parametrize(
    "text,who",
    [("31F here, is spironolactone worth a try?", "women"), ("44M. does saw palmetto do anything?", "men")],
)
def test_forum_age_and_sex_shorthand_states_the_population(text, who):
    assert parse(text).population == who


def test_a_population_told_only_in_the_story_carries_to_the_next_turn():
    # the rewrite drops "my mum" as filler; the searched text, re-read as history, still says who it is about
    first = understand("my mum has been thinning for a year. does rosemary oil help?")
    assert first.population == "women"
    assert understand("and is it safe?", [first.search_text]).population == "women"


def test_the_same_treatment_asked_again_keeps_who_it_is_about():
    first = understand("my mother is about to start chemo. does a cold cap prevent the hair loss?")
    again = understand("are there downsides to scalp cooling?", [first.search_text])
    assert again.population == "women" and again.kind == "safety"


def test_her_with_no_one_else_named_is_a_woman_but_never_overrides_who_came_before():
    assert parse("will her hair come back after chemotherapy?").population == "women"
    kid = understand("my 9 year old has patchy alopecia areata, what helps?")
    assert understand("is baricitinib ok for her?", [kid.search_text]).population == "children"


@pytest.mark.parametrize(
    "text",
    ["can teenagers even take dutasteride?", "can toddlers use minoxidil?"],
)
def test_whether_a_group_can_take_it_is_a_safety_question(text):
    assert parse(text).kind == "safety"


def test_taking_it_at_that_age_is_a_safety_question():
    record = understand("could he take finasteride at that age?", ["my son is 15 and his hairline is going"])
    assert record.kind == "safety" and record.population == "children"


@pytest.mark.parametrize("text", ["will minoxidil mess with my blood pressure?", "does dutasteride kill sex drive?"])
def test_everyday_harm_words_ask_about_safety(text):
    assert parse(text).kind == "safety"


def test_asking_whether_hair_loss_came_from_an_exposure_is_safety():
    assert parse("I had a bad flu and covid back to back, now shedding. was it from the covid?").kind == "safety"


def test_a_low_level_linked_to_hair_loss_is_an_association_not_a_harm():
    assert parse("is low iron linked to thinning?").kind == "general"
    assert parse("is minoxidil linked to heart problems?").kind == "safety"


def test_the_story_does_not_set_the_kind_when_the_asking_clause_has_one():
    # "cancer" in the story is no safety question; what is asked is whether the cap works
    assert parse("my sister has breast cancer. does a cooling cap stop the hair falling out?").kind == "efficacy"
    # but shedding since starting, told in the story, is the harm being asked about
    assert parse("I began minoxidil a month ago and now I'm shedding, does that mean it's failing?").kind == "safety"


def test_making_hair_thicker_is_efficacy_and_making_it_fall_out_is_a_cause():
    assert parse("can collagen make your hair thicker?").kind == "efficacy"
    assert parse("can collagen make your hair fall out?").kind == "safety"


def test_a_premise_about_the_last_answer_is_not_what_is_asked():
    record = understand(
        "and if it doesn't help, will the hair grow back after chemo?", ["does scalp cooling work during chemo?"]
    )
    assert record.interventions == ("chemotherapy",) and record.kind == "general"


def test_a_short_name_for_dutasteride_is_one_side_of_a_comparison():
    record = understand("is dut safe for someone my age?", ["finasteride vs dutasteride, which is stronger?"])
    assert record.interventions == ("dutasteride",) and record.kind == "safety"


def test_a_treatment_named_only_in_the_story_is_not_what_an_asking_clause_with_its_own_subject_asks():
    # the shampoo is how the asker washes; the question is about massage
    assert parse("does scalp massage really grow hair? I rinse with silicone free shampoo after").interventions == ()
    # a pointer back ("that", "it") asks about the story's treatment
    assert parse("my dog licked my finasteride pill. is that dangerous?").interventions == ("oral finasteride",)


# --- what the asking clause asks about: aspects come from what is asked, not how it is asked ---


def _aspects(text: str) -> set[str]:
    from assistant.evidence import aspect_terms

    return aspect_terms(parse(text), vocabulary())


@pytest.mark.parametrize(
    "text,word",
    [
        ("Has microneedling ever been proven to thicken hair?", "proven"),
        ("is there anything to keep an eye out for on spironolactone?", "eye"),
        ("when is the right time to start finasteride, should I be waiting until I'm older?", "wait"),
        ("is this the minoxidil shed everyone talks about?", "talk"),
        ("Sublingual minoxidil: any efficacy data yet?", "data"),
        ("Topical spironolactone in FPHL: any trial data?", "data"),
        ("dutasteride vs finasteride, any head-to-head RCT?", "rct"),
        ("i had sleeve surgery 3 month ago now hair fall alot, normal?", "ago"),
        ("i had sleeve surgery 3 month ago now hair fall alot, normal?", "alot"),
        ("JAKi in severe AA: how many reach a SALT score of 20 or less?", "score"),
    ],
)
def test_words_that_ask_for_evidence_harms_or_timing_are_not_aspects(text, word):
    assert not any(a.startswith(word) for a in _aspects(text)), _aspects(text)


@pytest.mark.parametrize(
    "text,doubt",
    [
        ("does ketoconazole shampoo do anything or is it a gimmick?", "gimmick"),
        ("could dutasteride be why I'm tired or am I imagining it?", "imagin"),
        ("are most women pleased with a hair transplant or do they hate it?", "hate"),
    ],
)
def test_the_other_half_of_a_yes_no_ask_about_the_same_thing_is_not_an_aspect(text, doubt):
    assert not any(a.startswith(doubt) for a in _aspects(text)), _aspects(text)


def test_an_or_that_offers_a_second_condition_is_kept():
    """'or is it safe' is a second ask, not the asker's doubt."""
    assert "safe" in parse("does finasteride work or is it safe enough?").aspect_text


@pytest.mark.parametrize(
    "text,index_word",
    [
        ("since starting finasteride I feel low most days", "depression"),
        ("oral minoxidil is giving me hair on my cheeks", "facial hair"),
        ("the dutasteride I ordered could be a knockoff", "unlicensed"),
        ("is the dread shed real", "shedding"),
        ("are people happy with scalp micropigmentation", "satisfaction"),
        ("what helps kids with alopecia areata", "children"),
    ],
)
def test_lay_outcome_words_are_rewritten_into_the_index_family(text, index_word):
    assert index_word in rewrite(text)


def test_a_route_and_the_short_name_min_is_minoxidil():
    assert parse("been on oral min for a year, any side effects to expect?").interventions == ("oral minoxidil",)


def test_a_product_no_study_names_is_unheard_even_when_its_form_word_is_indexed():
    """'oil' is in studies (rosemary oil); 'garlic' names the product, and no study holds it."""
    known = {"oil", "hair", "grow", "back"}.__contains__
    assert parse("does garlic oil grow hair back?", known=known).unheard == ("garlic", "oil")


def test_an_unknown_word_beside_an_indexed_subject_is_not_unheard():
    known = {"dht", "hair", "fall", "makes"}.__contains__
    assert parse("can someone eli5 why dht makes hair fall out?", known=known).unheard == ()


def test_a_planned_baby_in_the_story_stays_in_what_is_asked():
    q = parse("My girlfriend and I are trying for a baby. should I come off dutasteride first?")
    assert "baby" in q.aspect_text


def test_a_baby_already_born_is_not_kept_as_a_condition():
    q = parse("I had a baby in May. when does the shedding stop?")
    assert "baby" not in q.aspect_text


def test_asking_a_price_makes_cost_a_word_a_study_must_hold():
    from assistant.evidence import asked_price

    assert asked_price(parse("what would a course of PRP cost me?")) == {"cost"}
    assert asked_price(parse("is PRP worth the money?")) == frozenset()


def test_the_asking_clause_alone_is_measured_for_coverage():
    from assistant.api import covering

    q = parse("61F, post menopause and my parting is widening fast. does menopause make thinning worse?")
    assert any("61F" not in text and "menopause" in text for text in covering(q))


def test_a_subject_that_is_only_a_product_form_is_heard_when_the_index_holds_it():
    known = {"supplements", "hair"}.__contains__
    assert parse("do hair supplements work?", known=known).unheard == ()


def test_the_rewrite_table_is_remembered_per_index_never_across_indexes():
    """An alias the index holds is kept; one it does not is replaced: each index answers for itself."""

    class Words:
        def __init__(self, words: set[str], generation: str) -> None:
            self.words, self.generation = words, generation

        def knows(self, word: str) -> bool:
            return word in self.words

    holds = Words({"photobiomodulation"}, "g1")
    lacks = Words(set(), "g1")
    question = "does photobiomodulation regrow hair?"
    assert "photobiomodulation" in rewrite(question, known=holds.knows)
    assert "photobiomodulation" not in rewrite(question, known=lacks.knows)
    assert "photobiomodulation" in rewrite(question, known=holds.knows)  # the first table, remembered
    rebuilt = Words(set(), "g2")  # the same words object would be a new index after a rebuild
    assert "photobiomodulation" not in rewrite(question, known=rebuilt.knows)


# Session 12, lay set J and the burned sets: follow-up kinds, text-message English, three sides, unheard add-ons,
# vouched-for remedies, headline subjects and states of the asker no indexed study holds.


def test_a_bare_why_after_a_question_asks_how_it_works_and_a_swap_keeps_that():
    first = parse("does saw palmetto work for hair loss?")
    why = understand("why?", [first.search_text])
    assert (why.interventions, why.kind) == (("saw palmetto",), "mechanism")
    swap = understand("and pumpkin seed oil?", [first.search_text, why.search_text])
    assert (swap.interventions, swap.kind) == (("pumpkin seed oil",), "mechanism")
    assert understand("but why tho?", [first.search_text]).kind == "mechanism"


def test_ok_for_a_group_asks_whether_it_is_safe_for_them():
    record = understand(
        "is it ok for teens?", ["what are the side effects of dutasteride?", "what dose of dutasteride?"]
    )
    assert (record.interventions, record.kind, record.population) == (("dutasteride",), "safety", "children")
    assert parse("is finasteride fine for someone my age?").kind == "safety"
    assert parse("is biotin ok for thinning hair?").kind != "safety"  # names no one: whether it works


def test_text_message_spellings_read_as_the_words_they_stand_for():
    assert parse("can having covid make ur hair shed?").kind == "safety"
    assert parse("can having covid make your hair shed?").kind == "safety"


def test_is_that_why_asks_whether_the_thing_told_causes_it():
    record = parse("I'm a teenager and I wear a cap all the time. Is that why I'm balding?")
    assert record.kind == "safety" and record.population == "children"


def test_three_treatments_set_against_each_other_are_three_sides():
    record = parse("PRP vs exosomes vs stem cells, which works best?")
    assert record.kind == "comparison"
    assert record.interventions == ("platelet-rich plasma", "exosomes", "stem cell therapy")
    later = understand("are any of them risky?", [record.search_text])
    assert later.interventions == record.interventions and later.kind == "safety"
    listed = parse("Cold plasma, radiofrequency or carboxytherapy - which one of these works best?")
    assert listed.interventions == ("cold plasma", "radiofrequency", "carboxytherapy")
    # a treatment the asker is on, then two set against each other: still two sides
    assert len(parse("I am on fin, is PRP or exosomes better?").interventions) == 2


def test_an_unknown_thing_added_to_named_treatments_is_unheard():
    known = {"scalp", "safe", "term", "long", "year", "research", "site", "chem", "minoxidil", "foam"}.__contains__
    text = "24M, been on fin and min for a year, thinking of adding RU58841 from a research chem site. Is it safe?"
    assert parse(text, known=known).unheard == ("ru58841",)
    assert parse("been on fin a year, thinking of switching to dut, is it safer?", known=known).unheard == ()
    # what is switched to is minoxidil itself, whatever adjective comes first
    switched = "I switched to a cheaper compounded minoxidil foam and now my scalp itches. Am I allergic?"
    assert parse(switched, known=known).unheard == ()
    assert parse("been on fin a year, should I add meds on top?", known=known).unheard == ()  # no name


def test_a_remedy_vouched_for_in_the_story_and_asked_of_by_a_pointer_is_unheard():
    known = {"hair", "loss", "falling", "shedding", "stops"}.__contains__
    text = "My aunt swears an apple cider vinegar rinse stopped her hair falling out. Is there anything to it?"
    assert parse(text, known=known).unheard == ("apple", "cider", "vinegar", "rinse")
    # a thing the index holds is left to the studies
    assert parse("My derm says the shedding stops after a few months, is that right?", known=known).unheard == ()


def test_a_headline_subject_the_index_has_no_word_of_is_unheard():
    known = {"androgenetic", "alopecia", "concentration", "trials", "topical", "hair", "loss", "normal"}.__contains__
    text = "Topical valproic acid for AGA: what concentration was used in trials?"
    assert parse(text, known=known).unheard == ("topical", "valproic", "acid")
    # a post's title says what kind of post it is, not what it asks about
    assert parse("Update after 6 months: is it normal that my hairline looks worse?", known=known).unheard == ()


def test_a_state_of_the_asker_no_study_holds_is_unheard_in_a_safety_question_about_them():
    known = {"laser", "safe", "blood", "pressure", "high", "heart", "condition"}.__contains__
    assert parse("I have a pacemaker. Is a laser cap safe for me to use?", known=known).unheard == ("pacemaker",)
    # a state the index holds, or no state, is left to the body of evidence
    assert parse("I have high blood pressure, is oral minoxidil safe for me?", known=known).unheard == ()
    assert parse("I have no idea what to do. Is minoxidil safe for me?", known=known).unheard == ()
    # whether it works does not depend on the state; nor does a question not asked of the asker
    assert parse("I have a pacemaker. Does a laser cap work?", known=known).unheard == ()
    assert parse("I have a pacemaker. Is a laser cap safe to start?", known=known).unheard == ()


def test_a_bare_why_after_a_comparison_keeps_both_sides_compared():
    first = parse("is oral min better than topical?")
    assert first.interventions == ("oral minoxidil", "topical minoxidil")
    why = understand("why?", [first.search_text])
    assert (why.interventions, why.kind) == (first.interventions, "comparison")
    assert understand("y?", ["does covid make your hair fall out?"]).kind == "mechanism"


def test_a_state_said_of_people_after_a_drug_is_the_drug_in_that_state():
    for turn in ("what about pregnant women?", "and during pregnancy?", "what about while breastfeeding?"):
        record = understand(turn, ["is dutasteride safe?"])
        assert record.interventions == ("dutasteride",) and record.kind == "safety", turn
    assert "pregnancy" in understand("what about pregnant women?", ["is dutasteride safe?"]).search_text
    # after an exposure, another exposure is a swap
    assert understand("and pregnancy?", ["does stress cause hair loss?"]).interventions == ("pregnancy",)


def test_an_unknown_product_the_asker_means_to_take_up_beside_a_named_one_is_unheard():
    known = {"minoxidil", "shedding", "harder", "oil"}.__contains__
    text = "been using rogaine for a year, thinking about trying batana oil too. worth it?"
    assert parse(text, known=known).unheard == ("batana",)
    assert parse("I'm on fin, considering starting castor oil as well. any good?", known=known).unheard == ("castor",)
    # a verb or a pointer after the intention is no product
    assert parse("on minoxidil, want to try harder to stop shedding, any tips?", known=known).unheard == ()
    assert parse("on fin, planning to start taking it daily.", known=known).unheard == ()


def test_a_relative_who_vouches_or_is_family_history_is_not_who_is_asked_about():
    # a voice
    assert parse("Is rosemary oil as good as minoxidil? my sister says it is").population is None
    assert (
        parse("My aunt swears an apple cider vinegar rinse stopped her hair falling out. Any truth?").population is None
    )
    # a side of the family
    assert parse("isn't baldness from your mom's side?").population is None
    # family history, the asker asking of themself
    assert parse("I'm 19 and my dad and both grandads are bald. Is it just genetics?").population is None
    assert (
        parse("19 and my temples are going. My dad was bald by 30 and so was his dad. Will I go bald?").population
        is None
    )
    assert parse("is oral minoxidil safe for your heart? my dad has heart issues so im paranoid").population is None
    # who asks is said, and the partner is the story
    assert parse("28M on dutasteride. Wife and I are trying for a baby, do I need to stop?").population == "men"
    # the relative the question is about stays the population
    assert parse("My mum (58) has alopecia areata patches, does onion juice work?").population == "women"
    assert parse("my mum starts chemo next week. does scalp cooling stop the hair falling out?").population == "women"
    assert parse("how often should my husband use the microneedle roller with his minoxidil?").population == "men"
    assert parse("My mother has lupus and her hair is thinning. Could it be the lupus?").population == "women"


def test_a_grown_son_a_level_read_back_and_a_nagging_relative_say_no_child_or_voice_population():
    assert parse("My son is 19 and has started taking SARMs. Could they make him lose his hair?").population == "men"
    assert parse("my son is 12, can he use minoxidil?").population == "children"
    text = "can low vitamin d cause shedding? my levels came back at 14 and my hair is coming out"
    assert parse(text).population is None
    assert (
        parse("my grandmother keeps telling me to rub onion juice on my bald patch, does it work?").population is None
    )


def test_a_price_asked_is_a_general_question_and_a_follow_up_asking_it_too():
    assert parse("How much does a PRP session usually cost?").kind == "general"
    assert parse("how much minoxidil should I use?").kind == "dose"
    assert parse("pretty pricey. How many sessions do you need for mesotherapy?").kind == "dose"
    assert understand("how much does it cost", ["does PRP work?"]).kind == "general"


def test_text_message_words_are_read_throughout_and_the_record_keeps_what_was_typed():
    record = understand("hw long till results", ["does minoxidil work?"])
    assert record.kind == "general" and record.text == "hw long till results"
    assert parse("how often r u meant to use a laser cap").kind == "dose"


def test_can_a_child_of_a_stated_age_use_it_asks_whether_it_is_safe_for_them():
    first = parse("can my 14 year old use minoxidil?")
    assert (first.kind, first.population) == ("safety", "children")
    assert understand("what about fin?", [first.search_text]).kind == "safety"


def test_a_prognosis_follow_up_after_an_exposure_is_general_whatever_kind_came_before():
    history = ["does stress cause hair loss?", "how does stress work?"]
    assert understand("will it grow back", history).kind == "general"


def test_what_the_asker_sets_apart_at_the_end_is_no_aspect_the_studies_must_hold():
    record = parse("does olumiant work for regular pattern baldness, not AA?")
    assert "areata" not in record.aspect_text and "pattern baldness" in record.aspect_text
    assert "not" in parse("why is minoxidil not working for me?").aspect_text  # a "not" that asks stays


def test_the_treatment_discussed_used_with_another_is_both_and_keeps_its_own_kind():
    record = understand("is it safe with minoxidil?", ["does microneedling help?", "what dose of microneedling?"])
    assert (record.interventions, record.kind) == (("microneedling", "minoxidil"), "safety")
    assert understand("can I use it alongside min?", ["does finasteride work?"]).interventions == (
        "finasteride",
        "minoxidil",
    )
    assert understand("and with min?", ["does finasteride work?"]).kind == "efficacy"  # no kind of its own


def test_ok_with_or_while_a_state_asks_whether_it_is_safe():
    assert understand("is it ok with high blood pressure?", ["does minoxidil work?"]).kind == "safety"
    assert parse("is minoxidil fine while breastfeeding?").kind == "safety"


def test_an_unknown_thing_set_against_or_used_with_a_named_treatment_is_unheard():
    known = {"better", "oil", "happy", "regret", "minoxidil", "finasteride"}.__contains__
    assert parse("Is nutrafol or finasteride better?", known=known).unheard == ("nutrafol",)
    assert parse("can I use castor oil with my minoxidil?", known=known).unheard == ("castor",)
    assert parse("is tacrolimus better than steroid injections for AA?", known=known).unheard == ("tacrolimus",)
    # an "or" between two verbs asks no comparison, and two named sides are heard
    assert parse("are guys happy with scalp micropigmentation or regret it?", known=known).unheard == ()
    assert parse("does minoxidil or finasteride work better?", known=known).unheard == ()
    assert parse("is biotin better than nothing?", known=known).unheard == ()  # no treatment weighed against


def test_a_state_the_asker_has_is_unheard_when_they_ask_whether_they_can_use_it():
    known = {"laser", "donor", "hair", "back", "beard", "transplant"}.__contains__
    assert parse("I have a pacemaker, can I use a laser cap?", known=known).unheard == ("pacemaker",)
    assert parse("is a laser cap ok for someone with a pacemaker?", known=known).unheard == ("pacemaker",)
    # how much hair the asker has is no state
    text = "I have barely any donor hair at the back, can they use my beard hair for a transplant?"
    assert parse(text, known=known).unheard == ()


def test_what_the_studies_or_an_opinion_are_asked_about_is_the_subject():
    known = {"hair", "loss", "growth", "oil", "studies", "minoxidil"}.__contains__
    assert parse("What do the studies say about garlic for hair loss?", known=known).unheard == ("garlic",)
    assert parse("thoughts on batana oil for hair growth?", known=known).unheard == ("batana",)
    assert parse("thoughts on hair oil for growth?", known=known).unheard == ()  # the index holds its words


def test_the_pill_after_a_topical_drug_that_comes_as_a_tablet_is_its_tablet():
    history = ["is finasteride safe?", "is topical finasteride safe?"]
    for turn in ("does it work as well as the pill?", "does it have fewer side effects than the pill?"):
        record = understand(turn, history)
        assert record.interventions == ("topical finasteride", "oral finasteride"), turn
        assert record.kind == "comparison"
    # of a drug that is a pill anyway, the pill stays the contraceptive
    assert understand("is it better than the pill?", ["does spironolactone work?"]).interventions == (
        "spironolactone",
        "oral contraceptives",
    )


def test_which_one_with_a_harm_after_a_comparison_asks_the_harms_of_both_sides():
    history = ["does rosemary oil work?", "rosemary oil versus minoxidil"]
    record = understand("which one itches more?", history)
    assert (record.interventions, record.kind) == (("rosemary oil", "minoxidil"), "safety")
    assert understand("which one is better for the crown?", history).kind == "comparison"


def test_a_strength_with_a_harm_word_asks_whether_it_is_safe():
    history = ["what dose of oral min do people take for hair loss?"]
    assert understand("is 5mg dangerous?", history).kind == "safety"
    assert understand("and sublingual?", [*history, understand("is 5mg dangerous?", history).search_text]).kind == (
        "safety"
    )
    assert parse("is 1% minoxidil safe?").kind == "safety"
    # an amount asked stays a dose question, harm word or not
    assert parse("what dose of oral minoxidil is safe?").kind == "dose"
    assert parse("how many mg of oral minoxidil is safe?").kind == "dose"
    assert parse("is 5mg of oral minoxidil enough?").kind == "dose"


def test_whether_a_person_can_take_a_drug_asks_whether_it_is_safe_for_them():
    history = ["my son is 15 and his hairline is already going, is that normal?"]
    record = understand("can he take finasteride?", history)
    assert (record.interventions, record.kind, record.population) == (("finasteride",), "safety", "children")
    swapped = understand("what about minoxidil?", [*history, record.search_text])
    assert (swapped.interventions, swapped.kind) == (("minoxidil",), "safety")
    assert parse("can I take finasteride?").kind == "safety"
    # asking what a person can take, or whether it works for hair, asks what works
    assert parse("what can he take for alopecia areata?").kind == "efficacy"
    assert parse("can I use rosemary oil for my hair?").kind == "efficacy"
    assert parse("can you take minoxidil under the tongue?").kind != "safety"


def test_shedding_weeks_into_a_treatment_asks_its_harm():
    assert parse("3 weeks into minoxidil and shedding like crazy, is that normal?").kind == "safety"
    assert parse("2 months on fin and losing more hair than ever, is that normal?").kind == "safety"
    # weeks into an exposure is what happens, not a treatment's harm
    assert parse("3 weeks into chemo and shedding like crazy, is that normal?").kind != "safety"


def test_adding_a_drug_to_make_the_treatment_work_better_is_no_comparison():
    history = ["is microneedling worth it", "how often?"]
    record = understand("does adding minoxidil make it work better?", history)
    assert (record.interventions, record.kind) == (("microneedling", "minoxidil"), "efficacy")
    # setting the new one against the one discussed still compares them
    assert understand("is minoxidil better?", history[:1]).kind == "comparison"


def test_a_drug_said_again_with_its_route_is_that_form():
    record = parse("im 24 and fin killed my libido. does topical fin avoid that?")
    assert (record.interventions, record.kind) == (("topical finasteride",), "safety")
    turn = understand("does it work as well as the pill tho", [record.search_text])
    assert turn.interventions == ("topical finasteride", "oral finasteride")
    # two routes said are still two forms
    assert parse("oral or topical minoxidil, which is better?").interventions == ("oral minoxidil", "topical minoxidil")


def test_a_condition_as_a_cause_asks_an_association_and_an_exposure_a_harm():
    assert parse("can thyroid problems cause hair loss?").kind == "general"
    assert parse("can lupus cause hair loss?").kind == "general"
    assert parse("Can PCOS cause thinning hair?").kind == "general"
    turn = understand("what about low iron?", [parse("can thyroid problems cause hair loss?").search_text])
    assert (turn.interventions, turn.kind) == (("iron",), "general")
    # whether covid or a drug causes it asks a harm; a harm word asks it of a condition too
    assert parse("can covid cause hair loss?").kind == "safety"
    assert parse("does finasteride cause hair loss?").kind == "safety"
    assert parse("is it dangerous to have thyroid problems with hair loss?").kind == "safety"
    assert vocabulary().conditions <= set(vocabulary().interventions)
    assert "thyroid disease" in vocabulary().conditions


def test_a_population_follow_up_keeps_the_kind_of_a_question_worth_the_money():
    first = understand("is a laser cap worth the money")
    assert first.kind == "efficacy"
    record = understand("for women?", [first.search_text])
    assert (record.interventions, record.kind, record.population) == (("low-level laser therapy",), "efficacy", "women")


def test_kin_said_to_be_bald_add_the_word_heredity_studies_use_to_the_search():
    for text in ("my dad went bald at 30, am i screwed??", "My dad and both granddads are bald. Am I doomed?"):
        record = parse(text)
        assert record.interventions == ()
        assert "parent" in record.search_text.split(), text
    # a relative's voice is no family history, and a named treatment keeps its own search
    assert "parent" not in parse("my dad says minoxidil is a scam, is it?").search_text.split()
    assert "parent" not in parse("my dad went bald, does finasteride work?").search_text.split()


def test_a_treatment_the_story_says_failed_is_not_what_is_asked():
    text = "Diagnosed with AA last year, 33F. Steroid injections did nothing. Do JAK inhibitors actually work?"
    assert parse(text).interventions == ("jak inhibitors",)
    text = "My daughter is 11 and has patchy AA. Steroid injections haven't done much. Does tofacitinib work for kids?"
    assert parse(text).interventions == ("tofacitinib",)
    # an add-on to the failed one, or a comparison with it, keeps both (the one added first: lay README)
    assert parse("minoxidil did nothing for me, would adding finasteride help?").interventions == (
        "finasteride",
        "minoxidil",
    )
    assert len(parse("fin did nothing for me. is dutasteride better than fin?").interventions) == 2
    assert len(parse("avodart vs propecia - is dut stronger? fin kinda stopped working for me").interventions) == 2
    text = "I have severe AA. Steroid injections did very little. Does baricitinib actually get the hair back?"
    assert parse(text).interventions == ("baricitinib",)


def test_an_ask_that_points_back_asks_of_the_treatment_the_sentence_before_names():
    text = (
        "My 14 year old has patchy alopecia areata, steroid shots haven't worked. Our derm mentioned "
        "JAK inhibitors. Are they safe in teenagers?"
    )
    assert parse(text).interventions == ("jak inhibitors",)
    # an ask that points at nothing keeps every treatment the story names
    text = "Steroid shots haven't worked. Our derm mentioned JAK inhibitors. What else is there?"
    assert len(parse(text).interventions) == 2


def test_a_drug_said_with_its_route_and_again_without_is_that_form():
    text = "I get an itchy flaky scalp from my minoxidil foam, am I allergic to minoxidil itself?"
    assert parse(text).interventions == ("topical minoxidil",)
    assert parse("is oral minoxidil safe? I've heard minoxidil can cause heart problems").interventions == (
        "oral minoxidil",
    )
    # two routes said stay two forms
    assert parse("is oral minoxidil better than topical minoxidil?").interventions == (
        "oral minoxidil",
        "topical minoxidil",
    )


def test_a_misspelt_word_of_a_named_treatment_is_never_an_unheard_side():
    known = {"saw", "palmetto", "finasteride", "hair", "receding"}.__contains__
    assert parse("saw palmeto or fin for a receding hairline, which is better", known=known).unheard == ()
    assert parse("nanoxidil or fin, which is better?", known=known).unheard == ("nanoxidil",)  # no name near it


def test_the_evidence_asked_for_is_never_the_unheard_subject():
    known = {"hair", "scalp", "massage", "works"}.__contains__
    assert parse("is there any proof it works?", known=known).unheard == ()
    assert parse("any evidence scalp massage works?", known=known).unheard == ()


def test_a_failed_treatment_is_dropped_when_the_bare_ask_follows_a_keyword_headline():
    # "any results?" asks of the sentence it closes; "with alopecia" adds no treatment
    text = (
        "Our 9 year old has had alopecia areata for 2 years, steroid shots didn't do much and she hates them. "
        "Tofacitinib for kids with alopecia, any results?"
    )
    assert parse(text).interventions == ("tofacitinib",)
    # "with" before a named treatment still adds it, and both are asked about
    assert len(parse("minoxidil did nothing for me. does it work with finasteride?").interventions) == 2
    assert len(parse("minoxidil did nothing for me. does finasteride work with it?").interventions) == 2


def test_an_unknown_subject_before_worth_trying_is_unheard_whatever_the_story_names():
    known = {"hair", "loss", "finasteride", "sides", "scared", "trying"}.__contains__
    assert parse("ru58841 worth trying? 23M, too scared of fin sides", known=known).unheard == ("ru58841",)
    assert parse("finasteride worth trying? scared of the sides", known=known).unheard == ()  # a named one


def test_a_keyword_subject_with_a_bare_ask_tacked_on_is_unheard():
    known = {"hair", "growth", "oil", "work", "rosemary"}.__contains__
    assert parse("batana oil for hair growth does it work", known=known).unheard == ("batana", "oil")
    assert parse("rosemary oil for hair growth does it work", known=known).unheard == ()


def test_a_supplement_asked_of_after_a_named_nutrient_is_that_nutrient():
    history = ["can thyroid issues cause hair shedding?", "what about low vitamin d?"]
    record = understand("and iron, do supplements help?", history)
    assert (record.interventions, record.kind) == (("iron",), "efficacy")


def test_heredity_asked_as_the_cause_is_general_not_safety():
    history = ["my 16 yo son is already getting a receding hairline. is that normal at his age?"]
    record = understand("is it from his dad's side?", history)
    assert (record.kind, record.population) == ("general", "children")
    assert parse("is it genetic or from stress?").kind == "general"
    assert parse("is this from the chemo?").kind == "safety"  # an exposure as the cause is still a harm


def test_hair_loss_told_as_coming_after_an_exposure_asks_whether_it_causes_it():
    assert parse("my hair has been shedding since the flu and covid in march").kind == "safety"
    assert parse("lost so much hair after covid, is that normal?").kind == "safety"
    # whether it stops or comes back is the time course
    assert parse("shedding since covid, will it ever stop?").kind == "general"
    assert parse("thinning since my baby was born, what can I do?").kind != "safety"  # asks what helps
    assert parse("hair falling out after covid, how long does that last?").kind == "general"


def test_a_harm_the_story_names_asked_to_go_away_is_still_safety():
    assert parse("dutasteride left me with a low sex drive, does it go away if I stop").kind == "safety"
    # with no harm told, stopping asks what happens to the hair
    assert parse("does finasteride stop working if i quit").kind != "safety"
    assert parse("fin side effects scare me. will my hair come back if i stop?").kind != "safety"


def test_the_words_naming_a_condition_ask_no_harm():
    record = understand("and what about thyroid problems?", ["why does stress make hair shed?"])
    assert (record.interventions, record.kind) == (("thyroid disease",), "mechanism")


def test_keeping_the_hair_is_what_a_treatment_is_for():
    assert parse("can a cold cap save her hair on chemo?").kind == "efficacy"


def test_whether_the_hair_grows_back_after_a_cap_asks_about_the_chemotherapy():
    history = ["does a cooling cap keep your hair during chemo?"]
    record = understand("and will it come back after?", history)
    assert (record.interventions, record.kind) == (("chemotherapy",), "general")
    # the cap alone, with the chemotherapy never named, is still only used against it
    assert understand("will her hair grow back?", ["is scalp cooling worth it?"]).interventions == ("chemotherapy",)
    assert understand("will it regrow once it's over?", history).interventions == ("chemotherapy",)
    # a follow-up asking whether a treatment helps regrowth names it and keeps it
    assert understand("would minoxidil help it grow back?", history).interventions == ("minoxidil",)


def test_taking_both_sides_at_once_asks_what_they_do_together():
    record = understand("should i just use the two together?", ["finasteride or dutasteride for a 25 year old?"])
    assert (record.interventions, record.kind) == (("finasteride", "dutasteride"), "efficacy")
    record = understand("is it safe to take both together?", ["finasteride or dutasteride for a 25 year old?"])
    assert record.kind == "safety"


def test_the_pill_with_no_drug_named_is_the_contraceptive():
    assert parse("would going on the pill help my thinning?").interventions == ("oral contraceptives",)
    # of a drug named, the pill is its tablet
    assert parse("is topical minoxidil as good as the pill?").interventions == ("topical minoxidil", "oral minoxidil")
    assert understand("what about the pill version?", ["does minoxidil work for women?"]).interventions == (
        "oral minoxidil",
    )


def test_doing_a_procedure_at_home_asks_whether_that_is_safe():
    assert understand("could i do it at home?", ["how often should you microneedle?"]).kind == "safety"
    assert understand("can i do it at home?", ["does microneedling work?"]).interventions == ("microneedling",)


def test_hours_a_week_of_wearing_a_device_is_how_it_is_taken():
    assert parse("how many minutes a day should the laser helmet be on?").kind == "dose"


def test_the_unknown_side_of_a_product_comparison_is_unheard_whichever_side_it_is():
    """'juice better than onion' read one word a side named neither; the form goes with the name beside it."""
    known = {"onion", "juice", "hair", "bald", "patches"}.__contains__
    assert parse("Is garlic juice better than onion juice for bald patches?", known=known).unheard == ("garlic",)
    assert parse("Is onion juice better than garlic juice for bald patches?", known=known).unheard == ("garlic",)
    assert parse("Is onion juice better than minoxidil?", known=known).unheard == ()  # both sides named


def test_a_vehicle_form_alone_names_no_product_even_when_the_index_holds_the_word():
    """'gel' is indexed as the form of a drug (minoxidil gel); a hair gel is no product any study is about."""
    known = {"gel", "gels", "hair", "balding", "supplements", "work"}.__contains__
    assert parse("Does hair gel cause balding?", known=known).unheard == ("gel",)
    assert parse("do hair supplements work?", known=known).unheard == ()  # a product class studies are about


def test_a_state_blamed_on_a_named_treatment_asks_whether_it_is_safe():
    assert parse("fin making me depressed?? 3 months in").kind == "safety"
    assert parse("can finastride make you depressed?").kind == "safety"
    # a condition blamed for the state asks an association, not a treatment's harm
    assert parse("my alopecia areata is making me depressed, is that common?").kind == "general"


def test_the_best_thing_for_a_complaint_and_what_treatments_there_are_ask_what_works():
    assert parse("best supplement for thinning hair?").kind == "efficacy"
    assert parse("what treatments are there for alopecia areata in kids?").kind == "efficacy"
    assert understand("what about biotin?", ["best supplement for thinning hair?"]).kind == "efficacy"


def test_each_side_of_a_vs_is_named_by_the_word_beside_its_form():
    known = {"onion", "juice", "hair", "bald", "spots"}.__contains__
    assert parse("garlic juice vs onion juice for bald spots?", known=known).unheard == ("garlic",)
    assert parse("minoxidil gel vs foam?", known=known).unheard == ()  # the forms of one named drug


def test_a_harm_a_treatment_is_giving_the_asker_asks_whether_it_is_safe():
    assert parse("oral min giving me headaches, normal?").kind == "safety"
    assert parse("has fin made anyone else depressed?").kind == "safety"
    # a gain it is giving back is no harm
    assert parse("minoxidil is giving me my hairline back, should i keep going?").kind != "safety"
    assert parse("which supplement is best for hair loss?").kind == "efficacy"


def test_one_and_the_other_after_two_names_point_at_the_sides_of_a_comparison():
    q = parse("Nizoral vs rogaine, is one as good as the other?")
    assert (q.interventions, q.kind) == (("ketoconazole", "minoxidil"), "comparison")


def test_an_exposure_set_against_a_treatment_by_or_is_a_side():
    q = parse("Spironolactone or birth control pills for female hair loss?")
    assert (q.interventions, q.kind) == (("spironolactone", "oral contraceptives"), "comparison")
    # asked as the cause of a loss, the exposure is no side
    assert parse("is it the stress or the fin causing my shedding?").interventions == ("finasteride",)


def test_a_treatment_taken_instead_and_asked_as_good_is_compared_with_the_one_in_the_story():
    q = parse("24M, terrified of the fin sides I keep reading about. Can I take saw palmetto instead? Is it as good?")
    assert (q.interventions, q.kind) == (("saw palmetto", "finasteride"), "comparison")
    assert parse("is it as good for women?").kind != "comparison"  # "as good" with more after it compares nothing


def test_the_treatment_added_or_switched_to_is_named_first():
    q = parse("27M, been on fin a year and stalled, does adding oral minox help?")
    assert q.interventions == ("oral minoxidil", "finasteride")
    q = parse("been on fin 2 years, derm says I could switch to dut. does dutasteride regrow more than finasteride?")
    assert q.interventions[0] == "dutasteride"


def test_one_side_asked_alone_after_a_comparison_keeps_the_population():
    history = ["does dutasteride work better than finasteride?", "is dutasteride and finasteride safe in men?"]
    q = understand("what dose of dut?", history)
    assert (q.interventions, q.kind, q.population) == (("dutasteride",), "dose", "men")


def test_whether_hair_loss_after_an_exposure_stops_on_its_own_stays_the_time_course_when_re_read():
    history = [
        "how long does hair shedding after covid-19 last?",
        "covid-19 for hair loss shedding (will stop on its own)",
    ]
    assert understand("what about after having a baby?", history).kind == "general"


def test_two_forms_of_one_drug_set_against_each_other_are_the_two_sides():
    assert parse("minoxidil pills or the liquid, which is better for women?").interventions == (
        "oral minoxidil",
        "topical minoxidil",
    )
    assert parse("LOM or rogaine for women, which one is better?").interventions == (
        "oral minoxidil",
        "topical minoxidil",
    )
    assert parse("does minoxidil foam work for women?").interventions == ("topical minoxidil",)  # one form, no side


def test_a_treatment_the_story_names_before_the_ask_is_history_when_the_ask_names_another():
    q = parse(
        "26M, been on fin 2 yrs and still losing, derm wants to switch me to dutasteride. Is dut safe for me long term?"
    )
    assert q.interventions == ("dutasteride",)
    q = parse(
        "Had a consult (32M, already on fin). They push stem cell injections. Is there any evidence stem cells work?"
    )
    assert q.interventions == ("stem cell therapy",)
    # an add-on in the story keeps both, and so does a comparison the ask makes
    q = parse(
        "Been on finasteride 3 years and stalled. Thinking about adding oral minoxidil. Does oral minoxidil help?"
    )
    assert set(q.interventions) == {"oral minoxidil", "finasteride"}
