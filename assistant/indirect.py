"""Is a study direct evidence for the question asked? Flags a different population or condition.

An answer about women that quotes a study of men, or a question about alopecia areata answered
from a study of androgenetic alopecia, is still worth showing — but the reader must be told.
Groups are matched in the question and in the study's own text; a study is flagged only when
it names a group of the same kind and none of the ones the question asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.vocabulary import find_interventions, vocabulary
from index.facts import sentences
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


@dataclass(frozen=True)
class BroughtOn:
    """A study's lead finding that a hair condition brings on an exposure: 'alopecia areata' -> 'anxiety'."""

    conditions: frozenset[str]  # the hair conditions of ``CONDITIONS`` it names as the cause (may be empty)
    cause: str  # how it names the cause ("alopecia areata", else the hair words it uses)
    effect: str  # the exposure's own word in the study ("depression and anxiety" reads "anxiety")


def brought_on(study: Study, side: str | None) -> BroughtOn | None:
    """The hair condition a study's lead sentence says brings on the exposure ``side``, if it runs that way.

    Only for an exposure (stress, a drug, an infection): the lead sentence names a hair condition before a verb
    that brings something on, and the exposure only after it.
    """
    entry = vocabulary().interventions.get(side or "")
    if not entry or not entry.exposure:
        return None
    lead = study.tldr or next(iter(sentences(study.text())), "")
    verb = BRINGS_ON.search(lead)
    if not verb:
        return None
    before, after = lead[: verb.start()], lead[verb.end() :]
    condition = HAIR_CONDITION.search(before)
    if not condition or side in {n for _, n, _ in find_interventions(before, fuzzy=False)}:
        return None
    at = next((pos for pos, n, _ in find_interventions(after, fuzzy=False) if n == side), None)
    if at is None:
        return None
    causes = frozenset(groups(before, CONDITIONS))
    word = re.match(r"[\w-]+(?: [\w-]+)?", after[at:])
    alias = next((a for a in sorted(entry.aliases, key=len, reverse=True) if after[at:].lower().startswith(a)), None)
    effect = alias or (word.group(0) if word else side)
    return BroughtOn(causes, " and ".join(sorted(causes)) or condition.group(0).lower(), effect)


def reversed_exposure(study: Study, side: str | None, question: str = "") -> str | None:
    """'is about alopecia areata bringing on stress, the reverse of what is asked', when its finding runs that way.

    A question that names that condition itself ("is alopecia areata linked to anxiety?") asks the study's own way
    round, and gets no such flag.
    """
    found = brought_on(study, side)
    if not found or found.conditions & groups(question, CONDITIONS):
        return None
    return f"is about {found.cause} bringing on {side}, the reverse of what is asked"


def mark_indirect(question: str, members: list[Member], asked: str | None = None) -> None:
    """Give every counted study not already indirect (another drug, a combination) its reason, if it has one."""
    for m in members:
        m.indirect = (
            m.indirect or reversed_exposure(m.study, m.side or asked, question) or indirect_reason(question, m.study)
        )
