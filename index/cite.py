"""Studies as citations for reference managers: RIS, BibTeX and CSL-JSON.

One module for both sides: ``python -m index export --format`` writes the whole index with it,
and ``Answer.citations_as`` (assistant/) writes an answer's sources with it, so a study reads the
same in Zotero whichever way it was exported. Input is plain ``Study`` records; every field a
record has goes out (title, authors, journal, year and month, DOI, PMID, URL, the TLDR as the
abstract with the summary as a note, or a PubMed record's abstract as the abstract; the design and
MeSH terms as keywords).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from index.records import Study

FORMATS = ("ris", "bibtex", "csl")  # the citation formats; ``index export`` adds its own jsonl
EXTENSIONS = {"ris": ".ris", "bibtex": ".bib", "csl": ".json"}
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
RETRACTED = "[RETRACTED] "
# Words that make a poor key ("the2020..."): the key takes the first title word not listed here.
KEY_SKIP = frozenset("a an and as at by for from in is of on or the to with".split())
# LaTeX's special characters in a BibTeX value; non-ASCII stays UTF-8 (biber and bibtexparser read it).
BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
GROUP_WORDS = frozenset("group consortium committee society association collaborators investigators".split())
PARTICLES = frozenset("da de del der di la le van von".split())  # part of the family name: "Ana de Souza"


class CiteError(ValueError):
    """An unknown format name: the message lists the ones there are."""


def export(studies: Sequence[Study], fmt: str) -> str:
    """The studies in one citation format (``ris``, ``bibtex`` or ``csl``), as text to write."""
    writers = {"ris": to_ris, "bibtex": to_bibtex, "csl": to_csl}
    if fmt not in writers:
        raise CiteError(f"unknown citation format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return writers[fmt](studies)


def title(study: Study) -> str:
    """The full title; a study without one (a related entry has only a TLDR) takes its label.

    A retracted paper keeps the page's "[RETRACTED]" mark, so a reference manager shows it too.
    """
    name = study.title or study.label().removeprefix(RETRACTED)
    return RETRACTED + name if study.retracted else name


def split_name(name: str) -> tuple[str, str] | None:
    """(family, given) of one author string, or None for a name kept whole (a group, one word).

    Sources write names three ways: "Smith, John" (MEDLINE FAU), "Smith JK" (PubMed XML, MEDLINE
    AU) and "Ana Lima" or "Ana de Souza" (summary pages).
    """
    name = " ".join(name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return family, given
    words = name.split(" ")
    if len(words) == 1 or any(w.lower() in GROUP_WORDS for w in words):
        return None
    if re.fullmatch(r"[A-Z]{1,4}", words[-1]):  # PubMed's initials after the family name
        return " ".join(words[:-1]), words[-1]
    cut = next((k for k, w in enumerate(words[:-1]) if k and w.lower() in PARTICLES), len(words) - 1)
    return " ".join(words[cut:]), " ".join(words[:cut])


def bibtex_keys(studies: Sequence[Study]) -> list[str]:
    """One key per study: first author's family name + year + first title word, e.g. ``lima2021topical``.

    Keys depend only on a study's own fields, so the same study gets the same key in every export;
    when two studies share a key, the later ones in the given order get a, b, c... appended.
    """
    taken: set[str] = set()
    keys = []
    bases = [_base_key(s) for s in studies]
    reserved = set(bases)
    for base in bases:
        key = base
        if key in taken:
            key = next(base + s for s in _suffixes() if base + s not in taken and base + s not in reserved)
        taken.add(key)
        keys.append(key)
    return keys


def _suffixes() -> Iterable[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    yield from letters
    yield from (a + b for a in letters for b in letters)


def _base_key(study: Study) -> str:
    parts = split_name(study.authors[0]) if study.authors else None
    author = _ascii(parts[0] if parts else study.authors[0] if study.authors else "").replace(" ", "")[:24]
    words = [w for w in _ascii(title(study).removeprefix(RETRACTED)).split() if w not in KEY_SKIP]
    return f"{author or 'anon'}{study.year or 'nd'}{words[0] if words else 'study'}"


def _ascii(text: str) -> str:
    """Lower-case ASCII letters, digits and spaces: BibTeX keys must survive every tool."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def keywords(study: Study) -> list[str]:
    """The design first (what a reader filters on), then MeSH terms, each once."""
    return list(dict.fromkeys(k for k in (study.study_type, *study.mesh) if k))


def abstract(study: Study) -> str | None:
    """The TLDR (what a summary page leads with), else the summary (a PubMed record's abstract)."""
    return study.tldr or study.summary


def _note(study: Study) -> str | None:
    """The summary paragraph when the TLDR took the abstract, and the counts no field holds."""
    parts = [(study.summary or "") if study.tldr else ""]
    if study.participants:
        parts.append(f"Participants: {study.participants}.")
    if study.citations is not None:
        parts.append(f"Cited {study.citations} times.")
    if study.retracted:
        parts.append("PubMed lists this paper as a retracted publication.")
    return " ".join(p for p in parts if p) or None


