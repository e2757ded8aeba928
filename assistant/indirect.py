"""Is a study direct evidence for the question asked? Flags a different population or condition.

An answer about women that quotes a study of men, or a question about alopecia areata answered
from a study of androgenetic alopecia, is still worth showing — but the reader must be told.
Groups are matched in the question and in the study's own text; a study is flagged only when
it names a group of the same kind and none of the ones the question asked about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.vocabulary import find_interventions, vocabulary
from index.records import Study

if TYPE_CHECKING:
    from assistant.evidence import Member

# name: (words, matched in any case; abbreviations, matched only in capitals)
POPULATIONS = {
    "women": (r"women|woman|females?|girls?|female pattern", r"FPHL"),
    "men": (r"men|man|males?|boys?|male pattern", None),
    "children": (r"child|children|childhood|p(a)?ediatric|adolescents?|infants?|kids?|teenagers?", None),
    "older adults": (r"elderly|older (adults|people|patients)|postmenopausal", None),
}
CONDITIONS = {
    "androgenetic alopecia": (r"androgenetic alopecia|pattern (baldness|hair loss)", r"AGA|FPHL|MPHL"),
    "alopecia areata": (r"alopecia areata|alopecia (totalis|universalis)", r"AA"),
    "telogen effluvium": (r"telogen effluvium", r"TE"),
    "scarring alopecia": (r"(scarring|cicatricial) alopecia|lichen planopilaris|frontal fibrosing alopecia", r"CCCA"),
    "chemotherapy-induced alopecia": (r"chemotherapy[- ]induced (alopecia|hair loss)", r"CIA"),
}


def groups(text: str, table: dict[str, tuple[str, str | None]]) -> set[str]:
    """Names of the table's groups that the text mentions."""
    found = set()
    for name, (words, abbreviations) in table.items():
        if re.search(rf"\b({words})\b", text, re.I) or (abbreviations and re.search(rf"\b({abbreviations})\b", text)):
            found.add(name)
    return found


def mismatch(question: str, study: Study) -> str | None:
    """'studied men, not women' when the study's population or condition differs from the question's."""
    text = study.text() + " " + (study.title or "")
    reasons = []
    for table in (POPULATIONS, CONDITIONS):
        asked, studied = groups(question, table), groups(text, table)
        if asked and studied and not asked & studied:
            reasons.append(f"studied {' and '.join(sorted(studied))}, not {' or '.join(sorted(asked))}")
    return "; ".join(reasons) or None


INDIRECT = {"animal": "an animal study", "in vitro": "a laboratory (in vitro) study"}


def indirect_reason(question: str, study: Study) -> str | None:
    """Why a cited study is only indirect evidence here (lab or animal work, other people or condition)."""
    design = f"is {INDIRECT[study.study_type]}" if study.study_type in INDIRECT else None
    return "; ".join(r for r in (design, mismatch(question, study)) if r) or None


# A hair condition said to bring on the exposure asked about: "alopecia areata raised the risk of depression and
# anxiety" is evidence that hair loss causes anxiety, not that stress causes hair loss. Directional verbs only: an
# association ("linked to") runs both ways and stays direct.
HAIR_CONDITION = re.compile(
    r"\b(alopecia\w*|hair loss|baldness|balding|shedding|telogen effluvium|thinning hair|hair thinning)\b", re.I
)
BRINGS_ON = re.compile(
    r"\b(?:raised|raises|increased|increases|doubled|doubles) (?:the )?(?:risk|rates?|odds|chances?|levels?) of\b|"
    r"\b(?:caused|causes|led to|leads to|triggered|triggers|brought on|brings on)\b",
    re.I,
)


def reversed_exposure(study: Study, side: str | None, question: str = "") -> str | None:
    """'is about alopecia areata bringing on stress, the reverse of what is asked', when its finding runs that way.

    Only for an exposure (stress, a drug, an infection) asked as a cause: the study's lead sentence names a hair
    condition before a verb that brings something on, and the exposure only after it. A question that names that
    condition itself ("is alopecia areata linked to anxiety?") asks the study's own way round.
    """
    entry = vocabulary().interventions.get(side or "")
    if not entry or not entry.exposure:
        return None
    lead = study.tldr or next(iter(re.split(r"(?<=[.!?])\s+", study.text().strip())), "")
    verb = BRINGS_ON.search(lead)
    if not verb:
        return None
    before, after = lead[: verb.start()], lead[verb.end() :]
    named = {n for _, n, _ in find_interventions(before, fuzzy=False)}
    condition = HAIR_CONDITION.search(before)
    if condition and side not in named and side in {n for _, n, _ in find_interventions(after, fuzzy=False)}:
        causes = groups(before, CONDITIONS)
        if causes & groups(question, CONDITIONS):
            return None
        name = " and ".join(sorted(causes)) or condition.group(0).lower()
        return f"is about {name} bringing on {side}, the reverse of what is asked"
    return None


def mark_indirect(question: str, members: list[Member], asked: str | None = None) -> None:
    """Give every counted study not already indirect (another drug, a combination) its reason, if it has one."""
    for m in members:
        m.indirect = (
            m.indirect or reversed_exposure(m.study, m.side or asked, question) or indirect_reason(question, m.study)
        )
