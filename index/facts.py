"""Facts pulled from a study's own text: design, participants, follow-up, safety.

They are stored as Chroma metadata so answers can be filtered on and show how strong the
evidence is. Every rule only reads what the text states; when in doubt a field stays empty.
Sentences about what *future* work should do ("larger randomized trials are needed") are
ignored, so a retrospective study is not mistaken for the trial it calls for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.records import Study

FACTS_VERSION = 1  # bump when the rules below change, so the next build re-extracts every study
# (design, words one of which the text must contain, pattern). The words are a cheap first test
# on the lower-cased text, and must stay in step with their pattern: Python's re cannot skip ahead
# in a case-insensitive pattern that starts with \b, so running every pattern over every text
# was ~5 s of a 5,000-abstract build.
DESIGNS: list[tuple[str, tuple[str, ...], str]] = [
    ("meta-analysis", ("meta",), r"\bmeta-?analys[ie]s\b"),
    ("systematic review", ("systematic",), r"\bsystematic(?:\s+literature)?\s+review\b"),
    (
        "randomised controlled trial",
        ("randomi", "rct", "double-blind"),
        r"\brandomi[sz]ed\b[\w\s,-]{0,40}?\b(?:trial|study|clinical trial)\b"
        r"|\bRCTs?\b|\bdouble-blind\b[\w\s,-]{0,30}\btrial\b",
    ),
    ("case-control", ("control",), r"\bcase-?control\b"),
    ("cohort", ("cohort",), r"\bcohort\b"),
    ("case series", ("case series",), r"\bcase series\b"),
    (
        "case report",
        ("case report", "we report", "we describe", "we present"),
        r"\bcase report\b|\bwe (?:report|describe|present) (?:a|an|the case)\b",
    ),
    ("retrospective observational", ("retrospective",), r"\bretrospective\b"),
    ("prospective observational", ("prospective",), r"\bprospective\b"),
    ("cross-sectional", ("sectional",), r"\bcross-?sectional\b"),
    ("clinical trial", ("trial", "study"), r"\b(?:clinical|pilot|open-label) (?:trial|study)\b"),
    (
        "animal",
        ("mice", "mouse", "murine", "rat", "rodent", "rabbit", "animal model", "in vivo"),
        r"\b(?:mice|mouse|murine|rats?|rodents?|rabbits?|animal model|in vivo)\b",
    ),
    (
        "in vitro",
        ("in vitro", "cultured", "cell line", "dermal papilla cells"),
        r"\bin vitro\b|\bcultured\b|\bcell lines?\b|\bdermal papilla cells\b",
    ),
    ("review", ("review",), r"\b(?:this|a|narrative|literature) review\b|\breview(?:s|ed)? (?:the|of)\b"),
]
DESIGN_NAMES = [name for name, _, _ in DESIGNS]
DESIGN_PATTERNS = [(name, words, re.compile(pattern, re.I)) for name, words, pattern in DESIGNS]
FUTURE_WORK = re.compile(r"\b(?:needed|necessary|warranted|required|future|further|should|larger|would be)\b", re.I)
PEOPLE = (
    r"(?:patients|participants|subjects|men|women|volunteers|individuals|children|adults|"
    r"people|cases|persons|males|females|adolescents)"
)
NUMBER_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
NUM = r"(\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")"
PARTICIPANTS = [
    re.compile(r"\b[nN]\s*=\s*(\d[\d,]*)"),
    re.compile(rf"(?<![\d.%])\b{NUM}\s+(?:\w+[ -]){{0,3}}?{PEOPLE}\b", re.I),
]
UNIT_MONTHS = {"day": 1 / 30, "week": 12 / 52, "month": 1.0, "year": 12.0}
FOLLOWUP = [
    re.compile(
        rf"follow(?:ed)?[- ]?up\s+(?:period\s+)?(?:for|of|over|lasting)?\s*(?:up to\s+)?"
        rf"{NUM}\s+(day|week|month|year)s?",
        re.I,
    ),
    re.compile(rf"{NUM}[- ](day|week|month|year)s?\s+(?:of\s+)?follow[- ]?up", re.I),
]
SAFETY_NONE = re.compile(
    r"\bno\s+(?:major|serious|significant|severe)?\s*(?:adverse|side)[- ](?:events?|effects?|reactions?)"
    r"|\bwell[- ]tolerated\b|\bwithout\s+(?:any\s+)?(?:serious\s+)?(?:adverse|side)[- ]effects?"
    r"|\bno\s+(?:safety\s+)?(?:concerns|complications)\b",
    re.I,
)
SAFETY_SOME = re.compile(
    r"\b(?:adverse|side)[- ](?:events?|effects?|reactions?)\s+(?:included|were|was|such as|occurred|"
    r"reported|like)|\b(?:caused|experienced|reported|developed)\s+[\w\s,]{0,40}?(?:irritation|pain|"
    r"itching|erythema|headache|dermatitis|folliculitis|hypertrichosis|dizziness|"
    r"sexual dysfunction|bothered)|\bbothered by\b|\btoxicity\b|\bcomplications?\s+(?:included|were|occurred)",
    re.I,
)
# One of these is in every text any of the three patterns above or below matches (keep in step).
SAFETY_WORDS = (
    "safe",
    "advers",
    "side",
    "tolera",
    "toxicity",
    "complication",
    "concerns",
    "bothered",
    "irritation",
    "pain",
    "itching",
    "erythema",
    "headache",
    "dermatitis",
    "folliculitis",
    "hypertrichosis",
    "dizziness",
    "sexual dysfunction",
)
SAFETY_ANY = re.compile(
    r"\b(?:safety|safe|adverse|side[- ]effects?|tolerab|tolerated|toxicity|"
    r"complications?)\b",
    re.I,
)


def sentences(text: str) -> list[str]:
    """Split on sentence ends without breaking decimals or separating a citation mark ("... [2].")."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(]|\[(?!\d+\]))|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def _evidence_text(study: Study) -> str:
    """The study's own statements, without sentences about what future research should do."""
    text = "\n".join(p for p in (study.title, study.tldr, study.summary) if p)
    return " ".join(s for s in sentences(text) if not FUTURE_WORK.search(s))


