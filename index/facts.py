"""Facts pulled from a study's own text: design, participants, follow-up, safety.

They are stored as Chroma metadata so answers can be filtered on and show how strong the
evidence is. Every rule only reads what the text states; when in doubt a field stays empty.
Sentences about what *future* work should do ("larger randomized trials are needed") are
ignored, so a retrospective study is not mistaken for the trial it calls for.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from index.records import Study

FACTS_VERSION = 4  # bump when the rules below change, so the next build re-extracts every study
# 4: direction of the finding (index.direction).
# 2: secondary designs (reviews, commentaries, letters, guidelines, surveys) read from the study's
# description of itself first; participants never counted from studies; persistent/serious harms.

# (design, words one of which the text must contain, pattern). The words are a cheap first test
# on the lower-cased text, and must stay in step with their pattern: Python's re cannot skip ahead
# in a case-insensitive pattern that starts with \b, so running every pattern over every text
# was ~5 s of a 5,000-abstract build.
SECONDARY: list[tuple[str, tuple[str, ...], str]] = [
    ("meta-analysis", ("meta",), r"\bmeta-?analy[sz][ie]s\b|\bmeta-?analytic\b"),
    (
        "systematic review",
        ("systematic", "scoping"),
        r"\bsystematic(?:\s+literature)?\s+review\b|\bscoping review\b|\bsystematically review",
    ),
    (
        "guideline",
        ("guideline", "consensus", "recommendation"),
        r"\bguidelines?\b|\bconsensus\b|\bclinical recommendations\b",
    ),
    (
        "commentary",
        ("comment", "editorial", "opinion", "perspective"),
        r"\bcommentary\b|\beditorial\b|\bopinion (?:piece|article)\b|\bexpert opinion\b"
        r"|\bperspective (?:piece|article)\b|\bcomments? on\b",
    ),
    (
        "letter",
        ("letter", "correspondence"),
        r"\bletter to the editor\b|\bresearch letter\b|\b(?:this|the|a|in this) letter\b|\bcorrespondence\b",
    ),
    (
        "review",
        ("review", "overview"),
        r"\b(?:narrative|literature|critical|comprehensive|brief|mini-?|clinical|updated?)\s+review\b"
        r"|\breview (?:article|of (?:the )?(?:literature|evidence|studies|trials|current|recent|published))\b"
        r"|\b(?:this|the|a|our|in this)\s+review\b|\boverview\b|^review\b"
        r"|\b(?:document|article|paper|chapter|authors?|we)\s+(?:[\w-]+\s+)?review(?:s|ed)?\b",
    ),
]
PRIMARY: list[tuple[str, tuple[str, ...], str]] = [
    (
        "randomised controlled trial",
        ("randomi", "rct", "double-blind"),
        r"\brandomi[sz]ed\b[\w\s,-]{0,40}?\b(?:trial|study|clinical trial|comparison|crossover)\b"
        r"|\bRCTs?\b|\bdouble-blind\b[\w\s,-]{0,30}\btrial\b",
    ),
    ("case-control", ("control",), r"\bcase-?control\b"),
    ("cohort", ("cohort",), r"\bcohort\b"),
    (
        "case series",
        ("case series", "we report", "we describe", "we present"),
        r"\bcase series\b|\bwe (?:report|describe|present) (?:two|three|four|five|six|seven|eight|nine|\d+) "
        r"(?:[\w-]+ )?(?:men|women|patients|cases|children|people|sisters|brothers|siblings)\b",
    ),
    (
        "case report",
        ("case report", "we report", "we describe", "we present"),
        r"\bcase report\b|\bwe (?:report|describe|present) (?:a|an|the case)\b",
    ),
    ("retrospective observational", ("retrospective",), r"\bretrospective(?:ly)?\b"),
    ("prospective observational", ("prospective",), r"\bprospective(?:ly)?\b"),
    ("cross-sectional", ("sectional",), r"\bcross-?sectional\b"),
    ("survey", ("survey", "questionnaire"), r"\bsurvey(?:ed|s)?\b|\bquestionnaires?\b"),
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
]
DESIGNS = SECONDARY + PRIMARY
SECONDARY_NAMES = {name for name, _, _ in SECONDARY}
# Designs whose text counts other studies' people: their own n is only a pooled total.
NOT_OWN_PARTICIPANTS = SECONDARY_NAMES - {"letter"}
# A sentence in which the study describes itself ("This review…", "We conducted…", "The document…").
SELF = re.compile(
    r"\b(?:this|the present|the current|our|the)\s+(?:[\w-]+\s+){0,3}?(?:study|review|document|article|paper|"
    r"survey|trial|letter|commentary|editorial|analysis|report|guideline|work|publication|chapter)\b"
    r"|\bwe (?:conducted|performed|carried out|did|report|present|describe|reviewed|surveyed|analy[sz]ed)\b"
    r"|^(?:in )?(?:a|an) (?:[\w-]+\s+){0,4}?(?:study|review|trial|survey|analysis|letter|commentary)\b",
    re.I,
)
# "a retrospective review of 40 charts" is an observational study, not a literature review.
CHART_REVIEW = re.compile(r"\b(?:charts?|records?|files|retrospective(?:ly)?)\b", re.I)
DESIGN_NAMES = [name for name, _, _ in DESIGNS]
DESIGN_PATTERNS = [(name, words, re.compile(pattern, re.I)) for name, words, pattern in DESIGNS]
PRIMARY_PATTERNS = [p for p in DESIGN_PATTERNS if p[0] not in SECONDARY_NAMES]
FUTURE_WORK = re.compile(
    r"\b(?:(?:is|are|was|were|be|remain)\s+(?:still\s+|also\s+)?(?:needed|necessary|warranted|required)|future|"
    r"further\s+(?:research|studies|trials|work|investigation|evidence|data)|should|larger\s+(?:\w+\s+){0,3}?"
    r"(?:studies|trials|samples?|cohorts?)|would be|calls? for)\b",
    re.I,
)
FUTURE_WORDS = (
    "needed",
    "necessary",
    "warranted",
    "required",
    "future",
    "further",
    "should",
    "larger",
    "would be",
    "call",
)
PEOPLE = (
    r"(?:patients|participants|subjects|men|women|volunteers|individuals|children|adults|"
    r"people|cases|persons|males|females|adolescents|respondents|users|twins|donors|students|workers|"
    r"athletes|soldiers|nurses|smokers|infants|newborns|mothers|recipients|veterans|employees)"
)
# Units a review counts: "16 studies" is never 16 participants.
UNITS = r"(?:studies|trials|articles|papers|reports|publications|reviews|RCTs|meta-analyses|sources)"
TIMES = r"(?:days?|weeks?|months?|years?|hours?|sessions?|times|doses?|mg|ml)"
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split()
)
_TENS = {w: 10 * k for k, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
NUMBER_WORDS = {
    **{w: i for i, w in enumerate(_UNITS)},
    **_TENS,
    **{f"{t}-{u}": v + i for t, v in _TENS.items() for i, u in enumerate(_UNITS[1:10], start=1)},
}
# "Thirty-two men" is 32 and "one hundred and ninety-one" 191, never the number after the hyphen:
# whole number phrases only, and no word number right after a hyphen or a letter.
_DIGIT_WORDS = "|".join(_UNITS[1:10])
_BELOW_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_DIGIT_WORDS}))?|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_WORDS = rf"(?:(?:{_DIGIT_WORDS})[- ]hundred(?:[- ](?:and[- ])?{_BELOW_100})?|{_BELOW_100})"
NUM = rf"(\d[\d,]*|(?<![\w-]){_WORDS}\b)"
PARTICIPANTS = [
    re.compile(r"\b[nN]\s*=\s*(\d[\d,]*)"),
    re.compile(rf"\b(?:completed|answered|returned|filled (?:in|out)) by\s+{NUM}\s+[A-Za-z-]+", re.I),
    re.compile(rf"(?<![\d.%])\b{NUM}\s+(?:(?!{UNITS}\b|{TIMES}\b|than\b)[A-Za-z-]+[ -]){{0,3}}?{PEOPLE}\b", re.I),
]
# What a review's participants may be stated as: the pooled total, never one included study's size.
POOLED = re.compile(
    rf"\b(?:total of|totall?ing|pooled|overall|combined|comprising)\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}\b"
    rf"|\b{NUM}\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}\s+in total\b",
    re.I,
)
REVIEWED = re.compile(
    rf"\b(?:included|includes|identified|analy[sz]ed|analy[sz]es|pooled|summari[sz]e[sd]?|reviewed|reviews|"
    rf"discuss(?:es|ed)?|cover(?:s|ed|ing)?|of|from|across|the|compared|compares|draws on|drew on)"
    rf"\s+{NUM}\s+(?:[A-Za-z-]+[ -]){{0,2}}?{UNITS}\b"
    rf"|\b{NUM}\s+(?:[A-Za-z-]+[ -]){{0,2}}?{UNITS}\s+(?:were|was)\s+(?:included|identified|reviewed|analy[sz]ed)",
    re.I,
)
UNIT_MONTHS = {"day": 1 / 30, "week": 12 / 52, "month": 1.0, "year": 12.0}
FOLLOWUP = [
    re.compile(
        rf"follow(?:ed)?[- ]?up\s+(?:period\s+)?(?:for|of|over|lasting)?\s*(?:up to\s+)?"
        rf"{NUM}\s+(day|week|month|year)s?",
        re.I,
    ),
    re.compile(rf"{NUM}[- ](day|week|month|year)s?\s+(?:of\s+)?follow[- ]?up", re.I),
    re.compile(rf"\bfollowed\s+(?:[\w,-]+\s+){{0,10}}?(?:for|over)\s+{NUM}\s+(day|week|month|year)s?", re.I),
]
SAFETY_NONE = re.compile(
    r"\bno\s+(?:major|serious|significant|severe|notable)?\s*(?:adverse|side)[- ](?:events?|effects?|reactions?)"
    r"|\bwell[- ]tolerated\b|\bwithout\s+(?:any\s+)?(?:serious\s+)?(?:adverse|side)[- ]effects?"
    r"|\bno\s+(?:safety\s+)?(?:concerns|complications)\b"
    r"|\bnone of\b[\w\s',]{0,40}?\b(?:had|experienced|reported|developed)\s+(?:any\s+)?(?:serious\s+)?"
    r"(?:adverse|side)[- ](?:events?|effects?)",
    re.I,
)
HARMS = (
    r"(?:irritation|pain|itching|pruritus|erythema|redness|headaches?|dermatitis|folliculitis|hypertrichosis|"
    r"facial hair(?: growth)?|dizziness|light-headedness|swelling|o?edema|palpitations|tachycardia|"
    r"shock loss|warmth|burning|scaling|dryness|low libido|libido|erectile dysfunction|menstrual irregularit\w+|"
    r"nausea|rash|infections?|chills|raised cholesterol|sexual dysfunction|side[- ]effects?|"
    r"adverse (?:events?|effects?)|bothered|(?:breast )?tenderness|gyn(?:a)?ecomastia|(?:skin )?reactions?|"
    r"excess (?:body |facial )?hair|discomfort|(?:birth|heart) defects?|malformations?|nodules?|abscess(?:es)?|"
    r"low mood)"
)
# An adverse event reported: a phrase that says so by itself ...
SAFETY_SOME = re.compile(
    r"\b(?:adverse|side)[- ](?:events?|effects?|reactions?)\s+(?:included|were|was|such as|occurred|"
    r"reported|like|did not differ|were similar|were comparable)|\bbothered by\b|\btoxicity\b"
    r"|\bcomplications?\s+(?:included|were|occurred)"
    r"|\b(?:stopped|discontinued|quit)\s+(?:[\w-]+\s+){0,3}?(?:because of|due to)\b"
    r"|\bborn with\b|\bmost (?:common|frequent) (?:complaint|adverse|side)|\bmain reason for stopping\b",
    re.I,
)
# ... or a harm (HARMS) with a reporting verb before it or an occurrence verb after it. Found harm
# first, then the verbs in a window on each side: one pass instead of a verb scan at every position.
HARM = re.compile(rf"\b{HARMS}", re.I)
VERB_BEFORE = re.compile(
    r"\b(?:caused|experienced|reported|developed|reporting|noticed|complained of|had)\s+[\w\s,]{0,40}$", re.I
)
VERB_AFTER = re.compile(
    r"[\w\s,()-]{0,60}?\b(?:occurred|was reported|were reported|reported by|was noticed|were noticed|"
    r"noticed by|was seen|were seen|was noted|were noted|developed|was (?:more )?(?:common|frequent)|"
    r"were (?:more )?(?:common|frequent)|(?:was|were) the most (?:common|frequent)|(?:was|were) mild|"
    r"began|started|appeared)",
    re.I,
)


def reports_harm(sentence: str) -> bool:
    """The sentence reports an adverse event (not only mentions safety)."""
    if SAFETY_SOME.search(sentence):
        return True
    for match in HARM.finditer(sentence):
        if VERB_BEFORE.search(sentence, max(0, match.start() - 50), match.start()):
            return True
        if VERB_AFTER.match(sentence, match.end(), match.end() + 80):
            return True
    return False


# Harms that last or endanger: kept apart from ordinary adverse events in every safety line.
# These name a lasting or serious harm whatever else the sentence says ...
SAFETY_SERIOUS = re.compile(
    r"\bpost-?finasteride syndrome\b|\bpersist(?:ent|ed|ing|s)?\s+(?:[\w-]+\s+){0,5}?"
    r"(?:side[- ]effects?|adverse|sexual|erectile|libido)"
    r"|\bserious adverse (?:events?|effects?|reactions?)\b",
    re.I,
)
# ... these only in a sentence about a treatment's harms: in most abstracts death, hospitalisation
# or symptoms that persist are outcomes studied, not adverse events (oncology's PFS is survival).
SAFETY_SERIOUS_IF_HARM = re.compile(
    r"\bPFS\b|\bpersist(?:ent|ed|ing|s)?\s+(?:[\w-]+\s+){0,5}?(?:dysfunction|symptoms|after)"
    r"|\b(?:continu(?:e|ed|ing)|remain(?:ed|ing)?|lasting|last(?:ed)?)\s+(?:[\w-]+\s+){0,3}?after\s+"
    r"(?:(?:he|she|they|the patients?|patients|men|users)\s+)?(?:stopp\w+|discontinu\w*|cessation|withdrawal|quit\w*)"
    r"|\bcontinu\w*\s+(?:[\w-]+\s+){0,3}?after\s+(?:[\w-]+\s+){1,2}?(?:was|were|had been)\s+"
    r"(?:stopped|discontinued|withdrawn)"
    r"|\birreversible\b|\bpermanent\s+(?:[\w-]+\s+){0,2}?(?:side|sexual|erectile|dysfunction|damage|harm)"
    r"|\bhospitali[sz]\w*|\b(?:needed|needing|required|requiring) hospital (?:care|admission|treatment)\b"
    r"|\badmitted to (?:the )?hospital\b|\bintensive care\b|\bICU\b|\banaphyla\w*"
    r"|(?<!cell )(?<!cellular )(?<!neuronal )(?<!apoptotic )(?<!bacterial )(?<!cardiovascular )(?<!neurologic )"
    r"(?<!cancer )(?<!cause of )\bdeaths?\b(?![-\w])(?! of (?:cells|neurons|bacteria|follicles))"
    r"|\bdied\b|\bfatal\w*|\bsuicid\w*|\blife-threatening\b",
    re.I,
)
# A study that gives people a treatment: its deaths and hospitalisations are harms to report.
TREATED = re.compile(
    r"\b(?:treated with|were given|was given|received (?:a |an |the )?(?:\d|dose|daily|oral|topical|injections?)|"
    r"took \d|taking \d|injections? of|administered)\b",
    re.I,
)
TREATED_WORDS = ("treated with", "given", "received", "took", "taking", "injection", "administered")
HARM_CONTEXT = re.compile(
    r"\b(?:adverse|side[- ]effects?|complications?|toxicit\w*|reactions?|overdose|ingest\w*|poison\w*|"
    r"finasteride|dutasteride|minoxidil|isotretinoin|drug|medication|treatment-related|after (?:taking|using|"
    r"starting|stopping)|caused by|attributed to|required|needed|took|taking|stopped|stopping|"
    r"discontinu\w*|pharmacovigilance|reports? of|developed)\b",
    re.I,
)
DENIED = re.compile(r"[^.;]{0,40}?\b(?:did not|does not|was not|were not|no)\s+(?:increase|rise|differ|occur)", re.I)
NEGATION = re.compile(r"\b(?:no|not|without|none|never|nor|absence of|free of)\b[^.;]{0,40}$", re.I)
# A study whose subject is a harm is never "safety not assessed".
HARM_SUBJECT = re.compile(
    r"\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|sexual dysfunction|erectile dysfunction|"
    r"toxicity|complications?|harms?|hypertrichosis|dermatitis|poisoning|overdose|ingestion)\b",
    re.I,
)
REASSURING = re.compile(r"\b(?:fewer|less|lower|reduced|minimal|few|no|without)\s+(?:[\w-]+\s+){0,2}$", re.I)
# One of these is in every text any of the safety patterns matches (keep in step).
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
    "pfs",
    "syndrome",
    "persist",
    "irreversible",
    "permanent",
    "hospital",
    "death",
    "died",
    "fatal",
    "suicid",
    "life-threatening",
    "anaphyla",
    "after stopping",
    "after discontinu",
    "after cessation",
    "after withdrawal",
    "after quitting",
    "harm",
    "redness",
    "pruritus",
    "facial hair",
    "swelling",
    "edema",
    "palpitation",
    "tachycardia",
    "shock loss",
    "warmth",
    "burning",
    "scaling",
    "dryness",
    "libido",
    "erectile",
    "menstrual",
    "nausea",
    "rash",
    "infection",
    "chills",
    "cholesterol",
    "complaint",
    "intensive care",
    "icu",
    "discomfort",
    "reason for stopping",
    "tenderness",
    "mastia",
    "reaction",
    "excess",
    "defect",
    "malformation",
    "nodule",
    "abscess",
    "low mood",
    "stopped",
    "discontinued",
    "born with",
    "dermatitis",
    "poisoning",
    "overdose",
    "ingestion",
)
SAFETY_ANY = re.compile(
    r"\b(?:safety|safe|adverse|side[- ]effects?|tolerab|tolerated|toxicity|"
    r"complications?)\b",
    re.I,
)
# Clauses of one sentence can disagree: "facial hair grew in 6; no serious adverse events occurred".
CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+but\s+")
SERIOUS = "persistent or serious adverse events reported"
SEVERITY = [SERIOUS, "adverse events reported", "no serious adverse events", "mentioned"]
# Abbreviations after which a period does not end a sentence.
NO_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|approx|Fig|Figs|No|al|ca|cf|Inc|Ltd|Jr|Sr|resp|incl|Ref)\.|\be\.g\.|\bi\.e\.)$"
)
BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(]|\[(?!\d+\]))|\n+")


def sentences(text: str) -> list[str]:
    """Split on sentence ends, but not after "Dr.", "et al.", "e.g.", "vs.", "Fig." or a person's initial.

    A decimal or a citation mark ("... [2].") does not split either. Cached: the facts read the
    same text several times, and answers split the same studies again and again.
    """
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    start = 0
    for match in BREAK.finditer(text):
        before = text[start : match.start()]
        if "\n" not in match.group(0):  # a line break always ends a sentence
            if NO_END.search(before) or _initial(before, text[match.end() : match.end() + 30]):
                continue
        piece = before.strip()
        if piece:
            out.append(piece)
        start = match.end()
    piece = text[start:].strip()
    if piece:
        out.append(piece)
    return tuple(out)


def _initial(before: str, after: str) -> bool:
    """'J. Smith' or 'Dr. A. B. Jones': a capital letter and a period inside a name, not "vitamin D."."""
    match = re.search(r"(?:^|[\s(])([A-Z])\.$", before)
    if not match or not re.match(r"[A-Z](?:[a-z]|\.)", after):
        return False
    previous = before[: match.start(1)].rstrip().split()
    if not previous:
        return True
    word = previous[-1]
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|Dr\.|Prof\.|[A-Z][a-z]+,?|and|by|with", word))


def _evidence_text(study: Study) -> str:
    """The study's own statements, without sentences about what future research should do."""
    text = "\n".join(p for p in (study.title, study.tldr, study.summary) if p)
    return " ".join(s for s in sentences(text) if not _future_work(s))


