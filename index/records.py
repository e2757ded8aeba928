"""Plain records passed between indexing stages: Study, Chunk, Rejection."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields

LATE_FIELDS = ("mesh", "publication_types")  # added after indexes existed; empty ones leave the digest alone
LATE_FACTS = ("direction", "direction_hedged")  # likewise: counted in the digest only when set
TLDR_KEY_WORDS = 6  # a TLDR this long identifies its study across pages, whatever header it came with


@dataclass(frozen=True)
class Provenance:
    """Where one occurrence of a study was read: file, line (or record number) and format."""

    file: str
    line: int
    format: str
    role: str = "study"  # "lead", "related", "record"


@dataclass(frozen=True)
class Rejection:
    """A record or file that could not be used, with the reason a person can act on."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class Study:
    """One study as read from a source, before chunking.

    Facts (design, participants, follow-up, safety, direction of the finding) are filled by ``index.facts``.
    """

    title: str | None = None
    tldr: str | None = None
    summary: str | None = None
    journal: str | None = None
    year: int | None = None
    month: int | None = None
    citations: int | None = None
    url: str | None = None
    doi: str | None = None
    pmid: str | None = None
    slug: str | None = None
    authors: tuple[str, ...] = ()
    study_type: str | None = None
    participants: int | None = None
    followup_months: float | None = None
    safety: str | None = None
    studies_reviewed: int | None = None  # a review's count of studies it covers (never participants)
    direction: str | None = None  # what the study found: benefit / no benefit / harm / mixed (index.direction)
    direction_hedged: bool = False  # that finding was stated with reserve ("may help", "more research needed")
    site: str | None = None  # the website a summary page points to ("View this study on SITE")
    mesh: tuple[str, ...] = ()  # MeSH descriptors (PubMed records): filterable as ``mesh``
    publication_types: tuple[str, ...] = ()  # PubMed's curated types, e.g. "Randomized Controlled Trial"
    provenance: tuple[Provenance, ...] = ()
    id: str = ""
    aliases: tuple[str, ...] = field(default=())
    content_hash: str = ""  # set by the build: fingerprint of what was indexed

    def keys(self) -> list[str]:
        """Every identity key of this study, most trusted first (the first is its id)."""
        out: list[str] = []
        if self.doi:
            out.append("doi:" + self.doi.lower().strip())
        if self.pmid:
            out.append("pmid:" + self.pmid.strip())
        if self.url:
            out.append("url:" + normalise_url(self.url))
        if self.slug:
            out.append("slug:" + self.slug.strip())
        ym = f"{self.year or ''}-{self.month or ''}"
        for text in (self.title, self.tldr):
            if text:
                out.append("h:" + _digest(normalise_text(self.journal or ""), ym, normalise_text(text)))
        if self.tldr and len(normalise_text(self.tldr).split()) >= TLDR_KEY_WORDS:
            out.append("t:" + _digest(normalise_text(self.tldr)))  # the same TLDR on any page is one study
        if not out and self.summary:
            out.append("h:" + _digest("", ym, normalise_text(self.summary[:500])))
        return out

    @property
    def retracted(self) -> bool:
        """PubMed marks a withdrawn paper "Retracted Publication": it is shown, never cited unmarked."""
        return any(t.lower() == "retracted publication" for t in self.publication_types)

    def text(self) -> str:
        """The citable text of the study: TLDR then summary, verbatim."""
        return "\n".join(p for p in (self.tldr, self.summary) if p)

    def digest(self) -> str:
        """Hash of everything parsed for this study, so a changed study is re-embedded."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("provenance", "content_hash")}
        for name in (*LATE_FIELDS, *LATE_FACTS):  # absent in older indexes: leave their fingerprints as they were
            if not data[name]:
                del data[name]
        data["provenance"] = sorted({(p.file, p.format) for p in self.provenance})
        return hashlib.sha1(json.dumps(data, sort_keys=True, default=list).encode()).hexdigest()

    def to_dict(self) -> dict:
        """JSON-friendly form, used to store the full record beside its chunks."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Study:
        """Inverse of ``to_dict``."""
        data = dict(data)
        data["provenance"] = tuple(Provenance(**p) for p in data.get("provenance", ()))
        data["authors"] = tuple(data.get("authors", ()))
        data["aliases"] = tuple(data.get("aliases", ()))
        for name in LATE_FIELDS:
            data[name] = tuple(data.get(name) or ())
        return cls(**data)

    def label(self, limit: int = 90) -> str:
        """A human name for messages and tables, at most ``limit`` characters.

        Tables want it short; a source list or a citation record shows the whole title (pass a
        larger limit), since a cut title is harder to find in a library.
        """
        name = self.title or self.tldr or self.summary or self.id
        if len(name) > limit:  # cut at a word, and say it was cut
            name = name[: limit - 3].rsplit(" ", 1)[0].rstrip(",;:") + "..."
        return f"[RETRACTED] {name}" if self.retracted else name


@dataclass(frozen=True)
class Chunk:
    """A piece of a study that is embedded and stored; ``embed_text`` carries the header."""

    id: str
    study_id: str
    index: int
    count: int
    text: str
    embed_text: str
    spans: tuple[tuple[int, int], ...] = ()  # each sentence's (start, end) in ``embed_text``


def normalise_text(text: str) -> str:
    """Lower-case, fold quotes and accents, keep letters and digits: for identity, not display."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def normalise_url(url: str) -> str:
    """Drop scheme, ``www.``, fragments and trailing slashes so one page has one key."""
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    return url.split("#", 1)[0].rstrip("/")


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
