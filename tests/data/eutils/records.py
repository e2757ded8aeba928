"""PubMed-shaped fixture records for the fake E-utilities server, in our own words.

Fourteen hand-written records cover the awkward cases (structured abstracts, a missing abstract,
non-ASCII text, a retracted paper and its retraction notice, an erratum notice, a collective
author, an online-first date); forty-two more are composed from short templates so that paging
has something to page through. Every record is invented: PMIDs start at 90000001, DOIs use the
10.5555 test prefix.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

OLD_REVISION = (2025, 3, 14)  # every record was last revised on this day unless a test revises it


@dataclass(frozen=True)
class Record:
    """One PubMed record as the fake server knows it."""

    pmid: str
    title: str
    abstract: tuple[tuple[str | None, str], ...]  # (label, text) sections; () means no abstract
    journal: str
    year: int
    month: str | None
    authors: tuple[tuple[str, str], ...] = (("Example", "A"),)  # (last name, initials); ("", name) = collective
    doi: str | None = None
    types: tuple[str, ...] = ("Journal Article",)
    mesh: tuple[str, ...] = ()
    revised: tuple[int, int, int] = OLD_REVISION
    online: tuple[int, int] | None = None  # ArticleDate (year, month) when there is no issue date yet
    comments: tuple[tuple[str, str], ...] = field(default=())  # (RefType, PMID), e.g. ("RetractionIn", "...")

    def text(self) -> str:
        """Everything a search term can match."""
        return " ".join([self.title, *(t for _, t in self.abstract), *self.mesh]).lower()


HAND_WRITTEN = [
    Record(
        "90000001",
        "Low-dose oral minoxidil against topical minoxidil in women with diffuse thinning: a randomised trial",
        (
            ("BACKGROUND", "Topical minoxidil is awkward to use every day and many women stop using it."),
            (
                "METHODS",
                "We randomly assigned 112 women with female pattern hair loss to 1 mg oral minoxidil daily "
                "or 5% topical minoxidil foam for 24 weeks.",
            ),
            (
                "RESULTS",
                "Hair density rose by a similar amount in both groups; ankle swelling was reported by four "
                "women taking tablets and scalp itch by nine using foam.",
            ),
            ("CONCLUSIONS", "Tablets were as effective as foam over six months and were easier to keep taking."),
        ),
        "Journal of Invented Dermatology",
        2024,
        "Feb",
        (("Moreau", "C"), ("Lindqvist", "E"), ("Okafor", "N")),
        "10.5555/fake.2024.001",
        ("Journal Article", "Randomized Controlled Trial"),
        ("Alopecia", "Minoxidil", "Female", "Administration, Oral"),
    ),
    Record(
        "90000002",
        "Finasteride and persistent sexual side effects: a review of case reports",
        (
            (
                None,
                "We reviewed 41 published case reports of men who described sexual side effects that lasted "
                "after stopping finasteride. Reports were heterogeneous and causality could not be established. "
                "Prospective studies with a control group are needed.",
            ),
        ),
        "Reviews in Imaginary Andrology",
        2023,
        "Sep",
        (("Haddad", "R"),),
        "10.5555/fake.2023.002",
        ("Journal Article", "Review"),
        ("Finasteride", "Alopecia", "Sexual Dysfunction, Physiological"),
    ),
    Record(
        "90000003",
        "Platelet-rich plasma injections for androgenetic alopecia: a meta-analysis",
        (
            ("OBJECTIVE", "To pool controlled trials of platelet-rich plasma for male and female pattern hair loss."),
            ("METHODS", "Eleven trials with 387 participants were combined in a random-effects model."),
            (
                "RESULTS",
                "Platelet-rich plasma increased hair count per square centimetre compared with saline, with "
                "wide variation between trials.",
            ),
            ("CONCLUSION", "The benefit is probable but modest, and preparation methods differ widely."),
        ),
        "Fictional Archives of Trichology",
        2022,
        "Nov",
        (("Sato", "K"), ("Ferreira", "L")),
        "10.5555/fake.2022.003",
        ("Journal Article", "Meta-Analysis", "Systematic Review"),
        ("Alopecia", "Platelet-Rich Plasma"),
    ),
    Record(
        "90000004",
        "Letter: hair shedding in the first weeks of minoxidil",
        (),  # letters often have no abstract: not indexed
        "Journal of Invented Dermatology",
        2021,
        "Jan",
        (("Novak", "P"),),
        None,
        ("Letter",),
        ("Minoxidil",),
    ),
    Record(
        "90000005",
        "Alopécie androgénétique chez l'homme : efficacité du microneedling associé au minoxidil",
        (
            (
                None,
                "Chez 60 hommes, l'association du microneedling hebdomadaire au minoxidil à 5 % a augmenté la "
                "densité capillaire davantage que le minoxidil seul après 12 semaines. Aucun effet indésirable "
                "grave n'a été observé.",
            ),
        ),
        "Annales Imaginaires de Dermatologie",
        2020,
        "Jun",
        (("Lefèvre", "É"), ("Grünewald", "J")),
        "10.5555/fake.2020.005",
        ("Journal Article", "Randomized Controlled Trial"),
        ("Alopecia", "Minoxidil", "Percutaneous Collagen Induction"),
    ),
    Record(
        "90000006",
        "Stem-cell conditioned medium by mesotherapy for hair thinning: a retracted pilot study",
        (
            (
                None,
                "Twenty volunteers received six sessions of conditioned medium delivered by mesotherapy. "
                "Hair density was reported to double with no adverse events.",
            ),
        ),
        "Fictional Archives of Trichology",
        2019,
        "Apr",
        (("Brandt", "H"),),
        "10.5555/fake.2019.006",
        ("Journal Article", "Retracted Publication"),
        ("Alopecia", "Stem Cells", "Mesotherapy"),
        comments=(("RetractionIn", "90000007"),),
    ),
    Record(
        "90000007",
        "Retraction notice: stem-cell conditioned medium by mesotherapy for hair thinning",
        ((None, "The editors withdraw this article because its data could not be verified."),),
        "Fictional Archives of Trichology",
        2021,
        "Aug",
        (("", "The Editors"),),
        None,
        ("Retraction of Publication",),
        ("Mesotherapy",),
        comments=(("RetractionOf", "90000006"),),
    ),
    Record(
        "90000008",
        "Erratum to: platelet-rich plasma injections for androgenetic alopecia",
        ((None, "In the original article the number of participants in the third trial was misstated."),),
        "Fictional Archives of Trichology",
        2023,
        "Jan",
        (("", "Fictional Archives of Trichology"),),
        None,
        ("Published Erratum",),
        ("Platelet-Rich Plasma",),
        comments=(("ErratumFor", "90000003"),),
    ),
    Record(
        "90000009",
        "Consensus statement on the treatment of male pattern hair loss",
        (
            (
                None,
                "A panel of twelve dermatologists graded the evidence for treatments of male pattern hair loss. "
                "Oral finasteride and topical minoxidil were recommended first; low-level light was graded as "
                "weak evidence.",
            ),
        ),
        "Guidelines of Invented Dermatology",
        2022,
        "Mar",
        (("", "Invented Society for Hair Research"),),
        "10.5555/fake.2022.009",
        ("Journal Article", "Practice Guideline"),
        ("Alopecia", "Finasteride", "Minoxidil", "Practice Guidelines as Topic"),
    ),
    Record(
        "90000010",
        "Topical finasteride spray in men: early online results of a dose-ranging study",
        (
            (
                "PURPOSE",
                "To compare three concentrations of a topical finasteride spray for male pattern hair loss.",
            ),
            (
                "RESULTS",
                "In 90 men the 0.25% spray lowered scalp dihydrotestosterone as much as the 0.5% spray, while "
                "serum levels fell less than with tablets.",
            ),
        ),
        "Journal of Invented Dermatology",
        2026,
        None,  # no issue yet: the date comes from ArticleDate
        (("Ivanova", "M"), ("Tanaka", "Y")),
        "10.5555/fake.2026.010",
        ("Journal Article", "Clinical Trial"),
        ("Alopecia", "Finasteride", "Administration, Topical"),
        online=(2026, 5),
    ),
    Record(
        "90000011",
        "Hair loss after chemotherapy and scalp cooling: a cohort study",
        (
            (
                None,
                "Among 214 women receiving taxane chemotherapy, those who used scalp cooling kept more hair at "
                "the end of treatment than those who did not. Headache and chills were the most common "
                "complaints during cooling.",
            ),
        ),
        "Imaginary Supportive Oncology",
        2021,
        "Oct",
        (("Adeyemi", "T"), ("Schulz", "B")),
        "10.5555/fake.2021.011",
        ("Journal Article", "Observational Study"),
        ("Alopecia", "Hypothermia, Induced", "Antineoplastic Agents"),
    ),
    Record(
        "90000012",
        "Spironolactone for female pattern hair loss: a retrospective case series",
        (
            (
                None,
                "We reviewed the charts of 79 women treated with spironolactone 50 to 200 mg daily. Most were "
                "stable or improved after a year; breast tenderness and irregular periods were the usual side "
                "effects, and none stopped for a serious event.",
            ),
        ),
        "Journal of Invented Dermatology",
        2018,
        "Jul",
        (("O'Brien", "S"),),
        None,  # no DOI: linked by PMID only
        ("Journal Article",),
        ("Alopecia", "Spironolactone", "Female"),
    ),
    Record(
        "90000013",
        "Ketoconazole shampoo as an add-on for androgenetic alopecia: a small controlled study",
        (
            (
                None,
                "Thirty-two men using minoxidil added 2% ketoconazole shampoo or a plain shampoo for six months. "
                "Hair shaft diameter rose slightly more with ketoconazole; no participant reported irritation.",
            ),
        ),
        "Fictional Archives of Trichology",
        2017,
        "Dec",
        (("Kowalski", "J"),),
        "10.5555/fake.2017.013",
        ("Journal Article", "Controlled Clinical Trial"),
        ("Alopecia", "Ketoconazole", "Minoxidil"),
    ),
    Record(
        "90000014",
        "Cold atmospheric plasma on the scalp: a split-scalp pilot in alopecia areata",
        (
            (
                None,
                "Eighteen patients with patchy alopecia areata had one patch treated with cold atmospheric plasma "
                "twice weekly. Regrowth was faster on treated patches; mild warmth was the only sensation reported.",
            ),
        ),
        "Imaginary Journal of Physical Medicine",
        2023,
        "May",
        (("Rossi", "G"), ("Nakamura", "H")),
        "10.5555/fake.2023.014",
        ("Journal Article", "Clinical Trial"),
        ("Alopecia Areata", "Plasma Gases"),
    ),
]

TREATMENTS = [
    ("low-level laser therapy", "Low-Level Light Therapy"),
    ("topical caffeine", "Caffeine"),
    ("pumpkin seed oil", "Plant Oils"),
    ("dutasteride", "Dutasteride"),
    ("microneedling", "Percutaneous Collagen Induction"),
    ("rosemary oil", "Plant Oils"),
    ("oral biotin", "Biotin"),
]
DESIGNS = [
    ("randomised trial", "Randomized Controlled Trial", "were randomly assigned to"),
    ("cohort study", "Observational Study", "were followed while taking"),
    ("open-label pilot", "Clinical Trial", "all received"),
    ("comparative study", "Comparative Study", "were compared with and without"),
    ("case series", "Case Reports", "were described after starting"),
    ("survey", "Journal Article", "answered questions about"),
]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SURNAMES = ["Achebe", "Berg", "Costa", "Dubois", "Eriksen", "Fujita", "Garcia", "Horvat", "Iqbal", "Jensen"]


def composed(k: int) -> Record:
    """One templated record; k (0-41) picks treatment, design, size, date and outcome."""
    treatment, heading = TREATMENTS[k % len(TREATMENTS)]
    design, ptype, verb = DESIGNS[k // len(TREATMENTS) % len(DESIGNS)]
    n = 20 + (k * 37) % 180
    better = k % 3 != 0
    outcome = (
        f"Hair counts improved more with {treatment} than without it after {12 + k % 4 * 6} weeks."
        if better
        else f"Hair counts did not differ with or without {treatment} after {12 + k % 4 * 6} weeks."
    )
    harms = "No serious adverse events occurred." if k % 4 else "Two participants stopped because of scalp irritation."
    return Record(
        str(90000100 + k),
        f"{treatment.capitalize()} for pattern hair loss: a {design} ({k + 1})",
        ((None, f"In this {design}, {n} adults with pattern hair loss {verb} {treatment}. {outcome} {harms}"),),
        ["Journal of Invented Dermatology", "Fictional Archives of Trichology", "Imaginary Hair Science"][k % 3],
        2010 + k % 16,
        MONTHS[k % 12],
        ((SURNAMES[k % len(SURNAMES)], "AB"[k % 2]),),
        f"10.5555/fake.comp.{k:03d}" if k % 5 else None,
        ("Journal Article", ptype) if ptype != "Journal Article" else ("Journal Article",),
        ("Alopecia", heading),
    )


RECORDS: list[Record] = HAND_WRITTEN + [composed(k) for k in range(42)]


def revised(record: Record, today: tuple[int, int, int], **changes) -> Record:
    """The record after PubMed revised it on ``today``."""
    return replace(record, revised=today, **changes)
