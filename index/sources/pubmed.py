"""Readers for PubMed exports: MEDLINE/.nbib text and PubmedArticleSet XML."""

from __future__ import annotations

import io
import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml.ElementTree import iterparse

from index.records import Provenance, Rejection, Study
from index.sources.common import ReadResult, SourceError, clean, decode, parse_date

TAG = re.compile(rb"^([A-Z][A-Z0-9]{1,3})\s*-\s?(.*)$")


def read_medline(data: bytes, file: str) -> ReadResult:
    """Parse MEDLINE records separated by blank lines; a bad record never spoils the others."""
    result = ReadResult()
    for line_no, record in _medline_records(data):
        try:
            fields = _medline_fields(record, file, line_no)
        except SourceError as exc:
            result.rejections.append(exc.rejection)
            continue
        study_or_error = _medline_study(fields, file, line_no)
        if isinstance(study_or_error, Rejection):
            result.rejections.append(study_or_error)
        else:
            result.studies.append(study_or_error)
    if not result.studies and not result.rejections:
        result.rejections.append(Rejection(file, None, "no MEDLINE records found (expected 'PMID- ' lines)"))
    return result


def _medline_records(data: bytes) -> list[tuple[int, list[bytes]]]:
    """Group lines into records; each record remembers the line it starts on."""
    records: list[tuple[int, list[bytes]]] = []
    current: list[bytes] = []
    start = 1
    for n, raw in enumerate(data.splitlines(), start=1):
        if raw.strip() == b"" or (raw.startswith(b"PMID-") and current):
            if current:
                records.append((start, current))
            current = [] if raw.strip() == b"" else [raw]
            start = n + 1 if raw.strip() == b"" else n
            continue
        current.append(raw)
    if current:
        records.append((start, current))
    return records


def _medline_fields(record: list[bytes], file: str, line_no: int) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for offset, raw in enumerate(record):
        try:
            text = decode(raw, file) if raw else ""
        except SourceError as exc:
            raise SourceError(file, line_no + offset, exc.rejection.message) from None
        if raw.startswith(b"      ") and last:
            fields[last][-1] += " " + text.strip()
            continue
        match = TAG.match(raw)
        if not match:
            raise SourceError(
                file,
                line_no + offset,
                f"MEDLINE record: line is neither 'TAG - value' nor a continuation: {text[:60]!r}",
            )
        last = match.group(1).decode()
        fields.setdefault(last, []).append(text.split("-", 1)[1].strip() if "-" in text else "")
    return fields


def _medline_study(fields: dict[str, list[str]], file: str, line_no: int) -> Study | Rejection:
    pmid = (fields.get("PMID") or [None])[0]
    title = pubmed_title(clean((fields.get("TI") or [None])[0]), clean((fields.get("TT") or [None])[0]))
    abstract = clean("\n".join(fields.get("AB", [])))
    who = f"record with PMID {pmid}" if pmid else "record"
    types = fields.get("PT", [])
    if notice := _notice(types, who):
        return Rejection(file, line_no, notice)
    missing = [name for name, value in (("title (TI)", title), ("abstract (AB)", abstract)) if not value]
    if missing:
        return Rejection(file, line_no, f"{who} has no {' and no '.join(missing)}; skipped")
    doi = next((v.split()[0] for v in fields.get("LID", []) + fields.get("AID", []) if "[doi]" in v), None)
    year, month = parse_date((fields.get("DP") or [None])[0])
    return Study(
        title=title,
        summary=abstract,
        journal=clean((fields.get("JT") or fields.get("TA") or [None])[0]),
        year=year,
        month=month,
        pmid=pmid,
        doi=doi,
        authors=tuple(fields.get("FAU") or fields.get("AU") or ()),
        study_type=_design_from_types(types),
        mesh=tuple(dict.fromkeys(mesh_descriptor(h) for h in fields.get("MH", []) if mesh_descriptor(h))),
        publication_types=tuple(types),
        provenance=(Provenance(file, line_no, "medline", "record"),),
    )


PUBLICATION_TYPES = [
    ("meta-analysis", "meta-analysis"),
    ("systematic review", "systematic review"),
    ("randomized controlled trial", "randomised controlled trial"),
    ("clinical trial", "clinical trial"),
    ("observational study", "observational"),
    ("case reports", "case report"),
    ("review", "review"),
]


NOTICE_TYPES = {"published erratum", "retraction of publication", "expression of concern"}


def _notice(types: list[str] | tuple[str, ...], who: str) -> str | None:
    """Why a record is not a study: an erratum or retraction notice points at one, it reports nothing."""
    kinds = sorted({t for t in types if t.lower() in NOTICE_TYPES})
    return f"{who} is a notice ({', '.join(kinds)}), not a study; skipped" if kinds else None


