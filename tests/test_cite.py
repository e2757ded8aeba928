"""Citation export (index/cite.py): RIS, BibTeX and CSL-JSON read back by real parsers.

rispy and bibtexparser 2 parse what we write; CSL-JSON is validated with jsonschema against the
parts of the CSL data schema a reference manager relies on (id, type from the CSL type list,
title, names, dates). Whole-index and answer exports run on the session fixture index.
"""

from __future__ import annotations

import json
import re

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser import middlewares as mw

import assistant.__main__ as assistant_cli
import index.__main__ as index_cli
from assistant.api import answer
from assistant.records import Citation
from index import cite
from index.records import Study
from index.store import Store

# The item types of CSL 1.0.2 (csl-data.json, "type" enum).
CSL_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
}  # fmt: skip
NAME = {
    "type": "object",
    "properties": {k: {"type": "string"} for k in ("family", "given", "literal")},
    "anyOf": [{"required": ["family"]}, {"required": ["literal"]}],
}
CSL_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "type", "title"],
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "type": {"enum": sorted(CSL_TYPES)},
            "title": {"type": "string", "minLength": 1},
            "author": {"type": "array", "items": NAME},
            "issued": {
                "type": "object",
                "required": ["date-parts"],
                "properties": {
                    "date-parts": {
                        "type": "array",
                        "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3},
                    }
                },
            },
            **{k: {"type": "string"} for k in ("DOI", "PMID", "URL", "abstract", "note", "keyword")},
        },
    },
}

FULL = Study(
    title="Topical finasteride & 5% minoxidil_{gel}: a #1 trial ~ in Zürich",
    authors=("Lima, Ana", "Smith JK", "Ana de Souza", "Hair Research Group"),
    journal="Journal of Hair & Scalp",
    year=2021,
    month=3,
    doi="10.1000/j.hair_2021.03",
    pmid="31234567",
    url="https://example.org/studies/finasteride",
    tldr="Topical finasteride lowered scalp DHT by 50% with little change in serum DHT.",
    summary="A randomised trial of 120 men.\nSecond line of the summary.",
    study_type="randomised controlled trial",
    participants=120,
    citations=14,
    mesh=("Alopecia", "Finasteride"),
    id="doi:10.1000/j.hair_2021.03",
)
UNTITLED = Study(  # a related-study entry: only a TLDR, a journal and a date
    tldr="Microneedling with minoxidil grew more hair than minoxidil alone in 40 patients.",
    journal="Dermatologic Surgery",
    year=2019,
    month=11,
    id="h:0123456789abcdef",
)
# Same first author, year and first title word as FULL: the key clash.
TWIN = Study(title="Topical minoxidil in women", authors=("Lima A",), journal="Skin", year=2021, id="pmid:2")
RETRACTED = Study(
    title="A withdrawn trial", authors=("Roe J",), year=2018, publication_types=("Retracted Publication",), id="p:3"
)
STUDIES = [FULL, UNTITLED, TWIN, RETRACTED]


def parse_bibtex(text: str):
    """bibtexparser 2 with LaTeX decoding, names split into parts and month macros as numbers."""
    stack = [mw.SeparateCoAuthors(), mw.SplitNameParts(), mw.LatexDecodingMiddleware(), mw.MonthIntMiddleware()]
    library = bibtexparser.parse_string(text, append_middleware=stack)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return library


def test_ris_round_trips_every_field_through_rispy():
    full, untitled, twin, retracted = rispy.loads(cite.export(STUDIES, "ris"))
    assert full["type_of_reference"] == "JOUR" and full["title"] == FULL.title
    assert full["authors"] == ["Lima, Ana", "Smith, JK", "de Souza, Ana", "Hair Research Group"]
    assert full["journal_name"] == FULL.journal and full["year"] == "2021" and full["date"] == "2021/03//"
    assert full["doi"] == FULL.doi and full["accession_number"] == FULL.pmid and full["urls"] == [FULL.url]
    assert full["abstract"] == FULL.tldr
    assert full["keywords"] == ["randomised controlled trial", "Alopecia", "Finasteride"]
    assert "Second line of the summary." in full["notes"][0] and "Participants: 120" in full["notes"][0]
    assert untitled["title"] == UNTITLED.tldr and untitled["type_of_reference"] == "JOUR"
    assert retracted["type_of_reference"] == "GEN"  # no journal: a generic record
    assert len({r["id"] for r in (full, untitled, twin, retracted)}) == 4
    assert retracted["title"].startswith("[RETRACTED] ") and "retracted" in retracted["notes"][0]


