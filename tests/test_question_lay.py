"""How a post's clauses are read: which clause asks, what a keyword search is about (issue 20, item 2).

Rules from the lay question sets, each in words of our own: an emoji ends a clause; a sign-off asking
for info asks nothing of the studies; "does it work?" asks of the clause before it; a story told without
its "I" is not the question; "trying to" takes a verb, not a subject; a keyword search names its subject
first; an asking clause with no topic says nothing to measure coverage by.
"""

from __future__ import annotations

from assistant.question import asking_part, asks_lasting, parse, says_what, understand


def test_an_emoji_ends_a_clause_as_a_full_stop_does():
    text = "had my op in spring and now the shower drain is full every morning 😩 when does it settle?"
    assert asking_part(text) == "when does it settle?"


def test_a_line_break_ends_a_clause():
    text = "hi everyone\n31M, crown going for two years\nbeen on minoxidil since march\ndoes ketoconazole add anything"
    assert asking_part(text) == "does ketoconazole add anything"


def test_a_sign_off_asking_for_info_is_not_part_of_the_question():
    text = "does ketoconazole shampoo slow shedding? any info appreciated"
    assert asking_part(text) == "does ketoconazole shampoo slow shedding?"
    assert "appreciated" not in parse(text).aspect_text


def test_a_bare_does_it_work_asks_of_the_clause_before_it():
    text = "microneedling for thin eyebrows, does it actually work?"
    assert "eyebrows" in asking_part(text)
    # a clause that asks of its own subject stays alone
    assert asking_part("my brother swears by it, does microneedling work?") == "does microneedling work?"


def test_a_story_told_without_its_i_is_not_the_asking_clause():
    text = "Was on dutasteride two years, fine at first. Does adding microneedling help?"
    assert asking_part(text) == "Does adding microneedling help?"
    # "was wondering if..." still asks
    assert asking_part("was wondering if biotin helps. thanks") == "was wondering if biotin helps."


def test_trying_to_takes_a_verb_not_a_subject():
    known = {"hair", "loss", "grey", "going", "inherited"}.__contains__
    record = parse("is going grey inherited? trying to work out if im next", known=known)
    assert record.unheard == ()  # before the rule, "work" was read as the thing taken and was unheard


def test_a_keyword_search_names_its_subject_first():
    known = {"hair", "loss", "shedding", "sudden"}.__contains__
    assert parse("wegovy hair loss??", known=known).unheard == ("wegovy",)
    assert parse("sudden shedding", known=lambda w: False).unheard == ()  # a degree word is no subject
    assert parse("does wegovy hair loss stop?", known=known).unheard == ()  # a question that asks is read as one


def test_an_asking_clause_with_no_topic_says_nothing_to_measure_coverage_by():
    assert not says_what("how do i stop?")
    assert not says_what("is it normal?")
    assert not says_what("is it hair loss or alopecia?")  # hair loss itself is in every study
    assert says_what("does scalp cooling stop chemo shedding?")
    assert says_what("why do men hair loss alopecia?")  # who loses it is what it is about


def test_a_ponytail_alone_is_not_traction():
    assert "traction" not in parse("my ponytail is half as thick as it was, could that be my thyroid?").interventions
    assert parse("can tight ponytails thin the temples?").interventions == ("traction",)


def test_a_cream_version_is_the_topical_route_of_the_drug_under_discussion():
    first = understand("does spironolactone help thinning in women?")
    assert understand("and a gel version?", [first.search_text]).interventions == ("topical spironolactone",)


def test_forget_that_starts_the_conversation_over():
    first = understand("my wife is 40 and thinning on top, does minoxidil help her?")
    assert first.population == "women"
    record = understand("ok never mind that. does ketoconazole help?", [first.search_text])
    assert record.population is None and record.interventions == ("ketoconazole",)


def test_a_misspelt_name_of_three_words_is_read():
    assert parse("are platlet rich plasma shots worth it?").interventions == ("platelet-rich plasma",)
    assert parse("is the rich plasma of a steak good for hair?").interventions == ()  # ordinary words stay words


def test_a_follow_up_naming_only_the_exposure_keeps_the_treatment_it_points_back_at():
    first = understand("can a cold cap save my hair during chemo?")
    record = understand("my sister has chemo from monday, would it work for her?", [first.search_text])
    assert record.interventions == ("scalp cooling",) and record.population == "women"
    # asking what happens after the exposure is about the exposure
    after = understand("and if it fails, will her hair grow back after chemo?", [first.search_text])
    assert after.interventions == ("chemotherapy",)


def test_two_routes_in_a_follow_up_compare_the_drug_under_discussion():
    first = understand("is finasteride any good for the crown?")
    record = understand("oral vs topical, which is better?", [first.search_text])
    assert record.interventions == ("oral finasteride", "topical finasteride") and record.kind == "comparison"


def test_a_keyword_search_for_a_treatment_asks_whether_it_works():
    assert understand("ketoconazole for thinning").kind == "efficacy"
    assert understand("covid hair loss").kind != "efficacy"  # an exposure is not asked to work
    first = understand("is minoxidil safe?")
    assert understand("and dutasteride?", [first.search_text]).kind == "safety"  # a follow-up keeps its kind