def pubmed_title(title: str | None, vernacular: str | None = None) -> str | None:
    """PubMed's title as a reader wants it: a translated title loses its brackets, '[Not Available].' gives way.

    PubMed puts the English translation of a non-English title in square brackets, and writes
    '[Not Available].' when there is none; the original-language title is then the title.
    """
    if title and re.fullmatch(r"\[?\s*not available\s*\]?\.?", title, re.I):
        title = None
    if title and title.startswith("[") and title.rstrip(".").endswith("]"):
        title = title.rstrip(".")[1:-1].strip() + "."
    return title or vernacular


def mesh_descriptor(heading: str) -> str:
    """'Alopecia/*drug therapy' (MEDLINE) or 'Alopecia' (XML) to the bare descriptor 'Alopecia'."""
    return heading.split("/", 1)[0].lstrip("*").strip()


def _design_from_types(types: list[str]) -> str | None:
    """PubMed publication types are curated: trust them over text mining when present."""
    lowered = [t.lower() for t in types]
    for needle, design in PUBLICATION_TYPES:
        if any(needle in t for t in lowered):
            return design
    return None


def read_pubmed_xml(data: bytes, file: str) -> ReadResult:
    """Stream PubmedArticle elements; a truncated or broken file keeps the articles before it."""
    result = ReadResult()
    count = 0
    try:
        # PubMed's own exports start with a DOCTYPE, so it is allowed; entity declarations and
        # external references (the XML bombs) stay forbidden, defusedxml's defaults.
        for _event, elem in iterparse(io.BytesIO(data), events=("end",)):
            if elem.tag != "PubmedArticle":
                continue
            count += 1
            item = article_study(elem, file, count)
            (result.rejections if isinstance(item, Rejection) else result.studies).append(item)
            elem.clear()
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        result.rejections.append(
            Rejection(
                file,
                line,
                f"XML is broken or truncated ({exc.msg if hasattr(exc, 'msg') else exc}); "
                f"kept the {count} article(s) before this point",
            )
        )
    except Exception as exc:  # defusedxml refuses entities/DTDs with its own exception types
        result.rejections.append(Rejection(file, None, f"XML refused: {type(exc).__name__}: {exc}"))
    if count == 0 and not result.rejections:
        result.rejections.append(Rejection(file, None, "no <PubmedArticle> elements found"))
    return result


def _text(elem: Element | None) -> str | None:
    return clean("".join(elem.itertext())) if elem is not None else None


def article_study(article: Element, file: str, number: int) -> Study | Rejection:
    """One <PubmedArticle> as a Study, or the reason it is not one (no abstract, a notice)."""
    cit = article.find("MedlineCitation")
    art = cit.find("Article") if cit is not None else None
    if art is None:
        return Rejection(file, None, f"article #{number}: no <Article> element; skipped")
    pmid = _text(cit.find("PMID"))
    parts = []
    for node in art.findall("Abstract/AbstractText"):
        text = _text(node)
        if text:
            label = node.get("Label")
            parts.append(f"{label.capitalize()}: {text}" if label else text)
    title = pubmed_title(_text(art.find("ArticleTitle")), _text(art.find("VernacularTitle")))
    abstract = clean("\n".join(parts))
    types = [_text(t) or "" for t in art.findall("PublicationTypeList/PublicationType")]
    if notice := _notice(types, f"article #{number} (PMID {pmid})"):
        return Rejection(file, None, notice)
    if not title or not abstract:
        missing = " and no ".join(n for n, v in (("title", title), ("abstract", abstract)) if not v)
        return Rejection(file, None, f"article #{number} (PMID {pmid}) has no {missing}; skipped")
    pub = art.find("Journal/JournalIssue/PubDate")
    date = (
        " ".join(filter(None, (_text(pub.find(t)) for t in ("Year", "Month", "MedlineDate"))))
        if pub is not None
        else ""
    )
    year, month = parse_date(date)
    if year is None and (electronic := art.find("ArticleDate")) is not None:  # online-first, no issue yet
        year, month = parse_date("-".join(filter(None, (_text(electronic.find(t)) for t in ("Year", "Month")))))
    doi = next((_text(e) for e in art.findall("ELocationID") if e.get("EIdType") == "doi"), None)
    doi = doi or next(
        (_text(e) for e in article.findall("PubmedData/ArticleIdList/ArticleId") if e.get("IdType") == "doi"), None
    )
    authors = tuple(
        " ".join(filter(None, (_text(a.find("LastName")), _text(a.find("Initials")))))
        if a.find("LastName") is not None
        else _text(a.find("CollectiveName")) or ""
        for a in art.findall("AuthorList/Author")
        if a.find("LastName") is not None or a.find("CollectiveName") is not None
    )
    mesh = (_text(d) for d in cit.findall("MeshHeadingList/MeshHeading/DescriptorName"))
    return Study(
        title=title,
        summary=abstract,
        journal=_text(art.find("Journal/Title")) or _text(art.find("Journal/ISOAbbreviation")),
        year=year,
        month=month,
        pmid=pmid,
        doi=doi,
        authors=authors,
        study_type=_design_from_types(types),
        mesh=tuple(dict.fromkeys(m for m in mesh if m)),
        publication_types=tuple(types),
        provenance=(Provenance(file, number, "pubmed-xml", "record"),),
    )
