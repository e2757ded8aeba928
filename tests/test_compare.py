"""What a head-to-head study found: the verdict read from its summary (assistant.compare)."""

from assistant.compare import verdict


def test_the_side_named_first_in_a_comparative_sentence_is_its_subject():
    found = verdict(
        "Platelet-rich plasma was more effective than minoxidil at six months.", "minoxidil", "platelet-rich plasma"
    )
    assert found.better == "platelet-rich plasma" and found.stated
    worse = verdict("Minoxidil was less effective than platelet-rich plasma.", "platelet-rich plasma", "minoxidil")
    assert worse.better == "platelet-rich plasma"
    assert str(worse) == "found platelet-rich plasma better than minoxidil"


def test_no_difference_is_a_stated_finding_and_a_bare_comparison_is_not():
    same = verdict("Finasteride and dutasteride gave similar gains in hair count.", "finasteride", "dutasteride")
    assert same.same and same.stated and same.better is None
    bare = verdict(
        "We compared finasteride with dutasteride in 40 men. Hair counts were taken.", "finasteride", "dutasteride"
    )
    assert not bare.stated  # certainty must not count this study as speaking
    assert "states no winner" in str(bare)


def test_a_sentence_naming_only_one_side_decides_nothing():
    found = verdict("Minoxidil was better than placebo. Dutasteride was studied too.", "minoxidil", "dutasteride")
    assert not found.stated


def test_the_two_combined_against_each_alone_names_no_winner():
    text = "Combining finasteride and minoxidil worked better than either drug alone in pooled studies."
    found = verdict(text, "minoxidil", "finasteride")
    assert found.better is None and found.combined and not found.stated
    assert str(found).startswith("found minoxidil and finasteride together better than either alone")
    # a combination sentence is skipped, and a later sentence that compares the sides still decides
    text = "Finasteride plus minoxidil was not better than either alone. Finasteride was more effective than minoxidil."
    assert verdict(text, "minoxidil", "finasteride").better == "finasteride"


def test_a_comparative_about_blood_levels_or_keeping_it_up_names_no_winner():
    text = "A finasteride scalp spray increased hair counts with far lower blood levels than the tablet."
    assert verdict(text, "topical finasteride", "oral finasteride").better is None
    assert verdict(text, "oral finasteride", "topical finasteride").better is None
    text = "Fewer patients stuck with topical minoxidil after a year than with oral finasteride."
    assert not verdict(text, "minoxidil", "finasteride").stated
    # the result itself still decides, in the same sentence as a milder side effect
    text = "Dutasteride raised hair counts more than finasteride, with similar rates of side effects."
    assert verdict(text, "finasteride", "dutasteride").better == "dutasteride"  # "similar" is of the harms
    text = "Rosemary oil gave results similar to 2% minoxidil after six months, with less scalp itching."
    assert verdict(text, "rosemary oil", "minoxidil").same  # "less" is of the itching
    text = "Hair counts rose more with dutasteride than with finasteride."
    assert verdict(text, "finasteride", "dutasteride").better == "dutasteride"


def test_about_as_well_as_is_no_difference():
    text = "Oral minoxidil at 1 mg worked about as well as the 5% solution for women's hair loss."
    assert verdict(text, "oral minoxidil", "topical minoxidil").same


def test_one_mention_of_a_drug_is_not_both_of_its_forms():
    text = "Hair counts rose more with finasteride in the second year."
    assert not verdict(text, "topical finasteride", "oral finasteride").stated
    assert not verdict(text, "oral finasteride", "topical finasteride").stated
