"""Direction rules written for wording the labelled sets had not met (issue 20, item 3; set F tuned on).

Each case is written in its own words, not a labelled row's, and names the rule it needs: without that
rule the sentence reads another way (checked against the rules before them, commit 018b64f). Cases
marked "guard" read the same either way: they check that a new rule stops where it should.
"""

from __future__ import annotations

import pytest

from index.direction import sentence_direction


def label(sentence: str) -> str | None:
    found = sentence_direction(sentence)
    return found.label if found else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the comparator arm's clause qualifies nothing ("slightly" is the placebo group's)
        ("Scalp coverage improved steadily with the drug, while the placebo group got slightly worse.", "benefit"),
        # a share clearly above the comparator's share is the result; a qualified share is still a caveat
        ("Hair counts rose in 45% of treated men compared with 9% of men on placebo.", "benefit"),
        ("Only 30% of patients responded to the cream, compared with 12% on placebo.", "mixed"),  # guard
        # a subgroup defined by a condition is not the untreated arm
        ("The lotion improved density in most men, while those without eczema showed little change.", "mixed"),
    ],
)
def test_clauses_about_the_comparator_are_set_apart_from_subgroups(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hair loss itself as the exposure (CONVENTIONS_directions.md, settled call 2): a worse outcome is harm,
        # no link is no benefit, a link in one group only is mixed, a lower risk is none
        ("Alopecia areata was linked to depression and anxiety.", "harm"),
        ("Early balding was tied to a greater risk of heart disease in men.", "harm"),
        ("Women with frontal fibrosing alopecia were twice as likely to have thyroid disease than others.", "harm"),
        ("Early balding was not linked to a higher risk of diabetes in this cohort.", "no benefit"),
        ("Alopecia areata was tied to a higher rate of depression in teenagers but not in adults.", "mixed"),
        ("Hair loss was associated with a reduced risk of skin cancer.", None),
        ("Women with hair loss were more likely to have low iron stores.", None),  # guard: a nutrient level
        ("Hair loss was linked to isotretinoin use in a large cohort.", "harm"),  # guard: an exposure
        # a nutrient level linked either way is an association of the level
        ("Vitamin D levels were inversely linked to severity of alopecia areata.", None),
        # an exposure found not to go with hair loss is no effect (settled call 1); a drug's side effect stays none
        ("Daily swimming in chlorinated pools was not associated with hair loss in this survey.", "no benefit"),
        ("There was no link between wearing hats and balding in 2,000 men.", "no benefit"),
        ("The authors found no link between finasteride use and suicidal thoughts.", None),  # guard
        ("Finasteride was not associated with more shedding in the first month.", None),  # guard
        ("Smoking was not linked to hair loss, but heavy drinking was.", None),  # guard
    ],
)
def test_what_hair_loss_goes_with_follows_the_conventions(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trial found nothing to support the claim that rosemary oil regrows hair.", "no benefit"),
        ("There is no basis for the belief that caffeine shampoo stops shedding.", "no benefit"),
        ("The study dispels the myth that biotin improves hair growth in healthy people.", "no benefit"),
        # a denied claim of harm is no direction, not a denied benefit
        ("The review casts doubt on the notion that dyes cause hair loss.", None),
    ],
)
def test_a_claim_reported_to_deny_it_is_not_the_finding(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The gel formed new hair follicles in wounded mouse skin.", "benefit"),
        ("The ointment cleared scalp psoriasis plaques faster than placebo.", "benefit"),
        ("The cream could be a useful low-cost option for patchy hair loss.", "benefit"),
        ("The authors call the result a promising first step toward regrowing hair.", "benefit"),
        ("The supplement gave a modest rise in hair counts.", "mixed"),
        ("The grafts took in nearly every patient.", "benefit"),
        ("Regrowth under the drug was common.", "benefit"),
        ("The microneedling arm outpaced the minoxidil-only arm on hair counts.", "benefit"),
        ("Bald patches filled in within four months of the steroid injections.", "benefit"),
        ("By week 36, most patients on the JAK inhibitor had near-complete scalp coverage.", "benefit"),
        ("The cold cap protected most women from losing their hair.", "benefit"),
        ("Scalp cooling did not protect women on anthracyclines from losing their hair.", "no benefit"),
        ("Dupilumab was followed by regrowth in a patient with alopecia totalis.", "benefit"),
        ("Topical finasteride lifted hair counts well above vehicle at week 24.", "benefit"),
    ],
)
def test_gains_in_other_words(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The saw palmetto capsule gave no extra graft survival over saline.",
        "Adding the drug to therapy brought no further drop in scalp itching.",
        "Hair density was unchanged from baseline after six months of the serum.",
        "Hair came out on combing just as easily as at baseline.",
        "Caffeine shampoo and plain shampoo produced indistinguishable hair counts.",
        "The supplement group and the placebo group ended the trial with the same hair density.",
        "Saw palmetto made no measurable dent in hair loss over a year.",
        "The onion juice lotion proved no match for placebo.",
        "Hair counts in the rosemary oil group ended where they started.",
        "The gel produced hair gains no greater than those seen with vehicle.",
        "Adding biotin to minoxidil gave the same results as minoxidil alone.",
    ],
)
def test_no_benefit_without_a_plain_negated_verb(sentence):
    assert label(sentence) == "no benefit"