def test_forum_abbreviations_of_conditions_are_written_out():
    record = parse("does spironolactone help fphl or only acne?")
    assert "female pattern hair loss" in record.aspect_text and "fphl" not in record.aspect_text.lower()
    assert "prostaglandin D2" in parse("is pgd2 why my crown is thin?").search_text


def test_what_evidence_is_asked_for_is_the_subject():
    known = {"hair", "loss", "results", "trial", "scalp"}.__contains__
    assert parse("any trial results for zabolimab yet?", known=known).unheard == ("zabolimab",)
    assert parse("any studies on hair loss yet?", known=known).unheard == ()


# Set G's rules (issue 20, item 2), each in words of our own.


def test_how_long_one_use_lasts_is_a_dose_question():
    from assistant.question import kind_of

    assert kind_of("how long do you keep the cooling cap on each session?", []) == "dose"
    assert kind_of("how long does it take to see results?", []) == "general"


def test_adding_a_treatment_to_it_is_an_add_on():
    from assistant.question import understand

    first = understand("does finasteride work?", [])
    r = understand("what about adding minoxidil on top?", [first.search_text])
    assert r.interventions == ("finasteride", "minoxidil")


def test_the_other_form_one_safer_is_a_comparison():
    from assistant.question import understand

    first = understand("is oral minoxidil safe?", [])
    r = understand("is the topical one safer?", [first.search_text])
    assert (r.interventions, r.kind) == (("oral minoxidil", "topical minoxidil"), "comparison")


def test_a_short_named_question_after_one_about_no_treatment_keeps_its_people():
    from assistant.question import understand

    first = understand("how common is thinning hair in women over 50", [])
    r = understand("does minoxidil help?", [first.search_text])
    assert (r.interventions, r.population) == (("minoxidil",), "women")


def test_a_route_said_after_the_drug_in_a_searched_text_is_kept():
    from assistant.vocabulary import find_interventions

    assert [(n, r) for _, n, r in find_interventions("he wants the minoxidil oral he saw")] == [("minoxidil", "oral")]
    assert [(n, r) for _, n, r in find_interventions("is minoxidil oral or topical better")] == [("minoxidil", "")]


def test_a_flat_iron_is_no_iron_supplement():
    from assistant.vocabulary import find_interventions

    assert [n for _, n, _ in find_interventions("does a flat iron make hair fall out?")] == ["heat styling"]
    assert [n for _, n, _ in find_interventions("do iron tablets help shedding?")] == ["iron"]


def test_a_form_alone_as_the_subject_points_back_at_the_drug_of_the_story():
    r = parse(
        "I put finasteride spray on every night. My GP offered finasteride tablets. "
        "Do the tablets work as well as the spray?"
    )
    assert set(r.interventions) == {"topical finasteride", "oral finasteride"} and r.kind == "comparison"


def test_a_cap_worn_as_clothing_is_no_laser_cap():
    from assistant.vocabulary import find_interventions

    assert [n for _, n, _ in find_interventions("can wearing a hat every day thin your hair?")] == ["hats"]
    assert [n for _, n, _ in find_interventions("is wearing a laser cap every day too much?")] == [
        "low-level laser therapy"
    ]


# Lay sets H and I (issue 20): clinicians' abbreviations and the follow-up kinds both sets missed.


def test_clinicians_abbreviations_name_what_they_stand_for():
    lom = parse("LOM for FPHL: efficacy data?")
    assert lom.interventions == ("oral minoxidil",) and lom.population == "women"
    assert "oral minoxidil" in lom.search_text  # read again as history, the route is still there
    assert parse("JAKi for severe AA: response rates?").interventions == ("jak inhibitors",)
    assert "alopecia areata" in parse("JAKi for severe AA: response rates?").search_text
    assert parse("Antiandrogenic COCs for FPHL, any evidence?").interventions == ("oral contraceptives",)
    five = parse("5-ARI choice in MPHL: any head-to-head trials?")
    assert five.interventions == ("5-alpha reductase inhibitors",) and five.population == "men"
    assert "hair follicle stem cells" in parse("any data on senescence in the HFSC niche?").search_text


def test_an_adverse_events_follow_up_asks_about_safety():
    for aes in ("AEs?", "AE profile?"):
        record = understand(aes, ["scalp cooling in chemotherapy regimens hair preservation rates?"])
        assert record.interventions == ("scalp cooling",) and record.kind == "safety"


def test_two_forms_said_after_the_drug_compare_its_routes():
    record = understand("minoxidil pill or liquid which better for her", ["wife hair is thin on top what she can use"])
    assert record.interventions == ("oral minoxidil", "topical minoxidil") and record.kind == "comparison"
    assert record.population == "women"


def test_a_bare_better_sets_the_new_treatment_against_the_one_discussed():
    record = understand("onion juice better?", ["does tofacitinib work in children?"])
    assert record.interventions == ("tofacitinib", "onion juice") and record.kind == "comparison"
    assert record.population == "children"