def test_bibtex_round_trips_through_bibtexparser_with_special_characters_escaped():
    text = cite.export(STUDIES, "bibtex")
    library = parse_bibtex(text)
    full = library.entries[0]
    assert full.entry_type == "article" and full["title"] == FULL.title  # &, %, _, #, braces, ~, ü come back
    assert "Zürich" in text  # non-ASCII kept as UTF-8, not turned into LaTeX accents
    assert [(n.last, n.first, n.von) for n in full["author"]] == [
        (["Lima"], ["Ana"], []),
        (["Smith"], ["JK"], []),
        (["Souza"], ["Ana"], ["de"]),
        (["{Hair Research Group}"], [], []),  # a group stays one name, not "Group, Hair Research"
    ]
    assert full["journal"] == FULL.journal and full["year"] == "2021" and full["month"] == 3
    assert full["doi"] == FULL.doi and full["url"] == FULL.url and full["pmid"] == FULL.pmid
    assert full["abstract"] == FULL.tldr and "Second line of the summary." in full["note"]
    assert full["keywords"] == "randomised controlled trial, Alopecia, Finasteride"
    untitled = library.entries[1]
    assert untitled.entry_type == "article" and untitled["title"] == UNTITLED.tldr
    assert "author" not in untitled.fields_dict and untitled["month"] == 11
    assert library.entries[3].entry_type == "misc" and library.entries[3]["title"] == "[RETRACTED] A withdrawn trial"


def test_bibtex_escapes_what_latex_would_read_as_markup():
    text = cite.export([Study(title="50% of 5α-reductase_{2} & #3 ^ \\ x", id="x")], "bibtex")
    value = next(line for line in text.splitlines() if line.strip().startswith("title")).split("=", 1)[1].strip()
    inner = re.sub(r"\\[%&#_{}$]|\\text[a-z]+\{\}", "", value[1:-1])  # drop every escape
    assert not set(inner) & set("%&#_{}$^~\\"), inner  # nothing special is left bare
    assert "5α" in inner


def test_bibtex_keys_are_unique_stable_and_suffixed_on_a_clash():
    keys = cite.bibtex_keys(STUDIES)
    assert keys[0] == "lima2021topical" and keys[2] == "lima2021topicala"  # TWIN clashes with FULL
    assert keys[1] == "anon2019microneedling" and keys[3] == "roe2018withdrawn"  # "A" is skipped
    assert cite.bibtex_keys(STUDIES) == keys
    other = Study(title="Unrelated", authors=("Zhang W",), year=2020, id="z")
    assert cite.bibtex_keys([FULL, other, TWIN]) == [keys[0], "zhang2020unrelated", keys[2]]
    three = cite.bibtex_keys([FULL, TWIN, TWIN])
    assert len(set(three)) == 3 and three[2] == "lima2021topicalb"
    parsed = parse_bibtex(cite.export([FULL, TWIN, TWIN], "bibtex"))
    assert [e.key for e in parsed.entries] == three


def test_csl_json_validates_and_carries_every_field():
    items = json.loads(cite.export(STUDIES, "csl"))
    jsonschema.validate(items, CSL_SCHEMA)
    full, untitled, *_ = items
    assert full["type"] == "article-journal" and full["title"] == FULL.title
    assert full["author"][0] == {"family": "Lima", "given": "Ana"} and full["author"][3] == {
        "literal": "Hair Research Group"
    }
    assert full["issued"] == {"date-parts": [[2021, 3]]} and full["container-title"] == FULL.journal
    assert (full["DOI"], full["PMID"], full["URL"], full["abstract"]) == (FULL.doi, FULL.pmid, FULL.url, FULL.tldr)
    assert "randomised controlled trial" in full["keyword"]
    assert untitled["title"] == UNTITLED.tldr and "author" not in untitled
    assert [i["id"] for i in items] == cite.bibtex_keys(STUDIES)