def test_no_more_side_effects_than_placebo_is_no_direction():  # guard for "no greater than the comparator"
    assert label("The spray caused no more side effects than the placebo spray.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Smokers had three times the odds of early balding compared with non-smokers.",
        "Fasting pushed most follicles into the resting phase.",
        "Bleaching left hair dry and brittle.",
        "The straightener damaged the cuticle and made the strands snap.",
        "The drug gave a third of the recipients coarse, unwanted hair on the face.",
        "Several transplanted hairs became ingrown.",
        "In cultured dermal papilla cells, the extract cut cell survival by half.",
        "Mice lacking the receptor gene lost their coat and never regrew it.",
        "Women who used chemical straighteners often were more prone to hair thinning.",
        "Women who had COVID-19 often shed large amounts of hair two months later.",
        "Testosterone gel hastened receding at the temples in transgender men.",
        "Women taking levothyroxine reported hair shedding in the first months.",
    ],
)
def test_harms_in_other_words(sentence):
    assert label(sentence) == "harm"


def test_a_risk_of_hair_greying_is_no_gain_in_hair():
    assert label("Smoking doubles the risk of premature hair greying.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a benefit joined to a contrast clause the cues cannot read gives no direction, not the first clause's
        ("Baricitinib regrew scalp hair in many adults, whereas eyebrows lagged far behind.", "mixed"),
        ("The foam increased hair counts at six months, but the gain had shrunk by one year.", "mixed"),
        ("Microneedling boosted regrowth, but the effect was confined to the crown.", "mixed"),
        ("The tonic regrew hair in most men, but the bottles were hard to open.", None),
        ("PRP improved density in early thinning; men with advanced baldness saw the bottles.", None),
        # reserve about the evidence and safety no worse than the comparator take nothing back
        ("The serum raised hair counts, though human trials are lacking.", "benefit"),  # guard
        ("Dutasteride regrew more hair than finasteride, while side effects were similar in both groups.", "benefit"),
        # a harm that forced patients to stop takes something back
        ("The pill regrew hair, but high blood pressure forced many patients to stop.", "mixed"),
        # a growth verb the cues do not read, then a failure: no direction rather than the failure
        ("The tonic grew fine fuzz on the temples, but did not change hair counts.", None),
        ("The gel grew new follicles in wounded skin but barely worked in unwounded skin.", "mixed"),
    ],
)
def test_clauses_that_disagree_give_mixed_or_nothing(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reporting frame is read past: the finding's own subject comes after it
        ("The study concluded that hair loss after bariatric surgery was seen in most patients.", "harm"),
        # a comorbidity that goes with hair loss is a worse outcome (CONVENTIONS_directions.md, settled call 2)
        ("Alopecia areata is associated with thyroid disease.", "harm"),
        ("Ketoconazole shampoo is a useful adjunct to minoxidil for men with pattern hair loss.", "benefit"),
        ("Children with patchy alopecia areata responded well to topical steroids.", "benefit"),
        # a subgroup that did not, said by ellipsis
        ("Most children responded well to topical steroids, but those with totalis did not.", "mixed"),
        # a small amount over sham is a caveat on the size; the same small amount as the base is no benefit (guard)
        ("Laser therapy increased hair density by a small amount over sham.", "mixed"),
        ("Hair counts rose by the same small amount with the tonic as with the plain base shampoo.", "no benefit"),
    ],
)
def test_frames_comorbidities_ellipsis_and_size(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the cause of a harm treated is the intervention; the harm before it is background
        ("Hypothyroidism is strongly linked to hair shedding, and treating it improves the hair.", "benefit"),
        # "damaged" after a verb is an adjective, not a harm done
        ("Platelet lysate helps damaged follicles regrow quickly in mice.", "benefit"),
        ("The bleach damaged the hair follicles in most users.", "harm"),  # guard
    ],
)
def test_a_treated_cause_and_damaged_as_an_adjective(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only the highest dose improved hair counts.", "mixed"),
        ("Early gains in density were lost once treatment stopped.", "mixed"),
        # a loss the cues do not read, then a gain: no direction rather than the gain
        ("Hair shedding worsened in the first month of minoxidil use, but density was higher by month six.", None),
    ],
)
def test_one_dose_a_gain_lost_and_a_loss_before_a_gain(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a caveat in a clause joined by ", with" or ", and"
        ("Baricitinib regrew hair in most patients, with relapse common after stopping.", "mixed"),
        ("PRP raised hair density, and most of the gain was gone by one year.", "mixed"),
        ("Hair counts improved in the treated group, with the exception of men over fifty.", "mixed"),
        # guards: safety no worse, and an ", and" clause whose caveat-like word has another subject
        ("Finasteride raised hair counts more than placebo, with no increase in sexual side effects.", "benefit"),
        ("Testosterone slowed shaft growth, and caffeine reversed this and prolonged the growth phase.", "benefit"),
    ],
)
def test_caveats_in_joined_clauses(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("None of the treated mice went bald, while all untreated mice did.", "benefit"),
        ("There was no further thinning in women who kept using the foam.", "benefit"),
        ("Hair loss progressed despite treatment in most patients.", "no benefit"),
        ("Hair counts barely moved with the lotion.", "no benefit"),
    ],
)
def test_no_harm_among_the_treated_and_a_loss_despite_treatment(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a cue that runs across a denial already read is no gain
        "Topical clascoterone produced no meaningful gains in hair counts versus vehicle.",
        # the gain as the subject of a denied comparison with the comparator
        "The gains in hair counts seen with clascoterone did not differ from those with vehicle.",
    ],
)
def test_a_gain_inside_or_under_a_denial_is_no_benefit(sentence):
    assert label(sentence) == "no benefit"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share of treated patches is a share like one of patients
        ("Hair regrowth occurred in 35% of treated patches.", "mixed"),
        # a gain taken back in an appositive after a comma
        ("Only a handful of patients regrew hair on the cream, no more than with placebo.", "no benefit"),
        ("The foam kept working throughout the two-year study.", "benefit"),
    ],
)
def test_shares_of_patches_appositive_denials_and_lasting_effects(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lotion halved hair shedding compared with placebo.", "benefit"),
        ("The lotion had no bearing on hair density.", "no benefit"),
        ("The antidepressant brought about noticeable thinning in several women.", "harm"),
        ("Eyebrow density rose by a third with bimatoprost, but many users reported eye irritation.", "mixed"),
    ],
)
def test_halved_no_bearing_brought_about_and_irritation(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # guards met on the project's own pages: safety described, a sign on trichoscopy, another drug by ellipsis
        ("Density and thickness improved with treatment, with minimal side effects.", "benefit"),
        ("Low-dose oral minoxidil helps hair loss, with extra facial and body hair the main side effect.", "benefit"),
        ("Trichoscopy showed broken hairs without scarring, and the hair regrew in all three.", "benefit"),
        ("JAK3 inhibition produced robust hair regrowth, while JAK2 inhibition did not.", None),
        ("Eleven more children became infected, mostly those in the same room as the first cases.", None),
        # complaints about use and reporting of harms take nothing back from the effect
        ("Radiofrequency treatment may raise hair counts in men, though some disliked the smell.", "benefit"),
        ("Satisfaction was high, but complications were poorly reported.", "benefit"),
        # a harm of a nutrient withheld is a deficiency's, not of the nutrient
        ("The zinc-deprived rats lost fur on the head and back.", None),
    ],
)
def test_guards_from_the_projects_own_pages(sentence, expected):
    assert label(sentence) == expected


