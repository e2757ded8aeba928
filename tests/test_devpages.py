"""The page reader against the dev set: 50 pages in every layout real summary pages use.

Every study on every page must come out with exactly the expected fields (tests/data/devpages:
pages 1-32 written by render.py from studies.py, pages 33-50 the layouts of a survey of real
pages, issue 22); across pages, the same study must become one record. Page furniture is
counted, line by line, and never reported as a rejected study.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import DATA

from index.merge import merge_studies
from index.sources.pages import is_boilerplate, read_page

DEV = DATA / "devpages"
EXPECTED = [json.loads(line) for line in (DEV / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
PAGES = sorted({row["page"] for row in EXPECTED})
FURNITURE = json.loads((DEV / "surveyed" / "furniture.json").read_text(encoding="utf-8"))  # lines of furniture
FIELDS = ("title", "tldr", "summary", "journal", "year", "month", "citations", "authors", "site")


def _path(page: str):
    """Generated pages are in pages/, the surveyed layouts (issue 22) in surveyed/."""
    generated = DEV / "pages" / page
    return generated if generated.exists() else DEV / "surveyed" / page


def _read(page: str):
    return read_page(_path(page).read_text(encoding="utf-8"), page)


def _fields(study) -> dict:
    got = {f: getattr(study, f) for f in FIELDS}
    got["authors"] = list(got["authors"])
    got["role"] = study.provenance[0].role
    return got


def test_the_dev_set_covers_what_the_issue_asks():
    assert len(PAGES) >= 44 and len(FURNITURE) >= 12
    assert len(EXPECTED) >= 200
    texts = "\n".join(_path(p).read_text(encoding="utf-8") for p in PAGES)
    for layout in ("Image of study", "\n,\n", "[object Object]", "Related Community Posts Join", "Show more", "“ "):
        assert layout in texts
    for layout in ("\nin “\n", "\n”\n", " upvotes ", "community ", "research ", "NoResults", "1000+ results"):
        assert layout in texts, layout
    related = [row for row in EXPECTED if row["role"] == "related"]
    assert any(row["title"] for row in related)  # research <title> entries
    assert any(row["year"] is None for row in related)  # TLDR-only entries


@pytest.mark.parametrize("page", PAGES)
def test_every_study_on_the_page_is_read_exactly(page: str):
    want = [{k: row[k] for k in (*FIELDS, "role")} for row in EXPECTED if row["page"] == page]
    got = [_fields(s) for s in _read(page).studies]
    assert got == want


def test_no_boilerplate_or_debris_in_any_stored_text():
    for page in PAGES:
        for study in _read(page).studies:
            for line in study.text().splitlines():
                assert not is_boilerplate(line), (page, line)
                assert "citations" not in line and "[object Object]" not in line and "→" not in line, (page, line)


def test_no_page_with_a_study_is_rejected_whole():
    for page in PAGES:
        if not any(row["role"] == "lead" for row in EXPECTED if row["page"] == page):
            continue  # a listing page: related entries only
        result = _read(page)
        assert any(s.provenance[0].role == "lead" for s in result.studies), page


@pytest.mark.parametrize("page", sorted(FURNITURE))
def test_furniture_is_counted_and_never_rejected(page: str):
    result = _read(page)
    assert result.furniture == FURNITURE[page]
    assert not result.rejections, [str(r) for r in result.rejections]


def test_one_record_per_study_across_pages():
    studies = [s for page in PAGES for s in _read(page).studies]
    merged = merge_studies(studies)
    keys_of = defaultdict(set)
    for row in EXPECTED:
        keys_of[row["key"]].add((row["page"], row["role"]))
    assert len(merged) == len(keys_of)
    for study in merged:
        places = {(p.file, p.role) for p in study.provenance}
        assert any(places == want for want in keys_of.values()), places


def test_merged_duplicate_keeps_the_leads_facts_and_the_entrys_citations():
    studies = [s for page in PAGES for s in _read(page).studies]
    merged = merge_studies(studies)
    both = [s for s in merged if {p.role for p in s.provenance} == {"lead", "related"}]
    assert both
    for study in both:
        assert study.summary and study.citations is not None