def _number(token: str) -> int:
    token = token.lower().replace(",", "")
    return NUMBER_WORDS[token] if token in NUMBER_WORDS else int(token)


def study_design(text: str) -> str | None:
    """The most specific design the text states, by the order of DESIGNS."""
    lower = text.lower()
    for name, words, pattern in DESIGN_PATTERNS:
        if any(w in lower for w in words) and pattern.search(text):
            return name
    return None


def participants(text: str) -> int | None:
    """The first stated number of people studied (not a percentage, not a year)."""
    for pattern in PARTICIPANTS:
        for match in pattern.finditer(text):
            value = _number(match.group(1))
            if 1 < value < 10_000_000 and not (1900 <= value <= 2100):
                return value
    return None


def followup_months(text: str) -> float | None:
    """Follow-up duration in months, when stated."""
    if "follow" not in text.lower():  # both patterns need it; a cheap test first (see DESIGNS)
        return None
    for pattern in FOLLOWUP:
        match = pattern.search(text)
        if match:
            return round(_number(match.group(1)) * UNIT_MONTHS[match.group(2).lower()], 2)
    return None


def safety(text: str) -> str | None:
    """'no serious adverse events', 'adverse events reported', 'mentioned', or None (not assessed).

    Reported harms win over reassurance: "well tolerated; some were bothered by the smell"
    is an adverse-event report.
    """
    lower = text.lower()
    if not any(w in lower for w in SAFETY_WORDS):
        return None
    kinds = {safety_kind(s) for s in sentences(text)}
    for kind in ("adverse events reported", "no serious adverse events", "mentioned"):
        if kind in kinds:
            return kind
    return None


def safety_kind(sentence: str) -> str | None:
    """Classify one sentence; a negated report ("no major adverse events") is reassurance."""
    if SAFETY_NONE.search(sentence):
        return "no serious adverse events"
    if SAFETY_SOME.search(sentence):
        return "adverse events reported"
    if SAFETY_ANY.search(sentence):
        return "mentioned"
    return None


def with_facts(study: Study) -> Study:
    """Return the study with its facts filled in; a design given by the source is kept."""
    text = _evidence_text(study)
    full = study.text() + " " + (study.title or "")
    return replace(
        study,
        study_type=study.study_type or study_design(text),
        participants=study.participants or participants(text),
        followup_months=study.followup_months or followup_months(full),
        safety=study.safety or safety(full),
    )