def test_unwanted_hair_given_stays_inside_its_clause():
    sentence = "Oral and topical minoxidil gave similar gains in hair density, and unwanted body hair was more common."
    assert label(sentence) == "benefit"


def test_a_systemic_effect_of_a_local_treatment_is_a_caveat():
    sentence = "Shedding slowed and hair grew, but some of the drug was absorbed into the body and sperm counts fell."
    assert label(sentence) == "mixed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # set G families (tests/data/directions_heldout_g1.md, _g2.md; tuned on): both arms alike
        ("Hair counts went up by 5% with the foam and by the same amount with the vehicle foam.", "no benefit"),
        ("Shedding fell by about 12% with the tonic and by about 11% with plain shampoo.", "no benefit"),
        ("Hair counts rose by 20% with the foam against 4% with the vehicle foam.", "benefit"),  # guard
        ("Side effects rose by 10% with the pill and by 9% with placebo.", None),  # guard: safety
        # a gain judged too small to matter is no gain
        ("Hair counts rose by 4% with the serum and by 3% with placebo, a gain too small to matter.", "no benefit"),
        ("Hair counts rose by 6% with the spray against 5% with vehicle, not clinically meaningful.", "no benefit"),
    ],
)
def test_arms_that_moved_alike_and_gains_of_no_clinical_value(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # matched an active drug named with its strength
        ("A caffeine lotion matched 5% minoxidil for hair counts in men.", "benefit"),
        # safety as the comparator's, in another word order
        ("The foam grew more hair than the lotion, with comparable rates of side effects.", "benefit"),
        ("The serum grew more hair than minoxidil, with similar numbers of adverse events.", "benefit"),
        # a hair harm that fell is the benefit; the level it fell to is no share of responders
        ("After iron tablets, the share of women reporting heavy shedding fell from 60% to 25%.", "benefit"),
        ("After iron tablets, daily shedding dropped from 60% to 25% of women.", "benefit"),
    ],
)
def test_comparisons_safety_alike_and_harms_that_fell(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a harm only in the contrast clause after a gain the cues cannot read is no direction, not harm
        ("Rosemary oil rivalled minoxidil for regrowth, but it caused more scalp itching.", None),
        ("The oil held its own against minoxidil for regrowth, but it caused more scalp itching.", None),
        ("The serum improved density, but it caused more scalp itching than the drug did.", "mixed"),  # guard
    ],
)
def test_a_harm_after_an_unread_gain_is_no_direction(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # set G, full set: a double negative read as a comparison negates nothing after it
        ("A tea tree shampoo was no worse than ketoconazole at thickening the hair of women.", "benefit"),
        ("The serum was not inferior to minoxidil in thickening the hair over a year.", "benefit"),
        ("Minoxidil was no worse than placebo at regrowing hair.", "no benefit"),  # guard
        # evidence looked for and not found denies the claim after it
        ("The review found nothing in nine small trials to show that garlic gel regrows hair.", "no benefit"),
        ("The panel saw no sign in the pooled data to suggest that the tonic thickens hair.", "no benefit"),
        ("The review found nothing to show that dyes cause hair loss.", None),  # a denied harm
        # a hair word whose verb's object is a harm is no gain
        ("Daily bleaching made hair dry and rough and increased breakage in most users.", "harm"),
        ("Hair density rose and increased steadily over the year.", "benefit"),  # guard
    ],
)
def test_double_negative_comparisons_evidence_not_found_and_harms_as_objects(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # found by rewording burned rows without changing their meaning: a lead-in before the subject
        ("Overall, early balding was linked to a higher risk of diabetes in men under 50 but not older men.", "mixed"),
        ("In this cohort, hair shedding began about three months after COVID-19 in most of the patients.", "harm"),
        # the comparator brought in by "compared with" or "versus" as by "than"
        ("The laser helmet was no better compared with a sham helmet at raising hair counts.", "no benefit"),
        ("The peptide serum was no more effective versus its vehicle at slowing hair loss.", "no benefit"),
        ("Rats given the cream grew no more fur compared with untreated rats.", "no benefit"),
        # synonyms of words the cues knew: participants, a qualified partial gain, aided, demonstrated
        ("The lotion helped only participants with early thinning.", "mixed"),
        ("Oral tofacitinib gave partial scalp regrowth in most adults with alopecia universalis.", "mixed"),
        ("The serum aided density in women but had no effect in men.", None),
        ("Most of the 40 patients regrew hair, and only a few demonstrated no response.", "benefit"),
    ],
)
def test_rewordings_of_burned_rows_read_as_the_rows(sentence, expected):
    assert label(sentence) == expected


