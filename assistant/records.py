"""Plain records of the read side: Hit (a retrieved study), Citation, EvidenceRow, Answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

from index import cite
from index.records import Study


@dataclass
class Hit:
    """A retrieved study with the scores that ranked it."""

    study: Study
    score: float
    dense: float  # best cosine similarity of any of its chunks to the query
    lexical: float
    text: str  # the study's citable text
    coverage: float = 0.0  # rarity-weighted share of the question's terms found in the study
    support: float = 0.0  # how well the study matches the question: what abstention is decided on


@dataclass(frozen=True)
class Citation:
    """One numbered source as shown under an answer; ``snippet`` is verbatim study text."""

    n: int
    study_id: str
    title: str
    journal: str | None
    year: int | None
    month: int | None
    url: str | None
    snippet: str
    score: float
    text: str = ""  # the study's full citable text, so a page can show the snippet in context
    design: str | None = None
    participants: int | None = None
    citations: int | None = None
    quotes: tuple[str, ...] = ()  # every sentence the answer quotes from this study (snippet is the first)
    pmid: str | None = None
    pubmed_url: str | None = None  # the PMID's PubMed page (``url`` may be the DOI or the study's own page)
    retracted: bool = False  # PubMed lists it as a retracted publication
    authors: tuple[str, ...] = ()
    doi: str | None = None
    # The whole record, for citation export (every field a reference manager takes); not in to_dict(),
    # whose JSON carries the fields above.
    study: Study | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        """Plain JSON types: every field but the full study record."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "study"}

    def record(self) -> Study:
        """The cited study; a Citation made without one (from JSON, in a test) rebuilds what it can."""
        if self.study is not None:
            return self.study
        title = self.title.removeprefix(cite.RETRACTED)
        return Study(
            title=title,
            journal=self.journal,
            year=self.year,
            month=self.month,
            url=self.url,
            doi=self.doi,
            pmid=self.pmid,
            authors=self.authors,
            study_type=self.design,
            participants=self.participants,
            citations=self.citations,
            tldr=self.snippet,
            publication_types=("Retracted Publication",) if self.retracted else (),
            id=self.study_id,
        )


@dataclass
class Finding:
    """A candidate sentence: verbatim text of one study, with its score."""

    hit: Hit
    sentence: str
    score: float


@dataclass(frozen=True)
class EvidenceRow:
    """One line of the evidence table."""

    n: int
    study: str
    year: int | None
    journal: str | None
    design: str | None
    participants: int | None
    followup_months: float | None
    citations: int | None
    finding: str | None = None  # what the study found: benefit, no benefit, harm, mixed (None: not stated)


@dataclass
class Answer:
    """What ``answer()`` returns; ``to_dict`` is JSON-serialisable."""

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    abstained: bool = False
    query_used: str = ""
    intent: str = "general"
    safety: str | None = None
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    bottom_line: str = ""  # efficacy, safety and comparison answers: what the counted studies found
    # citation number -> direction for every counted study that states one (``to_dict`` writes "1": …)
    directions: dict[int, str] = field(default_factory=dict)
    interventions: list[str] = field(default_factory=list)  # what the question was understood to be about
    population: str | None = None

    def to_dict(self) -> dict:
        """Plain JSON types only."""
        data = asdict(replace(self, citations=[]))  # no deep copy of every cited study's record
        data["citations"] = [c.to_dict() for c in self.citations]
        data["directions"] = {str(n): d for n, d in self.directions.items()}  # JSON keys are text
        return data

    def citations_as(self, fmt: str) -> str:
        """The cited sources, in citation order, as ``ris``, ``bibtex`` or ``csl`` (CSL-JSON).

        ``answer(q).citations_as("bibtex")`` gives a .bib file's text; an answer that cites nothing
        gives an empty export (no entries), never an error.
        """
        return cite.export([c.record() for c in self.citations], fmt)