def _future_work(sentence: str) -> bool:
    """A sentence about what later research should do (a cheap word test before the pattern)."""
    lower = sentence.lower()
    return any(w in lower for w in FUTURE_WORDS) and FUTURE_WORK.search(sentence) is not None


def _self_description(study: Study) -> str:
    """Where a study says what it is: title, TLDR, the summary's first sentence, 'This review…' sentences."""
    summary = [s for s in sentences(study.summary or "") if not _future_work(s)]
    parts = [study.title or "", study.tldr or ""]
    parts += summary[:1] + [s for s in summary[1:] if SELF.search(s)]
    return "\n".join(p for p in parts if p)


def _number(token: str) -> int:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    value = 0
    for word in re.split(r"[\s-]+", token):  # "one hundred and ninety-one" -> 1, *100, +90, +1
        if word == "hundred":
            value *= 100
        elif word != "and":
            value += NUMBER_WORDS[word]
    return value


def _match_design(text: str, patterns: list) -> str | None:
    lower = text.lower()
    for name, words, pattern in patterns:
        if not any(w in lower for w in words):
            continue
        for match in pattern.finditer(text):
            if name == "review" and _chart_review(text, match):
                continue
            return name
    return None


def _chart_review(text: str, match: re.Match) -> bool:
    """'reviewed the records of 40 patients', 'a retrospective review': observational, not a review."""
    window = text[max(0, match.start() - 30) : match.end() + 40]
    return bool(CHART_REVIEW.search(window))