GAIN = "The foam raised hair counts in men with early thinning"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # found by joining caveats to every burned benefit row: each took nothing back before
        (", with frequent scalp irritation.", "mixed"),
        (", although women responded poorly.", "mixed"),
        (", though response rates fell sharply in severe disease.", "mixed"),
        (", but few patients were satisfied with the result.", "mixed"),
        (", but the trial was stopped early for liver toxicity.", "mixed"),
        (", though hair loss resumed when it was stopped.", "mixed"),
        (", with acne and weight gain in some women.", "mixed"),
        # and clauses that take nothing back: reserve, minor or rare harms, safety like placebo's
        (", though few trials have tested it.", "benefit"),
        (", with mild scalp itching in a few users.", "benefit"),
        (", although few patients had side effects.", "benefit"),
        (", with side effects similar to placebo.", "benefit"),
    ],
)
def test_caveats_joined_to_a_gain(clause, expected):
    assert label(GAIN + clause) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a failure joined to a gain the cues cannot read, and hair loss as the exposure with a clause that disagrees
        "The tonic was no better than its vehicle, although density rose in the subgroup with mild loss.",
        "The tonic was no better than its vehicle, yet most users said their hair looked thicker.",
        "Early balding was linked to a higher risk of heart disease, but the link vanished once age was allowed for.",
    ],
)
def test_clauses_that_pull_apart_give_no_direction(sentence):
    assert label(sentence) is None