def to_ris(studies: Sequence[Study]) -> str:
    """RIS records (``TY`` ... ``ER``): what Zotero, EndNote and Mendeley import."""
    out = []
    for key, s in zip(bibtex_keys(studies), studies, strict=True):
        lines = [("TY", "JOUR" if s.journal else "GEN"), ("ID", key), ("TI", title(s))]
        lines += [("AU", _ris_name(a)) for a in s.authors]
        lines += [("T2", s.journal), ("JO", s.journal)] if s.journal else []
        if s.year:
            lines.append(("PY", str(s.year)))
            lines.append(("DA", f"{s.year}/{s.month:02d}//" if s.month else f"{s.year}///"))
        lines += [("DO", s.doi), ("AN", s.pmid), ("UR", _url(s)), ("AB", abstract(s)), ("N1", _note(s))]
        lines += [("KW", k) for k in keywords(s)]
        out.extend(f"{tag}  - {_one_line(value)}" for tag, value in lines if value)
        out.extend(["ER  - ", ""])
    return "\n".join(out)


def _ris_name(name: str) -> str:
    parts = split_name(name)
    return f"{parts[0]}, {parts[1]}" if parts else name


def _url(study: Study) -> str | None:
    """The study's own page, else its PubMed page (a DOI has its own field)."""
    return study.url or (f"https://pubmed.ncbi.nlm.nih.gov/{study.pmid}/" if study.pmid else None)


def _one_line(text: str) -> str:
    """RIS values are one line each: a newline would start a bogus tag."""
    return " ".join(str(text).split())


def to_bibtex(studies: Sequence[Study]) -> str:
    """BibTeX entries, ``@article`` when the journal is known, else ``@misc``; values escaped."""
    entries = []
    for key, s in zip(bibtex_keys(studies), studies, strict=True):
        text = {"journal": s.journal, "pmid": s.pmid, "abstract": abstract(s), "note": _note(s)}
        fields = {
            "title": "{" + bibtex_escape(title(s)) + "}",
            "author": "{" + " and ".join(map(_bibtex_name, s.authors)) + "}" if s.authors else None,
            "journal": None,
            "year": f"{{{s.year}}}" if s.year else None,
            "month": MONTHS[s.month - 1] if s.year and s.month and 1 <= s.month <= 12 else None,  # the macro
            "doi": "{" + _verbatim(s.doi) + "}" if s.doi else None,
            "url": "{" + _verbatim(_url(s)) + "}" if _url(s) else None,
            **{name: "{" + bibtex_escape(value) + "}" for name, value in text.items() if value},
            "keywords": "{" + bibtex_escape(", ".join(keywords(s))) + "}" if keywords(s) else None,
        }
        body = ",\n".join(f"  {name} = {value}" for name, value in fields.items() if value)
        entries.append(f"@{'article' if s.journal else 'misc'}{{{key},\n{body}\n}}\n")
    return "\n".join(entries)


def _verbatim(value: str) -> str:
    """A DOI or URL as biblatex reads it, verbatim (no LaTeX escapes); only braces would break the entry."""
    return " ".join(value.split()).replace("{", "%7B").replace("}", "%7D")


def _bibtex_name(name: str) -> str:
    """'Family, Given'; a name kept whole goes in braces so BibTeX does not split it."""
    parts = split_name(name)
    if parts is None:
        return "{" + bibtex_escape(name) + "}"
    return f"{bibtex_escape(parts[0])}, {bibtex_escape(parts[1])}"


def bibtex_escape(text: str) -> str:
    """LaTeX-escape one value (braces, %, &, #, _, $, ~, ^, backslash), folded onto one line."""
    return "".join(BIBTEX_ESCAPES.get(ch, ch) for ch in " ".join(text.split()))


def to_csl(studies: Sequence[Study]) -> str:
    """CSL-JSON (what Zotero, Pandoc and citeproc read): a JSON array of items with id, type, title."""
    items = []
    for key, s in zip(bibtex_keys(studies), studies, strict=True):
        item: dict = {"id": key, "type": "article-journal" if s.journal else "article", "title": title(s)}
        authors = [_csl_name(a) for a in s.authors]
        optional = {
            "author": authors,
            "container-title": s.journal,
            "issued": {"date-parts": [[s.year, s.month] if s.month else [s.year]]} if s.year else None,
            "DOI": s.doi,
            "PMID": s.pmid,
            "URL": _url(s),
            "abstract": abstract(s),
            "note": _note(s),
            "keyword": ", ".join(keywords(s)) or None,
            "genre": s.study_type,
        }
        item.update({k: v for k, v in optional.items() if v})
        items.append(item)
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _csl_name(name: str) -> dict[str, str]:
    parts = split_name(name)
    if parts is None:
        return {"literal": name}
    return {"family": parts[0], "given": parts[1]} if parts[1] else {"family": parts[0]}