def study_design(text: str, self_description: str | None = None) -> str | None:
    """The design the study states for itself, else the most specific primary design in its text.

    Reviews, commentaries, letters and guidelines discuss trials: a trial named in their text
    never makes them one. So the study's description of itself is read first, for every design;
    the whole text is then read for primary designs only, and for secondary ones last.
    """
    if self_description:
        found = _match_design(self_description, DESIGN_PATTERNS)
        if found:
            return found
    return _match_design(text, PRIMARY_PATTERNS) or _match_design(text, DESIGN_PATTERNS)


def participants(text: str, design: str | None = None) -> int | None:
    """The number of people studied (not a percentage, a year, or a count of studies).

    A review's participants are only its pooled total: the sizes of the studies it discusses
    are not its own.
    """
    if design in NOT_OWN_PARTICIPANTS:
        match = POOLED.search(text)
        return _number(next(g for g in match.groups() if g)) if match else None
    for pattern in PARTICIPANTS:
        for match in pattern.finditer(text):
            value = _number(match.group(1))
            if 1 < value < 10_000_000 and not (1900 <= value <= 2100):
                return value
    return None


def studies_reviewed(text: str, design: str | None) -> int | None:
    """How many studies a review, meta-analysis or commentary covers ("16 studies")."""
    if design not in SECONDARY_NAMES:
        return None
    match = REVIEWED.search(text)
    return _number(next(g for g in match.groups() if g)) if match else None