def test_a_pubmed_abstract_is_the_abstract_not_a_note():
    record = Study(title="A trial", summary="BACKGROUND: x. RESULTS: y.", journal="J", year=2020, pmid="5", id="pmid:5")
    (entry,) = rispy.loads(cite.export([record], "ris"))
    (item,) = json.loads(cite.export([record], "csl"))
    (bib,) = parse_bibtex(cite.export([record], "bibtex")).entries
    assert entry["abstract"] == item["abstract"] == bib["abstract"] == record.summary
    assert "notes" not in entry and "note" not in item and "note" not in bib.fields_dict


def test_unknown_format_is_a_clear_error():
    with pytest.raises(cite.CiteError, match="ris, bibtex, csl"):
        cite.export(STUDIES, "endnote")


def test_a_citation_without_its_study_still_exports_what_it_shows():
    c = Citation(1, "pmid:9", "A trial", "Skin", 2020, 5, "https://x.org/a", "Hair grew.", 0.5, pmid="9", doi="10.1/a")
    (entry,) = rispy.loads(cite.export([c.record()], "ris"))
    assert (entry["title"], entry["doi"], entry["accession_number"], entry["abstract"]) == (
        "A trial",
        "10.1/a",
        "9",
        "Hair grew.",
    )


def test_an_answer_exports_its_cited_sources_in_every_format(fixture_index):
    result = answer("is stem-cell mesotherapy safe?", index=fixture_index)
    assert result.citations and not result.abstained
    stored = [c.study for c in result.citations]
    assert all(s is not None and s.id == c.study_id for s, c in zip(stored, result.citations, strict=True))
    ris = rispy.loads(result.citations_as("ris"))
    bib = parse_bibtex(result.citations_as("bibtex")).entries
    csl = json.loads(result.citations_as("csl"))
    jsonschema.validate(csl, CSL_SCHEMA)
    titles = [cite.title(s) for s in stored]
    assert [r["title"] for r in ris] == [e["title"] for e in bib] == [i["title"] for i in csl] == titles
    for study, entry in zip(stored, ris, strict=True):
        assert entry.get("abstract") == study.tldr and entry.get("doi") == study.doi
    payload = json.loads(json.dumps(result.to_dict()))
    assert (
        "study" not in payload["citations"][0] and payload["citations"][0]["study_id"] == result.citations[0].study_id
    )
    assert "authors" in payload["citations"][0]


def test_ask_cite_prints_the_sources(fixture_settings, capsys):
    data_dir = str(fixture_settings.index.data_dir)
    assert (
        assistant_cli.main(["ask", "is stem-cell mesotherapy safe?", "--cite", "bibtex", "--data-dir", data_dir]) == 0
    )
    entries = parse_bibtex(capsys.readouterr().out).entries
    assert entries and all(e["title"] for e in entries)
    assert (
        assistant_cli.main(["ask", "what is the airspeed of a swallow?", "--cite", "csl", "--data-dir", data_dir]) == 0
    )
    out = capsys.readouterr()
    assert json.loads(out.out) == [] and "no study cited" in out.err


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csl", "jsonl"])
def test_index_export_writes_the_whole_index(fixture_settings, tmp_path, fmt, capsys):
    index_settings = fixture_settings.index
    studies = sorted(Store(index_settings).iter_studies(), key=lambda s: s.id)
    out = tmp_path / f"all.{fmt}"
    assert index_cli.main(["export", "--format", fmt, "-o", str(out), "--data-dir", str(index_settings.data_dir)]) == 0
    assert f"wrote {len(studies)} studies" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    if fmt == "ris":
        titles = [r["title"] for r in rispy.loads(text)]
    elif fmt == "bibtex":
        entries = parse_bibtex(text).entries
        assert len({e.key for e in entries}) == len(entries)
        titles = [e["title"] for e in entries]
    elif fmt == "csl":
        items = json.loads(text)
        jsonschema.validate(items, CSL_SCHEMA)
        titles = [i["title"] for i in items]
    else:
        titles = [Study.from_dict(json.loads(line)).title for line in text.splitlines()]
    expected = [s.title for s in studies] if fmt == "jsonl" else [cite.title(s) for s in studies]
    assert titles == expected and len(titles) > 10
    assert any(s.title is None for s in studies)  # the fixture has untitled related entries: they exported too


def test_index_export_to_an_unwritable_place_is_one_line(fixture_settings, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "all.bib"
    code = index_cli.main(
        ["export", "--format", "bibtex", "-o", str(target), "--data-dir", str(fixture_settings.index.data_dir)]
    )
    assert code == 2 and "cannot write" in capsys.readouterr().err and not target.exists()
