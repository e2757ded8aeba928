"""Fact extraction, scored against a hand-labelled set (tests/data/facts_labelled.jsonl).

178 studies of our own wording: the first 16 from the sample's topics, then the lead studies of
the page dev set (tests/data/devpages) and 30 written for the hard cases: reviews and
commentaries that discuss trials, counts of studies next to counts of people, surveys,
letters, guidelines, and harms that last (post-finasteride syndrome, hospitalisation). Then
100 from a survey of real pages (issue 22, ``source`` "survey …"): case reports and series,
case-control and cross-sectional studies, split-scalp trials, laboratory work on animal cells,
reviews that cite trials, pooled meta-analyses. Their design and n are held to the same bar;
their safety labels are scored by bench/fidelity.py (the safety rules were not written for them).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import DATA

from index.facts import SERIOUS, participants, sentences, with_facts
from index.records import Study

LABELLED = [json.loads(line) for line in (DATA / "facts_labelled.jsonl").read_text().splitlines()]
FIELDS = {"design": "study_type", "n": "participants", "followup": "followup_months", "safety": "safety"}


def extracted(row: dict) -> Study:
    return with_facts(Study(title=row.get("title"), tldr=row.get("tldr"), summary=row["text"]))


def per_class(field: str) -> dict[str, tuple[int, int, int]]:
    """{class: (correct, predicted, labelled)} for one field."""
    correct, predicted, labelled = Counter(), Counter(), Counter()
    rows = LABELLED if field != "safety" else [r for r in LABELLED if not (r.get("source") or "").startswith("survey")]
    for row in rows:
        got, want = getattr(extracted(row), FIELDS[field]), row[field]
        if got is not None:
            predicted[got] += 1
            correct[got] += got == want
        if want is not None:
            labelled[want] += 1
    return {c: (correct[c], predicted[c], labelled[c]) for c in set(predicted) | set(labelled)}


@pytest.mark.parametrize("field", list(FIELDS))
def test_precision_on_labelled_set(field: str):
    """Precision = correct among the values we extracted; recall is reported alongside."""
    stats = per_class(field)
    correct = sum(c for c, _, _ in stats.values())
    stated = sum(p for _, p, _ in stats.values())
    labelled = sum(n for _, _, n in stats.values())
    print(f"{field}: precision {correct / stated:.2f} ({correct}/{stated}), recall {correct / labelled:.2f}")
    assert correct / stated >= 0.9
    assert correct / labelled >= 0.7


@pytest.mark.parametrize("field", ["design", "safety"])
def test_precision_of_every_class(field: str):
    """Each design and each safety class is right at least 9 times in 10 when it is given."""
    for name, (correct, predicted, _) in per_class(field).items():
        if predicted:
            assert correct / predicted >= 0.9, (name, correct, predicted)


def test_every_new_kind_is_in_the_labelled_set():
    designs = Counter(row["design"] for row in LABELLED)
    for kind in ("review", "systematic review", "meta-analysis", "commentary", "letter", "survey", "guideline"):
        assert designs[kind] >= 2, kind
    assert sum(row["safety"] == SERIOUS for row in LABELLED) >= 5


def test_future_work_sentences_do_not_set_the_design():
    study = Study(
        summary="This retrospective study of 40 patients was promising. Larger randomized controlled trials are needed."
    )
    assert with_facts(study).study_type == "retrospective observational"


def test_a_review_that_mentions_a_trial_is_a_review():
    study = Study(
        title="Topical minoxidil in women: current evidence",
        summary="The document reviews minoxidil for women. It mentions a randomized controlled trial of 381 women.",
    )
    facts = with_facts(study)
    assert facts.study_type == "review"
    assert facts.participants is None


def test_studies_discussed_are_not_participants():
    study = with_facts(Study(summary="In this commentary the author discusses 16 studies involving patients."))
    assert study.study_type == "commentary"
    assert study.participants is None and study.studies_reviewed == 16


def test_a_study_about_a_harm_is_never_not_assessed():
    study = with_facts(Study(title="Sexual side effects among former finasteride users", summary="An online poll."))
    assert study.safety == "adverse events reported"
    lasting = with_facts(Study(summary="Low libido persisted after stopping finasteride in 12 men."))
    assert lasting.safety == SERIOUS
    denied = with_facts(Study(summary="No persistent side effects were reported after stopping the drug."))
    assert denied.safety != SERIOUS


def test_a_design_given_by_the_source_is_kept():
    study = Study(summary="A cohort of mice.", study_type="randomised controlled trial")
    assert with_facts(study).study_type == "randomised controlled trial"


def test_percentages_and_years_are_not_participants():
    assert participants("70% of patients improved in 2013 and 25% of patients more") is None


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Saleh and colleagues treated 20 men.",
        "As shown by Smith et al. in 2019, hair grew.",
        "Foams, e.g. 5% minoxidil, were used.",
        "Two doses, i.e. 1 mg and 5 mg, were compared.",
        "Oral vs. topical minoxidil was studied.",
        "The effect was approx. 20% larger.",
        "Density rose (Fig. 2) in most men.",
        "The trial was led by J. K. Rowling in London.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str):
    assert sentences(f"{text} The next sentence follows.") == [text, "The next sentence follows."]


def test_a_capital_letter_ending_a_sentence_still_ends_it():
    assert sentences("Levels of vitamin D. The next one.") == ["Levels of vitamin D.", "The next one."]


def test_a_count_of_studies_stated_after_it_is_read():
    study = with_facts(Study(summary="This systematic review found that 12 randomized trials were included."))
    assert study.studies_reviewed == 12


def test_facts_never_fail_on_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(
        "review systematic meta-analysis of 12 16 sixteen studies trials were included patients men n = "
        "followed up for 6 months persistent after stopping no serious adverse events Dr. et al. e.g. vs. "
        "J. K. randomized cohort survey letter commentary guideline , ; . \n".split(" ")
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, max_size=40), st.text(max_size=60))
    def check(tokens, noise) -> None:
        text = " ".join(tokens) + noise
        facts = with_facts(Study(title=noise or None, summary=text or None))
        assert facts.participants is None or facts.participants >= 1
        assert sentences(text) == [s for s in sentences(text) if s.strip()]

    check()


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Thirty-two men using minoxidil added a shampoo.", 32),
        ("In this trial, forty two women were enrolled.", 42),
        ("Twenty volunteers received six sessions.", 20),
        ("Ninety-nine patients and 3 nurses took part.", 99),
        ("One hundred and ninety-one older persons took part.", 191),
        ("Two hundred patients were screened.", 200),
    ],
)
def test_compound_number_words_are_read_whole(text, n):
    assert participants(text) == n  # "Thirty-two men" was read as 2 men, "one hundred and ninety-one" as none


# Issue 22: designs and sizes as real pages state them (our own wording of each phrasing).
DESIGNS_AS_STATED = [
    (
        "Minoxidil Protects Rat Dermal Papilla Cells From Androgen In Vitro",
        "Cells from rat whiskers were grown.",
        "in vitro",
    ),
    (
        "Human scalp follicles in organ culture",
        "Follicles from mice and men were kept alive with caffeine.",
        "in vitro",
    ),
    (None, "Shaved mice were treated with a caffeine gel for 21 days and regrew fur faster.", "animal"),
    (
        None,
        "This review covers exosomes. Most studies used mice, and a recent meta-analysis found a benefit.",
        "review",
    ),
    (None, "The document reviews biotin. A recent systematic review and meta-analysis found no benefit.", "review"),
    ("Regrowth after stopping sunscreen in a woman", "She stopped applying it and hair returned.", "case report"),
    (None, "A 58-year-old woman with frontal fibrosing alopecia regrew hair after stopping sunscreen.", "case report"),
    (None, "Two brothers developed diffuse thinning; both had low zinc.", "case report"),  # one family (CONVENTIONS.md)
    (None, "Vitamin D was lower in 50 patients with alopecia areata compared to 50 healthy controls.", "case-control"),
    (None, "Serum ferritin levels were measured in 80 women with hair loss.", "cross-sectional"),
    (
        None,
        "Twenty men were treated on one side of the scalp with PRP and on the other with saline.",
        "split-scalp trial",
    ),
    (
        None,
        "In this randomized half-head study, 30 men had PRP on one side of the scalp.",
        "randomised controlled trial",
    ),
    ("PRP in men: a split-scalp trial", "Hair counts rose on the treated side.", "split-scalp trial"),
    ("A Systematic Review of Randomized, Placebo-Controlled Trials", "Minoxidil helped.", "systematic review"),
    ("Laser caps: a retrospective review of 19 patients", "Most kept their hair.", "retrospective observational"),
    ("An open label trial of microneedling", "Fifteen patients were treated monthly.", "clinical trial"),
    (None, "A total of 68 men were randomised to microneedling or minoxidil alone.", "randomised controlled trial"),
    (None, "The charts of 61 patients who took the drug for a year were reviewed.", "retrospective observational"),
    (None, "At a single examination, 410 men attending a clinic were checked for dandruff.", "cross-sectional"),
]


@pytest.mark.parametrize(("title", "text", "design"), DESIGNS_AS_STATED)
def test_the_design_is_read_from_the_studys_own_words(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("This case-control study compared 64 adults with alopecia areata to 64 healthy controls.", 128),
        ("In this case-control study, 135 patients and 135 age- and sex-matched controls were seen.", 270),
        ("The study included 90 participants: 45 with hair loss and 45 were controls.", 90),
        ("Children with alopecia areata (n = 42) and 42 healthy children completed a questionnaire.", 84),
        ("A 37-year-old woman developed shedding after a crash diet; a case report.", 1),
        ("Two brothers aged 9 and 12 developed thinning hair; a case series.", 2),
        ("This meta-analysis included 39 studies with 3,204 patients.", 3204),
        ("Dermal papilla cells from 12 donors were cultured in vitro.", None),
        ("Groups of ten mice were shaved and treated.", None),
        ("Researchers analysed over 2,000 microscope images of damaged hairs.", None),
        ("This review cites a large prospective study involving 17,313 patients.", None),
        ("We surveyed 260 hair specialists; 188 responded.", 188),
        ("Mothers were surveyed after birth, and 515 completed the questionnaire.", 515),
        ("A systematic literature review found five trials, together including 165 men.", 165),
    ],
)
def test_n_counts_the_people_a_study_enrolled(text, n):
    assert with_facts(Study(summary=text)).participants == n


# Held-out set B (issue 22): phrasings the first rules missed, each in a new wording of the same kind.
DESIGNS_IN_OTHER_WORDS = [
    (None, "A man in his fifties with patchy beard loss was given tofacitinib and regrew most of it.", "case report"),
    (None, "An elderly woman whose scalp had scarred for years received excimer light twice a week.", "case report"),
    (None, "Seven boys with tinea capitis received griseofulvin syrup for eight weeks.", "case series"),
    (None, "We treated 9 women with lichen planopilaris using low-dose naltrexone.", "case series"),
    (None, "Zinc was measured in 70 girls with hair loss and in 70 healthy schoolgirls.", "case-control"),
    (None, "Thirty women with thinning were compared with thirty sex-matched women without hair loss.", "case-control"),
    (
        None,
        "In 120 men attending a hair clinic, vitamin D and ferritin were tested on the day they came.",
        "cross-sectional",
    ),
    (
        None,
        "Ferritin and zinc were recorded at the first consultation of each woman seen for shedding.",
        "cross-sectional",
    ),
    (None, "Data of 14 trials enrolling 3,100 people were pooled to estimate the effect of PRP.", "meta-analysis"),
    (None, "Estimates from 6 studies were combined statistically to rate microneedling.", "meta-analysis"),
    (None, "The search followed PRISMA and found 22 eligible papers on biotin.", "systematic review"),
    (None, "The team screened 1,150 abstracts and included 18 papers on laser caps.", "systematic review"),
    (None, "A group of 340 teenagers with acne was followed for six years to see who lost hair.", "cohort"),
    (None, "Boys given finasteride in puberty were tracked into adulthood.", "cohort"),
    (
        None,
        "Information was extracted from the clinic files of 820 people treated with spironolactone.",
        "retrospective observational",
    ),
    (
        None,
        "Investigators reviewed hospital records to find every scalp burn after hair dye.",
        "retrospective observational",
    ),
    (None, "Barbers in two cities were asked to fill in a short form about the products they sell.", "survey"),
    (
        None,
        "In 18 women, a side of the scalp chosen at random received PRP and the other side saline.",
        "randomised controlled trial",
    ),
    (
        None,
        "Each of 14 men had one half of the scalp, picked by coin toss, treated with a laser.",
        "randomised controlled trial",
    ),
    (None, "A boy aged six with a bald patch was started on a contact sensitiser.", "case report"),
    (None, "Among 260 men seen for thinning, low vitamin D was found in 41%.", "cross-sectional"),
    (None, "A web form was completed by 930 women who dyed their hair.", "survey"),
    (None, "The study randomised 84 women to bimatoprost or its vehicle.", "randomised controlled trial"),
]


@pytest.mark.parametrize(("title", "text", "design"), DESIGNS_IN_OTHER_WORDS)
def test_designs_are_read_when_the_study_does_not_name_them(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # an outcome of a handful, not a series: nothing else says what the study is
        ("Of the treated, eleven patients developed a rash after the second month.", None),
        # people picked at random for a questionnaire: a survey, not a randomised trial
        ("A questionnaire was mailed to 400 randomly selected pharmacists.", "survey"),
        # a split-scalp trial that says nothing of chance stays a split-scalp trial
        ("Twelve men had PRP on one side of the scalp and saline on the other.", "split-scalp trial"),
        # a narrative review that quotes a trial's patients counts none of its own (see n below)
        ("The article reviews JAK inhibitors and summarises three trials with 2,000 patients.", "review"),
    ],
)
def test_the_new_rules_do_not_overreach(text, design):
    assert with_facts(Study(summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Zinc was measured in 70 girls with hair loss and in 70 healthy schoolgirls.", 140),
        ("Thirty women with thinning were compared with thirty sex-matched women without hair loss.", 60),
        ("This cohort enrolled 5,000 women who used the pill and 15,000 who did not.", 20_000),
        ("This registry compared 2,400 men taking dutasteride with 7,200 men of the same age.", 9_600),
        ("Forms went to 700 nurses, and the team received 250 replies about their hair.", 250),
        ("Twenty adults rubbed the gel in nightly. Nine had visible regrowth at week 16.", 20),
        ("Nine of twenty adults had visible regrowth after rubbing the gel in nightly.", 20),
        ("The search followed PRISMA and found 22 eligible papers reporting on 2,480 patients.", 2480),
        ("The article reviews JAK inhibitors and summarises three trials with 2,000 patients.", None),
        # counts of an outcome are not the people enrolled
        ("This cohort of 9,000 women: cancer developed in 40 women who had the drug and 80 who did not.", 9000),
    ],
)
def test_n_counts_every_group_a_study_enrolled(text, n):
    assert with_facts(Study(summary=text)).participants == n


def test_animal_tissue_grown_in_culture_is_in_vitro_not_an_animal_study():
    from index.facts import study_design

    text = "Follicles taken from young rats were kept in culture for a week with and without caffeine."
    assert study_design(text) == "in vitro"
    assert study_design("Young rats were given caffeine in their water for eight weeks.") == "animal"


# Set D (issue 22, FACTS_VERSION 8): each rule family in words of our own, not those of any labelled set.
DESIGNS_BY_WORD_FAMILY = [
    # case-control: a group with the condition beside one without, in any order and wording
    (None, "Sebum was lower in 44 balding men than in 44 non-balding men of the same age.", "case-control"),
    (
        None,
        "Thirty-five healthy blood donors and thirty-five women with lichen planopilaris gave hair samples.",
        "case-control",
    ),
    (None, "Every woman with shedding was matched by age with a neighbour who had no hair complaints.", "case-control"),
    (None, "Scalp swabs came from 120 teenagers, half with dandruff and half without.", "case-control"),
    (None, "We tested 38 boys with alopecia areata and 40 without for thyroid antibodies.", "case-control"),
    (None, "Scalp blood flow differed between alopecic and non-alopecic women.", "case-control"),
    (None, "Fifty-two women with hair loss and an equal number of controls gave blood.", "case-control"),
    # one person: by age, occupation, pronoun, or a title that says so
    (None, "The patient, a 52-year-old farmer, noticed a bald patch after a sunburn.", "case report"),
    (None, "A retired plumber in his seventies developed tufted folliculitis.", "case report"),
    ("Eyelash loss after eye drops", "She had used the drops nightly for a year.", "case report"),
    ("Kerion mistaken for a tumour: a case", "Biopsy showed fungal infection.", "case report"),
    # a few people described one at a time
    ("Hair repigmentation on a JAK inhibitor: four cases", "Grey hair darkened in all of them.", "case series"),
    (None, "Nine children given oral minoxidil for loose anagen hair are described patient by patient.", "case series"),
    (None, "This is a series of 12 women who wore silicone caps after chemotherapy.", "case series"),
    # surveys: people asked questions, however the asking is named
    (None, "Barbers in three towns were polled about scalp complaints among their customers.", "survey"),
    (None, "An online poll of 3,400 men found that most feared going bald.", "survey"),
    (None, "We phoned 220 women after their transplant to ask about satisfaction.", "survey"),
    (None, "Pharmacists were asked for their views on selling biotin for hair loss.", "survey"),
    # one side against the other in the same head
    (None, "Lotion went on the left parietal scalp and placebo on the right in 15 men.", "split-scalp trial"),
    (None, "Two patches on each patient were compared: one was frozen and the other left alone.", "split-scalp trial"),
    # reviews: the literature itself is the object
    (None, "The essay reviews how stress hormones reach the follicle, citing a large cohort study.", "review"),
    (None, "Here we map the published evidence on caffeine shampoos.", "review"),
    # systematic searches, pooling and chance named by their means
    (
        None,
        "Scopus and Web of Science were searched; nine eligible papers described minoxidil tablets.",
        "systematic review",
    ),
    (None, "Six trials were pooled to estimate the effect of ketoconazole shampoo.", "meta-analysis"),
    (None, "The summary odds ratio of greying among smokers was 2.1 across 7 studies.", "meta-analysis"),
    (None, "Using opaque envelopes, 66 women were allocated to laser or sham caps.", "randomised controlled trial"),
    (
        None,
        "In a double-blind, placebo-controlled study, 70 men took saw palmetto or placebo.",
        "randomised controlled trial",
    ),
    (None, "This phase 2 study gave 48 adults a topical JAK inhibitor for a year.", "clinical trial"),
    (None, "A prospective, open study followed 30 women using a cooling cap.", "clinical trial"),
    # watched over time, or read from old files
    (None, "Women who took isotretinoin were compared with non-users over a follow-up of 5 years.", "cohort"),
    (None, "Data on 8,200 teachers were gathered, and the teachers were followed for 12 years.", "cohort"),
    (None, "A longitudinal study tracked 640 boys from puberty to age 30.", "cohort"),
    (None, "In this viewpoint, two surgeons question the value of hair cloning.", "commentary"),
    (None, "Six women given spironolactone for acne are described.", "case series"),
    (None, "A five-year audit of our transplant clinic counted every infection.", "retrospective observational"),
    (None, "We went back through the notes of 76 men prescribed dutasteride.", "retrospective observational"),
    (None, "From a national claims database we drew 5,400 adults with alopecia areata.", "retrospective observational"),
    # measured once
    (
        None,
        "Hair shaft width and serum iron were noted for 140 women, all on the same day.",
        "cross-sectional",
    ),
    # laboratory work of any species, and live animals of any species
    (None, "Human keratinocytes were exposed to the peptide for two days.", "in vitro"),
    (None, "Whisker follicles from mice were kept alive in culture medium with the drug.", "in vitro"),
    (None, "Forty client-owned dogs with flank alopecia were given melatonin.", "animal"),
    # guidance, and a commentary that ends on what later trials should do
    ("Clinical guidance on wigs for children", "Which children should be offered a wig, and when.", "guideline"),
    (None, "In this commentary the authors argue that scores miss eyebrows, and call for future trials.", "commentary"),
]


@pytest.mark.parametrize(("title", "text", "design"), DESIGNS_BY_WORD_FAMILY)
def test_designs_are_read_by_word_family(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # precision first: words of these families that do not make the design
        ("A report of two patients: she developed fever and he developed a rash.", None),
        ("Each receptor was studied individually in yeast.", None),
        ("Type 2 responses rose after infection in 40 patients.", None),
        ("Twelve patients had complete responses on the drug, and our findings are discussed.", None),
        ("Dermal papilla cells from sheep were grown in hanging drops.", "in vitro"),
        ("Dermal papilla cells taken from cattle were grown as spheres.", "in vitro"),
        ("Hypertension was more common among 300 patients with aneurysms.", None),
        ("Smokers and non-smokers were compared for greying in 300 adults.", None),
        # one participant of a group is not a case report
        ("Forty women applied the foam for 16 weeks. A woman developed a rash in week 3.", None),
        # a handful followed for years is a case series, not a cohort; a point of view is no viewpoint article
        ("Five men given oral minoxidil were followed for 3 years; hair held in all.", "case series"),
        ("From a clinical viewpoint, the finding matters for 200 women.", None),
        ("Our understanding of iron in hair loss is limited. Ferritin was measured in 80 women.", "cross-sectional"),
        ("Guidelines were written after a systematic literature search of trials of minoxidil.", "guideline"),
    ],
)
def test_word_families_do_not_overreach(text, design):
    assert with_facts(Study(summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Vertex balding men (n = 60) were matched by age with 60 men who had a full head of hair.", 120),
        ("Twenty-two girls and eighteen boys with alopecia areata had their vitamin D checked.", 40),
        ("The trial enrolled 90 participants (50 women, 40 men) with pattern hair loss.", 90),
        ("Men who used the drug (n = 3,100) and men who did not (n = 9,300) were followed.", 12_400),
        ("Users (12,000) were compared with non-users (36,000) over a follow-up of 10 years.", 48_000),
        ("The cream and its vehicle were randomised 1:1, 240 in all.", 240),
        ("Scalp oil fell after 60 in men; 180 volunteers aged 20 to 80 took part.", 180),
        ("Seven in ten of the 150 women regrew hair.", 150),
        ("Trichoscopy images (n = 1,800) from 210 patients were scored.", 210),
        ("Of 130 patients screened, 96 were enrolled.", 96),
        ("A cohort of 2,000 nurses was followed.", 2000),
        ("Fifteen patients received PRP and fifteen received saline.", 30),
        ("We examined 62 women with alopecia areata and 58 without it.", 120),
        (
            "This review of 14 studies, covering 1,100 patients and 900 controls, pooled the data in a meta-analysis.",
            2000,
        ),
        ("The meta-analysis of 9 trials had 1,240 participants between them.", 1240),
        ("Reports on COVID-19, covering 320 patients in total, were pooled in a meta-analysis of 30 studies.", 320),
        ("We polled 600 dermatologists about minoxidil tablets; 212 responded.", 212),
        ("A questionnaire was posted to 800 barbers, and 295 were returned.", 295),
        ("Fifty-two women with hair loss and an equal number of controls gave blood.", 104),
        ("Hair counts of balding and non-balding men were compared; 64 took part.", 64),
        ("Hair samples from 2001 to 2003 were examined for zinc.", None),
        ("Clients (150) were telephoned, and 97 agreed to answer questions about their tattoo.", 97),
    ],
)
def test_n_counts_people_by_structure(text, n):
    assert with_facts(Study(summary=text)).participants == n


@pytest.mark.parametrize(
    ("text", "safety"),
    [
        ("Thirty men used the foam. None of them developed low blood pressure.", "no serious adverse events"),
        ("Forty women took the tablets; nobody withdrew because of side effects.", "no serious adverse events"),
        ("Fifty men took the drug; no serious harms were seen.", "no serious adverse events"),
        ("Among users, liver cancer was no more common than among non-users.", "no serious adverse events"),
        ("Twelve patients took the tablets. Three had raised liver enzymes.", "adverse events reported"),
        ("Sixty men used the gel. Scalp dryness was the main complaint.", "adverse events reported"),
        ("A forum poll asked about fear of side effects as a reason to stop.", "mentioned"),
        ("Forty men used the oil and reported less itching.", None),
        ("A man received filler injections in the scalp; it healed with a scar that never regrew hair.", SERIOUS),
        ("Twenty men used the lotion. Potassium monitoring was judged unnecessary.", "mentioned"),
        ("Eighty women had the injections, with only mild side effects.", "adverse events reported"),
        (
            "A man lost his eyebrows on the drug; his doctors see the loss as a side effect of it.",
            "adverse events reported",
        ),
        ("Across 14 reports, scarring and infection were the complications described.", "adverse events reported"),
        ("The review notes that high doses of biotin can give false thyroid results.", "mentioned"),
        ("Inflammation may impair the follicle in 40 patients.", None),
    ],
)
def test_safety_by_word_family(text, safety):
    assert with_facts(Study(summary=text)).safety == safety


# Families added after the first run of held-out set E (each written in our own words; each fails on the rules
# of FACTS_VERSION 9 before this change).
DESIGNS_AFTER_SET_E = [
    # a title that closes on a handful of people, with nothing else said
    (
        "Thinning After Prone Ventilation: Eleven Patients",
        "Eleven adults lost hair in patches after intensive care.",
        "case series",
    ),
    # the comparison group brought in with "and from"
    (None, "Scalp biopsies came from 25 men with balding and from 25 men without hair loss.", "case-control"),
    # measured once, with any verb
    (None, "Saliva from 90 students was tested once for cortisol.", "cross-sectional"),
    (None, "In a single-visit examination of 150 men, scalp redness tracked dandruff.", "cross-sectional"),
    # a review with one word before its name
    (None, "This practical review covers wigs, scarves and hairpieces for children.", "review"),
    # an en dash inside the design's name
    (
        "Oily Scalp and Dandruff: A Case\u2013Control Study",
        "Sebum output was higher in the affected men.",
        "case-control",
    ),
    # half of the scalp with a word between
    (None, "Nine women applied the gel to one half of the affected scalp for 12 weeks.", "split-scalp trial"),
    # records compared with matched records: controls, not only a chart review
    (
        None,
        "The charts of 80 men with lichen planopilaris were compared with those of 160 men with psoriasis, "
        "matched for age.",
        "case-control",
    ),
    # chance named by a draw
    (
        None,
        "Each volunteer had two marked areas on the crown, and a random draw decided which got the laser.",
        "randomised controlled trial",
    ),
    # pooled, said as possible
    (None, "Only five trials of microneedling could be pooled; the effect on hair counts was modest.", "meta-analysis"),
    # an archive searched afterwards
    (
        None,
        "The hospital pathology database was searched for folliculitis decalvans, and 95 biopsies were re-read.",
        "retrospective observational",
    ),
    # the story of a field, and models weighed against each other
    (None, "The authors trace how scalp cooling went from a fringe idea to routine care.", "review"),
    (
        "Three Rat Models of Chemotherapy Hair Loss Compared",
        "The authors weigh each model for testing cooling caps.",
        "review",
    ),
    # a handful of people at the head of a sentence
    (None, "In five girls aged 6 to 11, nail pitting came before the first bald patch.", "case series"),
]


@pytest.mark.parametrize(("title", "text", "design"), DESIGNS_AFTER_SET_E)
def test_designs_after_set_e(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


def test_a_handful_among_many_is_no_case_series():
    """A guard for "In five girls…": "In 6 other patients" of a larger group is part of it, not a series."""
    text = "Over ten years, 52 women were referred with liver failure. In 6 other patients the cause was unrelated."
    assert with_facts(Study(summary=text)).study_type != "case series"


def test_a_title_without_a_full_stop_does_not_lend_its_last_number_to_the_tldr():
    study = Study(
        title="Hair Clinics in Three Cities",
        tldr="Children were seen most often for alopecia areata.",
        summary="Referral letters were read for the most common diagnosis.",
    )
    assert with_facts(study).participants is None


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Adults with alopecia were allocated at random to two creams; 70 started treatment and 61 finished.", 70),
        ("A systematic review found five small studies; together they included 210 participants.", 210),
        ("Boys born in one city were tracked to age 30, when 812 of them were examined for balding.", 812),
        ("Hair loss was compared within 45 pairs of twins.", 90),
        ("Dermoscopy photographs of tinea capitis were scored by three dermatologists.", None),
        (
            "The first group comprised 200 patients treated without cooling; in the second group, 90 patients wore a "
            "cap.",
            290,
        ),
        ("An online survey was answered by 400 patients and 55 caregivers.", 455),
        ("Thirty women with lupus were compared with an equal number of healthy women.", 60),
        # a guard for "recruits" as people: a name's "/2" is no count
        ("Both Foxk1/2 recruits co-repressors in muscle cells.", None),
    ],
)
def test_n_after_set_e(text, n):
    assert with_facts(Study(summary=text)).participants == n


@pytest.mark.parametrize(
    ("text", "safety"),
    [
        ("A boy was given oral ruxolitinib and regrew his hair; he developed mild acne.", "adverse events reported"),
        ("Fifty men took the capsules; digestive upset was reported by three.", "adverse events reported"),
        (
            "A woman on ipilimumab lost eyebrow hair, graded as a mild immune-related adverse event.",
            "adverse events reported",
        ),
        ("Twenty patients were given triamcinolone injections. Two developed skin atrophy.", "adverse events reported"),
    ],
)
def test_safety_after_set_e(text, safety):
    assert with_facts(Study(summary=text)).safety == safety


@pytest.mark.parametrize(
    ("title", "text", "safety"),
    [
        # hair that never returned after a cancer drug is a lasting harm
        (
            None,
            "Six women still had sparse hair two years after paclitaxel; the authors call it permanent alopecia "
            "caused by the drug.",
            SERIOUS,
        ),
        (None, "Of 80 women given docetaxel, 9 developed persistent alopecia that needed a wig.", SERIOUS),
        # harms said in other shapes
        (
            None,
            "Forty men took the tablets for a year. Three men reported decreased libido.",
            "adverse events reported",
        ),
        (
            None,
            "In 12 papers on PRP, the only complications seen were swelling and headache.",
            "adverse events reported",
        ),
        (None, "Thirty women had scalp injections; most described the sessions as painful.", "adverse events reported"),
        (None, "Sixty men had microneedling; short-lived redness followed most sessions.", "adverse events reported"),
        # what the condition costs is not a harm of a treatment
        (
            None,
            "Of 500 people with alopecia areata who answered, many reported low mood linked to their hair loss.",
            None,
        ),
        # a study that gives nothing: complaints are signs of the condition unless tied to something taken (the
        # second is a guard)
        (
            "What Hairdressers See",
            "A questionnaire was returned by 140 hairdressers. Most had seen clients with "
            "itching and scaling of the scalp.",
            None,
        ),
        (
            "A survey of finasteride users",
            "A questionnaire was returned by 300 men taking finasteride. One in ten reported breast tenderness.",
            "adverse events reported",
        ),
    ],
)
def test_safety_families_after_set_e(title, text, safety):
    assert with_facts(Study(title=title, summary=text)).safety == safety


# After set F: families of misses, each said in fresh words.
@pytest.mark.parametrize(
    ("title", "tldr", "text", "design"),
    [
        # a title that names the design wins over what its text mentions
        (
            "Alopecia Areata in Adults: A Practical Clinical Review",
            None,
            "The authors draw on meta-analyses and trials to guide first-line treatment.",
            "review",
        ),
        # a review of patients, notes, visits or consultations is observational, not a literature review
        (
            "Scalp Biopsies in a Regional Laboratory: A Review of 340 Referrals",
            None,
            "Every referral received over three years was examined for the final diagnosis.",
            "retrospective observational",
        ),
        (
            None,
            None,
            "Case notes of 92 women treated for frontal fibrosing alopecia were reviewed.",
            "retrospective observational",
        ),
        (
            "Spironolactone in Women: A Retrospective Review",
            "Most women kept taking the tablets.",
            "We reviewed 140 walk-in visits by 96 women who had started spironolactone.",
            "retrospective observational",
        ),
        (
            None,
            None,
            "Data on 75 adults who had a hair transplant were extracted from their clinic charts.",
            "retrospective observational",
        ),
        # a review ABOUT methods or evidence is a review, whatever its text says of cultures or surveys
        (
            "Hair Zinc: What It Can and Cannot Tell Us",
            None,
            "The essay surveys work on zinc measured in hair and on its many sources of error.",
            "review",
        ),
        (
            "Growing Scalp Follicles in the Dish: Methods and Open Questions",
            None,
            "The authors explain how follicles from surgery are kept alive in organ culture.",
            "review",
        ),
        # years of follow-up of a group is a cohort
        ("Twenty-Year Follow-Up of Female Nurses", None, "Hair thinning was asked about at each wave.", "cohort"),
        (
            None,
            None,
            "A group of 44 children with alopecia areata were re-examined about eight years after diagnosis.",
            "cohort",
        ),
        ("Following 80 Exposed Pupils After a Ringworm Outbreak", None, "All pupils were checked each week.", "cohort"),
        # a title's "cross-sectional survey" is a survey
        (
            "Wig Use Among Women With Alopecia: A Cross-Sectional Survey",
            None,
            "A questionnaire was filled in by 210 women at clinics.",
            "survey",
        ),
        # cases compared with peers without the condition are a case-control study, questionnaire or not
        (
            None,
            None,
            "Pupils with head lice (n = 40) were compared with classmates without infection (n = 80) using "
            "a questionnaire.",
            "case-control",
        ),
        # people measured once are cross-sectional, even if a questionnaire is filled in at the same time
        (
            None,
            None,
            "At a single visit, hair samples and a sleep questionnaire were collected from 300 nurses.",
            "cross-sectional",
        ),
        (
            None,
            None,
            "We examined the eyebrows of 120 teenagers at one clinic visit with a dermoscope.",
            "cross-sectional",
        ),
        # one eyelid, eyebrow or patch against another in the same person is a split-site trial
        (
            None,
            None,
            "Ten men applied the serum to the left upper lid each night and the right lid served as the control.",
            "split-scalp trial",
        ),
        (
            None,
            None,
            "In 14 women, one patch was injected with 2.5 mg/mL and another with saline.",
            "split-scalp trial",
        ),
        (
            None,
            None,
            "In 16 men the doctor picked which patch received the injection; the rest were left alone.",
            "split-scalp trial",
        ),
        # bench work on hair, cut samples or a chip is in vitro
        (
            "Dye Uptake by Bleached Hair: A Laboratory Test on Tresses",
            None,
            "Tresses were dyed and imaged.",
            "in vitro",
        ),
        (None, None, "A microfluidic chip seeded with papilla cells was exposed to minoxidil.", "in vitro"),
        # a title that closes on a handful of people with "our experience" is a case series
        (
            "Pili Torti: Our Experience With Seven Children",
            "Twisted hair improved with age.",
            "Their hair shafts were examined under the microscope.",
            "case series",
        ),
        # a meeting's abstracts are many studies, so no design
        (
            "Selected Abstracts From the Annual Meeting on Hair Research",
            None,
            "Short summaries range from cultured follicles to mouse models and trials.",
            None,
        ),
    ],
)
def test_design_families_after_set_f(title, tldr, text, design):
    assert with_facts(Study(title=title, tldr=tldr, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # controls given as "the same number"
        ("Forty students with early greying and the same number of classmates without it gave blood.", 80),
        # each case matched with several controls
        (
            "From a clinic database, 30 women with lichen planopilaris were each matched with four women without it.",
            150,
        ),
        # groups listed one after another
        ("The questionnaires were completed by 90 adults, 12 teenagers and 30 parents.", 132),
        # arms sized in brackets after an allocation
        ("Patients were randomised to cream (n = 40), foam (n = 42) or vehicle (n = 38).", 120),
        ("Children were allocated by a computer list to drug A (31 children) or drug B (29 children).", 60),
        # an age range is not a count of respondents
        ("Two hundred and ten men aged 20 to 40 answered an online questionnaire about beards.", 210),
        # outpatients are people
        ("A quality-of-life form was completed once by 215 outpatients of a hair clinic.", 215),
    ],
)
def test_n_families_after_set_f(text, n):
    design = "survey" if "questionnaire" in text else None
    assert participants(text, design) == n


def test_a_bracketed_total_before_its_arms_is_not_added_to_them():
    """A guard for the arms rule above: the total in brackets is the study, its arms are not extra people."""
    text = "Volunteers (n = 24) were randomly assigned to low dose (n = 8), high dose (n = 8) or placebo (n = 8)."
    assert participants(text) == 24


@pytest.mark.parametrize(
    "text",
    [
        # a named kind of harm denied is reassurance, not a harm report
        "Forty patches were treated with the ointment. No local reactions were noted.",
        "Eighteen children took the tablets. No systemic or local side effects were observed.",
        "The cream was applied to 30 women for a year. No skin toxicity was recorded.",
    ],
)
def test_a_named_harm_denied_is_no_harm_after_set_f(text):
    assert with_facts(Study(summary=text)).safety == "no serious adverse events"


# After set G (tuned on its even rows): families of misses, each said in fresh words.
@pytest.mark.parametrize(
    ("title", "tldr", "text", "design"),
    [
        # two groups split by the condition, the people word said once: a case-control study
        (
            None,
            None,
            "Biopsies from 24 men were stained: 12 with lichen planopilaris and 12 without.",
            "case-control",
        ),
        # material taken once from a group is a cross-sectional measurement
        (None, None, "Eyelashes were pulled once from 60 nurses working night shifts and examined.", "cross-sectional"),
        # a review that lists the trials and meta-analyses it summarises is a review, not a meta-analysis
        (
            "Scalp Cooling Today",
            None,
            "The review describes cap designs and summarises the evidence, including three trials and a meta-analysis.",
            "review",
        ),
        # a group the authors followed for years, said actively, even in decimal years
        (None, None, "We followed 210 men who had hair transplants for a median of 6.5 years.", "cohort"),
        # pharmacovigilance: spontaneous reports in a safety database
        (
            None,
            None,
            "We examined 3,900 spontaneous reports naming dutasteride and ran a disproportionality analysis.",
            "retrospective observational",
        ),
        (
            None,
            None,
            "Cases of alopecia with a biologic were sought in FAERS between 2004 and 2020.",
            "retrospective observational",
        ),
        # pets named in a study of people do not make it an animal study
        (
            "Dog Owners and Tinea Capitis",
            "Families whose dogs or cats slept on beds had more scalp ringworm.",
            "A questionnaire was answered by 180 parents of children with ringworm; many kept dogs or cats.",
            "survey",
        ),
    ],
)
def test_design_families_after_set_g(title, tldr, text, design):
    assert with_facts(Study(title=title, tldr=tldr, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # a dose schedule is no single measurement
        ("Thirty women applied the lotion once daily and hair counts were photographed once a month.", None),
        # live pets studied by themselves stay animal studies, and so do primates beside human patients
        ("Eight healthy dogs were given oral minoxidil and their blood pressure was recorded.", "animal"),
        ("Four patients were described, and the same mutation was studied in 20 macaques.", "animal"),
        # a meta-analysis that lists its included trials is still one
        ("This meta-analysis pooled 14 studies, including 8 randomised trials.", "meta-analysis"),
    ],
)
def test_set_g_families_do_not_overreach(text, design):
    assert with_facts(Study(summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the number enrolled said without a noun comes before later counts of people
        ("Teenagers with alopecia areata took baricitinib; 46 were enrolled. Three girls stopped early.", 46),
        # a list of cited trials is cut, but the pooled people who follow them are kept
        ("We pooled 12 studies, including 5 trials with 1,800 patients.", 1800),
    ],
)
def test_n_families_after_set_g(text, n):
    design = "meta-analysis" if "pooled" in text else None
    assert participants(text, design) == n


# After set G's full set (odd rows too): more families, in fresh words.
@pytest.mark.parametrize(
    ("title", "text", "design"),
    [
        # one person told of by whoever writes
        (None, "Dermatologists describe a retired teacher in her seventies whose eyebrows fell out.", "case report"),
        # relatives in one report are a case report (CONVENTIONS.md) ...
        (None, "Three brothers, aged 5 to 11, had brittle, beaded hair from infancy.", "case report"),
        # ... but relatives among unrelated patients, or a text that calls itself a series, stay a series
        (None, "We describe six patients with monilethrix, two of them sisters.", "case series"),
        (None, "We describe a case series of three sisters with the same scarring alopecia.", "case series"),
        # a handful of people who came to a clinic
        (
            None,
            "During one winter five men in their twenties came to our clinic with sudden beard patches.",
            "case series",
        ),
        # one side of the affected area treated
        (None, "Twelve men had the laser on the left side of the bald area only, for six months.", "split-scalp trial"),
        # the writers gathering what is known of a subject
        (None, "The authors summarise the causes of eyebrow loss and offer a practical work-up.", "review"),
        # a case report that discusses treatment stays a case report
        (
            None,
            "We report a 40-year-old woman with lichen planopilaris and summarise the options she tried.",
            "case report",
        ),
    ],
)
def test_design_families_after_set_g_full(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "design", "n"),
    [
        ("Three brothers, aged 5 to 11, had brittle, beaded hair from infancy.", "case report", 3),
        # the arms' sizes in one bracket after an allocation
        ("Men were randomly assigned to foam or lotion (n = 33 and n = 31) for a year.", None, 64),
        # without an allocation the bracket is repeated measures: only the first count
        ("Scalp biopsies were read at baseline and at one year (n = 20 and n = 18).", None, 20),
        # a pooled total after a comma, with its controls
        (
            "Twelve cohort studies, with 8,200 patients with lupus and 40,100 controls, were pooled.",
            "meta-analysis",
            48300,
        ),
        # a pooled total in brackets after the studies
        ("This meta-analysis included 9 trials (1,150 men with androgenetic alopecia).", "meta-analysis", 1150),
        # the exposed and the unexposed both counted
        (
            "From registers we identified 2,300 women who used the pill and 6,900 women without such use.",
            None,
            9200,
        ),
    ],
)
def test_n_families_after_set_g_full(text, design, n):
    assert participants(text, design) == n


# After sets C and F were looked at again with set G's families (their remaining misses, in fresh words).
@pytest.mark.parametrize(
    ("title", "text", "design"),
    [
        # a handful presented by the writers, up to twenty, whatever they do for a living
        (None, "The authors present sixteen athletes who lost eyebrow hair after a season of training.", "case series"),
        # one occasion said with a possessive
        (
            None,
            "Each of 140 men gave one hair sample at his first visit, and zinc was measured.",
            "cross-sectional",
        ),
        # an untreated control group formed by order of arrival, not chance
        (
            None,
            "Forty women were split into two groups; one had PRP and the other served as an untreated control.",
            "clinical trial",
        ),
        # farm animals studied alive
        (None, "Ewes kept indoors were given melatonin and their fleece regrowth was timed.", "animal"),
        # sheep cells in culture stay in vitro
        (
            "Sheep Papilla Cells in Hanging Drops",
            "Dermal papilla cells from sheep wool follicles were grown as spheres in hanging drops.",
            "in vitro",
        ),
    ],
)
def test_design_families_after_sets_c_and_f_again(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


@pytest.mark.parametrize(
    ("text", "design", "n"),
    [
        # a review's studies and the people they described, a few words apart
        ("We included 15 studies, most of them small, describing 820 patients with tinea.", "systematic review", 820),
        ("Of 300 records, 11 studies were included, reporting on 415 women with lupus.", "systematic review", 415),
        ("Nine studies that together described 2,250 children were found.", "systematic review", 2250),
        # a parent and her children are all the report's people
        ("The report describes a father and his two sons, all with the same twisted hairs.", "case report", 3),
        # the writers' own experience is not a citation
        (
            "Drawing on their experience with 180 patients at one clinic, the authors propose a scale.",
            None,
            180,
        ),
    ],
)
def test_n_families_after_sets_c_and_f_again(text, design, n):
    assert participants(text, design) == n


@pytest.mark.parametrize(
    ("title", "text", "design"),
    [
        # a questionnaire, records or a measurement beside people without the condition: case-control (set H, by cue)
        (
            "Shampoo Habits and Scalp Lupus",
            "Adults with discoid lupus of the scalp (n = 90) and adults without any skin disease (n = 85) answered "
            "the same questionnaire about shampoos.",
            "case-control",
        ),
        (
            "Anxiety Scores in Women With Shedding",
            "A questionnaire on anxiety was filled in by 70 women with shedding. Their scores were compared with those "
            "of 70 women without hair loss.",
            "case-control",
        ),
        # "prospective" alone is timing, not a design
        (
            "Shedding After Fever: A Prospective Study",
            "We followed 40 adults after a fever.",
            "prospective observational",
        ),
        # a pet as the one patient of a report
        (
            "Coat Loss in an Old Terrier",
            "A ten-year-old spayed female terrier was seen at a veterinary clinic with flank alopecia.",
            "animal",
        ),
        # work proposed is not work done
        (
            "Follicles Cut From Scalp Skin",
            "Follicles microdissected from facelift skin were exposed to a peptide.",
            "in vitro",
        ),
        # reviews of preclinical work, of the published data, and from a structured search
        (
            "Peptides for Hair Growth: From Rats to Patients",
            "The authors survey preclinical work in which peptides lengthened anagen in rats, then human reports.",
            "review",
        ),
        (
            "Is Hair Loss After Flu Real?",
            "A retrospective review of the published data on shedding after influenza was carried out.",
            "review",
        ),
        (
            "Laser Combs: What the Trials Show",
            "Following a structured PubMed search, the authors included six studies: five cohorts and one randomised "
            "trial.",
            "systematic review",
        ),
        # survey asked by email; twins without a number are one family
        (
            "How Trichologists Treat Shedding",
            "Trichologists were invited by email to answer 12 questions on their practice, and 140 replied.",
            "survey",
        ),
        (
            "Sparse Lashes in Identical Twins",
            "Twin sisters aged 30 each had lash grafts. When the two women were seen again a year later the lashes "
            "looked natural.",
            "case report",
        ),
    ],
)
def test_design_cues_after_set_h(title, text, design):
    assert with_facts(Study(title=title, summary=text)).study_type == design


def test_work_proposed_is_not_work_done():
    """ "The authors propose testing it in mice" is the next study, not this one."""
    study = Study(
        title="A Protein in Scalp Samples",
        summary="Scalp samples were stained for a protein. The authors propose testing a cream in mice.",
    )
    assert with_facts(study).study_type != "animal"


def test_prospective_alone_is_no_design():
    """ "followed prospectively" says when the data were gathered, not what the study was."""
    study = Study(
        title="Scarring After Two Harvesting Methods", summary="Men were followed prospectively after surgery."
    )
    assert with_facts(study).study_type != "prospective observational"


@pytest.mark.parametrize(
    ("text", "design", "n"),
    [
        # the second group sized after a comparing word
        (
            "Samples of 40 women with lupus were compared with samples from 40 women of the same ages.",
            "case-control",
            80,
        ),
        (
            "Claims of 5,000 men who took the drug and of 20,000 men without it, matched on age, were traced.",
            "cohort",
            25000,
        ),
        (
            "We compared 30 children with the condition with other children, three controls for each patient.",
            "case-control",
            120,
        ),
        ("The 20 studies included 1,200 patients and 800 controls.", "meta-analysis", 2000),
        ("Across 2,000 patients with lupus and 5,000 controls, the pooled odds ratio was 2.", "meta-analysis", 7000),
        # an age range is never the count; the screened are not the enrolled
        ("Of 90 men screened, 51 aged 20 to 45 were recruited; 44 finished.", "randomised controlled trial", 51),
        ("Of 200 women screened, 64 with shedding took iron or placebo.", "randomised controlled trial", 64),
        (
            "In a blinded trial with three arms of 20 adults each, lotions were compared.",
            "randomised controlled trial",
            60,
        ),
        (
            "Patients were divided into two groups: 30 applied garlic gel and 20 applied a plain gel.",
            "clinical trial",
            50,
        ),
        # the writers, the whole a subgroup comes from, and respondents
        ("In this letter, three surgeons respond to a recent report on robots.", "letter", None),
        ("Adults were examined once. Of the 250 examined, 40 had shedding.", "cross-sectional", 250),
        (
            "Adults were randomised to a drug or placebo. Of the 400 who were enrolled, 350 finished.",
            "randomised controlled trial",
            400,
        ),
        ("Mothers were handed a questionnaire. Of the 300 who filled it in, half had shedding.", "survey", 300),
    ],
)
def test_n_kinds_after_set_h(text, design, n):
    assert participants(text, design) == n


@pytest.mark.parametrize(
    ("title", "text", "design"),
    [
        # weak single cues: none of these is an animal study or a case report
        (
            "Confocal Imaging in Scarring Alopecia",
            "In vivo reflectance confocal microscopy was used on the scalps of 35 patients with lichen planopilaris.",
            "not animal",
        ),
        (
            "Rat Tail Collagen Gels for Papilla Spheres",
            "Human papilla cells were seeded on rat tail collagen gels and grown in culture.",
            "in vitro",
        ),
        (
            "A Luciferase Reporter of Follicle Cycling",
            "Here we describe a luciferase reporter that lights up when follicles enter anagen.",
            "not case report",
        ),
        # cues both set-H writers used
        (
            "Two Lotions on Opposite Brows",
            "Eighteen women applied one lotion to one brow and a second lotion to the other for three months.",
            "split-scalp trial",
        ),
        (
            "Patches on Both Sides",
            "Adults with patches on both sides of the scalp had the right patches injected with steroid and the left "
            "with saline.",
            "split-scalp trial",
        ),
        (
            "A Cream for Shedding",
            "Adults were assigned by a central computer system to the cream or to its vehicle.",
            "randomised controlled trial",
        ),
        (
            "Iron for Shedding",
            "Women took iron or placebo. The allocation list was generated by a statistician beforehand.",
            "randomised controlled trial",
        ),
        (
            "Hair Loss on Checkpoint Drugs",
            "The incidence of alopecia across 14 trials was estimated with a random-effects model.",
            "meta-analysis",
        ),
        (
            "Laser Tattoo Removal: A Series of Nine Case Reports",
            "Nine adults had scalp tattoos removed.",
            "case series",
        ),
        (
            "Shedding on a New Pill",
            "Five women, seen one after another at our clinic, began shedding on the pill. Each is described in turn.",
            "case series",
        ),
    ],
)
def test_single_cues_and_shared_cues_after_set_h(title, text, design):
    got = with_facts(Study(title=title, summary=text)).study_type
    assert got != design[4:] if design.startswith("not ") else got == design


@pytest.mark.parametrize(
    ("text", "design", "n"),
    [
        ("Two dermatologists scored photographs of 90 patients with lupus.", None, 90),
        ("All spontaneous reports of alopecia with the drug were extracted, 800 in total.", None, None),
        ("Insurance data covering 50 million people were used to estimate prevalence.", None, None),
        ("The drug could cut alopecia to one case per 1000 people a year.", None, None),
        ("Data from 2.2 million patients who responded to a national questionnaire were analysed.", "survey", None),
        # a total already split into its two groups is not added to again
        ("We studied 100 women: 50 with hair loss and 50 women without hair loss.", "case-control", 100),
    ],
)
def test_raters_and_reports_are_not_people(text, design, n):
    assert participants(text, design) == n


@pytest.mark.parametrize(
    ("title", "text", "design"),
    [
        # a questionnaire or a call as the outcome of a treatment the study gave is no survey
        (
            "PRP for Thinning",
            "Six women were treated with PRP. Outcomes were checked by telephone interview.",
            "case series",
        ),
        (
            "Foam for Thinning",
            "Thirty women applied a foam for 24 weeks; hair counts and a questionnaire on satisfaction were recorded.",
            "not survey",
        ),
        # a study that calls itself a survey stays one
        (
            "Cooling Caps: A Survey",
            "Forty women who had received chemotherapy with a cooling cap completed a questionnaire.",
            "survey",
        ),
        # an overview of its own cases is no review
        ("Transplants in Women: An Overview of 120 Cases", "We describe outcomes in 120 women.", "not review"),
    ],
)
def test_questionnaire_outcomes_and_overviews(title, text, design):
    got = with_facts(Study(title=title, summary=text)).study_type
    assert got != design[4:] if design.startswith("not ") else got == design


# Safety after sets H and I, by cue across every burned set (issue 20, item 4: answers count harms by these classes).
# Each case is fresh wording of one cue; "guard" cases keep the harm the rule must not drop.
MEN_ = "no serious adverse events"
AER = "adverse events reported"


@pytest.mark.parametrize(
    ("title", "tldr", "text", "safety"),
    [
        # a harm denied by name is reassurance, not a report
        (None, None, "Forty men applied the serum for 16 weeks. No scalp itching was recorded.", MEN_),
        (None, None, "Twelve women had grafts placed at the temples; no infections or cysts occurred.", MEN_),
        (
            None,
            None,
            "Thirty patients took the tablets daily and no patient had a clinically relevant rise in blood pressure.",
            MEN_,
        ),
        (
            None,
            None,
            "Two sisters had grafts taken from the nape, and neither sister had had any complication a year on.",
            MEN_,
        ),
        (
            None,
            None,
            "Serum testosterone fell, which the authors saw as a possible route to systemic side effects, "
            "although none was reported.",
            MEN_,
        ),
        # guard: a harm told before the denial in the same clause stands
        (
            None,
            None,
            "Twenty men had the injections. Scalp tenderness was the main complaint and no sexual side "
            "effects were reported.",
            AER,
        ),
        # a condition named like a harm is no harm of a treatment
        (
            "Hair Loss in Adults With Atopic Dermatitis: A Registry Study",
            None,
            "Registry data on 4,000 adults were examined for alopecia areata.",
            None,
        ),
        (None, None, "Perifollicular redness and scale were noted in all 40 women on trichoscopy.", None),
        (None, None, "A girl of 10 developed patchy hair loss and an itchy rash on the arms during one spring.", None),
        (None, None, "The review pooled 22 studies reporting on 410 patients with dissecting folliculitis.", None),
        # guard: a complaint beside hair loss with the drug named is a harm
        (None, None, "Twenty patients took the capsules; two developed diffuse shedding and a rash on the drug.", AER),
        # a harm feared, possible, known about or accepted as a risk is no report
        (
            "Balding Men's Views on Treatment",
            "Most would accept a small risk of sexual side effects for regrowth.",
            "An online poll was answered by 500 men.",
            "mentioned",
        ),
        (
            None,
            "Scalp tattooing hides thinning well, despite possible complications.",
            "The authors describe the method and call for safety data.",
            "mentioned",
        ),
        (
            None,
            None,
            "Of the 300 men polled, most had read about the side effects of finasteride on forums.",
            "mentioned",
        ),
        # "had" of another verb or clause reports nothing
        (
            None,
            None,
            "Three children were given zinc; after two months their hair had regrown and the rash had faded.",
            None,
        ),
        # complaining that harms go unreported is no report of one
        (
            None,
            None,
            "This commentary argues that hair loss trials have under-reported side effects and urges uniform grading.",
            "mentioned",
        ),
        # laboratory and animal texts are null, pets included; a lab text that also treats people keeps their harms
        ("Oral Minoxidil in Rats", None, "Rats given oral minoxidil for a month developed fluid retention.", None),
        (
            "Minoxidil Poisoning in Pets: A Review",
            None,
            "Nine reports covering 40 cats and 12 dogs were reviewed: most needed intensive care, many cats died.",
            None,
        ),
        (
            "A Gel in Cell Culture and in People",
            None,
            "Keratinocytes were exposed to the gel in vitro. Then 20 patients were treated with the gel for a month, "
            "and two developed contact dermatitis.",
            AER,
        ),
        # lasting loss that something done or taken left, and surgery or admission a harm needed, are serious
        (
            None,
            None,
            "A woman's microblading caused a granulomatous reaction that left permanent bald patches in both brows.",
            SERIOUS,
        ),
        (
            None,
            None,
            "Two years after whole-scalp irradiation she was left with a lasting bald area over the crown.",
            SERIOUS,
        ),
        (
            None,
            None,
            "A man on the drug developed swollen ankles and fluid around the heart and was admitted for "
            "diuretics; the drug was stopped.",
            SERIOUS,
        ),
        (
            None,
            None,
            "After exposure to the drug in pregnancy, one infant was born with a defect that needed surgical repair.",
            SERIOUS,
        ),
        # guard: a disease that left bald patches is its course, not a harm
        (None, None, "In a woman of 50, lichen planopilaris left permanent bald patches on the crown.", None),
        # someone else's death is no harm of a treatment
        (None, None, "A man of 40 developed three bald patches in his beard a month after his father died.", None),
    ],
)
def test_safety_cues_after_sets_h_and_i(title, tldr, text, safety):
    assert with_facts(Study(title=title, tldr=tldr, summary=text)).safety == safety


@pytest.mark.parametrize(
    ("title", "tldr", "text", "safety"),
    [
        # hair loss put down to a drug given for something else is a harm (CONVENTIONS.md), in the text or the title
        (None, None, "A woman of 55 noticed heavy shedding six weeks after starting heparin for a clot.", AER),
        (None, None, "Eleven patients lost scalp hair on lithium; it regrew once the dose was lowered.", AER),
        ("Alopecia Areata After Nivolumab: Two Cases", None, "Two men with melanoma are described.", AER),
        (None, None, "Several anticonvulsants, valproate above all, can cause diffuse hair loss.", AER),
        # guards: hair loss that improved on a drug, or came back after stopping one, is no harm of it
        (None, None, "Twenty women took the drug; their hair loss improved on the drug within six months.", None),
        (None, None, "Hair grew back on tofacitinib, but hair loss returned after stopping the drug.", None),
        # more named harms and ways of reporting them
        (None, None, "Forty adults took iron or placebo. Constipation was more common with iron.", AER),
        (None, None, "Ninety women took the tablets; irregular periods were reported by a quarter.", AER),
        (
            None,
            None,
            "Of 60 women on the drug, three left during the first six months because of raised liver enzymes.",
            AER,
        ),
        (None, None, "Thirty men had the injections. Mild pain during each session was usual.", AER),
        (None, None, "Fifty women took the pill; raised transaminases were found in four.", AER),
        (None, None, "The combination regrew hair, with few side effects.", AER),
        (None, None, "Twenty women had PRP. Apart from pain at injection there were no side effects.", AER),
        (
            None,
            "The foam is a useful option, with greasy hair as its main drawback.",
            "Eighty men applied it twice daily for six months.",
            AER,
        ),
        # hair that did not come back after a cancer treatment is lasting; who a study treated for it is not a harm
        (None, None, "Sparse hair persisted for four years after docetaxel in this woman.", SERIOUS),
        (
            None,
            None,
            "Ten women whose hair had not recovered after chemotherapy were given oral minoxidil; two "
            "developed ankle swelling.",
            AER,
        ),
        # a clot in someone on the drug is serious
        (
            None,
            None,
            "Eighty adults were assigned to the drug or placebo; one patient on the higher dose had a deep "
            "vein thrombosis.",
            SERIOUS,
        ),
        # reassurance in other words
        (None, None, "Across eight trials the rate of serious infections did not differ from placebo.", MEN_),
        (None, None, "Of the 40 men on finasteride, no man described a new erectile problem.", MEN_),
        (
            None,
            None,
            "Four women took the drug in early pregnancy and no malformation was found in their babies.",
            MEN_,
        ),
        # safety discussed without a harm
        (
            None,
            None,
            "The review notes that the oils sold online are unstandardised and that scalp irritation is possible.",
            "mentioned",
        ),
        (
            None,
            None,
            "Of 300 dermatologists who replied, a third checked potassium before the first dose.",
            "mentioned",
        ),
        (None, None, "The authors discuss the boxed warnings carried by JAK inhibitors.", "mentioned"),
    ],
)
def test_safety_recall_after_sets_h_and_i(title, tldr, text, safety):
    assert with_facts(Study(title=title, tldr=tldr, summary=text)).safety == safety