def followup_months(text: str) -> float | None:
    """Follow-up duration in months, when stated."""
    if "follow" not in text.lower():  # both patterns need it; a cheap test first (see DESIGNS)
        return None
    for pattern in FOLLOWUP:
        match = pattern.search(text)
        if match:
            return round(_number(match.group(1)) * UNIT_MONTHS[match.group(2).lower()], 2)
    return None


def safety(text: str, subject: str = "", treats: bool | None = None) -> str | None:
    """The most severe safety statement of the text: see ``SEVERITY``; None is "not assessed".

    Reported harms win over reassurance ("well tolerated; some were bothered by the smell" is an
    adverse-event report), and lasting or serious harms win over both. A study whose subject
    (title or TLDR) is a harm reports one even when no sentence is classified. In a study that
    gives people a treatment (``treats`` None: read from the text), a death or a hospitalisation
    is a harm wherever it is mentioned; ``treats`` False (laboratory and animal studies): never.
    """
    lower = (text + " " + subject).lower()
    if not any(w in lower for w in SAFETY_WORDS):
        return None
    if treats is None:
        treats = any(w in lower for w in TREATED_WORDS) and TREATED.search(text) is not None
    else:
        treats = treats or None
    kinds = {safety_kind(c, treats) for s in sentences(text) for c in CLAUSE.split(s)}
    for kind in SEVERITY[:3]:
        if kind in kinds:
            return kind
    if subject and any(not REASSURING.search(subject[: m.start()]) for m in HARM_SUBJECT.finditer(subject)):
        return "adverse events reported"
    return "mentioned" if "mentioned" in kinds else None