def test_which_after_two_named_treatments_asks_between_them():
    assert parse("finasteride vs dutasteride, which grows more hair?").kind == "comparison"
    assert parse("does dutasteride grow more hair?").kind == "efficacy"


def test_side_effects_at_a_dose_ask_about_safety_not_the_dose():
    record = understand("what side effects at that dose?", ["what dose of oral minoxidil in women?"])
    assert record.kind == "safety" and record.interventions == ("oral minoxidil",)
    assert parse("how many mg of oral minoxidil for women?").kind == "dose"


def test_the_baby_born_is_pregnancy_and_a_class_member_keeps_who_was_asked_about():
    assert understand("and after baby born?", ["hair fall after covid-19 how long?"]).interventions == ("pregnancy",)
    member = understand("ritlecitinib specifically, any safety signal?", ["does jak inhibitors work in children?"])
    assert member.interventions == ("ritlecitinib",) and member.population == "children"
    other = understand("does minoxidil work for men?", ["does jak inhibitors work in children?"])
    assert other.population == "men"


def test_the_pill_beside_a_drug_that_is_a_pill_anyway_is_the_contraceptive():
    record = understand("is it better than the pill?", ["does spironolactone work?"])
    assert record.interventions == ("spironolactone", "oral contraceptives") and record.kind == "comparison"
    assert understand("is it better than the pill?", ["does minoxidil work?"]).interventions == (
        "minoxidil",
        "oral minoxidil",
    )


def test_the_kin_the_asker_is_likened_to_is_not_the_population():
    assert parse("will i go bald like my dad").population is None
    assert parse("will finasteride help my dad?").population == "men"


def test_a_question_when_it_will_stop_after_an_exposure_asks_what_happens():
    assert parse("I had a baby 3 months ago and my hair is falling out. Will it stop?").kind == "general"
    assert parse("Is it true that stress makes your hair fall out?").kind == "safety"
    assert parse("does rosemary oil make your hair thicker?").kind == "efficacy"


def test_a_side_set_against_a_named_treatment_that_the_index_has_no_word_of_is_unheard():
    words = {"minoxidil", "finasteride", "placebo", "which", "strongest", "better"}
    known = words.__contains__
    assert parse("Nanoxidil vs minoxidil - which is strongest?", known=known).unheard == ("nanoxidil",)
    assert parse("minoxidil vs RU58841?", known=known).unheard == ("ru58841",)
    assert parse("minoxidil vs finasteride, which is better?", known=known).unheard == ()
    assert parse("minoxodil vs finastride?", known=known).unheard == ()  # misspelt names are named
    assert parse("minoxidil vs placebo?", known=known).unheard == ()


def test_a_class_named_beside_two_of_its_members_is_no_side():
    record = parse("5-ARI choice in MPHL: dutasteride 0.5 mg vs finasteride 1 mg, any head-to-head RCT?")
    assert record.interventions == ("dutasteride", "finasteride") and record.kind == "comparison"
    assert parse("are 5-ARIs safe?").interventions == ("5-alpha reductase inhibitors",)


def test_a_treatment_the_story_keeps_hearing_about_is_what_a_pointer_asks_of():
    text = "on finasteride for 3 years, fine results. Keep hearing about pyrilutamide lately. Has it worked in trials?"
    assert parse(text).interventions == ("pyrilutamide",)
    # an asking clause that names its treatment, or no story heard of, keeps both
    record = parse("on finasteride, keep hearing about pyrilutamide. is pyrilutamide better than finasteride?")
    assert set(record.interventions) == {"pyrilutamide", "finasteride"}
    assert len(parse("been using minoxidil and finasteride for a year. Is it safe to keep going?").interventions) == 2


def test_a_bare_is_that_true_asks_of_the_claim_before_it():
    text = "I'm nervous about dutasteride because a friend said it causes depression. Is that true?"
    assert "depression" in asking_part(text, harm_claimed=True)
    assert "depression" in parse(text).aspect_text
    # advice doubted is the story: what it says is no topic every study must hold
    doubted = "a guy on here said you should get your loss stable with meds before a transplant. Is that true?"
    assert "stable" not in parse(doubted).aspect_text
    # an asking clause with a subject of its own stays alone
    other = "my friend said it causes depression. does minoxidil cause acne?"
    assert asking_part(other) == "does minoxidil cause acne?"


def test_how_long_results_of_a_treatment_last_is_an_aspect_of_its_own():
    record = parse("how long do the results of PRP injections last?")
    assert asks_lasting(record) and "sustained" in record.aspect_text
    assert not asks_lasting(parse("how long does shedding after covid last?"))  # an exposure: its time course
    assert not asks_lasting(parse("how long does PRP take to work?"))


def test_a_bare_is_or_are_before_a_keyword_search_still_asks_whether_it_works():
    assert understand("are exosomes for hair?").kind == "efficacy"
    # the searched text of "are exosomes legit for hair?", read again as history, keeps its kind for "what about X?"
    assert understand("what about microneedling?", ["are exosomes for hair?"]).kind == "efficacy"
    assert understand("is minoxidil safe for hair?").kind == "safety"