def test_a_harm_that_sounds_like_a_rise_is_no_unread_gain():
    # "increase" with complications as its object is no gain the cues missed: the failure stands
    assert label("The device did not improve hair counts, but it may increase scalp complications.") == "no benefit"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # other words for a small effect or a small share, in one clause
        ("The serum produced a small but visible gain in hair counts.", "mixed"),
        ("The lotion regrew hair in a minority of patients.", "mixed"),
        ("The shampoo thickened hair a little.", "mixed"),
        ("The laser helmet improved density only at the crown.", "mixed"),
        ("The treatment worked in roughly one patient in four.", "mixed"),
        ("The serum improved density by a clinically trivial amount.", "mixed"),
        # guards: minimal side effects, and a minority with a mild harm, qualify nothing
        ("The foam raised hair counts in most men, with minimal side effects.", "benefit"),
        ("The pill regrew hair in most women, and a minority reported mild nausea.", "benefit"),
    ],
)
def test_small_effects_and_small_shares_in_other_words(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a harm whose subject is few or none of the people is not stated
        "Few patients lost hair with the new regimen.",
        "None of the men on the drug went bald over ten years.",
    ],
)
def test_a_harm_of_few_or_none_is_no_harm(sentence):
    assert label(sentence) != "harm"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negation that is no denial: certainty, a double negative, half of a time
        ("There was no doubt that the foam regrew hair.", "benefit"),
        ("No patient failed to respond to the injections.", None),
        ("The injections regrew hair in half the time taken by creams.", "benefit"),
    ],
)
def test_negations_and_halves_that_deny_nothing(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words of a qualifier in another sense: a visit, a dose, a session, a side of a split scalp
        ("Patients who returned for follow-up at one year had regrown most of their hair.", "benefit"),
        ("A variable-dose regimen of the drug regrew hair in most patients.", "benefit"),
        ("After a third session of PRP, hair density rose in most men.", "benefit"),
        ("Half-strength minoxidil improved hair counts in most women.", "benefit"),
        ("The lotion regrew more hair on the treated half of the scalp than on the untreated half.", "benefit"),
        # guards: a share is still a share
        ("Hair regrew in half of the patients.", "mixed"),
        ("About a third of the patients regrew hair.", "mixed"),
    ],
)
def test_qualifier_words_in_another_sense(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a belief, hope, purpose, proposal or background knowledge states no finding
        "It remains unclear if rosemary oil regrows hair.",
        "Caffeine has been proposed to stimulate hair growth.",
        "Many patients believe that onion juice regrows hair.",
        "The authors hoped that the serum would thicken hair.",
        "The goal of treatment is to regrow hair and prevent further loss.",
        "Clinicians often prescribe minoxidil to regrow hair.",
        "Finasteride is known to lower DHT and slow balding.",
    ],
)
def test_beliefs_hopes_and_purposes_state_no_finding(sentence):
    assert label(sentence) is None