def safety_kind(sentence: str, treats: bool | None = False) -> str | None:
    """Classify one sentence; a negated report ("no major adverse events") is reassurance.

    ``treats`` True: the study treats people, so deaths and hospitalisations are harms; None:
    a laboratory or animal study, where they never count as a serious harm to people.
    """
    lower = sentence.lower()
    if not any(w in lower for w in SAFETY_WORDS):  # most sentences: one cheap test, no regex
        return None
    candidates = list(SAFETY_SERIOUS.finditer(sentence))
    if treats or (treats is not None and HARM_CONTEXT.search(sentence)):
        candidates += SAFETY_SERIOUS_IF_HARM.finditer(sentence)
    for match in candidates:
        if not NEGATION.search(sentence[: match.start()]) and not DENIED.match(sentence[match.end() :]):
            return SERIOUS
    if SAFETY_NONE.search(sentence):
        return "no serious adverse events"
    if reports_harm(sentence):
        return "adverse events reported"
    if SAFETY_ANY.search(sentence):
        return "mentioned"
    return None


def with_facts(study: Study) -> Study:
    """Return the study with its facts filled in; a design given by the source is kept."""
    text = _evidence_text(study)
    design = study.study_type or study_design(text, _self_description(study))
    full = study.text()
    subject = " ".join(p for p in (study.title, study.tldr) if p)
    return replace(
        study,
        study_type=design,
        participants=study.participants or participants(text, design),
        studies_reviewed=study.studies_reviewed or studies_reviewed(text, design),
        followup_months=study.followup_months or followup_months(full),
        safety=study.safety or safety(full, subject, treats=False if design in ("animal", "in vitro") else None),
        **_direction(study),
    )


def _direction(study: Study) -> dict:
    """The finding read from the study's own conclusion (TLDR first), or nothing when it states none.

    Always read from the text (sources carry no direction), so better rules reach every study at
    the next build after ``FACTS_VERSION`` changes.
    """
    from index.direction import study_direction  # imported here: it splits sentences with this module

    found = study_direction(study.title, study.tldr, study.summary)
    return {"direction": found.label, "direction_hedged": found.hedged} if found else {}
