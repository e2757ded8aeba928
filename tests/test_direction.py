"""The direction of a study's finding: sentence rules, the study's own conclusion, and the stored fields."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import DATA, SEED

from index.__main__ import main as index_main
from index.build import build
from index.direction import LABELS, sentence_direction, study_direction
from index.facts import with_facts
from index.records import Provenance, Study
from index.store import Store


def label(sentence: str) -> str | None:
    found = sentence_direction(sentence)
    return found.label if found else None


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        ("Biotin improved hair growth in women.", "Biotin did not improve hair growth in women."),
        (
            "The laser comb significantly increased hair counts.",
            "The laser comb did not significantly increase hair counts.",
        ),
        ("Iron tablets reduced shedding in women.", "Iron tablets failed to reduce shedding in women."),
        ("Vitamin D helped regrow hair in alopecia areata.", "Vitamin D did not help regrow hair in alopecia areata."),
        ("Biotin helps hair in healthy people.", "Biotin rarely helps hair in healthy people."),
    ],
)
def test_a_negator_turns_a_benefit_into_no_benefit(stated, denied):
    assert (label(stated), label(denied)) == ("benefit", "no benefit")


def test_double_negatives_and_non_inferiority_are_benefits():
    assert label("Oral minoxidil was no less effective than the topical solution.") == "benefit"
    assert label("Oral minoxidil was not inferior to topical minoxidil at 24 weeks.") == "benefit"


def test_hedges_mark_the_finding_without_changing_it():
    plain, hedged = (
        sentence_direction("Rosemary oil reduced hair loss."),
        sentence_direction("Rosemary oil may reduce hair loss."),
    )
    assert (plain.label, plain.hedged, hedged.label, hedged.hedged) == ("benefit", False, "benefit", True)
    promising = sentence_direction("Exosomes showed promising hair growth results, but more research is needed.")
    assert (promising.label, promising.hedged) == ("benefit", True)
    appeared = sentence_direction("Topical melatonin appeared to reduce hair shedding.")
    assert (appeared.label, appeared.hedged) == ("benefit", True)
    harm = sentence_direction("Isotretinoin may trigger hair shedding.")
    assert (harm.label, harm.hedged) == ("harm", True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rosemary oil was as effective as 2% minoxidil after six months.", "benefit"),
        ("Oral minoxidil works faster than topical minoxidil.", "benefit"),
        ("Dutasteride grew more hair than finasteride.", "benefit"),
        ("Saw palmetto was no better than placebo.", "no benefit"),
        ("Hair growth was similar in the active and placebo groups.", "no benefit"),
        ("Topical latanoprost was less effective than minoxidil.", "mixed"),
    ],
)
def test_comparisons_read_by_what_they_are_compared_with(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smoking was associated with a higher risk of early balding.", "harm"),
        ("Hair relaxers are linked to scarring hair loss.", "harm"),
        ("Some men report erectile dysfunction that continues after stopping finasteride.", "harm"),
        # an exposure with no effect on hair is no benefit (tests/data/CONVENTIONS_directions.md, settled call 1)
        ("Hair dye use was not associated with hair loss in this cohort.", "no benefit"),
        ("The authors found no link between finasteride use and suicidal thoughts.", None),
        ("Topical finasteride caused fewer sexual side effects than the tablet.", None),
        ("Scalp cooling reduced chemotherapy-induced hair loss.", "benefit"),
    ],
)
def test_exposures_linked_to_harm_are_harm_and_denied_links_are_not(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "This review discusses treatments for androgenetic alopecia.",
        "About one in seven young men already showed pattern hair loss.",
        "DKK-1 increases in balding scalp and causes follicle cells to die when exposed to DHT.",
        "The drug was well tolerated and no serious adverse events occurred.",
        "The study looked at whether diet affects hair loss in teenagers.",
        "Does minoxidil work?",
        "Many people use supplements to improve hair growth.",
        "Dermoscopy helps tell frontal fibrosing alopecia from pattern hair loss.",
        "",
    ],
)
def test_no_direction_when_the_text_states_none(sentence):
    assert sentence_direction(sentence) is None


def test_caveats_on_the_effect_make_a_finding_mixed():
    assert label("Scalp cooling helped about half of women keep their hair.") == "mixed"
    assert label("PRP worked well in mild hair loss but not in advanced cases.") == "mixed"
    assert label("Laser therapy gave modest improvements in hair density.") == "mixed"
    assert label("Hair grew back in 30% of patients.") == "mixed"
    assert label("Hair grew back in 80% of patients.") == "benefit"
    assert label("Improvements were seen on the crown but not at the temples.") == "mixed"


def test_effectively_treats_is_a_benefit():
    assert label("Spironolactone effectively treats female pattern hair loss with few side effects.") == "benefit"
    assert label("The cream treated patchy alopecia areata successfully.") == "benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Topical spironolactone gave mixed results in women with pattern hair loss.",
        "The results of oral minoxidil for alopecia areata were inconsistent across trials.",
        "Evidence on laser combs is conflicting.",
        "Trials of biotin produced conflicting findings.",
        "Responses to JAK inhibitors were variable.",
        "Outcomes with PRP varied widely between clinics.",
    ],
)
def test_a_finding_mixed_in_itself_is_mixed_without_a_benefit_word(sentence):
    assert label(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "We fitted mixed-effects regression models to the hair counts.",  # a method, not a finding
        "Minoxidil was mixed with a cream base and applied nightly.",
        "The hair counts were inconsistent with a simple dose-response model.",
        "We discuss why earlier trials gave conflicting results.",  # the literature, not this study
        "Women with alopecia had lower vitamin D, while results for men were inconsistent.",  # an association
    ],
)
def test_mixed_words_that_are_no_finding_of_the_study(sentence):
    assert label(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Vitamin D cream did not speed regrowth of patches in a small trial.",
        "Melatonin failed to hasten recovery from telogen effluvium.",
        "The laser did not accelerate hair regrowth after transplant.",
        "Minoxidil did not shorten the time to regrowth after chemotherapy.",
        "Topical caffeine failed to stimulate new hair growth.",
        "Biotin worked no better than a sugar pill.",
        "Spironolactone was no more effective than placebo.",
        "Collagen is unlikely to regrow hair.",
        "Oral iron doesn't help shedding in women with normal ferritin.",
        "Current evidence does not support laser combs for restoring hair.",
        "Using biotin as a hair supplement is not supported by high-quality studies.",
    ],
)
def test_denied_benefits_in_other_words_are_no_benefit(sentence):
    assert label(sentence) == "no benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Other treatments failed to induce the heat-shock response in the cells.",  # no hair object
        "Oral minoxidil did not lower blood pressure in women with normal pressure.",  # safety, not efficacy
        "Vitamin D levels did not predict regrowth after steroid injections.",
        "These data do not support an association between diet and hair loss.",  # a link, not a treatment
    ],
)
def test_negated_verbs_without_a_hair_benefit_are_no_finding(sentence):
    assert label(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Low vitamin D was linked to more severe patchy hair loss in children.",
        "Vitamin D deficiency is associated with alopecia areata.",
        "Low serum ferritin is tied to chronic telogen effluvium.",
        "Low vitamin D levels may signal more severe alopecia areata.",
        "Insufficient vitamin D levels were correlated with worse hair shedding.",
        "Hair loss was associated with low zinc and iron levels.",
        "Biotin deficiency can lead to hair loss and rashes.",
        "People with several kinds of hair loss were more likely to be low in vitamin D than controls.",
    ],
)
def test_a_deficiency_linked_to_hair_loss_is_no_harm_of_the_supplement(sentence):
    assert label(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("High-dose vitamin A supplements triggered hair loss.", "harm"),  # an excess is still a harm
        ("Low-dose oral minoxidil caused hair shedding in the first month.", "harm"),  # a dose, not a deficiency
        ("Low-level laser therapy increased hair density compared with sham.", "benefit"),
        ("Low iron and lysine levels can cause hair loss, and raising them can reduce hair shedding.", "benefit"),
        ("Finasteride for hair loss increases the risk of long-lasting sexual dysfunction.", "harm"),
        ("Finasteride can cause lasting sexual, emotional, and cognitive issues.", "harm"),
        ("Some patients using cold caps got mild scalp injuries similar to frostbite.", "harm"),
    ],
)
def test_what_is_not_a_deficiency_keeps_its_direction(sentence, expected):
    assert label(sentence) == expected


def test_a_deficiency_study_gets_no_direction_from_its_summary_either():
    tldr = "Adults with patchy alopecia areata had lower vitamin D than people without hair loss."
    summary = (
        "Vitamin D was measured in 64 patients and 64 controls. Vitamin D deficiency was more frequent in "
        "the patients and was linked to more extensive hair loss."
    )
    assert study_direction("Serum vitamin D in alopecia areata", tldr, summary) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Saw palmetto was inferior to finasteride for crown hair.", "mixed"),
        ("Biotin helped fewer women than iron did.", "mixed"),
        ("Fewer patients responded to saw palmetto than to finasteride.", "mixed"),
        ("Finasteride helped more men than saw palmetto did.", "benefit"),
        ("Oral minoxidil was not inferior to topical minoxidil.", "benefit"),
    ],
)
def test_a_treatment_that_loses_to_an_active_comparator_is_mixed(sentence, expected):
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bleaching increased hair damage.", "harm"),  # was read as more hair, a benefit
        ("The dye increased hair breakage.", "harm"),
        ("Minoxidil increased hair shedding in the first weeks.", "harm"),
        ("Relaxers damaged the hair shaft.", "harm"),
        ("Onion juice reduced hair fall in most women.", "benefit"),
        ("The shampoo did not reduce hair fall.", "no benefit"),
        ("Minoxidil delayed hair loss in young men.", "benefit"),
        ("Finasteride can cause erectile problems, but these usually go away when it is stopped.", "harm"),
        ("DKK-1 increases in balding scalp.", None),  # a mediator rising in bald scalp, no treatment
        ("Prostaglandin D2 inhibits hair growth.", None),  # a mechanism
    ],
)
def test_hair_harms_in_other_words(sentence, expected):
    assert label(sentence) == expected


def test_a_benefit_reported_only_as_weakly_evidenced_is_no_finding():
    assert label("The evidence that biotin helps hair is weak.") is None
    hedged = sentence_direction("Evidence for PRP is limited, but it increased hair density in most trials.")
    assert (hedged.label, hedged.hedged) == ("benefit", True)


def test_confirming_if_it_works_is_no_finding():
    assert label("More research is needed to confirm if PRP is effective for treating hair loss.") is None


def test_the_tldr_wins_over_the_summary_and_the_sentence_is_verbatim():
    tldr = "Ketoconazole shampoo improved hair density in men."
    summary = "Forty men used the shampoo. The authors concluded that it did not significantly reduce shedding."
    found = study_direction("Ketoconazole shampoo", tldr, summary)
    assert (found.label, found.sentence) == ("benefit", tldr)
    from_summary = study_direction(None, "Forty men with hair loss used a shampoo.", summary)
    assert from_summary.label == "no benefit"
    assert from_summary.sentence == "The authors concluded that it did not significantly reduce shedding."
    assert from_summary.sentence in summary


def test_a_summary_ending_on_safety_or_a_question_title_gives_no_direction():
    summary = "Sixty women used the lotion for six months. Two women reported mild scalp itching with the lotion."
    assert study_direction("Does the lotion work?", None, summary) is None
    assert study_direction("Exosomes promote hair growth in mice", None, None).label == "benefit"


def test_facts_carry_the_direction_and_the_digest_counts_it_only_when_set():
    study = Study(
        title="Biotin and hair",
        tldr="Biotin did not improve hair growth.",
        summary="A trial of 40 women.",
        year=2020,
        provenance=(Provenance("a.txt", 1, "page"),),
    )
    # the digest this study had before directions existed: older indexes keep their fingerprints
    assert study.digest() == "1742f4dac477a1343d6bd40716efb9ece2d10040"
    facts = with_facts(study)
    assert (facts.direction, facts.direction_hedged) == ("no benefit", False)
    assert Study.from_dict(json.loads(json.dumps(facts.to_dict()))) == facts
    assert with_facts(Study(summary="This review discusses treatments for hair loss.")).direction is None


def _score(rows: list[dict]) -> dict[str, tuple[int, int]]:
    hits, predicted = Counter(), Counter()
    for row in rows:
        got = label(row["text"])
        if got:
            predicted[got] += 1
            hits[got] += got == row["direction"]
    return {name: (hits[name], predicted[name]) for name in LABELS}


def test_dev_labelled_set_keeps_precision_per_class_and_coverage():
    rows = [json.loads(line) for line in (DATA / "directions_labelled.jsonl").read_text().splitlines() if line]
    assert len(rows) >= 200 and {r["direction"] for r in rows} == {*LABELS, None}
    for name, (hits, predicted) in _score(rows).items():
        assert predicted >= 10 and hits / predicted >= 0.9, (name, hits, predicted)
    given = sum(1 for r in rows if sentence_direction(r["text"]))
    assert given / len(rows) >= 0.7


def test_directions_reach_chroma_metadata_the_stored_record_and_the_export(settings, embedder, capsys):
    build([SEED], settings, quiet=True, embedder=embedder)
    store = Store(settings)
    metas = store.collection.get(include=["metadatas"])["metadatas"]
    directed = [m for m in metas if "direction" in m]
    assert directed and len(directed) < len(metas)  # studies that state no direction carry no key
    assert all(m["direction"] in LABELS and isinstance(m["direction_hedged"], bool) for m in directed)
    assert not any("direction_hedged" in m for m in metas if "direction" not in m)
    hits = store.collection.get(where={"direction": "benefit"}, include=["metadatas"])["metadatas"]
    by_tldr = {store.get_study(m["study_id"]).tldr.split()[0]: m for m in hits}
    assert by_tldr["Mesotherapy"]["direction_hedged"] is True  # "promising ..., but more research is needed"
    mechanism = [m for m in metas if store.get_study(m["study_id"]).tldr.startswith("A substance called DKK-1")]
    assert mechanism and "direction" not in mechanism[0]
    study = store.get_study(directed[0]["study_id"])
    assert (study.direction, study.direction_hedged) == (directed[0]["direction"], directed[0]["direction_hedged"])
    assert index_main(["export", "--data-dir", str(settings.data_dir)]) == 0
    exported = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert Counter(r["direction"] for r in exported if r["direction"]) == Counter(m["direction"] for m in directed)


# ---- word families (issue 20, item 3): each list is one family in words of our own, not the labelled sets'


@pytest.mark.parametrize(
    "sentence",
    [
        "The gel boosted hair counts, but not hair diameter.",
        "Baricitinib regrew scalp hair, but most of it was lost again after the drug was stopped.",
        "Laser therapy increased hair density, although the gains vanished once treatment ended.",
        "The tablets improved hair counts, but less so than finasteride.",
        "Oral minoxidil increased hair density, but raised worries about heart rate.",
        "The foam worked on the crown but did next to nothing at the temples.",
        "Ketoconazole shampoo improved density in mild cases, but results in severe cases were disappointing.",
        "PRP gave a small but significant increase in hair counts.",
        "Scalp cooling was less effective with anthracycline regimens than with taxanes.",
        "Regrowth occurred in three of ten patients.",
        "Forty percent of patients regrew hair.",
        "About half of the patients regained their eyebrows.",
        "Hair transplants gave good results, although some grafts failed in smokers.",
    ],
)
def test_a_caveat_in_a_contrast_clause_or_a_minority_makes_a_benefit_mixed(sentence):
    assert label(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hair counts rose with minoxidil, whereas there was no change with placebo.",
        "Hair density improved with PRP but not with saline.",
    ],
)
def test_a_contrast_clause_about_the_placebo_arm_is_no_caveat(sentence):
    assert label(sentence) == "benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruxolitinib brought back almost all scalp hair in most patients.",
        "Treated mice grew their fur back within three weeks.",
        "Hair regrowth occurred in 18 of 22 treated patches.",
        "Users of the shampoo shed fewer hairs during combing than the control group.",
        "Counts stayed above the starting level for five years.",
        "Dutasteride held hair counts steady over two years.",
        "Most women kept the bulk of their hair with the cooling cap.",
        "The laser helmet beat the sham helmet on every hair measure.",
        "Treated follicles remained in the growth phase longer than untreated ones.",
        "The peptide pushed resting follicles back into the growth phase in mice.",
        "The laser device roughly doubled hair counts compared with baseline.",
        "Women who took iron saw their shedding ease within three months.",
        "Low-dose oral minoxidil was comparable to topical minoxidil for crown thinning.",
    ],
)
def test_benefits_stated_without_the_usual_verbs(sentence):
    assert label(sentence) == "benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reviewers judged the trial data on the scalp lotion encouraging, but larger trials are needed.",
        "Peppermint oil might be a gentler alternative to minoxidil for thinning hair.",
        "Melatonin may have a role in treating hair loss.",
        "Microneedling might enhance the effect of topical minoxidil on hair.",
    ],
)
def test_reserved_benefits_are_hedged_benefits(sentence):
    found = sentence_direction(sentence)
    assert (found.label, found.hedged) == ("benefit", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The supplement did nothing to slow shedding.",
        "Melatonin drops did little for hair density in men.",
        "The change in hair density did not reach statistical significance.",
        "Hair counts rose slightly, but the difference from placebo was not statistically significant.",
        "Minoxidil improved density, but it was no better than placebo.",
        "Improvements with the laser cap were no different from those seen with a dummy device.",
        "The herbal tonic offered no extra benefit over minoxidil alone.",
        "The herb showed no protective effect against hair loss.",
        "Caffeine gel was no more useful than the plain gel base at stopping shedding.",
        "Scalp cooling failed in most women receiving anthracyclines.",
        "None of the supplements changed hair density.",
        "Hair growth was no faster with the device than without it.",
        "Patients given the vitamin regrew no more hair than those given sugar pills.",
        "The serum didn't make any difference to shedding.",
        "Applying the oil had no impact on hair density.",
        "The authors recommend against using biotin for hair loss.",
        "These results did not support using zinc to treat alopecia areata.",
    ],
)
def test_no_benefit_in_other_words(sentence):
    assert label(sentence) == "no benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "A keratin treatment sparked severe breakage and patchy hair loss.",
        "The dye provoked a reaction so severe that she lost most of her scalp hair.",
        "A hair relaxer set off an allergic reaction in the scalp of a young woman.",
        "Heavy smokers were three times as likely to go bald early.",
        "Smokers had higher odds of moderate to severe balding.",
        "Shedding began within three months of the operation in most patients.",
        "Sexual side effects lingered long after men stopped the drug.",
        "The pill increased the chance of excess body hair.",
        "In mice, stress hormones shut down regrowth of the coat.",
        "Women wearing the tight wigs developed patchy hair loss at the edges.",
        "Her hair came out in clumps within days of the bleaching treatment.",
        "Follicles exposed to the drug entered the resting phase early.",
        "Hair loss after gastric surgery was seen in 60% of patients.",
    ],
)
def test_harms_in_other_words(sentence):
    assert label(sentence) == "harm"


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier reports had claimed that minoxidil regrows hair in half of users.",
        "Patients who lost their hair during chemotherapy reported more anxiety.",
        "The data did not support the idea that biotin is linked to hair loss.",
    ],
)
def test_other_studies_results_and_what_hair_loss_leads_to_give_no_direction(sentence):
    assert label(sentence) is None


# Guards for the broadened families above: today's rules already read these right, and a rule written too wide
# (a "but" clause about the placebo arm, "matched controls", "a novel approach", "not significant" about a risk)
# breaks them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Finasteride improved hair counts, while placebo did not.", "benefit"),
        ("Topical finasteride not only slowed loss but also thickened hair.", "benefit"),
        ("PRP increased hair density, though the trial was small.", "benefit"),
        ("Eight of the ten men regrew hair at the crown.", "benefit"),
        ("The spray thickened hair on the crown but not at the hairline.", "mixed"),
        ("Hair regrew in fewer than half of the treated patches.", "mixed"),
        ("Unlike earlier trials, this one found that the cream did not improve hair counts.", "no benefit"),
        ("Previous studies had found that saw palmetto helped, and this review gathers them.", None),
        ("Placebo users kept losing hair, while men on finasteride kept theirs.", None),
        ("The rise in side effects with the foam was not significant.", None),
        ("The association between biotin intake and hair loss was not significant.", None),
        ("Prostaglandin D2 inhibits hair growth in mouse skin.", None),
        ("Sham-operated mice served as time-matched controls.", None),
        ("Portable imaging is a valuable tool and a novel approach to screening.", None),
        ("Surgery is the only alternative for advanced baldness.", None),
        ("Finasteride users were not more likely to develop depression.", None),
    ],
)
def test_the_broadened_families_keep_what_they_must_not_change(sentence, expected):
    assert label(sentence) == expected


# ---- clause polarity (set D): a direction stands only when the clauses about the study agree


@pytest.mark.parametrize(
    "sentence",
    [
        # a benefit taken back by another trial, another group, a lost gain, a dropout or a harm
        "Drug Q thickened hair in the small pilot, but the larger confirmatory study missed its primary endpoint.",
        "The gel raised hair density in one of the two centres but far less in the other.",
        "The lotion increased hair counts at week 12, but the effect was gone by week 24.",
        "The tablets regrew scalp hair in most patients, but 9% stopped because of acne.",
        "Oral minoxidil improved density, though a fifth of the women developed facial hair.",
        # a benefit in one respect joined to a failure in another
        "Early treatment can stop further loss but seldom restores hair that has gone.",
        "Scalp lesions responded to the cream, whereas beard patches showed no change.",
        "Most patients regrew their eyebrows, while scalp hair responded less.",
        "Cold caps saved hair for most women on docetaxel, but few on epirubicin kept theirs.",
        "The patch raised hair counts in women, although leg swelling led several to stop.",
        "The spray cut shedding early on, but by week 20 the effect had worn off.",
        "The drug regrew more hair than finasteride in three of four trials, with the fourth showing no difference.",
        "The massage device increased hair thickness, but hair counts stayed the same.",
        "Ruxolitinib regrew most of the scalp hair in 14 of 22 patients, though three developed pneumonia.",
    ],
)
def test_a_benefit_with_a_clause_that_takes_it_back_is_mixed(sentence):
    assert label(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Finasteride slowed hair loss, whereas men on placebo kept losing hair.",
        "PRP improved hair density at six months, whereas the saline-injected side did not change.",
        "PRP improved density, although the studies were small.",
    ],
)
def test_a_contrast_about_the_comparator_or_reserve_keeps_the_benefit(sentence):
    assert label(sentence) == "benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The foam increased hair counts by the same amount as the vehicle foam.",
        "Shedding fell by a similar amount with the caffeine shampoo as with the placebo shampoo.",
        "The tonic produced the same hair growth as the carrier oil alone.",
        "Hair density rose similarly in the caffeine and placebo groups.",
        "Regrowth after the rosemary oil matched that seen with the carrier oil.",
        "Neither the short nor the long course of the supplement changed hair counts.",
        "The herbal tonic helped neither shedding nor density.",
        "Hair density improved in the exosome group and in the saline group alike.",
        "Adding a laser comb to finasteride gave no extra regrowth over finasteride alone.",
    ],
)
def test_an_outcome_equal_to_the_control_is_no_benefit(sentence):
    assert label(sentence) == "no benefit"


def test_equal_to_the_control_is_read_only_for_hair_outcomes():
    assert label("Neither weight nor waist circumference changed in either group.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Two years after paclitaxel, a quarter of the patients had still not regrown a full head of hair.",
        "Three years after radiotherapy, hair had never grown back over the treated area.",
        "Women on the crash diet lost more hair than women on a balanced diet.",
        "Many women on the low-protein diet reported more hair fall, while none on the standard diet did.",
        "The chemical relaxer burned the scalp and left bald patches.",
        "Peroxide bleach weakened the hair shafts and made them snap.",
        "The hairline receded in two men within weeks of the injections.",
        "A year after anthracyclines, a third of the women still had thinning hair.",
    ],
)
def test_an_exposures_lost_or_unregrown_hair_is_harm(sentence):
    assert label(sentence) == "harm"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hydroxychloroquine calmed the signs of frontal fibrosing alopecia in most treated women.",
        "Rats given the oil grew fur over the shaved patch sooner than those given saline.",
        "By month six, 20 of 28 women on the spray had gained terminal hairs, against 5 of 27 on placebo.",
        "Finasteride kept most men's hair over five years.",
    ],
)
def test_benefits_in_set_d_wordings(sentence):
    assert label(sentence) == "benefit"


def test_an_earlier_single_study_quoted_gives_no_direction():
    assert label("The authors recall that an earlier rat study had found the oil sped up fur growth.") is None


def test_a_gain_in_both_arms_with_no_difference_between_them_is_no_benefit():
    assert label("Both arms grew more hair over the year, but there was no difference between the groups.") == (
        "no benefit"
    )


def test_a_failure_after_a_gain_the_rules_cannot_read_gives_no_direction():
    # "helped the scalp" is no cue the rules read; a bare "no benefit" would hide that gain
    assert label("The tonic seemed to help the scalp, but made no difference to hair counts.") is None
    # the same failure after a clause that claims nothing stays no benefit
    assert label("The tonic was well tolerated, but made no difference to hair counts.") == "no benefit"
    # a blood level raised is no hair gain
    assert label("Iron tablets raised serum ferritin but did not reduce shedding.") == "no benefit"


def test_a_contrast_clause_that_names_a_symptom_without_a_harm_keeps_the_benefit():
    sentence = "Minoxidil regrew hair in most men, but it is also used for high blood pressure and headache."
    assert label(sentence) == "benefit"


# ---- families from set E (each sentence below is new wording; each was read wrongly by the rules before)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial gives no support to the notion that a high-protein diet prevents shedding.",
        "Our data lend little support to the idea that melatonin slows hair loss in men.",
    ],
)
def test_a_denied_protective_idea_is_no_benefit(sentence):
    assert label(sentence) == "no benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rats kept on a low-calorie diet regrew much less hair after clipping than rats fed normally.",
        "Scalp hair grew roughly a quarter more slowly in the men given the antiviral drug.",
        "The anagen phase was shortened in the patients who took the retinoid for six months.",
        "The proportion of telogen hairs increased in most women given the thyroid blocker.",
    ],
)
def test_less_or_slower_growth_and_a_shortened_growth_phase_are_harm(sentence):
    assert label(sentence) == "harm"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chlorinated pool water tripled the lipids lost from hair fibres over a summer.",
        "Frequent bleaching may leave the hair fragile, the stylists reported.",
        "Far from helping, the herbal rinse turned his mild thinning into widespread hair loss.",
        "Peroxide dyes killed cultured follicle cells at doses used in salons.",
        "Traffic fumes lowered hair-growth factors in the follicles of exposed mice.",
    ],
)
def test_damage_to_the_fibre_lab_harms_and_a_disease_made_worse_are_harm(sentence):
    assert label(sentence) == "harm"


@pytest.mark.parametrize(
    "sentence",
    [
        "Teenagers on isotretinoin were more likely than untreated teenagers to notice hair fall.",
        "Patients on the older anticonvulsant were twice as likely than those on the newer one to report shedding.",
        "Ciclosporin made coarse hair grow on the patient's back and arms.",
    ],
)
def test_odds_with_a_comparator_and_hair_on_the_body_are_harm(sentence):
    assert label(sentence) == "harm"


@pytest.mark.parametrize(
    "sentence",
    [
        "Improvement was rated excellent in most of the 45 women, and only a few showed no change.",
        "After the patient was moved from valproate to levetiracetam, the shedding stopped and the hair cycle"
        " returned to normal.",
        "Regular green tea drinking was associated with a reduced risk of early balding.",
        "Volunteers taking the pumpkin seed capsules had roughly a fifth more hairs than at the start.",
    ],
)
def test_benefits_with_a_minority_a_switch_a_protective_link_or_a_share_more(sentence):
    assert label(sentence) == "benefit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zinc eased hair loss in children but made no difference in adults.",
        "The extra hair density from the laser cap peaked at six months and had faded by the second year.",
        "Latanoprost matched minoxidil on the crown but gave only slight gains at the temples.",
    ],
)
def test_benefits_taken_back_in_a_group_or_over_time_are_mixed(sentence):
    assert label(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Iron studies are recommended for every woman who complains of shedding on the contraceptive pill.",
        "A previous registry had reported alopecia in people on apixaban, the introduction notes.",
        "Thyroid screening is advised for every patient who develops thinning hair on lithium.",
    ],
)
def test_advice_to_test_and_another_registrys_report_are_no_finding(sentence):
    assert label(sentence) is None


def test_hair_strands_as_unchanged_as_with_placebo_is_no_benefit():
    sentence = "Hair shaft diameter stayed where it started with the collagen drink, just as it did with placebo."
    assert label(sentence) == "no benefit"


def test_a_question_title_and_could_as_ability_are_no_hedge():
    title = "Could nettle extract grow hair? In cultured follicles, it lengthened hair shafts faster than control."
    found = sentence_direction(title)
    assert found is not None and (found.label, found.hedged) == ("benefit", False)
    found = sentence_direction("Rats that could run freely regrew far less fur than caged rats after clipping.")
    assert found is not None and (found.label, found.hedged) == ("harm", False)
