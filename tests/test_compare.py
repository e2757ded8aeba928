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
